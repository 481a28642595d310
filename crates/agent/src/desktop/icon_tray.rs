//! The tray through tray-icon, for Windows and macOS: one icon whose picture, tooltip and
//! menu follow the status. It lives on the thread that made it, and that thread must run
//! the OS's event loop (the OS modules do).

use tokio::sync::mpsc;
use tray_icon::menu::{Menu, MenuEvent, MenuItem};
use tray_icon::{Icon, MouseButton, MouseButtonState, TrayIcon, TrayIconAttributes, TrayIconEvent};

use crate::desktop::tray_icons::{self, Rgba};
use crate::desktop::tray_menu::{TrayCommand, TrayStatus};

pub struct IconTray {
    icon: TrayIcon,
    shown: TrayStatus,
}

impl std::fmt::Debug for IconTray {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IconTray").field("shown", &self.shown).finish_non_exhaustive()
    }
}

impl IconTray {
    /// Puts the icon in the tray; the person's picks go to `commands`.
    pub fn new(status: &TrayStatus, commands: mpsc::UnboundedSender<TrayCommand>) -> Result<Self, String> {
        let menu_commands = commands.clone();
        MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
            if let Some(command) = TrayCommand::from_menu_id(event.id().as_ref()) {
                let _ = menu_commands.send(command);
            }
        }));
        // A left click opens the window; the menu is on the right button.
        TrayIconEvent::set_event_handler(Some(move |event: TrayIconEvent| {
            if let TrayIconEvent::Click { button: MouseButton::Left, button_state: MouseButtonState::Up, .. } = event {
                let _ = commands.send(TrayCommand::OpenWindow);
            }
        }));
        let attributes = TrayIconAttributes {
            tooltip: Some(status.tooltip()),
            menu: Some(Box::new(menu(status))),
            icon: icon(status),
            menu_on_left_click: false,
            ..TrayIconAttributes::default()
        };
        // Not TrayIconBuilder: it spends a number of tray-icon's counter on an id we replace,
        // and the Windows balloon needs the icon's number (windows/tray.rs).
        let icon = TrayIcon::with_id("sessionguard", attributes).map_err(|error| error.to_string())?;
        Ok(Self { icon, shown: status.clone() })
    }

    /// The icon's own window (Windows), which a balloon is sent through.
    #[cfg(windows)]
    pub fn window(&self) -> windows_sys::Win32::Foundation::HWND {
        self.icon.window_handle()
    }

    /// Shows `status`: the red icon and the account in the tooltip while alerts wait.
    pub fn show(&mut self, status: TrayStatus) {
        if status == self.shown {
            return;
        }
        if status.needs_you() != self.shown.needs_you()
            && let Err(error) = self.icon.set_icon(icon(&status))
        {
            tracing::warn!(%error, "the tray icon could not change");
        }
        if let Err(error) = self.icon.set_tooltip(Some(status.tooltip())) {
            tracing::warn!(%error, "the tray tooltip could not change");
        }
        if status.menu() != self.shown.menu() {
            self.icon.set_menu(Some(Box::new(menu(&status))));
        }
        self.shown = status;
    }
}

fn menu(status: &TrayStatus) -> Menu {
    let menu = Menu::new();
    for (command, label) in status.menu() {
        if let Err(error) = menu.append(&MenuItem::with_id(command.menu_id(), label, true, None)) {
            tracing::warn!(%error, "a tray menu item could not be added");
        }
    }
    menu
}

/// The 32 px picture for the status: red while an alert waits.
fn icon(status: &TrayStatus) -> Option<Icon> {
    let icons = if status.needs_you() { tray_icons::alert() } else { tray_icons::normal() };
    let Rgba { width, height, pixels } = icons.into_iter().next()?;
    Icon::from_rgba(pixels, width, height).ok()
}
