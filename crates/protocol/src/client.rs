//! The window's end of the socket: requests with replies matched by id, and the events
//! the agent pushes.

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use interprocess::local_socket::tokio::Stream;
use interprocess::local_socket::traits::tokio::Stream as _;
use tokio::io::{BufReader, ReadHalf, WriteHalf};
use tokio::sync::{mpsc, oneshot};

use crate::error::{ErrorBody, ErrorCode};
use crate::frame::{ClientFrame, Reply, ServerFrame, read_frame, write_frame};
use crate::messages::{AgentEvent, Answer, Request};
use crate::server::socket_name;
use crate::views::AgentState;

/// A request the agent has not answered in this long is given up on.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

type Pending = Arc<Mutex<HashMap<u32, oneshot::Sender<Reply>>>>;

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("the SessionGuard agent is not running ({0})")]
    Unreachable(std::io::Error),
    #[error("what answers at SessionGuard's socket is not running as you; not talking to it")]
    NotOurs,
    #[error("the connection to the SessionGuard agent closed")]
    Closed,
    #[error("the SessionGuard agent did not answer in time")]
    TimedOut,
    #[error(transparent)]
    Agent(ErrorBody),
}

impl From<ClientError> for ErrorBody {
    fn from(error: ClientError) -> Self {
        match error {
            ClientError::Agent(body) => body,
            other => ErrorBody::new(ErrorCode::AgentUnreachable, other.to_string()),
        }
    }
}

#[derive(Debug)]
pub struct AgentClient {
    writer: tokio::sync::Mutex<WriteHalf<Stream>>,
    pending: Pending,
    next_id: AtomicU32,
    reader: tokio::task::JoinHandle<()>,
}

impl Drop for AgentClient {
    /// Dropping the client closes the connection (the reader holds the other half).
    fn drop(&mut self) {
        self.reader.abort();
    }
}

impl AgentClient {
    /// Connects; the receiver yields the agent's events once subscribed, and ends when
    /// the connection does.
    pub async fn connect(socket: &Path) -> Result<(Self, mpsc::UnboundedReceiver<AgentEvent>), ClientError> {
        let name = socket_name(socket).map_err(ClientError::Unreachable)?;
        let stream = Stream::connect(name).await.map_err(ClientError::Unreachable)?;
        if !crate::peer::is_this_user(&stream) {
            return Err(ClientError::NotOurs);
        }
        let (recv, send) = tokio::io::split(stream);
        let pending: Pending = Arc::default();
        let (events_tx, events_rx) = mpsc::unbounded_channel();
        let reader = tokio::spawn(read_replies(recv, pending.clone(), events_tx));
        let client = Self { writer: tokio::sync::Mutex::new(send), pending, next_id: AtomicU32::new(1), reader };
        Ok((client, events_rx))
    }

    /// Sends a request whose answer is the agent's state.
    pub async fn request(&self, request: Request) -> Result<AgentState, ClientError> {
        match self.ask(request).await? {
            Answer::State { state } => Ok(*state),
            _ => Err(ClientError::Agent(ErrorBody::new(ErrorCode::Protocol, "the agent answered with something else"))),
        }
    }

    /// Sends any request and returns the agent's answer.
    pub async fn ask(&self, request: Request) -> Result<Answer, ClientError> {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let (tx, rx) = oneshot::channel();
        lock(&self.pending).insert(id, tx);
        let sent = write_frame(&mut *self.writer.lock().await, &ClientFrame { id, request }).await;
        if sent.is_err() {
            lock(&self.pending).remove(&id);
            return Err(ClientError::Closed);
        }
        match tokio::time::timeout(REQUEST_TIMEOUT, rx).await {
            Ok(Ok(Reply::Ok(answer))) => Ok(*answer),
            Ok(Ok(Reply::Err(body))) => Err(ClientError::Agent(body)),
            Ok(Err(_)) => Err(ClientError::Closed),
            Err(_) => {
                lock(&self.pending).remove(&id);
                Err(ClientError::TimedOut)
            }
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

async fn read_replies(recv: ReadHalf<Stream>, pending: Pending, events: mpsc::UnboundedSender<AgentEvent>) {
    let mut reader = BufReader::new(recv);
    let mut line = Vec::new();
    while let Ok(frame) = read_frame::<ServerFrame>(&mut reader, &mut line).await {
        match frame {
            ServerFrame::Reply { id, result } => {
                if let Some(waiter) = lock(&pending).remove(&id) {
                    let _ = waiter.send(result);
                }
            }
            ServerFrame::Event { event } => {
                let _ = events.send(event);
            }
        }
    }
    // Dropping the waiters tells every open request the connection closed.
    lock(&pending).clear();
}
