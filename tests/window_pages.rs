//! The window's other pages on the demo account, through tauri-driver and WebKitWebDriver
//! on the private desktop: the checkup and its fix, the history with its filter and a
//! session's page, settings that stick, and lockdown ending an intruder by itself — with
//! a journal row and a notification saying so (to a fake notification server on a bus of
//! the test's own).
#![cfg(target_os = "linux")]

use std::path::Path;
use std::time::Duration;

use fantoccini::Client;
use sessionguard_e2e::notifications::FakeNotifications;
use sessionguard_e2e::webdriver::{
    DemoWindow, choose, click, screenshot, wait_for_rows, wait_for_text, wait_for_words,
};
use sessionguard_e2e::{TestResult, wait_until};

const INTRUDER: &str = "Redmi Note 13 Pro";
type BoxError = Box<dyn std::error::Error>;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
async fn checkup_history_settings_and_lockdown() -> TestResult {
    let demo = DemoWindow::open(12).await?;
    demo.closing_after(pages(demo.window(), demo.notifications())).await?;
    assert_settings_kept(demo.data_dir()).await
}

async fn pages(window: &Client, notifications: &FakeNotifications) -> TestResult {
    wait_for_rows(window, |n| n == 6, Duration::from_secs(30)).await?;

    // Settings: lockdown on, before the intruder comes.
    click(window, "[data-page=\"settings\"]").await?;
    switch_on(window, "rule-lockdown").await?;
    let checked = "return document.querySelector('[data-action=\"rule-lockdown\"]')?.checked === true";
    wait_until("the lockdown switch to turn on", Duration::from_secs(10), async || {
        (window.execute(checked, vec![]).await.ok()? == serde_json::Value::Bool(true)).then_some(())
    })
    .await?;
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
    let banner = "[data-alert-kind=\"unconfirmed_login\"]";
    let banner = wait_for_words(window, banner, "Lockdown terminated", Duration::from_secs(30)).await?;
    assert!(banner.contains(INTRUDER), "{banner}");
    let call = notifications
        .next_notify("saying lockdown terminated the intruder", Duration::from_secs(10), |c| {
            c.summary.contains("terminated") && c.body.contains(INTRUDER)
        })
        .await?;
    assert!(call.summary.contains("lockdown"), "{call:?}");
    let rows = wait_for_rows(window, |n| n == 6, Duration::from_secs(10)).await?;
    assert!(rows.iter().all(|r| !r.text.contains(INTRUDER)), "the intruder is gone: {rows:?}");
    screenshot("page-devices-lockdown");

    // The history has it: the login, the rule's termination, the ending.
    click(window, "[data-page=\"history\"]").await?;
    let kinds = wait_for_kinds(window, |k| k.len() >= 3).await?;
    assert!(kinds.contains(&"terminated".to_owned()) && kinds.contains(&"unconfirmed_login".to_owned()), "{kinds:?}");
    let terminated =
        wait_for_words(window, "[data-entry-kind=\"terminated\"]", "lockdown", Duration::from_secs(5)).await?;
    assert!(terminated.contains(INTRUDER) && terminated.contains("lockdown"), "{terminated}");
    screenshot("page-history");

    // A filter narrows it; a session's page tells its story.
    choose(window, "#history-kinds", "logins").await?;
    let kinds = wait_for_kinds(window, |k| k.iter().all(|k| k.ends_with("login"))).await?;
    assert_eq!(kinds, ["unconfirmed_login"]);
    click(window, "[data-entry-kind=\"unconfirmed_login\"] [data-action=\"open-session\"]").await?;
    let record = wait_for_words(window, "#session-record", "Ended", Duration::from_secs(10)).await?;
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

/// The kinds of the history entries shown, newest first, once `done` accepts them.
async fn wait_for_kinds(window: &Client, done: impl Fn(&[String]) -> bool) -> Result<Vec<String>, BoxError> {
    let script = "return [...document.querySelectorAll('#timeline [data-entry-kind]')].map(e => e.dataset.entryKind)";
    let kinds =
        async || -> Option<Vec<String>> { serde_json::from_value(window.execute(script, vec![]).await.ok()?).ok() };
    let shown = wait_until("the history to show the entries wanted", Duration::from_secs(10), async || {
        kinds().await.filter(|k| !k.is_empty() && done(k))
    })
    .await;
    match shown {
        Ok(kinds) => Ok(kinds),
        Err(error) => Err(format!("{error}: it shows {:?}", kinds().await).into()),
    }
}

/// The settings file the agent wrote holds lockdown for the next run.
async fn assert_settings_kept(data_dir: &Path) -> TestResult {
    let file = data_dir.join("settings.json");
    let settings =
        wait_until("the settings file", Duration::from_secs(5), async || std::fs::read_to_string(&file).ok()).await?;
    let settings: serde_json::Value = serde_json::from_str(&settings)?;
    assert_eq!(settings["settings"]["rules"]["lockdown"], serde_json::Value::Bool(true), "{settings}");
    Ok(())
}
