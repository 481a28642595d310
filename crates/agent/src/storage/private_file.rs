//! How the agent writes a file — an export, the settings, the waiting rule terminations:
//! only a regular file (or a new one) at the path — never through a link, into a pipe or
//! onto a device — written whole to a private temporary file beside it, synced and renamed
//! into place (the folder synced too), so the file is owner-only even when it replaces one,
//! and a failed write leaves the old file as it was.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Why a file could not be written where asked.
#[derive(Debug, thiserror::Error)]
pub enum PrivateFileError {
    #[error("{0} is not a regular file (a folder, a link, a pipe or a device): choose another name")]
    NotAFile(PathBuf),
    #[error("choose a file in a folder, not {0}")]
    NoFolder(PathBuf),
    #[error("could not write {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
}

/// Writes what `fill` writes to `path`, as described above; `fill`'s result on success.
pub fn write_private_file<T, E>(
    path: &Path,
    fill: impl FnOnce(&mut File) -> Result<T, E>,
) -> Result<Result<T, E>, PrivateFileError> {
    let io_error = |source| PrivateFileError::Io { path: path.to_path_buf(), source };
    match fs::symlink_metadata(path) {
        Ok(meta) if !meta.file_type().is_file() => return Err(PrivateFileError::NotAFile(path.to_path_buf())),
        Ok(_) => {}
        Err(error) if error.kind() == io::ErrorKind::NotFound => {}
        Err(error) => return Err(io_error(error)),
    }
    let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
        return Err(PrivateFileError::NoFolder(path.to_path_buf()));
    };
    let temp = folder.join(format!(".{}.{}.{}.tmp", name.to_string_lossy(), std::process::id(), next_number()));
    let mut file = private_new_file(&temp).map_err(io_error)?;
    let filled = fill(&mut file);
    let finished = match &filled {
        Ok(_) => file.sync_all().and_then(|()| fs::rename(&temp, path)),
        Err(_) => Ok(()),
    };
    if filled.is_err() || finished.is_err() {
        let _ = fs::remove_file(&temp);
    }
    finished.map_err(io_error)?;
    sync_folder(folder);
    Ok(filled)
}

/// `value` as pretty JSON in `path` (its folder made owner-only if missing), as above.
pub fn write_private_json(path: &Path, value: &impl serde::Serialize) -> io::Result<()> {
    let folder = path.parent().ok_or_else(|| io::Error::other("the path has no folder"))?;
    create_private_dir(folder)?;
    let bytes = serde_json::to_vec_pretty(value).map_err(io::Error::other)?;
    match write_private_file(path, |file| io::Write::write_all(file, &bytes)) {
        Ok(written) => written,
        Err(PrivateFileError::Io { source, .. }) => Err(source),
        Err(refused) => Err(io::Error::other(refused.to_string())),
    }
}

/// A folder only its owner can open (made with its parents if missing).
#[cfg(unix)]
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)
}

#[cfg(not(unix))]
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)
}

fn next_number() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// A new file only (never an existing one, nor through a link), owner-only.
fn private_new_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // `create_new` already refuses a link at the path; O_NOFOLLOW says so twice.
        options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    options.open(path)
}

/// The rename is durable once the folder is synced (where folders can be).
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn write(path: &Path, text: &str) -> Result<Result<(), io::Error>, PrivateFileError> {
        write_private_file(path, |file| file.write_all(text.as_bytes()))
    }

    #[test]
    fn a_new_file_and_a_replaced_one_are_owner_only_and_whole() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("history.csv");
        fs::write(&path, "old").expect("an older file");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).expect("mode");
        }
        assert!(matches!(write(&path, "new"), Ok(Ok(()))));
        assert_eq!(fs::read_to_string(&path).ok().as_deref(), Some("new"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).map(|m| m.permissions().mode() & 0o777).ok();
            assert_eq!(mode, Some(0o600), "owner-only even when replacing");
        }
        let left: Vec<_> = fs::read_dir(dir.path()).expect("list").flatten().map(|e| e.file_name()).collect();
        assert_eq!(left.len(), 1, "no temporary file left: {left:?}");
    }

    #[test]
    fn a_failed_export_leaves_the_old_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("history.json");
        fs::write(&path, "old").expect("an older file");
        let failed = write_private_file(&path, |file| {
            file.write_all(b"half")?;
            Err::<(), io::Error>(io::Error::other("the history stopped"))
        });
        assert!(matches!(failed, Ok(Err(_))));
        assert_eq!(fs::read_to_string(&path).ok().as_deref(), Some("old"));
        assert_eq!(fs::read_dir(dir.path()).map(Iterator::count).ok(), Some(1));
    }

    #[test]
    #[cfg(unix)]
    fn links_folders_pipes_and_devices_are_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("elsewhere");
        fs::write(&target, "keep").expect("a file");
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink(&target, &link).expect("a link");
        let fifo = dir.path().join("fifo.csv");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        for path in [link.as_path(), fifo.as_path(), dir.path(), Path::new("/dev/null")] {
            assert!(matches!(write(path, "x"), Err(PrivateFileError::NotAFile(_))), "{}", path.display());
        }
        assert_eq!(fs::read_to_string(&target).ok().as_deref(), Some("keep"), "nothing written through the link");
    }
}
