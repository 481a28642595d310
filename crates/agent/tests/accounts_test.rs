//! The agent's accounts on the demo account, with a real journal and settings file in a
//! temporary folder: the account choice, the sign-in screen's guard rails, the history,
//! the rules, the checkup and the settings. (Telegram itself: the wire tests.)

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Duration;

use common::{Agent, mock_keyring};
use keyring_core::CredentialStore;
use sessionguard_agent::storage::data_paths::DataPaths;
use sessionguard_agent::storage::settings_store::SettingsStore;
use sessionguard_core::{ActionKind, CheckKind, EntryKind, RuleKind, SecurityEventKind, SessionHash, Severity};
use sessionguard_demo::DemoOptions;
use sessionguard_protocol::{
    AccountRequest, AgentState, Answer, ErrorCode, ExportFormat, HistoryFilter, Request, RequestHandler, RuleOutcome,
    SecretText, SignInStep, WindowAsk,
};
use sessionguard_telegram::server_choice::ServerChoice;

const INTRUDER: &str = "Redmi Note 13 Pro";

async fn agent_with(
    keyring: Result<std::sync::Arc<CredentialStore>, String>,
    intruder_after: Option<Duration>,
) -> Agent {
    common::agent(keyring, ServerChoice::telegram(), DemoOptions { intruder_after }).await
}

async fn demo(intruder_after: Option<Duration>) -> Agent {
    let agent = agent_with(mock_keyring(), intruder_after).await;
    agent.accounts.start(true, false, None).await;
    agent
}

async fn ask(agent: &Agent, request: Request) -> Answer {
    agent.accounts.handle(request).await.unwrap()
}

fn on_demo(action: AccountRequest) -> Request {
    Request::Account { account: "demo".into(), action }
}

async fn history(agent: &Agent, filter: HistoryFilter) -> Vec<sessionguard_protocol::HistoryEntryView> {
    match ask(agent, Request::History { filter }).await {
        Answer::History { entries, .. } => entries,
        other => panic!("expected history, got {other:?}"),
    }
}

async fn send_code(agent: &Agent, api_id: i32, api_hash: &str) -> AgentState {
    let request = Request::SendCode {
        api_id: Some(api_id),
        api_hash: Some(SecretText::new(api_hash)),
        phone: SecretText::new("+15550100"),
    };
    state(agent, request).await
}

#[tokio::test]
async fn with_nothing_saved_the_sign_in_screen_shows_and_the_demo_is_one_click_away() {
    let agent = agent_with(mock_keyring(), None).await;
    agent.accounts.start(false, false, None).await;
    let state = state(&agent, Request::GetState).await;
    assert!(state.account.is_none() && state.accounts.is_empty());
    assert_eq!(state.sign_in.map(|s| s.step), Some(SignInStep::Credentials));

    let state = self::state(&agent, Request::UseDemo).await;
    assert!(state.account.is_some_and(|a| a.demo) && state.sign_in.is_none());

    // Adding an account shows the sign-in screen; the demo is still guarded, and
    // leaving the first step goes back to it.
    let state = self::state(&agent, Request::StartSignIn).await;
    assert!(state.account.is_none() && state.sign_in.is_some());
    assert_eq!(state.accounts.len(), 1);
    let state = self::state(&agent, Request::CancelSignIn).await;
    assert_eq!(state.account.map(|a| a.id).as_deref(), Some("demo"));
}

#[tokio::test]
async fn demo_when_signed_out_guards_the_demo_and_demo_forces_it() {
    let agent = agent_with(mock_keyring(), None).await;
    agent.accounts.start(false, true, None).await;
    assert!(agent.accounts.state().account.is_some_and(|a| a.demo));
    let forced = agent_with(Err("no keyring here".into()), None).await;
    forced.accounts.start(true, false, None).await;
    assert!(forced.accounts.state().account.is_some_and(|a| a.demo));
}

#[tokio::test]
async fn bad_credentials_are_refused_before_anything_reaches_telegram() {
    let agent = agent_with(mock_keyring(), None).await;
    agent.accounts.start(false, false, None).await;
    for (api_id, api_hash) in [(0, "0123456789abcdef0123456789abcdef"), (2040, "not-a-hash"), (2040, "")] {
        let view = send_code(&agent, api_id, api_hash).await.sign_in.unwrap();
        assert_eq!(view.error.map(|e| e.code), Some(ErrorCode::ApiCredentialsInvalid), "{api_id} {api_hash:?}");
        assert_eq!((view.step, view.busy), (SignInStep::Credentials, false));
    }
}

