//! The window's other pages on the demo account, through tauri-driver and WebKitWebDriver
//! on the private desktop: the checkup and its fix, the history with its filter and a
//! session's page, settings that stick, and lockdown ending an intruder by itself — with
//! a journal row and a notification saying so.

use std::path::Path;
use std::time::Duration;

use fantoccini::Client;
use sessionguard_e2e::webdriver::{
    choose, click, open_window, screenshot, start_tauri_driver_with, wait_for_rows, wait_for_text,
};
use sessionguard_e2e::{TestResult, agent_pid, notify_calls, private_dir, stop, wait_for_notify_where, wait_until};

const INTRUDER: &str = "Redmi Note 13 Pro";
type BoxError = Box<dyn std::error::Error>;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
async fn checkup_history_settings_and_lockdown() -> TestResult {
    let runtime_dir = private_dir()?;
    let data_dir = private_dir()?;
    let _driver =
        start_tauri_driver_with(&[("SESSIONGUARD_RUNTIME_DIR", &runtime_dir), ("SESSIONGUARD_DATA_DIR", &data_dir)])?;
    let seen = notify_calls()?.len();
    let window = open_window(&["--demo", "--demo-intruder-after", "12"]).await?;
    let outcome = pages(&window, seen).await;
    let _ = window.close().await;
    if let Some(agent) = agent_pid(&runtime_dir) {
        stop(agent);
    }
    outcome?;
    assert_settings_kept(&data_dir)
}

async fn pages(window: &Client, seen: usize) -> TestResult {
    wait_for_rows(window, |n| n == 6, Duration::from_secs(30)).await?;

    // Settings: lockdown on, before the intruder comes.
    click(window, "[data-page=\"settings\"]").await?;
    switch_on(window, "rule-lockdown").await?;
    wait_until_checked(window, "rule-lockdown").await?;
    screenshot("page-settings");

    // The checkup finds the demo's weak spots; one click fixes the idle-session period.
    click(window, "[data-page=\"checkup\"]").await?;
    wait_for_text(window, "[data-check=\"unofficial_apps\"][data-severity=\"warning\"]", Duration::from_secs(10))
        .await?;
    wait_for_text(window, "[data-check=\"inactive_ttl\"][data-severity=\"advice\"]", Duration::from_secs(10)).await?;
    screenshot("page-checkup");
    click(window, "[data-check=\"inactive_ttl\"] [data-action=\"fix-ttl\"]").await?;
    wait_for_text(window, "[data-check=\"inactive_ttl\"][data-severity=\"ok\"]", Duration::from_secs(10)).await?;

    // Lockdown ends the intruder the moment it appears, and says so.
    click(window, "[data-page=\"devices\"]").await?;
    let banner = wait_for_text(window, "[data-alert-kind=\"unconfirmed_login\"]", Duration::from_secs(30)).await?;
    assert!(banner.contains("Lockdown terminated") && banner.contains(INTRUDER), "{banner}");
    let call = wait_for_notify_where("saying lockdown terminated the intruder", seen, Duration::from_secs(10), |c| {
        c.summary.contains("terminated") && c.body.contains(INTRUDER)
    })?;
    assert!(call.summary.contains("lockdown"), "{call:?}");
    let rows = wait_for_rows(window, |n| n == 6, Duration::from_secs(10)).await?;
    assert!(rows.iter().all(|r| !r.text.contains(INTRUDER)), "the intruder is gone: {rows:?}");
    screenshot("page-devices-lockdown");

    // The history has it: the login, the rule's termination, the ending.
    click(window, "[data-page=\"history\"]").await?;
    let kinds = wait_for_kinds(window, |k| k.len() >= 3).await?;
    assert!(kinds.contains(&"terminated".to_owned()) && kinds.contains(&"unconfirmed_login".to_owned()), "{kinds:?}");
    let terminated = wait_for_text(window, "[data-entry-kind=\"terminated\"]", Duration::from_secs(5)).await?;
    assert!(terminated.contains(INTRUDER) && terminated.contains("lockdown"), "{terminated}");
    screenshot("page-history");

    // A filter narrows it; a session's page tells its story.
    choose(window, "#history-kinds", "logins").await?;
    let kinds = wait_for_kinds(window, |k| k.iter().all(|k| k.ends_with("login"))).await?;
    assert_eq!(kinds, ["unconfirmed_login"]);
    click(window, "[data-entry-kind=\"unconfirmed_login\"] [data-action=\"open-session\"]").await?;
    let record = wait_for_text(window, "#session-record", Duration::from_secs(10)).await?;
    assert!(record.contains(INTRUDER) && record.contains("Ended"), "{record}");
    assert!(record.contains("lockdown"), "how it ended: {record}");
    screenshot("page-history-session");
    Ok(())
}

/// Turns a switch on by clicking its label (the checkbox itself is drawn as a track).
async fn switch_on(window: &Client, action: &str) -> TestResult {
    let script = format!(
        "const input = document.querySelector('[data-action=\"{action}\"]'); if (input && !input.checked) input.click(); return !!input;"
    );
    let found = window.execute(&script, vec![]).await?;
    if found != serde_json::Value::Bool(true) {
        return Err(format!("no switch {action}").into());
    }
    Ok(())
}

async fn wait_until_checked(window: &Client, action: &str) -> TestResult {
    let script = format!("return document.querySelector('[data-action=\"{action}\"]')?.checked === true");
    for _ in 0..100 {
        if window.execute(&script, vec![]).await? == serde_json::Value::Bool(true) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("{action} did not turn on").into())
}

/// The kinds of the history entries shown, newest first, once `done` accepts them.
async fn wait_for_kinds(window: &Client, done: impl Fn(&[String]) -> bool) -> Result<Vec<String>, BoxError> {
    let script = "return [...document.querySelectorAll('#timeline [data-entry-kind]')].map(e => e.dataset.entryKind)";
    let mut kinds = Vec::new();
    for _ in 0..100 {
        kinds = serde_json::from_value(window.execute(script, vec![]).await?)?;
        if !kinds.is_empty() && done(&kinds) {
            return Ok(kinds);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("the history shows {kinds:?}").into())
}

/// The settings file the agent wrote holds lockdown for the next run.
fn assert_settings_kept(data_dir: &Path) -> TestResult {
    let settings = wait_until(Duration::from_secs(5), || std::fs::read_to_string(data_dir.join("settings.json")).ok());
    let settings: serde_json::Value = serde_json::from_str(&settings.ok_or("no settings file")?)?;
    assert_eq!(settings["settings"]["rules"]["lockdown"], serde_json::Value::Bool(true), "{settings}");
    Ok(())
}
