//! Windows: the tray through tray-icon on a thread running a Win32 message loop, and
//! toasts under the app's AppUserModelID with "It's me" / "Terminate" buttons. Where a
//! toast cannot be shown (no registered identity, toasts turned off, wine) the tray's
//! balloon carries the alert, and the log says which was used.

mod tray;
mod wakes;

use crate::alerts::alert_text::AlertText;
use crate::alerts::notifier::Choice;
use crate::desktop::APP_ID;
use crate::desktop::native_notifications::{add_answer_buttons, on_action};

pub use crate::desktop::native_notifications::follow_notifications;
pub use tray::run as run_tray;
pub use wakes::follow_wakes;

pub fn show_notification(
    text: &AlertText,
    buttons: &[Choice],
    answered: Box<dyn FnOnce(Choice) + Send>,
) -> Result<Option<u32>, String> {
    let mut toast = notify_rust::Notification::new();
    toast.app_id(APP_ID).summary(&text.summary).body(&text.body).timeout(notify_rust::Timeout::Never);
    toast.urgency(super::notify_urgency(text.urgency));
    add_answer_buttons(&mut toast, buttons, text.language);
    match toast.show() {
        Ok(handle) => {
            tracing::info!("alert shown as a toast");
            if !buttons.is_empty() {
                // The toast's buttons answer on this thread's channel; wait off the caller.
                std::thread::spawn(move || handle.wait_for_action(on_action(answered)));
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
