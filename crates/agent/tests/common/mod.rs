//! An agent's accounts for the tests: a mock keyring, a real journal and settings file in
//! a temporary folder, no forwarding target, and the alarms the notifier would get.

// Each test file uses its own part of this; a helper that cannot do its part fails the
// test, as the tests' own expects do.
#![allow(dead_code, clippy::expect_used, clippy::panic, clippy::unwrap_used)]

use std::sync::Arc;
use std::time::Duration;

use keyring_core::CredentialStore;
use sessionguard_agent::accounts::{AccountSetup, Accounts};
use sessionguard_agent::alerts::forwarding::Forwarding;
use sessionguard_agent::alerts::outlets::{Alarm, Outlets};
use sessionguard_agent::guard::PollIntervals;
use sessionguard_agent::guard::waiting_rules::WaitingRules;
use sessionguard_agent::history::journal_link::JournalLink;
use sessionguard_agent::sign_in::app_credentials::AppCredentials;
use sessionguard_agent::storage::data_paths::DataPaths;
use sessionguard_agent::storage::settings_store::SettingsStore;
use sessionguard_core::{Clock, SystemClock};
use sessionguard_demo::DemoOptions;
use sessionguard_forward::RetryPolicy;
use sessionguard_protocol::{AgentState, Answer, Request, RequestHandler};
use sessionguard_telegram::server_choice::ServerChoice;
use tokio::sync::mpsc;

pub struct Agent {
    pub accounts: Arc<Accounts>,
    pub alarms: mpsc::UnboundedReceiver<Alarm>,
    /// Where the notifier would forward each alarm.
    pub forwarding: Arc<Forwarding>,
    /// The history the accounts write (a real SQLite file in `dir`).
    pub journal: JournalLink,
    /// What opening the settings file had to say (a damaged one was set aside).
    pub settings_note: Option<String>,
    /// The settings the accounts read (the language the notifier speaks, among them).
    pub settings: Arc<SettingsStore>,
    pub dir: tempfile::TempDir,
}

/// The agent built beside this test. Cargo names it by the build host's path; under wine
/// a Unix path is reached through drive Z:.
pub fn agent_exe() -> std::path::PathBuf {
    let built = env!("CARGO_BIN_EXE_sessionguard-agent");
    if cfg!(windows) && built.starts_with('/') {
        std::path::PathBuf::from(format!("Z:{}", built.replace('/', "\\")))
    } else {
        std::path::PathBuf::from(built)
    }
}

