//! What the person can do to one guarded account — from the window, the tray or a
//! notification — each journaled as an action.

use sessionguard_core::PasswordChange;
use sessionguard_core::secret::Sensitive;
use sessionguard_core::{ApiError, EndedBy, SecurityEventKind, SessionHash, SessionToggles, checkup};
use sessionguard_journal::{Action, Actor};
use sessionguard_protocol::{AccountRequest, ErrorBody, ErrorCode, SecretText};

use crate::guard::Guard;

impl Guard {
    /// Answers a request about this account. Sign-out is the caller's (it ends the guard).
    pub async fn handle(&self, request: AccountRequest) -> Result<(), ErrorBody> {
        match request {
            AccountRequest::Refresh => self.refresh().await,
            AccountRequest::Terminate { hash } => self.terminate(hash).await?,
            AccountRequest::TerminateOthers => self.terminate_others().await?,
            AccountRequest::Acknowledge { alert_id } => self.acknowledge(alert_id).await?,
            AccountRequest::SetTrusted { hash, trusted } => self.set_trusted(hash, trusted).await?,
            AccountRequest::SetSessionToggles { hash, secret_chats, calls } => {
                self.set_toggles(hash, SessionToggles { secret_chats, calls }).await?;
            }
            AccountRequest::SetInactiveTtl { days } => self.set_inactive_ttl(days).await?,
            AccountRequest::EndWebsite { hash } => self.end_website(hash).await?,
            AccountRequest::EndAllWebsites => {
                self.end_all_websites().await?;
            }
            AccountRequest::SecureAccount => self.secure().await,
            AccountRequest::ChangePassword { current, new, hint, email } => {
                let secret = |s: SecretText| Sensitive::new(s.expose().to_owned());
                let email = email.map(|e| e.trim().to_owned()).filter(|e| !e.is_empty());
                let change = PasswordChange { current: current.map(secret), new: new.map(secret), hint, email };
                self.change_password(change).await?;
            }
            AccountRequest::ConfirmRecoveryEmail { code } => {
                self.confirm_recovery_email(code.expose().to_owned()).await?
            }
            AccountRequest::ResendRecoveryEmailCode => self.resend_recovery_email_code().await?,
            AccountRequest::CancelRecoveryEmail => self.cancel_recovery_email().await?,
            AccountRequest::DismissSecureReport => {
                self.lock().secure_report = None;
                self.publish_state();
            }
            AccountRequest::Checkup => {
                self.refresh().await;
                self.run_checkup().await;
            }
            AccountRequest::SignOut => {
                return Err(ErrorBody::new(ErrorCode::BadRequest, "signing out is handled by the agent"));
            }
        }
        Ok(())
    }

    pub async fn terminate(&self, hash: SessionHash) -> Result<(), ErrorBody> {
        if hash == SessionHash::CURRENT {
            return Err(ErrorBody::from_api(&ApiError::CurrentSession, self.cx.clock.now()));
        }
        self.lock().ended_by_us.insert(hash, EndedBy::Us);
        let result = self.account.terminate(hash).await;
        if result.is_ok() {
            self.journal_action(Action::Terminated { hash, by: Actor::Person }).await;
        }
        self.after_action(result, &[hash]).await
    }

    pub async fn terminate_others(&self) -> Result<(), ErrorBody> {
        let now = self.cx.clock.now();
        if let Some(allowed_at) = self.may_reset_others_from().filter(|at| *at > now) {
            return Err(ErrorBody::from_api(&ApiError::FreshSession { allowed_at }, now));
        }
        let (result, others) = self.end_others().await;
        self.after_action(result, &others).await
    }

    /// Ends every other session and journals it, without refreshing after (the caller
    /// does, or asks for one); returns the sessions it meant to end.
    pub(crate) async fn end_others(&self) -> (Result<(), ApiError>, Vec<SessionHash>) {
        let others: Vec<SessionHash> = {
            let mut state = self.lock();
            let others: Vec<SessionHash> = state
                .list
                .as_ref()
                .map(|l| l.sessions.iter().filter(|s| !s.current).map(|s| s.hash).collect())
                .unwrap_or_default();
            for hash in &others {
                state.ended_by_us.insert(*hash, EndedBy::Us);
            }
            others
        };
        let result = self.account.terminate_others().await;
        if result.is_ok() {
            self.journal_action(Action::TerminatedOthers { by: Actor::Person }).await;
        }
        (result, others)
    }

