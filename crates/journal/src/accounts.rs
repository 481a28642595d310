//! Accounts: every row belongs to one, named by a short key ("demo", "telegram:<user id>").

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension};

use crate::{Batch, Journal, JournalError, time};

impl Batch<'_> {
    /// The account's row id, adding the account the first time it is written about.
    pub(crate) fn account_id(&self, key: &str, at: DateTime<Utc>) -> Result<i64, JournalError> {
        self.tx
            .prepare_cached("INSERT INTO accounts (key, first_seen) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING")?
            .execute(rusqlite::params![key, time::to_db(at)])?;
        existing_id(&self.tx, key)?.ok_or_else(|| JournalError::BadValue(format!("account {key:?} vanished")))
    }
}

impl Journal {
    /// Every account the journal has written about, in the order they first appeared.
    pub fn accounts(&self) -> Result<Vec<String>, JournalError> {
        let read = || -> Result<Vec<String>, JournalError> {
            let mut stmt = self.conn.prepare_cached("SELECT key FROM accounts ORDER BY id")?;
            let keys = stmt.query_map([], |row| row.get(0))?.collect::<Result<_, _>>()?;
            Ok(keys)
        };
        read().map_err(|e| e.classify(&self.path))
    }
}

/// The account's row id, if the journal knows it (reads never add accounts).
pub(crate) fn existing_id(conn: &Connection, key: &str) -> Result<Option<i64>, JournalError> {
    let id =
        conn.prepare_cached("SELECT id FROM accounts WHERE key = ?1")?.query_row([key], |row| row.get(0)).optional()?;
    Ok(id)
}

/// Row id to key, for turning rows back into entries; there are only ever a few accounts.
pub(crate) fn keys_by_id(conn: &Connection) -> Result<HashMap<i64, String>, JournalError> {
    let mut stmt = conn.prepare_cached("SELECT id, key FROM accounts")?;
    let keys = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?.collect::<Result<_, _>>()?;
    Ok(keys)
}