#[tokio::test]
async fn without_a_keyring_sign_in_says_so_and_nothing_is_sent() {
    let agent = agent_with(Err("no system keyring is available (no D-Bus)".into()), None).await;
    agent.accounts.start(false, false, None).await;
    let view = agent.accounts.state().sign_in.unwrap();
    assert!(view.notice.is_some_and(|n| n.contains("keyring")));
    let view = send_code(&agent, 2040, "0123456789abcdef0123456789abcdef").await.sign_in.unwrap();
    assert_eq!(view.error.map(|e| e.code), Some(ErrorCode::KeyringUnavailable));
}

#[tokio::test]
async fn requests_for_an_unknown_account_and_sign_in_steps_while_guarding_are_refused() {
    let agent = demo(None).await;
    let refused = agent
        .accounts
        .handle(Request::Account { account: "telegram-1".into(), action: AccountRequest::TerminateOthers })
        .await
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::SignedOut);
    let refused = agent.accounts.handle(Request::SubmitCode { code: SecretText::new("1") }).await.unwrap_err();
    assert_eq!(refused.code, ErrorCode::BadRequest);
    // Signing out of the demo is closing it.
    let state = state(&agent, on_demo(AccountRequest::SignOut)).await;
    assert!(state.sign_in.is_some() && state.accounts.is_empty());
}

#[tokio::test]
async fn a_code_before_any_was_asked_for_is_a_clear_error() {
    let agent = agent_with(mock_keyring(), None).await;
    agent.accounts.start(false, false, None).await;
    let view = state(&agent, Request::SubmitCode { code: SecretText::new("24680") }).await.sign_in.unwrap();
    assert!(view.error.is_some_and(|e| e.message.contains("start again")));
    let view = state(&agent, Request::CancelSignIn).await.sign_in.unwrap();
    assert_eq!((view.step, view.error), (SignInStep::Credentials, None));
}

#[tokio::test]
async fn the_intruder_is_journaled_before_the_person_is_alerted() {
    let mut agent = demo(Some(Duration::from_millis(300))).await;
    let alarm = tokio::time::timeout(Duration::from_secs(10), agent.alarms.recv()).await.unwrap().unwrap();
    assert_eq!(alarm.event.kind, SecurityEventKind::UnconfirmedLogin);
    // The alarm is out: the journal already has it.
    let filter = HistoryFilter {
        kinds: vec![EntryKind::Event(SecurityEventKind::UnconfirmedLogin)],
        ..HistoryFilter::default()
    };
    let entries = history(&agent, filter).await;
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0].device.as_deref(), Some(INTRUDER));
    assert_eq!(entries[0].account_label, "Demo account");

    // Terminate it: the history says who did it, and its page says how it ended.
    let hash = entries[0].hash.unwrap();
    state(&agent, on_demo(AccountRequest::Terminate { hash })).await;
    let entries = history(&agent, HistoryFilter { device: Some("redmi".into()), ..HistoryFilter::default() }).await;
    let kinds: Vec<&str> = entries.iter().map(|e| e.kind.name()).collect();
    assert_eq!(kinds, ["session_ended", "terminated", "unconfirmed_login"], "newest first");
    assert_eq!(entries[0].by.as_deref(), Some("you, from SessionGuard"));
    assert_eq!(entries[1].by.as_deref(), Some("you"));
    let Answer::SessionHistory { session, entries } =
        ask(&agent, Request::SessionHistory { account: "demo".into(), hash }).await
    else {
        panic!("expected a session's history");
    };
    let session = session.unwrap();
    assert_eq!(
        (session.session.device_model.as_str(), session.ended_by.as_deref()),
        (INTRUDER, Some("you, from SessionGuard"))
    );
    assert_eq!(entries.len(), 3);
}

