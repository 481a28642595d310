//! What the end-to-end tests share: the built binaries, a bus of each test's own with a
//! fake notification server on it (`bus`, `notifications`), the private desktop that
//! `tests/desktop.sh` sets up (display, keyring), the one `wait_until`, and the tray as a
//! tray host sees it.

use std::path::PathBuf;
use std::process::{Child, Command};
use std::time::Duration;

pub mod axe;
#[cfg(target_os = "linux")]
pub mod bench;
pub mod bus;
pub mod dunst;
#[cfg(target_os = "linux")]
pub mod notifications;
pub mod telegram;
pub mod wait;
pub mod webdriver;

use bus::TestBus;
pub use wait::{TimedOut, wait_until, wait_until_blocking};

pub type TestResult = Result<(), Box<dyn std::error::Error>>;

/// The debug build's folder (`target/debug`), where the agent and the window lie side by side.
pub fn bin_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"));
    target.join("debug")
}

pub fn agent_bin() -> PathBuf {
    bin_dir().join("sessionguard-agent")
}

pub fn window_bin() -> PathBuf {
    bin_dir().join("sessionguard")
}

/// The bus name of the StatusNotifierItem that process `pid` exports on `bus`.
fn tray_name(bus: &TestBus, pid: u32) -> Option<String> {
    let names =
        bus.dbus_send(&["--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.ListNames"])?;
    let prefix = format!("org.kde.StatusNotifierItem-{pid}-");
    names
        .lines()
        .filter_map(|l| l.trim().strip_prefix("string \"")?.strip_suffix('"'))
        .find(|n| n.starts_with(&prefix))
        .map(String::from)
}

/// The `Status` property of the StatusNotifierItem that process `pid` exports, read over D-Bus.
pub fn tray_status(bus: &TestBus, pid: u32) -> Option<String> {
    let name = tray_name(bus, pid)?;
    let reply = bus.dbus_send(&[
        &format!("--dest={name}"),
        "/StatusNotifierItem",
        "org.freedesktop.DBus.Properties.Get",
        "string:org.kde.StatusNotifierItem",
        "string:Status",
    ])?;
    let value = reply.split("variant").nth(1)?.trim().strip_prefix("string \"")?.split('"').next()?;
    Some(value.to_string())
}

/// Clicks the tray icon of process `pid`, as a tray host would: `Activate(x, y)` over D-Bus.
pub fn tray_activate(bus: &TestBus, pid: u32) -> bool {
    tray_name(bus, pid).is_some_and(|name| {
        let dest = format!("--dest={name}");
        let args = [dest.as_str(), "/StatusNotifierItem", "org.kde.StatusNotifierItem.Activate", "int32:0", "int32:0"];
        bus.dbus_send(&args).is_some()
    })
}

/// Clicks the tray menu item of process `pid` whose label is `label`, as a tray host would:
/// its id from the menu's layout (`com.canonical.dbusmenu.GetLayout`), then `Event(id,
/// "clicked")`.
pub fn tray_menu_click(bus: &TestBus, pid: u32, label: &str) -> bool {
    let Some(name) = tray_name(bus, pid) else { return false };
    let dest = format!("--dest={name}");
    let layout = ["com.canonical.dbusmenu.GetLayout", "int32:0", "int32:-1", "array:string:"];
    let Some(reply) = bus.dbus_send(&[dest.as_str(), "/MenuBar", layout[0], layout[1], layout[2], layout[3]]) else {
        return false;
    };
    // Each item is `struct { int32 <id> array [ dict entry( string "label" variant string "<label>" ) … ] … }`.
    let Some(at) = reply.find(&format!("string \"{label}\"")) else { return false };
    let Some(id) = reply[..at].rsplit("int32 ").next().and_then(|rest| rest.split_whitespace().next()) else {
        return false;
    };
    let id = format!("int32:{id}");
    let event = ["com.canonical.dbusmenu.Event", id.as_str(), "string:clicked", "variant:int32:0", "uint32:0"];
    bus.dbus_send(&[dest.as_str(), "/MenuBar", event[0], event[1], event[2], event[3], event[4]]).is_some()
}

/// Whether process `pid` is alive (and not a zombie).
pub fn is_running(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .is_ok_and(|stat| stat.rsplit(')').next().is_some_and(|rest| !rest.trim_start().starts_with('Z')))
}

/// The agent's pid from its lock file in `runtime_dir`.
pub fn agent_pid(runtime_dir: &std::path::Path) -> Option<u32> {
    std::fs::read_to_string(runtime_dir.join("agent.lock")).ok()?.trim().parse().ok()
}

/// Stops a process by pid with SIGTERM and waits for it to go (callable from a `Drop`).
pub fn stop(pid: u32) -> bool {
    let _ = Command::new("kill").arg(pid.to_string()).status();
    wait_until_blocking("the process to end", Duration::from_secs(10), || (!is_running(pid)).then_some(())).is_ok()
}

/// Ends what a window test started: the window first (a window still closing starts its
/// agent again when it finds none running), then the agent of `runtime_dir`.
pub fn stop_window_and_agent(runtime_dir: &std::path::Path) {
    for window in pids_of(&window_bin()) {
        stop(window);
    }
    if let Some(agent) = agent_pid(runtime_dir).filter(|pid| is_running(*pid)) {
        stop(agent);
    }
}

/// Stops the window and the agent of a runtime folder when dropped: however the test ends,
/// a failed assertion included, which unwinds past any cleanup written after it.
#[derive(Debug)]
pub struct WindowReaper(pub PathBuf);

impl Drop for WindowReaper {
    fn drop(&mut self) {
        stop_window_and_agent(&self.0);
    }
}

/// A child process that is killed when the test ends, however it ends.
#[derive(Debug)]
pub struct KillOnDrop(pub Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A fresh directory for one agent's socket and lock.
pub fn private_dir() -> Result<PathBuf, Box<dyn std::error::Error>> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("sg-e2e-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// Pids of the processes running `exe`.
pub fn pids_of(exe: &std::path::Path) -> Vec<u32> {
    let Ok(exe) = exe.canonicalize() else { return Vec::new() };
    let Ok(entries) = std::fs::read_dir("/proc") else { return Vec::new() };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|p| p == exe) && is_running(*pid))
        .collect()
}

/// A one-line message of a language's catalogs (`ui/locales/<language>/*.ftl`), as the
/// window and the agent show it when it has no variables.
pub fn catalog_message(language: &str, id: &str) -> Result<String, Box<dyn std::error::Error>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/locales").join(language);
    let prefix = format!("{id} = ");
    for entry in std::fs::read_dir(&dir)? {
        let text = std::fs::read_to_string(entry?.path())?;
        if let Some(line) = text.lines().find(|line| line.starts_with(&prefix)) {
            return Ok(line[prefix.len()..].trim().to_owned());
        }
    }
    Err(format!("{language} has no one-line message {id}").into())
}
