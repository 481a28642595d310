//! The notifications on screen and the alerts they show, so an answer on a notification
//! finds its alert, and a notification goes when its alert is answered elsewhere.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use crate::accounts::lock;

/// An alert, by account id and alert id.
pub type AlertKey = (String, u32);

/// The notifications on screen, by the server's id.
#[derive(Debug, Clone, Default)]
pub struct OnScreen {
    shown: Arc<Mutex<HashMap<u32, AlertKey>>>,
}

impl OnScreen {
    /// Remembers that notification `id` shows `alert`.
    pub fn shown(&self, id: u32, alert: AlertKey) {
        lock(&self.shown).insert(id, alert);
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
