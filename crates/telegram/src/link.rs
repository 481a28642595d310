//! The connection to Telegram — grammers' sender pool, its runner and the update reader —
//! and its repair: grammers gives up on its whole sender at some odd server answers (a
//! message from a session it never opened, a negative length) by panicking in its task.
//! That must not leave the account dead until the agent restarts, so a dead link is
//! replaced by a new one, at once and before the next call.

use std::sync::Arc;
use std::time::Duration;

use grammers_client::Client;
use grammers_mtsender::SenderPool;
use sessionguard_core::{AccountEvent, ApiError, Clock};
use tokio::sync::{Mutex, Notify, broadcast};
use tokio::task::{AbortHandle, JoinHandle};

use crate::account::{connection_params, read_updates};
use crate::session_store::KeyringSession;

/// How long to wait before trying again when connecting anew fails.
const RETRY_AFTER: Duration = Duration::from_secs(5);

/// What a link is opened from; the pushes of every link go to the same channel.
pub(crate) struct Connector {
    pub(crate) session: Arc<KeyringSession>,
    pub(crate) api_id: i32,
    pub(crate) pushes: broadcast::Sender<AccountEvent>,
    pub(crate) clock: Arc<dyn Clock>,
    /// Told when a link's runner ended.
    pub(crate) died: Arc<Notify>,
}

/// One live connection.
pub(crate) struct Link {
    client: Client,
    runner: AbortHandle,
    watcher: JoinHandle<()>,
    reader: JoinHandle<()>,
}

impl Connector {
    pub(crate) async fn open(&self) -> Result<Link, ApiError> {
        let pool = SenderPool::with_configuration(self.session.clone(), self.api_id, connection_params());
        let client = Client::new(pool.handle);
        let runner = tokio::spawn(pool.runner.run());
        let updates = match client.stream_updates(pool.updates, Default::default()).await {
            Ok(updates) => updates,
            Err(error) => {
                client.disconnect();
                runner.abort();
                return Err(ApiError::Network(error.to_string()));
            }
        };
        let reader = tokio::spawn(read_updates(updates, self.pushes.clone(), self.clock.clone()));
        let (abort, died) = (runner.abort_handle(), self.died.clone());
        let watcher = tokio::spawn(async move {
            // Wakes when the runner ends, panicking or not; an abort from `Drop` never
            // gets here (this task is aborted first).
            let _ = runner.await;
            died.notify_one();
        });
        Ok(Link { client, runner: abort, watcher, reader })
    }
}

impl Link {
    pub(crate) fn client(&self) -> Client {
        self.client.clone()
    }

    pub(crate) fn is_dead(&self) -> bool {
        self.runner.is_finished()
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        self.watcher.abort();
        self.client.disconnect();
        self.runner.abort();
        self.reader.abort();
    }
}

/// Replaces `link` when it is dead; `Ok` when the link is (now) alive.
pub(crate) async fn repair(connector: &Connector, link: &Mutex<Link>) -> Result<(), ApiError> {
    let mut link = link.lock().await;
    if !link.is_dead() {
        return Ok(());
    }
    tracing::warn!("the connection to Telegram broke down; connecting again");
    *link = connector.open().await?;
    Ok(())
}

/// Repairs the link whenever its runner ends, retrying while Telegram cannot be reached.
pub(crate) async fn keep(connector: Arc<Connector>, link: Arc<Mutex<Link>>) {
    loop {
        connector.died.notified().await;
        while let Err(error) = repair(&connector, &link).await {
            tracing::warn!(%error, "could not connect to Telegram again; trying later");
            tokio::time::sleep(RETRY_AFTER).await;
        }
    }
}
