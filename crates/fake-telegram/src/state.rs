//! What every connection and the control handle share: the account, the live
//! connections (to push to), the faults waiting, and a log of the calls received.

use std::collections::HashMap;
use std::sync::atomic::AtomicU64;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{SystemTime, UNIX_EPOCH};

use grammers_tl_types::Serializable;
use tokio::sync::{broadcast, mpsc};

use crate::account_model::{Account, KeyId, Push};
use crate::crypto::ServerKey;
use crate::faults::Faults;

/// The log keeps the names of at most this many calls.
const MAX_CALL_LOG: usize = 10_000;

/// What the server (or a test) tells one connection to do.
#[derive(Debug)]
pub enum Command {
    /// Send this update (a serialized `Updates`).
    Push(Vec<u8>),
    /// Send a packet the client cannot decrypt.
    Garbage,
    /// Send a well-encrypted message that claims another MTProto session.
    ForeignSession,
    /// Close the connection.
    Close,
}

#[derive(Debug)]
pub struct LiveConnection {
    /// Known once the client's first packet named its key.
    pub key_id: Option<KeyId>,
    pub commands: mpsc::UnboundedSender<Command>,
}

/// Something the standalone server tells the person running it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    CodeSent(String),
}

#[derive(Debug)]
pub struct Shared {
    pub account: Mutex<Account>,
    pub connections: Mutex<HashMap<u64, LiveConnection>>,
    pub faults: Mutex<Faults>,
    /// Each call's data centre and name, oldest first.
    pub calls: Mutex<Vec<(i32, &'static str)>>,
    pub next_connection: AtomicU64,
    pub test_key: ServerKey,
    pub notices: broadcast::Sender<Notice>,
}

/// Locks `mutex`; a panic elsewhere while it was held does not make it unusable.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The server's clock, in Unix seconds as MTProto dates are.
pub fn now() -> i32 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| i32::try_from(d.as_secs()).unwrap_or(i32::MAX))
}

impl Shared {
    pub fn new(account: Account, test_key: ServerKey) -> Self {
        let (notices, _) = broadcast::channel(64);
        Self {
            account: Mutex::new(account),
            connections: Mutex::new(HashMap::new()),
            faults: Mutex::new(Faults::default()),
            calls: Mutex::new(Vec::new()),
            next_connection: AtomicU64::new(1),
            test_key,
            notices,
        }
    }

    pub fn log_call(&self, dc: i32, name: &'static str) {
        let mut calls = lock(&self.calls);
        if calls.len() < MAX_CALL_LOG {
            calls.push((dc, name));
        }
    }

    /// Sends each push to the live connections of its keys; a key with none keeps the
    /// update for its next `getDifference`.
    pub fn deliver(&self, pushes: Vec<Push>) {
        for push in pushes {
            let body = push.updates.to_bytes();
            let mut missed = Vec::new();
            {
                let connections = lock(&self.connections);
                for key in &push.to {
                    let mut sent = false;
                    for connection in connections.values().filter(|c| c.key_id.as_ref() == Some(key)) {
                        sent |= connection.commands.send(Command::Push(body.clone())).is_ok();
                    }
                    if !sent {
                        missed.push(*key);
                    }
                }
            }
            if let Some(update) = push.backlog {
                let mut account = lock(&self.account);
                for key in missed {
                    account.add_backlog(key, update.clone());
                }
            }
        }
    }

    /// Tells every live connection `command` (one built per connection).
    pub fn tell_all(&self, command: impl Fn() -> Command) {
        for connection in lock(&self.connections).values() {
            let _ = connection.commands.send(command());
        }
    }

    pub fn notice(&self, notice: Notice) {
        let _ = self.notices.send(notice);
    }
}
