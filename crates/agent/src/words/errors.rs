//! Errors in the person's language. Where the code says it all (a wrong code, a flood
//! wait, Telegram's 24-hour rule) the catalog's words replace the English the error was
//! made with; the rest keep the detail they came with (what the system said about a file,
//! what a server refused), which only that detail can tell.

use sessionguard_i18n::Words;
use sessionguard_protocol::{ErrorBody, ErrorCode};

/// `error` in `words`' language.
pub fn localized(error: ErrorBody, words: &Words) -> ErrorBody {
    let id = match error.code {
        ErrorCode::SessionNotFound => "error-session-not-found",
        ErrorCode::WebsiteNotFound => "error-website-not-found",
        ErrorCode::CurrentSession => "error-current-session",
        ErrorCode::FreshSession => "error-fresh-session",
        ErrorCode::FloodWait => "error-flood-wait",
        ErrorCode::Network => "error-network",
        ErrorCode::SignedOut => "error-signed-out",
        ErrorCode::ApiCredentialsInvalid => "error-api-credentials-invalid",
        ErrorCode::PhoneInvalid => "error-phone-invalid",
        ErrorCode::SignUpRequired => "error-sign-up-required",
        ErrorCode::CodeInvalid => "error-code-invalid",
        ErrorCode::CodeExpired => "error-code-expired",
        ErrorCode::PasswordInvalid => "error-password-invalid",
        ErrorCode::EmailInvalid => "error-email-invalid",
        ErrorCode::EmailCodeInvalid => "error-email-code-invalid",
        ErrorCode::Protocol
        | ErrorCode::AgentUnreachable
        | ErrorCode::BadRequest
        | ErrorCode::KeyringUnavailable
        | ErrorCode::Storage
        | ErrorCode::Forwarding => return error,
    };
    // Written the same in every language, as the CLI and the logs write times.
    let at = error.retry_at.map(|at| at.format("%Y-%m-%d %H:%M UTC").to_string()).unwrap_or_default();
    ErrorBody { message: words.text(id, &[("at", at.into())]), ..error }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_gives_the_words_and_details_only_a_detail_can_tell_stay() {
        let at = chrono::DateTime::from_timestamp(1_763_000_000, 0);
        let fresh = ErrorBody { retry_at: at, ..ErrorBody::new(ErrorCode::FreshSession, "English") };
        let english = localized(fresh.clone(), &Words::english());
        assert!(english.message.starts_with("Telegram allows this from 2025-11-13"), "{english:?}");
        assert_eq!(english.retry_at, at);
        let russian = localized(fresh, &Words::new("ru"));
        assert!(russian.message.contains("2025-11-13") && !russian.message.contains("allows"), "{russian:?}");
        let storage = ErrorBody::new(ErrorCode::Storage, "could not save the settings to /x: disk full");
        assert_eq!(localized(storage.clone(), &Words::new("fa")), storage);
    }
}
