//! The error that crosses from the agent to the window: a closed set of codes the UI
//! decides by, and a message the person reads.

use serde::{Deserialize, Serialize};
use sessionguard_core::ApiError;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorCode {
    /// The session is already gone.
    SessionNotFound,
    /// The website is already logged out.
    WebsiteNotFound,
    /// The request would end the session SessionGuard itself uses.
    CurrentSession,
    /// Our session is younger than 24 h; `retry_at` says from when it may act.
    FreshSession,
    /// Telegram asked us to wait; `retry_at` says until when.
    FloodWait,
    /// Telegram could not be reached.
    Network,
    /// The account was signed out.
    SignedOut,
    /// The server answered something we did not understand.
    Protocol,
    /// The window cannot reach the agent.
    AgentUnreachable,
    /// The request itself was malformed (an unknown hash, a bad id).
    BadRequest,
    /// Sign-in: Telegram does not know these api_id and api_hash.
    ApiCredentialsInvalid,
    /// Sign-in: the phone number is not one Telegram accepts.
    PhoneInvalid,
    /// Sign-in: the phone number has no Telegram account (create one in a Telegram app).
    SignUpRequired,
    /// Sign-in: the code is not the one Telegram sent.
    CodeInvalid,
    /// Sign-in: the code expired; ask for a new one.
    CodeExpired,
    /// Sign-in: the 2-step verification password is wrong.
    PasswordInvalid,
    /// No system keyring to keep the key in; nothing was stored.
    KeyringUnavailable,
    /// The settings or the history could not be read or saved.
    Storage,
    /// Forwarding an alert off this computer failed.
    Forwarding,
    /// 2-step verification: the email address is not one Telegram accepts.
    EmailInvalid,
    /// 2-step verification: the emailed code is not right.
    EmailCodeInvalid,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, thiserror::Error)]
#[error("{message}")]
#[ts(export)]
pub struct ErrorBody {
    pub code: ErrorCode,
    pub message: String,
    /// When trying again can work, for `fresh_session` and `flood_wait`.
    #[ts(optional)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl ErrorBody {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self { code, message: message.into(), retry_at: None }
    }

    /// Converts an account error, given the time for errors that say "wait N seconds".
    pub fn from_api(error: &ApiError, now: chrono::DateTime<chrono::Utc>) -> Self {
        let message = error.to_string();
        match error {
            ApiError::SessionNotFound => Self::new(ErrorCode::SessionNotFound, message),
            ApiError::CurrentSession => Self::new(ErrorCode::CurrentSession, message),
            ApiError::FreshSession { allowed_at } => {
                Self { retry_at: Some(*allowed_at), ..Self::new(ErrorCode::FreshSession, message) }
            }
            ApiError::FloodWait { seconds } => Self {
                retry_at: Some(now + chrono::Duration::seconds(i64::from(*seconds))),
                ..Self::new(ErrorCode::FloodWait, message)
            },
            ApiError::Network(_) => Self::new(ErrorCode::Network, message),
            ApiError::SignedOut => Self::new(ErrorCode::SignedOut, message),
            ApiError::InvalidTtl => Self::new(ErrorCode::BadRequest, message),
            ApiError::Protocol(_) => Self::new(ErrorCode::Protocol, message),
            ApiError::WrongPassword => Self::new(ErrorCode::PasswordInvalid, message),
            ApiError::EmailInvalid => Self::new(ErrorCode::EmailInvalid, message),
            ApiError::EmailCodeInvalid => Self::new(ErrorCode::EmailCodeInvalid, message),
            ApiError::EmailUnconfirmed { .. } => Self::new(ErrorCode::BadRequest, message),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flood_wait_says_until_when() {
        let now = chrono::DateTime::from_timestamp(1_000, 0).unwrap_or_default();
        let body = ErrorBody::from_api(&ApiError::FloodWait { seconds: 30 }, now);
        assert_eq!(body.code, ErrorCode::FloodWait);
        assert_eq!(body.retry_at, Some(now + chrono::Duration::seconds(30)));
        assert!(body.message.contains("30 s"), "{}", body.message);
    }

    #[test]
    fn error_crosses_as_code_and_message() {
        let body = ErrorBody::new(ErrorCode::SessionNotFound, "gone");
        let json = serde_json::to_value(&body).unwrap_or_default();
        assert_eq!(json, serde_json::json!({"code": "session_not_found", "message": "gone"}));
    }
}
