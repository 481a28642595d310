//! Two accounts side by side in one agent: the demo, and a Telegram account signed in over
//! real MTProto bytes against fake-telegram on 127.0.0.1 (a mock keyring, a temporary
//! journal). Each keeps its own sessions, alerts and history; alerts say which account.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Duration;

use common::{state, wait_for};

use fake_telegram::{FakeTelegram, NewLogin};
use sessionguard_core::{ActionKind, EntryKind, RuleKind, SecurityEventKind, SessionHash};
use sessionguard_demo::DemoOptions;
use sessionguard_protocol::{
    AccountRequest, Answer, HistoryFilter, Request, RequestHandler, RuleOutcome, SecretText, SignInStep,
};

const API_HASH: &str = "5c1a7e0d9b3f48a2e6d07c4b1f9a83e2";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_telegram_account_beside_the_demo_keeps_its_own_sessions_alerts_and_history() {
    let server = FakeTelegram::start(0).await.unwrap();
    let control = server.control();
    let server_choice = common::server_choice(&server);
    let common::Agent { accounts, mut alarms, dir: _dir, .. } =
        common::agent(common::mock_keyring(), server_choice, DemoOptions { intruder_after: None }).await;
    accounts.start(true, false, None).await;

    // Add a Telegram account: the sign-in screen opens while the demo keeps being guarded.
    let state = state(&accounts, Request::StartSignIn).await;
    assert_eq!((state.accounts.len(), state.account.is_none()), (1, true));
    let request = Request::SendCode {
        api_id: Some(94_575),
        api_hash: Some(SecretText::new(API_HASH)),
        phone: SecretText::new("+44 7700 900123"),
    };
    let view = self::state(&accounts, request).await.sign_in.unwrap();
    assert_eq!(view.step, SignInStep::Code, "{view:?}");
    let code = control.last_login_code().unwrap();
    let state = self::state(&accounts, Request::SubmitCode { code: SecretText::new(code) }).await;
    let telegram = format!("telegram-{}", control.user_id());
    assert_eq!(state.account.as_ref().map(|a| a.id.clone()), Some(telegram.clone()), "{state:?}");
    assert_eq!(state.accounts.len(), 2);

    // The server's sessions, not the demo's.
    let state =
        wait_for(&accounts, "the Telegram list", |s| s.loaded && s.account.as_ref().is_some_and(|a| a.id == telegram))
            .await;
    assert_eq!(state.sessions.len(), control.sessions().len());
    assert!(state.sessions.iter().all(|s| s.session.device_model != "ThinkPad X1 Carbon"));

    // A login on the Telegram account: its alert, its history; the demo stays calm.
    let hash = control.add_login(NewLogin::intruder());
    let alarm = tokio::time::timeout(Duration::from_secs(15), async {
        loop {
            let alarm = alarms.recv().await.unwrap();
            if alarm.event.login.as_ref().is_some_and(|l| l.hash.0 == hash) {
                return alarm;
            }
        }
    })
    .await
    .unwrap();
    assert_eq!(alarm.account, telegram);
    assert_ne!(alarm.label, "Demo account");
    assert!(matches!(alarm.event.kind, SecurityEventKind::NewLogin | SecurityEventKind::UnconfirmedLogin));
    let state = wait_for(&accounts, "the Telegram alert", |s| !s.alerts.is_empty()).await;
    let tabs: Vec<(String, u32)> = state.accounts.iter().map(|t| (t.id.clone(), t.alerts)).collect();
    assert_eq!(tabs, [("demo".to_owned(), 0), (telegram.clone(), 1)]);

    let Answer::History { entries, .. } = accounts
        .handle(Request::History { filter: HistoryFilter { account: Some("demo".into()), ..HistoryFilter::default() } })
        .await
        .unwrap()
    else {
        panic!("expected history");
    };
    assert!(entries.is_empty(), "the demo's history has none of it: {entries:?}");

    // Switching shows the demo again, with its own six sessions.
    let state = self::state(&accounts, Request::SelectAccount { account: "demo".into() }).await;
    assert_eq!((state.account.map(|a| a.id), state.sessions.len()), (Some("demo".to_owned()), 6));
    assert!(state.alerts.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lockdown_on_the_wire_waits_for_the_24_hour_rule_then_ends_the_login() {
    let server = FakeTelegram::start(0).await.unwrap();
    let control = server.control();
    let server_choice = common::server_choice(&server);
    let common::Agent { accounts, dir: _dir, .. } =
        common::agent(common::mock_keyring(), server_choice, DemoOptions { intruder_after: None }).await;
    accounts.start(false, false, None).await;
    let request = Request::SendCode {
        api_id: Some(94_575),
        api_hash: Some(SecretText::new(API_HASH)),
        phone: SecretText::new("+44 7700 900123"),
    };
    state(&accounts, request).await;
    let code = control.last_login_code().unwrap();
    state(&accounts, Request::SubmitCode { code: SecretText::new(code) }).await;
    let mut settings = wait_for(&accounts, "the list", |s| s.loaded).await.settings;
    settings.rules.lockdown = true;
    state(&accounts, Request::UpdateSettings { settings }).await;

    // Our session signed in a moment ago: Telegram will not let it end others yet, so
    // lockdown says when it will.
    let hash = control.add_login(NewLogin::intruder());
    let state_now = wait_for(&accounts, "lockdown's answer", |s| s.alerts.iter().any(|a| a.rule.is_some())).await;
    let rule = state_now.alerts.iter().find_map(|a| a.rule.clone()).unwrap();
    assert!(matches!(rule, RuleOutcome::Deferred { rule: RuleKind::Lockdown, .. }), "{rule:?}");
    assert!(control.session(hash).is_some(), "nothing was ended yet");

    // A day later (our session backdated on the server), the next list lets it act.
    let ours = control.session_of_key(&control.test_key()).unwrap();
    assert!(control.backdate_session(ours.hash, Duration::from_secs(25 * 3600)));
    let account = format!("telegram-{}", control.user_id());
    accounts.handle(Request::Account { account, action: AccountRequest::Refresh }).await.unwrap();
    assert!(control.wait_until(Duration::from_secs(10), |c| c.session(hash).is_none()).await, "ended on the server");
    wait_for(&accounts, "the lockdown's termination, and the list without it", |s| {
        s.alerts.iter().any(|a| matches!(a.rule, Some(RuleOutcome::Terminated { .. })))
            && s.sessions.iter().all(|x| x.session.hash != SessionHash(hash))
    })
    .await;
    let filter = HistoryFilter { kinds: vec![EntryKind::Action(ActionKind::Terminated)], ..HistoryFilter::default() };
    let Answer::History { entries, .. } = accounts.handle(Request::History { filter }).await.unwrap() else {
        panic!("expected history");
    };
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].by.as_deref(), Some("the lockdown rule"));
}
