//! The agent's handle on the history journal: one SQLite file shared by every guarded
//! account, written off the async runtime. Without a journal (it could not be opened) the
//! agent still guards; the History page says why it is empty.

use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use sessionguard_journal::{Journal, JournalError};

#[derive(Debug, Clone)]
pub struct JournalLink {
    journal: Result<Arc<Mutex<Journal>>, String>,
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
                (Self { journal: Ok(Arc::new(Mutex::new(journal))) }, note)
            }
            Err(error) => {
                tracing::warn!(%error, "no history journal this run");
                let reason = format!("the history could not be opened: {error}");
                (Self { journal: Err(reason) }, None)
            }
        }
    }

    /// A journal that is not there, for when there is no data directory.
    pub fn unavailable(reason: impl Into<String>) -> Self {
        Self { journal: Err(reason.into()) }
    }

    /// Runs `work` on the journal off the runtime. A failed write is logged and otherwise
    /// ignored: the guard goes on, and the alert still reaches the person.
    pub async fn write<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Journal) -> Result<T, JournalError> + Send + 'static,
    ) -> Option<T> {
        match self.run(work).await {
            Ok(value) => Some(value),
            Err(reason) => {
                tracing::warn!(%reason, "could not write to the history");
                None
            }
        }
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
