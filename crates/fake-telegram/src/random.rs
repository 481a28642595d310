//! Randomness from the operating system, for keys, hashes, codes and padding.

/// Fills `buffer` with random bytes. If the OS has no randomness (it always has on the
/// machines this runs on), a time-seeded generator stands in: this is a test server, and
/// it must not panic.
pub fn fill(buffer: &mut [u8]) {
    if getrandom::fill(buffer).is_err() {
        let mut state = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0x9e37_79b9_7f4a_7c15, |d| d.as_nanos() as u64);
        for byte in buffer.iter_mut() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            *byte = state as u8;
        }
    }
}

pub fn i64() -> i64 {
    let mut bytes = [0u8; 8];
    fill(&mut bytes);
    i64::from_le_bytes(bytes)
}

/// A random non-zero `i64`: session hashes use 0 for "our own session".
pub fn nonzero_i64() -> i64 {
    loop {
        let value = i64();
        if value != 0 {
            return value;
        }
    }
}

pub fn bytes(len: usize) -> Vec<u8> {
    let mut bytes = vec![0u8; len];
    fill(&mut bytes);
    bytes
}

/// A login code of five digits, as Telegram sends them.
pub fn login_code() -> String {
    digits(5)
}

/// A code of `count` digits (1 to 9) that does not start with 0.
pub fn digits(count: usize) -> String {
    let count = count.clamp(1, 9) as u32;
    let mut bytes = [0u8; 4];
    fill(&mut bytes);
    let low = 10_u32.pow(count - 1);
    format!("{}", low + u32::from_le_bytes(bytes) % (9 * low))
}
