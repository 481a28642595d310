//! Security events from the watcher, recorded before anyone is alerted about them.

use sessionguard_core::SecurityEvent;

use crate::entries::NewEntry;
use crate::{Batch, EntryId, Journal, JournalError};
use sessionguard_core::EntryKind;

impl Batch<'_> {
    /// Records an event with what it knows of the login (a login-code request has none).
    pub fn record_event(&mut self, account: &str, event: &SecurityEvent) -> Result<EntryId, JournalError> {
        let account_id = self.account_id(account, event.at)?;
        self.insert_entry(&NewEntry {
            account_id,
            at: event.at,
            kind: EntryKind::Event(event.kind),
            hash: event.login.as_ref().map(|l| l.hash),
            login: event.login.as_ref(),
            action: None,
        })
    }
}

impl Journal {
    /// [`Batch::record_event`] in a transaction of its own: committed and synced when it
    /// returns, so the event survives a crash of the agent from then on.
    pub fn record_event(&mut self, account: &str, event: &SecurityEvent) -> Result<EntryId, JournalError> {
        self.write(|b| b.record_event(account, event))
    }
}
