//! The History page's requests: the timeline, one session's page, and the export — read
//! from the journal and put in the window's words.

pub mod journal_link;
pub(crate) mod words;

use std::collections::HashMap;
use std::path::PathBuf;

use sessionguard_core::{CheckKind, SecureReport, SessionHash};
use sessionguard_i18n::Words;
use sessionguard_journal::{
    Action, Actor, EntryId, EntryKind, Journal, JournalError, SessionRecord, TimelineEntry, TimelineFilter,
    TwoStepChange,
};
use sessionguard_protocol::{
    Answer, ErrorBody, ErrorCode, ExportFormat, HistoryEntryView, HistoryFilter, SessionRecordView,
};

use crate::accounts::{Accounts, DEMO_ID};
use crate::history::words::{actor_words, ended_by_words};
use crate::storage::private_file::write_private_file;
use crate::words::untrusted_text::{FIELD_CHARS, one_line};

/// The most entries one page holds.
const PAGE_LIMIT: u32 = 200;
const DEFAULT_PAGE: u32 = 50;

impl Accounts {
    pub(crate) async fn history(&self, filter: HistoryFilter) -> Result<Answer, ErrorBody> {
        let limit = filter.limit.unwrap_or(DEFAULT_PAGE).clamp(1, PAGE_LIMIT);
        let mut query = timeline_filter(&filter)?;
        // One more than asked says whether there is a next page.
        query.limit = Some(limit + 1);
        let labels = self.labels();
        let words = sessionguard_i18n::words(self.setup.settings.language());
        let (mut entries, more) = self
            .setup
            .journal
            .run(move |journal| {
                let mut entries = journal.timeline(&query)?;
                let more = entries.len() > limit as usize;
                entries.truncate(limit as usize);
                Ok((views(journal, &entries, &labels, &words)?, more))
            })
            .await
            .map_err(storage)?;
        entries.truncate(limit as usize);
        Ok(Answer::History { entries, more })
    }

    pub(crate) async fn session_history(&self, account: &str, hash: SessionHash) -> Result<Answer, ErrorBody> {
        let (account, labels) = (account.to_owned(), self.labels());
        let words = sessionguard_i18n::words(self.setup.settings.language());
        let (session, entries) = self
            .setup
            .journal
            .run(move |journal| {
                let session = journal.session(&account, hash)?.map(|r| Box::new(record_view(&r, &words)));
                let entries = journal.session_timeline(&account, hash, PAGE_LIMIT)?;
                Ok((session, views(journal, &entries, &labels, &words)?))
            })
            .await
            .map_err(storage)?;
        Ok(Answer::SessionHistory { session, entries })
    }

    pub(crate) async fn export_history(
        &self,
        filter: HistoryFilter,
        format: ExportFormat,
        path: String,
    ) -> Result<Answer, ErrorBody> {
        let path = PathBuf::from(&path);
        if !path.is_absolute() {
            return Err(ErrorBody::new(ErrorCode::BadRequest, "choose where to save the history"));
        }
        let mut query = timeline_filter(&filter)?;
        query.limit = None;
        query.before = None;
        let target = path.clone();
        let count = self
            .setup
            .journal
            .read_apart(move |journal| {
                let written = write_private_file(&target, |file| match format {
                    ExportFormat::Csv => journal.export_csv(&query, file),
                    ExportFormat::Json => journal.export_json(&query, file),
                });
                match written {
                    Ok(Ok(count)) => Ok(count),
                    Ok(Err(error)) => Err(error.to_string()),
                    Err(refused) => Err(refused.to_string()),
                }
            })
            .await
            .map_err(storage)?;
        Ok(Answer::Exported { path: path.display().to_string(), entries: u32::try_from(count).unwrap_or(u32::MAX) })
    }

    /// Every account's name by id: the guarded ones and those remembered in the settings.
    fn labels(&self) -> HashMap<String, String> {
        let mut labels: HashMap<String, String> = HashMap::new();
        labels.insert(DEMO_ID.to_owned(), "Demo account".to_owned());
        for account in self.setup.settings.telegram_accounts() {
            labels.insert(account.id, account.label);
        }
        for guard in self.guards() {
            labels.insert(guard.id().to_owned(), guard.label().to_owned());
        }
        labels
    }
}

fn storage(reason: String) -> ErrorBody {
    ErrorBody::new(ErrorCode::Storage, reason)
}

fn timeline_filter(filter: &HistoryFilter) -> Result<TimelineFilter, ErrorBody> {
    let before = match &filter.before {
        Some(id) => Some(EntryId(
            id.parse().map_err(|_| ErrorBody::new(ErrorCode::BadRequest, format!("{id:?} is not an entry id")))?,
        )),
        None => None,
    };
    Ok(TimelineFilter {
        account: filter.account.clone().filter(|a| !a.is_empty()),
        kinds: filter.kinds.clone(),
        session: None,
        device: filter.device.clone().map(|d| d.trim().to_owned()).filter(|d| !d.is_empty()),
        since: filter.since,
        until: filter.until,
        before,
        limit: filter.limit,
    })
}

