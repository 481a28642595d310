//! The notifications SessionGuard has on screen on Linux, on one session-bus connection:
//! the person's clicks on them (`ActionInvoked`) come back here, and a notification is
//! taken down (`CloseNotification`) once its alert was answered anywhere else. One
//! connection and no thread per notification, however many stay on screen.

use std::collections::HashSet;
use std::time::Duration;

use futures::StreamExt;
use tokio::sync::{mpsc, watch};

use crate::alerts::notifier::{Choice, NotificationAnswer};
use crate::desktop::linux::bus_sender::sent_by_owner;
use crate::desktop::linux::session_bus::{self, NOTIFICATIONS as INTERFACE, NOTIFICATIONS_PATH as PATH};
use crate::desktop::on_screen::{AlertKey, OnScreen};

/// How long closing one notification may take.
const CLOSE_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a click may wait for its notification's id to be recorded.
const CLICK_PATIENCE: Duration = Duration::from_secs(5);

/// Follows the bus for the person's clicks and closes notifications whose alerts ended,
/// until the bus goes away. `live` is every alert still waiting, on every account.
pub async fn run(
    on_screen: OnScreen,
    live: watch::Receiver<HashSet<AlertKey>>,
    answers: mpsc::UnboundedSender<NotificationAnswer>,
) {
    match tokio::task::spawn_blocking(session_bus::shared).await {
        Ok(Ok(connection)) => follow(&connection, on_screen, live, answers).await,
        Ok(Err(error)) => tracing::info!(%error, "no session bus: notifications cannot be answered from the desktop"),
        Err(_) => {}
    }
}

/// The same on `connection` (a session bus): the one the notifications are shown on.
pub async fn follow(
    connection: &zbus::Connection,
    on_screen: OnScreen,
    mut live: watch::Receiver<HashSet<AlertKey>>,
    answers: mpsc::UnboundedSender<NotificationAnswer>,
) {
    let rule = zbus::MatchRule::builder().msg_type(zbus::message::Type::Signal).interface(INTERFACE).path(PATH).build();
    let mut signals = match rule {
        Ok(rule) => match zbus::MessageStream::for_match_rule(rule, connection, None).await {
            Ok(stream) => stream,
            Err(error) => {
                tracing::warn!(%error, "cannot follow the notification server's signals");
                return;
            }
        },
        Err(error) => {
            tracing::warn!(%error, "cannot follow the notification server's signals");
            return;
        }
    };
    loop {
        tokio::select! {
            signal = signals.next() => match signal {
                // Any program can send a signal in the notification server's name.
                Some(Ok(message)) => if sent_by_owner(connection, &message, INTERFACE).await {
                    on_signal(&message, &on_screen, &answers);
                },
                Some(Err(error)) => tracing::debug!(%error, "an unreadable message from the bus"),
                None => return,
            },
            changed = live.changed() => {
                if changed.is_err() {
                    return;
                }
                let live_now = live.borrow_and_update().clone();
                for id in on_screen.stale(&live_now) {
                    close(connection, id).await;
                }
            }
        }
    }
}

fn on_signal(message: &zbus::Message, on_screen: &OnScreen, answers: &mpsc::UnboundedSender<NotificationAnswer>) {
    let header = message.header();
    match header.member().map(|m| m.as_str()) {
        Some("ActionInvoked") => {
            let Ok((id, action)) = message.body().deserialize::<(u32, String)>() else { return };
            let Some(choice) = Choice::from_id(&action) else { return };
            let (on_screen, answers) = (on_screen.clone(), answers.clone());
            // Its id may not be recorded yet: the click waits for it (bounded), without
            // holding up the signals behind it.
            tokio::spawn(async move {
                if let Some((account, alert_id)) = on_screen.alert_of_soon(id, CLICK_PATIENCE).await {
                    let _ = answers.send(NotificationAnswer { account, alert_id, choice });
                }
            });
        }
        Some("NotificationClosed") => {
            if let Ok((id, _reason)) = message.body().deserialize::<(u32, u32)>() {
                on_screen.closed(id);
            }
        }
        _ => {}
    }
}

/// Asks the notification server to take notification `id` down.
async fn close(connection: &zbus::Connection, id: u32) {
    let body = (id,);
    let call = connection.call_method(Some(INTERFACE), PATH, Some(INTERFACE), "CloseNotification", &body);
    match tokio::time::timeout(CLOSE_TIMEOUT, call).await {
        Ok(Ok(_)) => tracing::debug!(id, "a notification whose alert was answered is closed"),
        Ok(Err(error)) => tracing::debug!(%error, id, "the notification was already gone"),
        Err(_) => tracing::warn!(id, "the notification server did not answer CloseNotification"),
    }
}
