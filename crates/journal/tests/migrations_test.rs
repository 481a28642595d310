//! The schema upgrades from every earlier version, keeping what was there.

mod common;

use std::path::Path;

use common::{TestResult, t};
use rusqlite::Connection;
use sessionguard_core::SessionHash;
use sessionguard_journal::migrations::create_at_version;
use sessionguard_journal::{Journal, JournalError, SCHEMA_VERSION, TimelineFilter};

fn user_version(path: &Path) -> rusqlite::Result<u32> {
    Connection::open(path)?.pragma_query_value(None, "user_version", |row| row.get(0))
}

fn schema_names(path: &Path) -> rusqlite::Result<Vec<String>> {
    let conn = Connection::open(path)?;
    let mut stmt = conn.prepare("SELECT name FROM sqlite_schema ORDER BY name")?;
    stmt.query_map([], |row| row.get(0))?.collect()
}

/// What an older SessionGuard would have written, in that version's own columns.
fn write_old_rows(path: &Path, version: u32) -> rusqlite::Result<()> {
    let conn = Connection::open(path)?;
    let at = t(0).timestamp_micros();
    conn.execute("INSERT INTO accounts (id, key, first_seen) VALUES (1, 'demo', ?1)", [at])?;
    conn.execute(
        "INSERT INTO sessions (account_id, hash, first_seen, last_seen, last_active, date_created, current,
            official_app, password_pending, unconfirmed, encrypted_requests_disabled, call_requests_disabled,
            device_model, platform, system_version, api_id, app_name, app_version, ip, country, region)
        VALUES (1, 7, ?1, ?1, ?1, ?1, 0, 1, 0, 0, 0, 0, 'ÜNÏCODE Phone', 'Android', 'SDK 34', 6,
            'Telegram Android', '11.5', '203.0.113.7', 'Nigeria', 'Lagos')",
        [at],
    )?;
    let entry = if version >= 2 {
        "INSERT INTO entries (account_id, at, kind, session_hash, device, device_folded, location, login_date)
        VALUES (1, ?1, 'new_login', 7, 'ÜNÏCODE Phone', 'ünïcode phone', 'Lagos, Nigeria', ?1)"
    } else {
        "INSERT INTO entries (account_id, at, kind, session_hash, device, location, login_date)
        VALUES (1, ?1, 'new_login', 7, 'ÜNÏCODE Phone', 'Lagos, Nigeria', ?1)"
    };
    conn.execute(entry, [at])?;
    conn.execute("INSERT INTO entries (account_id, at, kind) VALUES (1, ?1, 'login_code_requested')", [at + 1])?;
    Ok(())
}

#[test]
fn a_new_file_gets_the_whole_schema() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("journal.sqlite3");
    drop(Journal::open(&path)?);
    assert_eq!(user_version(&path)?, SCHEMA_VERSION);
    let names = schema_names(&path)?;
    for name in ["accounts", "sessions", "entries", "entries_by_account_time", "entries_by_session", "entries_by_time"]
    {
        assert!(names.iter().any(|n| n == name), "{name} missing from {names:?}");
    }
    drop(Journal::open(&path)?);
    assert_eq!(user_version(&path)?, SCHEMA_VERSION, "opening again changes nothing");
    Ok(())
}

#[test]
fn every_earlier_version_upgrades_and_keeps_its_data() -> TestResult {
    const { assert!(SCHEMA_VERSION >= 2, "there is an earlier version to upgrade from") };
    for version in 0..SCHEMA_VERSION {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("journal.sqlite3");
        create_at_version(&path, version)?;
        assert_eq!(user_version(&path)?, version);
        if version >= 1 {
            write_old_rows(&path, version)?;
            assert!(!schema_names(&path)?.contains(&"entries_by_session".to_string()), "v{version} predates the index");
        }

        let mut journal = Journal::open(&path)?;
        assert_eq!(user_version(&path)?, SCHEMA_VERSION, "from v{version}");
        assert!(schema_names(&path)?.contains(&"entries_by_session".to_string()));
        if version >= 1 {
            let session = journal.session("demo", SessionHash(7))?.ok_or("session lost")?;
            assert_eq!((session.session.device_model.as_str(), session.first_seen), ("ÜNÏCODE Phone", t(0)));
            assert_eq!(journal.timeline(&TimelineFilter::account("demo"))?.len(), 2, "entries kept from v{version}");
            // v2's column is filled for rows written before it existed.
            let by_device = TimelineFilter { device: Some("ünïcode".into()), ..TimelineFilter::account("demo") };
            assert_eq!(journal.timeline(&by_device)?.len(), 1, "device search from v{version}");
            assert_eq!(journal.session_timeline("demo", SessionHash(7), 10)?.len(), 1);
        }
        // And it goes on being written.
        journal.record_event("demo", &common::code_requested(t(9)))?;
        assert_eq!(journal.timeline(&TimelineFilter::account("demo"))?[0].at, t(9));
    }
    Ok(())
}

#[test]
fn a_journal_from_a_newer_version_is_left_alone() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("journal.sqlite3");
    drop(Journal::open(&path)?);
    Connection::open(&path)?.pragma_update(None, "user_version", SCHEMA_VERSION + 1)?;
    match Journal::open(&path) {
        Err(JournalError::TooNew { found, supported, .. }) => {
            assert_eq!((found, supported), (SCHEMA_VERSION + 1, SCHEMA_VERSION))
        }
        other => panic!("expected TooNew, got {other:?}"),
    }
    assert_eq!(user_version(&path)?, SCHEMA_VERSION + 1);
    Ok(())
}

#[test]
fn another_programs_database_is_not_taken_over() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("journal.sqlite3");
    Connection::open(&path)?.execute_batch("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine');")?;
    let err = Journal::open(&path).err().ok_or("opened someone else's database")?;
    assert!(matches!(err, JournalError::Corrupt { .. }), "{err:?}");
    assert_eq!(schema_names(&path)?, ["notes"]);
    Ok(())
}
