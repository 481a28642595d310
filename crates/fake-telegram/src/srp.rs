//! 2-step verification the way Telegram checks it (SRP-2048, core.telegram.org/api/srp):
//! the server keeps only the verifier v = g^x mod p, with x from the password by PH2,
//! sends B = k·v + g^b, and accepts the client's M1 only if it proves the password.

use hmac::Hmac;
use num_bigint::BigUint;
use sha2::{Digest, Sha256, Sha512};

/// The generator Telegram uses with [`P_HEX`].
pub const G: i32 = 3;

/// Telegram's 2048-bit safe prime (the one its servers send for SRP and DH).
pub const P_HEX: &str = "c71caeb9c6b1c9048e6c522f70f13f73980d40238e3e21c14934d037563d930f\
48198a0aa7c14058229493d22530f4dbfa336f6e0ac925139543aed44cce7c3720fd51f69458705ac68cd4fe6b6b13ab\
dc9746512969328454f18faf8c595f642477fe96bb2a941d5bcd1d4ac8cc49880708fa9b378e3c4f3a9060bee67cf9a\
4a4a695811051907e162753b56b0f6b410dba74d8a84b2a14b3144e0ef1284754fd17ed950d5965b4b9dd46582db117\
8d169c6bc465b0d6ff9ca3928fef5b9ae4e418fc15e83ebea0f87fa9ff5eed70050ded2849f47bf959d956850ce92985\
1f0d8115f635b105ee2e4e15d04b2454bf6f4fadf034b10403119cd8e3b92fcc5b";

const PBKDF2_ROUNDS: u32 = 100_000;

/// [`P_HEX`] as bytes.
pub fn p_bytes() -> Vec<u8> {
    (0..P_HEX.len() / 2).filter_map(|i| u8::from_str_radix(P_HEX.get(2 * i..2 * i + 2)?, 16).ok()).collect()
}

/// What the server keeps of a 2-step password: its salts and verifier, never the password.
#[derive(Clone)]
pub struct PasswordRecord {
    pub salt1: Vec<u8>,
    pub salt2: Vec<u8>,
    pub hint: Option<String>,
    verifier: BigUint,
}

impl std::fmt::Debug for PasswordRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasswordRecord").field("hint", &self.hint).finish_non_exhaustive()
    }
}

/// One `account.getPassword` answer's secret half: b, and the B it sent.
#[derive(Clone)]
pub struct Challenge {
    b: BigUint,
    pub g_b: [u8; 256],
}

impl std::fmt::Debug for Challenge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Challenge(<redacted>)")
    }
}

impl PasswordRecord {
    /// Salts as Telegram's apps make them (salt1 is the server's salt plus 32 random
    /// bytes), and the verifier for `password`. Slow on purpose: PBKDF2 with 100,000 rounds.
    pub fn new(password: &str, hint: Option<String>) -> Self {
        let salt1 = crate::random::bytes(40);
        let salt2 = crate::random::bytes(16);
        let x = BigUint::from_bytes_be(&ph2(password.as_bytes(), &salt1, &salt2));
        let verifier = g().modpow(&x, &p());
        Self { salt1, salt2, hint, verifier }
    }

    /// A password a client set: its salts and the verifier it computed (256 bytes).
    pub fn from_verifier(salt1: Vec<u8>, salt2: Vec<u8>, hint: Option<String>, verifier: &[u8]) -> Self {
        Self { salt1, salt2, hint, verifier: BigUint::from_bytes_be(verifier) }
    }

    /// A fresh challenge: b random, B = (k·v + g^b) mod p.
    pub fn challenge(&self) -> Challenge {
        let p = p();
        let b = BigUint::from_bytes_be(&crate::random::bytes(256));
        let g_b = (k() * &self.verifier + g().modpow(&b, &p)) % &p;
        Challenge { b, g_b: pad(&g_b) }
    }

