//! What is forwarded: one alert, worded by the agent, or the test alert of the
//! "send test alert" button.

use chrono::{DateTime, Utc};
use serde::{Serialize, Serializer};
use sessionguard_core::{LoginDetails, SecurityEvent, SecurityEventKind};

/// What an alert is about: a security event, or the test of a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertKind {
    Event(SecurityEventKind),
    Test,
}

impl AlertKind {
    /// The name receivers match on: the event kind's snake_case name, or `test`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Test => "test",
            // Spelled out (not taken from serde) so a new event kind fails to compile here
            // until someone decides its name on the wire.
            Self::Event(kind) => match kind {
                SecurityEventKind::NewLogin => "new_login",
                SecurityEventKind::UnconfirmedLogin => "unconfirmed_login",
                SecurityEventKind::PasswordPendingLogin => "password_pending_login",
                SecurityEventKind::LoginCodeRequested => "login_code_requested",
                SecurityEventKind::SessionEnded => "session_ended",
                SecurityEventKind::OurSessionEnded => "our_session_ended",
                SecurityEventKind::NewWebsite => "new_website",
                SecurityEventKind::WebsiteEnded => "website_ended",
            },
        }
    }
}

impl Serialize for AlertKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// One alert as it leaves the desktop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForwardedAlert {
    /// Which account it is about, as the agent names it (never the phone number).
    pub account: String,
    pub kind: AlertKind,
    /// One line: the notification's title.
    pub summary: String,
    /// The rest of the notification's text.
    pub body: String,
    /// Sent with the receiver's loudest setting (ntfy `urgent`).
    pub urgent: bool,
    pub at: DateTime<Utc>,
    pub login: Option<LoginDetails>,
}

impl ForwardedAlert {
    /// An alert for a security event, worded as the desktop notification was. Urgent when
    /// someone may be inside or at the door: an unconfirmed or password-pending login, or
    /// our own session ended.
    pub fn from_event(account: &str, event: &SecurityEvent, summary: &str, body: &str) -> Self {
        Self {
            account: account.to_owned(),
            kind: AlertKind::Event(event.kind),
            summary: summary.to_owned(),
            body: body.to_owned(),
            urgent: is_urgent(event.kind),
            at: event.at,
            login: event.login.clone(),
        }
    }

    /// What the "send test alert" button sends: plainly a test, so nobody who reads it
    /// on a phone thinks the account is under attack.
    pub fn test(account: &str, now: DateTime<Utc>) -> Self {
        Self {
            account: account.to_owned(),
            kind: AlertKind::Test,
            summary: "SessionGuard test alert".to_owned(),
            body: format!(
                "This is a test from SessionGuard for {account}. Nothing happened to the account: \
                 if you can read this, SessionGuard's alerts reach you here."
            ),
            urgent: false,
            at: now,
            login: None,
        }
    }

    pub fn is_test(&self) -> bool {
        self.kind == AlertKind::Test
    }
}

fn is_urgent(kind: SecurityEventKind) -> bool {
    matches!(
        kind,
        SecurityEventKind::UnconfirmedLogin
            | SecurityEventKind::PasswordPendingLogin
            | SecurityEventKind::OurSessionEnded
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_match_the_core_serde_names() -> Result<(), serde_json::Error> {
        for kind in SecurityEventKind::ALL {
            assert_eq!(serde_json::to_value(AlertKind::Event(kind))?, serde_json::to_value(kind)?);
        }
        Ok(())
    }

    #[test]
    fn urgency_follows_the_kind() {
        let event = |kind| SecurityEvent { kind, login: None, at: DateTime::<Utc>::UNIX_EPOCH };
        let urgent = |kind| ForwardedAlert::from_event("demo", &event(kind), "s", "b").urgent;
        assert!(urgent(SecurityEventKind::PasswordPendingLogin));
        assert!(urgent(SecurityEventKind::UnconfirmedLogin));
        assert!(!urgent(SecurityEventKind::NewLogin));
        assert!(!urgent(SecurityEventKind::SessionEnded));
    }
}
