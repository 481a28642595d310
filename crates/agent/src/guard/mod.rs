//! The guard of one account: its loop (pushes and polls through the watcher), the state
//! the window sees of it, and the alerts waiting for the person. What happens on each
//! event is in `events`, what the person can do in `actions` (and `secure`, `two_step`,
//! `websites`); the rules' terminations that wait for the 24-hour rule in `waiting_rules`.

mod actions;
pub(crate) mod events;
mod secure;
mod two_step;
pub mod waiting_rules;
mod websites;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::StreamExt;
use sessionguard_core::{
    AccountApi, ApiError, Check, Clock, EndedBy, PasswordStatus, SecureReport, SessionHash, SessionList, Watcher,
    Website,
};
use sessionguard_protocol::{AccountTab, AccountView, AlertView, CheckupView, ErrorBody, RuleOutcome, SessionView};

use crate::alerts::outlets::Outlets;
use crate::guard::events::Deferred;
use crate::guard::waiting_rules::WaitingRules;
use crate::history::journal_link::JournalLink;
use crate::storage::settings_store::SettingsStore;

/// How often the account is asked for its list when no push came: more often while a
/// window shows it.
#[derive(Debug, Clone, Copy)]
pub struct PollIntervals {
    pub window_open: Duration,
    pub in_tray: Duration,
}

impl Default for PollIntervals {
    fn default() -> Self {
        Self { window_open: Duration::from_secs(60), in_tray: Duration::from_secs(300) }
    }
}

impl PollIntervals {
    /// The wait before the next poll: the interval for where the person is, give or take
    /// a tenth (so many agents do not ask in step), and never before a flood wait ends.
    pub fn next(&self, window_open: bool, flood_wait: Option<Duration>) -> Duration {
        let base = if window_open { self.window_open } else { self.in_tray };
        let jittered = base.mul_f64(0.9 + 0.2 * jitter());
        flood_wait.map_or(jittered, |wait| jittered.max(wait))
    }
}

/// A number in [0, 1) that differs from call to call; not for anything secret.
fn jitter() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher
        .write_u128(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos());
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// What one guard is given.
#[derive(Debug, Clone)]
pub struct GuardContext {
    pub clock: Arc<dyn Clock>,
    pub outlets: Outlets,
    pub journal: JournalLink,
    pub settings: Arc<SettingsStore>,
    /// Rule terminations waiting for the 24-hour rule, kept across restarts.
    pub waiting_rules: Arc<WaitingRules>,
}

#[derive(Debug)]
pub struct Guard {
    /// The account's id in requests and in the journal ("demo", "telegram-…").
    pub(crate) id: String,
    pub(crate) label: String,
    pub(crate) demo: bool,
    pub(crate) account: Arc<dyn AccountApi>,
    pub(crate) cx: GuardContext,
    state: Mutex<GuardState>,
    /// Wakes the loop for an early refresh.
    refresh_now: tokio::sync::Notify,
    /// Told when the account says we are signed out (our session was ended elsewhere).
    signed_out: tokio::sync::Notify,
}

#[derive(Debug)]
pub(crate) struct GuardState {
    watcher: Watcher,
    list: Option<SessionList>,
    error: Option<ErrorBody>,
    alerts: Vec<AlertView>,
    next_alert_id: u32,
    refreshed_at: Option<DateTime<Utc>>,
    /// Sessions SessionGuard itself ended, and how, until the list shows them gone.
    ended_by_us: HashMap<SessionHash, EndedBy>,
    /// Rule terminations waiting for the 24 h rule.
    deferred: Vec<Deferred>,
    /// The sessions the history had alive when the last run ended, until the first list
    /// of this run is compared with them.
    left_off: Option<SessionList>,
    password: Option<PasswordStatus>,
    /// The 2-step status was asked for at least once. Until then no checkup is shown: it
    /// would flash "could not be checked" for a status that is merely not read yet.
    password_asked: bool,
    checkup: Option<(Vec<Check>, DateTime<Utc>)>,
    /// The connected websites in the last list that could be read.
    websites: Option<Vec<Website>>,
    /// What "Secure my account" did, until the window closes the report.
    secure_report: Option<SecureReport>,
    /// "Secure my account" ends the other sessions then (Telegram's 24-hour rule).
    secure_waiting_until: Option<DateTime<Utc>>,
    /// A recovery email waits for its emailed code of this many digits.
    email_code_length: Option<u32>,
}

