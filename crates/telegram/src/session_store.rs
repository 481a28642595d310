//! grammers' `Session`, kept in memory and persisted to the keyring: the home DC and its
//! auth key go to the `Vault`, never to grammers' plain-text SQLite file.

use std::sync::{Mutex, PoisonError};

use grammers_session::storages::{MemorySession, MemorySessionError};
use grammers_session::types::{DcOption, PeerId, PeerInfo, UpdateState, UpdatesState};
use grammers_session::{BoxFuture, Session};

use crate::secret::Sensitive;
use crate::server_choice::ServerChoice;
use crate::vault::{AccountSecrets, Vault, VaultError};

#[derive(Debug, thiserror::Error)]
pub enum SessionStoreError {
    #[error(transparent)]
    Memory(#[from] MemorySessionError),
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error("saving to the keyring stopped unexpectedly")]
    Interrupted,
}

pub struct KeyringSession {
    memory: MemorySession,
    vault: Vault,
    secrets: Mutex<AccountSecrets>,
}

impl std::fmt::Debug for KeyringSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyringSession").finish_non_exhaustive()
    }
}

impl KeyringSession {
    /// A session for saved secrets. `server` replaces the home DC's address, to point the
    /// client at a Telegram-compatible test server (default: Telegram's own DCs).
    pub fn restore(vault: Vault, secrets: AccountSecrets, server: &ServerChoice) -> Self {
        let mut data = server.for_restore().session_data(secrets.dc_id, Some(*secrets.auth_key.expose()));
        // Knowing who we are makes grammers fetch the update state on connect, so pushes
        // that carry a `pts` (777000's messages) are followed from the first one.
        data.peer_infos.insert(
            PeerId::self_user(),
            PeerInfo::User { id: secrets.user_id, auth: None, bot: Some(false), is_self: Some(true) },
        );
        Self { memory: MemorySession::from(data), vault, secrets: Mutex::new(secrets) }
    }

    /// Saves the secrets as they are now, off the async runtime (the keyring is D-Bus),
    /// unless the change changed nothing: grammers reports the key it connected with on
    /// every connect, and a keyring asked to rewrite an item it was just given can keep the
    /// connection waiting (gnome-keyring did, for 20 s and more, right after a sign-in).
    async fn persist(&self, change: impl FnOnce(&mut AccountSecrets)) -> Result<(), SessionStoreError> {
        let secrets = {
            let mut secrets = self.secrets.lock().unwrap_or_else(PoisonError::into_inner);
            let before = (secrets.dc_id, *secrets.auth_key.expose());
            change(&mut secrets);
            if (secrets.dc_id, *secrets.auth_key.expose()) == before {
                return Ok(());
            }
            secrets.clone()
        };
        let vault = self.vault.clone();
        tokio::task::spawn_blocking(move || vault.save(&secrets))
            .await
            .map_err(|_| SessionStoreError::Interrupted)?
            .map_err(SessionStoreError::from)
    }
}

impl Session for KeyringSession {
    type Error = SessionStoreError;

    fn home_dc_id(&self) -> Result<i32, SessionStoreError> {
        Ok(self.memory.home_dc_id()?)
    }

