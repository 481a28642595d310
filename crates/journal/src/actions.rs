//! What SessionGuard did, or the person did through it: terminations, confirmations,
//! settings, alerts forwarded. Recorded in the same timeline as the events.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sessionguard_core::{RuleKind, SecureReport, SessionHash};

use crate::entries::NewEntry;
use crate::{Batch, EntryId, Journal, JournalError};
use sessionguard_core::{ActionKind, EntryKind};

/// Who decided an action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "actor", rename_all = "snake_case")]
pub enum Actor {
    /// The person, from the window, the tray or a notification.
    Person,
    /// One of SessionGuard's rules, by name ("lockdown", "unofficial apps", …).
    Rule { rule: String },
}

impl From<RuleKind> for Actor {
    fn from(rule: RuleKind) -> Actor {
        Actor::Rule { rule: rule_name(rule) }
    }
}

/// A rule's name as the window knows it (its serde name: "lockdown", "unofficial_app").
pub(crate) fn rule_name(rule: RuleKind) -> String {
    match serde_json::to_value(rule) {
        Ok(serde_json::Value::String(name)) => name,
        _ => format!("{rule:?}"),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Action {
    /// One session ended.
    Terminated { hash: SessionHash, by: Actor },
    /// Every session but SessionGuard's own ended.
    TerminatedOthers { by: Actor },
    /// "Yes, it's me" for an unconfirmed login.
    Confirmed { hash: SessionHash },
    /// The account's inactive-session period set.
    TtlChanged { days: i32 },
    /// Secret chats or calls allowed or forbidden on one session; `None` left as it was.
    SettingsChanged { hash: SessionHash, secret_chats: Option<bool>, calls: Option<bool> },
    /// A connected website logged out.
    WebsiteLoggedOut { hash: SessionHash, domain: String, by: Actor },
    /// Every connected website logged out.
    WebsitesLoggedOut { count: u32, by: Actor },
    /// "Secure my account": what it did and what still waits.
    Secured { report: SecureReport },
    /// The 2-step verification changed from SessionGuard (never the password itself).
    TwoStepChanged { change: TwoStepChange },
    /// An alert sent off the desktop (webhook, ntfy topic, Telegram bot) or the attempt.
    /// `target` names where ("webhook https://example.org"): URL paths and queries are cut
    /// from `target` and `detail` when recorded, since a topic or a bot token lives there.
    AlertForwarded { target: String, ok: bool, detail: String },
}

/// What changed about the 2-step verification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TwoStepChange {
    TurnedOn,
    Changed,
    TurnedOff,
    /// A recovery email given (it waits for its code).
    RecoveryEmailGiven,
    RecoveryEmailConfirmed,
}

impl Action {
    pub fn kind(&self) -> ActionKind {
        match self {
            Action::Terminated { .. } => ActionKind::Terminated,
            Action::TerminatedOthers { .. } => ActionKind::TerminatedOthers,
            Action::Confirmed { .. } => ActionKind::Confirmed,
            Action::TtlChanged { .. } => ActionKind::TtlChanged,
            Action::SettingsChanged { .. } => ActionKind::SettingsChanged,
            Action::AlertForwarded { .. } => ActionKind::AlertForwarded,
            Action::WebsiteLoggedOut { .. } => ActionKind::WebsiteLoggedOut,
            Action::WebsitesLoggedOut { .. } => ActionKind::WebsitesLoggedOut,
            Action::Secured { .. } => ActionKind::Secured,
            Action::TwoStepChanged { .. } => ActionKind::TwoStepChanged,
        }
    }

    /// The session it acted on, if it acted on one.
    pub fn hash(&self) -> Option<SessionHash> {
        match self {
            Action::Terminated { hash, .. } | Action::Confirmed { hash } | Action::SettingsChanged { hash, .. } => {
                Some(*hash)
            }
            // A website's hash is not a session's: no session to link to.
            Action::TerminatedOthers { .. }
            | Action::TtlChanged { .. }
            | Action::AlertForwarded { .. }
            | Action::WebsiteLoggedOut { .. }
            | Action::WebsitesLoggedOut { .. }
            | Action::Secured { .. }
            | Action::TwoStepChanged { .. } => None,
        }
    }

    /// The action as it may be stored: nothing secret in it.
    fn redacted(&self) -> Action {
        match self {
            Action::AlertForwarded { target, ok, detail } => {
                Action::AlertForwarded { target: cut_url_paths(target), ok: *ok, detail: cut_url_paths(detail) }
            }
            other => other.clone(),
        }
    }
}

impl Batch<'_> {
    /// Records an action done at `at`. An action on a session also keeps what the journal
    /// knows of that session's device, so the timeline can say which device it was.
    pub fn record_action(
        &mut self,
        account: &str,
        action: &Action,
        at: DateTime<Utc>,
    ) -> Result<EntryId, JournalError> {
        let account_id = self.account_id(account, at)?;
        let login = match action.hash() {
            Some(hash) => self.login_of(account_id, hash)?,
            None => None,
        };
        let action = action.redacted();
        self.insert_entry(&NewEntry {
            account_id,
            at,
            kind: EntryKind::Action(action.kind()),
            hash: action.hash(),
            login: login.as_ref(),
            action: Some(&action),
        })
    }
}

