//! The window for keyboards and screen readers, through tauri-driver and WebKitWebDriver on
//! the private desktop: axe-core finds nothing serious or critical on any page or state
//! (devices with an alert banner, a confirmation dialog, history, checkup, settings,
//! sign-in), and a session is terminated, then every other one, with keys alone.

use std::time::Duration;

use fantoccini::Client;
use fantoccini::key::Key;
use sessionguard_e2e::axe::violations;
use sessionguard_e2e::webdriver::{DemoWindow, click, wait_for_rows, wait_for_text};
use sessionguard_e2e::{TestResult, wait_until};

type BoxError = Box<dyn std::error::Error>;
const SECOND: Duration = Duration::from_secs(1);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
async fn every_page_passes_axe_and_the_keyboard_alone_terminates() -> TestResult {
    let demo = DemoWindow::open(3).await?;
    demo.closing_after(pages_and_keys(demo.window())).await
}

async fn pages_and_keys(window: &Client) -> TestResult {
    wait_for_rows(window, |n| n == 7, SECOND * 30).await?;
    wait_for_text(window, "[data-alert-kind=\"unconfirmed_login\"]", SECOND * 10).await?;
    let mut serious = Vec::new();
    check(window, "devices with an alert banner", &mut serious).await?;

    // Keys only: Tab to a session's Terminate, Enter; the dialog opens on Cancel; Escape
    // closes it and focus comes back to the same button.
    let first = "#sessions [data-session-hash]:not([data-current=\"true\"]) [data-action=\"terminate\"]";
    tab_to(window, first).await?;
    let opener = focused(window).await?;
    press(window, Key::Enter).await?;
    wait_for_text(window, "dialog[open]", SECOND * 5).await?;
    // Past its fade-in, when its colours are its own.
    settled(window).await?;
    check(window, "a confirmation dialog", &mut serious).await?;
    press(window, Key::Escape).await?;
    wait_until_js(window, "the dialog to close", "return document.querySelector('dialog[open]') === null").await?;
    assert_eq!(focused(window).await?, opener, "focus came back to the button that opened the dialog");

    // Enter again, Tab to Terminate, Enter: one session fewer.
    press(window, Key::Enter).await?;
    wait_for_text(window, "dialog[open]", SECOND * 5).await?;
    press(window, Key::Tab).await?;
    assert!(focused(window).await?.contains("confirm"), "Tab goes from Cancel to the dialog's Terminate");
    press(window, Key::Enter).await?;
    wait_for_rows(window, |n| n == 6, SECOND * 10).await?;

    // "Terminate all other sessions" with Space, confirmed with the keyboard too.
    tab_to(window, "[data-action=\"terminate-others\"]").await?;
    press(window, Key::Space).await?;
    wait_for_text(window, "dialog[open]", SECOND * 5).await?;
    press(window, Key::Tab).await?;
    press(window, Key::Enter).await?;
    wait_for_rows(window, |n| n == 1, SECOND * 10).await?;

    for page in ["history", "checkup", "settings"] {
        click(window, &format!("[data-page=\"{page}\"]")).await?;
        wait_for_text(window, &format!("#{page}"), SECOND * 10).await?;
        settled(window).await?;
        check(window, page, &mut serious).await?;
    }
    // The sign-in screen, as adding an account shows it.
    click(window, "[data-action=\"add-account\"]").await?;
    wait_for_text(window, "#sign-in", SECOND * 10).await?;
    check(window, "sign-in", &mut serious).await?;

    assert!(serious.is_empty(), "serious or critical accessibility violations:\n{}", serious.join("\n"));
    Ok(())
}

/// Runs axe on the page as it is; prints what it found (for the record) and keeps the
/// serious and critical findings.
async fn check(window: &Client, page: &str, serious: &mut Vec<String>) -> TestResult {
    let found = violations(window).await?;
    let summary: Vec<String> =
        found.iter().map(|v| format!("{} ({})", v.id, v.impact.as_deref().unwrap_or("?"))).collect();
    println!("axe on {page}: {} violation(s) {summary:?}", found.len());
    serious.extend(
        found
            .iter()
            .filter(|v| v.is_serious())
            .map(|v| format!("{page}: {} — {}\n    {}", v.id, v.help, v.targets.join("\n    "))),
    );
    Ok(())
}

async fn press(window: &Client, key: Key) -> TestResult {
    window.active_element().await?.send_keys(&char::from(key).to_string()).await?;
    tokio::time::sleep(Duration::from_millis(150)).await;
    Ok(())
}

/// What has focus, described by its tag, id and data-action.
async fn focused(window: &Client) -> Result<String, BoxError> {
    let script = "const e = document.activeElement; return e ? `${e.tagName} ${e.id} ${e.dataset.action ?? ''} ${e.dataset.hash ?? ''}` : ''";
    Ok(window.execute(script, vec![]).await?.as_str().unwrap_or_default().to_owned())
}

/// Presses Tab until the element at `css` has focus (at most 60 times): it is reachable
/// in the Tab order.
async fn tab_to(window: &Client, css: &str) -> TestResult {
    let script = format!("return document.activeElement?.matches('{css}') === true");
    for _ in 0..60 {
        if window.execute(&script, vec![]).await? == serde_json::Value::Bool(true) {
            return Ok(());
        }
        press(window, Key::Tab).await?;
    }
    Err(format!("Tab never reached {css}; focus is on {}", focused(window).await?).into())
}

/// Waits until `script` returns true.
async fn wait_until_js(window: &Client, what: &str, script: &str) -> TestResult {
    wait_until(what, SECOND * 5, async || {
        (window.execute(script, vec![]).await.ok()? == serde_json::Value::Bool(true)).then_some(())
    })
    .await?;
    Ok(())
}

/// Waits until every animation that ends (a fade-in; not a spinner) has ended.
async fn settled(window: &Client) -> TestResult {
    let script = "return document.getAnimations()
        .filter(a => a.effect?.getComputedTiming().iterations !== Infinity)
        .every(a => a.playState === 'finished')";
    wait_until_js(window, "the page's animations to end", script).await
}
