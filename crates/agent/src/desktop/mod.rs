//! The desktop the agent lives on — its tray, its notifications and the thread each OS
//! wants them on — one small module per OS behind this one interface. The rest of the
//! agent does not know which OS it runs on.
//!
//! - `run_tray`: shows the tray and follows the status until it ends.
//! - `show_notification`: shows one alert (blocking: call it off the runtime); the OS's
//!   id when it has one to close it by, and the person's answer through `answered` where
//!   the OS reports it on the notification itself.
//! - `follow_notifications`: hears answers and closes answered notifications where the
//!   OS does that apart from showing them (the Linux session bus).
//! - `follow_wakes`: tells when the machine woke from sleep or the network came back, so
//!   the accounts look at once (their poll timers stood still while it slept).
//! - `main_thread`: runs the agent, leaving the main thread to the OS's event loop where
//!   the tray must live there (macOS).

#[cfg(any(windows, target_os = "macos"))]
mod icon_tray;
#[cfg(any(windows, target_os = "macos"))]
mod native_notifications;
mod on_screen;
pub mod tray_icons;
pub mod tray_menu;

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
use linux as platform;

#[cfg(windows)]
mod windows;
#[cfg(windows)]
use windows as platform;

#[cfg(target_os = "macos")]
mod macos;
#[cfg(target_os = "macos")]
use macos as platform;

#[cfg(target_os = "linux")]
pub use linux::{WakeSignals, follow_notifications_on, show_notification_on};
#[cfg(target_os = "macos")]
pub use macos::main_thread;
pub use on_screen::{AlertKey, OnScreen};
pub use platform::{follow_notifications, follow_wakes, run_tray, show_notification};
pub use tray_menu::{TrayAccount, TrayCommand, TrayLink, TrayStatus};

/// Why the accounts should look again now rather than at their next poll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wake {
    /// The machine woke from sleep.
    Resumed,
    /// The network came back.
    NetworkBack,
}

/// The identity notifications are shown under: the bundle identifier on macOS, the
/// AppUserModelID the Windows installer gives its Start-menu shortcut.
pub const APP_ID: &str = "app.sessionguard.desktop";

/// Runs the agent on this thread, where nothing needs the main thread (Linux, Windows).
#[cfg(not(target_os = "macos"))]
pub fn main_thread(agent: impl FnOnce() -> u8 + Send + 'static) -> std::process::ExitCode {
    std::process::ExitCode::from(agent())
}

/// An alert's urgency as notify-rust spells it where it has one (Windows).
#[cfg(windows)]
fn notify_urgency(urgency: crate::alerts::alert_text::Urgency) -> notify_rust::Urgency {
    match urgency {
        crate::alerts::alert_text::Urgency::Critical => notify_rust::Urgency::Critical,
        crate::alerts::alert_text::Urgency::Normal => notify_rust::Urgency::Normal,
    }
}
