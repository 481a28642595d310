//! The real window (tauri-driver, WebKitWebDriver) and the agent it starts, pointed at
//! `fake-telegram` on 127.0.0.1, on a bus of the test's own with a fake notification server
//! and gnome-keyring:
//! signing in on the sign-in screen (code, then 2-step password), the server's sessions
//! listed, a login added on the server appearing by itself with a Notify naming it,
//! Terminate in the window ending it on the server, the connected websites (a new one
//! alerted, one logged out) and "Secure my account" with its report and History rows.
#![cfg(target_os = "linux")]

use std::collections::BTreeSet;
use std::time::{Duration, SystemTime};

use fake_telegram::{FakeTelegram, NewLogin};
use fantoccini::{Client, Locator};
use sessionguard_e2e::bus::TestBus;
use sessionguard_e2e::notifications::FakeNotifications;
use sessionguard_e2e::telegram::{
    API_HASH, API_ID, AgentFolders, PHONE, account_id, agent_env, files_holding, keyring_entry, places_to_search,
    sign_in_secrets,
};
use sessionguard_e2e::webdriver::{
    click, open_window, rows, screenshot, start_tauri_driver_with, wait_for_rows, wait_for_text, wait_for_words,
};
use sessionguard_e2e::{TestResult, WindowReaper, agent_pid, stop, wait_until};
use tokio::task::block_in_place;

const INTRUDER: &str = "Redmi Note 13 Pro";
const PASSWORD: &str = "correct horse battery staple";
/// Long enough for anything on loopback; only reached when something is broken.
const WAIT: Duration = Duration::from_secs(20);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
async fn the_window_signs_in_to_the_server_alerts_on_a_new_login_and_terminates_it() -> TestResult {
    let since = SystemTime::now();
    let server = FakeTelegram::start(0).await?;
    let control = server.control();
    control.set_password(Some(PASSWORD), Some("the usual one"));
    let bus = block_in_place(TestBus::with_keyring)?;
    let notifications = FakeNotifications::start(&bus)?;
    let folders = AgentFolders::new()?;
    let _driver = start_tauri_driver_with(agent_env(&server, &folders, &bus))?;
    let _reaper = WindowReaper(folders.runtime.clone());

    // No account saved: the window opens on the sign-in screen, naming the test server.
    let window = open_window(&[]).await?;
    let server_line = wait_for_text(&window, "#sign-in-server", WAIT).await?;
    assert!(server_line.contains(&server.address().to_string()), "{server_line}");
    type_into(&window, "#field-apiId", &API_ID.to_string()).await?;
    type_into(&window, "#field-apiHash", API_HASH).await?;
    type_into(&window, "#field-phone", PHONE).await?;
    screenshot("telegram-window-sign-in");
    click(&window, "[data-action=\"send-code\"]").await?;

    wait_for_text(&window, "#field-code", WAIT).await?;
    let code = control.last_login_code().ok_or("the server sent no code")?;
    type_into(&window, "#field-code", &code).await?;
    click(&window, "[data-action=\"submit-code\"]").await?;

    // The account has a 2-step password: its step, with the hint.
    wait_for_text(&window, "#field-password", WAIT).await?;
    let page = window.find(Locator::Css("#sign-in")).await?.text().await?;
    assert!(page.contains("the usual one"), "the hint shows: {page}");
    type_into(&window, "#field-password", PASSWORD).await?;
    screenshot("telegram-window-password");
    click(&window, "[data-action=\"submit-password\"]").await?;

    // Signed in: the list is the server's, ours first.
    let others: BTreeSet<String> =
        control.sessions().iter().filter(|s| s.key_id.is_none()).map(|s| s.hash.to_string()).collect();
    let listed = wait_for_rows(&window, |n| n == others.len() + 1, WAIT).await?;
    assert!(listed[0].current && listed[0].text.contains("SessionGuard"), "this device first: {listed:?}");
    assert_eq!(listed.iter().filter(|r| !r.current).map(|r| r.hash.clone()).collect::<BTreeSet<_>>(), others);
    let saved = block_in_place(|| keyring_entry(&bus, &account_id(&control)))?.ok_or("no keyring entry")?;
    assert_eq!(saved.auth_key.expose(), &control.test_key(), "the key went to the keyring");
    screenshot("telegram-window-signed-in");
    // Our session is minutes old, and Telegram lets a session end others only after 24 h
    // (the window says so and holds Terminate back): make it a day older on the server.
    let ours = control.session_of_key(&control.test_key()).ok_or("no session of ours on the server")?;
    assert!(control.backdate_session(ours.hash, Duration::from_secs(2 * 24 * 60 * 60)));

    // A login on the server: its row appears with no click, and the bus carries a Notify
    // (the agent reads the list again on the push, and sees our session is old now).
    let intruder = control.add_login(NewLogin::intruder()).to_string();
    let listed = wait_for_rows(&window, |n| n == others.len() + 2, WAIT).await?;
    let row = listed.iter().find(|r| r.hash == intruder).ok_or("the intruder's row did not appear")?;
    assert!(row.text.contains(INTRUDER), "{row:?}");
    let call = notifications.next_naming(INTRUDER, WAIT).await?;
    assert!(call.summary.contains("New login") && call.body.contains("Lagos, Nigeria"), "{call:?}");
    screenshot("telegram-window-intruder");

    // Terminate in the window ends it on the server.
    click(&window, &format!("[data-session-hash=\"{intruder}\"] [data-action=\"terminate\"]")).await?;
    click(&window, "[data-action=\"confirm\"]").await?;
    let listed = wait_for_rows(&window, |n| n == others.len() + 1, WAIT).await?;
    assert!(listed.iter().all(|r| r.hash != intruder), "{listed:?}");
    let intruder_hash: i64 = intruder.parse()?;
    wait_until("the server to end the intruder", Duration::from_secs(5), async || {
        control.session(intruder_hash).is_none().then_some(())
    })
    .await?;
    screenshot("telegram-window-terminated");
    assert_eq!(rows(&window).await?.len(), others.len() + 1);

    websites_and_secure_my_account(&window, &control, &notifications).await?;

    window.close().await?;
    let agent = agent_pid(&folders.runtime).ok_or("no agent pid")?;
    assert!(stop(agent));
    // What was typed went to the agent and the keyring only: no file holds it, the web
    // view's own storage included.
    let found = block_in_place(|| {
        files_holding(&places_to_search(&folders), since, &sign_in_secrets(&control, Some(PASSWORD)))
    });
    assert!(found.is_empty(), "secrets in files: {found:?}");
    Ok(())
}

