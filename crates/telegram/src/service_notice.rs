//! Messages from Telegram's service account (user 777000): a login code for this number,
//! or a "new login" notice. Classified by who sent them first, and then by the shape of
//! the text — a standalone run of 5 or 6 digits is a code in every language — never by
//! its localised words.

use chrono::{DateTime, Utc};
use sessionguard_core::AccountEvent;

/// Telegram's service account: login codes and security notices come from it.
pub const SERVICE_USER_ID: i64 = 777_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServiceNotice {
    /// A login code for this number was sent.
    LoginCode,
    /// Something else from the service account (such as a "new login" notice).
    Other,
}

/// What a message is, if it came from the service account.
pub fn classify(sender_user_id: Option<i64>, text: &str) -> Option<ServiceNotice> {
    (sender_user_id == Some(SERVICE_USER_ID))
        .then(|| if contains_code(text) { ServiceNotice::LoginCode } else { ServiceNotice::Other })
}

/// A login code that no sign-in of ours asked for is an attempt on the account.
pub fn account_event(notice: ServiceNotice, our_sign_in_under_way: bool, date: DateTime<Utc>) -> Option<AccountEvent> {
    (notice == ServiceNotice::LoginCode && !our_sign_in_under_way).then_some(AccountEvent::LoginCodeRequested { date })
}

/// Whether `text` holds a run of exactly 5 or 6 ASCII digits standing alone: not part of
/// a longer number such as `102.89.34.17`, `01:17:58` or `23/11/2026`.
fn contains_code(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let joins = |at: Option<&char>, beyond: Option<&char>| {
        at.is_some_and(|c| ".:-/,".contains(*c)) && beyond.is_some_and(char::is_ascii_digit)
    };
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        let before = start.checked_sub(1).and_then(|b| chars.get(b));
        let before_that = start.checked_sub(2).and_then(|b| chars.get(b));
        let joined = joins(before, before_that) || joins(chars.get(i), chars.get(i + 1));
        if (5..=6).contains(&(i - start)) && !joined {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t0() -> DateTime<Utc> {
        DateTime::from_timestamp(1_763_000_000, 0).unwrap_or_default()
    }

    #[test]
    fn a_code_from_the_service_account_in_any_language_is_a_login_code() {
        for text in [
            "Login code: 52918. Do not give this code to anyone, even if they say they are from Telegram!",
            "Код для входа в Telegram: 52918. Не давайте код никому.",
            "Ihr Anmeldecode: 529183",
            "رمز ورود: 52918",
        ] {
            assert_eq!(classify(Some(SERVICE_USER_ID), text), Some(ServiceNotice::LoginCode), "{text}");
        }
    }

    #[test]
    fn a_new_login_notice_has_no_code() {
        let text = "New login. Dear Ana, we detected a login into your account from a new device on \
                    23/11/2026 at 01:17:58 UTC. Device: Redmi Note 13 Pro, Location: Lagos, Nigeria (IP = 102.89.34.17)";
        assert_eq!(classify(Some(SERVICE_USER_ID), text), Some(ServiceNotice::Other));
        assert!(!contains_code("10.123.45678.9 and 2026-11-23 12345-67890"));
    }

    #[test]
    fn the_same_words_from_anyone_else_are_nothing() {
        assert_eq!(classify(Some(42), "Login code: 52918"), None);
        assert_eq!(classify(None, "Login code: 52918"), None);
    }

    #[test]
    fn a_code_during_our_own_sign_in_is_not_an_attempt() {
        assert_eq!(
            account_event(ServiceNotice::LoginCode, false, t0()),
            Some(AccountEvent::LoginCodeRequested { date: t0() })
        );
        assert_eq!(account_event(ServiceNotice::LoginCode, true, t0()), None);
        assert_eq!(account_event(ServiceNotice::Other, false, t0()), None);
    }
}
