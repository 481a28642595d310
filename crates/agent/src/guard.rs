//! The guard: one account's loop (pushes and polls through the watcher), the state the
//! window sees, and the actions the window and the tray ask for.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use futures::StreamExt;
use sessionguard_core::{
    AccountApi, ApiError, Clock, SecurityEvent, SecurityEventKind, SessionHash, SessionList, Watcher,
};
use sessionguard_protocol::{
    AccountView, AgentEvent, AgentState, AlertView, ErrorBody, ErrorCode, Request, SessionView,
};

use crate::alert_text::log_line;
use crate::outlets::{Alarm, Outlets};

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

#[derive(Debug)]
pub struct Guard {
    account: Arc<dyn AccountApi>,
    clock: Arc<dyn Clock>,
    demo: bool,
    state: Mutex<GuardState>,
    outlets: Outlets,
    /// Wakes the loop for an early refresh.
    refresh_now: tokio::sync::Notify,
    /// Told when the account says we are signed out (our session was ended elsewhere).
    signed_out: tokio::sync::Notify,
}

#[derive(Debug)]
struct GuardState {
    watcher: Watcher,
    list: Option<SessionList>,
    error: Option<ErrorBody>,
    alerts: Vec<AlertView>,
    next_alert_id: u32,
    refreshed_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl Guard {
    /// A guard for `account`, telling `outlets` what happens.
    pub fn new(account: Arc<dyn AccountApi>, clock: Arc<dyn Clock>, demo: bool, outlets: Outlets) -> Arc<Self> {
        let state = GuardState {
            watcher: Watcher::new(clock.clone()),
            list: None,
            error: None,
            alerts: Vec::new(),
            next_alert_id: 1,
            refreshed_at: None,
        };
        Arc::new(Self {
            account,
            clock,
            demo,
            state: Mutex::new(state),
            outlets,
            refresh_now: tokio::sync::Notify::new(),
            signed_out: tokio::sync::Notify::new(),
        })
    }

    pub fn is_demo(&self) -> bool {
        self.demo
    }

    pub fn label(&self) -> String {
        self.account.label()
    }

    /// Returns once the account said our session was ended elsewhere.
    pub async fn signed_out(&self) {
        self.signed_out.notified().await;
    }

    /// Runs the account: the first list, then every push and poll, for ever.
    pub async fn run(self: Arc<Self>, polls: PollIntervals) {
        let mut pushes = self.account.events();
        self.refresh().await;
        loop {
            let interval = polls.next(self.outlets.has_subscribers(), self.flood_wait());
            tokio::select! {
                push = pushes.next() => match push {
                    Some(push) => {
                        // The push says little and the list says everything, so the list
                        // goes first; the push raises only what the list did not show.
                        self.refresh().await;
                        let events = self.lock().watcher.observe_push(&push);
                        self.raise(events);
                    }
                    None => {
                        tracing::warn!("the account's push stream ended; polling only");
                        pushes = futures::stream::pending().boxed();
                    }
                },
                () = tokio::time::sleep(interval) => self.refresh().await,
                () = self.refresh_now.notified() => self.refresh().await,
            }
        }
    }

    /// Asks the account for its list and raises what changed.
    pub async fn refresh(&self) {
        let result = self.account.list_sessions().await;
        let now = self.clock.now();
        let events = {
            let mut state = self.lock();
            match result {
                Ok(list) => {
                    let events = state.watcher.observe_list(&list);
                    let alive: Vec<String> = list.sessions.iter().map(|s| s.hash.to_string()).collect();
                    // An alert about a login that is gone has been answered.
                    state.alerts.retain(|a| a.login.as_ref().is_none_or(|l| alive.contains(&l.hash)));
                    state.list = Some(list);
                    state.error = None;
                    state.refreshed_at = Some(now);
                    events
                }
                Err(error) => {
                    tracing::warn!(%error, "refreshing the session list failed");
                    if error == ApiError::SignedOut {
                        self.signed_out.notify_one();
                    }
                    state.error = Some(ErrorBody::from_api(&error, now));
                    Vec::new()
                }
            }
        };
        self.raise(events);
        self.publish_state();
    }

    /// Journals (logs, for now), queues the alerts and notifies.
    fn raise(&self, events: Vec<SecurityEvent>) {
        if events.is_empty() {
            return;
        }
        let account = self.account.label();
        for event in events {
            let line = log_line(&event, &account);
            if event.kind.is_alarm() {
                tracing::warn!("ALERT {line}");
                let alert = {
                    let mut state = self.lock();
                    let alert = AlertView::new(state.next_alert_id, &event);
                    state.next_alert_id = state.next_alert_id.wrapping_add(1);
                    state.alerts.push(alert.clone());
                    alert
                };
                self.outlets.publish(AgentEvent::Alert { alert });
                self.outlets.alarm(Alarm { account: account.clone(), event });
            } else {
                tracing::info!("{line}");
            }
        }
        self.publish_state();
    }

    pub fn state(&self) -> AgentState {
        let state = self.lock();
        let sessions = state.list.as_ref().map(|l| l.sessions.iter().map(SessionView::from).collect());
        AgentState {
            account: Some(AccountView { label: self.account.label(), demo: self.demo }),
            sign_in: None,
            loaded: state.list.is_some(),
            error: state.error.clone(),
            sessions: sessions.unwrap_or_default(),
            inactive_ttl_days: state.list.as_ref().map_or(0, |l| l.inactive_ttl_days),
            may_reset_others_from: state.list.as_ref().and_then(|l| l.current()).map(|s| s.may_reset_others_from()),
            alerts: state.alerts.clone(),
            refreshed_at: state.refreshed_at,
        }
    }

    fn publish_state(&self) {
        self.outlets.publish_state(self.state());
    }

    /// How long Telegram asked us to wait, when the last refresh was told to.
    fn flood_wait(&self) -> Option<Duration> {
        match self.lock().error.as_ref()?.retry_at {
            Some(at) => (at - self.clock.now()).to_std().ok(),
            None => None,
        }
    }

    fn lock(&self) -> MutexGuard<'_, GuardState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub async fn terminate(&self, hash: SessionHash) -> Result<(), ErrorBody> {
        let result = self.account.terminate(hash).await;
        self.after_action(result).await
    }