/// The account's connected websites listed beside the devices; one that logs in on the
/// server alerted at the next refresh (Telegram pushes nothing for websites) and logged
/// out from its row; then "Secure my account", its report, and its rows in History.
async fn websites_and_secure_my_account(
    window: &Client,
    control: &fake_telegram::Control,
    notifications: &FakeNotifications,
) -> TestResult {
    let forum = control.websites().first().map(|w| w.hash.to_string()).ok_or("the server has a website")?;
    let listed = wait_for_text(window, &format!("[data-website-hash=\"{forum}\"]"), WAIT).await?;
    assert!(listed.contains("forum.example.org") && listed.contains("@forum_auth_bot"), "{listed}");

    let shop = control.add_website("shop.example").to_string();
    click(window, "[data-action=\"refresh\"]").await?;
    wait_for_words(window, "[data-alert-kind=\"new_website\"]", "shop.example", WAIT).await?;
    let call = notifications.next_naming("shop.example", WAIT).await?;
    assert!(call.summary.contains("website"), "{call:?}");
    click(window, &format!("[data-website-hash=\"{shop}\"] [data-action=\"end-website\"]")).await?;
    click(window, "[data-action=\"confirm\"]").await?;
    wait_until("the server to log the website out", WAIT, async || {
        control.websites().iter().all(|w| w.hash.to_string() != shop).then_some(())
    })
    .await?;

    click(window, "[data-action=\"secure-account\"]").await?;
    let asked = wait_for_words(window, "#dialog-steps", "lockdown", WAIT).await?;
    assert!(asked.contains("Log out of 1 connected website") && asked.contains("lockdown"), "{asked}");
    click(window, "[data-action=\"confirm\"]").await?;
    let report = wait_for_words(window, "#secure-report", "secured", WAIT).await?;
    assert!(report.contains("Your account is secured"), "{report}");
    assert!(report.contains("other sessions ended") && report.contains("Logged out of 1 website"), "{report}");
    screenshot("telegram-window-secured");
    let ours = control.session_of_key(&control.test_key()).ok_or("our session")?.hash;
    assert!(control.sessions().iter().all(|s| s.hash == ours), "only ours is left: {:?}", control.sessions());
    assert!(control.websites().is_empty(), "every website logged out");
    wait_for_rows(window, |n| n == 1, WAIT).await?;

    click(window, "[data-page=\"history\"]").await?;
    let secured = wait_for_words(window, "#timeline [data-entry-kind=\"secured\"]", "lockdown", WAIT).await?;
    assert!(secured.contains("lockdown on"), "{secured}");
    wait_for_text(window, "#timeline [data-entry-kind=\"website_logged_out\"]", WAIT).await?;
    wait_for_text(window, "#timeline [data-entry-kind=\"new_website\"]", WAIT).await?;
    click(window, "[data-page=\"devices\"]").await?;
    Ok(())
}

