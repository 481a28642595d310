//! Driving the real window: tauri-driver (which starts WebKitWebDriver) on a fixed port,
//! a WebDriver session per window, and reading the device list in one script.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};

use crate::bus::TestBus;
#[cfg(target_os = "linux")]
use crate::notifications::FakeNotifications;
use crate::{KillOnDrop, TestResult, WindowReaper, private_dir, wait_until, wait_until_blocking, window_bin};

pub const WEBDRIVER_PORT: u16 = 4444;
type BoxError = Box<dyn std::error::Error>;

/// A running tauri-driver. Dropping it stops it with SIGTERM, on which it ends its
/// WebKitWebDriver too: after a SIGKILL that one lives on holding the native port (4445),
/// the next test's driver cannot listen there, and its sessions reach the old
/// WebKitWebDriver, which starts the app with the old test's environment.
#[derive(Debug)]
pub struct TauriDriver(KillOnDrop);

impl Drop for TauriDriver {
    fn drop(&mut self) {
        crate::stop(self.0.0.id());
        let _ = wait_until_blocking("the WebDriver ports to be free", Duration::from_secs(5), || {
            webdriver_ports_free().then_some(())
        });
    }
}

/// Whether nothing listens on tauri-driver's port nor on WebKitWebDriver's (the next one).
fn webdriver_ports_free() -> bool {
    [WEBDRIVER_PORT, WEBDRIVER_PORT + 1].iter().all(|port| std::net::TcpStream::connect(("127.0.0.1", *port)).is_err())
}

