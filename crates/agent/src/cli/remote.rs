//! `sessionguard-agent status | sessions | terminate | history | export`: the running agent,
//! asked over its socket, from a terminal or a script. Words for people by default,
//! `--json` for scripts; the agent's own errors, word for word; exit codes a script can
//! tell apart (see [`Exit`]). Everything a server chose (device names, places) is put on
//! one line without control characters before it reaches a terminal.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use sessionguard_core::Session;
use sessionguard_protocol::{
    AccountRequest, AgentClient, AgentState, Answer, ClientError, ExportFormat, HistoryEntryView, HistoryFilter,
    Request,
};

use crate::cli::Remote;
use crate::words::untrusted_text::{FIELD_CHARS, one_line};

/// How a command ended, as its exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Done = 0,
    /// Something else went wrong (the connection broke, an answer made no sense).
    Failed = 1,
    /// No agent runs for this user (start it, or the window).
    NoAgent = 4,
    /// The agent refused: an unknown session, the 24-hour rule, a bad date…
    Refused = 5,
}

/// Runs one command against the agent listening at `socket`; what to print goes to
/// stdout, errors to stderr.
pub async fn run(command: Remote, socket: &Path) -> Exit {
    let client = match AgentClient::connect(socket).await {
        Ok((client, _events)) => client,
        Err(error) => return fail(&error),
    };
    match command_on(&client, command).await {
        Ok(text) => {
            print!("{text}");
            Exit::Done
        }
        Err(error) => fail(&error),
    }
}

fn fail(error: &ClientError) -> Exit {
    eprintln!("sessionguard-agent: {error}");
    match error {
        ClientError::Unreachable(_) => Exit::NoAgent,
        ClientError::Agent(_) => Exit::Refused,
        ClientError::NotOurs | ClientError::Closed | ClientError::TimedOut => Exit::Failed,
    }
}

/// What the command prints.
async fn command_on(client: &AgentClient, command: Remote) -> Result<String, ClientError> {
    match command {
        Remote::Status { json } => {
            let state = client.request(Request::GetState).await?;
            Ok(if json {
                to_json(&serde_json::json!({ "accounts": state.accounts, "notices": state.notices }))
            } else {
                status_text(&state)
            })
        }
        Remote::Sessions { account, json } => {
            let state = account_state(client, account).await?;
            Ok(if json { to_json(&state.sessions) } else { sessions_text(&state) })
        }
        Remote::Terminate { hash, all_others, account, json } => {
            let state = account_state(client, account).await?;
            let Some(shown) = state.account.as_ref() else { return Err(no_account()) };
            let (action, done) = match (hash, all_others) {
                (Some(hash), _) => {
                    let Some(view) = state.sessions.iter().find(|s| s.session.hash == hash) else {
                        return Err(refused(format!(
                            "no session of {} has the hash {hash}: it has ended, or see `sessionguard-agent sessions`",
                            safe(&shown.label)
                        )));
                    };
                    let done = format!("Terminated {}.", device_name(&view.session));
                    (AccountRequest::Terminate { hash }, done)
                }
                (None, _) => (AccountRequest::TerminateOthers, "Terminated every other session.".to_owned()),
            };
            let after = client.request(Request::Account { account: shown.id.clone(), action }).await?;
            Ok(if json { to_json(&after.sessions) } else { format!("{done}\n") })
        }
        Remote::History { since, account, limit, json } => {
            let filter =
                HistoryFilter { account, since: since.map(|d| d.0), limit: Some(limit), ..HistoryFilter::default() };
            match client.ask(Request::History { filter }).await? {
                Answer::History { entries, more } => {
                    Ok(if json { to_json(&entries) } else { history_text(&entries, more) })
                }
                _ => Err(unexpected()),
            }
        }
        Remote::Export { csv: _, json, file, since, account } => {
            let format = if json { ExportFormat::Json } else { ExportFormat::Csv };
            let filter = HistoryFilter { account, since: since.map(|d| d.0), ..HistoryFilter::default() };
            let path = absolute(&file).display().to_string();
            match client.ask(Request::ExportHistory { filter, format, path }).await? {
                Answer::Exported { path, entries: 1 } => Ok(format!("Exported 1 entry to {path}.\n")),
                Answer::Exported { path, entries } => Ok(format!("Exported {entries} entries to {path}.\n")),
                _ => Err(unexpected()),
            }
        }
    }
}

