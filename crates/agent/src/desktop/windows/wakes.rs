//! Windows: the power broadcast's "resumed from sleep" (`PBT_APMRESUMEAUTOMATIC`), through a
//! suspend/resume callback — no window needed.

// The callback registration is a C API; each call says why it is sound.
#![allow(unsafe_code)]

use std::ffi::c_void;

use tokio::sync::mpsc;
use windows_sys::Win32::System::Power::{
    DEVICE_NOTIFY_SUBSCRIBE_PARAMETERS, PowerRegisterSuspendResumeNotification,
    PowerUnregisterSuspendResumeNotification,
};
use windows_sys::Win32::UI::WindowsAndMessaging::{DEVICE_NOTIFY_CALLBACK, PBT_APMRESUMEAUTOMATIC};

use crate::desktop::Wake;

/// Called by Windows, on a thread of its own, for each power event.
unsafe extern "system" fn on_power(context: *const c_void, kind: u32, _setting: *const c_void) -> u32 {
    if kind == PBT_APMRESUMEAUTOMATIC && !context.is_null() {
        // SAFETY: `context` is the sender boxed in `follow_wakes`, dropped only after the
        // registration is removed.
        let wakes = unsafe { &*context.cast::<mpsc::UnboundedSender<Wake>>() };
        let _ = wakes.send(Wake::Resumed);
    }
    0
}

/// Tells `wakes` of each resume from sleep, until `wakes` is closed.
pub async fn follow_wakes(wakes: mpsc::UnboundedSender<Wake>) {
    let context = Box::new(wakes.clone());
    let Some(registration) = register(&context) else { return };
    wakes.closed().await;
    // SAFETY: `registration` came from a successful registration, and is removed once.
    unsafe { PowerUnregisterSuspendResumeNotification(registration) };
    drop(context);
}

/// Registers `on_power` with `context`, which must outlive the registration.
fn register(context: &mpsc::UnboundedSender<Wake>) -> Option<isize> {
    let context: *const mpsc::UnboundedSender<Wake> = context;
    let parameters =
        DEVICE_NOTIFY_SUBSCRIBE_PARAMETERS { Callback: Some(on_power), Context: context.cast_mut().cast() };
    let mut registration: *mut c_void = std::ptr::null_mut();
    // SAFETY: `parameters` lives across the call (Windows copies it); `registration` is a
    // valid out-pointer; the caller keeps the context alive until it unregisters.
    let status = unsafe {
        PowerRegisterSuspendResumeNotification(
            DEVICE_NOTIFY_CALLBACK,
            (&raw const parameters).cast_mut().cast(),
            &raw mut registration,
        )
    };
    if status != 0 {
        tracing::info!(status, "no resume notifications: waking from sleep is noticed at the next poll");
        return None;
    }
    Some(registration as isize)
}
