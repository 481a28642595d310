//! The signed-in account's secrets — auth key, DC, user id, api_id and api_hash — kept in
//! the OS keyring (Secret Service on Linux), never in a file. No keyring, no sign-in:
//! there is no plain-text fallback.

use std::collections::HashMap;
use std::sync::Arc;

use keyring_core::{CredentialStore, Entry, Error as KeyringError};
use serde::{Deserialize, Serialize};

use crate::secret::Sensitive;

/// The keyring service every SessionGuard entry is filed under.
pub const KEYRING_SERVICE: &str = "app.sessionguard.desktop";
/// Telegram's auth keys are 2048 bits.
pub const AUTH_KEY_BYTES: usize = 256;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountSecrets {
    pub dc_id: i32,
    pub user_id: i64,
    pub auth_key: Sensitive<[u8; AUTH_KEY_BYTES]>,
    pub api_id: i32,
    pub api_hash: Sensitive<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error(
        "no system keyring is available ({0}). SessionGuard keeps your Telegram key only in the \
         keyring (GNOME Keyring, KWallet, Keychain, Credential Manager) and never in a file"
    )]
    NoKeyring(String),
    #[error("the system keyring is locked; unlock it and try again")]
    Locked,
    #[error("the system keyring's unlock prompt was dismissed; unlock the keyring to go on")]
    Dismissed,
    #[error("the system keyring did not answer (an unlock prompt may be waiting for you)")]
    TimedOut,
    #[error("the saved Telegram account in the keyring is damaged; sign in again")]
    Corrupt,
    #[error("the system keyring failed: {0}")]
    Keyring(String),
}

impl From<KeyringError> for VaultError {
    fn from(error: KeyringError) -> Self {
        match error {
            KeyringError::NoDefaultStore | KeyringError::NotSupportedByStore(_) => Self::NoKeyring(error.to_string()),
            KeyringError::NoStorageAccess(ref inner) if prompt_dismissed(inner.as_ref()) => Self::Dismissed,
            KeyringError::NoStorageAccess(_) => Self::Locked,
            KeyringError::BadEncoding(_) | KeyringError::BadDataFormat(..) => Self::Corrupt,
            other => Self::Keyring(other.to_string()),
        }
    }
}

impl VaultError {
    /// The keyring holds the account but will not open now (locked, its prompt dismissed
    /// or unanswered): worth trying again once the person unlocks it.
    pub fn is_waiting_for_unlock(&self) -> bool {
        matches!(self, Self::Locked | Self::Dismissed | Self::TimedOut)
    }
}

