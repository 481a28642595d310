//! What the journal's tests share: fixed times, sessions and events, a journal in a temp dir.
#![allow(dead_code)]

use chrono::{DateTime, Duration, Utc};
use sessionguard_core::{LoginDetails, SecurityEvent, SecurityEventKind, Session, SessionHash, SessionList};
use sessionguard_journal::Journal;

pub type TestResult = Result<(), Box<dyn std::error::Error>>;

/// A fixed moment plus `minutes`.
pub fn t(minutes: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(1_763_000_000, 0).unwrap_or_default() + Duration::minutes(minutes)
}

pub fn session(hash: i64, device: &str) -> Session {
    Session {
        hash: SessionHash(hash),
        current: hash == 0,
        official_app: true,
        password_pending: false,
        encrypted_requests_disabled: false,
        call_requests_disabled: false,
        unconfirmed: false,
        device_model: device.into(),
        platform: "Android".into(),
        system_version: "SDK 34".into(),
        api_id: 6,
        app_name: "Telegram Android".into(),
        app_version: "11.5".into(),
        date_created: t(-600),
        date_active: t(-5),
        ip: "203.0.113.7".into(),
        country: "Nigeria".into(),
        region: "Lagos".into(),
    }
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
