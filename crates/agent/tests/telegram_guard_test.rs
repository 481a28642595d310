//! Telegram accounts over time (a restart, a refused answer, our session ended): what happened on the account while the agent was not running is found at
//! start — a login made meanwhile is alerted (worded so) and judged by the rules, not taken
//! as the baseline. Against fake-telegram on 127.0.0.1, with a mock keyring and a real
//! settings file and journal that outlive the first agent.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{alarm_about, server_choice, sign_in, state, wait_for};
use fake_telegram::{FakeTelegram, Fault, NewLogin};
use sessionguard_core::{SecurityEventKind, SessionHash};
use sessionguard_demo::DemoOptions;
use sessionguard_protocol::{AccountRequest, Request, RequestHandler, RuleOutcome};
use sessionguard_telegram::vault::{KEYRING_SERVICE, Vault};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_login_made_while_the_agent_was_stopped_is_alerted_and_judged_at_start() {
    let server = FakeTelegram::start(0).await.unwrap();
    let control = server.control();
    let keyring = common::mock_keyring();
    let first = common::agent(keyring.clone(), server_choice(&server), DemoOptions { intruder_after: None }).await;
    first.accounts.start(false, false, None).await;

    // Sign in, turn lockdown on, and let the agent see the account's sessions once.
    let seen = sign_in(&first.accounts, &control).await;
    let mut settings = seen.settings.clone();
    settings.rules.lockdown = true;
    state(&first.accounts, Request::UpdateSettings { settings }).await;
    let common::Agent { accounts, dir, .. } = first;
    drop(accounts);

    // A login while no agent runs.
    let hash = control.add_login(NewLogin::intruder());

    let mut second = common::agent_in(dir, keyring, server_choice(&server), DemoOptions { intruder_after: None }).await;
    second.accounts.start(false, false, None).await;
    let alarm = alarm_about(&mut second.alarms, hash, |_| true).await;
    assert!(alarm.while_away, "worded as found at start: {alarm:?}");
    assert!(alarm.rule.is_some(), "lockdown judged it: {alarm:?}");
    let state = wait_for(&second.accounts, "the alert in the window", |s| !s.alerts.is_empty()).await;
    assert!(state.alerts.iter().any(|a| a.while_away && a.login.as_ref().is_some_and(|l| l.hash == SessionHash(hash))));
}

/// "It's me" that Telegram refuses (here a flood wait) is told to the person, and the login
/// still waits for an answer in the window and the tray. (`HASH_INVALID` means the session
/// is gone already: then the alert goes with it.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn its_me_refused_by_telegram_is_told_and_the_alert_stays() {
    let server = FakeTelegram::start(0).await.unwrap();
    let control = server.control();
    let mut agent = common::telegram_agent(&server).await;
    sign_in(&agent.accounts, &control).await;

    let hash = control.add_login(NewLogin { unconfirmed: true, ..NewLogin::intruder() });
    let alarm = alarm_about(&mut agent.alarms, hash, |a| a.event.kind == SecurityEventKind::UnconfirmedLogin).await;
    assert!(control.fail_next_named("account.changeAuthorizationSettings", Fault::rpc(420, "FLOOD_WAIT_30")));
    let its_me = Request::Account {
        account: alarm.account.clone(),
        action: AccountRequest::Acknowledge { alert_id: alarm.alert_id },
    };
    let refused = agent.accounts.handle(its_me).await;
    assert!(refused.is_err(), "the refusal reaches the person: {refused:?}");
    let state = agent.accounts.state();
    assert!(state.alerts.iter().any(|a| a.id == alarm.alert_id), "the alert still waits: {:?}", state.alerts);
    assert!(control.session(hash).is_some_and(|s| s.unconfirmed), "still unconfirmed on the server");
}

