//! Rule terminations waiting for Telegram's 24-hour rule — and a "Secure my account" waiting
//! to end the other sessions — kept on disk so that a restart (a reboot in the night, an
//! update) does not forget them: each account's are read back at start and carried out
//! when Telegram allows. One small JSON file, written whole and owner-only; a damaged one
//! is read as empty and said in the log.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sessionguard_core::{RuleKind, SecurityEvent, SessionHash, Verdict};

use crate::accounts::lock;
use crate::guard::events::Deferred;
use crate::storage::private_file::write_private_json;

/// One waiting termination, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Stored {
    account: String,
    hash: SessionHash,
    rule: RuleKind,
    reason: String,
    at: DateTime<Utc>,
    event: SecurityEvent,
}

/// A "Secure my account" that ends the other sessions of `account` at `at`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct SecureWaiting {
    account: String,
    at: DateTime<Utc>,
}

/// The file: the rules' terminations and the waiting "Secure my account"s.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct OnDisk {
    rules: Vec<Stored>,
    #[serde(default)]
    secure: Vec<SecureWaiting>,
}

/// What the file may hold: today's form, or the rules alone (as versions before
/// "Secure my account" wrote it).
#[derive(Deserialize)]
#[serde(untagged)]
enum Read {
    Now(OnDisk),
    RulesOnly(Vec<Stored>),
}

#[derive(Debug, Default)]
pub struct WaitingRules {
    path: Option<PathBuf>,
    stored: Mutex<OnDisk>,
    /// One write at a time, each of the newest list.
    writer: Mutex<()>,
}

impl WaitingRules {
    /// Reads the file at `path` (`None`: kept in memory only).
    pub fn open(path: Option<PathBuf>) -> Self {
        let stored = path.as_deref().map(read).unwrap_or_default();
        Self { path, stored: Mutex::new(stored), writer: Mutex::new(()) }
    }

    /// The waiting terminations of `account`.
    pub fn of(&self, account: &str) -> Vec<Deferred> {
        lock(&self.stored)
            .rules
            .iter()
            .filter(|s| s.account == account)
            .map(|s| Deferred {
                hash: s.hash,
                verdict: Verdict { rule: s.rule, reason: s.reason.clone() },
                at: s.at,
                event: s.event.clone(),
            })
            .collect()
    }

    /// Makes `waiting` the account's list, on disk too.
    pub async fn replace(self: &Arc<Self>, account: &str, waiting: &[Deferred]) {
        {
            let mut stored = lock(&self.stored);
            stored.rules.retain(|s| s.account != account);
            stored.rules.extend(waiting.iter().map(|d| Stored {
                account: account.to_owned(),
                hash: d.hash,
                rule: d.verdict.rule,
                reason: d.verdict.reason.clone(),
                at: d.at,
                event: d.event.clone(),
            }));
        }
        self.save().await;
    }

    /// When a "Secure my account" of `account` ends the other sessions, if one waits.
    pub fn secure_until(&self, account: &str) -> Option<DateTime<Utc>> {
        lock(&self.stored).secure.iter().find(|s| s.account == account).map(|s| s.at)
    }

    /// Makes `at` the time the account's "Secure my account" ends the others (`None`: none waits).
    pub async fn set_secure(self: &Arc<Self>, account: &str, at: Option<DateTime<Utc>>) {
        {
            let mut stored = lock(&self.stored);
            stored.secure.retain(|s| s.account != account);
            stored.secure.extend(at.map(|at| SecureWaiting { account: account.to_owned(), at }));
        }
        self.save().await;
    }

    async fn save(self: &Arc<Self>) {
        let Some(path) = self.path.clone() else { return };
        let this = self.clone();
        let written = tokio::task::spawn_blocking(move || {
            let _writer = lock(&this.writer);
            let newest = lock(&this.stored).clone();
            write_private_json(&path, &newest)
        })
        .await;
        if !matches!(written, Ok(Ok(()))) {
            tracing::warn!("the waiting rule terminations could not be saved; they hold until the agent stops");
        }
    }
}

fn read(path: &std::path::Path) -> OnDisk {
    let Ok(bytes) = std::fs::read(path) else { return OnDisk::default() };
    match serde_json::from_slice(&bytes) {
        Ok(Read::Now(on_disk)) => on_disk,
        Ok(Read::RulesOnly(rules)) => OnDisk { rules, secure: Vec::new() },
        Err(error) => {
            tracing::warn!(%error, "the waiting rule terminations were damaged; starting without them");
            OnDisk::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use sessionguard_core::{LoginDetails, SecurityEventKind};

    use super::*;

    fn waiting(hash: i64) -> Deferred {
        let at = DateTime::<Utc>::UNIX_EPOCH;
        let login = LoginDetails {
            hash: SessionHash(hash),
            device: "Redmi".into(),
            platform: None,
            app: None,
            official_app: None,
            ip: None,
            location: String::new(),
            date: at,
        };
        Deferred {
            hash: SessionHash(hash),
            verdict: Verdict { rule: RuleKind::Lockdown, reason: "lockdown is on".into() },
            at,
            event: SecurityEvent { kind: SecurityEventKind::NewLogin, login: Some(login), at },
        }
    }

    #[tokio::test]
    async fn waiting_terminations_outlive_the_agent_per_account() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("waiting-rules.json");
        let first = Arc::new(WaitingRules::open(Some(path.clone())));
        first.replace("telegram-1", &[waiting(-5_000_000_000_000_000_000)]).await;
        first.replace("telegram-2", &[waiting(7)]).await;
        first.replace("telegram-2", &[]).await;

        let again = WaitingRules::open(Some(path.clone()));
        let read: Vec<i64> = again.of("telegram-1").iter().map(|d| d.hash.0).collect();
        assert_eq!(read, [-5_000_000_000_000_000_000]);
        assert!(again.of("telegram-2").is_empty());

        // "Secure my account" waiting for the rule outlives the agent too.
        let at = DateTime::<Utc>::UNIX_EPOCH + chrono::Duration::days(1);
        let with_secure = Arc::new(again);
        with_secure.set_secure("telegram-1", Some(at)).await;
        let reread = WaitingRules::open(Some(path.clone()));
        assert_eq!((reread.secure_until("telegram-1"), reread.secure_until("telegram-2")), (Some(at), None));
        assert_eq!(reread.of("telegram-1").len(), 1, "the rules are kept beside it");

        // A file written before "Secure my account" (the rules alone) still reads.
        let old = serde_json::to_vec(&lock(&reread.stored).rules).expect("json");
        std::fs::write(&path, old).expect("write");
        assert_eq!(WaitingRules::open(Some(path.clone())).of("telegram-1").len(), 1);

        std::fs::write(&path, "{ damaged").expect("write");
        assert!(WaitingRules::open(Some(path)).of("telegram-1").is_empty(), "damaged reads as empty");
    }
}
