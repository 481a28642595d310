//! The real notification daemon, dunst, on a test's own bus: for the one smoke test that
//! proves a notification really shows and a choice made in dunst's own action menu
//! reaches the agent. Every other test talks to the fake server (`notifications`).

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use crate::bus::TestBus;
use crate::wait::{wait_until, wait_until_blocking};
use crate::{KillOnDrop, private_dir};

type BoxError = Box<dyn std::error::Error>;

/// dunst on a bus, stopped when dropped.
#[derive(Debug)]
pub struct Dunst {
    /// Where the test writes the menu line it picks (read by tests/support/dunst-pick).
    pick: PathBuf,
    dir: PathBuf,
    _process: KillOnDrop,
}

impl Dunst {
    /// Starts dunst on `bus` (on the display the desktop gives); returns once it owns the
    /// notification name. Its menu program is tests/support/dunst-pick.
    pub fn start(bus: &TestBus) -> Result<Self, BoxError> {
        let dir = private_dir()?;
        let picker = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("support/dunst-pick");
        let config = dir.join("dunstrc");
        std::fs::write(&config, format!("[global]\n    dmenu = {}\n", picker.display()))?;
        let pick = dir.join("pick");
        let artifacts = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("artifacts");
        std::fs::create_dir_all(&artifacts)?;
        let log = std::fs::File::create(artifacts.join("dunst.log"))?;
        let process = bus
            .command("dunst")
            .arg("-config")
            .arg(&config)
            .env("SESSIONGUARD_DUNST_PICK", &pick)
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()
            .map_err(|e| format!("cannot start dunst: {e}"))?;
        let dunst = Self { pick, dir, _process: KillOnDrop(process) };
        wait_until_blocking("dunst to own the notification name", Duration::from_secs(10), || {
            bus.has_owner("org.freedesktop.Notifications").then_some(())
        })?;
        Ok(dunst)
    }

    /// Waits until dunst has at least one notification on screen.
    pub async fn wait_for_one_on_screen(&self, bus: &TestBus, timeout: Duration) -> Result<(), BoxError> {
        wait_until("dunst to show a notification", timeout, async || {
            let out = bus.command("dunstctl").args(["count", "displayed"]).output().ok()?;
            let shown: u32 = String::from_utf8_lossy(&out.stdout).trim().parse().ok()?;
            (shown > 0).then_some(())
        })
        .await?;
        Ok(())
    }

    /// Chooses the action `key` in dunst's context menu (`dunstctl context`), as a person
    /// would: the menu line of the notification on screen that offers it.
    pub fn choose(&self, bus: &TestBus, key: &str) -> Result<(), BoxError> {
        // dunst writes each action as "#Label (summary) [id,key]".
        std::fs::write(&self.pick, format!(",{key}]"))?;
        let chosen = bus.command("dunstctl").arg("context").status()?;
        if !chosen.success() {
            return Err(format!("dunstctl context failed: {chosen}").into());
        }
        Ok(())
    }
}

impl Drop for Dunst {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
