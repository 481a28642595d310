//! The agent's command line.

pub mod remote;

use std::net::SocketAddrV4;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Parser, Subcommand};
use sessionguard_core::SessionHash;
use sessionguard_telegram::secret::Sensitive;
use sessionguard_telegram::server_choice::ServerChoice;
use sessionguard_telegram::vault::AUTH_KEY_BYTES;

use crate::sign_in::app_credentials::AppCredentials;

pub use crate::cli::remote::Since;

#[derive(Debug, Clone, Parser)]
#[command(
    name = "sessionguard-agent",
    version,
    about = "Guards your Telegram account from the tray; the window is optional.",
    after_help = "Without a command it runs the agent. The commands ask the running agent over its \
                  socket.\nExit codes: 0 done, 1 failed, 2 usage, 3 an agent already runs (when starting one), 4 no \
                  agent is running, 5 the agent refused (an unknown session, Telegram's 24-hour rule…)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub remote: Option<Remote>,

    /// Guard the simulated demo account (the default while no Telegram account is set up).
    #[arg(long)]
    pub demo: bool,

    /// Guard the demo account when no Telegram account is saved, instead of showing the
    /// sign-in screen (the window's "Sign in" leaves the demo).
    #[arg(long, conflicts_with = "demo")]
    pub demo_when_signed_out: bool,

    /// Seconds after start when the demo's scripted intruder logs in; 0 never.
    #[arg(long, value_name = "SECONDS", default_value_t = 20)]
    pub demo_intruder_after: u64,

    /// Do not show a tray icon.
    #[arg(long)]
    pub no_tray: bool,

    /// Talk to a Telegram-compatible test server at this address (e.g. fake-telegram's
    /// 127.0.0.1:PORT) instead of Telegram's own data centres.
    #[arg(long, value_name = "HOST:PORT", env = "SESSIONGUARD_TELEGRAM_SERVER")]
    pub telegram_server: Option<SocketAddrV4>,

    /// With --telegram-server: the test server's auth key for a new sign-in (512 hex
    /// digits, printed by fake-telegram). A test server cannot do Telegram's key exchange.
    #[arg(
        long,
        value_name = "HEX",
        env = "SESSIONGUARD_TELEGRAM_TEST_KEY",
        hide_env_values = true,
        requires = "telegram_server"
    )]
    pub telegram_test_key: Option<String>,

    /// With --telegram-server: app credentials (ID:HASH) as if built into this copy, to
    /// try a packager's build against a test server. Never for Telegram's own servers.
    #[arg(
        long,
        value_name = "ID:HASH",
        env = "SESSIONGUARD_TELEGRAM_TEST_APP",
        hide_env_values = true,
        requires = "telegram_server"
    )]
    pub telegram_test_app: Option<String>,
}

/// Commands for the running agent, over its socket. `--json` prints what a script reads.
#[derive(Debug, Clone, Subcommand)]
pub enum Remote {
    /// The guarded accounts and the alerts waiting on each.
    Status {
        #[arg(long)]
        json: bool,
    },
    /// The sessions of the account the window shows (or of --account ID).
    Sessions {
        #[arg(long, value_name = "ID")]
        account: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Ends one session (its hash, from `sessions`), or with --all-others every session
    /// but SessionGuard's own.
    // Telegram's hashes are signed: -5767301226918443017 is a hash, not an option.
    #[command(allow_negative_numbers = true)]
    Terminate {
        #[arg(required_unless_present = "all_others", conflicts_with = "all_others")]
        hash: Option<SessionHash>,
        #[arg(long)]
        all_others: bool,
        #[arg(long, value_name = "ID")]
        account: Option<String>,
        /// Print the sessions left, as JSON.
        #[arg(long)]
        json: bool,
    },
    /// The history, newest first: every account's, or --account ID's.
    History {
        /// From this date: 2026-12-01 (UTC) or 2026-12-01T08:00:00Z.
        #[arg(long, value_name = "DATE")]
        since: Option<Since>,
        #[arg(long, value_name = "ID")]
        account: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
    /// Writes the history (or what --since and --account select) to FILE.
    Export {
        #[arg(long, required_unless_present = "json", conflicts_with = "json")]
        csv: bool,
        #[arg(long)]
        json: bool,
        file: PathBuf,
        #[arg(long, value_name = "DATE")]
        since: Option<Since>,
        #[arg(long, value_name = "ID")]
        account: Option<String>,
    },
}

impl Cli {
    /// Which Telegram to talk to, or why the test key is unusable.
    pub fn server_choice(&self) -> Result<ServerChoice, String> {
        let test_auth_key = match &self.telegram_test_key {
            None => None,
            Some(hex) => Some(Sensitive::new(
                decode_key(hex).ok_or("--telegram-test-key must be 512 hexadecimal digits (a 2048-bit key)")?,
            )),
        };
        Ok(ServerChoice { address: self.telegram_server, test_auth_key, data_centres: Vec::new() })
    }

    /// The app credentials to sign in with when none are typed: a test server's option,
    /// else the ones built into this copy.
    pub fn app_credentials(&self) -> Result<Option<AppCredentials>, String> {
        match &self.telegram_test_app {
            Some(text) => AppCredentials::parse(text).map(Some).map_err(|e| format!("--telegram-test-app: {e}")),
            None => Ok(AppCredentials::built_in()),
        }
    }

    pub fn intruder_after(&self) -> Option<Duration> {
        (self.demo_intruder_after > 0).then(|| Duration::from_secs(self.demo_intruder_after))
    }
}

fn decode_key(hex: &str) -> Option<[u8; AUTH_KEY_BYTES]> {
    let hex = hex.trim();
    if hex.len() != AUTH_KEY_BYTES * 2 {
        return None;
    }
    let mut key = [0u8; AUTH_KEY_BYTES];
    for (byte, pair) in key.iter_mut().zip(hex.as_bytes().chunks(2)) {
        *byte = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
    }
    Some(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_test_server_and_its_key_are_read_and_a_bad_key_is_refused() {
        let key = "ab".repeat(AUTH_KEY_BYTES);
        let cli = Cli::parse_from(["agent", "--telegram-server", "127.0.0.1:4430", "--telegram-test-key", &key]);
        let choice = cli.server_choice().unwrap();
        assert_eq!(choice.address.map(|a| a.port()), Some(4430));
        assert_eq!(choice.test_auth_key.map(|k| k.expose()[0]), Some(0xab));

        let cli = Cli::parse_from(["agent", "--telegram-server", "127.0.0.1:4430", "--telegram-test-key", "abc"]);
        assert!(cli.server_choice().is_err());
        assert!(Cli::try_parse_from(["agent", "--telegram-test-key", &key]).is_err(), "a key needs a server");
    }
}
