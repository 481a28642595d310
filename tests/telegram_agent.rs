//! The real agent, headless, against `fake-telegram` on 127.0.0.1 (real MTProto bytes), on
//! a session bus of the test's own with a fake notification server and an unlocked
//! gnome-keyring of its own: sign-in
//! by code and by 2-step password over the agent's socket, the key in the keyring and in
//! no file, the server's sessions listed, a pushed login alerting by itself (state,
//! Notify, tray), terminate reaching the server, a restart that needs no sign-in, and our
//! own session ended on the server signing the agent out.
#![cfg(target_os = "linux")]

use std::collections::BTreeSet;
use std::time::{Duration, Instant, SystemTime};

use fake_telegram::{Control, Device, FakeTelegram, NewLogin};
use sessionguard_e2e::bus::TestBus;
use sessionguard_e2e::notifications::FakeNotifications;
use sessionguard_e2e::telegram::{
    API_HASH, API_ID, AgentFolders, BoxError, Needle, PHONE, RunningAgent, account_id, agent_command, expect_step,
    files_holding, keyring_entry, places_to_search, secret_tool_listing, sign_in, sign_in_secrets,
};
use sessionguard_e2e::{TestResult, agent_bin, tray_status, wait_until};
use sessionguard_protocol::{
    AccountRequest, AgentClient, AgentState, ClientError, ErrorCode, Request, SecretText, SessionHash, SignInStep,
};
use tokio::task::block_in_place;

const INTRUDER: &str = "Redmi Note 13 Pro";
/// Long enough for anything on loopback; only reached when something is broken.
const WAIT: Duration = Duration::from_secs(15);
const DAY: Duration = Duration::from_secs(24 * 60 * 60);

/// A server, and a bus with an empty keyring and a notification server, for fresh agents
/// pointed at them.
struct Setup {
    server: FakeTelegram,
    control: Control,
    account: String,
    folders: AgentFolders,
    notifications: FakeNotifications,
    bus: TestBus,
}

impl Setup {
    async fn new() -> Result<Self, BoxError> {
        let bus = block_in_place(TestBus::with_keyring)?;
        let notifications = FakeNotifications::start(&bus)?;
        let server = FakeTelegram::start(0).await?;
        let control = server.control();
        let account = account_id(&control);
        Ok(Self { server, control, account, folders: AgentFolders::new()?, notifications, bus })
    }

    async fn start_agent(&self) -> Result<RunningAgent, BoxError> {
        RunningAgent::start(agent_command(&agent_bin(), &self.server, &self.folders, &self.bus)?, &self.folders).await
    }

    /// The account's entry in the keyring.
    fn keyring_entry(&self) -> Result<Option<sessionguard_telegram::vault::AccountSecrets>, BoxError> {
        block_in_place(|| keyring_entry(&self.bus, &self.account))
    }

    /// Waits until the agent's tray shows `status`.
    async fn wait_for_tray(&self, pid: u32, status: &str) -> TestResult {
        let what = format!("the tray to show {status}");
        wait_until(&what, Duration::from_secs(5), async || tray_status(&self.bus, pid).filter(|s| s == status)).await?;
        Ok(())
    }

    /// The hashes of the server's sessions other than the agent's own.
    fn others_on_server(&self) -> BTreeSet<SessionHash> {
        self.control.sessions().iter().filter(|s| s.key_id.is_none()).map(|s| SessionHash(s.hash)).collect()
    }

    /// The agent's own session as the server has it.
    fn ours_on_server(&self) -> Option<fake_telegram::Session> {
        self.control.session_of_key(&self.control.test_key())
    }
}

fn others_in(state: &AgentState) -> BTreeSet<SessionHash> {
    state.sessions.iter().filter(|s| !s.session.current).map(|s| s.session.hash).collect()
}

/// Waits until the agent shows the account with exactly the server's sessions.
async fn wait_for_servers_list(agent: &mut RunningAgent, setup: &Setup) -> Result<AgentState, BoxError> {
    let expected = setup.others_on_server();
    let account = setup.account.clone();
    agent
        .wait_for_state("the server's sessions", WAIT, |s| {
            s.account.as_ref().is_some_and(|a| a.id == account) && s.loaded && others_in(s) == expected
        })
        .await
}

/// Asks the agent for its state until `wanted` accepts it (for what happens before a
/// subscription could see it, such as a start-up).
async fn poll_state(
    client: &AgentClient,
    what: &str,
    wanted: impl Fn(&AgentState) -> bool,
) -> Result<AgentState, BoxError> {
    let state = wait_until(what, WAIT, async || client.request(Request::GetState).await.ok().filter(|s| wanted(s)));
    Ok(state.await?)
}