/// Whether the Secret Service said its unlock prompt was dismissed (not merely locked).
#[cfg(target_os = "linux")]
fn prompt_dismissed(inner: &(dyn std::error::Error + Send + Sync + 'static)) -> bool {
    matches!(inner.downcast_ref::<dbus_secret_service::Error>(), Some(dbus_secret_service::Error::Prompt))
}

#[cfg(not(target_os = "linux"))]
fn prompt_dismissed(_inner: &(dyn std::error::Error + Send + Sync + 'static)) -> bool {
    false
}

/// How the secrets are laid out inside the one keyring entry (about 600 bytes: under
/// Windows Credential Manager's 2,560-byte cap).
#[derive(Serialize, Deserialize)]
struct Stored {
    version: u8,
    dc_id: i32,
    user_id: i64,
    auth_key_hex: String,
    api_id: i32,
    api_hash: String,
}

/// One account's entry in a credential store.
#[derive(Debug, Clone)]
pub struct Vault {
    store: Arc<CredentialStore>,
    account: String,
}

impl Vault {
    /// The account's entry in `store`; `account` is a local name, never the phone number.
    pub fn new(store: Arc<CredentialStore>, account: impl Into<String>) -> Self {
        Self { store, account: account.into() }
    }

    /// The platform's keyring: the Secret Service over D-Bus on Linux, the Credential
    /// Manager on Windows, the login Keychain on macOS.
    pub fn system_store() -> Result<Arc<CredentialStore>, VaultError> {
        let no_keyring = |e: KeyringError| VaultError::NoKeyring(e.to_string());
        #[cfg(target_os = "linux")]
        let store: Arc<CredentialStore> = dbus_secret_service_keyring_store::Store::new().map_err(no_keyring)?;
        #[cfg(target_os = "windows")]
        let store: Arc<CredentialStore> = windows_native_keyring_store::Store::new().map_err(no_keyring)?;
        #[cfg(target_os = "macos")]
        let store: Arc<CredentialStore> = apple_native_keyring_store::keychain::Store::new().map_err(no_keyring)?;
        Ok(store)
    }

    /// The account's name in the keyring.
    pub fn account(&self) -> &str {
        &self.account
    }

    /// The accounts saved under SessionGuard's service in `store`, found in the keyring
    /// itself: a damaged or lost settings file must not make a saved account forgotten.
    /// Empty where the store cannot search.
    pub fn saved_accounts(store: &Arc<CredentialStore>) -> Result<Vec<String>, VaultError> {
        let entries = match store.search(&search_spec()) {
            Ok(entries) => entries,
            Err(KeyringError::NotSupportedByStore(_)) => return Ok(Vec::new()),
            Err(error) => return Err(error.into()),
        };
        let mut names = Vec::new();
        for entry in entries {
            let name = match entry.get_specifiers() {
                Some((service, user)) => (service == KEYRING_SERVICE).then_some(user),
                None => entry.get_attributes().ok().and_then(|attributes| {
                    let ours = attributes.get("service").is_some_and(|s| s == KEYRING_SERVICE);
                    let user = ["username", "user", "account"].iter().find_map(|key| attributes.get(*key)).cloned();
                    user.filter(|_| ours)
                }),
            };
            if let Some(name) = name
                && !names.contains(&name)
            {
                names.push(name);
            }
        }
        Ok(names)
    }

    fn entry(&self) -> Result<Entry, VaultError> {
        Ok(self.store.build(KEYRING_SERVICE, &self.account, None)?)
    }

    /// The saved account, or `None` when none was saved.
    pub fn load(&self) -> Result<Option<AccountSecrets>, VaultError> {
        let bytes = match self.entry()?.get_secret() {
            Ok(bytes) => bytes,
            Err(KeyringError::NoEntry) => return Ok(None),
            Err(error) => return Err(error.into()),
        };
        let stored: Stored = serde_json::from_slice(&bytes).map_err(|_| VaultError::Corrupt)?;
        let key = decode_hex(&stored.auth_key_hex).ok_or(VaultError::Corrupt)?;
        if stored.version != 1 {
            return Err(VaultError::Corrupt);
        }
        Ok(Some(AccountSecrets {
            dc_id: stored.dc_id,
            user_id: stored.user_id,
            auth_key: Sensitive::new(key),
            api_id: stored.api_id,
            api_hash: Sensitive::new(stored.api_hash),
        }))
    }

    pub fn save(&self, secrets: &AccountSecrets) -> Result<(), VaultError> {
        let stored = Stored {
            version: 1,
            dc_id: secrets.dc_id,
            user_id: secrets.user_id,
            auth_key_hex: encode_hex(secrets.auth_key.expose()),
            api_id: secrets.api_id,
            api_hash: secrets.api_hash.expose().clone(),
        };
        let bytes = serde_json::to_vec(&stored).map_err(|e| VaultError::Keyring(e.to_string()))?;
        Ok(self.entry()?.set_secret(&bytes)?)
    }

    /// Forgets the account; forgetting one that is not there is not an error.
    pub fn delete(&self) -> Result<(), VaultError> {
        match self.entry()?.delete_credential() {
            Ok(()) | Err(KeyringError::NoEntry) => Ok(()),
            Err(error) => Err(error.into()),
        }
    }
}

/// What to search the store for: our service (Windows' store matches a pattern against
/// the credential's target name, which holds the service).
fn search_spec() -> HashMap<&'static str, &'static str> {
    #[cfg(target_os = "windows")]
    let spec = HashMap::from([("pattern", r"app\.sessionguard\.desktop")]);
    #[cfg(not(target_os = "windows"))]
    let spec = HashMap::from([("service", KEYRING_SERVICE)]);
    spec
}

fn encode_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn decode_hex(text: &str) -> Option<[u8; AUTH_KEY_BYTES]> {
    if text.len() != AUTH_KEY_BYTES * 2 || !text.is_ascii() {
        return None;
    }
    let mut key = [0u8; AUTH_KEY_BYTES];
    for (i, byte) in key.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn secrets() -> AccountSecrets {
        let mut key = [0u8; AUTH_KEY_BYTES];
        for (i, b) in key.iter_mut().enumerate() {
            *b = (i * 7 % 251) as u8;
        }
        AccountSecrets {
            dc_id: 2,
            user_id: 123_456_789,
            auth_key: Sensitive::new(key),
            api_id: 2040,
            api_hash: Sensitive::new("b18441a1ff607e10a989891a5462e627".into()),
        }
    }

    fn mock_vault() -> Vault {
        let store: Arc<CredentialStore> = keyring_core::mock::Store::new().expect("mock store");
        Vault::new(store, "account-1")
    }

    #[test]
    fn saved_secrets_read_back_and_delete() {
        let vault = mock_vault();
        assert!(vault.load().expect("empty load").is_none());
        vault.save(&secrets()).expect("save");
        assert_eq!(vault.load().expect("load"), Some(secrets()));
        vault.delete().expect("delete");
        assert!(vault.load().expect("load after delete").is_none());
        vault.delete().expect("deleting twice is fine");
    }

    #[test]
    fn saved_accounts_are_found_in_the_keyring_itself() {
        let store: Arc<CredentialStore> = keyring_core::mock::Store::new().expect("mock store");
        for account in ["telegram-1", "telegram-2"] {
            Vault::new(store.clone(), account).save(&secrets()).expect("save");
        }
        store.build("another.app", "telegram-3", None).and_then(|e| e.set_password("x")).expect("another app's");
        let mut found = Vault::saved_accounts(&store).expect("search");
        found.sort();
        assert_eq!(found, ["telegram-1", "telegram-2"]);
    }

    #[test]
    fn debug_of_the_secrets_shows_no_key_nor_hash() {
        let text = format!("{:?}", secrets());
        assert!(!text.contains("b18441a1"), "{text}");
        assert!(text.contains("auth_key: <redacted>") && text.contains("api_hash: <redacted>"), "{text}");
    }

    #[test]
    fn the_stored_form_fits_windows_credential_manager() {
        let vault = mock_vault();
        vault.save(&secrets()).expect("save");
        let bytes = vault.entry().expect("entry").get_secret().expect("secret");
        assert!(bytes.len() < 2560, "{} bytes", bytes.len());
    }

    #[test]
    fn hex_round_trips_and_rejects_damage() {
        let key = *secrets().auth_key.expose();
        assert_eq!(decode_hex(&encode_hex(&key)), Some(key));
        assert_eq!(decode_hex("zz"), None);
        assert_eq!(decode_hex(&"g".repeat(512)), None);
    }
}
