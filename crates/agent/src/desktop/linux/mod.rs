//! Linux: the tray is a StatusNotifierItem and notifications go to the freedesktop
//! notification server, both over the session D-Bus; no GTK, no display needed.

mod notification_bus;
mod tray;

use crate::alert_text::AlertText;
use crate::notifier::Choice;
use crate::untrusted_text::markup_escaped;

pub use notification_bus::run as follow_notifications;
pub use tray::run as run_tray;

/// Shows the alert; answers come back through the bus (`follow_notifications`), by the
/// id returned here.
pub fn show_notification(
    text: &AlertText,
    answerable: bool,
    _answered: Box<dyn FnOnce(Choice) + Send>,
) -> Result<Option<u32>, String> {
    // A server that reads markup in the body would obey a device named `<a href=…>`.
    let reads_markup = notify_rust::get_capabilities().is_ok_and(|c| c.iter().any(|c| c == "body-markup"));
    let body = if reads_markup { markup_escaped(&text.body) } else { text.body.clone() };
    let mut notification = notify_rust::Notification::new();
    notification.appname("SessionGuard").summary(&text.summary).body(&body).icon("dialog-warning");
    notification.urgency(super::notify_urgency(text.urgency));
    // Alerts stay until the person dismisses them (or answers them elsewhere).
    notification.timeout(notify_rust::Timeout::Never);
    if answerable {
        notification.action(Choice::Open.id(), "Open SessionGuard");
        notification.action(Choice::ItsMe.id(), "It's me");
        notification.action(Choice::Terminate.id(), "Terminate");
    }
    notification.show().map(|handle| Some(handle.id())).map_err(|error| error.to_string())
}
