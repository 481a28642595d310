//! Every session ever seen: first and last seen, last active, all of Telegram's fields
//! as last reported, and when and by what it ended.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use sessionguard_core::{Session, SessionHash, SessionList};

use crate::{Batch, Journal, JournalError, accounts, time};

/// What ended a session. The journal's own type rather than core's `EndedBy`: a rule is
/// kept by name, so a row stays readable after a rule is renamed or retired, and `Unknown`
/// covers what nothing observed. Stored as the same JSON (`{"by":"rule","rule":"lockdown"}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum EndedBy {
    /// Terminated from SessionGuard by the person (window, tray, notification).
    Us,
    /// Terminated by one of SessionGuard's rules.
    Rule { rule: String },
    /// Telegram ended it after the account's inactive-session period.
    InactivityTtl,
    /// Another device ended it.
    Elsewhere,
    /// It was gone and nothing says why (e.g. it ended while the agent was not running).
    Unknown,
}

impl From<sessionguard_core::EndedBy> for EndedBy {
    fn from(by: sessionguard_core::EndedBy) -> EndedBy {
        use sessionguard_core::EndedBy as Core;
        match by {
            Core::Us => EndedBy::Us,
            Core::Rule(kind) => EndedBy::Rule { rule: crate::actions::rule_name(kind) },
            Core::InactivityTtl => EndedBy::InactivityTtl,
            Core::Elsewhere => EndedBy::Elsewhere,
        }
    }
}

/// One session as the journal knows it. IP addresses are kept on purpose: where a device
/// connected from is what the person wants to look back at. Nothing secret is stored
/// (Telegram does not tell one session another's keys, and no phone number is kept).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    pub account: String,
    /// The session as Telegram last reported it (its `date_active` the latest reported:
    /// Telegram's only moves forward).
    #[serde(flatten)]
    pub session: Session,
    /// When SessionGuard first saw it in the account's list.
    pub first_seen: DateTime<Utc>,
    /// When SessionGuard last saw it in the account's list.
    pub last_seen: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
    pub ended_by: Option<EndedBy>,
}

impl SessionRecord {
    pub fn is_ended(&self) -> bool {
        self.ended_at.is_some()
    }
}

/// How a session list compared with what the journal knew.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Observed {
    /// In the list, and not alive in the journal before: seen for the first time.
    pub new: Vec<SessionHash>,
    /// Alive in the journal but missing from the list: they ended, and nothing here has
    /// said how (e.g. while the agent was not running). The caller decides what to record.
    pub gone: Vec<SessionHash>,
}

const COLUMNS: &str = "account_id, hash, first_seen, last_seen, last_active, date_created, current, official_app, \
     password_pending, unconfirmed, encrypted_requests_disabled, call_requests_disabled, device_model, platform, \
     system_version, api_id, app_name, app_version, ip, country, region, ended_at, ended_by";

impl Batch<'_> {
    /// Records a session list seen at `at`: each session is added (first seen now) or
    /// brought up to date (last seen now, every field as reported), keyed by hash.
    pub fn observe_sessions(
        &mut self,
        account: &str,
        list: &SessionList,
        at: DateTime<Utc>,
    ) -> Result<Observed, JournalError> {
        let account_id = self.account_id(account, at)?;
        let live: HashSet<i64> = self
            .tx
            .prepare_cached("SELECT hash FROM sessions WHERE account_id = ?1 AND ended_at IS NULL")?
            .query_map([account_id], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        let mut upsert = self.tx.prepare_cached(
            "INSERT INTO sessions (account_id, hash, first_seen, last_seen, last_active, date_created, current,
                official_app, password_pending, unconfirmed, encrypted_requests_disabled, call_requests_disabled,
                device_model, platform, system_version, api_id, app_name, app_version, ip, country, region)
            VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)
            ON CONFLICT (account_id, hash) WHERE ended_at IS NULL DO UPDATE SET
                last_seen = excluded.last_seen,
                -- Telegram's date_active only moves forward; an older report does not undo a newer one.
                last_active = max(last_active, excluded.last_active),
                date_created = excluded.date_created, current = excluded.current,
                official_app = excluded.official_app, password_pending = excluded.password_pending,
                unconfirmed = excluded.unconfirmed,
                encrypted_requests_disabled = excluded.encrypted_requests_disabled,
                call_requests_disabled = excluded.call_requests_disabled,
                device_model = excluded.device_model, platform = excluded.platform,
                system_version = excluded.system_version, api_id = excluded.api_id,
                app_name = excluded.app_name, app_version = excluded.app_version,
                ip = excluded.ip, country = excluded.country, region = excluded.region",
        )?;
        let mut observed = Observed::default();
        let mut seen = HashSet::new();
        for s in &list.sessions {
            upsert.execute(rusqlite::params![
                account_id,
                s.hash.0,
                time::to_db(at),
                time::to_db(s.date_active),
                time::to_db(s.date_created),
                s.current,
                s.official_app,
                s.password_pending,
                s.unconfirmed,
                s.encrypted_requests_disabled,
                s.call_requests_disabled,
                s.device_model,
                s.platform,
                s.system_version,
                s.api_id,
                s.app_name,
                s.app_version,
                s.ip,
                s.country,
                s.region,
            ])?;
            if !live.contains(&s.hash.0) && seen.insert(s.hash.0) {
                observed.new.push(s.hash);
            }
            seen.insert(s.hash.0);
        }
        let mut gone: Vec<i64> = live.difference(&seen).copied().collect();
        gone.sort_unstable();
        observed.gone = gone.into_iter().map(SessionHash).collect();
        Ok(observed)
    }

    /// Records that the live session `hash` ended at `at`. Its row stays, with when and
    /// why. `Ok(false)` when no live session has that hash (never seen, or already ended).
    pub fn mark_ended(
        &mut self,
        account: &str,
        hash: SessionHash,
        at: DateTime<Utc>,
        by: EndedBy,
    ) -> Result<bool, JournalError> {
        let Some(account_id) = accounts::existing_id(&self.tx, account)? else {
            return Ok(false);
        };
        let by = crate::json::to_text(&by)?;
        let changed = self
            .tx
            .prepare_cached(
                "UPDATE sessions SET ended_at = ?3, ended_by = ?4
                WHERE account_id = ?1 AND hash = ?2 AND ended_at IS NULL",
            )?
            .execute(rusqlite::params![account_id, hash.0, time::to_db(at), by])?;
        Ok(changed > 0)
    }
}

