//! The person's settings and the list of signed-in Telegram accounts, in one JSON file
//! only its owner can read, written atomically. A damaged file is set aside, never lost.
//! Saves run off the async threads, one at a time, and each writes the newest settings,
//! so the file is never older than a change that was reported saved.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use serde::{Deserialize, Serialize};
use sessionguard_protocol::Settings;

use crate::storage::private_file::write_private_json;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
struct Stored {
    version: u32,
    settings: Settings,
    /// The signed-in Telegram accounts, in the order they were added.
    telegram_accounts: Vec<TelegramAccountEntry>,
}

/// A signed-in Telegram account: nothing secret (its key is in the keyring entry named here).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TelegramAccountEntry {
    /// The account's id in the agent ("telegram-<user id>").
    pub id: String,
    /// The keyring entry holding its key.
    pub entry: String,
    /// The person's name on Telegram, to tell accounts apart.
    pub label: String,
}

const VERSION: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("could not save the settings to {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
}

#[derive(Debug)]
pub struct SettingsStore {
    /// `None`: kept in memory only (no data directory on this system).
    path: Option<PathBuf>,
    stored: Mutex<Stored>,
    /// Held while the file is written: one writer at a time.
    writer: Mutex<()>,
}

impl SettingsStore {
    /// Reads the file at `path`; a missing file is the defaults. A damaged one is renamed
    /// aside and the defaults are used: the returned note says so, for the person.
    pub fn open(path: Option<PathBuf>) -> (Self, Option<String>) {
        let (stored, note) = match &path {
            Some(path) => read(path),
            None => (Stored::default(), None),
        };
        (Self { path, stored: Mutex::new(stored), writer: Mutex::new(()) }, note)
    }

    pub fn settings(&self) -> Settings {
        self.lock().settings.clone()
    }

    /// The language the words are in: the one chosen, else the system's (see `language`).
    pub fn language(&self) -> &'static str {
        crate::words::language::resolve(self.lock().settings.language.as_deref())
    }

    /// Changes the settings and saves them; on a failed save the change still holds for
    /// this run, and the error says it was not kept.
    pub async fn update(self: &Arc<Self>, change: impl FnOnce(&mut Settings)) -> Result<Settings, SettingsError> {
        let settings = {
            let mut stored = self.lock();
            change(&mut stored.settings);
            stored.settings.clone()
        };
        self.save().await?;
        Ok(settings)
    }

    pub fn telegram_accounts(&self) -> Vec<TelegramAccountEntry> {
        self.lock().telegram_accounts.clone()
    }

    /// Adds an account, or updates the one with the same id.
    pub async fn add_telegram_account(self: &Arc<Self>, account: TelegramAccountEntry) -> Result<(), SettingsError> {
        {
            let mut stored = self.lock();
            stored.telegram_accounts.retain(|a| a.id != account.id);
            stored.telegram_accounts.push(account);
        }
        self.save().await
    }

    pub async fn remove_telegram_account(self: &Arc<Self>, id: &str) -> Result<(), SettingsError> {
        self.lock().telegram_accounts.retain(|a| a.id != id);
        self.save().await
    }

    /// Writes the newest settings, on a blocking thread, one writer at a time.
    async fn save(self: &Arc<Self>) -> Result<(), SettingsError> {
        let Some(path) = self.path.clone() else { return Ok(()) };
        let (this, target) = (self.clone(), path.clone());
        let written = tokio::task::spawn_blocking(move || {
            let _writer = this.writer.lock().unwrap_or_else(PoisonError::into_inner);
            // Taken under the writer's lock: whichever save writes last writes the newest.
            let stored = Stored { version: VERSION, ..this.lock().clone() };
            write_private_json(&target, &stored)
        })
        .await
        .unwrap_or_else(|_| Err(std::io::Error::other("the save stopped unexpectedly")));
        written.map_err(|source| SettingsError::Write { path: path.clone(), source })
    }

    fn lock(&self) -> MutexGuard<'_, Stored> {
        self.stored.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