impl Journal {
    /// [`Batch::record_action`] in a transaction of its own.
    pub fn record_action(
        &mut self,
        account: &str,
        action: &Action,
        at: DateTime<Utc>,
    ) -> Result<EntryId, JournalError> {
        self.write(|b| b.record_action(account, action, at))
    }
}

/// `https://host/secret/path?q` → `https://host/…`: keeps where, drops what could be a
/// credential (a bot token in the path, an ntfy topic, a key in the query).
pub(crate) fn cut_url_paths(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("://") {
        let host_start = at + 3;
        let host_len = rest[host_start..]
            .find(|c: char| matches!(c, '/' | '?' | '#') || ends_url(c))
            .unwrap_or(rest.len() - host_start);
        let host_end = host_start + host_len;
        out.push_str(&rest[..host_end]);
        rest = &rest[host_end..];
        if rest.starts_with(['/', '?', '#']) {
            let path_len = rest.find(ends_url).unwrap_or(rest.len());
            if path_len > 1 || !rest.starts_with('/') {
                out.push_str("/…");
            } else {
                out.push('/');
            }
            rest = &rest[path_len..];
        }
    }
    out.push_str(rest);
    out
}

fn ends_url(c: char) -> bool {
    c.is_whitespace() || matches!(c, ')' | '"' | '\'' | '<' | '>' | ',')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_paths_and_queries_are_cut() {
        assert_eq!(
            cut_url_paths("error sending request for url (https://api.telegram.org/bot123:ABC/sendMessage)"),
            "error sending request for url (https://api.telegram.org/…)"
        );
        assert_eq!(cut_url_paths("ntfy https://ntfy.sh/my-secret-topic"), "ntfy https://ntfy.sh/…");
        assert_eq!(
            cut_url_paths("http://127.0.0.1:8080?key=1 and http://a.b/c"),
            "http://127.0.0.1:8080/… and http://a.b/…"
        );
        assert_eq!(cut_url_paths("webhook https://example.org/"), "webhook https://example.org/");
        assert_eq!(cut_url_paths("HTTP 500 from the server"), "HTTP 500 from the server");
        assert_eq!(cut_url_paths("ünïcode https://ex.org/ä ok"), "ünïcode https://ex.org/… ok");
    }

    #[test]
    fn rules_from_core_are_kept_by_name() {
        assert_eq!(Actor::from(RuleKind::UnofficialApp), Actor::Rule { rule: "unofficial_app".into() });
        let ended = crate::EndedBy::from(sessionguard_core::EndedBy::Rule(RuleKind::Lockdown));
        assert_eq!(ended, crate::EndedBy::Rule { rule: "lockdown".into() });
        assert_eq!(crate::EndedBy::from(sessionguard_core::EndedBy::InactivityTtl), crate::EndedBy::InactivityTtl);
        // The same JSON as core's type, so either reads the other's.
        for by in [sessionguard_core::EndedBy::Us, sessionguard_core::EndedBy::Rule(RuleKind::CountryNotAllowed)] {
            let core_json = serde_json::to_value(by).ok();
            assert_eq!(serde_json::to_value(crate::EndedBy::from(by)).ok(), core_json);
        }
    }

    #[test]
    fn hashes_serialise_as_text() -> Result<(), serde_json::Error> {
        let action = Action::Terminated {
            hash: SessionHash(-9_007_199_254_740_993),
            by: Actor::Rule { rule: "lockdown".into() },
        };
        let json = serde_json::to_value(&action)?;
        assert_eq!(
            json,
            serde_json::json!({"kind": "terminated", "hash": "-9007199254740993", "by": {"actor": "rule", "rule": "lockdown"}})
        );
        assert_eq!(serde_json::from_value::<Action>(json)?, action);
        Ok(())
    }
}
