//! Takes the README's pictures of the real window on the demo account: the device list
//! with the scripted intruder's alert, the checkup, the history, the settings (rules,
//! forwarding), the connected websites, "Secure my account" with its report, and the
//! window in Persian and in Russian. Run by `scripts/screenshot` inside the private desktop.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use fantoccini::Client;
use sessionguard_e2e::webdriver::{choose, click, open_window, start_tauri_driver_with, wait_for_rows, wait_for_text};
use sessionguard_e2e::{private_dir, stop_window_and_agent};

type BoxError = Box<dyn std::error::Error>;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), BoxError> {
    let out = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "docs".into()));
    std::fs::create_dir_all(&out)?;
    let runtime_dir = private_dir()?;
    let data_dir = private_dir()?;
    let _driver =
        start_tauri_driver_with([("SESSIONGUARD_RUNTIME_DIR", &runtime_dir), ("SESSIONGUARD_DATA_DIR", &data_dir)])?;
    let window = open_window(&["--demo", "--demo-intruder-after", "3"]).await?;
    let taken = take(&window, &out).await;
    let _ = window.close().await;
    stop_window_and_agent(&runtime_dir);
    taken
}

async fn take(window: &Client, out: &Path) -> Result<(), BoxError> {
    wait_for_rows(window, |n| n == 7, Duration::from_secs(30)).await?;
    wait_for_text(window, "[data-alert-kind=\"unconfirmed_login\"]", Duration::from_secs(10)).await?;
    // The notification daemon's bubble fades; the window is what the picture is about.
    tokio::time::sleep(Duration::from_secs(2)).await;
    shoot(window, out, "screenshot").await?;

    // The same in Persian (right to left) and in Russian, chosen in Settings.
    for language in ["fa", "ru"] {
        set_language(window, language).await?;
        shoot(window, out, &format!("window-{language}")).await?;
    }
    set_language(window, "").await?;

    click(window, "[data-page=\"checkup\"]").await?;
    wait_for_text(window, "[data-check=\"unofficial_apps\"]", Duration::from_secs(10)).await?;
    shoot(window, out, "checkup").await?;

    // Something to look back at: the unofficial app ended, then the history.
    click(window, "[data-check=\"unofficial_apps\"] [data-action=\"fix-terminate\"]").await?;
    click(window, "[data-action=\"confirm\"]").await?;
    wait_for_text(window, "[data-check=\"unofficial_apps\"][data-severity=\"ok\"]", Duration::from_secs(10)).await?;
    click(window, "[data-page=\"history\"]").await?;
    wait_for_text(window, "#timeline [data-entry-kind=\"terminated\"]", Duration::from_secs(10)).await?;
    shoot(window, out, "history").await?;

    click(window, "[data-page=\"settings\"]").await?;
    wait_for_text(window, "#settings-rules", Duration::from_secs(10)).await?;
    window.execute("document.getElementById('settings-rules').scrollIntoView()", vec![]).await?;
    shoot(window, out, "settings-rules").await?;
    window.execute("document.getElementById('settings-forwarding').scrollIntoView()", vec![]).await?;
    shoot(window, out, "settings-forwarding").await?;

    // The connected websites beside the devices, then the panic button and its report.
    click(window, "[data-page=\"devices\"]").await?;
    wait_for_text(window, "#websites [data-website-hash]", Duration::from_secs(10)).await?;
    window.execute("document.getElementById('websites').scrollIntoView()", vec![]).await?;
    shoot(window, out, "websites").await?;
    click(window, "[data-action=\"secure-account\"]").await?;
    shoot(window, out, "secure-confirm").await?;
    click(window, "[data-action=\"confirm\"]").await?;
    wait_for_text(window, "#secure-report", Duration::from_secs(10)).await?;
    window.execute("window.scrollTo(0, 0)", vec![]).await?;
    shoot(window, out, "secure-report").await?;
    Ok(())
}

/// Chooses a language in Settings ("" is the system's) and comes back to the devices.
async fn set_language(window: &Client, tag: &str) -> Result<(), BoxError> {
    click(window, "[data-page=\"settings\"]").await?;
    choose(window, "#field-language", tag).await?;
    let lang = if tag.is_empty() { "en" } else { tag };
    for _ in 0..100 {
        let now = window.execute("return document.documentElement.lang", vec![]).await?;
        if now == serde_json::Value::String(lang.into()) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    click(window, "[data-page=\"devices\"]").await?;
    window.execute("window.scrollTo(0, 0)", vec![]).await?;
    Ok(())
}

/// The window's part of the Xvfb screen (920×700, centred on 1280×800), without the
/// toasts of earlier steps.
async fn shoot(window: &Client, out: &Path, name: &str) -> Result<(), BoxError> {
    window.execute("document.getElementById('toasts')?.replaceChildren()", vec![]).await?;
    std::thread::sleep(Duration::from_millis(700));
    let path = out.join(format!("{name}.png"));
    let status =
        Command::new("import").args(["-window", "root", "-crop", "920x700+180+50", "+repage"]).arg(&path).status()?;
    if !status.success() {
        return Err(format!("import could not write {}", path.display()).into());
    }
    println!("{}", path.display());
    Ok(())
}
