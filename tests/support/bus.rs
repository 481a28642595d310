//! A session bus of the test's own: a private `dbus-daemon`, and on it, when the test
//! needs one, an unlocked gnome-keyring of its own. The agent and the window a test
//! starts are pointed at it (`DBUS_SESSION_BUS_ADDRESS`), so no two tests share a
//! notification server, a tray host's view or a keyring entry.

use std::ffi::OsString;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::wait::wait_until_blocking;
use crate::{KillOnDrop, private_dir};

type BoxError = Box<dyn std::error::Error>;

/// The keyring's name on the bus (the Secret Service).
const SECRET_SERVICE: &str = "org.freedesktop.secrets";

/// A private session bus, stopped (with everything on it) when dropped.
#[derive(Debug)]
pub struct TestBus {
    address: String,
    dir: PathBuf,
    // Dropped before the bus, in this order.
    keyring: Option<KillOnDrop>,
    _daemon: KillOnDrop,
}

impl TestBus {
    /// Starts a bus with the session configuration (anyone may own any name, as the fake
    /// servers must); returns once it listens.
    pub fn start() -> Result<Self, BoxError> {
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--nopidfile", "--print-address=1"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start dbus-daemon (package dbus): {e}"))?;
        let stdout = daemon.stdout.take().ok_or("dbus-daemon has no stdout")?;
        let daemon = KillOnDrop(daemon);
        // It prints its address once it listens.
        let mut address = String::new();
        BufReader::new(stdout).read_line(&mut address)?;
        let address = address.trim().to_owned();
        if address.is_empty() {
            return Err("dbus-daemon printed no address".into());
        }
        Ok(Self { address, dir: private_dir()?, keyring: None, _daemon: daemon })
    }

    /// The same with an unlocked gnome-keyring of its own (an empty one), for an agent
    /// that keeps a Telegram key.
    pub fn with_keyring() -> Result<Self, BoxError> {
        let mut bus = Self::start()?;
        let (data, runtime) = (bus.dir.join("share"), bus.dir.join("run"));
        std::fs::create_dir_all(&data)?;
        std::fs::create_dir_all(&runtime)?;
        let mut keyring = bus
            .command("gnome-keyring-daemon")
            .args(["--foreground", "--unlock", "--components=secrets"])
            .env("XDG_DATA_HOME", &data)
            .env("XDG_RUNTIME_DIR", &runtime)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start gnome-keyring-daemon: {e}"))?;
        // `--unlock` reads the new keyring's password.
        let password = keyring.stdin.take().ok_or("gnome-keyring-daemon has no stdin");
        bus.keyring = Some(KillOnDrop(keyring));
        std::io::Write::write_all(&mut password?, b"test")?;
        wait_until_blocking("gnome-keyring on the test's bus", Duration::from_secs(10), || {
            bus.has_owner(SECRET_SERVICE).then_some(())
        })?;
        Ok(bus)
    }

    pub fn address(&self) -> &str {
        &self.address
    }

    /// The environment that puts a program on this bus.
    pub fn env(&self) -> [(&'static str, OsString); 1] {
        [("DBUS_SESSION_BUS_ADDRESS", self.address.clone().into())]
    }

    /// The same, as `start_tauri_driver_with` takes it.
    pub fn env_path(&self) -> (&'static str, &Path) {
        ("DBUS_SESSION_BUS_ADDRESS", Path::new(&self.address))
    }

    /// `program`, to be run on this bus.
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut command = Command::new(program);
        command.envs(self.env());
        command
    }

    /// `dbus-send --print-reply` on this bus; its output, if it succeeded.
    pub fn dbus_send(&self, args: &[&str]) -> Option<String> {
        let out = self.command("dbus-send").args(["--session", "--print-reply"]).args(args).output().ok()?;
        out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// Whether someone owns `name` on this bus.
    pub fn has_owner(&self, name: &str) -> bool {
        let asked = format!("string:{name}");
        let args =
            ["--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", &asked];
        self.dbus_send(&args).is_some_and(|reply| reply.contains("boolean true"))
    }

    /// A new connection to this bus.
    #[cfg(target_os = "linux")]
    pub async fn connect(&self) -> zbus::Result<zbus::Connection> {
        zbus::connection::Builder::address(self.address.as_str()).build().await
    }
}

impl Drop for TestBus {
    fn drop(&mut self) {
        drop(self.keyring.take());
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
