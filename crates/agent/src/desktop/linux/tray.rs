//! The tray on Linux: a StatusNotifierItem over D-Bus (ksni), so it needs no GTK and no
//! display; `NeedsAttention` and the red icon while an alert waits.

use ksni::TrayMethods;
use ksni::menu::StandardItem;
use tokio::sync::mpsc;

use crate::desktop::tray_icons::{self, Rgba};
use crate::desktop::tray_menu::{TrayCommand, TrayLink, TrayStatus};

struct Icons {
    normal: Vec<ksni::Icon>,
    alert: Vec<ksni::Icon>,
}

fn icons() -> Icons {
    Icons {
        normal: tray_icons::normal().iter().filter_map(argb).collect(),
        alert: tray_icons::alert().iter().filter_map(argb).collect(),
    }
}

/// The ARGB32 (network order) pixmap the StatusNotifierItem spec wants.
fn argb(icon: &Rgba) -> Option<ksni::Icon> {
    let data = icon.pixels.chunks_exact(4).flat_map(|p| [p[3], p[0], p[1], p[2]]).collect();
    Some(ksni::Icon { width: i32::try_from(icon.width).ok()?, height: i32::try_from(icon.height).ok()?, data })
}

struct GuardTray {
    status: TrayStatus,
    icons: Icons,
    commands: mpsc::UnboundedSender<TrayCommand>,
}

impl ksni::Tray for GuardTray {
    fn id(&self) -> String {
        "sessionguard".into()
    }

    fn title(&self) -> String {
        "SessionGuard".into()
    }

    fn category(&self) -> ksni::Category {
        ksni::Category::ApplicationStatus
    }

    fn status(&self) -> ksni::Status {
        if self.status.needs_you() { ksni::Status::NeedsAttention } else { ksni::Status::Active }
    }

    fn icon_pixmap(&self) -> Vec<ksni::Icon> {
        // Not every host shows the attention icon, so the icon itself turns red too.
        if self.status.needs_you() { self.icons.alert.clone() } else { self.icons.normal.clone() }
    }

    fn attention_icon_pixmap(&self) -> Vec<ksni::Icon> {
        self.icons.alert.clone()
    }

    fn tool_tip(&self) -> ksni::ToolTip {
        ksni::ToolTip { title: self.status.tooltip(), ..Default::default() }
    }

    fn activate(&mut self, _x: i32, _y: i32) {
        let _ = self.commands.send(TrayCommand::OpenWindow);
    }

    fn menu(&self) -> Vec<ksni::MenuItem<Self>> {
        self.status
            .menu()
            .into_iter()
            .map(|(command, label)| {
                StandardItem {
                    label,
                    activate: Box::new(move |tray: &mut Self| {
                        let _ = tray.commands.send(command.clone());
                    }),
                    ..Default::default()
                }
                .into()
            })
            .collect()
    }

    fn watcher_offline(&self, reason: ksni::OfflineReason) -> bool {
        // No tray host right now (a headless session): keep the item; one may appear.
        tracing::info!(?reason, "no StatusNotifierWatcher; the tray item waits for one");
        true
    }
}

/// Shows the tray and follows the alert count until the session bus goes away.
pub async fn run(link: TrayLink) {
    let TrayLink { mut status, commands } = link;
    let tray = GuardTray { status: status.borrow().clone(), icons: icons(), commands };
    let handle = match tray.assume_sni_available(true).spawn().await {
        Ok(handle) => handle,
        Err(error) => {
            tracing::warn!(%error, "no tray icon (no session D-Bus?); alerts still notify and log");
            return;
        }
    };
    while status.changed().await.is_ok() {
        let now = status.borrow_and_update().clone();
        if handle.update(|tray| tray.status = now).await.is_none() {
            return;
        }
    }
}
