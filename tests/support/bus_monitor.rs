//! The session bus's Notify calls as they happen, stamped by `dbus-monitor` itself when
//! the bus handed them over: to measure how soon a notification follows its cause.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::{KillOnDrop, NotifyCall};

/// A Notify call and when the monitor saw it on the bus.
#[derive(Debug, Clone)]
pub struct TimedNotify {
    pub at: SystemTime,
    pub call: NotifyCall,
}

/// A `dbus-monitor` of Notify calls on the session bus.
#[derive(Debug)]
pub struct NotifyMonitor {
    _process: KillOnDrop,
    calls: mpsc::Receiver<TimedNotify>,
}

const MATCH: &str = "type='method_call',interface='org.freedesktop.Notifications',member='Notify'";

impl NotifyMonitor {
    /// Starts monitoring; returns once the monitor is on the bus.
    pub fn start() -> Result<Self, Box<dyn std::error::Error>> {
        let mut child = Command::new("dbus-monitor")
            .args(["--session", MATCH])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start dbus-monitor: {e}"))?;
        let stdout = child.stdout.take().ok_or("dbus-monitor has no stdout")?;
        let (tx, calls) = mpsc::channel();
        let (ready_tx, ready) = mpsc::channel();
        std::thread::spawn(move || read_monitor(BufReader::new(stdout), &tx, &ready_tx));
        let process = KillOnDrop(child);
        // dbus-monitor announces itself with the NameAcquired signal it always receives.
        ready.recv_timeout(Duration::from_secs(5)).map_err(|_| "dbus-monitor did not start")?;
        Ok(Self { _process: process, calls })
    }

    /// The next Notify call from SessionGuard whose body names `text`; others are skipped.
    pub fn wait_for(&self, text: &str, timeout: Duration) -> Option<TimedNotify> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.checked_duration_since(Instant::now())?;
            let seen = self.calls.recv_timeout(left).ok()?;
            if seen.call.app_name == "SessionGuard" && seen.call.body.contains(text) {
                return Some(seen);
            }
        }
    }
}

impl NotifyMonitor {
    /// Every Notify call from SessionGuard seen so far whose body names `text`, without
    /// waiting; others are skipped.
    pub fn drain(&self, text: &str) -> Vec<TimedNotify> {
        self.calls
            .try_iter()
            .filter(|seen| seen.call.app_name == "SessionGuard" && seen.call.body.contains(text))
            .collect()
    }
}

/// Reads dbus-monitor's text: a header line per message (`method call time=S.US …`),
/// then its arguments, indented; Notify's last one is the top-level `int32` timeout.
fn read_monitor(reader: impl BufRead, calls: &mpsc::Sender<TimedNotify>, ready: &mpsc::Sender<()>) {
    let mut current: Option<(SystemTime, Vec<String>)> = None;
    for line in reader.lines() {
        let Ok(line) = line else { return };
        if line.starts_with("signal ") {
            let _ = ready.send(());
            current = None;
        } else if let Some(header) = line.strip_prefix("method call ") {
            current = header.contains("member=Notify").then(|| (monitor_time(header), Vec::new()));
        } else if let Some((at, args)) = &mut current {
            let top_level = line.starts_with("   ") && !line.starts_with("    ");
            match args.last_mut() {
                // An unindented line continues a multi-line string.
                Some(last) if !line.starts_with(' ') => {
                    last.push('\n');
                    last.push_str(&line);
                }
                _ if top_level => args.push(line.trim().to_owned()),
                _ => {}
            }
            if top_level && line.trim_start().starts_with("int32 ") {
                if let Some(call) = notify_call(args) {
                    let _ = calls.send(TimedNotify { at: *at, call });
                }
                current = None;
            }
        }
    }
}

/// `time=1795560007.635623` in a header, as a time.
fn monitor_time(header: &str) -> SystemTime {
    let stamp = header.split_whitespace().find_map(|w| w.strip_prefix("time=")).unwrap_or("0");
    let (secs, micros) = stamp.split_once('.').unwrap_or((stamp, "0"));
    let secs = secs.parse::<u64>().unwrap_or(0);
    let micros = micros.parse::<u64>().unwrap_or(0);
    UNIX_EPOCH + Duration::from_secs(secs) + Duration::from_micros(micros)
}

/// Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, timeout).
fn notify_call(args: &[String]) -> Option<NotifyCall> {
    let strings: Vec<&str> =
        args.iter().filter_map(|a| a.strip_prefix("string \"").and_then(|s| s.strip_suffix('"'))).collect();
    match strings.as_slice() {
        [app_name, _icon, summary, body, ..] => Some(NotifyCall {
            app_name: (*app_name).to_owned(),
            summary: (*summary).to_owned(),
            body: (*body).to_owned(),
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn a_notify_call_is_read_with_its_time_and_multi_line_body() {
        let text = "signal time=1.0 sender=org.freedesktop.DBus -> destination=:1.9 path=/; member=NameAcquired
   string \":1.9\"
method call time=1795560007.635623 sender=:1.12 -> destination=org.freedesktop.Notifications serial=2 path=/org/freedesktop/Notifications; interface=org.freedesktop.Notifications; member=Notify
   string \"SessionGuard\"
   uint32 0
   string \"dialog-warning\"
   string \"New login to your Telegram\"
   string \"Bench phone 7 · Lagos
Account: Ana\"
   array [
      string \"default\"
      string \"Open SessionGuard\"
   ]
   array [
      dict entry(
         string \"urgency\"
         variant             byte 1
      )
   ]
   int32 -1
";
        let (tx, rx) = mpsc::channel();
        let (ready_tx, ready) = mpsc::channel();
        read_monitor(text.as_bytes(), &tx, &ready_tx);
        assert!(ready.try_recv().is_ok());
        let seen = rx.try_recv().unwrap();
        assert_eq!(seen.call.summary, "New login to your Telegram");
        assert_eq!(seen.call.body, "Bench phone 7 · Lagos\nAccount: Ana");
        assert_eq!(seen.at, UNIX_EPOCH + Duration::from_micros(1_795_560_007_635_623));
        assert!(rx.try_recv().is_err());
    }
}
