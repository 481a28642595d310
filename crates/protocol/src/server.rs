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
    /// file already there is a stale one from an agent that died, and is replaced. A
    /// Windows pipe of that name held by any other process is refused, never shared.
    pub fn bind(dir: &RuntimeDir) -> Result<Self, BindError> {
        let path = dir.socket_path();
        if held_by_another(&path) {
            return Err(BindError::NameTaken { name: path.display().to_string() });
        }
        let options = ListenerOptions::new().name(socket_name(&path)?).try_overwrite(true);
        let options = private_to_this_user(options)?;
        match options.create_tokio() {
            Ok(listener) => {
                tighten_after_bind(&path)?;
                Ok(Self { listener })
            }
            // The pipe is made as the first instance of its name: any other holder fails it.
            Err(error) if cfg!(windows) && error.kind() == io::ErrorKind::PermissionDenied => {
                Err(BindError::NameTaken { name: path.display().to_string() })
            }
            Err(error) => Err(BindError::Io(error)),
        }
    }

    /// Serves connections until the task is dropped.
    pub async fn serve<H: RequestHandler>(self, handler: Arc<H>) {
        loop {
            match self.listener.accept().await {
                Ok(stream) => {
                    if !crate::peer::is_this_user(&stream) {
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

#[derive(Debug, thiserror::Error)]
pub enum BindError {
    #[error(
        "another program already holds SessionGuard's pipe {name}; not serving beside it (end that program, or sign \
         out and in again, then start SessionGuard)"
    )]
    NameTaken { name: String },
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// A Unix socket only its owner may connect to. macOS cannot set a socket's mode before
/// it is bound (interprocess reports `Unsupported`), so there the 0700 directory is the
/// guard and the mode is tightened right after binding.
#[cfg(unix)]
fn private_to_this_user(options: ListenerOptions<'_>) -> io::Result<ListenerOptions<'_>> {
    #[cfg(not(target_os = "macos"))]
    {
        use interprocess::os::unix::local_socket::ListenerOptionsExt;
        Ok(options.mode(0o600))
    }
    #[cfg(target_os = "macos")]
    Ok(options)
}

/// A Windows pipe of that name already answers. The caller holds the agent lock, so it is
/// not an agent of ours. (The pipe is also made as the first instance of its name, which
/// Windows refuses while another exists; wine does not enforce that flag, this check does.)
#[cfg(windows)]
fn held_by_another(pipe: &std::path::Path) -> bool {
    // Busy, refused or open: someone holds it. Only "no such pipe" means it is free.
    !matches!(std::fs::OpenOptions::new().read(true).write(true).open(pipe), Err(e) if e.kind() == io::ErrorKind::NotFound)
}

/// A Unix socket file left there is a dead agent's (the lock says so): it is replaced.
#[cfg(unix)]
fn held_by_another(_socket: &std::path::Path) -> bool {
    false
}

/// Every Unix: the socket file 0600 once it exists (macOS has no earlier moment; on Linux
/// this repeats what the bind did, and keeps this path tested).
#[cfg(unix)]
fn tighten_after_bind(path: &std::path::Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
}

#[cfg(windows)]
#[allow(clippy::unnecessary_wraps)] // the same signature as Unix's
fn tighten_after_bind(_pipe: &std::path::Path) -> io::Result<()> {
    Ok(())
}

/// A pipe whose access list lets only this user in.
#[cfg(windows)]
fn private_to_this_user(options: ListenerOptions<'_>) -> io::Result<ListenerOptions<'_>> {
    use interprocess::os::windows::local_socket::ListenerOptionsExt;
    Ok(options.security_descriptor(owner_only_descriptor()?))
}

#[cfg(windows)]
fn owner_only_descriptor() -> io::Result<interprocess::os::windows::security_descriptor::SecurityDescriptor> {
    let sid = crate::windows_user::current_user_sid()?;
    let sddl = widestring::U16CString::from_str(crate::pipe_name::owner_only_sddl(&sid))
        .map_err(|_| io::Error::other("a SID with a NUL in it"))?;
    interprocess::os::windows::security_descriptor::SecurityDescriptor::deserialize(&sddl)
}

#[cfg(all(test, windows))]
mod tests {
    use interprocess::os::windows::security_descriptor::AsSecurityDescriptorExt;

    /// Windows reads our SDDL as meant: this user owns the pipe and is the only one let in.
    #[test]
    fn the_pipe_descriptor_lets_only_this_user_in() -> std::io::Result<()> {
        let sid = crate::windows_user::current_user_sid()?;
        let descriptor = super::owner_only_descriptor()?;
        // OWNER, GROUP and DACL security information.
        let text = descriptor.serialize(1 | 2 | 4, |text| text.to_string_lossy())?;
        assert!(text.contains(&format!("O:{sid}")), "{text}");
        assert!(text.contains(&format!("D:P(A;;GA;;;{sid})")), "{text}");
        assert_eq!(text.matches("(A;").count(), 1, "{text}");
        Ok(())
    }
}

pub(crate) fn socket_name(path: &std::path::Path) -> io::Result<interprocess::local_socket::Name<'static>> {
    use interprocess::local_socket::{GenericFilePath, ToFsName};
    path.to_path_buf().to_fs_name::<GenericFilePath>()
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
