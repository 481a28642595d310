//! What the tray shows and offers, the same on every OS: calm while all is well,
//! alerting (red icon, a tooltip naming the account) while an alert waits for the person.
//! Each OS's module draws it (`desktop::linux`, `desktop::windows`, `desktop::macos`).

use sessionguard_i18n::words;
use tokio::sync::{mpsc, watch};

/// What a tray needs: the status to show, and where the person's picks go.
#[derive(Debug)]
pub struct TrayLink {
    pub status: watch::Receiver<TrayStatus>,
    pub commands: mpsc::UnboundedSender<TrayCommand>,
}

/// What the person picked in the tray.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrayCommand {
    OpenWindow,
    /// Terminate every other session of this account (by id).
    TerminateOthers {
        account: String,
    },
    /// "Secure my account" for this account (by id).
    Secure {
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
    /// A saved account is not guarded because the system keyring would not open.
    pub keyring_locked: bool,
    /// The language of its words (a tag; "" is English): a change redraws the tray.
    pub language: &'static str,
}

impl TrayStatus {
    pub fn pending(&self) -> usize {
        self.accounts.iter().map(|a| a.alerts).sum()
    }

    /// Whether the tray asks for the person (the alert icon): an alert waits, or an
    /// account waits for the keyring to be unlocked.
    pub fn needs_you(&self) -> bool {
        self.pending() > 0 || self.keyring_locked
    }

    /// The tooltip: calm, which accounts have alerts waiting, or the locked keyring.
    pub fn tooltip(&self) -> String {
        let words = words(self.language);
        if self.keyring_locked && self.pending() == 0 {
            return words.text("tray-keyring-locked", &[]);
        }
        let alerts = |count: usize| words.text("tray-alerts", &[("count", count.into())]);
        let alerting: Vec<String> = self
            .accounts
            .iter()
            .filter(|a| a.alerts > 0)
            .map(|a| {
                words.text(
                    "tray-account-alerts",
                    &[("account", a.label.as_str().into()), ("alerts", alerts(a.alerts).into())],
                )
            })
            .collect();
        match (self.accounts.len(), alerting.is_empty()) {
            (0, _) => words.text("tray-signed-out", &[]),
            (1, true) => words.text("tray-guarding-one", &[]),
            (n, true) => words.text("tray-guarding-many", &[("count", n.into())]),
            (1, false) => words.text("tray-alerts-need-you", &[("count", self.pending().into())]),
            (_, false) => words.text("tray-alerting-accounts", &[("alerting", alerting.join("; ").into())]),
        }
    }

    /// The menu: open, end other sessions and secure the account (per account when there
    /// are several), quit.
    pub fn menu(&self) -> Vec<(TrayCommand, String)> {
        let words = words(self.language);
        let mut menu = vec![(TrayCommand::OpenWindow, words.text("tray-open", &[]))];
        for account in &self.accounts {
            let of = |alone: &str, of_account: &str| {
                if self.accounts.len() == 1 {
                    words.text(alone, &[])
                } else {
                    words.text(of_account, &[("account", account.label.as_str().into())])
                }
            };
            menu.push((
                TrayCommand::TerminateOthers { account: account.id.clone() },
                of("tray-terminate-others", "tray-terminate-others-of"),
            ));
            menu.push((TrayCommand::Secure { account: account.id.clone() }, of("tray-secure", "tray-secure-of")));
        }
        menu.push((TrayCommand::Quit, words.text("tray-quit", &[])));
        menu
    }
}

impl TrayCommand {
    /// The menu item's id, for trays whose menus are identified by strings (tray-icon).
    pub fn menu_id(&self) -> String {
        match self {
            Self::OpenWindow => "open".into(),
            Self::TerminateOthers { account } => format!("terminate-others:{account}"),
            Self::Secure { account } => format!("secure:{account}"),
            Self::Quit => "quit".into(),
        }
    }

    pub fn from_menu_id(id: &str) -> Option<Self> {
        match id {
            "open" => Some(Self::OpenWindow),
            "quit" => Some(Self::Quit),
            _ => id
                .strip_prefix("terminate-others:")
                .map(|account| Self::TerminateOthers { account: account.into() })
                .or_else(|| id.strip_prefix("secure:").map(|account| Self::Secure { account: account.into() })),
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
        let status = TrayStatus { accounts: vec![account("demo", 0)], ..TrayStatus::default() };
        assert_eq!(status.tooltip(), "SessionGuard is guarding your Telegram account");
        let labels: Vec<String> = status.menu().into_iter().map(|(_, l)| l).collect();
        assert_eq!(
            labels,
            ["Open SessionGuard", "Terminate all other sessions", "Secure my account…", "Quit SessionGuard"]
        );
        let alerting = TrayStatus { accounts: vec![account("demo", 2)], ..TrayStatus::default() };
        assert_eq!(alerting.tooltip(), "SessionGuard: 2 alerts need you");
    }

    #[test]
    fn every_menu_item_comes_back_from_its_id() {
        let status = TrayStatus { accounts: vec![account("a", 0), account("telegram-42", 1)], ..TrayStatus::default() };
        for (command, _) in status.menu() {
            assert_eq!(TrayCommand::from_menu_id(&command.menu_id()), Some(command));
        }
        assert_eq!(TrayCommand::from_menu_id("unknown"), None);
    }

    #[test]
    fn several_accounts_say_which_one_needs_the_person() {
        let status = TrayStatus { accounts: vec![account("a", 0), account("b", 1)], ..TrayStatus::default() };
        assert_eq!(status.pending(), 1);
        assert_eq!(status.tooltip(), "SessionGuard — Account b: 1 alert");
        let menu = status.menu();
        assert_eq!(menu.len(), 6);
        assert_eq!(menu[4], (TrayCommand::Secure { account: "b".into() }, "Secure my account… of Account b".into()));
        assert_eq!(
            menu[3],
            (TrayCommand::TerminateOthers { account: "b".into() }, "Terminate all other sessions of Account b".into())
        );
    }

    #[test]
    fn the_tray_speaks_the_chosen_language() {
        let status = TrayStatus { accounts: vec![account("demo", 3)], language: "ru", ..TrayStatus::default() };
        assert!(status.tooltip().contains('3') && !status.tooltip().contains("alerts"), "{}", status.tooltip());
        assert!(status.menu().iter().all(|(_, label)| !label.contains("Terminate")), "{:?}", status.menu());
    }

    #[test]
    fn a_locked_keyring_asks_for_the_person() {
        let status = TrayStatus { keyring_locked: true, ..TrayStatus::default() };
        assert!(status.needs_you());
        assert!(status.tooltip().contains("keyring is locked — unlock it"), "{}", status.tooltip());
    }
}
