//! Connected websites ("Log in with Telegram") of one guarded account: read on every
//! refresh (Telegram pushes nothing when one is added), new ones alerted, ended ones
//! journaled, and logged out from the window or a notification.

use sessionguard_core::{ApiError, SecurityEvent, SessionHash};
use sessionguard_journal::{Action, Actor};
use sessionguard_protocol::{ErrorBody, ErrorCode};

use crate::alerts::alert_text::log_line;
use crate::guard::Guard;

impl Guard {
    /// Reads the websites and handles what changed. A failed read keeps the last list:
    /// the websites are a second look, and the session list already told of any trouble.
    pub(crate) async fn refresh_websites(&self) {
        let sites = match self.account.websites().await {
            Ok(sites) => sites,
            Err(error) => {
                tracing::warn!(account = %self.label, %error, "could not read the connected websites");
                return;
            }
        };
        let events = {
            let mut state = self.lock();
            let events = state.watcher.observe_websites(&sites);
            let alive: Vec<SessionHash> = sites.iter().map(|s| s.hash).collect();
            // An alert about a website that is gone has been answered.
            state.alerts.retain(|a| !a.kind.is_website() || a.login.as_ref().is_none_or(|l| alive.contains(&l.hash)));
            state.websites = Some(sites);
            events
        };
        self.handle_events(events, None, false).await;
    }

    /// A website gone from the list: kept in the history, nobody alerted (only the person,
    /// here or in a Telegram app, logs a website out).
    pub(crate) async fn website_ended(&self, event: SecurityEvent) {
        let (id, recorded) = (self.id.clone(), event.clone());
        self.cx.journal.write(move |journal| journal.record_event(&id, &recorded)).await;
        tracing::info!("{}", log_line(&event, &self.label));
    }

    /// Logs one website out.
    pub async fn end_website(&self, hash: SessionHash) -> Result<(), ErrorBody> {
        let domain = self.website_domain(hash)?;
        match self.account.end_website(hash).await {
            Ok(()) => self.journal_action(Action::WebsiteLoggedOut { hash, domain, by: Actor::Person }).await,
            // Already logged out elsewhere: what the person wanted.
            Err(ApiError::SessionNotFound) => {}
            Err(error) => return Err(ErrorBody::from_api(&error, self.cx.clock.now())),
        }
        self.refresh_websites().await;
        self.recheck();
        Ok(())
    }

    /// Logs every website out; returns how many there were.
    pub async fn end_all_websites(&self) -> Result<u32, ErrorBody> {
        let count = self.lock().websites.as_ref().map_or(0, Vec::len);
        let count = u32::try_from(count).unwrap_or(u32::MAX);
        self.account.end_all_websites().await.map_err(|error| ErrorBody::from_api(&error, self.cx.clock.now()))?;
        self.journal_action(Action::WebsitesLoggedOut { count, by: Actor::Person }).await;
        self.refresh_websites().await;
        self.recheck();
        Ok(count)
    }

    fn website_domain(&self, hash: SessionHash) -> Result<String, ErrorBody> {
        let state = self.lock();
        let site = state.websites.iter().flatten().find(|w| w.hash == hash);
        site.map(|w| w.domain.clone())
            .ok_or_else(|| ErrorBody::new(ErrorCode::WebsiteNotFound, "that website is already logged out"))
    }
}
