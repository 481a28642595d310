//! Who is at the other end of the agent's socket. Both ends ask: the agent serves only
//! its own user, and the window talks only to an agent of its own user. Anything that
//! cannot be told counts as a stranger.

use interprocess::local_socket::tokio::Stream;
use interprocess::local_socket::traits::StreamCommon as _;

/// True when the process at the other end runs as this user.
pub(crate) fn is_this_user(stream: &Stream) -> bool {
    match peer_is_this_user(stream) {
        Ok(same) => same,
        Err(error) => {
            tracing::warn!(%error, "cannot tell who is at the other end of the socket");
            false
        }
    }
}

#[cfg(unix)]
fn peer_is_this_user(stream: &Stream) -> std::io::Result<bool> {
    let creds = stream.peer_creds()?;
    Ok(creds.euid() == Some(rustix::process::geteuid().as_raw()))
}

#[cfg(windows)]
fn peer_is_this_user(stream: &Stream) -> std::io::Result<bool> {
    use crate::windows_user::{current_user_sid, process_user_sid};
    let pid = stream.peer_creds()?.pid().ok_or_else(|| std::io::Error::other("the pipe gave no process id"))?;
    Ok(process_user_sid(pid)? == current_user_sid()?)
}
