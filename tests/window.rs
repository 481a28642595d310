//! The real window under Xvfb, driven through tauri-driver and WebKitWebDriver, on a
//! session bus of the test's own with a fake notification server (see tests/desktop.sh).
#![cfg(target_os = "linux")]

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use fantoccini::Locator;
use sessionguard_e2e::bus::TestBus;
use sessionguard_e2e::notifications::FakeNotifications;
use sessionguard_e2e::webdriver::{
    click, open_window, rows, screenshot, start_tauri_driver_with, wait_for_rows, wait_for_words,
};
use sessionguard_e2e::{
    KillOnDrop, TestResult, WindowReaper, agent_pid, is_running, pids_of, private_dir, stop, tray_activate,
    tray_menu_click, tray_status, wait_until, window_bin,
};
use sessionguard_protocol::{AgentClient, Request};

const INTRUDER: &str = "Redmi Note 13 Pro";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
async fn the_window_lists_terminates_and_alerts() -> TestResult {
    let runtime_dir = private_dir()?;
    let bus = TestBus::start()?;
    let notifications = FakeNotifications::start(&bus)?;
    let _driver = start_tauri_driver_with([("SESSIONGUARD_RUNTIME_DIR", runtime_dir.as_path()), bus.env_path()])?;
    let _reaper = WindowReaper(runtime_dir.clone());

    manage_sessions(&runtime_dir, &bus).await?;
    intruder_while_the_window_is_open(&runtime_dir, &notifications).await?;
    intruder_after_the_window_closed(&runtime_dir, &bus, &notifications).await?;
    Ok(())
}

/// The list, terminate one, terminate all others; closing leaves the agent running.
async fn manage_sessions(runtime_dir: &Path, bus: &TestBus) -> TestResult {
    let window = open_window(&["--demo", "--demo-intruder-after", "0"]).await?;
    let rows = wait_for_rows(&window, |n| n == 6, Duration::from_secs(30)).await?;
    assert!(rows[0].current, "this device comes first: {rows:?}");
    screenshot("window-demo");

    let victim = rows[2].hash.clone();
    click(&window, &format!("[data-session-hash=\"{victim}\"] [data-action=\"terminate\"]")).await?;
    click(&window, "[data-action=\"confirm\"]").await?;
    let rows = wait_for_rows(&window, |n| n == 5, Duration::from_secs(10)).await?;
    assert!(rows.iter().all(|r| r.hash != victim), "{victim} is gone: {rows:?}");

    // The tray's "Terminate all other sessions" ends nothing by itself: the window asks.
    let agent = agent_pid(runtime_dir).ok_or("no agent pid")?;
    assert!(tray_menu_click(bus, agent, "Terminate all other sessions"), "the tray menu answers");
    click(&window, "[data-action=\"cancel\"]").await?;
    let state = wait_until("the window's answer to end the asking", Duration::from_secs(5), async || {
        agent_state(runtime_dir).await.ok().filter(|s| s.ask.is_none())
    })
    .await?;
    assert_eq!(state.sessions.len(), 5, "declined: nothing ended");

    click(&window, "[data-action=\"terminate-others\"]").await?;
    click(&window, "[data-action=\"confirm\"]").await?;
    let rows = wait_for_rows(&window, |n| n == 1, Duration::from_secs(10)).await?;
    assert!(rows[0].current, "only this device remains: {rows:?}");
    screenshot("window-only-this-device");

    // The tray's "Secure my account…" asks in the window too, with what it will do; once
    // confirmed, the demo's websites are logged out and lockdown is on.
    assert!(tray_menu_click(bus, agent, "Secure my account…"), "the tray menu answers");
    let steps = wait_for_words(&window, "#dialog-steps", "lockdown", Duration::from_secs(10)).await?;
    assert!(steps.contains("Log out of 2 connected websites"), "{steps}");
    click(&window, "[data-action=\"confirm\"]").await?;
    let report = wait_for_words(&window, "#secure-report", "secured", Duration::from_secs(10)).await?;
    assert!(report.contains("Logged out of 2 websites") && report.contains("Lockdown is on"), "{report}");
    let state = agent_state(runtime_dir).await?;
    assert!(state.websites.is_empty() && state.settings.rules.lockdown && state.ask.is_none(), "{state:?}");
    click(&window, "[data-action=\"dismiss-secure-report\"]").await?;
    // Lockdown off again: the next test wants the intruder to stay.
    let mut settings = state.settings.clone();
    settings.rules.lockdown = false;
    let (client, _) = AgentClient::connect(&runtime_dir.join("agent.sock")).await?;
    client.request(Request::UpdateSettings { settings }).await?;
    drop(client);

    second_launch_focuses_the_first(bus).await?;

    window.close().await?;
    assert_window_gone().await?;
    let agent = agent_pid(runtime_dir).ok_or("no agent pid")?;
    assert!(is_running(agent), "the agent keeps guarding after the window closed");
    let (client, _) = AgentClient::connect(&runtime_dir.join("agent.sock")).await?;
    assert_eq!(client.request(Request::GetState).await?.sessions.len(), 1, "the agent kept its state");
    drop(client);
    assert!(stop(agent));
    Ok(())
}

