//! Telegram's RPC errors, by name, as states the person is shown — never as crashes.

use chrono::{DateTime, Utc};
use sessionguard_core::{ApiError, FRESH_SESSION_HOLD};

/// An account call's error. `our_session_created` is when our own session was created,
/// from which the 24 h rule says when ending others becomes possible.
pub fn api_error(
    name: &str,
    value: Option<u32>,
    our_session_created: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> ApiError {
    match name {
        "FRESH_RESET_AUTHORISATION_FORBIDDEN" | "FRESH_CHANGE_ADMINS_FORBIDDEN" => ApiError::FreshSession {
            allowed_at: our_session_created.map_or(now + FRESH_SESSION_HOLD, |created| created + FRESH_SESSION_HOLD),
        },
        "HASH_INVALID" => ApiError::SessionNotFound,
        "PASSWORD_HASH_INVALID" => ApiError::WrongPassword,
        "EMAIL_INVALID" => ApiError::EmailInvalid,
        "CODE_INVALID" | "EMAIL_HASH_EXPIRED" => ApiError::EmailCodeInvalid,
        "EMAIL_UNCONFIRMED" => ApiError::EmailUnconfirmed { length: value.unwrap_or(6) },
        "NEW_SALT_INVALID" | "NEW_SETTINGS_INVALID" => {
            ApiError::Protocol(format!("Telegram refused the new password's settings ({name}); try again"))
        }
        "TTL_DAYS_INVALID" => ApiError::InvalidTtl,
        "FLOOD_WAIT" | "FLOOD_PREMIUM_WAIT" | "SLOWMODE_WAIT" => ApiError::FloodWait { seconds: value.unwrap_or(1) },
        "AUTH_KEY_UNREGISTERED" | "SESSION_REVOKED" | "SESSION_EXPIRED" | "USER_DEACTIVATED" | "AUTH_KEY_INVALID" => {
            ApiError::SignedOut
        }
        other => ApiError::Protocol(other.to_string()),
    }
}

/// Why a sign-in step failed, each with its own message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignInError {
    #[error("that code is not right; check the latest code Telegram sent")]
    WrongCode,
    #[error("that code has expired; ask for a new one")]
    CodeExpired,
    #[error("that 2-step verification password is not right")]
    WrongPassword,
    #[error("Telegram does not know that phone number; include the country code, e.g. +49")]
    InvalidPhone,
    #[error("this account has 2-step verification: enter its password")]
    PasswordNeeded,
    #[error("too many tries; Telegram asks us to wait {seconds} s")]
    FloodWait { seconds: u32 },
    #[error("the api_id and api_hash are not valid; copy them again from my.telegram.org")]
    InvalidApiCredentials,
    #[error("this number has no Telegram account yet; create one in a Telegram app first")]
    SignUpRequired,
    #[error("cannot reach Telegram: {0}")]
    Network(String),
    /// Telegram answered, but not in a form we can read: the step may have gone through
    /// on the server, so whatever session it made is logged out.
    #[error(
        "Telegram's answer could not be read, so this sign-in was not finished (any session it began was ended); \
         start again"
    )]
    Unreadable,
    #[error("Telegram refused the sign-in: {0}")]
    Other(String),
}

pub fn sign_in_error(name: &str, value: Option<u32>) -> SignInError {
    match name {
        "PHONE_CODE_INVALID" | "PHONE_CODE_EMPTY" => SignInError::WrongCode,
        "PHONE_CODE_EXPIRED" => SignInError::CodeExpired,
        "PASSWORD_HASH_INVALID" => SignInError::WrongPassword,
        "PHONE_NUMBER_INVALID" | "PHONE_NUMBER_UNOCCUPIED" | "PHONE_NUMBER_BANNED" => SignInError::InvalidPhone,
        "SESSION_PASSWORD_NEEDED" => SignInError::PasswordNeeded,
        "FLOOD_WAIT" | "PHONE_NUMBER_FLOOD" => SignInError::FloodWait { seconds: value.unwrap_or(60) },
        "API_ID_INVALID" | "API_ID_PUBLISHED_FLOOD" => SignInError::InvalidApiCredentials,
        "PHONE_NUMBER_UNOCCUPIED_SIGNUP" => SignInError::SignUpRequired,
        other => SignInError::Other(other.to_string()),
    }
}
