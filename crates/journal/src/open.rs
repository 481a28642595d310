//! Opening the journal: where it lives, owner-only files, SQLite's settings, the schema
//! brought up to date, and a damaged file set aside instead of lost.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;

use crate::JournalError;
use crate::migrations::{self, SCHEMA_VERSION};

/// The history of one or more accounts, in one SQLite file.
///
/// Not `Sync`: the agent keeps it in a `Mutex` and calls it from `spawn_blocking`.
/// Writes take `&mut self`; each is one transaction (see [`Journal::write`]).
#[derive(Debug)]
pub struct Journal {
    pub(crate) conn: Connection,
    pub(crate) path: PathBuf,
}

/// Another process holding the write lock (a second agent starting) is waited for this
/// long before a write fails.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

impl Journal {
    /// Opens the journal at `path`, creating it (and its folder) if missing and upgrading
    /// a journal written by an earlier version. A file that is not a SQLite database, or
    /// is damaged, is [`JournalError::Corrupt`] and is left as it is.
    pub fn open(path: impl AsRef<Path>) -> Result<Journal, JournalError> {
        let path = path.as_ref().to_path_buf();
        let open = || -> Result<Connection, JournalError> {
            let mut conn = connect(&path)?;
            migrations::migrate(&mut conn, &path, SCHEMA_VERSION)?;
            Ok(conn)
        };
        let conn = open().map_err(|e| e.classify(&path))?;
        tracing::debug!(path = %path.display(), "journal: open");
        Ok(Journal { conn, path })
    }

    /// A second, read-only connection to a journal already open elsewhere (see
    /// [`Journal::open`]), for long reads such as exports: in WAL mode it reads a
    /// snapshot while the writer goes on, and no lock of the writer's is held meanwhile.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Journal, JournalError> {
        let path = path.as_ref().to_path_buf();
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&path, flags).map_err(|e| JournalError::from(e).classify(&path))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        Ok(Journal { conn, path })
    }

    /// Like [`Journal::open`], but a damaged file is renamed to
    /// `<name>.corrupt-<unix time>` (with its `-wal` beside it, so SQLite tools can still
    /// read what is left) and a fresh journal is started. Returns what was set aside.
    pub fn open_or_set_aside(path: impl AsRef<Path>) -> Result<(Journal, Option<PathBuf>), JournalError> {
        let path = path.as_ref();
        match Journal::open(path) {
            Err(JournalError::Corrupt { reason, .. }) => {
                let aside = set_aside(path)?;
                tracing::warn!(
                    damaged = %path.display(), kept_as = %aside.display(), %reason,
                    "journal: the history was damaged; kept it aside and started a new one"
                );
                Ok((Journal::open(path)?, Some(aside)))
            }
            other => other.map(|journal| (journal, None)),
        }
    }

    /// Where the journal lives by default: `$XDG_DATA_HOME/sessionguard/journal.sqlite3`
    /// (or `~/.local/share/…`) on Linux, `%APPDATA%\SessionGuard\` on Windows,
    /// `~/Library/Application Support/SessionGuard/` on macOS.
    pub fn default_path() -> Result<PathBuf, JournalError> {
        let base = dirs::data_dir().ok_or(JournalError::NoDataDir)?;
        let folder = if cfg!(any(windows, target_os = "macos")) { "SessionGuard" } else { "sessionguard" };
        Ok(base.join(folder).join("journal.sqlite3"))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// SQLite's full `integrity_check`: reads every page, so it takes time on a large
    /// journal (run it in the background). `Ok(())` or `Corrupt` with SQLite's findings.
    pub fn check_integrity(&self) -> Result<(), JournalError> {
        let check = || -> Result<Vec<String>, JournalError> {
            let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
            let rows = stmt.query_map([], |row| row.get::<_, String>(0))?;
            Ok(rows.collect::<Result<_, _>>()?)
        };
        let findings = check().map_err(|e| e.classify(&self.path))?;
        if findings == ["ok"] {
            Ok(())
        } else {
            Err(JournalError::Corrupt { path: self.path.clone(), reason: findings.join("; ") })
        }
    }
}