    pub async fn terminate_others(&self) -> Result<(), ErrorBody> {
        let now = self.clock.now();
        let allowed_from = self.state().may_reset_others_from;
        if let Some(allowed_at) = allowed_from.filter(|at| *at > now) {
            return Err(ErrorBody::from_api(&ApiError::FreshSession { allowed_at }, now));
        }
        let result = self.account.terminate_others().await;
        self.after_action(result).await
    }

    async fn after_action(&self, result: Result<(), ApiError>) -> Result<(), ErrorBody> {
        let outcome = match result {
            // Gone already is what the person wanted.
            Ok(()) | Err(ApiError::SessionNotFound) => Ok(()),
            Err(error) => Err(ErrorBody::from_api(&error, self.clock.now())),
        };
        self.refresh().await;
        outcome
    }

    /// "It's me": drops the alert, and confirms an unconfirmed login.
    pub async fn acknowledge(&self, alert_id: u32) -> Result<(), ErrorBody> {
        let alert = {
            let mut state = self.lock();
            let index = state
                .alerts
                .iter()
                .position(|a| a.id == alert_id)
                .ok_or_else(|| ErrorBody::new(ErrorCode::BadRequest, "that alert was already answered"))?;
            state.alerts.remove(index)
        };
        self.publish_state();
        let unconfirmed_login = alert.login.as_ref().filter(|_| alert.kind == SecurityEventKind::UnconfirmedLogin);
        if let Some(hash) = unconfirmed_login.and_then(|l| parse_hash(&l.hash).ok()) {
            match self.account.confirm(hash).await {
                Ok(()) | Err(ApiError::SessionNotFound) => {}
                Err(error) => return Err(ErrorBody::from_api(&error, self.clock.now())),
            }
            self.refresh_now.notify_one();
        }
        Ok(())
    }
}

fn parse_hash(hash: &str) -> Result<SessionHash, ErrorBody> {
    hash.parse::<i64>()
        .map(SessionHash)
        .map_err(|_| ErrorBody::new(ErrorCode::BadRequest, format!("{hash:?} is not a session hash")))
}

impl Guard {
    /// Answers a request about the guarded account.
    pub async fn handle(&self, request: Request) -> Result<AgentState, ErrorBody> {
        match request {
            Request::Refresh => self.refresh().await,
            Request::Terminate { hash } => self.terminate(parse_hash(&hash)?).await?,
            Request::TerminateOthers => self.terminate_others().await?,
            Request::Acknowledge { alert_id } => self.acknowledge(alert_id).await?,
            _ => {}
        }
        Ok(self.state())
    }
}
