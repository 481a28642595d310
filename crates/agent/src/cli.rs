//! The agent's command line.

use std::net::SocketAddrV4;
use std::time::Duration;

use clap::Parser;
use sessionguard_telegram::secret::Sensitive;
use sessionguard_telegram::server_choice::ServerChoice;
use sessionguard_telegram::vault::AUTH_KEY_BYTES;

#[derive(Debug, Clone, Parser)]
#[command(
    name = "sessionguard-agent",
    version,
    about = "Guards your Telegram account from the tray; the window is optional."
)]
pub struct Cli {
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
        Ok(ServerChoice { address: self.telegram_server, test_auth_key })
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
