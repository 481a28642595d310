//! The Telegram side of the end-to-end tests: `fake-telegram` in the test's own process,
//! the real agent pointed at it with folders and a bus (and keyring) of its own, sign-in
//! over the agent's socket, and where the account's secrets must be (the keyring) and must
//! not be (any file).

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime};

use fake_telegram::{Control, FakeTelegram};
use sessionguard_protocol::{AgentClient, AgentEvent, AgentState, Request, SecretText, SignInStep};
use sessionguard_telegram::vault::{AccountSecrets, KEYRING_SERVICE, Vault};
use tokio::sync::mpsc::UnboundedReceiver;

use crate::bus::TestBus;
use crate::{KillOnDrop, private_dir, wait_until};

pub type BoxError = Box<dyn std::error::Error>;

/// An app's credentials as my.telegram.org gives them: made up, but shaped like real ones.
pub const API_ID: i32 = 94_575;
pub const API_HASH: &str = "5c1a7e0d9b3f48a2e6d07c4b1f9a83e2";
/// A number from the range set aside for drama (nobody has it); the server takes any.
pub const PHONE: &str = "+44 7700 900123";

/// The agent's id for the server's account ("telegram-<user id>").
pub fn account_id(control: &Control) -> String {
    format!("telegram-{}", control.user_id())
}

/// Everything one agent may write to, under one fresh folder: its socket and lock, its
/// settings and journal, and its log.
#[derive(Debug, Clone)]
pub struct AgentFolders {
    pub root: PathBuf,
    pub runtime: PathBuf,
    pub data: PathBuf,
    pub log: PathBuf,
}

impl AgentFolders {
    pub fn new() -> Result<Self, BoxError> {
        let root = private_dir()?;
        let folders =
            Self { runtime: root.join("runtime"), data: root.join("data"), log: root.join("agent.log"), root };
        std::fs::create_dir_all(&folders.data)?;
        Ok(folders)
    }

    pub fn socket(&self) -> PathBuf {
        self.runtime.join("agent.sock")
    }
}

/// The environment that points an agent (or the window, which passes it on) at `server`,
/// on `bus` (where its keyring is).
pub fn agent_env(server: &FakeTelegram, folders: &AgentFolders, bus: &TestBus) -> Vec<(&'static str, OsString)> {
    let key = fake_telegram::crypto::to_hex(&server.control().test_key());
    let mut env = vec![
        ("SESSIONGUARD_TELEGRAM_SERVER", server.address().to_string().into()),
        ("SESSIONGUARD_TELEGRAM_TEST_KEY", key.into()),
        ("SESSIONGUARD_RUNTIME_DIR", folders.runtime.clone().into()),
        ("SESSIONGUARD_DATA_DIR", folders.data.clone().into()),
    ];
    env.extend(bus.env());
    env
}

/// The agent at `bin`, headless (no display at all), pointed at `server`, on `bus`,
/// logging to `folders.log`.
pub fn agent_command(
    bin: &Path,
    server: &FakeTelegram,
    folders: &AgentFolders,
    bus: &TestBus,
) -> Result<Command, BoxError> {
    let log = std::fs::OpenOptions::new().create(true).append(true).open(&folders.log)?;
    let mut command = Command::new(bin);
    command
        .envs(agent_env(server, folders, bus))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log);
    Ok(command)
}

/// A running agent and a subscribed connection to it.
#[derive(Debug)]
pub struct RunningAgent {
    pub process: KillOnDrop,
    pub client: AgentClient,
    /// Everything the agent sends unasked, from the subscription on.
    pub events: UnboundedReceiver<AgentEvent>,
}

impl RunningAgent {
    pub fn pid(&self) -> u32 {
        self.process.0.id()
    }

    /// Starts `command` and subscribes to it once its socket answers.
    pub async fn start(mut command: Command, folders: &AgentFolders) -> Result<Self, BoxError> {
        let process = KillOnDrop(command.spawn()?);
        let (client, events) = connect(&folders.socket(), Duration::from_secs(15)).await?;
        client.request(Request::Subscribe).await?;
        Ok(Self { process, client, events })
    }

    /// Waits for a state the agent sends by itself (no request) that `wanted` accepts.
    pub async fn wait_for_state(
        &mut self,
        what: &str,
        timeout: Duration,
        wanted: impl Fn(&AgentState) -> bool,
    ) -> Result<AgentState, BoxError> {
        wait_for_state(&mut self.events, what, timeout, wanted).await
    }

