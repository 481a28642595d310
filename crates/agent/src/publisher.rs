//! Keeps the window and the tray up to date: whenever something may have changed, the
//! state is built once and sent to every subscribed window, and the tray follows the
//! alerts waiting on each account.

use std::sync::Arc;

use tokio::sync::watch;

use crate::accounts::Accounts;
use crate::tray::{TrayAccount, TrayStatus};

/// Runs until the accounts are gone.
pub async fn run(accounts: std::sync::Weak<Accounts>, tray: watch::Sender<TrayStatus>) {
    let Some(mut changes) = accounts.upgrade().map(|a| a.outlets().changes()) else { return };
    loop {
        {
            let Some(accounts) = accounts.upgrade() else { return };
            publish(&accounts, &tray);
        }
        if changes.changed().await.is_err() {
            return;
        }
    }
}

fn publish(accounts: &Arc<Accounts>, tray: &watch::Sender<TrayStatus>) {
    let status = TrayStatus {
        accounts: accounts
            .guards()
            .iter()
            .map(|g| TrayAccount { id: g.id().to_owned(), label: g.label().to_owned(), alerts: g.pending_alerts() })
            .collect(),
    };
    tray.send_if_modified(|current| {
        let modified = *current != status;
        *current = status;
        modified
    });
    if accounts.outlets().has_subscribers() {
        accounts.outlets().publish_state(accounts.state());
    }
}
