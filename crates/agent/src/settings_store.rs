//! The person's settings and the list of signed-in Telegram accounts, in one JSON file
//! only its owner can read, written atomically. A damaged file is set aside, never lost.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use serde::{Deserialize, Serialize};
use sessionguard_protocol::Settings;

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
}

impl SettingsStore {
    /// Reads the file at `path`; a missing file is the defaults. A damaged one is renamed
    /// aside and the defaults are used: the returned note says so, for the person.
    pub fn open(path: Option<PathBuf>) -> (Self, Option<String>) {
        let (stored, note) = match &path {
            Some(path) => read(path),
            None => (Stored::default(), None),
        };
        (Self { path, stored: Mutex::new(stored) }, note)
    }

    pub fn settings(&self) -> Settings {
        self.lock().settings.clone()
    }

    /// Changes the settings and saves them; on a failed save the change still holds for
    /// this run, and the error says it was not kept.
    pub fn update(&self, change: impl FnOnce(&mut Settings)) -> Result<Settings, SettingsError> {
        let (settings, snapshot) = {
            let mut stored = self.lock();
            change(&mut stored.settings);
            (stored.settings.clone(), stored.clone())
        };
        self.save(&snapshot)?;
        Ok(settings)
    }

    pub fn telegram_accounts(&self) -> Vec<TelegramAccountEntry> {
        self.lock().telegram_accounts.clone()
    }

    /// Adds an account, or updates the one with the same id.
    pub fn add_telegram_account(&self, account: TelegramAccountEntry) -> Result<(), SettingsError> {
        let snapshot = {
            let mut stored = self.lock();
            stored.telegram_accounts.retain(|a| a.id != account.id);
            stored.telegram_accounts.push(account);
            stored.clone()
        };
        self.save(&snapshot)
    }

    pub fn remove_telegram_account(&self, id: &str) -> Result<(), SettingsError> {
        let snapshot = {
            let mut stored = self.lock();
            stored.telegram_accounts.retain(|a| a.id != id);
            stored.clone()
        };
        self.save(&snapshot)
    }

    fn save(&self, stored: &Stored) -> Result<(), SettingsError> {
        let Some(path) = &self.path else { return Ok(()) };
        let stored = Stored { version: VERSION, ..stored.clone() };
        write_atomically(path, &stored).map_err(|source| SettingsError::Write { path: path.clone(), source })
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

/// Writes to a private temporary file beside `path`, then renames it over `path`, so a
/// crash leaves the old file or the new one, never half of one.
fn write_atomically(path: &Path, stored: &Stored) -> std::io::Result<()> {
    let dir = path.parent().ok_or_else(|| std::io::Error::other("the settings path has no directory"))?;
    create_private_dir(dir)?;
    let bytes = serde_json::to_vec_pretty(stored).map_err(std::io::Error::other)?;
    let mut temp = path.to_path_buf().into_os_string();
    temp.push(".tmp");
    let temp = PathBuf::from(temp);
    let mut file = private_file(&temp)?;
    file.write_all(&bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&temp, path)
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(unix)]
fn private_file(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(path)
}

#[cfg(not(unix))]
fn private_file(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new().write(true).create(true).truncate(true).open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_and_accounts_survive_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config").join("settings.json");
        let (store, note) = SettingsStore::open(Some(path.clone()));
        assert!(note.is_none());
        store.update(|s| s.rules.lockdown = true).unwrap();
        let account = |label: &str| TelegramAccountEntry {
            id: "telegram-42".into(),
            entry: "telegram-42".into(),
            label: label.into(),
        };
        store.add_telegram_account(account("Alice")).unwrap();
        store.add_telegram_account(account("Alice (@alice)")).unwrap();

        let (again, _) = SettingsStore::open(Some(path.clone()));
        assert!(again.settings().rules.lockdown);
        assert_eq!(again.telegram_accounts(), vec![account("Alice (@alice)")]);
        again.remove_telegram_account("telegram-42").unwrap();
        assert!(SettingsStore::open(Some(path.clone())).0.telegram_accounts().is_empty());

        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&path), 0o600);
            assert_eq!(mode(path.parent().unwrap()), 0o700);
        }
    }

    #[test]
    fn a_damaged_file_is_set_aside_and_the_defaults_apply() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(&path, b"{\"settings\": {\"rules\": tru").unwrap();
        let (store, note) = SettingsStore::open(Some(path.clone()));
        assert_eq!(store.settings(), Settings::default());
        let note = note.unwrap();
        assert!(note.contains("damaged") && note.contains(".corrupt-"), "{note}");
        let aside: Vec<_> = std::fs::read_dir(dir.path()).unwrap().filter_map(|e| e.ok()).collect();
        assert!(aside.iter().any(|e| e.file_name().to_string_lossy().starts_with("settings.json.corrupt-")));
        // The next save writes a good file again.
        store.update(|s| s.autostart = true).unwrap();
        assert!(SettingsStore::open(Some(path)).0.settings().autostart);
    }
}
