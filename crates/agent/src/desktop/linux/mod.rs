//! Linux: the tray is a StatusNotifierItem and notifications go to the freedesktop
//! notification server, both over the session D-Bus; no GTK, no display needed.

mod bus_sender;
mod notification_bus;
mod session_bus;
mod tray;
mod wakes;

use crate::alerts::alert_text::AlertText;
use crate::alerts::notifier::Choice;

pub use notification_bus::follow as follow_notifications_on;
pub use notification_bus::run as follow_notifications;
pub use session_bus::show_on as show_notification_on;
pub use tray::run as run_tray;
pub use wakes::WakeSignals;
pub use wakes::run as follow_wakes;

/// Shows the alert on the shared session connection, where its answers come back
/// (`follow_notifications`), by the id returned here.
pub fn show_notification(
    text: &AlertText,
    buttons: &[Choice],
    _answered: Box<dyn FnOnce(Choice) + Send>,
) -> Result<Option<u32>, String> {
    let connection = session_bus::shared()?;
    zbus::block_on(session_bus::show_on(&connection, text, buttons)).map(Some)
}
