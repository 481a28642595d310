//! The connection to Telegram — grammers' sender pool, its runner and the update reader —
//! and its repair: grammers gives up on its whole sender at some odd server answers (a
//! message from a session it never opened, a negative length) by panicking in its task.
//! That must not leave the account dead until the agent restarts, so a dead link is
//! replaced by a new one, at once and before the next call.

use std::sync::Arc;
use std::time::Duration;

use grammers_client::Client;
use grammers_mtsender::SenderPool;
use grammers_session::updates::UpdatesLike;
use sessionguard_core::{AccountEvent, ApiError, Clock};
use tokio::sync::{Mutex, Notify, broadcast, mpsc};
use tokio::task::{AbortHandle, JoinHandle};

use crate::account::{connection_params, read_updates};
use crate::session_store::KeyringSession;

/// How long to wait before trying again when connecting anew fails.
const RETRY_AFTER: Duration = Duration::from_secs(5);
/// Updates waiting between grammers' runner and the update stream (grammers' own default).
const UPDATES_WAITING: usize = 100;

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
    relay: JoinHandle<()>,
    /// The update stream's input beside the runner's: a word here makes the stream read
    /// what it missed (weak, so the stream still ends when the runner does).
    catch_up: mpsc::WeakSender<UpdatesLike>,
}

impl Connector {
    pub(crate) async fn open(&self) -> Result<Link, ApiError> {
        let pool = SenderPool::with_configuration(self.session.clone(), self.api_id, connection_params());
        let client = Client::new(pool.handle);
        let runner = tokio::spawn(pool.runner.run());
        // The runner's updates reach the stream through a relay, so the stream can also be
        // told "you may have missed some" (see `catch_up`).
        let (to_stream, stream_input) = mpsc::channel(UPDATES_WAITING);
        let catch_up = to_stream.downgrade();
        let relay = tokio::spawn(relay(pool.updates, to_stream));
        let updates = match client.stream_updates(stream_input, Default::default()).await {
            Ok(updates) => updates,
            Err(error) => {
                client.disconnect();
                runner.abort();
                relay.abort();
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
        Ok(Link { client, runner: abort, watcher, reader, relay, catch_up })
    }
}

async fn relay(mut from_runner: mpsc::Receiver<UpdatesLike>, to_stream: mpsc::Sender<UpdatesLike>) {
    while let Some(updates) = from_runner.recv().await {
        if to_stream.send(updates).await.is_err() {
            break;
        }
    }
}

impl Link {
    pub(crate) fn client(&self) -> Client {
        self.client.clone()
    }

    pub(crate) fn is_dead(&self) -> bool {
        self.runner.is_finished()
    }

    /// Makes the update stream ask Telegram for what it missed (`updates.getDifference`),
    /// as grammers does when its connection was closed and opened again.
    pub(crate) fn catch_up(&self) {
        if let Some(stream) = self.catch_up.upgrade() {
            // A full queue already has the stream busy reading.
            let _ = stream.try_send(UpdatesLike::ConnectionClosed);
        }
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        self.watcher.abort();
        self.client.disconnect();
        self.runner.abort();
        self.reader.abort();
        self.relay.abort();
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
