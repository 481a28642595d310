//! The account API every backend implements: the demo account, real Telegram.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use futures::stream::BoxStream;

use crate::secret::Sensitive;
use crate::session::{Session, SessionHash};
use crate::website::Website;

/// What an account reports at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionList {
    pub sessions: Vec<Session>,
    /// Sessions inactive this many days end by themselves (Telegram's `authorization_ttl_days`).
    pub inactive_ttl_days: i32,
}

impl SessionList {
    pub fn current(&self) -> Option<&Session> {
        self.sessions.iter().find(|s| s.current)
    }
}

/// Something the account pushed to us without being asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountEvent {
    /// Telegram's `updateNewAuthorization`: a device just logged in.
    NewAuthorization { hash: SessionHash, unconfirmed: bool, date: DateTime<Utc>, device: String, location: String },
    /// A login code was sent to the account's devices (a message from 777000).
    LoginCodeRequested { date: DateTime<Utc> },
    /// The update stream was told our session is gone (`AUTH_KEY_UNREGISTERED` and kin):
    /// certain, so it is acted on at once rather than at the next poll.
    SignedOut,
}

/// Why an account call failed; each is a state the person can be told about.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    #[error("that session has already ended")]
    SessionNotFound,
    #[error("this is the session SessionGuard itself uses; end it by signing out")]
    CurrentSession,
    #[error("Telegram allows this from {allowed_at} (a session younger than 24 hours cannot end others)")]
    FreshSession { allowed_at: DateTime<Utc> },
    #[error("Telegram asks us to wait {seconds} s before trying again")]
    FloodWait { seconds: u32 },
    #[error("cannot reach Telegram: {0}")]
    Network(String),
    #[error("this account is signed out")]
    SignedOut,
    #[error("the inactive-session period must be between 1 and 730 days")]
    InvalidTtl,
    #[error("the server answered something unexpected: {0}")]
    Protocol(String),
    #[error("that is not your current 2-step verification password")]
    WrongPassword,
    #[error("that email address is not valid")]
    EmailInvalid,
    #[error("that code is not right; check the latest email from Telegram")]
    EmailCodeInvalid,
    /// The password change went through; the recovery email waits for the emailed code
    /// (Telegram answers `EMAIL_UNCONFIRMED_<length>`). Not a failure to show as such.
    #[error("the recovery email waits for the {length}-digit code Telegram emailed to it")]
    EmailUnconfirmed { length: u32 },
}

/// A change to the account's 2-step verification, as the person asked for it.
#[derive(Debug, Clone, Default)]
pub struct PasswordChange {
    /// The current password, when one is set (Telegram asks for it, checked by SRP).
    pub current: Option<Sensitive<String>>,
    /// The new password; `None` turns 2-step verification off.
    pub new: Option<Sensitive<String>>,
    pub hint: String,
    /// A recovery email to set with the new password (confirmed by an emailed code).
    pub email: Option<String>,
}

/// How a password change went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordChanged {
    Done,
    /// The password is set; the recovery email waits for the code Telegram emailed to it.
    EmailCodeSent {
        length: u32,
    },
}

/// What Telegram lets the owner switch per session; `None` leaves a setting as it is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SessionToggles {
    /// Whether the session may accept new secret chats.
    pub secret_chats: Option<bool>,
    /// Whether the session may accept calls.
    pub calls: Option<bool>,
}

/// The account's 2-step verification, as `account.getPassword` reports it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PasswordStatus {
    pub has_password: bool,
    /// A recovery email is set and confirmed.
    pub has_recovery: bool,
    pub hint: Option<String>,
    /// The login email, masked by Telegram (`a***@example.com`).
    pub login_email_pattern: Option<String>,
    /// A reset of the password was requested and happens at this time unless cancelled.
    pub pending_reset_date: Option<DateTime<Utc>>,
}

#[async_trait]
pub trait AccountApi: Send + Sync + std::fmt::Debug {
    /// A short name for the account, safe to show and log (never the phone number).
    fn label(&self) -> String;

    async fn list_sessions(&self) -> Result<SessionList, ApiError>;

    /// Ends one session other than ours.
    async fn terminate(&self, hash: SessionHash) -> Result<(), ApiError>;

    /// Ends every session but ours.
    async fn terminate_others(&self) -> Result<(), ApiError>;

    /// "Yes, it's me" for an unconfirmed login.
    async fn confirm(&self, hash: SessionHash) -> Result<(), ApiError>;

    /// Allows or forbids secret chats and calls on one session.
    async fn change_session_settings(&self, hash: SessionHash, toggles: SessionToggles) -> Result<(), ApiError>;

    /// Sessions inactive this many days end by themselves (1 to 730).
    async fn set_inactive_ttl(&self, days: i32) -> Result<(), ApiError>;

    /// The websites logged in with Telegram.
    async fn websites(&self) -> Result<Vec<Website>, ApiError>;

    /// Logs one connected website out.
    async fn end_website(&self, hash: SessionHash) -> Result<(), ApiError>;

    /// Logs every connected website out.
    async fn end_all_websites(&self) -> Result<(), ApiError>;

    /// The account's 2-step verification.
    async fn password_status(&self) -> Result<PasswordStatus, ApiError>;

    /// Sets, changes or removes the 2-step verification password (and its recovery email).
    async fn change_password(&self, change: PasswordChange) -> Result<PasswordChanged, ApiError>;

    /// Confirms the recovery email with the code Telegram emailed to it.
    async fn confirm_recovery_email(&self, code: Sensitive<String>) -> Result<(), ApiError>;

    /// Emails the recovery email's code again.
    async fn resend_recovery_email_code(&self) -> Result<(), ApiError>;

    /// Drops the recovery email that waits for its code (the password stays).
    async fn cancel_recovery_email(&self) -> Result<(), ApiError>;

    /// Pushes from the account, for as long as the account lives.
    fn events(&self) -> BoxStream<'static, AccountEvent>;

    /// The computer woke or the network came back: pushes may have been missed, so the
    /// account asks for them now instead of when its own timers run out (timers that, on
    /// a sleeping machine, stood still). Nothing to do where nothing can be missed.
    async fn catch_up(&self) {}
}