fn account_request(account: &str, action: AccountRequest) -> Request {
    Request::Account { account: account.to_owned(), action }
}

/// Fails if any file the agent could have written since `since` holds a secret.
fn assert_no_file_holds_secrets(folders: &AgentFolders, since: SystemTime, needles: &[Needle]) -> TestResult {
    for written in ["settings.json", "journal.sqlite3"] {
        assert!(folders.data.join(written).exists(), "the agent keeps {written} in its data folder");
    }
    let found = block_in_place(|| files_holding(&places_to_search(folders), since, needles));
    assert!(found.is_empty(), "secrets in files: {found:?}");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
async fn a_code_sign_in_guards_the_servers_account_and_a_pushed_login_alerts() -> TestResult {
    let since = SystemTime::now();
    let setup = Setup::new().await?;
    let control = &setup.control;
    let mut agent = setup.start_agent().await?;

    // No account saved: the sign-in screen, naming the test server.
    let state = agent.client.request(Request::GetState).await?;
    expect_step(&state, SignInStep::Credentials)?;
    let screen = state.sign_in.as_ref().ok_or("no sign-in screen")?;
    assert_eq!(screen.server, Some(format!("test server {}", setup.server.address())));

    let send = Request::SendCode {
        api_id: Some(API_ID),
        api_hash: Some(SecretText::new(API_HASH)),
        phone: SecretText::new(PHONE),
    };
    let state = agent.client.request(send).await?;
    expect_step(&state, SignInStep::Code)?;
    let screen = state.sign_in.as_ref().ok_or("no sign-in screen")?;
    assert_eq!(screen.code_length, Some(5), "{screen:?}");
    let hint = screen.phone_hint.clone().unwrap_or_default();
    assert!(hint.ends_with("23") && !hint.contains("7700"), "the number is masked: {hint}");

    // A wrong code is said so, and nothing is kept.
    let code = control.last_login_code().ok_or("the server sent no code")?;
    let wrong = if code == "00000" { "11111" } else { "00000" };
    let state = agent.client.request(Request::SubmitCode { code: SecretText::new(wrong) }).await?;
    let error = state.sign_in.as_ref().and_then(|s| s.error.clone()).ok_or("a wrong code is an error")?;
    assert_eq!(error.code, ErrorCode::CodeInvalid);
    assert!(setup.keyring_entry()?.is_none(), "nothing kept before Telegram says yes");

    let state = agent.client.request(Request::SubmitCode { code: SecretText::new(code) }).await?;
    assert_eq!(state.account.as_ref().map(|a| a.id.as_str()), Some(setup.account.as_str()), "{:?}", state.sign_in);

    // The key is in the real keyring, as one entry under SessionGuard's service…
    let saved = setup.keyring_entry()?.ok_or("no keyring entry after sign-in")?;
    assert_eq!(saved.auth_key.expose(), &control.test_key());
    assert_eq!((saved.api_id, saved.api_hash.expose().as_str()), (API_ID, API_HASH));
    assert_eq!((saved.user_id, saved.dc_id), (control.user_id(), 2));
    if let Some(listing) = block_in_place(|| secret_tool_listing(&setup.bus)) {
        assert!(listing.contains(&setup.account), "secret-tool sees the entry: {listing}");
    }

    // …and the list is the server's: its four devices, and ours first as SessionGuard.
    let state = wait_for_servers_list(&mut agent, &setup).await?;
    assert_eq!(state.sessions.len(), 5, "{:?}", state.sessions);
    let ours = state.sessions.iter().find(|s| s.session.current).ok_or("no current session")?;
    assert_eq!(ours.session.device_model, "SessionGuard");
    let ours_on_server = setup.ours_on_server().ok_or("the server has no session for our key")?;
    assert_eq!(ours_on_server.device.device_model, "SessionGuard");
    assert_eq!(ours_on_server.device.api_id, API_ID);

    // A login on the server reaches the agent by push: no request from here on.
    let (pushed, pushed_at) = (Instant::now(), SystemTime::now());
    let intruder = control.add_login(NewLogin::intruder());
    let hash = SessionHash(intruder);
    let state =
        agent.wait_for_state("the intruder", WAIT, |s| s.sessions.iter().any(|r| r.session.hash == hash)).await?;
    let in_state = pushed.elapsed();
    let alert = state.alerts.iter().find(|a| a.login.as_ref().is_some_and(|l| l.hash == hash));
    assert!(alert.is_some(), "an alert waits for the person: {:?}", state.alerts);
    let call = setup.notifications.next_naming(INTRUDER, WAIT).await?;
    let in_notify = call.at.duration_since(pushed_at).unwrap_or_default();
    println!("push → state {in_state:?}, push → Notify received {in_notify:?}");
    assert!(call.summary.contains("New login"), "{call:?}");
    assert!(call.body.contains("Lagos, Nigeria") && call.body.contains("102.89.34.17"), "{call:?}");
    setup.wait_for_tray(agent.pid(), "NeedsAttention").await?;

    // Terminate: our session is minutes old, and the server holds it to the 24 h rule…
    let terminate = account_request(&setup.account, AccountRequest::Terminate { hash });
    match agent.client.request(terminate).await {
        Err(ClientError::Agent(body)) => {
            assert_eq!(body.code, ErrorCode::FreshSession, "{body:?}");
            assert!(body.retry_at.is_some(), "says from when: {body:?}");
        }
        other => return Err(format!("a fresh session terminated anyway: {other:?}").into()),
    }
    assert!(control.session(intruder).is_some());
    // The terminal says the same, with the time, and exit code 5 (the agent refused).
    let cli = |args: &[&str]| {
        std::process::Command::new(agent_bin())
            .args(args)
            .env("SESSIONGUARD_RUNTIME_DIR", &setup.folders.runtime)
            .stdin(std::process::Stdio::null())
            .output()
    };
    let refused = block_in_place(|| cli(&["terminate", &hash.to_string()]))?;
    let said = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(5), "{said}");
    assert!(said.contains("Telegram allows this from") && said.contains("24 hours"), "{said}");
    let listed = block_in_place(|| cli(&["sessions", "--json"]))?;
    assert!(
        String::from_utf8_lossy(&listed.stdout).contains(&hash.to_string()),
        "the terminal lists the server's sessions"
    );
    // …and a day later it may: the intruder ends on the server, from the terminal.
    assert!(control.backdate_session(ours_on_server.hash, DAY));
    let ended = block_in_place(|| cli(&["terminate", &hash.to_string()]))?;
    assert_eq!(ended.status.code(), Some(0), "{}", String::from_utf8_lossy(&ended.stderr));
    assert_eq!(String::from_utf8_lossy(&ended.stdout), format!("Terminated {INTRUDER}.\n"));
    let state = agent.client.request(Request::GetState).await?;
    assert!(control.session(intruder).is_none(), "the server ended the intruder");
    assert!(state.sessions.iter().all(|s| s.session.hash != hash), "{:?}", state.sessions);
    assert!(state.alerts.is_empty(), "{:?}", state.alerts);
    setup.wait_for_tray(agent.pid(), "Active").await?;

    agent.stop()?;
    assert_no_file_holds_secrets(&setup.folders, since, &sign_in_secrets(control, None))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
async fn a_restarted_agent_guards_the_saved_account_without_signing_in() -> TestResult {
    let setup = Setup::new().await?;
    let control = &setup.control;
    let mut agent = setup.start_agent().await?;
    sign_in(&agent.client, control, None).await?;
    wait_for_servers_list(&mut agent, &setup).await?;
    agent.stop()?;

    let mut agent = setup.start_agent().await?;
    let account = setup.account.clone();
    let state = poll_state(&agent.client, "the saved account", |s| {
        s.account.as_ref().is_some_and(|a| a.id == account) && s.loaded
    })
    .await?;
    assert!(state.sign_in.is_none());
    assert_eq!(others_in(&state), setup.others_on_server());
    assert_eq!(state.account.as_ref().map(|a| a.label.as_str()), Some("Ana"), "named as the server's user");
    assert_eq!(control.call_count("auth.signIn"), 1, "the restart signed in again: {:?}", control.calls());
    assert_eq!(control.call_count("auth.sendCode"), 1);

    // And it guards: an unconfirmed login is pushed and asks "is this you?".
    let device = Device { device_model: "Pixel 9 Pro".into(), ..fake_telegram::demo::intruder_device() };
    let hash = control.add_login(NewLogin { device, unconfirmed: true, password_pending: false, push: true });
    agent
        .wait_for_state("the new login", WAIT, |s| s.sessions.iter().any(|r| r.session.hash == SessionHash(hash)))
        .await?;
    let call = setup.notifications.next_naming("Pixel 9 Pro", WAIT).await?;
    assert!(call.summary.contains("is this you?"), "{call:?}");
    agent.stop()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
async fn our_session_ended_on_the_server_signs_the_agent_out_and_deletes_the_key() -> TestResult {
    let setup = Setup::new().await?;
    let control = &setup.control;
    let mut agent = setup.start_agent().await?;
    sign_in(&agent.client, control, None).await?;
    wait_for_servers_list(&mut agent, &setup).await?;
    assert!(setup.keyring_entry()?.is_some());

    // Someone ends SessionGuard's session from another device: our key is unregistered,
    // and the agent finds out on its next call (here a refresh, as the window's button).
    let ours = setup.ours_on_server().ok_or("no session of ours on the server")?;
    assert!(control.end_session(ours.hash));
    let _ = agent.client.request(account_request(&setup.account, AccountRequest::Refresh)).await;
    let state = agent
        .wait_for_state("the sign-in screen with a notice", WAIT, |s| {
            s.account.is_none() && s.sign_in.as_ref().and_then(|v| v.notice.as_ref()).is_some()
        })
        .await?;
    let notice = state.sign_in.as_ref().and_then(|s| s.notice.clone()).unwrap_or_default();
    assert!(notice.contains("ended from another device"), "{notice}");
    assert!(state.accounts.is_empty(), "{:?}", state.accounts);
    expect_step(&state, SignInStep::Credentials)?;

    assert!(setup.keyring_entry()?.is_none(), "the useless key is deleted");
    let settings = std::fs::read_to_string(setup.folders.data.join("settings.json"))?;
    assert!(!settings.contains(&setup.account), "the account left the settings: {settings}");
    let call = setup
        .notifications
        .next_notify("saying SessionGuard was signed out", WAIT, |c| {
            c.summary.starts_with("SessionGuard was signed out")
        })
        .await?;
    assert!(call.body.contains("ended from another device"), "{call:?}");

    // Signing in again guards the account again.
    sign_in(&agent.client, control, None).await?;
    wait_for_servers_list(&mut agent, &setup).await?;
    assert!(setup.keyring_entry()?.is_some());
    agent.stop()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
async fn a_two_step_password_sign_in_and_sign_out() -> TestResult {
    const PASSWORD: &str = "correct horse battery staple";
    let since = SystemTime::now();
    let setup = Setup::new().await?;
    let control = &setup.control;
    control.set_password(Some(PASSWORD), Some("the usual one"));
    let mut agent = setup.start_agent().await?;

    let send = Request::SendCode {
        api_id: Some(API_ID),
        api_hash: Some(SecretText::new(API_HASH)),
        phone: SecretText::new(PHONE),
    };
    expect_step(&agent.client.request(send).await?, SignInStep::Code)?;
    let code = control.last_login_code().ok_or("no code")?;
    let state = agent.client.request(Request::SubmitCode { code: SecretText::new(code) }).await?;
    expect_step(&state, SignInStep::Password)?;
    assert_eq!(state.sign_in.as_ref().and_then(|s| s.password_hint.as_deref()), Some("the usual one"));
    assert!(setup.ours_on_server().is_some_and(|s| s.password_pending), "the code was right: password pending");
    assert!(setup.keyring_entry()?.is_none());

    let wrong = Request::SubmitPassword { password: SecretText::new("Tr0ub4dor&3") };
    let state = agent.client.request(wrong).await?;
    let screen = state.sign_in.as_ref().ok_or("no sign-in screen")?;
    assert_eq!(
        (screen.step, screen.error.as_ref().map(|e| e.code)),
        (SignInStep::Password, Some(ErrorCode::PasswordInvalid))
    );

    let state = agent.client.request(Request::SubmitPassword { password: SecretText::new(PASSWORD) }).await?;
    assert!(state.account.is_some(), "{:?}", state.sign_in);
    assert!(setup.ours_on_server().is_some_and(|s| !s.password_pending));
    let saved = setup.keyring_entry()?.ok_or("no keyring entry")?;
    assert_eq!(saved.auth_key.expose(), &control.test_key());
    wait_for_servers_list(&mut agent, &setup).await?;

    // Sign out ends our session on the server and deletes the key.
    let state = agent.client.request(account_request(&setup.account, AccountRequest::SignOut)).await?;
    expect_step(&state, SignInStep::Credentials)?;
    assert!(setup.ours_on_server().is_none(), "the server ended our session");
    assert_eq!(control.call_count("auth.logOut"), 1);
    assert!(setup.keyring_entry()?.is_none(), "the key is deleted");

    agent.stop()?;
    assert_no_file_holds_secrets(&setup.folders, since, &sign_in_secrets(control, Some(PASSWORD)))
}
