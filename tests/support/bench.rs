//! What the benchmarks against a real agent share: a runtime to run one in, and which
//! agent binary to measure.

use std::future::Future;
use std::path::PathBuf;
use std::process::ExitCode;

use std::time::Duration;

use fake_telegram::{Control, FakeTelegram};

use crate::bin_dir;
use crate::bus::TestBus;
use crate::notifications::FakeNotifications;
use crate::telegram::{AgentFolders, BoxError, RunningAgent, agent_command, sign_in, wait_for_state};

/// Only reached when something is broken.
pub const WAIT: Duration = Duration::from_secs(10);

/// The agent under measure, signed in to fake-telegram, with the window's subscription
/// open, on a bus of its own whose notification server records each Notify's arrival.
#[derive(Debug)]
pub struct SignedIn {
    /// Kept alive for the run: dropping it stops the server.
    pub server: FakeTelegram,
    pub control: Control,
    /// The account's id in the agent.
    pub account: String,
    pub agent: RunningAgent,
    pub notifications: FakeNotifications,
    /// Kept alive for the run: the agent's folders.
    pub folders: AgentFolders,
    /// Kept alive for the run, dropped last: the bus and its keyring.
    pub bus: TestBus,
}

/// Starts fake-telegram and `agent_bin`, signs in, and makes our session old enough for
/// Telegram's 24-hour rule (it is minutes old), so it may end others.
pub async fn signed_in(agent_bin: &std::path::Path) -> Result<SignedIn, BoxError> {
    let bus = tokio::task::block_in_place(TestBus::with_keyring)?;
    let notifications = FakeNotifications::start(&bus)?;
    let server = FakeTelegram::start(0).await?;
    let control = server.control();
    let account = crate::telegram::account_id(&control);
    let folders = AgentFolders::new()?;
    let mut agent = RunningAgent::start(agent_command(agent_bin, &server, &folders, &bus)?, &folders).await?;
    sign_in(&agent.client, &control, None).await?;
    wait_for_state(&mut agent.events, "the list", WAIT, |s| s.loaded).await?;
    let ours = control.session_of_key(&control.test_key()).ok_or("no session of ours on the server")?;
    control.backdate_session(ours.hash, Duration::from_secs(2 * 24 * 60 * 60));
    Ok(SignedIn { server, control, account, agent, notifications, folders, bus })
}

impl SignedIn {
    /// Stops the agent (its key goes with the bus's keyring).
    pub fn finish(self) -> Result<(), BoxError> {
        self.agent.stop()
    }
}

/// Runs the benchmark `run` on a two-thread runtime; its error, if any, on stderr as
/// `name: …`.
pub fn main(name: &str, run: impl Future<Output = Result<(), BoxError>>) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("{name}: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{name}: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The agent to measure: `AGENT` if set, else the release build, else the debug one;
/// absolute, as a bench runs in its package's folder.
pub fn agent_binary() -> PathBuf {
    let agent = match std::env::var_os("AGENT") {
        Some(agent) => PathBuf::from(agent),
        None => {
            let release = bin_dir().with_file_name("release").join("sessionguard-agent");
            if release.exists() { release } else { bin_dir().join("sessionguard-agent") }
        }
    };
    agent.canonicalize().unwrap_or(agent)
}

/// "release" or "debug", for the figures' heading.
pub fn build_of(agent: &std::path::Path) -> &'static str {
    if agent.components().any(|c| c.as_os_str() == "release") { "release" } else { "debug" }
}
