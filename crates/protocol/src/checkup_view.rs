//! The security checkup as the window shows it: each check, how it stands, and the one
//! action that fixes it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sessionguard_core::{Check, CheckKind, Fix, Severity};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum FixView {
    /// Only a Telegram app can do it; the window says where.
    InTelegramApp,
    SetInactiveTtl {
        days: i32,
    },
    Terminate {
        sessions: Vec<String>,
    },
    /// Log these connected websites out.
    EndWebsites {
        websites: Vec<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CheckView {
    pub kind: CheckKind,
    pub severity: Severity,
    pub sessions: Vec<String>,
    pub fix: Option<FixView>,
    pub at: Option<DateTime<Utc>>,
}

impl From<&Check> for CheckView {
    fn from(check: &Check) -> Self {
        let hashes = |sessions: &[sessionguard_core::SessionHash]| sessions.iter().map(|h| h.to_string()).collect();
        Self {
            kind: check.kind,
            severity: check.severity,
            sessions: hashes(&check.sessions),
            fix: check.fix.as_ref().map(|fix| match fix {
                Fix::InTelegramApp => FixView::InTelegramApp,
                Fix::SetInactiveTtl { days } => FixView::SetInactiveTtl { days: *days },
                Fix::Terminate { sessions } => FixView::Terminate { sessions: hashes(sessions) },
                Fix::EndWebsites { websites } => FixView::EndWebsites { websites: hashes(websites) },
            }),
            at: check.at,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CheckupView {
    pub checks: Vec<CheckView>,
    pub checked_at: DateTime<Utc>,
}
