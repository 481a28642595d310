//! Connected websites and "Secure my account" against fake-telegram on 127.0.0.1: websites
//! listed beside the devices, a new one alerted (Telegram pushes nothing for them, so the
//! agent compares lists), logged out one by one — also from a notification's "Terminate" —
//! and all at once; and the panic button, which under Telegram's 24-hour rule ends the
//! other sessions the moment it is allowed. Each step ends up in the history.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Duration;

use common::{alarm_about, sign_in, state, wait_for};
use sessionguard_core::{CheckKind, EntryKind, SecurityEventKind, SessionHash, Severity};
use sessionguard_protocol::{AccountRequest, Answer, HistoryEntryView, HistoryFilter, Request, RequestHandler};

async fn history(accounts: &sessionguard_agent::accounts::Accounts, kind: &str) -> Vec<HistoryEntryView> {
    let kinds = EntryKind::from_name(kind).into_iter().collect();
    let filter = HistoryFilter { kinds, ..HistoryFilter::default() };
    match accounts.handle(Request::History { filter }).await.expect("the history") {
        Answer::History { entries, .. } => entries,
        other => panic!("expected the history, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn websites_are_listed_a_new_one_alerted_and_each_logged_out() {
    let server = fake_telegram::FakeTelegram::start(0).await.unwrap();
    let control = server.control();
    let mut agent = common::telegram_agent(&server).await;
    let first = sign_in(&agent.accounts, &control).await;
    let account = first.account.clone().expect("signed in").id;
    let listed = wait_for(&agent.accounts, "the websites", |s| !s.websites.is_empty()).await;
    assert_eq!(listed.websites[0].domain, "forum.example.org");
    assert_eq!(listed.websites[0].bot, "@forum_auth_bot");
    let ask = |action| Request::Account { account: account.clone(), action };

    // Nothing is pushed for a website: the next refresh finds it.
    let shop = control.add_website("shop.example");
    state(&agent.accounts, ask(AccountRequest::Refresh)).await;
    let alarm = alarm_about(&mut agent.alarms, shop, |a| a.event.kind == SecurityEventKind::NewWebsite).await;
    let seen = agent.accounts.state();
    assert_eq!(seen.websites.len(), 2);
    assert!(seen.alerts.iter().any(|a| a.id == alarm.alert_id), "the alert waits in the window");
    let check = seen.checkup.expect("checked").checks.into_iter().find(|c| c.kind == CheckKind::Websites).unwrap();
    assert_eq!((check.severity, check.sessions.len()), (Severity::Advice, 2), "the checkup counts them");
    assert!(history(&agent.accounts, "new_website").await.iter().any(|e| e.device.as_deref() == Some("shop.example")));

    // "Terminate" on the website's notification logs the website out, not some session.
    let sessions_before = control.sessions().len();
    let guard = agent.accounts.guard(&account).expect("the guard");
    let terminate = guard.alert_terminate_request(alarm.alert_id).expect("still alerting");
    assert_eq!(terminate, AccountRequest::EndWebsite { hash: SessionHash(shop) });
    guard.handle(terminate).await.expect("logged out");
    assert!(control.websites().iter().all(|w| w.hash != shop), "gone on the server");
    assert_eq!(control.sessions().len(), sessions_before, "no session touched");
    let after = agent.accounts.state();
    assert!(after.alerts.iter().all(|a| a.id != alarm.alert_id), "answered, so the alert went");
    let logged_out = history(&agent.accounts, "website_logged_out").await;
    assert_eq!(logged_out[0].detail.as_deref(), Some("shop.example"));
    assert_eq!(logged_out[0].by.as_deref(), Some("you"));
    assert!(
        history(&agent.accounts, "website_ended").await.iter().any(|e| e.device.as_deref() == Some("shop.example"))
    );

    assert_eq!(after.websites.len(), 1);
    let unknown = agent.accounts.handle(ask(AccountRequest::EndWebsite { hash: SessionHash(shop) })).await;
    assert!(unknown.is_err_and(|e| e.message.contains("already logged out")));

    let none = state(&agent.accounts, ask(AccountRequest::EndAllWebsites)).await;
    assert!(none.websites.is_empty() && control.websites().is_empty());
    assert_eq!(history(&agent.accounts, "websites_logged_out").await[0].detail.as_deref(), Some("1 website"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secure_my_account_waits_for_the_24_hour_rule_and_then_ends_the_rest() {
    let server = fake_telegram::FakeTelegram::start(0).await.unwrap();
    let control = server.control();
    let agent = common::telegram_agent(&server).await;
    let before: Vec<i64> = control.sessions().iter().map(|s| s.hash).collect();
    let first = sign_in(&agent.accounts, &control).await;
    let account = first.account.clone().expect("signed in").id;
    let ours = control.sessions().into_iter().find(|s| !before.contains(&s.hash)).expect("our session").hash;
    wait_for(&agent.accounts, "the websites", |s| !s.websites.is_empty()).await;

    // Just signed in: Telegram lets this session end others only tomorrow.
    let secured =
        state(&agent.accounts, Request::Account { account: account.clone(), action: AccountRequest::SecureAccount })
            .await;
    let report = secured.secure_report.clone().expect("the report");
    assert!(report.lockdown && secured.settings.rules.lockdown, "lockdown is on");
    assert_eq!(report.websites_ended, 1);
    assert!(control.websites().is_empty(), "websites logged out on the server");
    assert_eq!((report.sessions_ended, report.sessions_waiting), (0, 4));
    assert!(report.sessions_wait_until.is_some_and(|at| at > chrono::Utc::now() + chrono::Duration::hours(23)));
    assert_eq!(report.to_do, [CheckKind::TwoStep, CheckKind::RecoveryEmail], "no 2-step password yet");
    assert!(report.failed.is_empty(), "{report:?}");
    assert_eq!(control.sessions().len(), 5, "the others wait for the rule");
    let row = history(&agent.accounts, "secured").await;
    let detail = row[0].detail.clone().unwrap_or_default();
    assert!(detail.contains("4 sessions to end at") && detail.contains("lockdown on"), "{detail}");

    // A day later, as Telegram's list says: the waiting sessions end by themselves.
    assert!(control.backdate_session(ours, Duration::from_secs(25 * 60 * 60)));
    state(&agent.accounts, Request::Account { account: account.clone(), action: AccountRequest::Refresh }).await;
    wait_for(&agent.accounts, "the waiting sessions ended", |s| {
        s.secure_report.as_ref().is_some_and(|r| r.sessions_ended == 4 && r.sessions_waiting == 0)
    })
    .await;
    assert!(control.sessions().iter().all(|s| s.hash == ours), "only ours is left: {:?}", control.sessions());
    assert!(!history(&agent.accounts, "terminated_others").await.is_empty());
    let done = wait_for(&agent.accounts, "the list without them", |s| s.sessions.len() == 1).await.secure_report;
    assert!(done.is_some());

    let closed =
        state(&agent.accounts, Request::Account { account, action: AccountRequest::DismissSecureReport }).await;
    assert!(closed.secure_report.is_none());
}

/// "Secure my account" waiting for the 24-hour rule is not forgotten by a restart: the
/// next agent ends the other sessions once Telegram allows.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_waiting_secure_my_account_is_carried_out_after_a_restart() {
    use sessionguard_demo::DemoOptions;
    let server = fake_telegram::FakeTelegram::start(0).await.unwrap();
    let control = server.control();
    let keyring = common::mock_keyring();
    let no_intruder = DemoOptions { intruder_after: None };
    let first = common::agent(keyring.clone(), common::server_choice(&server), no_intruder).await;
    first.accounts.start(false, false, None).await;
    let before: Vec<i64> = control.sessions().iter().map(|s| s.hash).collect();
    let account = sign_in(&first.accounts, &control).await.account.expect("signed in").id;
    let ours = control.sessions().into_iter().find(|s| !before.contains(&s.hash)).expect("our session").hash;
    let secure = Request::Account { account: account.clone(), action: AccountRequest::SecureAccount };
    let report = state(&first.accounts, secure).await.secure_report.expect("the report");
    assert_eq!(report.sessions_waiting, 4);
    let common::Agent { accounts, dir, .. } = first;
    drop(accounts);

    // A day later the agent starts again.
    assert!(control.backdate_session(ours, Duration::from_secs(25 * 60 * 60)));
    let second = common::agent_in(dir, keyring, common::server_choice(&server), no_intruder).await;
    second.accounts.start(false, false, None).await;
    wait_for(&second.accounts, "the other sessions ended", |s| s.sessions.len() == 1).await;
    assert!(control.sessions().iter().all(|s| s.hash == ours), "only ours is left: {:?}", control.sessions());
}
