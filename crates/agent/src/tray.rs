//! The tray icon: calm while all is well, alerting (`NeedsAttention`, red icon) while an
//! alert waits for the person. On Linux a StatusNotifierItem over D-Bus (ksni), so it
//! needs no GTK and no display.

use tokio::sync::{mpsc, watch};

/// What the person picked in the tray.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrayCommand {
    OpenWindow,
    /// Terminate every other session of this account (by id).
    TerminateOthers {
        account: String,
    },
    Quit,
}

/// One guarded account as the tray shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrayAccount {
    pub id: String,
    pub label: String,
    pub alerts: usize,
}

/// What the tray shows: every guarded account and the alerts waiting on each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrayStatus {
    pub accounts: Vec<TrayAccount>,
}

impl TrayStatus {
    pub fn pending(&self) -> usize {
        self.accounts.iter().map(|a| a.alerts).sum()
    }

    /// The tooltip: calm, or which accounts have alerts waiting.
    pub fn tooltip(&self) -> String {
        let alerting: Vec<String> = self
            .accounts
            .iter()
            .filter(|a| a.alerts > 0)
            .map(|a| format!("{}: {}", a.label, alerts(a.alerts)))
            .collect();
        match (self.accounts.len(), alerting.is_empty()) {
            (0, _) => "SessionGuard: not signed in".into(),
            (1, true) => "SessionGuard is guarding your Telegram account".into(),
            (n, true) => format!("SessionGuard is guarding {n} Telegram accounts"),
            (1, false) => format!("SessionGuard: {} need you", alerts(self.pending())),
            (_, false) => format!("SessionGuard — {}", alerting.join("; ")),
        }
    }

    /// The menu: open, end other sessions (per account when there are several), quit.
    pub fn menu(&self) -> Vec<(TrayCommand, String)> {
        let mut menu = vec![(TrayCommand::OpenWindow, "Open SessionGuard".to_owned())];
        for account in &self.accounts {
            let label = if self.accounts.len() == 1 {
                "Terminate all other sessions".to_owned()
            } else {
                format!("Terminate all other sessions of {}", account.label)
            };
            menu.push((TrayCommand::TerminateOthers { account: account.id.clone() }, label));
        }
        menu.push((TrayCommand::Quit, "Quit SessionGuard".to_owned()));
        menu
    }
}

fn alerts(n: usize) -> String {
    if n == 1 { "1 alert".into() } else { format!("{n} alerts") }
}

#[cfg(target_os = "linux")]
pub use linux::run;

#[cfg(not(target_os = "linux"))]
pub async fn run(_status: watch::Receiver<TrayStatus>, _commands: mpsc::UnboundedSender<TrayCommand>) {
    tracing::info!("no tray icon on this platform yet; alerts still notify");
}

#[cfg(target_os = "linux")]
mod linux {
    use ksni::TrayMethods;
    use ksni::menu::StandardItem;

    use super::{TrayCommand, TrayStatus, mpsc, watch};

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
            if self.status.pending() > 0 { ksni::Status::NeedsAttention } else { ksni::Status::Active }
        }

        fn icon_pixmap(&self) -> Vec<ksni::Icon> {
            // Not every host shows the attention icon, so the icon itself turns red too.
            if self.status.pending() > 0 { self.icons.alert.clone() } else { self.icons.normal.clone() }
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
    pub async fn run(mut status: watch::Receiver<TrayStatus>, commands: mpsc::UnboundedSender<TrayCommand>) {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account(id: &str, alerts: usize) -> TrayAccount {
        TrayAccount { id: id.into(), label: format!("Account {id}"), alerts }
    }

    #[test]
    fn one_account_keeps_the_short_menu_and_words() {
        let status = TrayStatus { accounts: vec![account("demo", 0)] };
        assert_eq!(status.tooltip(), "SessionGuard is guarding your Telegram account");
        let labels: Vec<String> = status.menu().into_iter().map(|(_, l)| l).collect();
        assert_eq!(labels, ["Open SessionGuard", "Terminate all other sessions", "Quit SessionGuard"]);
        let alerting = TrayStatus { accounts: vec![account("demo", 2)] };
        assert_eq!(alerting.tooltip(), "SessionGuard: 2 alerts need you");
    }

    #[test]
    fn several_accounts_say_which_one_needs_the_person() {
        let status = TrayStatus { accounts: vec![account("a", 0), account("b", 1)] };
        assert_eq!(status.pending(), 1);
        assert_eq!(status.tooltip(), "SessionGuard — Account b: 1 alert");
        let menu = status.menu();
        assert_eq!(menu.len(), 4);
        assert_eq!(
            menu[2],
            (TrayCommand::TerminateOthers { account: "b".into() }, "Terminate all other sessions of Account b".into())
        );
    }
}
