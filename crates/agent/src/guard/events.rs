//! What a guard does with each security event, in this order: the journal records it,
//! the rules judge a new login, and then the person is told (alert, notification, tray).
//! Recording first means nothing alerted is ever missing from the history.

use chrono::{DateTime, Utc};
use sessionguard_core::{
    ApiError, EndedBy, Judgement, SecurityEvent, SecurityEventKind, Session, SessionHash, SessionList, Timing, Verdict,
    ended_by, rules,
};
use sessionguard_journal::Action;
use sessionguard_protocol::{AgentEvent, RuleOutcome};

use crate::alerts::alert_text::log_line;
use crate::alerts::banner_text::alert_view;
use crate::alerts::outlets::Alarm;
use crate::guard::Guard;

/// A rule's termination waiting until Telegram lets our session end others.
#[derive(Debug, Clone)]
pub struct Deferred {
    pub hash: SessionHash,
    pub verdict: Verdict,
    pub at: DateTime<Utc>,
    pub event: SecurityEvent,
}

impl Guard {
    /// Keeps every session of the list in the journal; sessions the journal thought alive
    /// that are gone without the watcher seeing them end (they ended while the agent was
    /// not running) are marked ended, cause unknown.
    pub(crate) async fn journal_list(&self, list: &SessionList, now: DateTime<Utc>, first_list: bool) {
        let (id, list) = (self.id.clone(), list.clone());
        self.cx
            .journal
            .write(move |journal| {
                let observed = journal.observe_sessions(&id, &list, now)?;
                if first_list {
                    for hash in observed.gone {
                        journal.mark_ended(&id, hash, now, sessionguard_journal::EndedBy::Unknown)?;
                    }
                }
                Ok(())
            })
            .await;
    }

    /// Binds trusted devices from settings written before trust was bound to a session to
    /// this list's sessions of those devices — never to a login new in it (`new`).
    pub(crate) async fn bind_unbound_trust(&self, list: &SessionList, new: &[SessionHash]) {
        let mut rules = self.cx.settings.settings().rules;
        // Every refresh comes here; almost always there is nothing to bind.
        if rules.trusted.iter().all(|t| t.session.is_some()) {
            return;
        }
        let known: Vec<Session> = list.sessions.iter().filter(|s| !new.contains(&s.hash)).cloned().collect();
        if !rules.bind_unbound_trust(&known) {
            return;
        }
        let saved = self.cx.settings.update(|settings| {
            settings.rules.bind_unbound_trust(&known);
        });
        if let Err(error) = saved.await {
            tracing::warn!(%error, "could not save the trusted devices bound to their sessions");
        }
    }

    /// Handles the watcher's events; `previous` is the list before this one (for what an
    /// ended session last looked like); `while_away`, the events were found at start, in
    /// what changed while the agent was not running.
    pub(crate) async fn handle_events(
        &self,
        events: Vec<SecurityEvent>,
        previous: Option<&SessionList>,
        while_away: bool,
    ) {
        for event in events {
            match event.kind {
                SecurityEventKind::SessionEnded => self.session_ended(event, previous, while_away).await,
                SecurityEventKind::WebsiteEnded => self.website_ended(event).await,
                _ => self.new_event(event, while_away).await,
            }
        }
        self.publish_state();
    }

    async fn session_ended(&self, event: SecurityEvent, previous: Option<&SessionList>, while_away: bool) {
        let Some(login) = &event.login else { return };
        let hash = login.hash;
        let ours = self.lock().ended_by_us.remove(&hash);
        let session = previous.and_then(|l| l.sessions.iter().find(|s| s.hash == hash));
        let ttl = previous.map_or(0, |l| l.inactive_ttl_days);
        let by = match session {
            Some(session) => ended_by(session, ours, ttl, event.at),
            None => ours.unwrap_or(EndedBy::Elsewhere),
        };
        let (id, recorded, at) = (self.id.clone(), event.clone(), event.at);
        self.cx
            .journal
            .write(move |journal| {
                journal.mark_ended(&id, hash, at, by.into())?;
                journal.record_event(&id, &recorded)
            })
            .await;
        tracing::info!("{}", log_line(&event, &self.label));
        // Only an ending nobody here asked for is news.
        if by == EndedBy::Elsewhere {
            self.alert(event, None, while_away);
        }
    }

    async fn new_event(&self, event: SecurityEvent, while_away: bool) {
        let (id, recorded) = (self.id.clone(), event.clone());
        self.cx.journal.write(move |journal| journal.record_event(&id, &recorded)).await;
        tracing::warn!("ALERT {}", log_line(&event, &self.label));

        let session = self.session_of(&event);
        let judgement = session.as_ref().and_then(|s| self.cx.settings.settings().rules.judge(s));
        let outcome = match (judgement, session) {
            (Some(Judgement::Act(verdict)), Some(session)) => Some(self.apply_rule(&session, verdict, &event).await),
            (Some(Judgement::Spare(reason)), _) => Some(RuleOutcome::Spared { reason }),
            _ => None,
        };
        self.alert(event, outcome, while_away);
    }

    /// The session a login event is about, from the current list.
    fn session_of(&self, event: &SecurityEvent) -> Option<Session> {
        if event.kind.is_website() {
            return None;
        }
        let hash = event.login.as_ref()?.hash;
        let state = self.lock();
        state.list.as_ref()?.sessions.iter().find(|s| s.hash == hash).cloned()
    }

