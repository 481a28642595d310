//! The tray's pictures, calm and alert, embedded and decoded to RGBA for every OS's tray.

/// One picture: `width × height` pixels, 4 bytes each, red-green-blue-alpha.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rgba {
    pub width: u32,
    pub height: u32,
    pub pixels: Vec<u8>,
}

/// The calm icon at 32 and 64 px.
pub fn normal() -> Vec<Rgba> {
    decode_all(&[
        include_bytes!("../../../../icons/tray-normal-32.png"),
        include_bytes!("../../../../icons/tray-normal-64.png"),
    ])
}

/// The red alert icon at 32 and 64 px.
pub fn alert() -> Vec<Rgba> {
    decode_all(&[
        include_bytes!("../../../../icons/tray-alert-32.png"),
        include_bytes!("../../../../icons/tray-alert-64.png"),
    ])
}

fn decode_all(pngs: &[&[u8]]) -> Vec<Rgba> {
    pngs.iter().filter_map(|png| decode(png)).collect()
}

fn decode(png_bytes: &[u8]) -> Option<Rgba> {
    let mut decoder = png::Decoder::new(png_bytes);
    decoder.set_transformations(png::Transformations::normalize_to_color8() | png::Transformations::ALPHA);
    let mut reader = decoder.read_info().ok()?;
    let mut buffer = vec![0; reader.output_buffer_size()];
    let frame = reader.next_frame(&mut buffer).ok()?;
    if frame.color_type != png::ColorType::Rgba {
        return None;
    }
    buffer.truncate(frame.buffer_size());
    Some(Rgba { width: frame.width, height: frame.height, pixels: buffer })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_states_decode_at_both_sizes() {
        for icons in [normal(), alert()] {
            let sizes: Vec<(u32, u32)> = icons.iter().map(|i| (i.width, i.height)).collect();
            assert_eq!(sizes, [(32, 32), (64, 64)]);
            assert!(icons.iter().all(|i| i.pixels.len() == (i.width * i.height * 4) as usize));
        }
        assert_ne!(normal()[0].pixels, alert()[0].pixels, "the alert icon looks different");
    }
}