/// Our own session ended elsewhere: the update stream hears AUTH_KEY_UNREGISTERED as it
/// catches up, and the person is told within seconds — not at the next poll, which in the
/// tray is five minutes away.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn our_session_ended_elsewhere_is_told_at_once_from_the_update_stream() {
    let server = FakeTelegram::start(0).await.unwrap();
    let control = server.control();
    let mut agent = common::telegram_agent(&server).await;
    let before: Vec<i64> = control.sessions().iter().map(|s| s.hash).collect();
    sign_in(&agent.accounts, &control).await;
    let ours = control.sessions().into_iter().find(|s| !before.contains(&s.hash)).expect("our new session").hash;

    assert!(control.end_session(ours));
    control.drop_connections();
    let told = tokio::time::timeout(std::time::Duration::from_secs(10), async {
        loop {
            let alarm = agent.alarms.recv().await.expect("the alarms go on");
            if alarm.event.kind == SecurityEventKind::OurSessionEnded {
                return alarm;
            }
        }
    })
    .await;
    assert!(told.is_ok(), "told within 10 s, long before the 5-minute poll");
    let notice_of = |s: &sessionguard_protocol::AgentState| s.sign_in.as_ref().and_then(|s| s.notice.clone());
    let state = wait_for(&agent.accounts, "the sign-in screen's notice", |s| notice_of(s).is_some()).await;
    let notice = notice_of(&state).unwrap_or_default();
    assert!(notice.contains("ended from another device"), "{notice}");
}

/// Trust is for one login: a new login describing itself exactly as a trusted device does
/// (model, platform, app, api_id — all the client's to choose) is judged by lockdown like
/// any stranger, and the outcome says it only looks like the trusted device.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_look_alike_of_a_trusted_device_is_not_spared() {
    let server = FakeTelegram::start(0).await.unwrap();
    let control = server.control();
    let mut agent = common::telegram_agent(&server).await;
    let seen = sign_in(&agent.accounts, &control).await;

    let trusted = control.add_login(NewLogin::intruder());
    let alarm = alarm_about(&mut agent.alarms, trusted, |_| true).await;
    let trust = AccountRequest::SetTrusted { hash: SessionHash(trusted), trusted: true };
    state(&agent.accounts, Request::Account { account: alarm.account.clone(), action: trust }).await;
    let mut settings = seen.settings.clone();
    settings.rules = agent.accounts.state().settings.rules;
    settings.rules.lockdown = true;
    state(&agent.accounts, Request::UpdateSettings { settings }).await;

    let look_alike = control.add_login(NewLogin::intruder());
    let alarm = alarm_about(&mut agent.alarms, look_alike, |a| a.rule.is_some()).await;
    let rule = alarm.rule.expect("judged");
    assert!(rule.acted(), "lockdown acts on the look-alike: {rule:?}");
    assert!(format!("{rule:?}").contains("looks like your trusted"), "{rule:?}");
    // The trusted login itself is untouched.
    assert!(control.session(trusted).is_some());
}

/// Telegram signs the code in but its answer cannot be read: the person is told just that
/// (not "Telegram refused"), and the session the server made is logged out rather than
/// left behind, unguarded and unknown.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreadable_sign_in_answer_is_said_and_its_session_logged_out() {
    let server = FakeTelegram::start(0).await.unwrap();
    let control = server.control();
    let agent = common::telegram_agent(&server).await;
    let before = control.sessions().len();
    let request = Request::SendCode {
        api_id: Some(94_575),
        api_hash: Some(sessionguard_protocol::SecretText::new("5c1a7e0d9b3f48a2e6d07c4b1f9a83e2")),
        phone: sessionguard_protocol::SecretText::new("+44 7700 900123"),
    };
    state(&agent.accounts, request).await;
    let code = control.last_login_code().expect("a login code");
    assert!(control.fail_next_named("auth.signIn", Fault::GarbageAfterDoing));
    let state =
        state(&agent.accounts, Request::SubmitCode { code: sessionguard_protocol::SecretText::new(code) }).await;

    let screen = state.sign_in.expect("still the sign-in screen");
    let error = screen.error.expect("an error is shown");
    assert!(error.message.contains("could not be read"), "{}", error.message);
    assert!(!error.message.contains("refused"), "{}", error.message);
    assert_eq!(screen.step, sessionguard_protocol::SignInStep::Credentials, "starts over");
    assert_eq!(control.sessions().len(), before, "the half-made session was logged out");
    assert!(state.accounts.is_empty(), "nothing is guarded");
}

