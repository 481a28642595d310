//! A QR code as SVG path data: one `h1v1h-1z` square per dark module, in a grid with a
//! four-module quiet zone. The window draws it with `setAttribute("d", …)`, never
//! inserting markup.

use std::fmt::Write;

use qrcode::{Color, EcLevel, QrCode};

const QUIET_ZONE: usize = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrPath {
    /// Width and height of the grid, quiet zone included.
    pub size: u32,
    pub path: String,
}

/// The QR code for `text`, or `None` if it is too long for any QR code.
pub fn qr_path(text: &str) -> Option<QrPath> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for (index, color) in colors.iter().enumerate() {
        if *color == Color::Dark {
            let (x, y) = (index % width + QUIET_ZONE, index / width + QUIET_ZONE);
            let _ = write!(path, "M{x} {y}h1v1h-1z");
        }
    }
    Some(QrPath { size: u32::try_from(width + 2 * QUIET_ZONE).ok()?, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_login_link_becomes_squares_inside_the_quiet_zone() {
        let qr = qr_path("tg://login?token=AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA").unwrap();
        // Version 4 at level M holds this link: 33 modules plus the quiet zone.
        assert_eq!(qr.size, 33 + 8);
        assert!(qr.path.starts_with("M4 4h1v1h-1z"), "the finder pattern's corner is dark");
        let squares = qr.path.matches('z').count();
        assert!(squares > 300 && squares < 33 * 33, "{squares} dark modules");
    }
}
