//! Writes in one transaction: a batch either lands whole or not at all.

use rusqlite::{Transaction, TransactionBehavior};

use crate::{Journal, JournalError};

/// Writes that commit together. Get one from [`Journal::write`]; the single-write
/// methods on `Journal` are each a batch of one.
#[derive(Debug)]
pub struct Batch<'j> {
    pub(crate) tx: Transaction<'j>,
}

impl Journal {
    /// Runs `f`'s writes in one transaction: committed (and synced) once when `f` returns
    /// `Ok`, rolled back when it returns an error. Bulk imports and "record the event and
    /// end the session" both want this.
    pub fn write<T>(&mut self, f: impl FnOnce(&mut Batch<'_>) -> Result<T, JournalError>) -> Result<T, JournalError> {
        let path = self.path.clone();
        let run = || {
            // IMMEDIATE: take the write lock now, not halfway through, so a busy database
            // fails (after the busy timeout) before anything is done.
            let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let mut batch = Batch { tx };
            let out = f(&mut batch)?;
            batch.tx.commit()?;
            Ok(out)
        };
        run().map_err(|e: JournalError| e.classify(&path))
    }
}