/// Starts tauri-driver; the window, and the agent it starts, get these environment
/// variables (their own runtime directory, at least).
pub fn start_tauri_driver_with(
    env: impl IntoIterator<Item = (&'static str, impl AsRef<OsStr>)>,
) -> Result<TauriDriver, BoxError> {
    // A driver left behind by a test before would take our sessions.
    wait_until_blocking("the WebDriver ports 4444 and 4445 to be free", Duration::from_secs(10), || {
        webdriver_ports_free().then_some(())
    })?;
    let mut command = Command::new("tauri-driver");
    command.args(["--port", &WEBDRIVER_PORT.to_string()]).stdout(Stdio::null()).envs(env);
    let driver =
        command.spawn().map_err(|e| format!("cannot start tauri-driver (scripts/install-deps installs it): {e}"))?;
    let driver = TauriDriver(KillOnDrop(driver));
    wait_until_blocking("tauri-driver to listen", Duration::from_secs(20), || {
        std::net::TcpStream::connect(("127.0.0.1", WEBDRIVER_PORT)).ok()
    })?;
    Ok(driver)
}

/// Opens the window with these command-line arguments.
pub async fn open_window(args: &[&str]) -> Result<Client, BoxError> {
    let mut capabilities = serde_json::Map::new();
    let options = serde_json::json!({ "application": window_bin(), "args": args });
    capabilities.insert("tauri:options".into(), options);
    let client = ClientBuilder::native()
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{WEBDRIVER_PORT}"))
        .await?;
    Ok(client)
}

/// The demo window as the window tests open it: fresh runtime and data folders, a bus of its
/// own with the fake notification server (the intruder's notification goes to no other
/// test's), tauri-driver pointed at them. Dropped, it stops the window and its agent, then
/// tauri-driver, the notification server and the bus.
#[derive(Debug)]
pub struct DemoWindow {
    window: Client,
    data_dir: PathBuf,
    // Dropped in this order, after the window.
    _reaper: WindowReaper,
    _driver: TauriDriver,
    #[cfg(target_os = "linux")]
    notifications: FakeNotifications,
    _bus: TestBus,
}

impl DemoWindow {
    /// Opens the demo window, its scripted intruder logging in `intruder_after` seconds in.
    pub async fn open(intruder_after: u32) -> Result<Self, BoxError> {
        let runtime_dir = private_dir()?;
        let data_dir = private_dir()?;
        let bus = TestBus::start()?;
        #[cfg(target_os = "linux")]
        let notifications = FakeNotifications::start(&bus)?;
        let driver = start_tauri_driver_with([
            ("SESSIONGUARD_RUNTIME_DIR", runtime_dir.as_path()),
            ("SESSIONGUARD_DATA_DIR", data_dir.as_path()),
            bus.env_path(),
        ])?;
        let reaper = WindowReaper(runtime_dir);
        let window = open_window(&["--demo", "--demo-intruder-after", &intruder_after.to_string()]).await?;
        Ok(Self {
            window,
            data_dir,
            _reaper: reaper,
            _driver: driver,
            #[cfg(target_os = "linux")]
            notifications,
            _bus: bus,
        })
    }

    pub fn window(&self) -> &Client {
        &self.window
    }

    /// The agent's data folder (its settings and journal).
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The fake notification server the window's agent notifies.
    #[cfg(target_os = "linux")]
    pub fn notifications(&self) -> &FakeNotifications {
        &self.notifications
    }

    /// Awaits `test` (run on this window), then closes the window however it went.
    pub async fn closing_after(&self, test: impl Future<Output = TestResult>) -> TestResult {
        let outcome = test.await;
        let _ = self.window.clone().close().await;
        outcome
    }
}

/// A session row as the list shows it.
#[derive(Debug, serde::Deserialize)]
pub struct Row {
    pub hash: String,
    pub current: bool,
    pub text: String,
}

pub async fn rows(window: &Client) -> Result<Vec<Row>, BoxError> {
    let script = "return [...document.querySelectorAll('#sessions [data-session-hash]')].map(e => \
        ({hash: e.dataset.sessionHash, current: e.dataset.current === 'true', text: e.innerText}))";
    Ok(serde_json::from_value(window.execute(script, vec![]).await?)?)
}

/// Waits until the list shows a row count `wanted` accepts; returns the rows.
pub async fn wait_for_rows(
    window: &Client,
    wanted: impl Fn(usize) -> bool,
    timeout: Duration,
) -> Result<Vec<Row>, BoxError> {
    let shown = wait_until("the list to show the rows wanted", timeout, async || {
        rows(window).await.ok().filter(|rows| wanted(rows.len()))
    })
    .await;
    match shown {
        Ok(rows) => Ok(rows),
        Err(error) => Err(format!("{error}: it shows {:?} rows", rows(window).await.map(|r| r.len()).ok()).into()),
    }
}

/// Clicks the element once it is there and enabled (the page updates in place: the
/// element found is the one clicked).
pub async fn click(window: &Client, css: &str) -> TestResult {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Ok(element) = window.find(Locator::Css(css)).await
            && element.is_enabled().await.unwrap_or(false)
            && element.is_displayed().await.unwrap_or(false)
        {
            // WebKit scrolls a target only to the viewport's edge, where a sticky header
            // or a toast may sit over it: bring it to the middle first.
            let target = serde_json::to_value(&element)?;
            window.execute("arguments[0].scrollIntoView({block: 'center'})", vec![target]).await?;
            element.click().await?;
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("nothing clickable at {css}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Picks an option of a `<select>` the way a person does (the change event included, and
/// bubbling, as the page listens for it once at its root).
pub async fn choose(window: &Client, css: &str, value: &str) -> TestResult {
    let script = format!(
        "const s = document.querySelector('{css}'); s.value = '{value}'; s.dispatchEvent(new Event('change', {{ bubbles: true }})); return true;"
    );
    window.execute(&script, vec![]).await?;
    Ok(())
}

/// Waits until `css` matches an element; returns its text.
pub async fn wait_for_text(window: &Client, css: &str, timeout: Duration) -> Result<String, BoxError> {
    Ok(wait_until(&format!("something at {css}"), timeout, async || text_at(window, css).await).await?)
}

/// The text of the element at `css`, if there is one.
async fn text_at(window: &Client, css: &str) -> Option<String> {
    window.find(Locator::Css(css)).await.ok()?.text().await.ok()
}

/// Waits until the element at `css` shows `words` (an element fading in reads as empty
/// until it is visible); returns its text.
pub async fn wait_for_words(window: &Client, css: &str, words: &str, timeout: Duration) -> Result<String, BoxError> {
    let what = format!("{css} to show {words:?}");
    let shown = wait_until(&what, timeout, async || text_at(window, css).await.filter(|t| t.contains(words))).await;
    match shown {
        Ok(text) => Ok(text),
        Err(error) => Err(format!("{error}: it shows {:?}", text_at(window, css).await).into()),
    }
}

/// Keeps a picture of the whole Xvfb screen in tests/artifacts/ (for people, not asserts).
pub fn screenshot(name: &str) {
    // WebKit paints a moment after the DOM changes; the picture should show the change.
    std::thread::sleep(Duration::from_millis(600));
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("artifacts");
    let _ = std::fs::create_dir_all(&dir);
    let _ = Command::new("import").args(["-window", "root"]).arg(dir.join(format!("{name}.png"))).status();
}