/// The state of `account`, or of the account the window shows.
async fn account_state(client: &AgentClient, account: Option<String>) -> Result<AgentState, ClientError> {
    let state = match account {
        Some(account) => client.request(Request::AccountState { account }).await?,
        None => client.request(Request::GetState).await?,
    };
    if state.account.is_none() {
        return Err(no_account());
    }
    Ok(state)
}

fn no_account() -> ClientError {
    ClientError::Agent(sessionguard_protocol::ErrorBody::new(
        sessionguard_protocol::ErrorCode::SignedOut,
        "SessionGuard guards no account yet: sign in from the window first",
    ))
}

fn refused(message: String) -> ClientError {
    ClientError::Agent(sessionguard_protocol::ErrorBody::new(
        sessionguard_protocol::ErrorCode::SessionNotFound,
        message,
    ))
}

fn unexpected() -> ClientError {
    ClientError::Agent(sessionguard_protocol::ErrorBody::new(
        sessionguard_protocol::ErrorCode::Protocol,
        "the agent answered with something else",
    ))
}

fn to_json(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).map(|text| text + "\n").unwrap_or_default()
}

fn absolute(file: &Path) -> PathBuf {
    if file.is_absolute() {
        file.to_path_buf()
    } else {
        std::env::current_dir().map(|d| d.join(file)).unwrap_or_else(|_| file.to_path_buf())
    }
}

/// Server-chosen text, safe for a terminal: one line, no control characters, capped.
fn safe(text: &str) -> String {
    one_line(text, FIELD_CHARS)
}

fn device_name(session: &Session) -> String {
    let name = if session.device_model.trim().is_empty() { &session.app_name } else { &session.device_model };
    safe(name)
}

fn status_text(state: &AgentState) -> String {
    let mut out = match state.accounts.len() {
        0 => "SessionGuard is running and guards no account yet: sign in from the window.\n".to_owned(),
        1 => "SessionGuard is guarding 1 account:\n".to_owned(),
        n => format!("SessionGuard is guarding {n} accounts:\n"),
    };
    for tab in &state.accounts {
        let alerts = match tab.alerts {
            0 => "no alert waiting".to_owned(),
            1 => "1 alert waiting".to_owned(),
            n => format!("{n} alerts waiting"),
        };
        let trouble = if tab.trouble { "; its last refresh failed" } else { "" };
        out += &format!("  {} ({}): {alerts}{trouble}\n", safe(&tab.label), tab.id);
    }
    for notice in &state.notices {
        out += &format!("Notice: {}\n", safe_long(&notice.text));
    }
    out
}

fn safe_long(text: &str) -> String {
    one_line(text, 4 * FIELD_CHARS)
}

fn sessions_text(state: &AgentState) -> String {
    let label = state.account.as_ref().map(|a| safe(&a.label)).unwrap_or_default();
    let mut out = format!("{label}: {} sessions\n", state.sessions.len());
    let mut sessions: Vec<&Session> = state.sessions.iter().map(|view| &view.session).collect();
    sessions.sort_by_key(|s| (!s.current, std::cmp::Reverse(s.date_active)));
    for s in sessions {
        let who = if s.current { "this device".to_owned() } else { s.hash.to_string() };
        let (app, place) = (safe(&s.app()), safe(&s.location()));
        out += &format!(
            "  {who:<20}  {:<28}  {app:<28}  {:<16}  {place:<24}  active {}\n",
            device_name(s),
            safe(&s.ip),
            s.date_active.format("%Y-%m-%d %H:%M UTC"),
        );
    }
    out
}

fn history_text(entries: &[HistoryEntryView], more: bool) -> String {
    let mut out = String::new();
    for e in entries {
        let device = e.device.as_deref().map(safe).unwrap_or_default();
        let by = e.by.as_deref().map(|b| format!(" by {}", safe(b))).unwrap_or_default();
        out += &format!("{}  {:<22}  {device}{by}\n", e.at.format("%Y-%m-%d %H:%M UTC"), e.kind);
    }
    if entries.is_empty() {
        out += "Nothing in the history for that.\n";
    }
    if more {
        out += "(older entries left out: ask with --limit or --since)\n";
    }
    out
}

/// A date on the command line: `2026-12-01` (midnight UTC) or RFC 3339.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Since(pub DateTime<Utc>);

impl std::str::FromStr for Since {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if let Ok(at) = DateTime::parse_from_rfc3339(text) {
            return Ok(Self(at.with_timezone(&Utc)));
        }
        NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .ok()
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|d| Self(d.and_utc()))
            .ok_or_else(|| format!("{text:?} is not a date: write 2026-12-01 or 2026-12-01T08:00:00Z"))
    }
}
