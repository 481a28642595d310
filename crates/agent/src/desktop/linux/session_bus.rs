//! The one session-bus connection SessionGuard's notifications are shown and answered on.
//! A notification server sends a notification's `ActionInvoked` to the connection that
//! showed it, so showing on one connection and listening on another hears no clicks.

use std::collections::HashMap;
use std::sync::Mutex;

use zbus::Variant;

use crate::accounts::lock;
use crate::alerts::alert_text::{AlertText, Urgency};
use crate::alerts::notifier::Choice;
use crate::words::untrusted_text::markup_escaped;

pub const NOTIFICATIONS: &str = "org.freedesktop.Notifications";
pub const NOTIFICATIONS_PATH: &str = "/org/freedesktop/Notifications";

static SESSION: Mutex<Option<zbus::Connection>> = Mutex::new(None);

/// The shared connection, made on first use (blocking: call it off the async threads).
pub fn shared() -> Result<zbus::Connection, String> {
    let mut session = lock(&SESSION);
    if let Some(connection) = session.as_ref() {
        return Ok(connection.clone());
    }
    let connection = zbus::block_on(zbus::Connection::session()).map_err(|e| e.to_string())?;
    *session = Some(connection.clone());
    Ok(connection)
}

/// Shows the alert on `connection`; the server's id for it.
pub async fn show_on(connection: &zbus::Connection, text: &AlertText, buttons: &[Choice]) -> Result<u32, String> {
    // A server that reads markup in the body would obey a device named `<a href=…>`.
    let capabilities: Vec<String> = call(connection, "GetCapabilities", &()).await.unwrap_or_default();
    let body =
        if capabilities.iter().any(|c| c == "body-markup") { markup_escaped(&text.body) } else { text.body.clone() };
    // The default action (a click on the notification) opens the window.
    let actions: Vec<String> = if buttons.is_empty() {
        Vec::new()
    } else {
        std::iter::once(Choice::Open)
            .chain(buttons.iter().copied())
            .flat_map(|c| [c.id().to_owned(), c.label(text.language)])
            .collect()
    };
    let urgency: u8 = match text.urgency {
        Urgency::Normal => 1,
        Urgency::Critical => 2,
    };
    let hints = HashMap::from([("urgency", Variant::U8(urgency))]);
    // No replaced id; the alert stays until dismissed or answered (timeout 0: never).
    let notify = ("SessionGuard", 0_u32, "dialog-warning", text.summary.as_str(), body.as_str(), actions, hints, 0_i32);
    call(connection, "Notify", &notify).await
}

async fn call<B, R>(connection: &zbus::Connection, method: &str, body: &B) -> Result<R, String>
where
    B: serde::Serialize + zbus::zvariant::DynamicType,
    R: for<'d> zbus::zvariant::DynamicDeserialize<'d>,
{
    let reply = connection
        .call_method(Some(NOTIFICATIONS), NOTIFICATIONS_PATH, Some(NOTIFICATIONS), method, body)
        .await
        .map_err(|e| e.to_string())?;
    reply.body().deserialize::<R>().map_err(|e| e.to_string())
}
