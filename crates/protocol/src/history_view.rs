//! The history as the window shows it: a timeline of security events and actions, each
//! session ever seen, and the filter and export the History page asks for.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sessionguard_core::{EntryKind, Session, SessionHash};
use ts_rs::TS;

/// Which history entries to show. Every field narrows; the default is everything.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct HistoryFilter {
    /// One account's entries (by id), else every account's.
    pub account: Option<String>,
    /// Only these kinds; empty: all.
    pub kinds: Vec<EntryKind>,
    /// The device's name contains this, ignoring case.
    pub device: Option<String>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
    /// The next page: entries older than this id.
    pub before: Option<String>,
    /// At most this many (the agent caps it).
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ExportFormat {
    Csv,
    Json,
}

/// One entry of the timeline: a security event or something SessionGuard did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HistoryEntryView {
    pub id: String,
    /// The account's id, and its name as the window shows it.
    pub account: String,
    pub account_label: String,
    pub at: DateTime<Utc>,
    /// An event kind ("new_login", "session_ended", …) or an action kind ("terminated", …).
    pub kind: EntryKind,
    pub hash: Option<SessionHash>,
    pub device: Option<String>,
    pub platform: Option<String>,
    pub app: Option<String>,
    pub official_app: Option<bool>,
    pub ip: Option<String>,
    pub location: Option<String>,
    /// Who or what did it, for actions and ended sessions: "you", "lockdown", "another
    /// device", "Telegram (inactive for 180 days)".
    pub by: Option<String>,
    /// More words for actions: "30 days", "calls off", "Webhook to hooks.example.com: delivered".
    pub detail: Option<String>,
}

/// One session as SessionGuard remembers it, whether or not it still exists: Telegram's
/// fields as last reported, and what SessionGuard saw of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SessionRecordView {
    pub account: String,
    #[serde(flatten)]
    pub session: Session,
    pub first_seen: DateTime<Utc>,
    pub last_seen: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
    /// What ended it, in words, when it ended.
    pub ended_by: Option<String>,
}
