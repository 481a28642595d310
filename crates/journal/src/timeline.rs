//! The timeline: events and actions newest first, filtered and paged, and a session's
//! own history.

use chrono::{DateTime, Utc};
use rusqlite::OptionalExtension;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use sessionguard_core::{LoginDetails, SecurityEvent, SessionHash};

use crate::entries::{ENTRY_COLUMNS, read_entry};
use crate::{Action, Journal, JournalError, accounts, time};
use sessionguard_core::EntryKind;

/// A timeline entry's id: stable, and increasing in the order entries were written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntryId(pub i64);

impl std::fmt::Display for EntryId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// One event or action. The device columns are what was known when it was written: the
/// login's for an event, the session's (as last seen) for an action on a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    pub id: EntryId,
    pub account: String,
    pub at: DateTime<Utc>,
    pub kind: EntryKind,
    /// The session it is about, if any.
    pub hash: Option<SessionHash>,
    pub device: Option<String>,
    /// Platform and system version ("iOS 17.1").
    pub platform: Option<String>,
    /// App name and version ("Telegram iOS 10.2").
    pub app: Option<String>,
    pub official_app: Option<bool>,
    /// Kept on purpose: where a login came from is what the person looks back for.
    pub ip: Option<String>,
    /// "Region, Country".
    pub location: Option<String>,
    /// When the session was created, as Telegram reported it.
    pub login_date: Option<DateTime<Utc>>,
    /// The action, for an action entry.
    pub action: Option<Action>,
}

impl TimelineEntry {
    /// The security event again, for an event entry.
    pub fn event(&self) -> Option<SecurityEvent> {
        let EntryKind::Event(kind) = self.kind else {
            return None;
        };
        let login = match (self.hash, &self.device, self.login_date) {
            (Some(hash), Some(device), Some(date)) => Some(LoginDetails {
                hash,
                device: device.clone(),
                platform: self.platform.clone(),
                app: self.app.clone(),
                official_app: self.official_app,
                ip: self.ip.clone(),
                location: self.location.clone().unwrap_or_default(),
                date,
            }),
            _ => None,
        };
        Some(SecurityEvent { kind, login, at: self.at })
    }
}

/// Which entries to read. Every field narrows; the default is everything, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TimelineFilter {
    /// One account's entries (else every account's).
    pub account: Option<String>,
    /// Only these kinds (empty: all).
    pub kinds: Vec<EntryKind>,
    /// Only entries about this session. Fast together with `account`.
    pub session: Option<SessionHash>,
    /// Device name contains this, ignoring case.
    pub device: Option<String>,
    /// At or after.
    pub since: Option<DateTime<Utc>>,
    /// Before.
    pub until: Option<DateTime<Utc>>,
    /// The next page: entries older than this one (the last of the previous page).
    pub before: Option<EntryId>,
    /// At most this many (else all of them).
    pub limit: Option<u32>,
}

impl TimelineFilter {
    pub fn account(account: impl Into<String>) -> TimelineFilter {
        TimelineFilter { account: Some(account.into()), ..TimelineFilter::default() }
    }
}

impl Journal {
    /// Entries matching `filter`, newest first (by time, then by id).
    pub fn timeline(&self, filter: &TimelineFilter) -> Result<Vec<TimelineEntry>, JournalError> {
        let mut entries = Vec::new();
        self.each_entry(filter, |entry| {
            entries.push(entry);
            Ok(())
        })?;
        Ok(entries)
    }

    /// Everything recorded about one session, newest first: the page the window shows
    /// beside [`Journal::session`].
    pub fn session_timeline(
        &self,
        account: &str,
        hash: SessionHash,
        limit: u32,
    ) -> Result<Vec<TimelineEntry>, JournalError> {
        let filter = TimelineFilter { session: Some(hash), limit: Some(limit), ..TimelineFilter::account(account) };
        self.timeline(&filter)
    }

    /// Calls `f` with each matching entry in turn, without holding them all (exports).
    pub(crate) fn each_entry(
        &self,
        filter: &TimelineFilter,
        mut f: impl FnMut(TimelineEntry) -> Result<(), JournalError>,
    ) -> Result<(), JournalError> {
        let mut run = || -> Result<(), JournalError> {
            let Some(query) = build_query(self, filter)? else {
                return Ok(());
            };
            let keys = accounts::keys_by_id(&self.conn)?;
            let mut stmt = self.conn.prepare_cached(&query.sql)?;
            let mut rows = stmt.query(rusqlite::params_from_iter(query.params))?;
            while let Some(row) = rows.next()? {
                f(read_entry(row, &keys)?)?;
            }
            Ok(())
        };
        run().map_err(|e| e.classify(&self.path))
    }
}

