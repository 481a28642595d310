//! `AccountApi` over the simulated account's state.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use async_trait::async_trait;
use futures::StreamExt;
use futures::stream::BoxStream;
use sessionguard_core::secret::Sensitive;
use sessionguard_core::{
    AccountApi, AccountEvent, ApiError, Clock, PasswordChange, PasswordChanged, PasswordStatus, Session, SessionHash,
    SessionList, SessionToggles, Website,
};
use tokio::sync::broadcast;
use tokio::task::JoinHandle;
use tokio_stream::wrappers::BroadcastStream;

use crate::sessions;

/// Telegram's default for a new account: sessions idle for six months end by themselves.
const INACTIVE_TTL_DAYS: i32 = 180;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoOptions {
    /// When the scripted intruder logs in after start; `None` never.
    pub intruder_after: Option<Duration>,
}

impl Default for DemoOptions {
    fn default() -> Self {
        Self { intruder_after: Some(Duration::from_secs(20)) }
    }
}

/// The code the demo's recovery email "receives" (there is no mail in the demo).
pub const DEMO_EMAIL_CODE: &str = "123456";

/// The demo's 2-step verification: a password (`demo password`) and no recovery email.
#[derive(Debug)]
struct DemoTwoStep {
    password: Option<Sensitive<String>>,
    hint: String,
    email_pending: bool,
    email_confirmed: bool,
}

impl Default for DemoTwoStep {
    fn default() -> Self {
        Self {
            password: Some(Sensitive::new("demo password".into())),
            hint: "demo password".into(),
            email_pending: false,
            email_confirmed: false,
        }
    }
}

#[derive(Debug)]
pub struct DemoAccount {
    clock: Arc<dyn Clock>,
    sessions: Arc<Mutex<Vec<Session>>>,
    inactive_ttl_days: Mutex<i32>,
    websites: Mutex<Vec<Website>>,
    two_step: Mutex<DemoTwoStep>,
    pushes: broadcast::Sender<AccountEvent>,
    intruder: Option<JoinHandle<()>>,
}

impl DemoAccount {
    /// A fresh demo account. With an intruder delay it must be made inside a tokio runtime.
    pub fn new(clock: Arc<dyn Clock>, options: DemoOptions) -> Self {
        let sessions = Arc::new(Mutex::new(sessions::initial(clock.now())));
        let (pushes, _) = broadcast::channel(64);
        let intruder = options.intruder_after.filter(|d| !d.is_zero()).map(|delay| {
            let (clock, sessions, pushes) = (clock.clone(), sessions.clone(), pushes.clone());
            tokio::spawn(async move {
                tokio::time::sleep(delay).await;
                let session = sessions::intruder(clock.now());
                tracing::info!("demo: the scripted intruder logs in");
                log_in(&sessions, &pushes, session);
            })
        });
        let websites = Mutex::new(crate::websites::initial(clock.now()));
        let two_step = Mutex::new(DemoTwoStep::default());
        Self { clock, sessions, inactive_ttl_days: Mutex::new(INACTIVE_TTL_DAYS), websites, two_step, pushes, intruder }
    }

    /// A device logs in: it joins the list and Telegram pushes `updateNewAuthorization`.
    pub fn log_in(&self, session: Session) {
        log_in(&self.sessions, &self.pushes, session);
    }

    /// Someone asks Telegram for a login code for this number.
    pub fn request_login_code(&self) {
        let _ = self.pushes.send(AccountEvent::LoginCodeRequested { date: self.clock.now() });
    }

    fn sessions(&self) -> MutexGuard<'_, Vec<Session>> {
        lock(&self.sessions)
    }
}

impl Drop for DemoAccount {
    fn drop(&mut self) {
        if let Some(task) = &self.intruder {
            task.abort();
        }
    }
}

fn lock(sessions: &Mutex<Vec<Session>>) -> MutexGuard<'_, Vec<Session>> {
    sessions.lock().unwrap_or_else(PoisonError::into_inner)
}

fn log_in(sessions: &Mutex<Vec<Session>>, pushes: &broadcast::Sender<AccountEvent>, session: Session) {
    let push = AccountEvent::NewAuthorization {
        hash: session.hash,
        unconfirmed: session.unconfirmed,
        date: session.date_created,
        device: session.device_model.clone(),
        location: session.location(),
    };
    {
        let mut list = lock(sessions);
        list.retain(|s| s.hash != session.hash);
        list.push(session);
    }
    // No receiver yet is fine: the next poll shows the login.
    let _ = pushes.send(push);
}

#[async_trait]
impl AccountApi for DemoAccount {
    fn label(&self) -> String {
        "Demo account".into()
    }

    async fn list_sessions(&self) -> Result<SessionList, ApiError> {
        let now = self.clock.now();
        let mut sessions = self.sessions().clone();
        for session in sessions.iter_mut().filter(|s| s.current) {
            session.date_active = now;
        }
        let inactive_ttl_days = *self.inactive_ttl_days.lock().unwrap_or_else(PoisonError::into_inner);
        Ok(SessionList { sessions, inactive_ttl_days })
    }

