//! "Secure my account", the one action for the moment of panic: lockdown on, every other
//! session ended (now, or the moment Telegram's 24-hour rule allows), every website
//! logged out, and what only the person can do (a 2-step password, a recovery email)
//! named. The report goes to the window and, whole, to the history.

use chrono::{DateTime, Utc};
use sessionguard_core::{ApiError, SecureReport};
use sessionguard_journal::Action;
use sessionguard_protocol::{ErrorBody, ErrorCode};

use crate::guard::Guard;

impl Guard {
    pub async fn secure(&self) {
        let mut report = SecureReport::default();
        match self.cx.settings.update(|settings| settings.rules.lockdown = true).await {
            Ok(_) => report.lockdown = true,
            Err(error) => report.failed.push(format!("Lockdown could not be turned on: {error}")),
        }
        self.end_other_sessions(&mut report).await;
        let websites = self.lock().websites.as_ref().map_or(0, Vec::len);
        if websites > 0 {
            match self.end_all_websites().await {
                Ok(count) => report.websites_ended = count,
                Err(error) => report.failed.push(format!("The websites could not be logged out: {}", error.message)),
            }
        }
        self.run_checkup().await;
        report.to_do = SecureReport::still_to_do(self.lock().password.as_ref());
        tracing::warn!(account = %self.label, ?report, "secured the account");
        self.journal_action(Action::Secured { report: report.clone() }).await;
        self.lock().secure_report = Some(report);
        self.publish_state();
    }

    /// Ends every other session, or sets the time Telegram allows it.
    async fn end_other_sessions(&self, report: &mut SecureReport) {
        let others = self.other_session_count();
        if others == 0 {
            return;
        }
        let now = self.cx.clock.now();
        let wait = match self.may_reset_others_from().filter(|at| *at > now) {
            Some(at) => Some(at),
            None => match self.terminate_others().await {
                Ok(()) => {
                    report.sessions_ended = others;
                    None
                }
                Err(error) => {
                    let wait = fresh_until(&error);
                    if wait.is_none() {
                        report.failed.push(format!("The other sessions could not be ended: {}", error.message));
                    }
                    wait
                }
            },
        };
        if let Some(at) = wait {
            report.sessions_waiting = others;
            report.sessions_wait_until = Some(at);
            self.lock().secure_waiting_until = Some(at);
            self.keep_secure_waiting().await;
        }
    }

    /// Saves when this account's "Secure my account" ends the others, for the next run.
    async fn keep_secure_waiting(&self) {
        if self.demo {
            return;
        }
        let at = self.lock().secure_waiting_until;
        self.cx.waiting_rules.set_secure(&self.id, at).await;
    }

    fn other_session_count(&self) -> u32 {
        let state = self.lock();
        let count = state.list.as_ref().map_or(0, |l| l.sessions.iter().filter(|s| !s.current).count());
        u32::try_from(count).unwrap_or(u32::MAX)
    }

    /// Ends the other sessions "Secure my account" was waiting to end, once Telegram
    /// allows; the report (if still shown) says so, and so does the history.
    pub(crate) async fn run_waiting_secure(&self) {
        let now = self.cx.clock.now();
        if self.lock().secure_waiting_until.is_none_or(|at| at > now) {
            return;
        }
        self.lock().secure_waiting_until = None;
        let (result, others) = self.end_others().await;
        let ended = u32::try_from(others.len()).unwrap_or(u32::MAX);
        match result {
            Ok(()) | Err(ApiError::SessionNotFound) => {
                if let Some(report) = self.lock().secure_report.as_mut() {
                    report.sessions_ended += ended;
                    report.sessions_waiting = 0;
                    report.sessions_wait_until = None;
                }
                tracing::warn!(account = %self.label, ended, "ended the sessions 'Secure my account' waited for");
            }
            Err(error) => {
                let mut state = self.lock();
                for hash in &others {
                    state.ended_by_us.remove(hash);
                }
                match error {
                    // Telegram still says no: wait for the time it names.
                    ApiError::FreshSession { allowed_at } => state.secure_waiting_until = Some(allowed_at),
                    error => {
                        tracing::warn!(account = %self.label, %error, "the waiting sessions could not be ended");
                        if let Some(report) = state.secure_report.as_mut() {
                            report.sessions_waiting = 0;
                            report.failed.push(format!("The other sessions could not be ended: {error}"));
                        }
                    }
                }
            }
        }
        self.keep_secure_waiting().await;
        // The refresh that shows them gone runs after this (this may run inside one).
        self.refresh_soon();
        self.publish_state();
    }
}

/// When Telegram's 24-hour rule lets our session end others, if that is why it refused.
fn fresh_until(error: &ErrorBody) -> Option<DateTime<Utc>> {
    error.retry_at.filter(|_| error.code == ErrorCode::FreshSession)
}