/// A configured connection to `path`, its folder and file made owner-only first.
pub(crate) fn connect(path: &Path) -> Result<Connection, JournalError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        create_private_dir(dir)?;
    }
    create_private_file(path)?;
    check_header(path)?;
    let conn = Connection::open(path)?;
    configure(&conn, path)?;
    // SQLite gives -wal and -shm the database file's mode when it creates them; these
    // catch ones left by an older version or another tool.
    for suffix in ["-wal", "-shm"] {
        let side = side_file(path, suffix);
        if side.exists() {
            make_private(&side)?;
        }
    }
    Ok(conn)
}

/// WAL: a reader (the window's history page) never waits for the guard's writes, and a
/// crash mid-write leaves the last committed state. `synchronous=FULL` syncs the WAL at
/// every commit: events are rare (a few a day) and each may already have been alerted,
/// so a power cut must not take back one that was committed; the cost is one fsync per
/// commit, and bulk writes share one commit through `Journal::write`.
fn configure(conn: &Connection, path: &Path) -> Result<(), JournalError> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(JournalError::Io {
            path: path.to_path_buf(),
            source: std::io::Error::other(format!("SQLite refused WAL mode (got {mode})")),
        });
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    Ok(())
}

/// Reads SQLite's 100-byte header before SQLite does, to name the damage plainly: SQLite
/// itself would open a truncated file and fail only later, on whichever page is missing.
fn check_header(path: &Path) -> Result<(), JournalError> {
    let corrupt = |reason: String| JournalError::Corrupt { path: path.to_path_buf(), reason };
    let mut file = fs::File::open(path).map_err(JournalError::io(path))?;
    let len = file.metadata().map_err(JournalError::io(path))?.len();
    if len == 0 {
        return Ok(());
    }
    let mut header = [0u8; 100];
    if len < header.len() as u64 {
        return Err(corrupt(format!("{len} bytes is too short for a SQLite database")));
    }
    file.read_exact(&mut header).map_err(JournalError::io(path))?;
    if &header[..16] != b"SQLite format 3\0" {
        return Err(corrupt("not a SQLite database".into()));
    }
    let u32_at = |at: usize| u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]]);
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n if n >= 512 && n.is_power_of_two() => u64::from(n),
        n => return Err(corrupt(format!("impossible page size {n}"))),
    };
    let (change_counter, pages, valid_for) = (u32_at(24), u64::from(u32_at(28)), u32_at(92));
    // The page count is trustworthy only when the two counters agree; and while a WAL holds
    // frames, the file may legitimately lag behind it (they are copied at checkpoint).
    let wal_len = fs::metadata(side_file(path, "-wal")).map(|m| m.len()).unwrap_or(0);
    if pages > 0 && change_counter == valid_for && wal_len == 0 && len < pages * page_size {
        return Err(corrupt(format!("truncated: {len} bytes where its header says {}", pages * page_size)));
    }
    Ok(())
}

fn set_aside(path: &Path) -> Result<PathBuf, JournalError> {
    let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "journal".into());
    let mut aside = path.with_file_name(format!("{name}.corrupt-{stamp}"));
    let mut n = 1;
    while aside.exists() {
        n += 1;
        aside = path.with_file_name(format!("{name}.corrupt-{stamp}-{n}"));
    }
    fs::rename(path, &aside).map_err(JournalError::io(path))?;
    for suffix in ["-wal", "-shm"] {
        let side = side_file(path, suffix);
        if side.exists() {
            fs::rename(&side, side_file(&aside, suffix)).map_err(JournalError::io(&side))?;
        }
    }
    Ok(aside)
}

fn side_file(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The folder is created 0700 (with any missing parents); one that exists is left as it
/// is, since it may be shared (a path the person chose).
fn create_private_dir(dir: &Path) -> Result<(), JournalError> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(JournalError::io(dir))
}

/// Created 0600 so no other user can read the history; an existing file is made 0600 too.
/// On Windows the file inherits the per-user profile folder's access list.
fn create_private_file(path: &Path) -> Result<(), JournalError> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(JournalError::io(path))?;
    make_private(path)
}

fn make_private(path: &Path) -> Result<(), JournalError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(path).map_err(JournalError::io(path))?.permissions().mode();
        if mode & 0o077 != 0 {
            fs::set_permissions(path, fs::Permissions::from_mode(0o600)).map_err(JournalError::io(path))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}