/// Types `text` into the input at `css` as a person would: a click on it (once it is there
/// and enabled, brought to the middle of the view), then the keys, input events included.
async fn type_into(window: &Client, css: &str, text: &str) -> TestResult {
    click(window, css).await?;
    window.find(Locator::Css(css)).await?.send_keys(text).await?;
    Ok(())
}

/// A packager's copy, with app credentials built in (here given to the agent as the test
/// server's `SESSIONGUARD_TELEGRAM_TEST_APP`, as `build.rs` would build them in): the
/// sign-in screen asks only for the phone number — formatted and checked as it is typed,
/// its country picked from its code; the person's own credentials fold away under "Use my
/// own API credentials" — and Telegram sees the built-in api_id.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
async fn a_copy_with_built_in_credentials_asks_only_for_the_phone_number() -> TestResult {
    let server = FakeTelegram::start(0).await?;
    let control = server.control();
    let bus = block_in_place(TestBus::with_keyring)?;
    let _notifications = FakeNotifications::start(&bus)?;
    let folders = AgentFolders::new()?;
    let mut env = agent_env(&server, &folders, &bus);
    env.push(("SESSIONGUARD_TELEGRAM_TEST_APP", format!("31337:{API_HASH}").into()));
    let _driver = start_tauri_driver_with(env)?;
    let _reaper = WindowReaper(folders.runtime.clone());

    let window = open_window(&[]).await?;
    wait_for_text(&window, "#field-phone", WAIT).await?;
    let folded = "return document.getElementById('field-apiId').closest('details:not([open])') !== null";
    assert_eq!(window.execute(folded, vec![]).await?, serde_json::json!(true), "the api_id field is folded away");
    let page = window.find(Locator::Css("#sign-in")).await?.text().await?;
    assert!(page.contains("Use my own API credentials") && !page.contains("my.telegram.org in a browser"), "{page}");
    screenshot("telegram-window-built-in-credentials");

    // The number is formatted and checked as it is typed, and its code picks the country.
    type_into(&window, "#field-phone", "+49151").await?;
    let hint = wait_for_words(&window, "#field-phone-hint", "Too short", WAIT).await?;
    assert!(hint.contains("Germany"), "{hint}");
    let country = window.execute("return document.getElementById('field-country').value", vec![]).await?;
    assert_eq!(country, serde_json::json!("DE"));
    type_into(&window, "#field-phone", "23456789").await?;
    let formatted = window.execute("return document.getElementById('field-phone').value", vec![]).await?;
    assert_eq!(formatted, serde_json::json!("+49 1512 3456789"));
    wait_for_words(&window, "#field-phone-hint", "Germany · +49 1512 3456789", WAIT).await?;
    window.find(Locator::Css("#field-phone")).await?.clear().await?;

    let before: Vec<i64> = control.sessions().iter().map(|s| s.hash).collect();
    type_into(&window, "#field-phone", PHONE).await?;
    click(&window, "[data-action=\"send-code\"]").await?;
    wait_for_text(&window, "#field-code", WAIT).await?;
    let code = control.last_login_code().ok_or("the server sent no code")?;
    type_into(&window, "#field-code", &code).await?;
    click(&window, "[data-action=\"submit-code\"]").await?;
    wait_for_rows(&window, |n| n > 1, WAIT).await?;
    let ours = control.sessions().into_iter().find(|s| !before.contains(&s.hash)).ok_or("no session of ours")?;
    assert_eq!(ours.device.api_id, 31_337, "Telegram saw the built-in api_id");

    two_step_from_the_checkup(&window, &server).await?;
    window.close().await?;
    Ok(())
}

