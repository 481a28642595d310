//! The agent's end of the socket: accepts windows (and tests), answers their requests and
//! streams events to those that subscribed.

use std::future::Future;
use std::io;
use std::sync::Arc;
use std::time::{Duration, Instant};

use interprocess::local_socket::traits::tokio::Listener as _;
use interprocess::local_socket::{ListenerOptions, tokio::Listener};
use tokio::sync::{Semaphore, broadcast};

use crate::connection::{self, Limits};
use crate::error::ErrorBody;
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
    limits: Limits,
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
                Ok(Self { listener, limits: Limits::default() })
            }
            // The pipe is made as the first instance of its name: any other holder fails it.
            Err(error) if cfg!(windows) && error.kind() == io::ErrorKind::PermissionDenied => {
                Err(BindError::NameTaken { name: path.display().to_string() })
            }
            Err(error) => Err(BindError::Io(error)),
        }
    }

    /// The same server with other bounds (tests use small ones).
    #[must_use]
    pub fn with_limits(self, limits: Limits) -> Self {
        Self { limits, ..self }
    }

    /// Serves connections until the task is dropped: each from this user only, at most
    /// `limits.connections` at once.
    pub async fn serve<H: RequestHandler>(self, handler: Arc<H>) {
        let open = Arc::new(Semaphore::new(self.limits.connections));
        let mut quiet = QuietLog::default();
        loop {
            match self.listener.accept().await {
                Ok(stream) => {
                    if !crate::peer::is_this_user(&stream) {
                        quiet.warn("refused a connection from another user");
                        continue;
                    }
                    let Ok(slot) = open.clone().try_acquire_owned() else {
                        quiet.warn("too many connections; closed a new one");
                        continue;
                    };
                    let (recv, send) = tokio::io::split(stream);
                    let (handler, limits) = (handler.clone(), self.limits);
                    tokio::spawn(async move {
                        connection::serve(handler, recv, send, limits).await;
                        drop(slot);
                    });
                }
                Err(error) => {
                    // Out of file descriptors, say: wait a little, and say so now and then.
                    quiet.warn(&format!("accepting a connection failed: {error}"));
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        }
    }
}

/// A warning that a peer can make us repeat is logged once a minute at most.
#[derive(Debug, Default)]
struct QuietLog {
    last: Option<Instant>,
    held_back: u32,
}

impl QuietLog {
    const EVERY: Duration = Duration::from_secs(60);

    fn warn(&mut self, message: &str) {
        if self.last.is_some_and(|last| last.elapsed() < Self::EVERY) {
            self.held_back = self.held_back.saturating_add(1);
            return;
        }
        tracing::warn!(held_back = self.held_back, "{message}");
        self.last = Some(Instant::now());
        self.held_back = 0;
    }
}

/// Each window is a file descriptor: the soft limit goes up to the hard one at start, so a
/// burst of connections cannot run the agent out of them (Unix; Windows has no such limit).
#[cfg(unix)]
pub fn raise_open_file_limit() {
    use rustix::process::{Resource, getrlimit, setrlimit};
    let limit = getrlimit(Resource::Nofile);
    // macOS refuses a soft limit above OPEN_MAX whatever the hard one says.
    let ceiling = if cfg!(target_os = "macos") { 10_240 } else { u64::MAX };
    let wanted = limit.maximum.unwrap_or(ceiling).min(ceiling);
    if limit.current.is_some_and(|current| current < wanted) {
        let raised = rustix::process::Rlimit { current: Some(wanted), maximum: limit.maximum };
        if let Err(error) = setrlimit(Resource::Nofile, raised) {
            tracing::debug!(%error, "the open-file limit stays as it was");
        }
    }
}

#[cfg(windows)]
pub fn raise_open_file_limit() {}

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