fn read(path: &Path) -> (Stored, Option<String>) {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return (Stored::default(), None),
        Err(error) => {
            tracing::warn!(%error, path = %path.display(), "cannot read the settings; using the defaults");
            return (
                Stored::default(),
                Some(format!("Your settings could not be read ({error}); the defaults apply.")),
            );
        }
    };
    match serde_json::from_slice::<Stored>(&bytes) {
        Ok(stored) => (stored, None),
        Err(error) => {
            let aside = set_aside(path);
            tracing::warn!(%error, path = %path.display(), "the settings file is damaged; set aside");
            let kept = aside.map(|p| format!(" The damaged file was kept as {}.", p.display())).unwrap_or_default();
            (Stored::default(), Some(format!("Your settings file was damaged, so the defaults apply.{kept}")))
        }
    }
}

fn set_aside(path: &Path) -> Option<PathBuf> {
    let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
    let mut name = path.file_name()?.to_os_string();
    name.push(format!(".corrupt-{stamp}"));
    let aside = path.with_file_name(name);
    std::fs::rename(path, &aside).ok()?;
    Some(aside)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(path: &Path) -> (Arc<SettingsStore>, Option<String>) {
        let (store, note) = SettingsStore::open(Some(path.to_path_buf()));
        (Arc::new(store), note)
    }

    #[tokio::test]
    async fn settings_and_accounts_survive_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config").join("settings.json");
        let (store, note) = open(&path);
        assert!(note.is_none());
        store.update(|s| s.rules.lockdown = true).await.unwrap();
        let account = |label: &str| TelegramAccountEntry {
            id: "telegram-42".into(),
            entry: "telegram-42".into(),
            label: label.into(),
        };
        store.add_telegram_account(account("Alice")).await.unwrap();
        store.add_telegram_account(account("Alice (@alice)")).await.unwrap();

        let (again, _) = open(&path);
        assert!(again.settings().rules.lockdown);
        assert_eq!(again.telegram_accounts(), vec![account("Alice (@alice)")]);
        again.remove_telegram_account("telegram-42").await.unwrap();
        assert!(SettingsStore::open(Some(path.clone())).0.telegram_accounts().is_empty());

        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&path), 0o600);
            assert_eq!(mode(path.parent().unwrap()), 0o700);
        }
    }

    #[tokio::test]
    async fn a_damaged_file_is_set_aside_and_the_defaults_apply() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(&path, b"{\"settings\": {\"rules\": tru").unwrap();
        let (store, note) = open(&path);
        assert_eq!(store.settings(), Settings::default());
        let note = note.unwrap();
        assert!(note.contains("damaged") && note.contains(".corrupt-"), "{note}");
        let aside: Vec<_> = std::fs::read_dir(dir.path()).unwrap().filter_map(|e| e.ok()).collect();
        assert!(aside.iter().any(|e| e.file_name().to_string_lossy().starts_with("settings.json.corrupt-")));
        // The next save writes a good file again.
        store.update(|s| s.autostart = true).await.unwrap();
        assert!(SettingsStore::open(Some(path)).0.settings().autostart);
    }

    /// Many saves at once: none fails, no temporary file is left, and the file holds what
    /// memory holds (each change was kept).
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn concurrent_saves_all_succeed_and_the_newest_wins() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        let (store, _) = open(&path);
        let saves: Vec<_> = (0..64)
            .map(|i| {
                let store = store.clone();
                tokio::spawn(async move {
                    let entry =
                        TelegramAccountEntry { id: format!("telegram-{i}"), entry: format!("e{i}"), label: "A".into() };
                    store.add_telegram_account(entry).await
                })
            })
            .collect();
        for save in saves {
            save.await.unwrap().unwrap();
        }
        let on_disk = SettingsStore::open(Some(path.clone())).0.telegram_accounts();
        assert_eq!(on_disk.len(), 64, "every account is on disk");
        assert_eq!(on_disk, store.telegram_accounts());
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into())
            .collect();
        assert_eq!(names, ["settings.json"], "no temporary file left behind");
    }
}
