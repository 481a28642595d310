//! What the benchmarks against a real agent share: a runtime to run one in, and which
//! agent binary to measure.

use std::future::Future;
use std::path::PathBuf;
use std::process::ExitCode;

use std::time::Duration;

use fake_telegram::{Control, FakeTelegram};

use crate::bin_dir;
use crate::bus_monitor::NotifyMonitor;
use crate::telegram::{
    AgentFolders, BoxError, RunningAgent, account_id, agent_command, clear_keyring_entry, sign_in, wait_for_state,
};

/// Only reached when something is broken.
pub const WAIT: Duration = Duration::from_secs(10);

/// The agent under measure, signed in to fake-telegram, with the window's subscription
/// open and a monitor of the bus's Notify calls.
#[derive(Debug)]
pub struct SignedIn {
    /// Kept alive for the run: dropping it stops the server.
    pub server: FakeTelegram,
    pub control: Control,
    /// The account's id in the agent.
    pub account: String,
    pub agent: RunningAgent,
    pub monitor: NotifyMonitor,
    /// Kept alive for the run: the agent's folders.
    pub folders: AgentFolders,
}

/// Starts fake-telegram and `agent_bin`, signs in, and makes our session old enough for
/// Telegram's 24-hour rule (it is minutes old), so it may end others.
pub async fn signed_in(agent_bin: &std::path::Path) -> Result<SignedIn, BoxError> {
    let server = FakeTelegram::start(0).await?;
    let control = server.control();
    let account = account_id(&control);
    tokio::task::block_in_place(|| clear_keyring_entry(&account))?;
    let folders = AgentFolders::new()?;
    let mut agent = RunningAgent::start(agent_command(agent_bin, &server, &folders)?, &folders).await?;
    sign_in(&agent.client, &control, None).await?;
    wait_for_state(&mut agent.events, "the list", WAIT, |s| s.loaded).await?;
    let ours = control.session_of_key(&control.test_key()).ok_or("no session of ours on the server")?;
    control.backdate_session(ours.hash, Duration::from_secs(2 * 24 * 60 * 60));
    let monitor = NotifyMonitor::start()?;
    Ok(SignedIn { server, control, account, agent, monitor, folders })
}

impl SignedIn {
    /// Stops the agent and forgets its key.
    pub fn finish(self) -> Result<(), BoxError> {
        self.agent.stop()?;
        tokio::task::block_in_place(|| clear_keyring_entry(&self.account))
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
