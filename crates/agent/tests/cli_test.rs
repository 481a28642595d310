//! The command line against the running agent (the real binary, on the demo account, with
//! its socket — a named pipe on Windows — in a folder of the test's own): `status`,
//! `sessions`, `terminate`, `history`, `export`, each for people and with `--json`; the
//! agent's refusals word for word with exit code 5; no agent running, exit code 4.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{KillOnDrop, agent_exe};

const INTRUDER: &str = "Redmi Note 13 Pro";

/// `sessionguard-agent ARGS` with the test's folders.
fn agent(dirs: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(agent_exe());
    command
        .args(args)
        .env("SESSIONGUARD_RUNTIME_DIR", dirs.join("run"))
        .env("SESSIONGUARD_DATA_DIR", dirs.join("data"))
        .stdin(Stdio::null());
    command
}

fn run(dirs: &Path, args: &[&str]) -> (i32, String, String) {
    let Output { status, stdout, stderr } = agent(dirs, args).output().expect("the command runs");
    (
        status.code().unwrap_or(-1),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

/// Runs `args` until it exits 0 (the agent may still be starting), for at most 30 s.
fn once_up(dirs: &Path, args: &[&str]) -> String {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (code, out, err) = run(dirs, args);
        if code == 0 {
            return out;
        }
        assert!(Instant::now() < deadline, "{args:?} never worked: {code} {err}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn a_terminal_sees_and_acts_on_the_running_agent() {
    let dirs = tempfile::tempdir().unwrap();
    let (code, _, err) = run(dirs.path(), &["status"]);
    assert_eq!(code, 4, "no agent running: {err}");
    assert!(err.contains("not running"), "{err}");

    let _agent =
        KillOnDrop(agent(dirs.path(), &["--demo", "--no-tray", "--demo-intruder-after", "1"]).spawn().unwrap());
    // The socket answers a moment before the demo is picked: wait for it.
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        let status = once_up(dirs.path(), &["status"]);
        if status.contains("Demo account (demo)") || Instant::now() > deadline {
            break status;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.contains("Demo account (demo)"), "{status}");

    // The intruder logs in a second after start; wait for its row.
    let deadline = Instant::now() + Duration::from_secs(20);
    let sessions = loop {
        let json = once_up(dirs.path(), &["sessions", "--json"]);
        let sessions: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
        if sessions.iter().any(|s| s["device_model"] == INTRUDER) {
            break sessions;
        }
        assert!(Instant::now() < deadline, "the intruder never appeared: {json}");
        std::thread::sleep(Duration::from_millis(200));
    };
    assert_eq!(sessions.len(), 7);
    let intruder =
        sessions.iter().find(|s| s["device_model"] == INTRUDER).unwrap()["hash"].as_str().unwrap().to_owned();
    let table = once_up(dirs.path(), &["sessions"]);
    assert!(table.starts_with("Demo account: 7 sessions") && table.contains("this device"), "{table}");

    let done = once_up(dirs.path(), &["terminate", &intruder]);
    assert_eq!(done, format!("Terminated {INTRUDER}.\n"));
    let (code, _, err) = run(dirs.path(), &["terminate", &intruder]);
    assert_eq!(code, 5, "{err}");
    assert!(err.starts_with("sessionguard-agent: no session of Demo account has the hash"), "{err}");

    let history: Vec<serde_json::Value> =
        serde_json::from_str(&once_up(dirs.path(), &["history", "--json", "--since", "2000-01-01"])).unwrap();
    assert!(history.iter().any(|e| e["kind"] == "terminated" && e["device"] == INTRUDER), "{history:?}");
    let (code, _, err) = run(dirs.path(), &["history", "--since", "yesterday"]);
    assert_eq!(code, 2, "a date that is not one is a usage error: {err}");

    let file = dirs.path().join("history.csv");
    let exported = once_up(dirs.path(), &["export", "--csv", file.to_str().unwrap()]);
    assert!(exported.starts_with("Exported ") && file.exists(), "{exported}");

    let everyone = once_up(dirs.path(), &["terminate", "--all-others", "--json"]);
    let left: Vec<serde_json::Value> = serde_json::from_str(&everyone).unwrap();
    assert_eq!(left.len(), 1, "only this device: {everyone}");
}