/// The intruder's row appears by itself, a Notify names it, the banner's Terminate ends it.
async fn intruder_while_the_window_is_open(runtime_dir: &Path, notifications: &FakeNotifications) -> TestResult {
    let window = open_window(&["--demo", "--demo-intruder-after", "5"]).await?;
    wait_for_rows(&window, |n| n == 6, Duration::from_secs(30)).await?;
    wait_for_rows(&window, |n| n == 7, Duration::from_secs(30)).await?;
    let rows = rows(&window).await?;
    let hash = rows.iter().find(|r| r.text.contains(INTRUDER)).ok_or("the intruder's row did not appear")?.hash.clone();
    notifications.next_naming(INTRUDER, Duration::from_secs(10)).await?;
    screenshot("window-intruder");

    click(&window, "[data-alert-kind=\"unconfirmed_login\"] [data-action=\"terminate-alert\"]").await?;
    click(&window, "[data-action=\"confirm\"]").await?;
    let rows = wait_for_rows(&window, |n| n == 6, Duration::from_secs(10)).await?;
    assert!(rows.iter().all(|r| r.hash != hash), "the intruder's row is gone: {rows:?}");
    let banners = window.find_all(Locator::Css("[data-alert-id]")).await?;
    assert!(banners.is_empty(), "the banner went with the session");

    window.close().await?;
    assert_window_gone().await?;
    assert!(stop(agent_pid(runtime_dir).ok_or("no agent pid")?));
    Ok(())
}

/// The window opens and closes before the intruder; the agent alone still alerts.
async fn intruder_after_the_window_closed(
    runtime_dir: &Path,
    bus: &TestBus,
    notifications: &FakeNotifications,
) -> TestResult {
    let window = open_window(&["--demo", "--demo-intruder-after", "8"]).await?;
    wait_for_rows(&window, |n| n == 6, Duration::from_secs(30)).await?;
    window.close().await?;
    assert_window_gone().await?;
    let agent = agent_pid(runtime_dir).ok_or("no agent pid")?;

    let call = notifications.next_naming(INTRUDER, Duration::from_secs(20)).await?;
    assert!(call.body.contains("Lagos, Nigeria"), "{call:?}");
    wait_until("the tray to turn NeedsAttention", Duration::from_secs(5), async || {
        tray_status(bus, agent).filter(|s| s == "NeedsAttention")
    })
    .await?;
    assert!(is_running(agent));

    // A click on the tray icon opens the window again.
    assert!(tray_activate(bus, agent), "the tray item answers Activate");
    let window = wait_until("the tray to open the window", Duration::from_secs(15), async || {
        pids_of(&window_bin()).first().copied()
    })
    .await?;
    assert!(stop(window));
    assert!(stop(agent));
    Ok(())
}

/// The agent's state, asked over its socket.
async fn agent_state(runtime_dir: &Path) -> Result<sessionguard_protocol::AgentState, Box<dyn std::error::Error>> {
    let (client, _) = AgentClient::connect(&runtime_dir.join("agent.sock")).await?;
    Ok(client.request(Request::GetState).await?)
}

/// A second launch (on the same bus, where the first listens for it) hands over to the
/// running window and exits; one window remains.
async fn second_launch_focuses_the_first(bus: &TestBus) -> TestResult {
    let before = pids_of(&window_bin());
    assert_eq!(before.len(), 1, "one window runs: {before:?}");
    let mut second = KillOnDrop(bus.command(window_bin()).stderr(Stdio::null()).spawn()?);
    let exited =
        wait_until("the second launch to exit", Duration::from_secs(15), async || second.0.try_wait().ok().flatten())
            .await?;
    assert!(exited.success(), "the second launch exits: {exited:?}");
    assert_eq!(pids_of(&window_bin()), before, "the first window is still the only one");
    Ok(())
}

async fn assert_window_gone() -> TestResult {
    let gone = wait_until("the window process to end", Duration::from_secs(10), async || {
        pids_of(&window_bin()).is_empty().then_some(())
    })
    .await;
    gone.map_err(|e| format!("{e}: still running: {:?}", pids_of(&window_bin())).into())
}
