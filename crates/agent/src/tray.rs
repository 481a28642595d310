//! The tray icon: calm while all is well, alerting (`NeedsAttention`, red icon) while an
//! alert waits for the person. On Linux a StatusNotifierItem over D-Bus (ksni), so it
//! needs no GTK and no display.

use tokio::sync::{mpsc, watch};

/// What the person picked in the tray.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrayCommand {
    OpenWindow,
    TerminateOthers,
    Quit,
}

/// The tray's menu, one entry per command.
const MENU: [(TrayCommand, &str); 3] = [
    (TrayCommand::OpenWindow, "Open SessionGuard"),
    (TrayCommand::TerminateOthers, "Terminate all other sessions"),
    (TrayCommand::Quit, "Quit SessionGuard"),
];

/// The tooltip for `pending` alerts.
pub fn tooltip(pending: usize) -> String {
    match pending {
        0 => "SessionGuard is guarding your Telegram account".into(),
        1 => "SessionGuard: 1 alert needs you".into(),
        n => format!("SessionGuard: {n} alerts need you"),
    }
}

#[cfg(target_os = "linux")]
pub use linux::run;

#[cfg(not(target_os = "linux"))]
pub async fn run(_pending: watch::Receiver<usize>, _commands: mpsc::UnboundedSender<TrayCommand>) {
    tracing::info!("no tray icon on this platform yet; alerts still notify");
}

#[cfg(target_os = "linux")]
mod linux {
    use ksni::TrayMethods;
    use ksni::menu::StandardItem;

    use super::{MENU, TrayCommand, mpsc, tooltip, watch};

    struct Icons {
        normal: Vec<ksni::Icon>,
        alert: Vec<ksni::Icon>,
    }

    fn icons() -> Icons {
        let normal = [
            &include_bytes!("../../../icons/tray-normal-32.png")[..],
            &include_bytes!("../../../icons/tray-normal-64.png")[..],
        ];
        let alert = [
            &include_bytes!("../../../icons/tray-alert-32.png")[..],
            &include_bytes!("../../../icons/tray-alert-64.png")[..],
        ];
        Icons {
            normal: normal.iter().filter_map(|png| decode(png)).collect(),
            alert: alert.iter().filter_map(|png| decode(png)).collect(),
        }
    }

    /// An RGBA PNG as the ARGB32 (network order) pixmap the StatusNotifierItem spec wants.
    fn decode(png_bytes: &[u8]) -> Option<ksni::Icon> {
        let mut decoder = png::Decoder::new(png_bytes);
        decoder.set_transformations(png::Transformations::normalize_to_color8() | png::Transformations::ALPHA);
        let mut reader = decoder.read_info().ok()?;
        let mut buffer = vec![0; reader.output_buffer_size()];
        let frame = reader.next_frame(&mut buffer).ok()?;
        if frame.color_type != png::ColorType::Rgba {
            return None;
        }
        let data = buffer[..frame.buffer_size()].chunks_exact(4).flat_map(|p| [p[3], p[0], p[1], p[2]]).collect();
        Some(ksni::Icon { width: i32::try_from(frame.width).ok()?, height: i32::try_from(frame.height).ok()?, data })
    }

    struct GuardTray {
        pending: usize,
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
            if self.pending > 0 { ksni::Status::NeedsAttention } else { ksni::Status::Active }
        }

        fn icon_pixmap(&self) -> Vec<ksni::Icon> {
            // Not every host shows the attention icon, so the icon itself turns red too.
            if self.pending > 0 { self.icons.alert.clone() } else { self.icons.normal.clone() }
        }

        fn attention_icon_pixmap(&self) -> Vec<ksni::Icon> {
            self.icons.alert.clone()
        }

        fn tool_tip(&self) -> ksni::ToolTip {
            ksni::ToolTip { title: tooltip(self.pending), ..Default::default() }
        }

        fn activate(&mut self, _x: i32, _y: i32) {
            let _ = self.commands.send(TrayCommand::OpenWindow);
        }

        fn menu(&self) -> Vec<ksni::MenuItem<Self>> {
            MENU.iter()
                .map(|&(command, label)| {
                    StandardItem {
                        label: label.into(),
                        activate: Box::new(move |tray: &mut Self| {
                            let _ = tray.commands.send(command);
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
    pub async fn run(mut pending: watch::Receiver<usize>, commands: mpsc::UnboundedSender<TrayCommand>) {
        let tray = GuardTray { pending: *pending.borrow(), icons: icons(), commands };
        let handle = match tray.assume_sni_available(true).spawn().await {
            Ok(handle) => handle,
            Err(error) => {
                tracing::warn!(%error, "no tray icon (no session D-Bus?); alerts still notify and log");
                return;
            }
        };
        while pending.changed().await.is_ok() {
            let count = *pending.borrow_and_update();
            if handle.update(|tray| tray.pending = count).await.is_none() {
                return;
            }
        }
    }
}