/// A history that cannot be written for now (a stalled disk; here its writer's lock is
/// held) holds no alert back beyond a bounded wait, nor an export, which reads apart; the
/// event is journaled once the history can be written again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_history_holds_back_no_alert_and_no_export() {
    let mut agent = agent_with(mock_keyring(), Some(Duration::from_millis(300))).await;
    let (release, stalled) = std::sync::mpsc::channel::<()>();
    let journal = agent.journal.clone();
    let stall = tokio::spawn(async move {
        journal
            .run(move |_| {
                let _ = stalled.recv();
                Ok(())
            })
            .await
    });
    agent.accounts.start(true, false, None).await;

    let alarm = tokio::time::timeout(Duration::from_secs(20), agent.alarms.recv()).await;
    let alarm = alarm.expect("alerted while the history is stalled").expect("the alarms go on");
    assert_eq!(alarm.event.kind, SecurityEventKind::UnconfirmedLogin);

    let csv = agent.dir.path().join("while-stalled.csv");
    let export = Request::ExportHistory {
        filter: HistoryFilter::default(),
        format: ExportFormat::Csv,
        path: csv.display().to_string(),
    };
    let exported = tokio::time::timeout(Duration::from_secs(10), agent.accounts.handle(export)).await;
    assert!(matches!(exported, Ok(Ok(Answer::Exported { .. }))), "{exported:?}");

    release.send(()).unwrap();
    stall.await.unwrap().unwrap();
    let filter = HistoryFilter {
        kinds: vec![EntryKind::Event(SecurityEventKind::UnconfirmedLogin)],
        ..HistoryFilter::default()
    };
    let journaled =
        common::wait_until("the intruder journaled once the history came back", Duration::from_secs(10), async || {
            (!history(&agent, filter.clone()).await.is_empty()).then_some(())
        });
    journaled.await.unwrap();
}

/// An export goes only to a regular file: a pipe with no reader, a link or a device is
/// refused at once, with a clear message.
#[tokio::test]
#[cfg(unix)]
async fn an_export_is_refused_anywhere_but_a_regular_file() {
    let agent = demo(None).await;
    wait_for(&agent, "the list", |s| s.loaded).await;
    let fifo = agent.dir.path().join("fifo.csv");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success()));
    let link = agent.dir.path().join("link.csv");
    std::os::unix::fs::symlink(agent.dir.path().join("settings.json"), &link).unwrap();
    for path in [fifo, link, "/dev/null".into()] {
        let export = Request::ExportHistory {
            filter: HistoryFilter::default(),
            format: ExportFormat::Json,
            path: path.display().to_string(),
        };
        let refused = tokio::time::timeout(Duration::from_secs(10), agent.accounts.handle(export)).await;
        let error = refused.expect("answered at once").expect_err("refused");
        assert!(error.message.contains("not a regular file"), "{}", error.message);
    }
}

#[tokio::test]
async fn lockdown_ends_the_intruder_by_itself_and_says_so() {
    let agent = demo(Some(Duration::from_millis(500))).await;
    let mut settings = agent.accounts.state().settings;
    settings.rules.lockdown = true;
    state(&agent, Request::UpdateSettings { settings }).await;

    let state = wait_for(&agent, "the lockdown alert", |s| s.alerts.iter().any(|a| a.rule.is_some())).await;
    let alert = state.alerts.iter().find(|a| a.rule.is_some()).unwrap();
    assert!(matches!(alert.rule, Some(RuleOutcome::Terminated { rule: RuleKind::Lockdown, .. })), "{alert:?}");
    wait_for(&agent, "the intruder's session to end", |s| {
        s.sessions.iter().all(|x| x.session.device_model != INTRUDER)
    })
    .await;
    assert_eq!(agent.accounts.state().sessions.len(), 6, "nobody else was touched");

    let filter = HistoryFilter { kinds: vec![EntryKind::Action(ActionKind::Terminated)], ..HistoryFilter::default() };
    let terminated = history(&agent, filter).await;
    assert_eq!(terminated.len(), 1);
    assert_eq!(
        (terminated[0].device.as_deref(), terminated[0].by.as_deref()),
        (Some(INTRUDER), Some("the lockdown rule"))
    );
}