impl Guard {
    pub fn new(
        id: impl Into<String>,
        label: impl Into<String>,
        account: Arc<dyn AccountApi>,
        demo: bool,
        cx: GuardContext,
    ) -> Arc<Self> {
        let state = GuardState {
            watcher: Watcher::new(cx.clock.clone()),
            list: None,
            error: None,
            alerts: Vec::new(),
            next_alert_id: 1,
            refreshed_at: None,
            ended_by_us: HashMap::new(),
            deferred: Vec::new(),
            left_off: None,
            password: None,
            password_asked: false,
            checkup: None,
            websites: None,
            secure_report: None,
            secure_waiting_until: None,
            email_code_length: None,
        };
        Arc::new(Self {
            id: id.into(),
            label: label.into(),
            demo,
            account,
            cx,
            state: Mutex::new(state),
            refresh_now: tokio::sync::Notify::new(),
            signed_out: tokio::sync::Notify::new(),
        })
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn label(&self) -> &str {
        &self.label
    }

    pub fn is_demo(&self) -> bool {
        self.demo
    }

    /// Returns once the account said our session was ended elsewhere.
    pub async fn signed_out(&self) {
        self.signed_out.notified().await;
    }

    /// Runs the account: the first list and checkup, then every push, poll and deferred
    /// rule, for ever.
    pub async fn run(self: Arc<Self>, polls: PollIntervals) {
        let mut pushes = self.account.events();
        self.pick_up_where_we_left_off().await;
        self.refresh().await;
        self.run_checkup().await;
        loop {
            let interval = polls.next(self.cx.outlets.has_subscribers(), self.flood_wait());
            let rule_due = self.next_due_at().and_then(|at| (at - self.cx.clock.now()).to_std().ok());
            tokio::select! {
                push = pushes.next() => match push {
                    // The push says little and the list says everything, so the list
                    // goes first; the push raises only what the list did not show.
                    Some(push) => {
                        self.refresh().await;
                        let events = self.lock().watcher.observe_push(&push);
                        self.handle_events(events, None, false).await;
                    }
                    None => {
                        tracing::warn!(account = %self.label, "the account's push stream ended; polling only");
                        pushes = futures::stream::pending().boxed();
                    }
                },
                () = tokio::time::sleep(interval) => self.refresh().await,
                () = self.refresh_now.notified() => self.refresh().await,
                () = sleep_for(rule_due) => self.run_deferred().await,
            }
        }
    }

    /// Reads from the history which sessions were alive when the last run stopped, so the
    /// first list is compared with them (an account seen for the first time, and the demo,
    /// which starts over each run, begin from their first list instead).
    async fn pick_up_where_we_left_off(&self) {
        if self.demo {
            return;
        }
        // Rule terminations that were waiting for Telegram's 24-hour rule wait on.
        let waiting = self.cx.waiting_rules.of(&self.id);
        if !waiting.is_empty() {
            tracing::info!(account = %self.label, count = waiting.len(), "rule terminations still wait");
            self.lock().deferred = waiting;
        }
        // So does a "Secure my account" that waited to end the other sessions.
        if let Some(at) = self.cx.waiting_rules.secure_until(&self.id) {
            tracing::info!(account = %self.label, %at, "'Secure my account' still waits to end the other sessions");
            self.lock().secure_waiting_until = Some(at);
        }
        let id = self.id.clone();
        let records = self.cx.journal.write(move |journal| journal.sessions(&id, true)).await.unwrap_or_default();
        if records.is_empty() {
            return;
        }
        let alive: Vec<_> = records.iter().filter(|r| !r.is_ended()).map(|r| r.session.clone()).collect();
        let mut state = self.lock();
        state.watcher = Watcher::resuming(self.cx.clock.clone(), &alive);
        state.left_off = Some(SessionList { sessions: alive, inactive_ttl_days: 0 });
    }

    /// Asks the account for its list and handles what changed.
    pub async fn refresh(&self) {
        let result = self.account.list_sessions().await;
        let now = self.cx.clock.now();
        match result {
            Ok(list) => {
                let (events, previous, first, while_away) = {
                    let mut state = self.lock();
                    let events = state.watcher.observe_list(&list);
                    let alive: Vec<SessionHash> = list.sessions.iter().map(|s| s.hash).collect();
                    // An alert about a login that is gone has been answered.
                    state.alerts.retain(|a| {
                        a.kind.is_website()
                            || a.login.as_ref().is_none_or(|l| alive.contains(&l.hash))
                            || a.rule.as_ref().is_some_and(RuleOutcome::acted)
                    });
                    let previous = state.list.replace(list.clone());
                    let first = previous.is_none();
                    // The first list after a restart is compared with where the last run
                    // left off: what changed in between happened while we were away.
                    let left_off = if first { state.left_off.take() } else { None };
                    let while_away = left_off.is_some();
                    let previous =
                        previous.or(left_off.map(|l| SessionList { inactive_ttl_days: list.inactive_ttl_days, ..l }));
                    state.error = None;
                    state.refreshed_at = Some(now);
                    (events, previous, first, while_away)
                };
                // Sessions gone while we were away are marked by their events below.
                self.journal_list(&list, now, first && !while_away).await;
                let new: Vec<SessionHash> = events
                    .iter()
                    .filter(|e| e.kind.is_login())
                    .filter_map(|e| e.login.as_ref().map(|l| l.hash))
                    .collect();
                self.handle_events(events, previous.as_ref(), while_away).await;
                self.bind_unbound_trust(&list, &new).await;
                self.refresh_websites().await;
                self.recheck();
                self.retime_deferred();
                if self.next_due_at().is_some_and(|at| at <= now) {
                    self.run_deferred().await;
                }
            }
            Err(error) => {
                tracing::warn!(account = %self.label, %error, "refreshing the session list failed");
                if error == ApiError::SignedOut {
                    self.signed_out.notify_one();
                }
                self.lock().error = Some(ErrorBody::from_api(&error, now));
            }
        }
        self.publish_state();
    }

    /// Asks for an early refresh without waiting for it.
    pub fn refresh_soon(&self) {
        self.refresh_now.notify_one();
    }

    /// A window opened: the person is looking, so the list is fetched now instead of at the
    /// end of a tray-cadence wait already running (minutes) — unless Telegram asked us to
    /// wait, which is respected.
    pub fn window_opened(&self) {
        if self.flood_wait().is_none() {
            self.refresh_soon();
        }
    }

    /// The computer woke from sleep or the network came back: what happened meanwhile is
    /// read now — the pushes the stream missed and the list — instead of after the rest of
    /// a poll interval (whose timer, on a sleeping machine, stood still). A flood wait is
    /// still respected for the list.
    pub async fn woke(&self) {
        self.account.catch_up().await;
        if self.flood_wait().is_none() {
            self.refresh_soon();
        }
    }

    /// The account as the window shows it.
    pub fn view(&self) -> AccountView {
        AccountView { id: self.id.clone(), label: self.label.clone(), demo: self.demo }
    }

    pub fn tab(&self) -> AccountTab {
        let state = self.lock();
        AccountTab {
            id: self.id.clone(),
            label: self.label.clone(),
            demo: self.demo,
            alerts: u32::try_from(state.alerts.len()).unwrap_or(u32::MAX),
            trouble: state.error.is_some(),
        }
    }

    pub fn pending_alerts(&self) -> usize {
        self.lock().alerts.len()
    }

    /// The ids of the alerts waiting.
    pub fn alert_ids(&self) -> Vec<u32> {
        self.lock().alerts.iter().map(|a| a.id).collect()
    }

    /// Fills the account part of the window's state.
    pub fn fill(&self, state: &mut sessionguard_protocol::AgentState) {
        let rules = self.cx.settings.settings().rules;
        let guard = self.lock();
        let sessions = guard
            .list
            .as_ref()
            .map(|l| l.sessions.iter().map(|s| SessionView::new(s, !s.current && rules.is_trusted(s))).collect());
        state.account = Some(self.view());
        state.sign_in = None;
        state.loaded = guard.list.is_some();
        state.error = guard.error.clone();
        state.sessions = sessions.unwrap_or_default();
        state.inactive_ttl_days = guard.list.as_ref().map_or(0, |l| l.inactive_ttl_days);
        state.may_reset_others_from = guard.list.as_ref().and_then(|l| l.current()).map(|s| s.may_reset_others_from());
        state.websites = guard.websites.clone().unwrap_or_default();
        state.secure_report = guard.secure_report.clone();
        state.email_code_length = guard.email_code_length;
        state.alerts = guard.alerts.clone();
        state.refreshed_at = guard.refreshed_at;
        state.checkup =
            guard.checkup.as_ref().map(|(checks, at)| CheckupView { checks: checks.clone(), checked_at: *at });
    }

    /// Tells the window and the tray that something changed.
    pub(crate) fn publish_state(&self) {
        self.cx.outlets.changed();
    }

    /// How long Telegram asked us to wait, when the last refresh was told to.
    fn flood_wait(&self) -> Option<Duration> {
        let at = self.lock().error.as_ref()?.retry_at?;
        (at - self.cx.clock.now()).to_std().ok()
    }

    pub(crate) fn may_reset_others_from(&self) -> Option<DateTime<Utc>> {
        self.lock().list.as_ref().and_then(|l| l.current()).map(|s| s.may_reset_others_from())
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, GuardState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

async fn sleep_for(wait: Option<Duration>) {
    match wait {
        Some(wait) => tokio::time::sleep(wait).await,
        None => futures::future::pending().await,
    }
}

impl Guard {
    /// What "Terminate" on an alert's notification asks for, if it is still alerting: the
    /// login's session ended, or the website logged out.
    pub fn alert_terminate_request(&self, alert_id: u32) -> Option<sessionguard_protocol::AccountRequest> {
        use sessionguard_protocol::AccountRequest;
        let state = self.lock();
        let alert = state.alerts.iter().find(|a| a.id == alert_id)?;
        let hash = alert.login.as_ref()?.hash;
        Some(if alert.kind.is_website() {
            AccountRequest::EndWebsite { hash }
        } else {
            AccountRequest::Terminate { hash }
        })
    }
}
