//! The "full" TCP transport grammers uses by default: each packet is its length, a
//! sequence number per direction, the payload and a CRC32 of all that.

/// Telegram closes connections that send more than about a megabyte at once; so do we,
/// so a hostile length cannot make us allocate without bound.
pub const MAX_PACKET: usize = 1024 * 1024 + 8 * 1024;

/// Length, sequence number and CRC: the bytes around each payload.
const OVERHEAD: usize = 12;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransportError {
    #[error("bad packet length {0}")]
    BadLength(i64),
    #[error("bad sequence number: expected {expected}, got {got}")]
    BadSeq { expected: i32, got: i32 },
    #[error("bad CRC32")]
    BadCrc,
}

/// One connection's framing state, for both directions.
#[derive(Debug, Default)]
pub struct FullTransport {
    recv_seq: i32,
    send_seq: i32,
}

/// A packet read off the wire.
#[derive(Debug, PartialEq, Eq)]
pub struct Unpacked {
    pub payload: Vec<u8>,
    /// How many bytes of the input the packet took.
    pub consumed: usize,
}

impl FullTransport {
    pub fn new() -> Self {
        Self::default()
    }

    /// The first whole packet in `buffer`, `None` when more bytes are needed.
    pub fn unpack(&mut self, buffer: &[u8]) -> Result<Option<Unpacked>, TransportError> {
        let Some(len) = read_i32(buffer, 0) else {
            return Ok(None);
        };
        let len_usize = usize::try_from(len).map_err(|_| TransportError::BadLength(i64::from(len)))?;
        if !(OVERHEAD..=MAX_PACKET).contains(&len_usize) || !len_usize.is_multiple_of(4) {
            return Err(TransportError::BadLength(i64::from(len)));
        }
        let Some(packet) = buffer.get(..len_usize) else {
            return Ok(None);
        };
        let seq = read_i32(packet, 4).unwrap_or(-1);
        if seq != self.recv_seq {
            return Err(TransportError::BadSeq { expected: self.recv_seq, got: seq });
        }
        let (body, crc) = packet.split_at(len_usize - 4);
        if crc32(body).to_le_bytes() != crc {
            return Err(TransportError::BadCrc);
        }
        self.recv_seq = self.recv_seq.wrapping_add(1);
        Ok(Some(Unpacked { payload: body.get(8..).unwrap_or_default().to_vec(), consumed: len_usize }))
    }

    /// `payload` framed for the wire (its length must be a multiple of 4).
    pub fn pack(&mut self, payload: &[u8]) -> Vec<u8> {
        let total = payload.len() + OVERHEAD;
        let mut packet = Vec::with_capacity(total);
        packet.extend_from_slice(&u32::try_from(total).unwrap_or(u32::MAX).to_le_bytes());
        packet.extend_from_slice(&self.send_seq.to_le_bytes());
        packet.extend_from_slice(payload);
        let crc = crc32(&packet);
        packet.extend_from_slice(&crc.to_le_bytes());
        self.send_seq = self.send_seq.wrapping_add(1);
        packet
    }
}

/// A transport-level error, sent instead of a packet: a negative length, such as -404
/// for "this auth key is unknown here".
pub fn error_packet(status: i32) -> [u8; 4] {
    (-status).to_le_bytes()
}

fn read_i32(buffer: &[u8], at: usize) -> Option<i32> {
    let bytes: [u8; 4] = buffer.get(at..at + 4)?.try_into().ok()?;
    Some(i32::from_le_bytes(bytes))
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut hasher = crc32fast::Hasher::new();
    hasher.update(bytes);
    hasher.finalize()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_packet_matches_grammers_bytes() {
        // grammers' own test vector for an empty payload with sequence number 0.
        assert_eq!(FullTransport::new().pack(&[]), [12, 0, 0, 0, 0, 0, 0, 0, 38, 202, 141, 50]);
    }

    #[test]
    fn packets_round_trip_in_order_and_partial_input_waits() {
        let mut sender = FullTransport::new();
        let mut receiver = FullTransport::new();
        let mut wire = sender.pack(&[1, 2, 3, 4]);
        wire.extend(sender.pack(&[5, 6, 7, 8, 9, 10, 11, 12]));
        assert_eq!(receiver.unpack(&wire[..10]), Ok(None));
        let first = receiver.unpack(&wire).ok().flatten().map(|u| (u.payload, u.consumed));
        assert_eq!(first, Some((vec![1, 2, 3, 4], 16)));
        let second = receiver.unpack(&wire[16..]).ok().flatten().map(|u| u.payload);
        assert_eq!(second, Some(vec![5, 6, 7, 8, 9, 10, 11, 12]));
    }

    #[test]
    fn damage_is_an_error_not_a_panic() {
        let mut wire = FullTransport::new().pack(&[1, 2, 3, 4]);
        wire[9] ^= 0xff;
        assert_eq!(FullTransport::new().unpack(&wire), Err(TransportError::BadCrc));
        assert!(matches!(FullTransport::new().unpack(&(-5i32).to_le_bytes()), Err(TransportError::BadLength(-5))));
        assert!(FullTransport::new().unpack(&(i32::MAX).to_le_bytes()).is_err());
        let mut out_of_order = FullTransport::new();
        out_of_order.pack(&[]);
        let second = out_of_order.pack(&[]);
        assert!(matches!(FullTransport::new().unpack(&second), Err(TransportError::BadSeq { .. })));
    }

    #[test]
    fn a_transport_error_is_a_negative_length() {
        assert_eq!(i32::from_le_bytes(error_packet(404)), -404);
    }
}
