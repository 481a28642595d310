//! Keeps the window and the tray up to date: whenever something may have changed, the
//! state is built once and sent to every subscribed window, and the tray follows the
//! alerts waiting on each account.

use std::collections::HashSet;
use std::sync::Arc;

use tokio::sync::watch;

use crate::accounts::Accounts;
use crate::desktop::{AlertKey, TrayAccount, TrayStatus};

/// Where the publisher sends what it follows.
#[derive(Debug)]
pub struct Followers {
    pub tray: watch::Sender<TrayStatus>,
    /// Every alert still waiting, for taking down the notifications of the others.
    pub live_alerts: watch::Sender<HashSet<AlertKey>>,
}

/// Runs until the accounts are gone.
pub async fn run(accounts: std::sync::Weak<Accounts>, followers: Followers) {
    let Some(mut changes) = accounts.upgrade().map(|a| a.outlets().changes()) else { return };
    loop {
        {
            let Some(accounts) = accounts.upgrade() else { return };
            publish(&accounts, &followers);
        }
        if changes.changed().await.is_err() {
            return;
        }
    }
}

fn publish(accounts: &Arc<Accounts>, followers: &Followers) {
    let guards = accounts.guards();
    let status = TrayStatus {
        accounts: guards
            .iter()
            .map(|g| TrayAccount { id: g.id().to_owned(), label: g.label().to_owned(), alerts: g.pending_alerts() })
            .collect(),
        keyring_locked: accounts.waiting_for_keyring(),
        language: accounts.language(),
    };
    let live: HashSet<AlertKey> =
        guards.iter().flat_map(|g| g.alert_ids().into_iter().map(|id| (g.id().to_owned(), id))).collect();
    followers.live_alerts.send_if_modified(|current| {
        let modified = *current != live;
        *current = live;
        modified
    });
    followers.tray.send_if_modified(|current| {
        let modified = *current != status;
        *current = status;
        modified
    });
    if accounts.outlets().has_subscribers() {
        accounts.outlets().publish_state(accounts.state());
    }
}
