//! The agent's handle on the history journal: one SQLite file shared by every guarded
//! account, written off the async runtime. Without a journal (it could not be opened) the
//! agent still guards; the History page says why it is empty. A slow disk never holds an
//! alert back for long: a write is waited for a bounded time and then finishes on its own;
//! long reads (exports) use a read-only connection of their own, not the writer's lock.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use sessionguard_journal::{Journal, JournalError};

/// How long a write is waited for before the guard goes on (the alert first); the write
/// still lands when the disk allows.
pub const WRITE_WAIT: Duration = Duration::from_secs(2);

#[derive(Debug, Clone)]
pub struct JournalLink {
    journal: Result<Arc<Mutex<Journal>>, String>,
    path: Option<PathBuf>,
}

impl JournalLink {
    /// Opens the journal at `path`; a damaged one is set aside and a new one started (the
    /// returned note says so, for the person).
    pub fn open(path: &Path) -> (Self, Option<String>) {
        match Journal::open_or_set_aside(path) {
            Ok((journal, aside)) => {
                let note = aside.map(|aside| {
                    format!("The history file was damaged; it was kept as {} and a new history begun.", aside.display())
                });
                (Self { journal: Ok(Arc::new(Mutex::new(journal))), path: Some(path.to_path_buf()) }, note)
            }
            Err(error) => {
                tracing::warn!(%error, "no history journal this run");
                let reason = format!("the history could not be opened: {error}");
                (Self { journal: Err(reason), path: None }, None)
            }
        }
    }

    /// A journal that is not there, for when there is no data directory.
    pub fn unavailable(reason: impl Into<String>) -> Self {
        Self { journal: Err(reason.into()), path: None }
    }

    /// Runs `work` on the journal off the runtime, waiting at most [`WRITE_WAIT`]. A failed
    /// write is logged and otherwise ignored, and a slow one goes on by itself: the guard
    /// goes on, and the alert still reaches the person.
    pub async fn write<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Journal) -> Result<T, JournalError> + Send + 'static,
    ) -> Option<T> {
        match tokio::time::timeout(WRITE_WAIT, self.run(work)).await {
            Ok(Ok(value)) => Some(value),
            Ok(Err(reason)) => {
                tracing::warn!(%reason, "could not write to the history");
                None
            }
            Err(_) => {
                tracing::warn!("the history is slow to write; going on, it is written when the disk allows");
                None
            }
        }
    }

    /// Runs `work` on a read-only connection of its own, off the runtime: long reads do
    /// not hold the writer back.
    pub async fn read_apart<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Journal) -> Result<T, String> + Send + 'static,
    ) -> Result<T, String> {
        self.journal.as_ref().map_err(Clone::clone)?;
        let path = self.path.clone().ok_or("the history has no file")?;
        let task = tokio::task::spawn_blocking(move || {
            let journal = Journal::open_read_only(&path).map_err(|e| e.to_string())?;
            work(&journal)
        });
        task.await.map_err(|_| "the history stopped unexpectedly".to_owned())?
    }

    /// Runs `work` on the journal off the runtime, or says why it cannot.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Journal) -> Result<T, JournalError> + Send + 'static,
    ) -> Result<T, String> {
        let journal = self.journal.clone()?;
        let task = tokio::task::spawn_blocking(move || {
            let mut journal = journal.lock().unwrap_or_else(PoisonError::into_inner);
            work(&mut journal).map_err(|e| e.to_string())
        });
        task.await.map_err(|_| "the history stopped unexpectedly".to_owned())?
    }
}
