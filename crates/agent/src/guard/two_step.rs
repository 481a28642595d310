//! The account's 2-step verification, changed from the checkup: turned on, changed or off
//! (the current password proven by SRP, never stored or logged), and a recovery email
//! confirmed by the code Telegram emails to it. Each change is journaled, never the
//! password.

use sessionguard_core::{PasswordChange, PasswordChanged};
use sessionguard_journal::{Action, TwoStepChange};
use sessionguard_protocol::{ErrorBody, ErrorCode};

use crate::guard::Guard;

impl Guard {
    pub async fn change_password(&self, mut change: PasswordChange) -> Result<(), ErrorBody> {
        // The same password again (how a recovery email is added) keeps its hint.
        let same = matches!((&change.current, &change.new), (Some(c), Some(n)) if c.expose() == n.expose());
        if same && change.hint.is_empty() {
            change.hint = self.lock().password.as_ref().and_then(|p| p.hint.clone()).unwrap_or_default();
        }
        if change.new.as_ref().is_some_and(|n| n.expose().is_empty()) {
            return Err(ErrorBody::new(ErrorCode::BadRequest, "the new password is empty"));
        }
        let had = self.lock().password.as_ref().is_some_and(|p| p.has_password);
        let what = match (&change.new, had) {
            (None, _) => TwoStepChange::TurnedOff,
            (Some(_), true) if same => TwoStepChange::RecoveryEmailGiven,
            (Some(_), true) => TwoStepChange::Changed,
            (Some(_), false) => TwoStepChange::TurnedOn,
        };
        let result = self.account.change_password(change).await;
        let now = self.cx.clock.now();
        let outcome = match result {
            Ok(changed) => {
                self.lock().email_code_length = match changed {
                    PasswordChanged::EmailCodeSent { length } => Some(length),
                    PasswordChanged::Done => None,
                };
                self.journal_action(Action::TwoStepChanged { change: what }).await;
                tracing::info!(account = %self.label, ?what, "2-step verification changed");
                Ok(())
            }
            Err(error) => Err(ErrorBody::from_api(&error, now)),
        };
        self.run_checkup().await;
        outcome
    }

    pub async fn confirm_recovery_email(&self, code: String) -> Result<(), ErrorBody> {
        let code = sessionguard_core::secret::Sensitive::new(code);
        self.account.confirm_recovery_email(code).await.map_err(|e| ErrorBody::from_api(&e, self.cx.clock.now()))?;
        self.lock().email_code_length = None;
        self.journal_action(Action::TwoStepChanged { change: TwoStepChange::RecoveryEmailConfirmed }).await;
        self.run_checkup().await;
        Ok(())
    }

    pub async fn resend_recovery_email_code(&self) -> Result<(), ErrorBody> {
        self.account.resend_recovery_email_code().await.map_err(|e| ErrorBody::from_api(&e, self.cx.clock.now()))
    }

    pub async fn cancel_recovery_email(&self) -> Result<(), ErrorBody> {
        self.account.cancel_recovery_email().await.map_err(|e| ErrorBody::from_api(&e, self.cx.clock.now()))?;
        self.lock().email_code_length = None;
        self.run_checkup().await;
        Ok(())
    }
}
