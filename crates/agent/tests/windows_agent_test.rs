//! The Windows agent, run for real (under wine in CI): `sessionguard-agent.exe --demo
//! --no-tray` serves its named pipe; the protocol's own client reads the demo's six
//! sessions, terminates one, receives the scripted intruder's alert as a pushed event;
//! a second agent is refused; starting at login writes and removes the `Run` value.
#![cfg(windows)]

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{KillOnDrop, agent_exe};
use sessionguard_protocol::{AccountRequest, AgentClient, AgentEvent, Request, RuntimeDir};

type TestResult = Result<(), Box<dyn std::error::Error>>;

const INTRUDER: &str = "Redmi Note 13 Pro";

fn agent(runtime_dir: &Path, data_dir: &Path, tray: bool) -> Command {
    let mut command = Command::new(agent_exe());
    command
        .args(["--demo", "--demo-intruder-after", "4"])
        .env("SESSIONGUARD_RUNTIME_DIR", runtime_dir)
        .env("SESSIONGUARD_DATA_DIR", data_dir)
        .stdin(Stdio::null());
    if !tray {
        command.arg("--no-tray");
    }
    command
}

/// Connects once the agent's pipe answers.
async fn connect(dir: &RuntimeDir) -> Result<(AgentClient, tokio::sync::mpsc::UnboundedReceiver<AgentEvent>), String> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        match AgentClient::connect(&dir.socket_path()).await {
            Ok(connected) => return Ok(connected),
            Err(error) if Instant::now() > deadline => return Err(format!("the agent's pipe never answered: {error}")),
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

#[tokio::test]
async fn the_windows_agent_guards_the_demo_over_its_pipe() -> TestResult {
    let tmp = tempfile::tempdir()?;
    let dir = RuntimeDir::at(tmp.path().join("rt"))?;
    let data = tmp.path().join("data");
    let _agent = KillOnDrop(agent(dir.path(), &data, false).stderr(Stdio::null()).spawn()?);

    let (client, mut events) = connect(&dir).await?;
    let state = client.request(Request::GetState).await?;
    assert_eq!(state.sessions.len(), 6, "the demo's six sessions: {:?}", state.sessions);
    let other = &state.sessions.iter().find(|s| !s.session.current).ok_or("no other session")?.session;
    let (hash, device) = (other.hash, other.device_model.clone());
    let after =
        client.request(Request::Account { account: "demo".into(), action: AccountRequest::Terminate { hash } }).await?;
    assert!(after.sessions.iter().all(|s| s.session.hash != hash), "{device} is still listed");
    assert_eq!(after.sessions.len(), 5);

    // The intruder arrives on its own and is pushed to the subscribed client.
    client.request(Request::Subscribe).await?;
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, events.recv()).await {
            Ok(Some(AgentEvent::State { state })) if !state.alerts.is_empty() => {
                assert!(state.sessions.iter().any(|s| s.session.device_model == INTRUDER), "{:?}", state.sessions);
                assert!(format!("{:?}", state.alerts).contains(INTRUDER), "{:?}", state.alerts);
                break;
            }
            Ok(Some(_)) => {}
            Ok(None) => return Err("the agent closed the pipe".into()),
            Err(_) => return Err("no alert for the intruder within 60 s".into()),
        }
    }

    // One agent per user: a second one says so and exits with 3.
    let second = agent(dir.path(), &data, false).output()?;
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert_eq!(second.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("already running"), "{stderr}");
    Ok(())
}

#[test]
fn starting_at_login_writes_and_removes_the_run_value() -> TestResult {
    let query = || {
        Command::new("reg")
            .args(["query", r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run", "/v", "SessionGuard"])
            .output()
    };
    sessionguard_agent::autostart::set(true)?;
    let listed = query()?;
    let text = String::from_utf8_lossy(&listed.stdout);
    assert!(listed.status.success(), "no Run value after turning it on: {text}");
    let exe = std::env::current_exe()?;
    let exe_name = exe.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    assert!(text.contains(&exe_name), "the Run value starts this program: {text}");

    sessionguard_agent::autostart::set(false)?;
    assert!(!query()?.status.success(), "the Run value is still there after turning it off");
    Ok(())
}

/// Wine has no toast service (`0x80040154`, class not registered), like a Windows with no
/// registered app identity: the alert must ride on the tray icon's balloon instead, and
/// the log must say so. Needs a display for wine's tray (scripts/test-cross gives it one).
#[test]
fn with_no_toast_the_alert_rides_on_the_tray_balloon() -> TestResult {
    use std::io::BufRead;
    if std::env::var_os("DISPLAY").is_none() {
        return Err("no DISPLAY: wine's tray needs one (run under xvfb-run, as scripts/test-cross does)".into());
    }
    let tmp = tempfile::tempdir()?;
    let mut with_tray = agent(&tmp.path().join("rt"), &tmp.path().join("data"), true);
    with_tray.env("SESSIONGUARD_LOG", "info").env("NO_COLOR", "1");
    let mut child = KillOnDrop(with_tray.stdout(Stdio::null()).stderr(Stdio::piped()).spawn()?);
    let stderr = child.0.stderr.take().ok_or("no stderr")?;
    let (lines_tx, lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr).lines().map_while(Result::ok) {
            if lines_tx.send(line).is_err() {
                return;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut seen = Vec::new();
    while let Ok(line) = lines.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
        if line.contains("alert shown as the tray's balloon") {
            assert!(line.contains("0x80040154"), "the log names why there was no toast: {line}");
            return Ok(());
        }
        seen.push(line);
    }
    Err(format!("no balloon within 60 s; the agent said:\n{}", seen.join("\n")).into())
}
