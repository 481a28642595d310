//! The notifications on screen and the alerts they show, so an answer on a notification
//! finds its alert, and a notification goes when its alert is answered elsewhere.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Notify;

use crate::accounts::lock;

/// An alert, by account id and alert id.
pub type AlertKey = (String, u32);

/// The notifications on screen, by the server's id.
#[derive(Debug, Clone, Default)]
pub struct OnScreen {
    shown: Arc<Mutex<HashMap<u32, AlertKey>>>,
    /// Told each time a notification's id is recorded.
    recorded: Arc<Notify>,
    /// Clicks waiting for their notification's id to be recorded.
    waiting: Arc<AtomicUsize>,
}

/// How many clicks may wait for their notification's id at once; more are dropped (only
/// the notification server can send them, but it need not be well-behaved).
const MAX_WAITING: usize = 8;

impl OnScreen {
    /// Remembers that notification `id` shows `alert`.
    pub fn shown(&self, id: u32, alert: AlertKey) {
        lock(&self.shown).insert(id, alert);
        self.recorded.notify_waiters();
    }

    /// The alert notification `id` shows, waiting up to `patience` for its id to be
    /// recorded: the server can deliver a click (`ActionInvoked`) before the agent has
    /// heard the id back from `Notify`, which comes through another thread.
    #[cfg_attr(not(target_os = "linux"), allow(dead_code))] // only the Linux bus answers by id
    pub(crate) async fn alert_of_soon(&self, id: u32, patience: Duration) -> Option<AlertKey> {
        if let Some(alert) = self.alert_of(id) {
            return Some(alert);
        }
        if self.waiting.fetch_add(1, Ordering::SeqCst) >= MAX_WAITING {
            self.waiting.fetch_sub(1, Ordering::SeqCst);
            tracing::debug!(id, "too many clicks wait for their notification: this one is dropped");
            return None;
        }
        let deadline = tokio::time::Instant::now() + patience;
        let found = loop {
            let recorded = self.recorded.notified();
            tokio::pin!(recorded);
            // Registered before looking, so a `shown` between the look and the wait counts.
            recorded.as_mut().enable();
            if let Some(alert) = self.alert_of(id) {
                break Some(alert);
            }
            if tokio::time::timeout_at(deadline, recorded).await.is_err() {
                break None;
            }
        };
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        found
    }

    #[cfg_attr(not(target_os = "linux"), allow(dead_code))] // only the Linux bus answers and closes by id
    pub(crate) fn alert_of(&self, id: u32) -> Option<AlertKey> {
        lock(&self.shown).get(&id).cloned()
    }

    #[cfg_attr(not(target_os = "linux"), allow(dead_code))] // only the Linux bus answers and closes by id
    pub(crate) fn closed(&self, id: u32) {
        lock(&self.shown).remove(&id);
    }

    /// The notifications whose alerts are no longer waiting, taken off the list.
    #[cfg_attr(not(target_os = "linux"), allow(dead_code))] // only the Linux bus answers and closes by id
    pub(crate) fn stale(&self, live: &HashSet<AlertKey>) -> Vec<u32> {
        let mut shown = lock(&self.shown);
        let stale: Vec<u32> = shown.iter().filter(|(_, alert)| !live.contains(*alert)).map(|(id, _)| *id).collect();
        for id in &stale {
            shown.remove(id);
        }
        stale
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_click_that_comes_before_its_id_is_recorded_finds_its_alert() {
        let on_screen = OnScreen::default();
        let recorder = on_screen.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(50)).await;
            recorder.shown(3, ("demo".into(), 9));
        });
        assert_eq!(on_screen.alert_of_soon(3, Duration::from_secs(10)).await, Some(("demo".into(), 9)));
        assert_eq!(on_screen.alert_of_soon(4, Duration::from_millis(100)).await, None, "never shown: given up");
        assert_eq!(on_screen.waiting.load(Ordering::SeqCst), 0);
    }

    #[test]
    fn notifications_of_answered_alerts_are_stale_once() {
        let on_screen = OnScreen::default();
        on_screen.shown(7, ("demo".into(), 1));
        on_screen.shown(8, ("demo".into(), 2));
        on_screen.shown(9, ("telegram-1".into(), 1));
        let live: HashSet<AlertKey> = [("demo".to_owned(), 2)].into_iter().collect();
        let mut stale = on_screen.stale(&live);
        stale.sort_unstable();
        assert_eq!(stale, [7, 9]);
        assert!(on_screen.stale(&live).is_empty(), "each is closed once");
        assert_eq!(on_screen.alert_of(8), Some(("demo".into(), 2)));
        on_screen.closed(8);
        assert_eq!(on_screen.alert_of(8), None);
    }
}