/// A child process stopped when the test ends, however it ends.
pub struct KillOnDrop(pub std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn mock_keyring() -> Result<Arc<CredentialStore>, String> {
    let store: Arc<CredentialStore> = keyring_core::mock::Store::new().map_err(|e| e.to_string())?;
    Ok(store)
}

/// Accounts not started yet (`accounts.start(..)` picks them).
pub async fn agent(keyring: Result<Arc<CredentialStore>, String>, server: ServerChoice, demo: DemoOptions) -> Agent {
    agent_in(tempfile::tempdir().expect("a temporary folder"), keyring, server, demo).await
}

/// The same, in a folder an earlier agent used (its settings and history): a restart.
pub async fn agent_in(
    dir: tempfile::TempDir,
    keyring: Result<Arc<CredentialStore>, String>,
    server: ServerChoice,
    demo: DemoOptions,
) -> Agent {
    agent_built(dir, keyring, server, demo, None).await
}

/// An agent on fake-telegram as a copy with `app` built in would be, started.
pub async fn telegram_agent_built_with(server: &fake_telegram::FakeTelegram, app: AppCredentials) -> Agent {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let no_intruder = DemoOptions { intruder_after: None };
    let agent = agent_built(dir, mock_keyring(), server_choice(server), no_intruder, Some(app)).await;
    agent.accounts.start(false, false, None).await;
    agent
}

async fn agent_built(
    dir: tempfile::TempDir,
    keyring: Result<Arc<CredentialStore>, String>,
    server: ServerChoice,
    demo: DemoOptions,
    app_credentials: Option<AppCredentials>,
) -> Agent {
    let paths = DataPaths::in_dir(dir.path().to_path_buf());
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let (settings, settings_note) = SettingsStore::open(Some(paths.settings.clone()));
    let settings = Arc::new(settings);
    let (journal, _) = JournalLink::open(&paths.journal);
    let forwarding =
        Arc::new(Forwarding::load(keyring.clone(), RetryPolicy::default(), journal.clone(), clock.clone()).await);
    let setup = AccountSetup {
        clock,
        server,
        demo,
        polls: PollIntervals::default(),
        keyring,
        settings: settings.clone(),
        journal: journal.clone(),
        forwarding: forwarding.clone(),
        keyring_wait: Duration::from_secs(10),
        waiting_rules: Arc::new(WaitingRules::open(Some(paths.waiting_rules.clone()))),
        app_credentials,
    };
    let (outlets, alarms) = Outlets::new();
    Agent { accounts: Accounts::new(setup, outlets), alarms, forwarding, journal, settings_note, settings, dir }
}

/// The agent's state after `request` (which must answer with it).
pub async fn state(accounts: &Accounts, request: Request) -> AgentState {
    match accounts.handle(request).await.expect("the request is answered") {
        Answer::State { state } => *state,
        other => panic!("expected the state, got {other:?}"),
    }
}

/// Looks with `probe` until it gives a value, for at most `timeout`; the error says what
/// was waited for. The one wait of these tests: for a condition, never for a time.
pub async fn wait_until<T>(
    what: &str,
    timeout: Duration,
    mut probe: impl AsyncFnMut() -> Option<T>,
) -> Result<T, String> {
    let looking = async {
        loop {
            if let Some(found) = probe().await {
                return found;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    };
    tokio::time::timeout(timeout, looking).await.map_err(|_| format!("waited {timeout:?} for {what}"))
}

/// The state once `done` holds, within 10 s.
pub async fn wait_for(accounts: &Accounts, what: &str, done: impl Fn(&AgentState) -> bool) -> AgentState {
    let state = wait_until(what, Duration::from_secs(10), async || Some(accounts.state()).filter(|s| done(s))).await;
    state.unwrap_or_else(|error| panic!("{error}: {:?}", accounts.state()))
}

/// An agent's way to fake-telegram on 127.0.0.1 (dev-only).
pub fn server_choice(server: &fake_telegram::FakeTelegram) -> ServerChoice {
    let key = sessionguard_telegram::secret::Sensitive::new(server.control().test_key());
    let data_centres = server.data_centres().to_vec();
    ServerChoice { address: Some(server.address()), test_auth_key: Some(key), data_centres }
}

/// An agent on fake-telegram (a mock keyring, nothing saved), started: the sign-in screen.
pub async fn telegram_agent(server: &fake_telegram::FakeTelegram) -> Agent {
    let agent = agent(mock_keyring(), server_choice(server), DemoOptions { intruder_after: None }).await;
    agent.accounts.start(false, false, None).await;
    agent
}

/// Signs in to fake-telegram's account by code and waits for its first list.
pub async fn sign_in(accounts: &Accounts, control: &fake_telegram::Control) -> AgentState {
    let request = Request::SendCode {
        api_id: Some(94_575),
        api_hash: Some(sessionguard_protocol::SecretText::new("5c1a7e0d9b3f48a2e6d07c4b1f9a83e2")),
        phone: sessionguard_protocol::SecretText::new("+44 7700 900123"),
    };
    let step = state(accounts, request).await.sign_in.map(|s| s.step);
    assert_eq!(step, Some(sessionguard_protocol::SignInStep::Code));
    let code = control.last_login_code().expect("fake-telegram sent a login code");
    state(accounts, Request::SubmitCode { code: sessionguard_protocol::SecretText::new(code) }).await;
    wait_for(accounts, "the Telegram list", |s| s.loaded && !s.sessions.is_empty()).await
}

/// The next alarm about login `hash` that `wanted` accepts, within 20 s.
pub async fn alarm_about(
    alarms: &mut mpsc::UnboundedReceiver<Alarm>,
    hash: i64,
    wanted: impl Fn(&Alarm) -> bool,
) -> Alarm {
    let next = async {
        loop {
            let alarm = alarms.recv().await.expect("the alarms go on");
            if alarm.event.login.as_ref().is_some_and(|l| l.hash.0 == hash) && wanted(&alarm) {
                return alarm;
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(20), next).await.expect("the login is alerted")
}
