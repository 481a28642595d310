//! The agent's end of the socket: accepts windows (and tests), answers their requests and
//! streams events to those that subscribed.

use std::future::Future;
use std::io;
use std::sync::Arc;

use interprocess::local_socket::tokio::Stream;
use interprocess::local_socket::traits::tokio::Listener as _;
use interprocess::local_socket::{ListenerOptions, tokio::Listener};
use tokio::io::{BufReader, ReadHalf, WriteHalf};
use tokio::sync::{broadcast, mpsc};

use crate::error::{ErrorBody, ErrorCode};
use crate::frame::{ClientFrame, FrameError, Reply, ServerFrame, read_frame, write_frame};
use crate::messages::{AgentEvent, Answer, Request};
use crate::paths::RuntimeDir;

/// What answers the requests: the agent.
pub trait RequestHandler: Send + Sync + 'static {
    fn handle(&self, request: Request) -> impl Future<Output = Result<Answer, ErrorBody>> + Send;
    fn subscribe(&self) -> broadcast::Receiver<AgentEvent>;
}

#[derive(Debug)]
pub struct SocketServer {
    listener: Listener,
}

impl SocketServer {
    /// Listens on the directory's socket. The caller holds the agent lock, so a socket
    /// file already there is a stale one from an agent that died, and is replaced.
    pub fn bind(dir: &RuntimeDir) -> io::Result<Self> {
        let path = dir.socket_path();
        let options = ListenerOptions::new().name(socket_name(&path)?).try_overwrite(true);
        #[cfg(unix)]
        let options = {
            use interprocess::os::unix::local_socket::ListenerOptionsExt;
            options.mode(0o600)
        };
        Ok(Self { listener: options.create_tokio()? })
    }

    /// Serves connections until the task is dropped.
    pub async fn serve<H: RequestHandler>(self, handler: Arc<H>) {
        loop {
            match self.listener.accept().await {
                Ok(stream) => {
                    if !peer_is_this_user(&stream) {
                        tracing::warn!("refused a connection from another user");
                        continue;
                    }
                    let (recv, send) = tokio::io::split(stream);
                    tokio::spawn(serve_connection(handler.clone(), recv, send));
                }
                Err(error) => {
                    tracing::warn!(%error, "accepting a connection failed");
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                }
            }
        }
    }
}

pub(crate) fn socket_name(path: &std::path::Path) -> io::Result<interprocess::local_socket::Name<'static>> {
    use interprocess::local_socket::{GenericFilePath, ToFsName};
    path.to_path_buf().to_fs_name::<GenericFilePath>()
}

#[cfg(unix)]
fn peer_is_this_user(stream: &Stream) -> bool {
    use interprocess::local_socket::traits::StreamCommon as _;
    match stream.peer_creds() {
        Ok(creds) => creds.euid().is_none_or(|uid| uid == rustix::process::geteuid().as_raw()),
        Err(_) => true, // the socket's 0600 mode and 0700 directory still hold
    }
}

#[cfg(not(unix))]
fn peer_is_this_user(_stream: &Stream) -> bool {
    true
}

async fn serve_connection<H: RequestHandler>(handler: Arc<H>, recv: ReadHalf<Stream>, send: WriteHalf<Stream>) {
    let (out_tx, out_rx) = mpsc::channel::<ServerFrame>(64);
    let writer = tokio::spawn(write_frames(send, out_rx));
    let mut reader = BufReader::new(recv);
    let mut line = Vec::new();
    // The subscription ends with the connection, so a closed window stops counting as a
    // subscriber at once rather than at the next event.
    let mut forwarder: Option<tokio::task::JoinHandle<()>> = None;
    loop {
        let frame: ClientFrame = match read_frame(&mut reader, &mut line).await {
            Ok(frame) => frame,
            Err(FrameError::Malformed(error)) => {
                let body = ErrorBody::new(ErrorCode::BadRequest, format!("malformed request: {error}"));
                let _ = out_tx.send(ServerFrame::Reply { id: 0, result: Reply::Err(body) }).await;
                continue;
            }
            Err(FrameError::Closed) => break,
            Err(error) => {
                tracing::debug!(%error, "closing a connection");
                break;
            }
        };
        if frame.request == Request::Subscribe && forwarder.is_none() {
            forwarder = Some(tokio::spawn(forward_events(handler.subscribe(), out_tx.clone())));
        }
        let handler = handler.clone();
        let out_tx = out_tx.clone();
        tokio::spawn(async move {
            let result = match handler.handle(frame.request).await {
                Ok(answer) => Reply::Ok(Box::new(answer)),
                Err(body) => Reply::Err(body),
            };
            let _ = out_tx.send(ServerFrame::Reply { id: frame.id, result }).await;
        });
    }
    if let Some(forwarder) = forwarder {
        forwarder.abort();
    }
    drop(out_tx);
    let _ = writer.await;
}

async fn forward_events(mut events: broadcast::Receiver<AgentEvent>, out: mpsc::Sender<ServerFrame>) {
    loop {
        match events.recv().await {
            Ok(event) => {
                if out.send(ServerFrame::Event { event }).await.is_err() {
                    return;
                }
            }
            // A slow window missed some events; the next state event catches it up.
            Err(broadcast::error::RecvError::Lagged(missed)) => tracing::debug!(missed, "a subscriber lagged"),
            Err(broadcast::error::RecvError::Closed) => return,
        }
    }
}

async fn write_frames(mut send: WriteHalf<Stream>, mut frames: mpsc::Receiver<ServerFrame>) {
    while let Some(frame) = frames.recv().await {
        if write_frame(&mut send, &frame).await.is_err() {
            return;
        }
    }
}
