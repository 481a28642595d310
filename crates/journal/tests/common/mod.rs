//! What the journal's tests share: fixed times, sessions and events, a journal in a temp dir.
#![allow(dead_code)]

use chrono::{DateTime, Duration, Utc};
use sessionguard_core::{LoginDetails, SecurityEvent, SecurityEventKind, Session, SessionList};
use sessionguard_journal::Journal;

pub type TestResult = Result<(), Box<dyn std::error::Error>>;

/// A fixed moment plus `minutes`.
pub fn t(minutes: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(1_763_000_000, 0).unwrap_or_default() + Duration::minutes(minutes)
}

pub fn session(hash: i64, device: &str) -> Session {
    sessionguard_core::fixtures::session(hash, device, t(-600), t(-5))
}

pub fn list(sessions: &[Session]) -> SessionList {
    SessionList { sessions: sessions.to_vec(), inactive_ttl_days: 180 }
}

pub fn event(kind: SecurityEventKind, session: &Session, at: DateTime<Utc>) -> SecurityEvent {
    SecurityEvent { kind, login: Some(LoginDetails::from_session(session)), at }
}

pub fn code_requested(at: DateTime<Utc>) -> SecurityEvent {
    SecurityEvent { kind: SecurityEventKind::LoginCodeRequested, login: None, at }
}

/// A journal in its own temp dir (kept alive by the returned guard).
pub fn journal() -> Result<(tempfile::TempDir, Journal), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let journal = Journal::open(dir.path().join("journal.sqlite3"))?;
    Ok((dir, journal))
}