    /// Terminates now, or defers until the 24 h rule allows it.
    async fn apply_rule(&self, session: &Session, verdict: Verdict, event: &SecurityEvent) -> RuleOutcome {
        let now = self.cx.clock.now();
        match rules::timing(self.may_reset_others_from(), now) {
            Timing::Now => self.rule_terminate(session.hash, &verdict).await,
            Timing::From(at) => {
                tracing::info!(account = %self.label, rule = ?verdict.rule, %at, "a rule waits for the 24 h rule");
                let deferred = Deferred { hash: session.hash, verdict: verdict.clone(), at, event: event.clone() };
                self.lock().deferred.push(deferred);
                self.keep_waiting_rules().await;
                RuleOutcome::Deferred { rule: verdict.rule, reason: verdict.reason, at }
            }
        }
    }

    async fn rule_terminate(&self, hash: SessionHash, verdict: &Verdict) -> RuleOutcome {
        let by = EndedBy::Rule(verdict.rule);
        self.lock().ended_by_us.insert(hash, by);
        match self.account.terminate(hash).await {
            Ok(()) | Err(ApiError::SessionNotFound) => {
                let (id, rule, at) = (self.id.clone(), verdict.rule, self.cx.clock.now());
                let action = Action::Terminated { hash, by: rule.into() };
                self.cx.journal.write(move |journal| journal.record_action(&id, &action, at)).await;
                tracing::warn!(account = %self.label, ?rule, "a rule terminated a new session");
                self.refresh_soon();
                RuleOutcome::Terminated { rule: verdict.rule, reason: verdict.reason.clone() }
            }
            Err(error) => {
                self.lock().ended_by_us.remove(&hash);
                tracing::warn!(account = %self.label, %error, "a rule could not terminate a session");
                RuleOutcome::Failed { rule: verdict.rule, reason: verdict.reason.clone(), error: error.to_string() }
            }
        }
    }

    /// When the next deferred rule (or a waiting "Secure my account") may act.
    pub(crate) fn next_due_at(&self) -> Option<DateTime<Utc>> {
        let state = self.lock();
        state.deferred.iter().map(|d| d.at).chain(state.secure_waiting_until).min()
    }

    /// Moves the deferred rules to when our session may end others, as the latest list
    /// says (it can only be earlier than first thought: the list is Telegram's word).
    pub(crate) fn retime_deferred(&self) {
        let now = self.cx.clock.now();
        let allowed = self.may_reset_others_from().unwrap_or(now);
        let mut state = self.lock();
        for deferred in &mut state.deferred {
            deferred.at = deferred.at.min(allowed);
        }
        if let Some(at) = state.secure_waiting_until.as_mut() {
            *at = (*at).min(allowed);
        }
    }

    /// Carries out the deferred rule terminations that are due, and a waiting "Secure my
    /// account".
    pub(crate) async fn run_deferred(&self) {
        self.run_waiting_secure().await;
        let now = self.cx.clock.now();
        let due: Vec<Deferred> = {
            let mut state = self.lock();
            let (due, later) = state.deferred.drain(..).partition(|d| d.at <= now);
            state.deferred = later;
            due
        };
        let any_due = !due.is_empty();
        for deferred in due {
            let alive = self.lock().list.as_ref().is_some_and(|l| l.sessions.iter().any(|s| s.hash == deferred.hash));
            if !alive {
                continue;
            }
            let outcome = self.rule_terminate(deferred.hash, &deferred.verdict).await;
            self.alert(SecurityEvent { at: now, ..deferred.event }, Some(outcome), false);
        }
        if any_due {
            self.keep_waiting_rules().await;
        }
        self.publish_state();
    }

    /// Saves this account's waiting rule terminations, for the next run.
    async fn keep_waiting_rules(&self) {
        let waiting = self.lock().deferred.clone();
        if !self.demo {
            self.cx.waiting_rules.replace(&self.id, &waiting).await;
        }
    }

    /// Queues an alert for the window and the tray and tells the notifier, when the
    /// person wants this kind (a rule's action is always told; a login it spared, as its
    /// kind says).
    pub(crate) fn alert(&self, event: SecurityEvent, rule: Option<RuleOutcome>, while_away: bool) {
        let acted = rule.as_ref().is_some_and(RuleOutcome::acted);
        let wanted = acted || self.cx.settings.settings().alerts.allows(event.kind);
        if !wanted {
            return;
        }
        let alert = {
            let mut state = self.lock();
            let words = sessionguard_i18n::words(self.cx.settings.language());
            let alert = alert_view(state.next_alert_id, &event, rule.clone(), while_away, &words);
            state.next_alert_id = state.next_alert_id.wrapping_add(1);
            // One alert per login: a louder or later one replaces the last.
            if let Some(login) = &alert.login {
                state.alerts.retain(|a| a.login.as_ref().is_none_or(|l| l.hash != login.hash));
            }
            state.alerts.push(alert.clone());
            alert
        };
        self.cx.outlets.publish(AgentEvent::Alert { alert: Box::new(alert.clone()) });
        self.cx.outlets.alarm(Alarm {
            account: self.id.clone(),
            label: self.label.clone(),
            alert_id: alert.id,
            event,
            rule,
            while_away,
        });
        self.publish_state();
    }
}