/// A kind switched off is journaled and raises nothing. "Nothing" is shown by what comes
/// after it (on fake-telegram, where a test can add logins): the guard handles one list at
/// a time, journal first and alert after, so once a later login of a kind still switched
/// on is alerted, the first one's turn to be alerted has passed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_alert_kind_switched_off_is_journaled_but_not_raised() {
    let server = fake_telegram::FakeTelegram::start(0).await.unwrap();
    let control = server.control();
    let mut agent = common::telegram_agent(&server).await;
    common::sign_in(&agent.accounts, &control).await;
    let mut settings = agent.accounts.state().settings;
    settings.alerts.unconfirmed_login = false;
    state(&agent, Request::UpdateSettings { settings }).await;

    let switched_off = SessionHash(
        control.add_login(fake_telegram::NewLogin { unconfirmed: true, ..fake_telegram::NewLogin::intruder() }),
    );
    let filter = HistoryFilter {
        kinds: vec![EntryKind::Event(SecurityEventKind::UnconfirmedLogin)],
        ..HistoryFilter::default()
    };
    let journaled = common::wait_until("the switched-off login in the history", Duration::from_secs(10), async || {
        Some(history(&agent, filter.clone()).await).filter(|entries| !entries.is_empty())
    })
    .await
    .unwrap();
    assert_eq!(journaled[0].device.as_deref(), Some(INTRUDER));

    // Added once the first is journaled, so it comes in a later list.
    let device = fake_telegram::Device { device_model: "Pixel 9 Pro".into(), ..fake_telegram::demo::intruder_device() };
    let later =
        SessionHash(control.add_login(fake_telegram::NewLogin { device, ..fake_telegram::NewLogin::intruder() }));
    let about = |login: &Option<sessionguard_core::LoginDetails>, hash| login.as_ref().is_some_and(|l| l.hash == hash);
    let before_it = tokio::time::timeout(Duration::from_secs(20), async {
        let mut before = Vec::new();
        loop {
            let alarm = agent.alarms.recv().await.expect("the alarms go on");
            if about(&alarm.event.login, later) {
                return before;
            }
            before.push(alarm);
        }
    })
    .await
    .expect("the later login, of a kind switched on, is alerted");
    assert!(before_it.iter().all(|a| !about(&a.event.login, switched_off)), "alarmed: {before_it:?}");
    let alerts = agent.accounts.state().alerts;
    assert!(alerts.iter().all(|a| !about(&a.login, switched_off)), "an alert for the window: {alerts:?}");
    assert!(alerts.iter().any(|a| about(&a.login, later)), "{alerts:?}");
}

#[tokio::test]
async fn the_checkup_finds_the_demo_accounts_weak_spots_and_its_fix_works() {
    let agent = demo(None).await;
    let state = wait_for(&agent, "the checkup", |s| s.checkup.is_some()).await;
    let checks = state.checkup.unwrap().checks;
    let severity = |kind| checks.iter().find(|c| c.kind == kind).map(|c| c.severity);
    assert_eq!(severity(CheckKind::TwoStep), Some(Severity::Ok));
    assert_eq!(severity(CheckKind::RecoveryEmail), Some(Severity::Warning));
    assert_eq!(severity(CheckKind::UnofficialApps), Some(Severity::Warning));
    assert_eq!(severity(CheckKind::InactiveTtl), Some(Severity::Advice));

    let state = self::state(&agent, on_demo(AccountRequest::SetInactiveTtl { days: 90 })).await;
    assert_eq!(state.inactive_ttl_days, 90);
    let checks = state.checkup.unwrap().checks;
    assert_eq!(checks.iter().find(|c| c.kind == CheckKind::InactiveTtl).map(|c| c.severity), Some(Severity::Ok));
    let refused = agent.accounts.handle(on_demo(AccountRequest::SetInactiveTtl { days: 0 })).await.unwrap_err();
    assert_eq!(refused.code, ErrorCode::BadRequest);
}

/// The tray's "Terminate all other sessions" only asks the window; the window's answer —
/// declined, or the termination itself — ends the asking.
#[tokio::test]
async fn terminating_others_from_the_tray_waits_for_the_windows_confirmation() {
    let agent = demo(None).await;
    let before = wait_for(&agent, "the list", |s| s.loaded).await.sessions.len();
    let from_tray = || WindowAsk::TerminateOthers { account: "demo".into() };

    agent.accounts.ask_window(from_tray());
    let state = agent.accounts.state();
    assert_eq!(state.ask, Some(from_tray()));
    assert_eq!(state.sessions.len(), before, "nothing ended without the person's yes");
    assert_eq!(self::state(&agent, Request::DismissAsk).await.ask, None);

    agent.accounts.ask_window(from_tray());
    let state = self::state(&agent, on_demo(AccountRequest::TerminateOthers)).await;
    assert_eq!((state.ask, state.sessions.len()), (None, 1));

    agent.accounts.ask_window(WindowAsk::TerminateOthers { account: "telegram-unknown".into() });
    assert_eq!(agent.accounts.state().ask, None, "not for an account that is not guarded");
}

