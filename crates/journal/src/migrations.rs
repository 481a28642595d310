//! The journal's schema, as the list of steps that built it: a database made by any
//! earlier SessionGuard is brought up to date by running the steps it has not seen.

use std::path::Path;

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::JournalError;

/// The schema this code writes and reads (`PRAGMA user_version`).
pub const SCHEMA_VERSION: u32 = 3;

struct Migration {
    /// The version a database has once this step ran.
    version: u32,
    what: &'static str,
    apply: fn(&Transaction<'_>) -> Result<(), JournalError>,
}

/// In order; never edit a step that has shipped, add one.
const MIGRATIONS: &[Migration] = &[
    Migration { version: 1, what: "accounts, sessions and the timeline", apply: v1_base },
    Migration { version: 2, what: "case-insensitive device search", apply: v2_device_search },
    Migration { version: 3, what: "indexes for a session's history and the all-accounts timeline", apply: v3_indexes },
];

/// Times are whole microseconds since the Unix epoch, UTC; flags are 0/1; hashes are
/// Telegram's signed 64-bit values.
fn v1_base(tx: &Transaction<'_>) -> Result<(), JournalError> {
    tx.execute_batch(
        "CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            first_seen INTEGER NOT NULL
        );

        -- One row per session lifetime: a hash that comes back after its session ended
        -- (SessionGuard's own session is always 0) starts a new row.
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            hash INTEGER NOT NULL,
            first_seen INTEGER NOT NULL,
            last_seen INTEGER NOT NULL,
            last_active INTEGER NOT NULL,
            date_created INTEGER NOT NULL,
            current INTEGER NOT NULL,
            official_app INTEGER NOT NULL,
            password_pending INTEGER NOT NULL,
            unconfirmed INTEGER NOT NULL,
            encrypted_requests_disabled INTEGER NOT NULL,
            call_requests_disabled INTEGER NOT NULL,
            device_model TEXT NOT NULL,
            platform TEXT NOT NULL,
            system_version TEXT NOT NULL,
            api_id INTEGER NOT NULL,
            app_name TEXT NOT NULL,
            app_version TEXT NOT NULL,
            ip TEXT NOT NULL,
            country TEXT NOT NULL,
            region TEXT NOT NULL,
            ended_at INTEGER,
            ended_by TEXT,
            CHECK ((ended_at IS NULL) = (ended_by IS NULL))
        );
        CREATE UNIQUE INDEX sessions_live ON sessions(account_id, hash) WHERE ended_at IS NULL;
        CREATE INDEX sessions_by_hash ON sessions(account_id, hash);

        -- Events and actions in one table, so one index orders the whole timeline.
        -- The login columns are what was known of the device when the entry was written.
        CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            at INTEGER NOT NULL,
            kind TEXT NOT NULL,
            session_hash INTEGER,
            device TEXT,
            platform TEXT,
            app TEXT,
            official_app INTEGER,
            ip TEXT,
            location TEXT,
            login_date INTEGER,
            action TEXT
        );
        CREATE INDEX entries_by_account_time ON entries(account_id, at);",
    )?;
    Ok(())
}

/// SQLite's LIKE and lower() fold ASCII only; device names are often not ASCII, so the
/// device is kept lower-cased by Rust beside the original and searched there.
fn v2_device_search(tx: &Transaction<'_>) -> Result<(), JournalError> {
    tx.execute_batch("ALTER TABLE entries ADD COLUMN device_folded TEXT")?;
    let mut read = tx.prepare("SELECT id, device FROM entries WHERE device IS NOT NULL")?;
    let mut write = tx.prepare("UPDATE entries SET device_folded = ?2 WHERE id = ?1")?;
    let mut rows = read.query([])?;
    while let Some(row) = rows.next()? {
        let (id, device): (i64, String) = (row.get(0)?, row.get(1)?);
        write.execute(rusqlite::params![id, device.to_lowercase()])?;
    }
    Ok(())
}

/// A session's page reads its entries newest first by (account, hash, time); without this
/// index that is a scan of the account's whole timeline. `entries_by_time` serves the
/// timeline across all accounts the same way.
fn v3_indexes(tx: &Transaction<'_>) -> Result<(), JournalError> {
    tx.execute_batch(
        "CREATE INDEX entries_by_session ON entries(account_id, session_hash, at) WHERE session_hash IS NOT NULL;
        CREATE INDEX entries_by_time ON entries(at);",
    )?;
    Ok(())
}

/// Brings the database up to `target`, all pending steps in one transaction: a failure
/// (or a crash) leaves it at the version it had.
pub(crate) fn migrate(conn: &mut Connection, path: &Path, target: u32) -> Result<(), JournalError> {
    // IMMEDIATE takes the write lock before reading the version, so two processes opening
    // the same file at once cannot both run a step.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let found: u32 = tx.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(JournalError::TooNew { path: path.to_path_buf(), found, supported: SCHEMA_VERSION });
    }
    if found == 0 {
        let objects: i64 = tx.query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))?;
        if objects > 0 {
            return Err(JournalError::Corrupt {
                path: path.to_path_buf(),
                reason: "it is a SQLite database, but not one SessionGuard made".into(),
            });
        }
    }
    if found >= target {
        return Ok(());
    }
    for step in MIGRATIONS.iter().filter(|m| m.version > found && m.version <= target) {
        tracing::info!(version = step.version, what = step.what, "journal: migrating");
        (step.apply)(&tx)?;
        tx.pragma_update(None, "user_version", step.version)?;
    }
    tx.commit()?;
    Ok(())
}

/// A database at an older schema version, made by that version's steps only: what an
/// earlier SessionGuard left on disk. For tests of the upgrade path.
#[doc(hidden)]
pub fn create_at_version(path: &Path, version: u32) -> Result<(), JournalError> {
    let mut conn = crate::open::connect(path)?;
    migrate(&mut conn, path, version.min(SCHEMA_VERSION))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_numbered_one_by_one_up_to_the_schema_version() {
        let versions: Vec<u32> = MIGRATIONS.iter().map(|m| m.version).collect();
        assert_eq!(versions, (1..=SCHEMA_VERSION).collect::<Vec<_>>());
    }
}
