//! Where the agent's socket and lock live: a directory only this user can open.

use std::io;
use std::path::{Path, PathBuf};

/// Overrides the runtime directory (tests, several agents side by side).
pub const RUNTIME_DIR_ENV: &str = "SESSIONGUARD_RUNTIME_DIR";

#[derive(Debug, thiserror::Error)]
pub enum RuntimeDirError {
    #[error("cannot create or open {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("{path} belongs to another user; refusing to use it")]
    NotOurs { path: PathBuf },
    #[error("{path} is not a directory")]
    NotADirectory { path: PathBuf },
    #[error("cannot tell which Windows user this is: {0}")]
    NoUser(io::Error),
}

/// The agent's private directory: `$XDG_RUNTIME_DIR/sessionguard` (or a per-user
/// directory under the temp dir), created 0700 and checked to be ours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuntimeDir {
    path: PathBuf,
    socket: PathBuf,
}

impl RuntimeDir {
    /// The directory this user's agent uses, created if missing.
    pub fn for_this_user() -> Result<Self, RuntimeDirError> {
        Self::at(default_path())
    }

    /// A directory at `path`, created if missing, made private and checked.
    pub fn at(path: PathBuf) -> Result<Self, RuntimeDirError> {
        let io_err = |source| RuntimeDirError::Io { path: path.clone(), source };
        create_private(&path).map_err(io_err)?;
        let meta = std::fs::symlink_metadata(&path).map_err(io_err)?;
        if !meta.is_dir() {
            return Err(RuntimeDirError::NotADirectory { path });
        }
        check_owner_and_mode(&path, &meta)?;
        let socket = socket_path(&path)?;
        Ok(Self { path, socket })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Where the agent listens: a socket in this directory, or on Windows the named pipe
    /// whose name is made from this directory and the user's SID.
    pub fn socket_path(&self) -> PathBuf {
        self.socket.clone()
    }

    pub fn lock_path(&self) -> PathBuf {
        self.path.join("agent.lock")
    }
}

#[cfg(windows)]
fn socket_path(dir: &Path) -> Result<PathBuf, RuntimeDirError> {
    // Named pipes live in their own namespace: the directory cannot hold one, so its path
    // (and the user) go into the pipe's name.
    let sid = crate::windows_user::current_user_sid().map_err(RuntimeDirError::NoUser)?;
    Ok(PathBuf::from(crate::pipe_name::pipe_name(dir, &sid)))
}

#[cfg(not(windows))]
#[allow(clippy::unnecessary_wraps)] // the same signature as Windows'
fn socket_path(dir: &Path) -> Result<PathBuf, RuntimeDirError> {
    Ok(dir.join("agent.sock"))
}

fn default_path() -> PathBuf {
    if let Some(dir) = std::env::var_os(RUNTIME_DIR_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("sessionguard");
    }
    #[cfg(unix)]
    {
        let uid = rustix::process::getuid().as_raw();
        std::env::temp_dir().join(format!("sessionguard-{uid}"))
    }
    #[cfg(not(unix))]
    {
        std::env::temp_dir().join("sessionguard")
    }
}

#[cfg(unix)]
fn create_private(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    match std::fs::DirBuilder::new().recursive(true).mode(0o700).create(path) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    // An existing directory of ours with a looser mode is tightened, not trusted.
    let meta = std::fs::symlink_metadata(path)?;
    if meta.is_dir() && meta.permissions().mode() & 0o077 != 0 {
        use std::os::unix::fs::MetadataExt;
        if meta.uid() == rustix::process::getuid().as_raw() {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700))?;
        }
    }
    Ok(())
}

#[cfg(not(unix))]
fn create_private(path: &Path) -> io::Result<()> {
    std::fs::create_dir_all(path)
}

#[cfg(unix)]
fn check_owner_and_mode(path: &Path, meta: &std::fs::Metadata) -> Result<(), RuntimeDirError> {
    use std::os::unix::fs::MetadataExt;
    if meta.uid() != rustix::process::getuid().as_raw() {
        return Err(RuntimeDirError::NotOurs { path: path.to_path_buf() });
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_owner_and_mode(_path: &Path, _meta: &std::fs::Metadata) -> Result<(), RuntimeDirError> {
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn the_directory_is_made_private() -> Result<(), Box<dyn std::error::Error>> {
        let tmp = tempfile::tempdir()?;
        let loose = tmp.path().join("rt");
        std::fs::create_dir(&loose)?;
        std::fs::set_permissions(&loose, std::fs::Permissions::from_mode(0o755))?;
        let dir = RuntimeDir::at(loose.clone())?;
        let mode = std::fs::metadata(dir.path())?.permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
        assert_eq!(dir.socket_path(), loose.join("agent.sock"));
        Ok(())
    }

    #[test]
    fn a_file_in_its_place_is_refused() -> Result<(), Box<dyn std::error::Error>> {
        let tmp = tempfile::tempdir()?;
        let file = tmp.path().join("rt");
        std::fs::write(&file, b"")?;
        assert!(RuntimeDir::at(file).is_err());
        Ok(())
    }
}