#[tokio::test]
async fn toggles_trust_and_settings_stick() {
    let agent = demo(None).await;
    let state = wait_for(&agent, "the list", |s| s.loaded).await;
    let phone = state.sessions.iter().find(|s| s.session.device_model == "iPhone 15 Pro").unwrap().session.hash;

    let request = AccountRequest::SetSessionToggles { hash: phone, secret_chats: None, calls: Some(false) };
    let state = self::state(&agent, on_demo(request)).await;
    let session = &state.sessions.iter().find(|s| s.session.hash == phone).unwrap().session;
    assert!(session.call_requests_disabled && !session.encrypted_requests_disabled);

    let state = self::state(&agent, on_demo(AccountRequest::SetTrusted { hash: phone, trusted: true })).await;
    assert!(state.sessions.iter().find(|s| s.session.hash == phone).unwrap().trusted);
    assert_eq!(state.settings.rules.trusted.len(), 1);
    let refused =
        agent.accounts.handle(on_demo(AccountRequest::SetTrusted { hash: SessionHash::CURRENT, trusted: true })).await;
    assert_eq!(refused.unwrap_err().code, ErrorCode::CurrentSession);

    // The settings file holds the trusted device for the next run.
    let (again, note) = SettingsStore::open(Some(DataPaths::in_dir(agent.dir.path().to_path_buf()).settings));
    assert!(note.is_none());
    assert_eq!(again.settings().rules.trusted[0].device_model, "iPhone 15 Pro");
}

#[tokio::test]
async fn the_history_exports_to_csv_and_json() {
    let agent = demo(None).await;
    let state = wait_for(&agent, "the list", |s| s.loaded).await;
    let victim = state.sessions.iter().find(|s| !s.session.current).unwrap().session.hash;
    self::state(&agent, on_demo(AccountRequest::Terminate { hash: victim })).await;

    let csv = agent.dir.path().join("history.csv");
    let request = Request::ExportHistory {
        filter: HistoryFilter::default(),
        format: ExportFormat::Csv,
        path: csv.display().to_string(),
    };
    let Answer::Exported { entries, .. } = ask(&agent, request).await else { panic!("expected an export") };
    assert_eq!(entries, 2, "a terminated action and the ended session");
    let text = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(text.lines().count(), 3, "a header and two rows: {text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&csv).unwrap().permissions().mode() & 0o777, 0o600);
    }

    let json = agent.dir.path().join("history.json");
    let request = Request::ExportHistory {
        filter: HistoryFilter::default(),
        format: ExportFormat::Json,
        path: json.display().to_string(),
    };
    ask(&agent, request).await;
    let parsed: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(parsed.as_array().map(Vec::len), Some(2));

    let refused = agent
        .accounts
        .handle(Request::ExportHistory {
            filter: HistoryFilter::default(),
            format: ExportFormat::Csv,
            path: "relative.csv".into(),
        })
        .await;
    assert_eq!(refused.unwrap_err().code, ErrorCode::BadRequest);
}

async fn state(agent: &Agent, request: Request) -> AgentState {
    common::state(&agent.accounts, request).await
}

async fn wait_for(agent: &Agent, what: &str, done: impl Fn(&AgentState) -> bool) -> AgentState {
    common::wait_for(&agent.accounts, what, done).await
}

/// The tray polls every 5 minutes; a window that opens does not wait for the rest of that.
#[tokio::test]
async fn opening_the_window_refreshes_at_once_instead_of_at_the_end_of_the_tray_wait() {
    let agent = demo(None).await;
    let first = common::wait_for(&agent.accounts, "the first list", |s| s.refreshed_at.is_some()).await.refreshed_at;
    // Later than the first refresh by a clear margin, whatever the clock's resolution.
    tokio::time::sleep(Duration::from_millis(20)).await;
    ask(&agent, Request::Subscribe).await;
    let again = common::wait_for(&agent.accounts, "a refresh for the window", |s| s.refreshed_at > first).await;
    assert!(again.refreshed_at > first);
}
