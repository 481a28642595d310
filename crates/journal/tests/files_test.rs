//! The journal's file: owner-only, where it belongs, and a damaged one set aside, not lost.

mod common;

use std::fs;
use std::path::Path;

use common::{TestResult, code_requested, event, session, t};
use sessionguard_core::SecurityEventKind;
use sessionguard_journal::{Journal, JournalError, TimelineFilter};

#[test]
fn the_journal_can_live_behind_the_agents_mutex() {
    fn send<T: Send>() {}
    send::<Journal>();
    send::<JournalError>();
}

#[cfg(unix)]
#[test]
fn folder_file_wal_and_shm_are_owner_only() -> TestResult {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| fs::metadata(p).map(|m| m.permissions().mode() & 0o777);
    let dir = tempfile::tempdir()?;
    let folder = dir.path().join("data").join("sessionguard");
    let path = folder.join("journal.sqlite3");
    let mut journal = Journal::open(&path)?;
    journal.record_event("demo", &code_requested(t(0)))?;
    assert_eq!(mode(&folder)?, 0o700);
    assert_eq!(mode(&path)?, 0o600);
    // While the journal is open in WAL mode its -wal and -shm files exist beside it.
    for side in ["journal.sqlite3-wal", "journal.sqlite3-shm"] {
        assert_eq!(mode(&folder.join(side))?, 0o600, "{side}");
    }
    drop(journal);

    // A file someone loosened is tightened again on open.
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644))?;
    drop(Journal::open(&path)?);
    assert_eq!(mode(&path)?, 0o600);
    Ok(())
}

#[test]
fn the_default_path_is_the_platform_data_folder() -> TestResult {
    let path = match Journal::default_path() {
        // A bare environment (no HOME) has no per-user data folder, and says so.
        Err(JournalError::NoDataDir) if std::env::var_os("HOME").is_none() => return Ok(()),
        other => other?,
    };
    assert_eq!(path.file_name().and_then(|n| n.to_str()), Some("journal.sqlite3"));
    let folder = path.parent().and_then(|p| p.file_name()).and_then(|n| n.to_str());
    assert_eq!(folder, Some(if cfg!(any(windows, target_os = "macos")) { "SessionGuard" } else { "sessionguard" }));
    #[cfg(target_os = "linux")]
    if let Some(data_home) = std::env::var_os("XDG_DATA_HOME").filter(|d| Path::new(d).is_absolute()) {
        assert!(path.starts_with(data_home));
    } else if let Some(home) = std::env::var_os("HOME") {
        assert!(path.starts_with(Path::new(&home).join(".local/share")));
    }
    Ok(())
}

fn expect_corrupt(path: &Path) -> Result<String, Box<dyn std::error::Error>> {
    match Journal::open(path) {
        Err(err @ JournalError::Corrupt { .. }) => {
            let message = err.to_string();
            assert!(message.contains(&path.display().to_string()), "the message names the file: {message}");
            Ok(message)
        }
        other => Err(format!("expected Corrupt, got {other:?}").into()),
    }
}

/// A real journal with enough rows to span many pages, closed cleanly.
fn real_journal(path: &Path) -> TestResult {
    let mut journal = Journal::open(path)?;
    let phone = session(9, "a phone with a rather long device name to fill pages");
    journal.write(|b| {
        for i in 0..3_000 {
            b.record_event("demo", &event(SecurityEventKind::NewLogin, &phone, t(i)))?;
        }
        Ok(())
    })?;
    Ok(())
}

#[test]
fn random_bytes_are_corrupt_and_set_aside() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("journal.sqlite3");
    let noise: Vec<u8> = (0..40_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    fs::write(&path, &noise)?;
    let message = expect_corrupt(&path)?;
    assert!(message.contains("not a SQLite database"), "{message}");
    assert_eq!(fs::read(&path)?, noise, "open alone changes nothing");

    let (mut journal, aside) = Journal::open_or_set_aside(&path)?;
    let aside = aside.ok_or("nothing set aside")?;
    let name = aside.file_name().and_then(|n| n.to_str()).ok_or("no name")?;
    assert!(name.starts_with("journal.sqlite3.corrupt-"), "{name}");
    assert_eq!(fs::read(&aside)?, noise, "the bad file is kept, byte for byte");
    journal.record_event("demo", &code_requested(t(0)))?;
    assert_eq!(journal.timeline(&TimelineFilter::default())?.len(), 1, "a fresh journal works");
    Ok(())
}

#[test]
fn a_truncated_journal_is_corrupt_and_set_aside() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("journal.sqlite3");
    real_journal(&path)?;
    assert!(!dir.path().join("journal.sqlite3-wal").exists(), "closed cleanly, all in the main file");
    let whole = fs::read(&path)?;
    fs::write(&path, &whole[..whole.len() / 2])?;
    let message = expect_corrupt(&path)?;
    assert!(message.contains("truncated"), "{message}");

    let (journal, aside) = Journal::open_or_set_aside(&path)?;
    assert_eq!(fs::read(aside.ok_or("nothing set aside")?)?.len(), whole.len() / 2);
    assert!(journal.timeline(&TimelineFilter::default())?.is_empty());
    Ok(())
}

#[test]
fn a_file_too_short_for_a_header_is_corrupt() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("journal.sqlite3");
    fs::write(&path, b"SQLite format 3\0")?;
    expect_corrupt(&path)?;
    Ok(())
}

#[test]
fn damage_found_after_open_is_reported_as_corrupt_too() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("journal.sqlite3");
    real_journal(&path)?;
    // Keep the header and schema page, scribble over every page after them.
    let mut bytes = fs::read(&path)?;
    let page = usize::from(u16::from_be_bytes([bytes[16], bytes[17]]));
    for (i, b) in bytes.iter_mut().enumerate().skip(page) {
        *b = (i % 251) as u8;
    }
    fs::write(&path, &bytes)?;
    let journal = Journal::open(&path)?;
    match journal.timeline(&TimelineFilter::default()) {
        Err(JournalError::Corrupt { path: reported, .. }) => assert_eq!(reported, path),
        other => return Err(format!("expected Corrupt, got {other:?}").into()),
    }
    assert!(matches!(journal.check_integrity(), Err(JournalError::Corrupt { .. })));
    Ok(())
}

#[test]
fn a_healthy_journal_passes_the_integrity_check() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("journal.sqlite3");
    real_journal(&path)?;
    let (journal, aside) = Journal::open_or_set_aside(&path)?;
    assert_eq!(aside, None);
    journal.check_integrity()?;
    assert_eq!(journal.timeline(&TimelineFilter::default())?.len(), 3_000);
    Ok(())
}
