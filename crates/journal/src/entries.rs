//! The timeline's rows: one per security event or action, written here and read back
//! into `TimelineEntry`.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::Row;
use sessionguard_core::{LoginDetails, SessionHash};

use crate::{Action, Batch, EntryId, JournalError, TimelineEntry, json, time};
use sessionguard_core::EntryKind;

pub(crate) struct NewEntry<'a> {
    pub account_id: i64,
    pub at: DateTime<Utc>,
    pub kind: EntryKind,
    pub hash: Option<SessionHash>,
    pub login: Option<&'a LoginDetails>,
    pub action: Option<&'a Action>,
}

/// The columns `read_entry` expects, in a query over `entries`.
pub(crate) const ENTRY_COLUMNS: &str =
    "id, account_id, at, kind, session_hash, device, platform, app, official_app, ip, location, login_date, action";

impl Batch<'_> {
    pub(crate) fn insert_entry(&mut self, entry: &NewEntry<'_>) -> Result<EntryId, JournalError> {
        let login = entry.login;
        let action = entry.action.map(json::to_text).transpose()?;
        self.tx
            .prepare_cached(
                "INSERT INTO entries (account_id, at, kind, session_hash, device, device_folded, platform, app,
                    official_app, ip, location, login_date, action)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )?
            .execute(rusqlite::params![
                entry.account_id,
                time::to_db(entry.at),
                entry.kind.name(),
                entry.hash.map(|h| h.0),
                login.map(|l| &l.device),
                login.map(|l| l.device.to_lowercase()),
                login.and_then(|l| l.platform.as_ref()),
                login.and_then(|l| l.app.as_ref()),
                login.and_then(|l| l.official_app),
                login.and_then(|l| l.ip.as_ref()),
                login.map(|l| &l.location),
                login.map(|l| time::to_db(l.date)),
                action,
            ])?;
        Ok(EntryId(self.tx.last_insert_rowid()))
    }

    /// What the journal knows of a session's device, in the shape an event carries.
    pub(crate) fn login_of(&self, account_id: i64, hash: SessionHash) -> Result<Option<LoginDetails>, JournalError> {
        let record = crate::sessions::latest(&self.tx, account_id, "", hash)?;
        Ok(record.map(|r| LoginDetails::from_session(&r.session)))
    }
}

/// A row of `ENTRY_COLUMNS` as a timeline entry; `accounts` maps row ids to keys.
pub(crate) fn read_entry(row: &Row<'_>, accounts: &HashMap<i64, String>) -> rusqlite::Result<TimelineEntry> {
    let kind_name: String = row.get("kind")?;
    let kind = EntryKind::from_name(&kind_name).ok_or_else(|| {
        let index = row.as_ref().column_index("kind").unwrap_or(3);
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            format!("unknown kind {kind_name:?}").into(),
        )
    })?;
    let account_id: i64 = row.get("account_id")?;
    Ok(TimelineEntry {
        id: EntryId(row.get("id")?),
        account: accounts.get(&account_id).cloned().unwrap_or_default(),
        at: time::column(row, "at")?,
        kind,
        hash: row.get::<_, Option<i64>>("session_hash")?.map(SessionHash),
        device: row.get("device")?,
        platform: row.get("platform")?,
        app: row.get("app")?,
        official_app: row.get("official_app")?,
        ip: row.get("ip")?,
        location: row.get("location")?,
        login_date: time::column_opt(row, "login_date")?,
        action: json::column_opt(row, "action")?,
    })
}
