//! macOS: the tray through tray-icon, which must live on the main thread with the app's
//! run loop going, so the agent runs on a thread of its own while the main thread runs
//! `NSApplication` (as an accessory: no Dock icon); the status reaches the tray through
//! the main dispatch queue. Notifications go to the notification centre under the
//! bundle identifier.
//!
//! Type-checked in CI (aarch64 and x86_64); there is no macOS SDK to link or run it here.

use std::cell::RefCell;
use std::process::ExitCode;
use std::sync::Once;

use crate::alerts::alert_text::AlertText;
use crate::alerts::notifier::Choice;
use crate::desktop::icon_tray::IconTray;
use crate::desktop::native_notifications::{add_answer_buttons, on_action};
use crate::desktop::tray_menu::TrayLink;
use crate::desktop::{APP_ID, Wake};
use dispatch2::DispatchQueue;
use objc2::MainThreadMarker;
use objc2_app_kit::{NSApplication, NSApplicationActivationPolicy, NSWorkspace, NSWorkspaceDidWakeNotification};
use objc2_foundation::NSNotification;
use tokio::sync::mpsc;

pub use crate::desktop::native_notifications::follow_notifications;

thread_local! {
    /// The tray, on the main thread only.
    static TRAY: RefCell<Option<IconTray>> = const { RefCell::new(None) };
}

/// Runs the agent on a thread of its own and the app's run loop on this, the main thread;
/// the process ends when the agent does.
pub fn main_thread(agent: impl FnOnce() -> u8 + Send + 'static) -> ExitCode {
    let Some(main) = MainThreadMarker::new() else { return ExitCode::from(agent()) };
    let app = NSApplication::sharedApplication(main);
    app.setActivationPolicy(NSApplicationActivationPolicy::Accessory);
    let started = std::thread::Builder::new()
        .name("sessionguard-agent".into())
        .spawn(move || std::process::exit(i32::from(agent())));
    if let Err(error) = started {
        eprintln!("sessionguard-agent: cannot start: {error}");
        return ExitCode::FAILURE;
    }
    app.run();
    ExitCode::SUCCESS
}

/// Tells `wakes` of each wake from sleep (`NSWorkspaceDidWakeNotification`) for as long as
/// the agent runs.
pub async fn follow_wakes(wakes: mpsc::UnboundedSender<Wake>) {
    observe_wakes(wakes);
}

// The observer is registered through Foundation's C-level API; each call says why it is sound.
#[allow(unsafe_code)]
fn observe_wakes(wakes: mpsc::UnboundedSender<Wake>) {
    let block = block2::RcBlock::new(move |_: std::ptr::NonNull<NSNotification>| {
        let _ = wakes.send(Wake::Resumed);
    });
    let center = NSWorkspace::sharedWorkspace().notificationCenter();
    // SAFETY: an AppKit constant, initialised before any code of ours runs.
    let name = unsafe { NSWorkspaceDidWakeNotification };
    // SAFETY: no object filter; no queue, so the block runs on the posting thread, and all
    // it does is send on a channel, which any thread may. The centre keeps the observer
    // (and the block) until the process ends.
    let _observer = unsafe { center.addObserverForName_object_queue_usingBlock(Some(name), None, None, &block) };
}

/// Shows the tray on the main thread and follows the status until it ends.
pub async fn run_tray(link: TrayLink) {
    let TrayLink { mut status, commands } = link;
    let first = status.borrow().clone();
    DispatchQueue::main().exec_async(move || match IconTray::new(&first, commands) {
        Ok(tray) => TRAY.with(|cell| *cell.borrow_mut() = Some(tray)),
        Err(error) => tracing::warn!(%error, "no tray icon; alerts still notify"),
    });
    while status.changed().await.is_ok() {
        let now = status.borrow_and_update().clone();
        DispatchQueue::main().exec_async(move || {
            TRAY.with(|cell| {
                if let Some(tray) = cell.borrow_mut().as_mut() {
                    tray.show(now);
                }
            });
        });
    }
}

pub fn show_notification(
    text: &AlertText,
    buttons: &[Choice],
    answered: Box<dyn FnOnce(Choice) + Send>,
) -> Result<Option<u32>, String> {
    static IDENTITY: Once = Once::new();
    IDENTITY.call_once(|| {
        if let Err(error) = notify_rust::set_application(APP_ID) {
            tracing::warn!(%error, "notifications are not shown under SessionGuard's bundle identifier");
        }
    });
    let mut notification = notify_rust::Notification::new();
    notification.summary(&text.summary).body(&text.body);
    add_answer_buttons(&mut notification, buttons, text.language);
    let handle = notification.show().map_err(|error| error.to_string())?;
    if !buttons.is_empty() {
        std::thread::spawn(move || handle.wait_for_action(on_action(answered)));
    }
    Ok(None)
}
