//! The saved Telegram accounts, read back from the keyring at start (and when the person
//! asks again after unlocking it). The keyring itself says which accounts are saved — the
//! settings file only adds their names — so a damaged settings file forgets nobody; and a
//! keyring that is locked, whose unlock prompt was dismissed, or that does not answer, is
//! told apart from one that holds nothing: the account is saved, and the person is asked
//! to unlock it, in the window and the tray. Every keyring call has a time limit.

use std::sync::Arc;
use std::time::Duration;

use keyring_core::CredentialStore;
use sessionguard_telegram::vault::{AccountSecrets, Vault, VaultError};

use crate::accounts::Accounts;
use crate::storage::notices::Topic;
use crate::storage::settings_store::TelegramAccountEntry;

/// The keyring entry the first Telegram account of earlier versions used.
const LEGACY_VAULT_ENTRY: &str = "telegram";

/// How long one keyring call may take before the agent goes on without it (an unlock
/// prompt may be waiting for the person).
pub const KEYRING_WAIT: Duration = Duration::from_secs(10);

/// Runs one blocking keyring call off the async threads, for at most `wait`: an unlock
/// prompt nobody answers must not hold the agent up. `None` when it did not finish in
/// time (it goes on alone, and its result is dropped).
pub async fn within<T: Send + 'static>(wait: Duration, call: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    match tokio::time::timeout(wait, tokio::task::spawn_blocking(call)).await {
        Ok(Ok(result)) => Some(result),
        Ok(Err(_)) | Err(_) => None,
    }
}

/// A vault call within `wait`; too slow is [`VaultError::TimedOut`].
pub async fn keyring_call<T: Send + 'static>(
    wait: Duration,
    call: impl FnOnce() -> Result<T, VaultError> + Send + 'static,
) -> Result<T, VaultError> {
    within(wait, call).await.unwrap_or(Err(VaultError::TimedOut))
}

/// What reading the saved accounts found.
#[derive(Debug, Default)]
pub struct Restored {
    /// Accounts that could not be started, in words.
    pub problems: Vec<String>,
    /// An account known to be saved (listed in the settings, or found in the keyring)
    /// waits for the keyring to open.
    pub waiting: bool,
}

impl Accounts {
    /// Reads every saved account from the keyring and guards it; says what could not be.
    pub(crate) async fn restore_saved(&self, store: &Arc<CredentialStore>) -> Restored {
        let wait = self.setup.keyring_wait;
        let restored = Restored::default();
        let listed = self.setup.settings.telegram_accounts();
        let mut entries: Vec<String> = listed.iter().map(|a| a.entry.clone()).collect();
        let searcher = store.clone();
        // Whether the keyring said which accounts it holds; if not, an entry the settings do
        // not list is not known to be saved.
        let searched = match keyring_call(wait, move || Vault::saved_accounts(&searcher)).await {
            Ok(found) => {
                entries.extend(found);
                true
            }
            Err(error) if error.is_waiting_for_unlock() => {
                self.keyring_waiting(
                    "the keyring",
                    format!(
                        "SessionGuard cannot see whether a Telegram account is saved here: {}. Unlock the keyring, \
                         then choose Try again.",
                        why_closed(&error)
                    ),
                );
                // Each further call would wait as long: only the accounts the settings list.
                return self.load_entries(store, entries, &listed, false, restored).await;
            }
            Err(error) => {
                tracing::warn!(%error, "could not list the keyring's saved accounts");
                entries.insert(0, LEGACY_VAULT_ENTRY.to_owned());
                false
            }
        };
        if searched {
            self.resolve_notice(&Topic::KeyringWaiting("the keyring".into()));
        }
        self.load_entries(store, entries, &listed, searched, restored).await
    }