fn views(
    journal: &Journal,
    entries: &[TimelineEntry],
    labels: &HashMap<String, String>,
    words: &Words,
) -> Result<Vec<HistoryEntryView>, JournalError> {
    let mut ended: HashMap<(String, SessionHash), Option<String>> = HashMap::new();
    let mut views = Vec::with_capacity(entries.len());
    for entry in entries {
        let by = match (&entry.action, entry.kind, entry.hash) {
            (Some(action), _, _) => action_by(action, words),
            (None, EntryKind::Event(sessionguard_core::SecurityEventKind::SessionEnded), Some(hash)) => {
                let key = (entry.account.clone(), hash);
                if !ended.contains_key(&key) {
                    let by = journal
                        .session(&entry.account, hash)?
                        .and_then(|r| r.ended_by)
                        .map(|b| ended_by_words(&b, words));
                    ended.insert(key.clone(), by);
                }
                ended.get(&key).cloned().flatten()
            }
            _ => None,
        };
        views.push(HistoryEntryView {
            id: entry.id.0.to_string(),
            account: entry.account.clone(),
            account_label: labels.get(&entry.account).cloned().unwrap_or_else(|| entry.account.clone()),
            at: entry.at,
            kind: entry.kind,
            hash: entry.hash,
            device: entry.device.clone(),
            platform: entry.platform.clone(),
            app: entry.app.clone(),
            official_app: entry.official_app,
            ip: entry.ip.clone(),
            location: entry.location.clone(),
            by,
            detail: entry.action.as_ref().and_then(|action| action_detail(action, words)),
        });
    }
    Ok(views)
}

fn action_by(action: &Action, words: &Words) -> Option<String> {
    match action {
        Action::Terminated { by, .. } | Action::TerminatedOthers { by } => Some(actor_words(by, words)),
        Action::WebsiteLoggedOut { by, .. } | Action::WebsitesLoggedOut { by, .. } => Some(actor_words(by, words)),
        Action::Confirmed { .. }
        | Action::TtlChanged { .. }
        | Action::SettingsChanged { .. }
        | Action::Secured { .. }
        | Action::TwoStepChanged { .. } => Some(actor_words(&Actor::Person, words)),
        Action::AlertForwarded { .. } => None,
    }
}

fn action_detail(action: &Action, words: &Words) -> Option<String> {
    let text = |id: &str| words.text(id, &[]);
    match action {
        Action::TtlChanged { days } => Some(words.text("journal-ttl-changed", &[("days", (*days).into())])),
        Action::SettingsChanged { secret_chats, calls, .. } => {
            let on_off = |allowed: bool, on: &str, off: &str| text(if allowed { on } else { off });
            let mut parts = Vec::new();
            parts.extend(secret_chats.map(|a| on_off(a, "journal-secret-chats-on", "journal-secret-chats-off")));
            parts.extend(calls.map(|a| on_off(a, "journal-calls-on", "journal-calls-off")));
            Some(parts.join(", "))
        }
        Action::AlertForwarded { target, ok, detail } => Some(if *ok {
            words.text("journal-forwarded", &[("target", target.as_str().into()), ("detail", detail.as_str().into())])
        } else {
            words.text(
                "journal-forward-failed",
                &[("target", target.as_str().into()), ("detail", detail.as_str().into())],
            )
        }),
        Action::WebsiteLoggedOut { domain, .. } => Some(one_line(domain, FIELD_CHARS)),
        Action::WebsitesLoggedOut { count, .. } => Some(words.text("journal-websites", &[("count", (*count).into())])),
        Action::Secured { report } => Some(secure_words(report, words)),
        Action::TwoStepChanged { change } => Some(text(match change {
            TwoStepChange::TurnedOn => "journal-two-step-on",
            TwoStepChange::Changed => "journal-two-step-changed",
            TwoStepChange::TurnedOff => "journal-two-step-off",
            TwoStepChange::RecoveryEmailGiven => "journal-recovery-email-given",
            TwoStepChange::RecoveryEmailConfirmed => "journal-recovery-email-confirmed",
        })),
        Action::Terminated { .. } | Action::TerminatedOthers { .. } | Action::Confirmed { .. } => None,
    }
}

/// What "Secure my account" did, in one line for the history.
fn secure_words(report: &SecureReport, words: &Words) -> String {
    let mut parts = Vec::new();
    if report.sessions_ended > 0 {
        parts.push(words.text("journal-secured-sessions-ended", &[("count", report.sessions_ended.into())]));
    }
    if let Some(at) = report.sessions_wait_until.filter(|_| report.sessions_waiting > 0) {
        parts.push(words.text(
            "journal-secured-sessions-waiting",
            &[("count", report.sessions_waiting.into()), ("at", at.format("%Y-%m-%d %H:%M UTC").to_string().into())],
        ));
    }
    if report.websites_ended > 0 {
        parts.push(words.text("journal-secured-websites", &[("count", report.websites_ended.into())]));
    }
    if report.lockdown {
        parts.push(words.text("journal-secured-lockdown", &[]));
    }
    parts.extend(report.failed.iter().map(|f| one_line(f, 4 * FIELD_CHARS)));
    if report.to_do.contains(&CheckKind::TwoStep) {
        parts.push(words.text("journal-secured-to-do-two-step", &[]));
    } else if report.to_do.contains(&CheckKind::RecoveryEmail) {
        parts.push(words.text("journal-secured-to-do-email", &[]));
    }
    if parts.is_empty() { words.text("journal-secured-nothing", &[]) } else { parts.join("; ") }
}

fn record_view(record: &SessionRecord, words: &Words) -> SessionRecordView {
    SessionRecordView {
        account: record.account.clone(),
        session: record.session.clone(),
        first_seen: record.first_seen,
        last_seen: record.last_seen,
        ended_at: record.ended_at,
        ended_by: record.ended_by.as_ref().map(|by| ended_by_words(by, words)),
    }
}