/// The keyring, not the settings file, says which accounts are saved: a damaged settings
/// file forgets nobody, and its notice shows while the account is shown. A keyring that
/// will not open is told — the account is saved, unlock it — in the window and the tray,
/// not taken for "never signed in" (no demo instead), and Try again guards the account.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn saved_accounts_come_from_the_keyring_and_a_locked_one_is_told() {
    let server = FakeTelegram::start(0).await.unwrap();
    let control = server.control();
    let keyring = common::mock_keyring();
    let first = common::agent(keyring.clone(), server_choice(&server), DemoOptions { intruder_after: None }).await;
    first.accounts.start(false, false, None).await;
    let account = sign_in(&first.accounts, &control).await.account.expect("signed in").id;
    let common::Agent { accounts, dir, .. } = first;
    drop(accounts);

    let settings = sessionguard_agent::storage::data_paths::DataPaths::in_dir(dir.path().to_path_buf()).settings;
    std::fs::write(&settings, "{ damaged").unwrap();
    let second =
        common::agent_in(dir, keyring.clone(), server_choice(&server), DemoOptions { intruder_after: None }).await;
    assert!(second.settings_note.is_some(), "the damage is noticed");
    second.accounts.start(false, true, second.settings_note.clone()).await;
    let state = second.accounts.state();
    assert_eq!(state.accounts.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), [account.as_str()]);
    assert_eq!(state.account.map(|a| a.id), Some(account.clone()), "the account is shown…");
    assert!(state.notices.iter().any(|n| n.text.contains("damaged")), "…with the notice: {:?}", state.notices);
    let common::Agent { accounts, dir, .. } = second;
    drop(accounts);

    // The same key in a keyring of its own (the agents before may still be winding down
    // on the first), whose next read fails as a locked Secret Service does.
    let secrets = Vault::new(keyring.unwrap(), account.clone()).load().unwrap().expect("the key was saved");
    let locked = common::mock_keyring();
    Vault::new(locked.clone().unwrap(), account.clone()).save(&secrets).unwrap();
    let entry = locked.clone().unwrap().build(KEYRING_SERVICE, &account, None).unwrap();
    let mock = entry.as_any().downcast_ref::<keyring_core::mock::Cred>().expect("a mock credential");
    mock.set_error(keyring_core::Error::NoStorageAccess(Box::new(std::io::Error::other("locked"))));
    let third = common::agent_in(dir, locked, server_choice(&server), DemoOptions { intruder_after: None }).await;
    third.accounts.start(false, true, None).await;
    let state = third.accounts.state();
    assert!(state.accounts.is_empty() && state.sign_in.is_some(), "not guarded, and no demo in its place");
    let notice = state.notices.iter().find(|n| n.keyring_retry).expect("a notice to unlock the keyring");
    assert!(notice.text.contains("is saved, but the system keyring is locked"), "{}", notice.text);
    assert!(third.accounts.waiting_for_keyring(), "the tray asks for the person too");

    let state = common::state(&third.accounts, Request::RetryKeyring).await;
    assert_eq!(state.accounts.len(), 1, "guarded once the keyring opens");
    assert!(state.notices.iter().all(|n| !n.keyring_retry), "{:?}", state.notices);
    assert!(!third.accounts.waiting_for_keyring());
}

/// A rule's termination waiting for Telegram's 24-hour rule outlives the agent: after a
/// restart it is carried out as soon as Telegram allows, not forgotten.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rule_waiting_for_the_24_hour_rule_is_carried_out_after_a_restart() {
    let server = FakeTelegram::start(0).await.unwrap();
    let control = server.control();
    let keyring = common::mock_keyring();
    let mut first = common::agent(keyring.clone(), server_choice(&server), DemoOptions { intruder_after: None }).await;
    first.accounts.start(false, false, None).await;
    let before: Vec<i64> = control.sessions().iter().map(|s| s.hash).collect();
    let seen = sign_in(&first.accounts, &control).await;
    let ours = control.sessions().into_iter().find(|s| !before.contains(&s.hash)).expect("our session").hash;
    let mut settings = seen.settings.clone();
    settings.rules.lockdown = true;
    state(&first.accounts, Request::UpdateSettings { settings }).await;

    // Our session is minutes old: lockdown has to wait.
    let intruder = control.add_login(NewLogin::intruder());
    let alarm = alarm_about(&mut first.alarms, intruder, |a| a.rule.is_some()).await;
    assert!(matches!(alarm.rule, Some(RuleOutcome::Deferred { .. })), "{:?}", alarm.rule);
    let common::Agent { accounts, dir, .. } = first;
    drop(accounts);

    // A day later (as far as Telegram is concerned), the agent starts again.
    control.backdate_session(ours, std::time::Duration::from_secs(2 * 24 * 60 * 60));
    let second = common::agent_in(dir, keyring, server_choice(&server), DemoOptions { intruder_after: None }).await;
    second.accounts.start(false, false, None).await;
    let ended = control.wait_until(std::time::Duration::from_secs(10), |c| c.session(intruder).is_none()).await;
    assert!(ended, "the waiting termination was carried out after the restart");
}