    /// Loads `entries` and guards each account found; `searched`, the keyring listed them
    /// (so each is known to be saved).
    async fn load_entries(
        &self,
        store: &Arc<CredentialStore>,
        entries: Vec<String>,
        listed: &[TelegramAccountEntry],
        searched: bool,
        mut restored: Restored,
    ) -> Restored {
        let wait = self.setup.keyring_wait;
        let mut seen = Vec::new();
        for entry in entries {
            if seen.contains(&entry) || self.roster().slots.iter().any(|s| s.vault_entry() == Some(entry.as_str())) {
                continue;
            }
            seen.push(entry.clone());
            let label = listed.iter().find(|a| a.entry == entry).map_or_else(|| entry.clone(), |a| a.label.clone());
            let vault = Vault::new(store.clone(), entry.clone());
            let loader = vault.clone();
            match keyring_call(wait, move || loader.load()).await {
                Ok(Some(secrets)) => {
                    self.resolve_notice(&Topic::KeyringWaiting(entry.clone()));
                    self.keep_listed(&entry, &secrets).await;
                    if let Err(problem) = self.guard_telegram(vault, secrets, None).await {
                        restored.problems.push(problem);
                    }
                }
                Ok(None) if listed.iter().any(|a| a.entry == entry) => restored.problems.push(format!(
                    "The key of the Telegram account “{label}” is no longer in the system keyring; sign in again to \
                     guard it."
                )),
                Ok(None) => {}
                // Said only of an account known to be saved (listed, or found by the search).
                Err(error)
                    if error.is_waiting_for_unlock() && (searched || listed.iter().any(|a| a.entry == entry)) =>
                {
                    restored.waiting = true;
                    self.keyring_waiting(
                        &entry,
                        format!(
                            "Your Telegram account “{label}” is saved, but {} — unlock the keyring, then choose Try \
                             again. Until then it is not guarded.",
                            why_closed(&error)
                        ),
                    );
                }
                Err(error) if error.is_waiting_for_unlock() => {}
                Err(error) => restored.problems.push(format!("The Telegram account “{label}”: {error}.")),
            }
        }
        restored
    }

    /// The person unlocked the keyring (or says so): reads the saved accounts again.
    pub(crate) async fn retry_keyring(&self) {
        let Ok(store) = self.setup.keyring.clone() else { return };
        let restored = self.restore_saved(&store).await;
        for problem in restored.problems {
            self.add_notice(problem, Topic::News);
        }
        self.publish();
    }

    /// An account found in the keyring but missing from the settings (a damaged or lost
    /// settings file) is listed again.
    async fn keep_listed(&self, entry: &str, secrets: &AccountSecrets) {
        let id = format!("telegram-{}", secrets.user_id);
        if self.setup.settings.telegram_accounts().iter().any(|a| a.id == id) {
            return;
        }
        let listed = TelegramAccountEntry { id, entry: entry.to_owned(), label: "Telegram".into() };
        if let Err(error) = self.setup.settings.add_telegram_account(listed).await {
            tracing::warn!(%error, "an account found in the keyring could not be listed in the settings");
        }
    }

    fn keyring_waiting(&self, entry: &str, text: String) {
        tracing::warn!(entry, "a saved account waits for the keyring to open");
        self.roster().notices.add(text, Topic::KeyringWaiting(entry.to_owned()));
        self.publish();
    }
}

/// Why the keyring would not open, in a few words.
fn why_closed(error: &VaultError) -> &'static str {
    match error {
        VaultError::Dismissed => "the keyring's unlock prompt was dismissed",
        VaultError::TimedOut => "the system keyring did not answer (an unlock prompt may be waiting for you)",
        _ => "the system keyring is locked",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_keyring_that_does_not_answer_is_a_time_out_not_a_hang() {
        let (release, hold) = std::sync::mpsc::channel::<()>();
        let stuck = keyring_call(Duration::from_millis(50), move || {
            let _ = hold.recv();
            Ok(())
        });
        assert!(matches!(stuck.await, Err(VaultError::TimedOut)));
        drop(release);
        assert_eq!(keyring_call(Duration::from_secs(5), || Ok(7)).await.ok(), Some(7));
    }
}
