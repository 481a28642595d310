//! The window and the agent in the person's language, through tauri-driver and
//! WebKitWebDriver on the private desktop: Persian chosen in Settings turns the page right
//! to left at once, and the intruder's notification and banner come in Persian; Russian
//! likewise; "Same as the system" brings English back. Each language's pages are kept as
//! pictures in tests/artifacts. The notifications go to a fake notification server on a
//! bus of the test's own.
#![cfg(target_os = "linux")]

use std::time::Duration;

use fantoccini::Client;
use sessionguard_e2e::axe::violations;
use sessionguard_e2e::notifications::FakeNotifications;
use sessionguard_e2e::webdriver::{
    DemoWindow, choose, click, screenshot, wait_for_rows, wait_for_text, wait_for_words,
};
use sessionguard_e2e::{TestResult, catalog_message, wait_until};

type BoxError = Box<dyn std::error::Error>;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
async fn persian_right_to_left_then_russian_then_the_system_language() -> TestResult {
    let demo = DemoWindow::open(8).await?;
    demo.closing_after(languages(demo.window(), demo.notifications())).await
}

async fn languages(window: &Client, notifications: &FakeNotifications) -> TestResult {
    wait_for_rows(window, |n| n == 6, Duration::from_secs(30)).await?;
    assert_eq!(page_language(window).await?, ("en".to_owned(), "ltr".to_owned()), "the test desktop speaks English");

    // Persian, chosen in Settings: the page turns right to left at once.
    choose_language(window, "fa").await?;
    wait_for_language(window, "fa", "rtl").await?;
    let tab =
        wait_for_words(window, "[data-page=\"devices\"]", &catalog_message("fa", "nav-devices")?, SECOND * 5).await?;
    assert!(!tab.contains("Devices"), "{tab}");
    screenshot("language-fa-settings");

    // The intruder arrives: the notification and the banner say so in Persian.
    click(window, "[data-page=\"devices\"]").await?;
    let title = catalog_message("fa", "notify-unconfirmed-login-title")?;
    let call = notifications.next_notify("in Persian", SECOND * 30, |c| c.summary == title).await?;
    assert!(call.body.contains("Redmi Note 13 Pro"), "{call:?}");
    let lead = catalog_message("fa", "alert-unconfirmed-login-lead")?;
    wait_for_words(window, "[data-alert-kind=\"unconfirmed_login\"]", &lead, SECOND * 10).await?;
    screenshot("language-fa-devices");
    // Right to left, in another script: still nothing for axe-core to find.
    let found = violations(window).await?;
    assert!(found.iter().all(|v| !v.is_serious()), "axe on the Persian devices page: {found:?}");
    println!("axe on the devices page in Persian: {} violation(s)", found.len());
    for page in ["checkup", "history"] {
        click(window, &format!("[data-page=\"{page}\"]")).await?;
        wait_for_text(window, &format!("#{page}"), SECOND * 10).await?;
        screenshot(&format!("language-fa-{page}"));
    }

    // Russian, left to right again.
    click(window, "[data-page=\"settings\"]").await?;
    choose_language(window, "ru").await?;
    wait_for_language(window, "ru", "ltr").await?;
    wait_for_words(window, "[data-page=\"devices\"]", &catalog_message("ru", "nav-devices")?, SECOND * 5).await?;
    click(window, "[data-page=\"devices\"]").await?;
    screenshot("language-ru-devices");

    // The system's language (English here) once more.
    click(window, "[data-page=\"settings\"]").await?;
    choose_language(window, "").await?;
    wait_for_language(window, "en", "ltr").await?;
    wait_for_words(window, "[data-page=\"devices\"]", "Devices", SECOND * 5).await?;
    Ok(())
}

const SECOND: Duration = Duration::from_secs(1);

/// Picks a language in Settings the way a person does.
async fn choose_language(window: &Client, tag: &str) -> TestResult {
    click(window, "[data-page=\"settings\"]").await?;
    click(window, "#field-language").await?;
    choose(window, "#field-language", tag).await
}

/// The page's `lang` and `dir`.
async fn page_language(window: &Client) -> Result<(String, String), BoxError> {
    let script = "return [document.documentElement.lang, document.documentElement.dir || 'ltr']";
    let [lang, dir]: [String; 2] = serde_json::from_value(window.execute(script, vec![]).await?)?;
    Ok((lang, dir))
}

async fn wait_for_language(window: &Client, lang: &str, dir: &str) -> TestResult {
    let turned = wait_until(&format!("the page to turn {lang} {dir}"), SECOND * 10, async || {
        page_language(window).await.ok().filter(|(l, d)| l == lang && d == dir)
    })
    .await;
    if let Err(error) = turned {
        let shown = window.execute("return document.body.innerText.slice(0, 400)", vec![]).await?;
        return Err(format!("{error}: it is {:?} and shows {shown}", page_language(window).await.ok()).into());
    }
    Ok(())
}
