//! The kinds of history entry, by the names the journal stores and the window shows.

use serde::{Deserialize, Serialize};

use crate::event::SecurityEventKind;

/// What SessionGuard (or the person through it) did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    Terminated,
    TerminatedOthers,
    Confirmed,
    TtlChanged,
    SettingsChanged,
    AlertForwarded,
    WebsiteLoggedOut,
    WebsitesLoggedOut,
    Secured,
    TwoStepChanged,
}

/// A timeline entry's kind: a security event or an action. Serialised as its name alone
/// (`"new_login"`, `"terminated"`): the two sets of names never overlap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(untagged)]
pub enum EntryKind {
    Event(SecurityEventKind),
    Action(ActionKind),
}

impl EntryKind {
    /// Every kind, events first.
    pub const ALL: [EntryKind; 18] = [
        EntryKind::Event(SecurityEventKind::NewLogin),
        EntryKind::Event(SecurityEventKind::UnconfirmedLogin),
        EntryKind::Event(SecurityEventKind::PasswordPendingLogin),
        EntryKind::Event(SecurityEventKind::LoginCodeRequested),
        EntryKind::Event(SecurityEventKind::SessionEnded),
        EntryKind::Event(SecurityEventKind::OurSessionEnded),
        EntryKind::Event(SecurityEventKind::NewWebsite),
        EntryKind::Event(SecurityEventKind::WebsiteEnded),
        EntryKind::Action(ActionKind::Terminated),
        EntryKind::Action(ActionKind::TerminatedOthers),
        EntryKind::Action(ActionKind::Confirmed),
        EntryKind::Action(ActionKind::TtlChanged),
        EntryKind::Action(ActionKind::SettingsChanged),
        EntryKind::Action(ActionKind::AlertForwarded),
        EntryKind::Action(ActionKind::WebsiteLoggedOut),
        EntryKind::Action(ActionKind::WebsitesLoggedOut),
        EntryKind::Action(ActionKind::Secured),
        EntryKind::Action(ActionKind::TwoStepChanged),
    ];

    /// The name stored in the journal; the same as its serde name.
    pub fn name(self) -> &'static str {
        use SecurityEventKind as E;
        match self {
            EntryKind::Event(E::NewLogin) => "new_login",
            EntryKind::Event(E::UnconfirmedLogin) => "unconfirmed_login",
            EntryKind::Event(E::PasswordPendingLogin) => "password_pending_login",
            EntryKind::Event(E::LoginCodeRequested) => "login_code_requested",
            EntryKind::Event(E::SessionEnded) => "session_ended",
            EntryKind::Event(E::OurSessionEnded) => "our_session_ended",
            EntryKind::Event(E::NewWebsite) => "new_website",
            EntryKind::Event(E::WebsiteEnded) => "website_ended",
            EntryKind::Action(ActionKind::Terminated) => "terminated",
            EntryKind::Action(ActionKind::TerminatedOthers) => "terminated_others",
            EntryKind::Action(ActionKind::Confirmed) => "confirmed",
            EntryKind::Action(ActionKind::TtlChanged) => "ttl_changed",
            EntryKind::Action(ActionKind::SettingsChanged) => "settings_changed",
            EntryKind::Action(ActionKind::AlertForwarded) => "alert_forwarded",
            EntryKind::Action(ActionKind::WebsiteLoggedOut) => "website_logged_out",
            EntryKind::Action(ActionKind::WebsitesLoggedOut) => "websites_logged_out",
            EntryKind::Action(ActionKind::Secured) => "secured",
            EntryKind::Action(ActionKind::TwoStepChanged) => "two_step_changed",
        }
    }

    pub fn from_name(name: &str) -> Option<EntryKind> {
        EntryKind::ALL.into_iter().find(|kind| kind.name() == name)
    }

    pub fn is_action(self) -> bool {
        matches!(self, EntryKind::Action(_))
    }
}

impl std::fmt::Display for EntryKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_serde_names_and_unique() -> Result<(), serde_json::Error> {
        let mut names = std::collections::HashSet::new();
        for kind in EntryKind::ALL {
            assert_eq!(serde_json::to_value(kind)?, serde_json::Value::String(kind.name().into()));
            assert_eq!(serde_json::from_value::<EntryKind>(kind.name().into())?, kind);
            assert_eq!(EntryKind::from_name(kind.name()), Some(kind));
            assert!(names.insert(kind.name()), "{kind} twice");
        }
        assert_eq!(EntryKind::from_name("nope"), None);
        Ok(())
    }
}
