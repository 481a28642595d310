//! The agent with no display at all, on a session bus of the test's own with a fake
//! notification server: the demo intruder raises a Notify naming the device, with the
//! answers on it, and turns the tray to NeedsAttention; ending the intruder calms it; a
//! second agent is refused.
#![cfg(target_os = "linux")]

use std::process::{Command, Stdio};
use std::time::Duration;

use sessionguard_e2e::bus::TestBus;
use sessionguard_e2e::notifications::FakeNotifications;
use sessionguard_e2e::{KillOnDrop, TestResult, agent_bin, private_dir, tray_status, wait_until};
use sessionguard_protocol::{AccountRequest, AgentClient, Request};

const INTRUDER: &str = "Redmi Note 13 Pro";

fn agent(runtime_dir: &std::path::Path, bus: &TestBus, intruder_after: &str) -> Command {
    let mut command = Command::new(agent_bin());
    command
        .args(["--demo", "--demo-intruder-after", intruder_after])
        .env("SESSIONGUARD_RUNTIME_DIR", runtime_dir)
        .envs(bus.env())
        // No display: the agent must guard with the session bus alone.
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null());
    command
}

#[tokio::test]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
async fn the_intruder_notifies_and_alerts_the_tray_with_no_display() -> TestResult {
    let tmp = private_dir()?;
    let bus = TestBus::start()?;
    let notifications = FakeNotifications::start(&bus)?;
    let child = KillOnDrop(agent(&tmp, &bus, "3").stderr(Stdio::null()).spawn()?);
    let pid = child.0.id();

    let calm = wait_until("the tray item on the bus", Duration::from_secs(10), async || tray_status(&bus, pid)).await?;
    assert_eq!(calm, "Active", "the tray item is calm before the intruder");

    let call = notifications.next_naming(INTRUDER, Duration::from_secs(20)).await?;
    assert!(call.summary.contains("New login"), "{call:?}");
    assert!(call.body.contains("Lagos, Nigeria") && call.body.contains("102.89.34.17"), "{call:?}");
    assert_eq!(call.urgency, Some(2), "critical: {call:?}");
    let offered: Vec<&str> = call.actions.iter().map(|(key, _)| key.as_str()).collect();
    assert_eq!(offered, ["default", "its-me", "terminate", "secure"], "{call:?}");
    assert_eq!(call.expire_timeout, 0, "it stays until answered");
    wait_until("the tray to turn NeedsAttention", Duration::from_secs(5), async || {
        tray_status(&bus, pid).filter(|s| s == "NeedsAttention")
    })
    .await?;

    // Ending the intruder answers the alert: the tray calms down, and the notification
    // is taken down.
    let socket = tmp.join("agent.sock");
    let (client, _events) = AgentClient::connect(&socket).await?;
    let state = client.request(Request::GetState).await?;
    let intruder = state.sessions.iter().find(|s| s.session.device_model == INTRUDER).ok_or("no intruder row")?;
    let terminate = AccountRequest::Terminate { hash: intruder.session.hash };
    let after = client.request(Request::Account { account: "demo".into(), action: terminate }).await?;
    assert!(after.sessions.iter().all(|s| s.session.device_model != INTRUDER));
    assert!(after.alerts.is_empty(), "{:?}", after.alerts);
    wait_until("the tray to calm down", Duration::from_secs(5), async || {
        tray_status(&bus, pid).filter(|s| s == "Active")
    })
    .await?;
    notifications.closing_of(call.id, Duration::from_secs(5)).await?;
    Ok(())
}

#[tokio::test]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
async fn a_second_agent_exits_with_a_clear_message() -> TestResult {
    let tmp = private_dir()?;
    let bus = TestBus::start()?;
    let first = KillOnDrop(agent(&tmp, &bus, "0").stderr(Stdio::null()).spawn()?);
    let socket = tmp.join("agent.sock");
    wait_until("the first agent's socket", Duration::from_secs(10), async || socket.exists().then_some(())).await?;

    let second = agent(&tmp, &bus, "0").output()?;
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert_eq!(second.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("already running"), "{stderr}");
    assert!(stderr.contains(&first.0.id().to_string()), "names the running agent: {stderr}");
    Ok(())
}

/// A Telegram account saved in a real Secret Service (gnome-keyring) whose keyring is
/// locked: the agent says so — the account is saved, unlock the keyring — instead of
/// starting as if never signed in (no demo takes its place), and start-up is not held up
/// by the unlock prompt. In a desktop of its own (bus, keyring, home).
#[tokio::test]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
async fn a_locked_keyring_is_told_not_taken_for_signed_out() -> TestResult {
    use std::os::unix::process::CommandExt;

    let home = private_dir()?;
    let runtime_dir = home.join("run");
    std::fs::create_dir_all(&runtime_dir)?;
    let saved = format!(
        r#"{{"version":1,"dc_id":2,"user_id":42,"auth_key_hex":"{}","api_id":94575,"api_hash":"5c1a7e0d9b3f48a2e6d07c4b1f9a83e2"}}"#,
        "ab".repeat(256)
    );
    let script = r#"
        eval "$(printf test | gnome-keyring-daemon --unlock --components=secrets)"
        printf '%s' "$SAVED" | secret-tool store --label=SessionGuard service app.sessionguard.desktop username telegram-42
        gdbus call --session --dest org.freedesktop.secrets --object-path /org/freedesktop/secrets \
          --method org.freedesktop.Secret.Service.Lock "[objectpath '/org/freedesktop/secrets/collection/login']" >/dev/null
        exec "$AGENT" --no-tray --demo-when-signed-out
    "#;
    let _desktop = GroupOnDrop(
        Command::new("dbus-run-session")
            .args(["--", "sh", "-c", script])
            .env("HOME", &home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .env("SESSIONGUARD_RUNTIME_DIR", &runtime_dir)
            .env("SESSIONGUARD_DATA_DIR", home.join("sessionguard"))
            .env("SAVED", saved)
            .env("AGENT", agent_bin())
            // No display: the unlock prompt cannot be shown, as on a headless session.
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()?,
    );
    // The settings list the account, as they do once it signed in here.
    let data = home.join("sessionguard");
    std::fs::create_dir_all(&data)?;
    let listed = r#"{"telegram_accounts":[{"id":"telegram-42","entry":"telegram-42","label":"Alice"}]}"#;
    std::fs::write(data.join("settings.json"), listed)?;
    let socket = runtime_dir.join("agent.sock");
    let state = wait_until("a notice about the locked keyring", Duration::from_secs(30), async || {
        let (client, _) = AgentClient::connect(&socket).await.ok()?;
        let now = client.request(Request::GetState).await.ok()?;
        now.notices.iter().any(|n| n.keyring_retry).then_some(now)
    })
    .await?;
    let notice = state.notices.iter().find(|n| n.keyring_retry).map(|n| n.text.clone()).unwrap_or_default();
    assert!(notice.contains("keyring"), "{notice}");
    assert!(state.accounts.is_empty(), "no account guarded, and no demo in its place: {:?}", state.accounts);
    assert!(state.sign_in.is_some());
    Ok(())
}

/// A process group (a desktop of its own: its bus, keyring and agent), all stopped on drop.
struct GroupOnDrop(std::process::Child);

impl Drop for GroupOnDrop {
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", "--", &format!("-{}", self.0.id())]).status();
        let _ = self.0.wait();
    }
}
