//! "Secure my account": what the one action for the moment of panic did, and what still
//! waits — for Telegram's 24-hour rule, or for the person.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::account::PasswordStatus;
use crate::checkup::CheckKind;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SecureReport {
    /// Other sessions ended now.
    pub sessions_ended: u32,
    /// Other sessions Telegram does not let a session younger than 24 hours end yet: they
    /// are ended at `sessions_wait_until`, on their own.
    pub sessions_waiting: u32,
    pub sessions_wait_until: Option<DateTime<Utc>>,
    /// Connected websites logged out.
    pub websites_ended: u32,
    /// Lockdown is on: a new login that is not a trusted device ends as it appears.
    pub lockdown: bool,
    /// Steps Telegram refused, each in words with why.
    pub failed: Vec<String>,
    /// What only the person can do, most urgent first: a 2-step password, a recovery
    /// email (`TwoStep`, `RecoveryEmail`).
    pub to_do: Vec<CheckKind>,
}

impl SecureReport {
    /// What is left for the person, given the 2-step verification (`None`: unknown, so
    /// the password is worth checking).
    pub fn still_to_do(password: Option<&PasswordStatus>) -> Vec<CheckKind> {
        match password {
            Some(p) if p.has_password && p.has_recovery => Vec::new(),
            Some(p) if p.has_password => vec![CheckKind::RecoveryEmail],
            _ => vec![CheckKind::TwoStep, CheckKind::RecoveryEmail],
        }
    }

    /// Nothing failed and nothing waits on Telegram.
    pub fn complete(&self) -> bool {
        self.failed.is_empty() && self.sessions_waiting == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_left_follows_the_2_step_verification() {
        let full = PasswordStatus { has_password: true, has_recovery: true, ..PasswordStatus::default() };
        assert!(SecureReport::still_to_do(Some(&full)).is_empty());
        let no_email = PasswordStatus { has_recovery: false, ..full.clone() };
        assert_eq!(SecureReport::still_to_do(Some(&no_email)), [CheckKind::RecoveryEmail]);
        assert_eq!(SecureReport::still_to_do(None), [CheckKind::TwoStep, CheckKind::RecoveryEmail]);
        assert!(SecureReport::default().complete());
        assert!(!SecureReport { sessions_waiting: 2, ..SecureReport::default() }.complete());
    }
}
