//! One agent per user: an exclusive lock on a file in the private runtime directory,
//! held for the agent's life and released by the OS if it dies.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};

use crate::paths::RuntimeDir;

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("a SessionGuard agent is already running for this user{}", pid.map(|p| format!(" (pid {p})")).unwrap_or_default())]
    AlreadyRunning { pid: Option<u32> },
    #[error("cannot open the agent lock: {0}")]
    Io(#[from] std::io::Error),
}

/// Held while this process is the user's agent.
#[derive(Debug)]
pub struct AgentLock {
    _file: File,
}

impl AgentLock {
    pub fn acquire(dir: &RuntimeDir) -> Result<Self, LockError> {
        let mut file = OpenOptions::new().read(true).write(true).create(true).truncate(false).open(dir.lock_path())?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let mut text = String::new();
                let _ = file.read_to_string(&mut text);
                return Err(LockError::AlreadyRunning { pid: text.trim().parse().ok() });
            }
            Err(TryLockError::Error(error)) => return Err(LockError::Io(error)),
        }
        file.set_len(0)?;
        file.rewind()?;
        write!(file, "{}", std::process::id())?;
        file.flush()?;
        Ok(Self { _file: file })
    }
}
