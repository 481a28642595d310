//! Windows: the tray through tray-icon on a thread running a Win32 message loop, and
//! toasts under the app's AppUserModelID with "It's me" / "Terminate" buttons. Where a
//! toast cannot be shown (no registered identity, toasts turned off, wine) the tray's
//! balloon carries the alert, and the log says which was used.

mod tray;

use tokio::sync::{mpsc, watch};

use crate::alert_text::{AlertText, Urgency};
use crate::desktop::{APP_ID, AlertKey, OnScreen};
use crate::notifier::{Choice, NotificationAnswer};

pub use tray::run as run_tray;

/// Runs the agent on this thread: the tray has a thread of its own.
pub fn main_thread(agent: impl FnOnce() -> u8 + Send + 'static) -> std::process::ExitCode {
    std::process::ExitCode::from(agent())
}

/// Toasts bring their answers with them (`show_notification`): nothing to follow.
pub async fn follow_notifications(
    _on_screen: OnScreen,
    _live: watch::Receiver<std::collections::HashSet<AlertKey>>,
    _answers: mpsc::UnboundedSender<NotificationAnswer>,
) {
}

pub fn show_notification(
    text: &AlertText,
    answerable: bool,
    answered: Box<dyn FnOnce(Choice) + Send>,
) -> Result<Option<u32>, String> {
    let mut toast = notify_rust::Notification::new();
    toast.app_id(APP_ID).summary(&text.summary).body(&text.body).timeout(notify_rust::Timeout::Never);
    toast.urgency(match text.urgency {
        Urgency::Critical => notify_rust::Urgency::Critical,
        Urgency::Normal => notify_rust::Urgency::Normal,
    });
    if answerable {
        toast.action(Choice::ItsMe.id(), "It's me");
        toast.action(Choice::Terminate.id(), "Terminate");
    }
    match toast.show() {
        Ok(handle) => {
            tracing::info!("alert shown as a toast");
            if answerable {
                // The toast's buttons answer on this thread's channel; wait off the caller.
                std::thread::spawn(move || {
                    handle.wait_for_action(|action| {
                        if let Some(choice) = Choice::from_id(action) {
                            answered(choice);
                        }
                    });
                });
            }
            Ok(None)
        }
        Err(toast_error) => match tray::balloon(&text.summary, &text.body) {
            Ok(()) => {
                tracing::info!(%toast_error, "no toast; alert shown as the tray's balloon");
                Ok(None)
            }
            Err(balloon_error) => Err(format!("no toast ({toast_error}) and no tray balloon ({balloon_error})")),
        },
    }
}
