//! The agent with no display at all, on a private session bus with a real notification
//! daemon: the demo intruder raises a Notify naming the device and turns the tray to
//! NeedsAttention; ending the intruder calms it; a second agent is refused.

use std::process::{Command, Stdio};
use std::time::Duration;

use sessionguard_e2e::{
    KillOnDrop, TestResult, agent_bin, notify_calls, private_dir, tray_status, wait_for_notification, wait_until,
};
use sessionguard_protocol::{AccountRequest, AgentClient, Request};

const INTRUDER: &str = "Redmi Note 13 Pro";

fn agent(runtime_dir: &std::path::Path, intruder_after: &str) -> Command {
    let mut command = Command::new(agent_bin());
    command
        .args(["--demo", "--demo-intruder-after", intruder_after])
        .env("SESSIONGUARD_RUNTIME_DIR", runtime_dir)
        // No display: the agent must guard with the session bus alone.
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null());
    command
}

#[test]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
fn the_intruder_notifies_and_alerts_the_tray_with_no_display() -> TestResult {
    let tmp = private_dir()?;
    let seen = notify_calls()?.len();
    let child = KillOnDrop(agent(&tmp, "3").stderr(Stdio::null()).spawn()?);
    let pid = child.0.id();

    let calm = wait_until(Duration::from_secs(10), || tray_status(pid));
    assert_eq!(calm.as_deref(), Some("Active"), "the tray item is on the bus and calm before the intruder");

    let call = wait_for_notification(INTRUDER, seen, Duration::from_secs(20))?;
    assert!(call.summary.contains("New login"), "{call:?}");
    assert!(call.body.contains("Lagos, Nigeria") && call.body.contains("102.89.34.17"), "{call:?}");
    let alerting = wait_until(Duration::from_secs(5), || tray_status(pid).filter(|s| s == "NeedsAttention"));
    assert_eq!(alerting.as_deref(), Some("NeedsAttention"));

    // Ending the intruder answers the alert: the tray calms down.
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let socket = tmp.join("agent.sock");
        let (client, _events) = AgentClient::connect(&socket).await?;
        let state = client.request(Request::GetState).await?;
        let intruder = state.sessions.iter().find(|s| s.device_model == INTRUDER).ok_or("no intruder row")?;
        let terminate = AccountRequest::Terminate { hash: intruder.hash.clone() };
        let after = client.request(Request::Account { account: "demo".into(), action: terminate }).await?;
        assert!(after.sessions.iter().all(|s| s.device_model != INTRUDER));
        assert!(after.alerts.is_empty(), "{:?}", after.alerts);
        Ok::<_, Box<dyn std::error::Error>>(())
    })?;
    let calm = wait_until(Duration::from_secs(5), || tray_status(pid).filter(|s| s == "Active"));
    assert_eq!(calm.as_deref(), Some("Active"));
    Ok(())
}

#[test]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
fn a_second_agent_exits_with_a_clear_message() -> TestResult {
    let tmp = private_dir()?;
    let first = KillOnDrop(agent(&tmp, "0").stderr(Stdio::null()).spawn()?);
    let started = wait_until(Duration::from_secs(10), || tmp.join("agent.sock").exists().then_some(()));
    assert!(started.is_some(), "the first agent did not open its socket");

    let second = agent(&tmp, "0").output()?;
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert_eq!(second.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("already running"), "{stderr}");
    assert!(stderr.contains(&first.0.id().to_string()), "names the running agent: {stderr}");
    Ok(())
}

/// A Telegram account saved in a real Secret Service (gnome-keyring) whose keyring is
/// locked: the agent says so — the account is saved, unlock the keyring — instead of
/// starting as if never signed in (no demo takes its place), and start-up is not held up
/// by the unlock prompt. In a desktop of its own (bus, keyring, home), so the shared
/// keyring of the other tests stays unlocked.
#[test]
#[cfg(unix)]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
fn a_locked_keyring_is_told_not_taken_for_signed_out() -> TestResult {
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
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let mut state = None;
        for _ in 0..300 {
            if let Ok((client, _)) = AgentClient::connect(&socket).await
                && let Ok(now) = client.request(Request::GetState).await
                && now.notices.iter().any(|n| n.keyring_retry)
            {
                state = Some(now);
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let state = state.ok_or("no notice about the locked keyring within 30 s")?;
        let notice = state.notices.iter().find(|n| n.keyring_retry).map(|n| n.text.clone()).unwrap_or_default();
        assert!(notice.contains("keyring"), "{notice}");
        assert!(state.accounts.is_empty(), "no account guarded, and no demo in its place: {:?}", state.accounts);
        assert!(state.sign_in.is_some());
        Ok::<_, Box<dyn std::error::Error>>(())
    })
}

/// A process group (a desktop of its own: its bus, keyring and agent), all stopped on drop.
#[cfg(unix)]
struct GroupOnDrop(std::process::Child);

#[cfg(unix)]
impl Drop for GroupOnDrop {
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", "--", &format!("-{}", self.0.id())]).status();
        let _ = self.0.wait();
    }
}