    fn set_home_dc_id(&self, dc_id: i32) -> BoxFuture<'_, Result<(), SessionStoreError>> {
        Box::pin(async move {
            self.memory.set_home_dc_id(dc_id).await?;
            let key = self.memory.dc_option(dc_id)?.and_then(|o| o.auth_key);
            if let Some(key) = key {
                self.persist(|s| {
                    s.dc_id = dc_id;
                    s.auth_key = Sensitive::new(key);
                })
                .await?;
            }
            Ok(())
        })
    }

    fn dc_option(&self, dc_id: i32) -> Result<Option<DcOption>, SessionStoreError> {
        Ok(self.memory.dc_option(dc_id)?)
    }

    fn set_dc_option(&self, dc_option: &DcOption) -> BoxFuture<'_, Result<(), SessionStoreError>> {
        let dc_option = dc_option.clone();
        Box::pin(async move {
            self.memory.set_dc_option(&dc_option).await?;
            let home = self.memory.home_dc_id()?;
            if let (true, Some(key)) = (dc_option.id == home, dc_option.auth_key) {
                self.persist(|s| {
                    s.dc_id = home;
                    s.auth_key = Sensitive::new(key);
                })
                .await?;
            }
            Ok(())
        })
    }

    fn peer(&self, peer: PeerId) -> BoxFuture<'_, Result<Option<PeerInfo>, SessionStoreError>> {
        Box::pin(async move { Ok(self.memory.peer(peer).await?) })
    }

    fn cache_peer(&self, peer: PeerInfo) -> BoxFuture<'_, Result<(), SessionStoreError>> {
        Box::pin(async move { Ok(self.memory.cache_peer(peer).await?) })
    }

    fn updates_state(&self) -> BoxFuture<'_, Result<UpdatesState, SessionStoreError>> {
        Box::pin(async move { Ok(self.memory.updates_state().await?) })
    }

    fn set_update_state(&self, update: UpdateState) -> BoxFuture<'_, Result<(), SessionStoreError>> {
        Box::pin(async move { Ok(self.memory.set_update_state(update).await?) })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use keyring_core::CredentialStore;

    use super::*;
    use crate::vault::AUTH_KEY_BYTES;

    fn secrets(byte: u8) -> AccountSecrets {
        AccountSecrets {
            dc_id: 2,
            user_id: 7,
            auth_key: Sensitive::new([byte; AUTH_KEY_BYTES]),
            api_id: 2040,
            api_hash: Sensitive::new("0123456789abcdef0123456789abcdef".into()),
        }
    }

    fn vault() -> Vault {
        let store: Arc<CredentialStore> = keyring_core::mock::Store::new().expect("mock store");
        Vault::new(store, "test")
    }

    #[tokio::test]
    async fn a_restored_session_holds_the_key_and_the_test_server_address() {
        let server: std::net::SocketAddrV4 = "127.0.0.1:4430".parse().expect("address");
        let choice = ServerChoice { address: Some(server), ..ServerChoice::default() };
        let session = KeyringSession::restore(vault(), secrets(1), &choice);
        assert_eq!(session.home_dc_id().expect("home"), 2);
        let option = session.dc_option(2).expect("option").expect("dc 2");
        assert_eq!(option.ipv4, server);
        assert_eq!(option.auth_key, Some([1; AUTH_KEY_BYTES]));
    }

    #[tokio::test]
    async fn a_new_home_key_is_saved_to_the_keyring_and_others_are_not() {
        let vault = vault();
        let session = KeyringSession::restore(vault.clone(), secrets(1), &ServerChoice::telegram());
        let mut other = session.dc_option(4).expect("option").expect("dc 4");
        other.auth_key = Some([9; AUTH_KEY_BYTES]);
        session.set_dc_option(&other).await.expect("other dc");
        assert!(vault.load().expect("load").is_none(), "a non-home key is not persisted");

        let mut home = session.dc_option(2).expect("option").expect("dc 2");
        home.auth_key = Some([5; AUTH_KEY_BYTES]);
        session.set_dc_option(&home).await.expect("home dc");
        let saved = vault.load().expect("load").expect("saved");
        assert_eq!(saved.auth_key.expose(), &[5; AUTH_KEY_BYTES]);

        // The same key reported again (grammers does, on every connect) is not written again.
        vault.delete().expect("delete");
        session.set_dc_option(&home).await.expect("home dc again");
        assert!(vault.load().expect("load").is_none(), "an unchanged key is not rewritten");

        // Migrating home to DC 4, whose key we have, saves that key with the new DC.
        session.set_home_dc_id(4).await.expect("migrate");
        let saved = vault.load().expect("load").expect("saved");
        assert_eq!((saved.dc_id, *saved.auth_key.expose()), (4, [9; AUTH_KEY_BYTES]));
    }
}
