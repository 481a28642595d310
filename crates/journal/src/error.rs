//! What can go wrong with the journal, each a state the agent can act on.

use std::io;
use std::path::PathBuf;

use crate::timeline::EntryId;

#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// The file is not a SQLite database, or it is damaged. `Journal::open_or_set_aside`
    /// moves it out of the way (nothing is deleted) and starts a new journal.
    #[error("the history journal {path} is damaged or is not a SessionGuard journal ({reason})")]
    Corrupt { path: PathBuf, reason: String },
    /// A newer SessionGuard wrote this journal; this one would not understand it, so it
    /// leaves it untouched rather than guess.
    #[error(
        "the history journal {path} was written by a newer SessionGuard (schema {found}; this one knows up to {supported})"
    )]
    TooNew { path: PathBuf, found: u32, supported: u32 },
    #[error("cannot prepare the history journal at {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("this system has no per-user data folder for the history journal")]
    NoDataDir,
    /// A page of the timeline was asked for after an entry that does not exist.
    #[error("there is no timeline entry {0}")]
    UnknownEntry(EntryId),
    /// A row holds something this code cannot read back (a time out of range, an unknown kind).
    #[error("the history journal holds a value it cannot read: {0}")]
    BadValue(String),
    #[error("writing the export failed: {0}")]
    Export(#[source] io::Error),
    #[error("the history journal's database failed: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl JournalError {
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(io::Error) -> JournalError {
        let path = path.into();
        move |source| JournalError::Io { path, source }
    }

    /// SQLite's own verdict that the file is damaged, turned into `Corrupt` so the caller
    /// gets the same answer whether the damage shows at open or later.
    pub(crate) fn classify(self, path: &std::path::Path) -> JournalError {
        use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
        match &self {
            JournalError::Sqlite(rusqlite::Error::SqliteFailure(failure, message))
                if matches!(failure.code, DatabaseCorrupt | NotADatabase) =>
            {
                let reason = message.clone().unwrap_or_else(|| failure.to_string());
                JournalError::Corrupt { path: path.to_path_buf(), reason }
            }
            _ => self,
        }
    }
}