pub(crate) struct Query {
    pub sql: String,
    pub params: Vec<Value>,
}

/// The SQL for `filter`, or `None` when nothing can match (an account never written).
pub(crate) fn build_query(journal: &Journal, filter: &TimelineFilter) -> Result<Option<Query>, JournalError> {
    let mut sql = format!("SELECT {ENTRY_COLUMNS} FROM entries WHERE 1");
    let mut params = Vec::new();
    if let Some(account) = &filter.account {
        let Some(id) = accounts::existing_id(&journal.conn, account)? else {
            return Ok(None);
        };
        sql.push_str(" AND account_id = ?");
        params.push(Value::Integer(id));
    }
    if let Some(hash) = filter.session {
        sql.push_str(" AND session_hash = ?");
        params.push(Value::Integer(hash.0));
    }
    if !filter.kinds.is_empty() {
        let marks = vec!["?"; filter.kinds.len()].join(", ");
        sql.push_str(&format!(" AND kind IN ({marks})"));
        params.extend(filter.kinds.iter().map(|k| Value::Text(k.name().into())));
    }
    if let Some(device) = filter.device.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        sql.push_str(" AND instr(device_folded, ?) > 0");
        params.push(Value::Text(device.to_lowercase()));
    }
    if let Some(since) = filter.since {
        sql.push_str(" AND at >= ?");
        params.push(Value::Integer(time::to_db(since)));
    }
    if let Some(until) = filter.until {
        sql.push_str(" AND at < ?");
        params.push(Value::Integer(time::to_db(until)));
    }
    if let Some(before) = filter.before {
        // Keyset paging: strictly after `before` in (time desc, id desc) order. Written as
        // a range on `at` plus a tie-break so the time index still bounds the scan.
        let at: i64 = journal
            .conn
            .prepare_cached("SELECT at FROM entries WHERE id = ?1")?
            .query_row([before.0], |row| row.get(0))
            .optional()?
            .ok_or(JournalError::UnknownEntry(before))?;
        sql.push_str(" AND at <= ? AND (at < ? OR id < ?)");
        params.extend([Value::Integer(at), Value::Integer(at), Value::Integer(before.0)]);
    }
    sql.push_str(" ORDER BY at DESC, id DESC");
    if let Some(limit) = filter.limit {
        sql.push_str(" LIMIT ?");
        params.push(Value::Integer(i64::from(limit)));
    }
    Ok(Some(Query { sql, params }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(journal: &Journal, filter: &TimelineFilter) -> Result<String, JournalError> {
        let query = build_query(journal, filter)?.ok_or(JournalError::BadValue("no query".into()))?;
        let mut stmt = journal.conn.prepare(&format!("EXPLAIN QUERY PLAN {}", query.sql))?;
        let rows = stmt.query_map(rusqlite::params_from_iter(query.params), |row| row.get::<_, String>(3))?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?.join(" | "))
    }

    /// Each page reads its rows off an index already in the order shown, never a sort of
    /// the whole history.
    #[test]
    fn each_page_walks_an_index_in_order() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let mut journal = Journal::open(dir.path().join("journal.sqlite3"))?;
        journal.record_event(
            "demo",
            &SecurityEvent {
                kind: sessionguard_core::SecurityEventKind::LoginCodeRequested,
                login: None,
                at: Utc::now(),
            },
        )?;
        let id = journal.timeline(&TimelineFilter::default())?[0].id;

        let session =
            TimelineFilter { session: Some(SessionHash(5)), limit: Some(100), ..TimelineFilter::account("demo") };
        let account = TimelineFilter {
            kinds: vec![EntryKind::Event(sessionguard_core::SecurityEventKind::NewLogin)],
            device: Some("pixel".into()),
            since: Some(Utc::now()),
            before: Some(id),
            limit: Some(100),
            ..TimelineFilter::account("demo")
        };
        let everyone = TimelineFilter { limit: Some(100), ..TimelineFilter::default() };
        for (filter, index) in
            [(session, "entries_by_session"), (account, "entries_by_account_time"), (everyone, "entries_by_time")]
        {
            let plan = plan(&journal, &filter)?;
            assert!(plan.contains(index), "{filter:?} should use {index}: {plan}");
            assert!(!plan.contains("TEMP B-TREE"), "{filter:?} sorts: {plan}");
        }
        Ok(())
    }
}
