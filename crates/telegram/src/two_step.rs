//! 2-step verification by SRP-2048 (core.telegram.org/api/srp): the proof of the current
//! password (at sign-in, and before any change), and the verifier of a new one — the
//! password itself never leaves this computer. PBKDF2 with 100,000 rounds is slow on
//! purpose; callers run these off the async runtime.

use grammers_crypto::two_factor_auth::{calculate_2fa, check_p_and_g};
use grammers_tl_types as tl;
use hmac::Hmac;
use num_bigint::BigUint;
use sha2::{Digest, Sha256, Sha512};

type Algo = tl::types::PasswordKdfAlgoSha256Sha256Pbkdf2Hmacsha512iter100000Sha256ModPow;

/// Why a proof or a new password could not be made from what Telegram sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TwoStepError {
    #[error("this 2-step verification needs a newer app; update SessionGuard")]
    Unsupported,
    #[error("the account has no 2-step password to check")]
    NoPassword,
    #[error("Telegram's 2-step verification parameters are not safe; try again")]
    Unsafe,
}

/// The proof that `password` is the account's current one, for the challenge in `state`.
pub fn srp_check(
    state: &tl::types::account::Password,
    password: &str,
) -> Result<tl::enums::InputCheckPasswordSrp, TwoStepError> {
    let Some(tl::enums::PasswordKdfAlgo::Sha256Sha256Pbkdf2Hmacsha512iter100000Sha256ModPow(algo)) =
        &state.current_algo
    else {
        return Err(TwoStepError::Unsupported);
    };
    let (Some(srp_b), Some(srp_id)) = (state.srp_b.clone(), state.srp_id) else {
        return Err(TwoStepError::NoPassword);
    };
    if !check_p_and_g(&algo.p, &algo.g) {
        return Err(TwoStepError::Unsafe);
    }
    // calculate_2fa does modular arithmetic on what the server sent; contain it too.
    let (salt1, salt2, p, g, a) =
        (algo.salt1.clone(), algo.salt2.clone(), algo.p.clone(), algo.g, state.secure_random.clone());
    let password = password.to_owned();
    let (m1, g_a) = std::panic::catch_unwind(move || calculate_2fa(&salt1, &salt2, &p, &g, srp_b, a, password))
        .map_err(|_| TwoStepError::Unsupported)?;
    Ok(tl::enums::InputCheckPasswordSrp::Srp(tl::types::InputCheckPasswordSrp {
        srp_id,
        a: g_a.to_vec(),
        m1: m1.to_vec(),
    }))
}

/// The settings that make `new` the password (with `hint` and a recovery `email`), or,
/// with `new` `None`, turn 2-step verification off. The new salt is the server's plus 32
/// random bytes, as Telegram asks; the server keeps only the verifier g^x mod p.
pub fn new_settings(
    state: &tl::types::account::Password,
    new: Option<&str>,
    hint: &str,
    email: Option<&str>,
) -> Result<tl::types::account::PasswordInputSettings, TwoStepError> {
    let Some(new) = new else {
        return Ok(tl::types::account::PasswordInputSettings {
            new_algo: Some(tl::enums::PasswordKdfAlgo::Unknown),
            new_password_hash: Some(Vec::new()),
            hint: Some(String::new()),
            email: Some(String::new()),
            new_secure_settings: None,
        });
    };
    let tl::enums::PasswordKdfAlgo::Sha256Sha256Pbkdf2Hmacsha512iter100000Sha256ModPow(algo) = &state.new_algo else {
        return Err(TwoStepError::Unsupported);
    };
    if !check_p_and_g(&algo.p, &algo.g) || algo.p.len() != 256 {
        return Err(TwoStepError::Unsafe);
    }
    let mut salt1 = algo.salt1.clone();
    let mut fresh = [0u8; 32];
    getrandom::fill(&mut fresh).map_err(|_| TwoStepError::Unsafe)?;
    salt1.extend_from_slice(&fresh);
    let hash = verifier(new.as_bytes(), &salt1, &algo.salt2, &algo.p, algo.g);
    let new_algo = Algo { salt1, salt2: algo.salt2.clone(), g: algo.g, p: algo.p.clone() };
    Ok(tl::types::account::PasswordInputSettings {
        new_algo: Some(new_algo.into()),
        new_password_hash: Some(hash.to_vec()),
        hint: Some(hint.to_owned()),
        email: email.map(str::to_owned),
        new_secure_settings: None,
    })
}

/// v = g^x mod p with x = PH2(password, salt1, salt2), padded to 256 bytes.
fn verifier(password: &[u8], salt1: &[u8], salt2: &[u8], p: &[u8], g: i32) -> [u8; 256] {
    let x = BigUint::from_bytes_be(&ph2(password, salt1, salt2));
    let v = BigUint::from(g.unsigned_abs()).modpow(&x, &BigUint::from_bytes_be(p));
    let bytes = v.to_bytes_be();
    let mut out = [0u8; 256];
    let start = 256usize.saturating_sub(bytes.len());
    out[start..].copy_from_slice(&bytes[bytes.len().saturating_sub(256)..]);
    out
}

/// PH2 = SH(pbkdf2(sha512, PH1, salt1, 100000), salt2), PH1 = SH(SH(password, salt1), salt2),
/// SH(data, salt) = H(salt | data | salt).
fn ph2(password: &[u8], salt1: &[u8], salt2: &[u8]) -> [u8; 32] {
    let sh = |data: &[u8], salt: &[u8]| -> [u8; 32] {
        Sha256::new().chain_update(salt).chain_update(data).chain_update(salt).finalize().into()
    };
    let ph1 = sh(&sh(password, salt1), salt2);
    let mut derived = [0u8; 64];
    // Only an invalid output length fails, and 64 bytes is valid for HMAC-SHA512.
    let _ = pbkdf2::pbkdf2::<Hmac<Sha512>>(&ph1, salt1, 100_000, &mut derived);
    sh(&derived, salt2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(algo: tl::enums::PasswordKdfAlgo) -> tl::types::account::Password {
        tl::types::account::Password {
            has_recovery: false,
            has_secure_values: false,
            has_password: false,
            current_algo: None,
            srp_b: None,
            srp_id: None,
            hint: None,
            email_unconfirmed_pattern: None,
            new_algo: algo,
            new_secure_algo: tl::enums::SecurePasswordKdfAlgo::Unknown,
            secure_random: vec![7; 256],
            pending_reset_date: None,
            login_email_pattern: None,
        }
    }

    #[test]
    fn turning_off_sends_an_empty_hash_and_an_unknown_algorithm_needs_a_newer_app() {
        let off = new_settings(&state(tl::enums::PasswordKdfAlgo::Unknown), None, "", None).expect("off");
        assert_eq!(off.new_password_hash, Some(Vec::new()));
        let on = new_settings(&state(tl::enums::PasswordKdfAlgo::Unknown), Some("pw"), "", None);
        assert_eq!(on.err(), Some(TwoStepError::Unsupported));
        assert_eq!(srp_check(&state(tl::enums::PasswordKdfAlgo::Unknown), "pw").err(), Some(TwoStepError::Unsupported));
    }
}
