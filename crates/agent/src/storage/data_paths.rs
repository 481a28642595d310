//! Where the agent keeps its files: the settings and the history journal. Nothing secret
//! goes there (keys and tokens live in the OS keyring).

use std::path::PathBuf;

/// Puts the settings and the journal in this directory instead (tests, portable use).
pub const DATA_DIR_ENV: &str = "SESSIONGUARD_DATA_DIR";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataPaths {
    pub settings: PathBuf,
    pub journal: PathBuf,
    /// Rule terminations waiting for Telegram's 24-hour rule (beside the journal).
    pub waiting_rules: PathBuf,
}

impl DataPaths {
    /// `$SESSIONGUARD_DATA_DIR`, else the platform's config and data directories
    /// (`~/.config/sessionguard`, `~/.local/share/sessionguard` on Linux).
    pub fn for_this_user() -> Option<Self> {
        if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
            return Some(Self::in_dir(PathBuf::from(dir)));
        }
        let data = dirs::data_dir()?.join("sessionguard");
        Some(Self {
            settings: dirs::config_dir()?.join("sessionguard").join("settings.json"),
            journal: data.join("journal.sqlite3"),
            waiting_rules: data.join("waiting-rules.json"),
        })
    }

    pub fn in_dir(dir: PathBuf) -> Self {
        Self {
            settings: dir.join("settings.json"),
            journal: dir.join("journal.sqlite3"),
            waiting_rules: dir.join("waiting-rules.json"),
        }
    }
}