/// A copy with app credentials built in (a packager's build) signs in with the phone number
/// alone, and Telegram sees the built-in api_id; credentials typed anyway are used instead.
/// A copy without them says what to enter rather than sending anything.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn built_in_app_credentials_need_only_the_phone_number() {
    let server = FakeTelegram::start(0).await.unwrap();
    let control = server.control();
    let app =
        sessionguard_agent::sign_in::app_credentials::AppCredentials::new(31_337, "0123456789abcdef0123456789abcdef")
            .unwrap();
    let agent = common::telegram_agent_built_with(&server, app).await;
    let screen = agent.accounts.state().sign_in.expect("the sign-in screen");
    assert!(screen.built_in_credentials, "the window asks only for the phone");

    let before: Vec<i64> = control.sessions().iter().map(|s| s.hash).collect();
    let phone_only = Request::SendCode {
        api_id: None,
        api_hash: None,
        phone: sessionguard_protocol::SecretText::new("+44 7700 900123"),
    };
    let step = state(&agent.accounts, phone_only).await.sign_in.expect("the sign-in screen");
    assert_eq!((step.step, step.api_id), (sessionguard_protocol::SignInStep::Code, None), "{step:?}");
    let code = control.last_login_code().expect("a login code");
    state(&agent.accounts, Request::SubmitCode { code: sessionguard_protocol::SecretText::new(code) }).await;
    wait_for(&agent.accounts, "the Telegram list", |s| s.loaded).await;
    let ours = control.sessions().into_iter().find(|s| !before.contains(&s.hash)).expect("our session");
    assert_eq!(ours.device.api_id, 31_337, "Telegram was asked with the built-in api_id");

    let without = common::telegram_agent(&server).await;
    assert!(!without.accounts.state().sign_in.expect("the sign-in screen").built_in_credentials);
    let phone_only = Request::SendCode {
        api_id: None,
        api_hash: None,
        phone: sessionguard_protocol::SecretText::new("+44 7700 900123"),
    };
    let sent = control.call_count("auth.sendCode");
    let refused = state(&without.accounts, phone_only).await.sign_in.expect("the sign-in screen");
    assert_eq!(control.call_count("auth.sendCode"), sent, "nothing reached Telegram");
    let error = refused.error.expect("told what is missing");
    assert!(error.message.contains("my.telegram.org"), "{}", error.message);
}

/// Most accounts live on another data centre than the one a sign-in reaches first: the
/// agent follows the redirect, keeps that data centre and its key in the keyring, and
/// after a restart guards the account there — no call goes back to the first one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_account_on_another_data_centre_is_guarded_there_after_a_restart() {
    let server = FakeTelegram::with_data_centres(&[2, 4], 4).await.unwrap();
    let control = server.control();
    let keyring = common::mock_keyring();
    let no_intruder = DemoOptions { intruder_after: None };
    let first = common::agent(keyring.clone(), server_choice(&server), no_intruder).await;
    first.accounts.start(false, false, None).await;
    let account = sign_in(&first.accounts, &control).await.account.expect("signed in").id;
    let secrets = Vault::new(keyring.clone().unwrap(), account.clone()).load().unwrap().expect("saved");
    assert_eq!(secrets.dc_id, 4, "the keyring holds the home data centre");
    let common::Agent { accounts, dir, .. } = first;
    drop(accounts);

    let on_dc_2 = control.calls_on(2).len();
    let lists = control.calls_on(4).iter().filter(|c| **c == "account.getAuthorizations").count();
    let second = common::agent_in(dir, keyring, server_choice(&server), no_intruder).await;
    second.accounts.start(false, false, None).await;
    wait_for(&second.accounts, "the list after the restart", |s| s.loaded && !s.sessions.is_empty()).await;
    let lists_now = control.calls_on(4).iter().filter(|c| **c == "account.getAuthorizations").count();
    assert!(lists_now > lists, "the list came from DC 4");
    assert_eq!(control.calls_on(2).len(), on_dc_2, "nothing went to DC 2: {:?}", control.calls_on(2));
}