    /// Whether `m1` proves the password for `challenge` with the client's A = `g_a`.
    pub fn check(&self, challenge: &Challenge, g_a: &[u8], m1: &[u8]) -> bool {
        let p = p();
        let a = BigUint::from_bytes_be(g_a);
        // A must be a proper group element, or the proof means nothing.
        if a <= BigUint::from(1u8) || a >= &p - 1u8 || g_a.len() > 256 {
            return false;
        }
        let a_bytes = pad(&a);
        let u = BigUint::from_bytes_be(&h(&[&a_bytes, &challenge.g_b]));
        if u == BigUint::ZERO {
            return false;
        }
        // S = (A · v^u)^b mod p: the same secret the client derives from a, x and B.
        let s = (a * self.verifier.modpow(&u, &p) % &p).modpow(&challenge.b, &p);
        let k_a = h(&[&pad(&s)]);
        let h_p = h(&[&p_bytes()]);
        let h_g = h(&[&pad(&g())]);
        let p_xor_g: Vec<u8> = h_p.iter().zip(h_g.iter()).map(|(x, y)| x ^ y).collect();
        let expected = h(&[&p_xor_g, &h(&[&self.salt1]), &h(&[&self.salt2]), &a_bytes, &challenge.g_b, &k_a]);
        expected.as_slice() == m1
    }
}

fn p() -> BigUint {
    BigUint::from_bytes_be(&p_bytes())
}

fn g() -> BigUint {
    BigUint::from(G as u32)
}

/// k = H(p | g), g padded to 256 bytes.
fn k() -> BigUint {
    BigUint::from_bytes_be(&h(&[&p_bytes(), &pad(&g())]))
}

fn h(parts: &[&[u8]]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part);
    }
    hasher.finalize().into()
}

/// SH(data, salt) = H(salt | data | salt)
fn sh(data: &[u8], salt: &[u8]) -> [u8; 32] {
    h(&[salt, data, salt])
}

/// PH2(password, salt1, salt2) = SH(pbkdf2(sha512, PH1, salt1, 100000), salt2), with
/// PH1 = SH(SH(password, salt1), salt2).
fn ph2(password: &[u8], salt1: &[u8], salt2: &[u8]) -> [u8; 32] {
    let ph1 = sh(&sh(password, salt1), salt2);
    let mut derived = [0u8; 64];
    // Only an invalid output length fails, and 64 bytes is valid for HMAC-SHA512.
    let _ = pbkdf2::pbkdf2::<Hmac<Sha512>>(&ph1, salt1, PBKDF2_ROUNDS, &mut derived);
    sh(&derived, salt2)
}

fn pad(value: &BigUint) -> [u8; 256] {
    let bytes = value.to_bytes_be();
    let mut out = [0u8; 256];
    let start = 256usize.saturating_sub(bytes.len());
    let skip = bytes.len().saturating_sub(256);
    out[start..].copy_from_slice(&bytes[skip..]);
    out
}

#[cfg(test)]
mod tests {
    use grammers_crypto::two_factor_auth::{calculate_2fa, check_p_and_g};

    use super::*;

    #[test]
    fn the_prime_and_generator_pass_grammers_checks() {
        assert_eq!(p_bytes().len(), 256);
        assert!(check_p_and_g(&p_bytes(), &G));
    }

    #[test]
    fn grammers_proves_the_right_password_and_not_a_wrong_one() {
        let record = PasswordRecord::new("correct horse", Some("horse".into()));
        let challenge = record.challenge();
        let a = crate::random::bytes(256);
        let prove = |password: &str| {
            calculate_2fa(&record.salt1, &record.salt2, &p_bytes(), &G, challenge.g_b.to_vec(), a.clone(), password)
        };
        let (m1, g_a) = prove("correct horse");
        assert!(record.check(&challenge, &g_a, &m1));
        let (wrong_m1, wrong_g_a) = prove("battery staple");
        assert!(!record.check(&challenge, &wrong_g_a, &wrong_m1));
        assert!(!record.check(&record.challenge(), &g_a, &m1), "a proof holds for its own challenge only");
        assert!(!record.check(&challenge, &[1], &m1), "a degenerate A is refused");
        assert!(!format!("{record:?} {challenge:?}").contains("correct"));
    }
}
