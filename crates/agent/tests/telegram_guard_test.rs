//! Telegram accounts over time (a restart, a refused answer): what happened on the account while the agent was not running is found at
//! start — a login made meanwhile is alerted (worded so) and judged by the rules, not taken
//! as the baseline. Against fake-telegram on 127.0.0.1, with a mock keyring and a real
//! settings file and journal that outlive the first agent.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Duration;

use common::{state, wait_for};
use fake_telegram::{FakeTelegram, NewLogin};
use sessionguard_demo::DemoOptions;
use sessionguard_protocol::{Request, RequestHandler, SecretText, SignInStep};
use sessionguard_telegram::secret::Sensitive;
use sessionguard_telegram::server_choice::ServerChoice;

const API_HASH: &str = "5c1a7e0d9b3f48a2e6d07c4b1f9a83e2";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_login_made_while_the_agent_was_stopped_is_alerted_and_judged_at_start() {
    let server = FakeTelegram::start(0).await.unwrap();
    let control = server.control();
    let choice =
        || ServerChoice { address: Some(server.address()), test_auth_key: Some(Sensitive::new(control.test_key())) };
    let keyring = common::mock_keyring();
    let first = common::agent(keyring.clone(), choice(), DemoOptions { intruder_after: None }).await;
    first.accounts.start(false, false, None).await;

    // Sign in, turn lockdown on, and let the agent see the account's sessions once.
    let request = Request::SendCode {
        api_id: 94_575,
        api_hash: SecretText::new(API_HASH),
        phone: SecretText::new("+44 7700 900123"),
    };
    assert_eq!(state(&first.accounts, request).await.sign_in.unwrap().step, SignInStep::Code);
    let code = control.last_login_code().unwrap();
    state(&first.accounts, Request::SubmitCode { code: SecretText::new(code) }).await;
    let seen = wait_for(&first.accounts, "the Telegram list", |s| s.loaded && !s.sessions.is_empty()).await;
    let mut settings = seen.settings.clone();
    settings.rules.lockdown = true;
    state(&first.accounts, Request::UpdateSettings { settings }).await;
    let common::Agent { accounts, dir, .. } = first;
    drop(accounts);

    // A login while no agent runs.
    let hash = control.add_login(NewLogin::intruder());

    let mut second = common::agent_in(dir, keyring, choice(), DemoOptions { intruder_after: None }).await;
    second.accounts.start(false, false, None).await;
    let alarm = tokio::time::timeout(Duration::from_secs(20), async {
        loop {
            let alarm = second.alarms.recv().await.unwrap();
            if alarm.event.login.as_ref().is_some_and(|l| l.hash.0 == hash) {
                return alarm;
            }
        }
    })
    .await
    .expect("the login made while the agent was stopped is alerted at start");
    assert!(alarm.while_away, "worded as found at start: {alarm:?}");
    assert!(alarm.rule.is_some(), "lockdown judged it: {alarm:?}");
    let state = wait_for(&second.accounts, "the alert in the window", |s| !s.alerts.is_empty()).await;
    assert!(state.alerts.iter().any(|a| a.while_away && a.login.as_ref().is_some_and(|l| l.hash == hash.to_string())));
}

/// "It's me" that Telegram refuses (here a flood wait) is told to the person, and the login
/// still waits for an answer in the window and the tray. (`HASH_INVALID` means the session
/// is gone already: then the alert goes with it.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn its_me_refused_by_telegram_is_told_and_the_alert_stays() {
    let server = FakeTelegram::start(0).await.unwrap();
    let control = server.control();
    let choice =
        ServerChoice { address: Some(server.address()), test_auth_key: Some(Sensitive::new(control.test_key())) };
    let mut agent = common::agent(common::mock_keyring(), choice, DemoOptions { intruder_after: None }).await;
    agent.accounts.start(false, false, None).await;
    let request = Request::SendCode {
        api_id: 94_575,
        api_hash: SecretText::new(API_HASH),
        phone: SecretText::new("+44 7700 900123"),
    };
    state(&agent.accounts, request).await;
    let code = control.last_login_code().unwrap();
    state(&agent.accounts, Request::SubmitCode { code: SecretText::new(code) }).await;
    wait_for(&agent.accounts, "the Telegram list", |s| s.loaded && !s.sessions.is_empty()).await;

    let hash = control.add_login(NewLogin { unconfirmed: true, ..NewLogin::intruder() });
    let alarm = tokio::time::timeout(Duration::from_secs(15), async {
        loop {
            let alarm = agent.alarms.recv().await.unwrap();
            let about_it = alarm.event.login.as_ref().is_some_and(|l| l.hash.0 == hash);
            if about_it && alarm.event.kind == sessionguard_core::SecurityEventKind::UnconfirmedLogin {
                return alarm;
            }
        }
    })
    .await
    .expect("the unconfirmed login is alerted");
    assert!(
        control.fail_next_named("account.changeAuthorizationSettings", fake_telegram::Fault::rpc(420, "FLOOD_WAIT_30"))
    );
    let account = alarm.account.clone();
    let its_me = Request::Account {
        account,
        action: sessionguard_protocol::AccountRequest::Acknowledge { alert_id: alarm.alert_id },
    };
    let refused = agent.accounts.handle(its_me).await;
    assert!(refused.is_err(), "the refusal reaches the person: {refused:?}");
    let state = agent.accounts.state();
    assert!(state.alerts.iter().any(|a| a.id == alarm.alert_id), "the alert still waits: {:?}", state.alerts);
    assert!(control.session(hash).is_some_and(|s| s.unconfirmed), "still unconfirmed on the server");
}