impl Journal {
    /// [`Batch::observe_sessions`] in a transaction of its own.
    pub fn observe_sessions(
        &mut self,
        account: &str,
        list: &SessionList,
        at: DateTime<Utc>,
    ) -> Result<Observed, JournalError> {
        self.write(|b| b.observe_sessions(account, list, at))
    }

    /// [`Batch::mark_ended`] in a transaction of its own.
    pub fn mark_ended(
        &mut self,
        account: &str,
        hash: SessionHash,
        at: DateTime<Utc>,
        by: EndedBy,
    ) -> Result<bool, JournalError> {
        self.write(|b| b.mark_ended(account, hash, at, by))
    }

    /// The session with this hash: the live one, else the one that ended last.
    pub fn session(&self, account: &str, hash: SessionHash) -> Result<Option<SessionRecord>, JournalError> {
        let read = || -> Result<Option<SessionRecord>, JournalError> {
            match accounts::existing_id(&self.conn, account)? {
                Some(account_id) => latest(&self.conn, account_id, account, hash),
                None => Ok(None),
            }
        };
        read().map_err(|e| e.classify(&self.path))
    }

    /// The account's sessions: the live ones first (most recently active first), then,
    /// with `include_ended`, the ended ones (most recently ended first).
    pub fn sessions(&self, account: &str, include_ended: bool) -> Result<Vec<SessionRecord>, JournalError> {
        let read = || -> Result<Vec<SessionRecord>, JournalError> {
            let Some(account_id) = accounts::existing_id(&self.conn, account)? else {
                return Ok(Vec::new());
            };
            let sql = format!(
                "SELECT {COLUMNS} FROM sessions WHERE account_id = ?1 AND (?2 OR ended_at IS NULL)
                ORDER BY ended_at IS NULL DESC, ended_at DESC, last_active DESC, id DESC"
            );
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let records =
                stmt.query_map(rusqlite::params![account_id, include_ended], |row| read_record(row, account))?;
            Ok(records.collect::<Result<_, _>>()?)
        };
        read().map_err(|e| e.classify(&self.path))
    }
}

/// The live session with this hash, else the one that ended last.
pub(crate) fn latest(
    conn: &Connection,
    account_id: i64,
    account: &str,
    hash: SessionHash,
) -> Result<Option<SessionRecord>, JournalError> {
    let sql = format!(
        "SELECT {COLUMNS} FROM sessions WHERE account_id = ?1 AND hash = ?2
        ORDER BY ended_at IS NULL DESC, ended_at DESC, id DESC LIMIT 1"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    Ok(stmt.query_row(rusqlite::params![account_id, hash.0], |row| read_record(row, account)).optional()?)
}

fn read_record(row: &Row<'_>, account: &str) -> rusqlite::Result<SessionRecord> {
    Ok(SessionRecord {
        account: account.to_owned(),
        session: Session {
            hash: SessionHash(row.get("hash")?),
            current: row.get("current")?,
            official_app: row.get("official_app")?,
            password_pending: row.get("password_pending")?,
            encrypted_requests_disabled: row.get("encrypted_requests_disabled")?,
            call_requests_disabled: row.get("call_requests_disabled")?,
            unconfirmed: row.get("unconfirmed")?,
            device_model: row.get("device_model")?,
            platform: row.get("platform")?,
            system_version: row.get("system_version")?,
            api_id: row.get("api_id")?,
            app_name: row.get("app_name")?,
            app_version: row.get("app_version")?,
            date_created: time::column(row, "date_created")?,
            date_active: time::column(row, "last_active")?,
            ip: row.get("ip")?,
            country: row.get("country")?,
            region: row.get("region")?,
        },
        first_seen: time::column(row, "first_seen")?,
        last_seen: time::column(row, "last_seen")?,
        ended_at: time::column_opt(row, "ended_at")?,
        ended_by: crate::json::column_opt(row, "ended_by")?,
    })
}