/// The checkup turns 2-step verification on (a mismatched repeat is caught before
/// anything is sent; the strength meter follows), with a recovery email confirmed by the
/// emailed code; then Telegram demands that password from a new sign-in.
async fn two_step_from_the_checkup(window: &Client, server: &FakeTelegram) -> TestResult {
    let control = server.control();
    click(window, "[data-page=\"checkup\"]").await?;
    click(window, "[data-check=\"two_step\"] [data-action=\"two-step-on\"]").await?;
    type_into(window, "#two-step-next", "Wr1t3 a l0ng one!").await?;
    let meter = window.execute("return document.querySelector('#two-step-strength meter').value", vec![]).await?;
    assert_eq!(meter, serde_json::json!(4), "the meter follows the typing");
    type_into(window, "#two-step-repeat", "Wr1t3 a l0ng one").await?;
    type_into(window, "#two-step-email", "ana@example.org").await?;
    click(window, "[data-action=\"two-step-save\"]").await?;
    wait_for_words(window, "#two-step-problem", "not the same", WAIT).await?;
    assert!(!control.has_password(), "nothing was sent");
    type_into(window, "#two-step-repeat", "!").await?;
    click(window, "[data-action=\"two-step-save\"]").await?;
    wait_for_words(window, "#two-step-email-code", "emailed", WAIT).await?;
    assert!(control.has_password());
    let code = control.pending_email_code().ok_or("no code was emailed")?;
    type_into(window, "#two-step-code", &code).await?;
    click(window, "[data-action=\"confirm-email\"]").await?;
    wait_for_text(window, "[data-check=\"recovery_email\"][data-severity=\"ok\"]", WAIT).await?;
    assert_eq!(control.recovery_email().as_deref(), Some("ana@example.org"));
    screenshot("telegram-window-two-step");

    // A new sign-in now needs the password set here.
    let choice = sessionguard_telegram::server_choice::ServerChoice {
        address: Some(server.address()),
        test_auth_key: Some(sessionguard_telegram::secret::Sensitive::new(control.test_key())),
        data_centres: Vec::new(),
    };
    let mut attempt = sessionguard_telegram::sign_in::SignIn::new(
        API_ID,
        sessionguard_telegram::secret::Sensitive::new(API_HASH.into()),
        &choice,
    );
    attempt.send_code(sessionguard_telegram::secret::Sensitive::new(PHONE.into())).await?;
    let code = control.last_login_code().ok_or("no login code")?;
    let progress = attempt.submit_code(sessionguard_telegram::secret::Sensitive::new(code)).await?;
    assert!(matches!(progress, sessionguard_telegram::sign_in::Progress::PasswordNeeded { .. }), "{progress:?}");
    let progress =
        attempt.submit_password(sessionguard_telegram::secret::Sensitive::new("Wr1t3 a l0ng one!".into())).await?;
    assert!(matches!(progress, sessionguard_telegram::sign_in::Progress::SignedIn(_)), "{progress:?}");
    Ok(())
}
