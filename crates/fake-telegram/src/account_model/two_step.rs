//! The account's 2-step verification changed by its owner: `account.updatePasswordSettings`
//! (the current password proven by SRP, the new one given as its verifier only) and the
//! recovery email confirmed by an emailed code (`account.confirmPasswordEmail`).

use grammers_tl_types as tl;

use super::{Account, KeyId, RpcFail};
use crate::srp::PasswordRecord;

/// What an emailed confirmation code looks like.
const EMAIL_CODE_DIGITS: u32 = 6;

impl Account {
    /// `account.updatePasswordSettings`. The password changes at once; a recovery email
    /// given with it waits for its code (`EMAIL_UNCONFIRMED_6`, as Telegram answers).
    pub fn update_password_settings(
        &mut self,
        key: &KeyId,
        check: &tl::enums::InputCheckPasswordSrp,
        settings: &tl::types::account::PasswordInputSettings,
    ) -> Result<(), RpcFail> {
        self.signed_in(key)?;
        self.prove_current(check)?;
        let hash = settings.new_password_hash.as_deref().unwrap_or_default();
        if hash.is_empty() {
            // Turned off: the password and its recovery email go.
            self.set_password(None);
            self.recovery_email = None;
            self.pending_email = None;
            return Ok(());
        }
        let Some(tl::enums::PasswordKdfAlgo::Sha256Sha256Pbkdf2Hmacsha512iter100000Sha256ModPow(algo)) =
            &settings.new_algo
        else {
            return Err(RpcFail::new(400, "NEW_SETTINGS_INVALID"));
        };
        // The client's salt1 is ours plus its own random bytes; salt2 is ours.
        if !algo.salt1.starts_with(&self.new_salt1)
            || algo.salt1.len() <= self.new_salt1.len()
            || algo.salt2 != self.new_salt2
        {
            return Err(RpcFail::new(400, "NEW_SALT_INVALID"));
        }
        if hash.len() != 256 {
            return Err(RpcFail::new(400, "NEW_SETTINGS_INVALID"));
        }
        let email = settings.email.clone().filter(|e| !e.is_empty());
        if email.as_deref().is_some_and(|e| !e.contains('@') || e.len() > 254) {
            return Err(RpcFail::new(400, "EMAIL_INVALID"));
        }
        let hint = settings.hint.clone().filter(|h| !h.is_empty());
        self.set_password(Some(PasswordRecord::from_verifier(algo.salt1.clone(), algo.salt2.clone(), hint, hash)));
        match email {
            Some(email) => {
                let code = crate::random::digits(EMAIL_CODE_DIGITS as usize);
                self.pending_email = Some((email, code));
                Err(RpcFail::new(400, format!("EMAIL_UNCONFIRMED_{EMAIL_CODE_DIGITS}")))
            }
            None => Ok(()),
        }
    }

    /// `account.confirmPasswordEmail`: the code emailed to the pending recovery email.
    pub fn confirm_password_email(&mut self, key: &KeyId, code: &str) -> Result<(), RpcFail> {
        self.signed_in(key)?;
        match self.pending_email.take() {
            Some((email, expected)) if expected == code.trim() => {
                self.recovery_email = Some(email);
                Ok(())
            }
            Some(pending) => {
                self.pending_email = Some(pending);
                Err(RpcFail::new(400, "CODE_INVALID"))
            }
            None => Err(RpcFail::new(400, "EMAIL_HASH_EXPIRED")),
        }
    }

    /// `account.resendPasswordEmail`: a new code to the recovery email that waits.
    pub fn resend_password_email(&mut self, key: &KeyId) -> Result<(), RpcFail> {
        self.signed_in(key)?;
        let pending = self.pending_email.as_mut().ok_or_else(|| RpcFail::new(400, "EMAIL_HASH_EXPIRED"))?;
        pending.1 = crate::random::digits(EMAIL_CODE_DIGITS as usize);
        Ok(())
    }

    /// `account.cancelPasswordEmail`: the recovery email that waits is dropped.
    pub fn cancel_password_email(&mut self, key: &KeyId) -> Result<(), RpcFail> {
        self.signed_in(key)?;
        self.pending_email = None;
        Ok(())
    }

    /// The code the last recovery email was sent, while it waits.
    pub fn pending_email_code(&self) -> Option<String> {
        self.pending_email.as_ref().map(|(_, code)| code.clone())
    }

    /// The confirmed recovery email.
    pub fn recovery_email(&self) -> Option<&str> {
        self.recovery_email.as_deref()
    }

    /// The current password proven (SRP), or none given when none is set.
    fn prove_current(&mut self, check: &tl::enums::InputCheckPasswordSrp) -> Result<(), RpcFail> {
        match (check, &self.password) {
            (tl::enums::InputCheckPasswordSrp::InputCheckPasswordEmpty, None) => Ok(()),
            (tl::enums::InputCheckPasswordSrp::Srp(srp), Some(record)) => {
                let challenge = self.challenges.iter().find(|(id, _)| *id == srp.srp_id).map(|(_, c)| c);
                let Some(challenge) = challenge else { return Err(RpcFail::new(400, "SRP_ID_INVALID")) };
                if !record.check(challenge, &srp.a, &srp.m1) {
                    return Err(RpcFail::new(400, "PASSWORD_HASH_INVALID"));
                }
                let used = srp.srp_id;
                self.challenges.retain(|(id, _)| *id != used);
                Ok(())
            }
            _ => Err(RpcFail::new(400, "PASSWORD_HASH_INVALID")),
        }
    }
}