    /// Refreshes after an action; a session already gone is what the person wanted.
    async fn after_action(&self, result: Result<(), ApiError>, touched: &[SessionHash]) -> Result<(), ErrorBody> {
        let outcome = match result {
            Ok(()) | Err(ApiError::SessionNotFound) => Ok(()),
            Err(error) => {
                let mut state = self.lock();
                for hash in touched {
                    state.ended_by_us.remove(hash);
                }
                Err(ErrorBody::from_api(&error, self.cx.clock.now()))
            }
        };
        self.refresh().await;
        outcome
    }

    /// "It's me": drops the alert, and confirms an unconfirmed login.
    pub async fn acknowledge(&self, alert_id: u32) -> Result<(), ErrorBody> {
        let alert = {
            let mut state = self.lock();
            let index = state
                .alerts
                .iter()
                .position(|a| a.id == alert_id)
                .ok_or_else(|| ErrorBody::new(ErrorCode::BadRequest, "that alert was already answered"))?;
            state.alerts.remove(index)
        };
        self.publish_state();
        let unconfirmed = alert.login.as_ref().filter(|_| alert.kind == SecurityEventKind::UnconfirmedLogin);
        if let Some(hash) = unconfirmed.map(|l| l.hash) {
            match self.account.confirm(hash).await {
                Ok(()) => self.journal_action(Action::Confirmed { hash }).await,
                Err(ApiError::SessionNotFound) => {}
                Err(error) => {
                    // Telegram still waits for an answer: the alert waits with it, and the
                    // person is told why "It's me" did not go through.
                    self.lock().alerts.push(alert);
                    self.publish_state();
                    return Err(ErrorBody::from_api(&error, self.cx.clock.now()));
                }
            }
            self.refresh_soon();
        }
        Ok(())
    }

    /// Marks the device of a session trusted (or not); rules then leave it be.
    async fn set_trusted(&self, hash: SessionHash, trusted: bool) -> Result<(), ErrorBody> {
        let session = {
            let state = self.lock();
            state.list.as_ref().and_then(|l| l.sessions.iter().find(|s| s.hash == hash).cloned())
        };
        let session =
            session.ok_or_else(|| ErrorBody::new(ErrorCode::SessionNotFound, "that session has already ended"))?;
        if session.current {
            return Err(ErrorBody::new(
                ErrorCode::CurrentSession,
                "this device is SessionGuard itself; rules never touch it",
            ));
        }
        self.cx
            .settings
            .update(|settings| settings.rules.set_trusted(&session, trusted))
            .await
            .map_err(|e| ErrorBody::new(ErrorCode::Storage, e.to_string()))?;
        self.publish_state();
        Ok(())
    }

    async fn set_toggles(&self, hash: SessionHash, toggles: SessionToggles) -> Result<(), ErrorBody> {
        let result = self.account.change_session_settings(hash, toggles).await;
        if result.is_ok() {
            let action = Action::SettingsChanged { hash, secret_chats: toggles.secret_chats, calls: toggles.calls };
            self.journal_action(action).await;
        }
        self.after_action(result, &[]).await
    }

    async fn set_inactive_ttl(&self, days: i32) -> Result<(), ErrorBody> {
        let result = self.account.set_inactive_ttl(days).await;
        if result.is_ok() {
            self.journal_action(Action::TtlChanged { days }).await;
        }
        self.after_action(result, &[]).await?;
        self.recheck();
        Ok(())
    }

    /// Reads the 2-step verification status afresh and checks the account.
    pub async fn run_checkup(&self) {
        let read = self.account.password_status().await;
        {
            let mut state = self.lock();
            state.password_asked = true;
            match read {
                Ok(password) => state.password = Some(password),
                Err(error) => {
                    tracing::warn!(account = %self.label, %error, "could not read the 2-step verification status")
                }
            }
        }
        self.recheck();
    }

    /// Checks the account again with what is known (after every list).
    pub(crate) fn recheck(&self) {
        let now = self.cx.clock.now();
        {
            let mut state = self.lock();
            if !state.password_asked {
                return;
            }
            let Some(list) = state.list.clone() else { return };
            let checks = checkup(&list, state.password.as_ref(), state.websites.as_deref(), now);
            state.checkup = Some((checks, now));
        }
        self.publish_state();
    }

    pub(crate) async fn journal_action(&self, action: Action) {
        let (id, at) = (self.id.clone(), self.cx.clock.now());
        self.cx.journal.write(move |journal| journal.record_action(&id, &action, at)).await;
    }
}
