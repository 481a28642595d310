//! The Windows tray: tray-icon on a thread of its own running the Win32 message loop it
//! needs; the status reaches it as a thread message. Also the balloon that carries an
//! alert when toasts cannot. The only Win32 calls of the agent; each notes its contract.
#![allow(unsafe_code)]

use std::sync::atomic::{AtomicIsize, Ordering};
use std::sync::{Arc, Mutex};

use tokio::sync::{mpsc, oneshot};
use windows_sys::Win32::UI::Shell::{NIF_INFO, NIIF_WARNING, NIM_MODIFY, NOTIFYICONDATAW, Shell_NotifyIconW};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    DispatchMessageW, GetMessageW, MSG, PostThreadMessageW, TranslateMessage, WM_APP, WM_QUIT,
};

use crate::accounts::lock;
use crate::desktop::icon_tray::IconTray;
use crate::desktop::tray_menu::{TrayCommand, TrayLink, TrayStatus};

/// "The status changed": the tray thread reads the latest one.
const WM_STATUS: u32 = WM_APP + 1;

/// The tray's window while it is shown (0 when not), for the balloon.
static TRAY_WINDOW: AtomicIsize = AtomicIsize::new(0);

/// The icon's number within its window: tray-icon numbers icons from 1 and the agent makes
/// one. (A GUID would name it without this, but under wine a balloon sent by GUID failed, and Windows binds a
/// GUID to one program path.) The wine test of the balloon fails if this ever changes.
const TRAY_ICON_UID: u32 = 1;

/// Shows the tray on its own thread and follows the status until it ends.
pub async fn run(link: TrayLink) {
    let TrayLink { mut status, commands } = link;
    let latest = Arc::new(Mutex::new(status.borrow().clone()));
    let (started_tx, started_rx) = oneshot::channel();
    let loop_latest = latest.clone();
    let spawned = std::thread::Builder::new()
        .name("sessionguard-tray".into())
        .spawn(move || message_loop(&loop_latest, commands, started_tx));
    if let Err(error) = spawned {
        tracing::warn!(%error, "no tray icon: its thread could not start; alerts still notify");
        return;
    }
    let Ok(thread) = started_rx.await else { return };
    while status.changed().await.is_ok() {
        *lock(&latest) = status.borrow_and_update().clone();
        // SAFETY: plain call; a thread that has ended just makes it fail.
        unsafe { PostThreadMessageW(thread, WM_STATUS, 0, 0) };
    }
    // SAFETY: as above.
    unsafe { PostThreadMessageW(thread, WM_QUIT, 0, 0) };
}

fn message_loop(
    latest: &Mutex<TrayStatus>,
    commands: mpsc::UnboundedSender<TrayCommand>,
    started: oneshot::Sender<u32>,
) {
    let status = lock(latest).clone();
    let mut tray = match IconTray::new(&status, commands) {
        Ok(tray) => tray,
        Err(error) => {
            tracing::warn!(%error, "no tray icon; alerts still notify");
            return;
        }
    };
    TRAY_WINDOW.store(tray.window() as isize, Ordering::Release);
    // The icon's window made this thread's message queue, so posts to it now arrive.
    // SAFETY: plain call.
    let _ = started.send(unsafe { windows_sys::Win32::System::Threading::GetCurrentThreadId() });
    // SAFETY: MSG is plain data; all zeroes is a valid value.
    let mut message: MSG = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: `message` is a valid MSG to fill; 0 is WM_QUIT, -1 an error.
        let got = unsafe { GetMessageW(&mut message, std::ptr::null_mut(), 0, 0) };
        if got == 0 || got == -1 {
            break;
        }
        if message.hwnd.is_null() && message.message == WM_STATUS {
            tray.show(lock(latest).clone());
            continue;
        }
        // SAFETY: `message` came from GetMessageW just now.
        unsafe {
            TranslateMessage(&message);
            DispatchMessageW(&message);
        }
    }
    TRAY_WINDOW.store(0, Ordering::Release);
}

/// Shows an alert as the tray icon's balloon (on Windows 10 and later, a notification
/// the system makes for the icon, which needs no app identity).
pub fn balloon(title: &str, body: &str) -> Result<(), String> {
    let window = TRAY_WINDOW.load(Ordering::Acquire);
    if window == 0 {
        return Err("no tray icon to carry it".into());
    }
    // SAFETY: NOTIFYICONDATAW is plain data; all zeroes is valid and the fields we use are
    // set below.
    let mut data: NOTIFYICONDATAW = unsafe { std::mem::zeroed() };
    data.cbSize = u32::try_from(std::mem::size_of::<NOTIFYICONDATAW>()).unwrap_or(u32::MAX);
    data.hWnd = window as _;
    data.uID = TRAY_ICON_UID;
    data.uFlags = NIF_INFO;
    data.dwInfoFlags = NIIF_WARNING;
    copy_wide(&mut data.szInfoTitle, title);
    copy_wide(&mut data.szInfo, body);
    // SAFETY: `data` is a valid NOTIFYICONDATAW for the icon tray-icon registered.
    if unsafe { Shell_NotifyIconW(NIM_MODIFY, &data) } == 0 {
        return Err(std::io::Error::last_os_error().to_string());
    }
    Ok(())
}

/// `text` into a fixed UTF-16 field, cut to fit with its terminating NUL.
fn copy_wide(field: &mut [u16], text: &str) {
    let room = field.len().saturating_sub(1);
    for (cell, unit) in field.iter_mut().zip(text.encode_utf16().take(room)) {
        *cell = unit;
    }
}