    /// Ends the agent with SIGTERM, as a logout or `systemctl stop` would.
    pub fn stop(self) -> Result<(), BoxError> {
        let pid = self.pid();
        drop(self.client);
        if !crate::stop(pid) {
            return Err(format!("the agent {pid} did not stop on SIGTERM").into());
        }
        Ok(())
    }
}

/// Connects to the agent's socket once it answers.
pub async fn connect(
    socket: &Path,
    timeout: Duration,
) -> Result<(AgentClient, UnboundedReceiver<AgentEvent>), BoxError> {
    let what = format!("the agent's socket {} to answer", socket.display());
    Ok(wait_until(&what, timeout, async || AgentClient::connect(socket).await.ok()).await?)
}

/// Waits on a subscription for a state event that `wanted` accepts.
pub async fn wait_for_state(
    events: &mut UnboundedReceiver<AgentEvent>,
    what: &str,
    timeout: Duration,
    wanted: impl Fn(&AgentState) -> bool,
) -> Result<AgentState, BoxError> {
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        match tokio::time::timeout_at(deadline, events.recv()).await {
            Ok(Some(AgentEvent::State { state })) if wanted(&state) => return Ok(*state),
            Ok(Some(_)) => {}
            Ok(None) => return Err(format!("the agent closed the connection before {what}").into()),
            Err(_) => return Err(format!("no state with {what} within {timeout:?}").into()),
        }
    }
}

/// Signs in over the socket with the code the server sent (and `password`, when the
/// account has one); returns the state once the agent guards the account.
pub async fn sign_in(client: &AgentClient, control: &Control, password: Option<&str>) -> Result<AgentState, BoxError> {
    let sent = client
        .request(Request::SendCode {
            api_id: Some(API_ID),
            api_hash: Some(SecretText::new(API_HASH)),
            phone: SecretText::new(PHONE),
        })
        .await?;
    expect_step(&sent, SignInStep::Code)?;
    let code = control.last_login_code().ok_or("the server sent no code")?;
    let mut state = client.request(Request::SubmitCode { code: SecretText::new(code) }).await?;
    if let Some(password) = password {
        expect_step(&state, SignInStep::Password)?;
        state = client.request(Request::SubmitPassword { password: SecretText::new(password) }).await?;
    }
    if state.account.is_none() {
        return Err(format!("not signed in: {:?}", state.sign_in).into());
    }
    Ok(state)
}

/// Fails unless the sign-in screen shows `step` with no error.
pub fn expect_step(state: &AgentState, step: SignInStep) -> Result<(), BoxError> {
    match &state.sign_in {
        Some(screen) if screen.step == step && screen.error.is_none() => Ok(()),
        other => Err(format!("expected the sign-in step {step:?}, the agent shows {other:?}").into()),
    }
}

// --- the keyring -------------------------------------------------------------------------

/// The account's entry in the test bus's own keyring, as `secret-tool` (any other Secret
/// Service client) reads it, decoded as the agent decodes it.
pub fn keyring_entry(bus: &TestBus, account: &str) -> Result<Option<AccountSecrets>, BoxError> {
    let out = bus.command("secret-tool").args(["lookup", "service", KEYRING_SERVICE, "username", account]).output()?;
    // secret-tool says nothing and fails when there is no such entry.
    if out.stdout.is_empty() {
        return Ok(None);
    }
    let store: std::sync::Arc<keyring_core::CredentialStore> = keyring_core::mock::Store::new()?;
    store.build(KEYRING_SERVICE, account, None)?.set_secret(&out.stdout)?;
    Ok(Vault::new(store, account).load()?)
}

/// What `secret-tool` lists under SessionGuard's service in the test bus's keyring; `None`
/// when secret-tool is not installed.
pub fn secret_tool_listing(bus: &TestBus) -> Option<String> {
    let out = bus.command("secret-tool").args(["search", "--all", "service", KEYRING_SERVICE]).output().ok()?;
    // secret-tool prints the attributes on stderr and the secret on stdout.
    Some(format!("{}{}", String::from_utf8_lossy(&out.stderr), String::from_utf8_lossy(&out.stdout)))
}

// --- no secret in any file --------------------------------------------------------------

/// A secret to look for, by name, in the forms it could be written in.
#[derive(Clone)]
pub struct Needle {
    pub name: &'static str,
    pub forms: Vec<Vec<u8>>,
}

impl std::fmt::Debug for Needle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Needle").field("name", &self.name).finish_non_exhaustive()
    }
}

impl Needle {
    pub fn text(name: &'static str, text: &str) -> Self {
        Self { name, forms: vec![text.as_bytes().to_vec()] }
    }

