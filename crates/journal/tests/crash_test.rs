//! A writer killed with SIGKILL mid-write (a real child process) leaves a journal that
//! opens, passes SQLite's integrity check, and holds every event it said was committed.

mod common;

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{TestResult, event, list, session, t};
use sessionguard_core::SecurityEventKind;
use sessionguard_journal::{Journal, TimelineFilter};

/// Set for the child: the journal to write to, and the number to start counting from.
const CHILD_PATH: &str = "SESSIONGUARD_JOURNAL_CRASH_CHILD";
const CHILD_START: &str = "SESSIONGUARD_JOURNAL_CRASH_START";
const CHILD_TEST: &str = "child_process_for_the_crash_test";

/// Not a test of its own: the body of the child process the test below starts (it does
/// nothing when run without its environment variable). Writes events one commit at a
/// time, every tenth also a 50-session list, printing each count once committed.
#[test]
fn child_process_for_the_crash_test() -> TestResult {
    let Some(path) = std::env::var_os(CHILD_PATH) else {
        return Ok(());
    };
    let start: i64 = std::env::var(CHILD_START)?.parse()?;
    let mut journal = Journal::open(path)?;
    let sessions: Vec<_> = (0..50).map(|i| session(10_000 + i, "one of many devices in the list")).collect();
    for n in start.. {
        journal.write(|batch| {
            batch.record_event(
                "crash",
                &event(SecurityEventKind::NewLogin, &session(n, &format!("writer {n}")), t(n)),
            )?;
            if n % 10 == 0 {
                batch.observe_sessions("crash", &list(&sessions), t(n))?;
            }
            Ok(())
        })?;
        println!("committed {n}");
    }
    Ok(())
}

/// Starts the child on `path`, lets it commit up to `until`, and SIGKILLs it. Returns the
/// last number it reported committed.
fn write_then_kill(path: &std::path::Path, start: i64, until: i64) -> Result<i64, Box<dyn std::error::Error>> {
    let mut child = Command::new(std::env::current_exe()?)
        .args(["--exact", CHILD_TEST, "--nocapture", "--test-threads=1"])
        .env(CHILD_PATH, path)
        .env(CHILD_START, start.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(n) = line.strip_prefix("committed ").and_then(|n| n.parse::<i64>().ok())
                && tx.send(n).is_err()
            {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut committed = start - 1;
    while committed < until {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(n) => committed = n,
            Err(_) => {
                child.kill()?;
                child.wait()?;
                return Err(format!("the child stopped reporting at {committed}").into());
            }
        }
    }
    child.kill()?; // SIGKILL on Unix: no destructor, no checkpoint, no goodbye.
    let status = child.wait()?;
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(status.signal(), Some(9), "killed by SIGKILL, not exited: {status:?}");
    }
    #[cfg(not(unix))]
    let _ = status;
    Ok(committed)
}

#[test]
fn a_writer_killed_mid_write_loses_nothing_it_committed() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("journal.sqlite3");
    let mut start = 1;
    // Five writers in turn on the same file, each killed while writing: each one opens
    // what the last one left, so recovery from a killed writer is exercised too.
    for round in 0..5 {
        let committed = write_then_kill(&path, start, start + 299)?;
        let wal = std::fs::metadata(dir.path().join("journal.sqlite3-wal")).map(|m| m.len()).unwrap_or(0);
        assert!(wal > 0, "round {round}: a killed writer leaves its WAL for the next open to recover");

        let journal = Journal::open(&path)?;
        journal.check_integrity()?;
        let devices: HashSet<String> =
            journal.timeline(&TimelineFilter::account("crash"))?.into_iter().filter_map(|e| e.device).collect();
        let missing: Vec<i64> = (1..=committed).filter(|n| !devices.contains(&format!("writer {n}"))).collect();
        assert!(missing.is_empty(), "round {round}: committed but missing: {missing:?}");
        assert!(devices.len() as i64 >= committed);
        start = devices.len() as i64 + 1;
        assert_eq!(journal.sessions("crash", false)?.len(), 50, "the session lists survived whole");
    }
    Ok(())
}