    async fn terminate(&self, hash: SessionHash) -> Result<(), ApiError> {
        let mut sessions = self.sessions();
        let index = sessions.iter().position(|s| s.hash == hash).ok_or(ApiError::SessionNotFound)?;
        if sessions[index].current {
            return Err(ApiError::CurrentSession);
        }
        sessions.remove(index);
        Ok(())
    }

    async fn terminate_others(&self) -> Result<(), ApiError> {
        self.sessions().retain(|s| s.current);
        Ok(())
    }

    async fn confirm(&self, hash: SessionHash) -> Result<(), ApiError> {
        let mut sessions = self.sessions();
        let session = sessions.iter_mut().find(|s| s.hash == hash).ok_or(ApiError::SessionNotFound)?;
        session.unconfirmed = false;
        Ok(())
    }

    async fn change_session_settings(&self, hash: SessionHash, toggles: SessionToggles) -> Result<(), ApiError> {
        let mut sessions = self.sessions();
        let session = sessions.iter_mut().find(|s| s.hash == hash).ok_or(ApiError::SessionNotFound)?;
        if let Some(allowed) = toggles.secret_chats {
            session.encrypted_requests_disabled = !allowed;
        }
        if let Some(allowed) = toggles.calls {
            session.call_requests_disabled = !allowed;
        }
        Ok(())
    }

    async fn set_inactive_ttl(&self, days: i32) -> Result<(), ApiError> {
        if !(1..=730).contains(&days) {
            return Err(ApiError::InvalidTtl);
        }
        *self.inactive_ttl_days.lock().unwrap_or_else(PoisonError::into_inner) = days;
        Ok(())
    }

    async fn websites(&self) -> Result<Vec<Website>, ApiError> {
        Ok(self.websites.lock().unwrap_or_else(PoisonError::into_inner).clone())
    }

    async fn end_website(&self, hash: SessionHash) -> Result<(), ApiError> {
        let mut websites = self.websites.lock().unwrap_or_else(PoisonError::into_inner);
        let before = websites.len();
        websites.retain(|w| w.hash != hash);
        if websites.len() == before { Err(ApiError::SessionNotFound) } else { Ok(()) }
    }

    async fn end_all_websites(&self) -> Result<(), ApiError> {
        self.websites.lock().unwrap_or_else(PoisonError::into_inner).clear();
        Ok(())
    }

    /// The demo account starts with a 2-step password but no recovery email: something to fix.
    async fn password_status(&self) -> Result<PasswordStatus, ApiError> {
        let two_step = self.two_step.lock().unwrap_or_else(PoisonError::into_inner);
        Ok(PasswordStatus {
            has_password: two_step.password.is_some(),
            has_recovery: two_step.email_confirmed,
            hint: two_step.password.as_ref().map(|_| two_step.hint.clone()).filter(|h| !h.is_empty()),
            login_email_pattern: None,
            pending_reset_date: None,
        })
    }

    async fn change_password(&self, change: PasswordChange) -> Result<PasswordChanged, ApiError> {
        let mut two_step = self.two_step.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(current) = &two_step.password
            && change.current.as_ref().is_none_or(|given| given.expose() != current.expose())
        {
            return Err(ApiError::WrongPassword);
        }
        if change.email.as_deref().is_some_and(|e| !e.contains('@')) {
            return Err(ApiError::EmailInvalid);
        }
        two_step.password = change.new.clone();
        two_step.hint = if change.new.is_some() { change.hint.clone() } else { String::new() };
        if change.new.is_none() {
            two_step.email_confirmed = false;
        }
        match change.email.filter(|e| !e.is_empty() && change.new.is_some()) {
            Some(_) => {
                two_step.email_pending = true;
                Ok(PasswordChanged::EmailCodeSent { length: 6 })
            }
            None => Ok(PasswordChanged::Done),
        }
    }

    /// The demo "emails" the code [`DEMO_EMAIL_CODE`].
    async fn confirm_recovery_email(&self, code: Sensitive<String>) -> Result<(), ApiError> {
        let mut two_step = self.two_step.lock().unwrap_or_else(PoisonError::into_inner);
        if !two_step.email_pending || code.expose().trim() != DEMO_EMAIL_CODE {
            return Err(ApiError::EmailCodeInvalid);
        }
        two_step.email_pending = false;
        two_step.email_confirmed = true;
        Ok(())
    }

    async fn resend_recovery_email_code(&self) -> Result<(), ApiError> {
        let two_step = self.two_step.lock().unwrap_or_else(PoisonError::into_inner);
        if two_step.email_pending { Ok(()) } else { Err(ApiError::EmailCodeInvalid) }
    }

    async fn cancel_recovery_email(&self) -> Result<(), ApiError> {
        self.two_step.lock().unwrap_or_else(PoisonError::into_inner).email_pending = false;
        Ok(())
    }

    fn events(&self) -> BoxStream<'static, AccountEvent> {
        BroadcastStream::new(self.pushes.subscribe()).filter_map(|e| async move { e.ok() }).boxed()
    }
}