    /// An auth key as raw bytes (a prefix is enough: 32 random bytes never occur by
    /// chance) and as hex in either case.
    pub fn key(name: &'static str, key: &[u8]) -> Self {
        let hex = fake_telegram::crypto::to_hex(key);
        let raw = key.get(..32).unwrap_or(key).to_vec();
        Self { name, forms: vec![raw, hex.to_lowercase().into_bytes(), hex.to_uppercase().into_bytes()] }
    }
}

/// What a sign-in with [`sign_in`]'s values (or typed into the window) must keep out of
/// every file: the key, the api_hash, the phone number and the 2-step password.
pub fn sign_in_secrets(control: &Control, password: Option<&str>) -> Vec<Needle> {
    let mut needles = vec![
        Needle::key("the auth key", &control.test_key()),
        Needle::text("the api_hash", API_HASH),
        Needle::text("the phone number", "7700900123"),
        Needle::text("the phone number", "7700 900123"),
    ];
    needles.extend(password.map(|p| Needle::text("the 2-step password", p)));
    needles
}

/// The files under `roots` changed since `since` that hold any needle: "path: name".
/// Symbolic links are not followed; files over 64 MB are skipped, and so is the build's
/// output (the tests' own binaries hold these test values by design, and the Windows and
/// macOS builds write there while the tests run).
pub fn files_holding(roots: &[PathBuf], since: SystemTime, needles: &[Needle]) -> Vec<String> {
    let mut found = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut stack: Vec<PathBuf> = roots.to_vec();
    let build_output = build_output();
    while let Some(path) = stack.pop() {
        let Ok(meta) = std::fs::symlink_metadata(&path) else { continue };
        if meta.is_dir() {
            if path.canonicalize().is_ok_and(|dir| build_output.contains(&dir)) {
                continue;
            }
            if let Ok(entries) = std::fs::read_dir(&path) {
                stack.extend(entries.filter_map(|e| e.ok().map(|e| e.path())));
            }
            continue;
        }
        let changed = meta.modified().is_ok_and(|m| m >= since);
        if !meta.is_file() || !changed || meta.len() > 64 << 20 || !seen.insert(path.clone()) {
            continue;
        }
        let Ok(bytes) = std::fs::read(&path) else { continue };
        for needle in needles {
            if needle.forms.iter().any(|form| contains(&bytes, form)) {
                found.push(format!("{}: {}", path.display(), needle.name));
            }
        }
    }
    found
}

/// Where cargo writes this workspace's build: its `target/`, or `CARGO_TARGET_DIR`.
fn build_output() -> Vec<PathBuf> {
    let workspace = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    [Some(workspace.join("target")), std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from)]
        .into_iter()
        .flatten()
        .filter_map(|dir| dir.canonicalize().ok())
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// The folders a secret could land in: the agent's own, the user's home and the temp
/// folder (files changed during the test only), and the tests' artifacts.
pub fn places_to_search(folders: &AgentFolders) -> Vec<PathBuf> {
    let mut roots = vec![folders.root.clone(), std::env::temp_dir()];
    roots.extend(std::env::var_os("HOME").map(PathBuf::from));
    roots.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("artifacts"));
    roots
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn a_planted_secret_is_found_in_any_form_and_old_files_are_skipped() {
        let dir = private_dir().unwrap();
        let key: Vec<u8> = (0..=255u8).rev().collect();
        let needles = [Needle::key("the key", &key), Needle::text("the api_hash", API_HASH)];
        let before = SystemTime::now() - Duration::from_secs(1);
        std::fs::create_dir_all(dir.join("nested")).unwrap();
        std::fs::write(dir.join("nested/raw.bin"), [b"x".as_slice(), &key[..40]].concat()).unwrap();
        std::fs::write(dir.join("upper.txt"), fake_telegram::crypto::to_hex(&key).to_uppercase()).unwrap();
        std::fs::write(dir.join("settings.json"), format!("{{\"h\":\"{API_HASH}\"}}")).unwrap();
        std::fs::write(dir.join("clean.txt"), "nothing here").unwrap();
        let mut found = files_holding(std::slice::from_ref(&dir), before, &needles);
        found.sort();
        let names: Vec<&str> = found.iter().map(|f| f.rsplit('/').next().unwrap_or_default()).collect();
        assert_eq!(names, ["raw.bin: the key", "settings.json: the api_hash", "upper.txt: the key"]);

        let later = SystemTime::now() + Duration::from_secs(60);
        assert!(files_holding(std::slice::from_ref(&dir), later, &needles).is_empty(), "only files changed since");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
