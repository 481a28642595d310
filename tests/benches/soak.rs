//! The soak (a benchmark, not a test): the real agent, signed in to `fake-telegram` on
//! 127.0.0.1 with a window's subscription open, gets LOGINS new logins (default 10,000),
//! one after another, each pushed by the server and terminated through the agent once the
//! window's state shows it. Prints what was lost — notifications on the session bus, alerts
//! to the window (goal: none) — and the agent's RSS, open files and threads at the start,
//! every tenth of the way and at the end (goal: flat). Run it inside a private desktop, as
//! `bench/soak` does:
//!
//!   dbus-run-session -- tests/desktop.sh cargo bench -p sessionguard-e2e --bench soak

use std::collections::HashSet;
use std::time::{Duration, Instant};

use fake_telegram::{Device, NewLogin};
use sessionguard_e2e::bench::{WAIT, agent_binary, build_of, signed_in};
use sessionguard_e2e::notify_log;
use sessionguard_e2e::telegram::BoxError;
use sessionguard_protocol::{AccountRequest, AgentEvent, Request};

const DEVICE: &str = "Soak phone";

fn main() -> std::process::ExitCode {
    sessionguard_e2e::bench::main("soak", run())
}

/// RSS (MB), open files and threads of process `pid`.
fn footprint(pid: u32) -> String {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| -> u64 {
        status.lines().find_map(|l| l.strip_prefix(name)?.split_whitespace().next()?.parse().ok()).unwrap_or(0)
    };
    let files = std::fs::read_dir(format!("/proc/{pid}/fd")).map(Iterator::count).unwrap_or(0);
    format!("RSS {:.1} MB, {files} open files, {} threads", field("VmRSS:") as f64 / 1024.0, field("Threads:"))
}

async fn run() -> Result<(), BoxError> {
    notify_log().map_err(|_| "run me inside tests/desktop.sh (see bench/soak)")?;
    let logins: usize = std::env::var("LOGINS").ok().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let agent_bin = agent_binary();

    let mut run = signed_in(&agent_bin).await?;
    let (control, account, monitor) = (run.control.clone(), run.account.clone(), &run.monitor);
    let agent = &mut run.agent;

    let build = build_of(&agent_bin);
    println!("soak: {build} agent ({}), {logins} logins and terminations, window subscribed", agent_bin.display());
    println!("  start            {}", footprint(agent.pid()));
    let mut notified = Notified::default();
    let mut alerted: HashSet<String> = HashSet::new();
    let started = Instant::now();
    for round in 0..logins {
        let device = format!("{DEVICE} {round}");
        let login = NewLogin {
            device: Device { device_model: device.clone(), ..fake_telegram::demo::intruder_device() },
            unconfirmed: false,
            password_pending: false,
            push: true,
        };
        let hash = control.add_login(login).to_string();
        // The window sees the login (its alert and its row) before it is ended.
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            match tokio::time::timeout_at(deadline, agent.events.recv()).await {
                Ok(Some(AgentEvent::Alert { alert })) => {
                    alerted.extend(alert.login.map(|l| l.device));
                }
                Ok(Some(AgentEvent::State { state })) if state.sessions.iter().any(|s| s.hash == hash) => break,
                Ok(Some(_)) => {}
                Ok(None) => return Err("the agent closed the window's connection".into()),
                Err(_) => return Err(format!("the window never saw {device}").into()),
            }
        }
        let terminate = AccountRequest::Terminate { hash: hash.clone() };
        agent.client.request(Request::Account { account: account.clone(), action: terminate }).await?;
        notified.add(monitor.drain(DEVICE));
        if (round + 1) % (logins / 10).max(1) == 0 {
            // As a person would, now and then: the daemon holds the rest meanwhile.
            let _ = std::process::Command::new("dunstctl").arg("close-all").status();
            println!("  after {:>6}     {}", round + 1, footprint(agent.pid()));
        }
    }
    let took = started.elapsed();
    // Stragglers: notifications still on their way, until none came for WAIT.
    let mut quiet_since = Instant::now();
    while notified.covered() < logins && quiet_since.elapsed() < WAIT {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let more = monitor.drain(DEVICE);
        if !more.is_empty() {
            quiet_since = Instant::now();
        }
        notified.add(more);
    }
    while let Ok(event) = agent.events.try_recv() {
        if let AgentEvent::Alert { alert } = event {
            alerted.extend(alert.login.map(|l| l.device));
        }
    }
    println!("  end              {}", footprint(agent.pid()));
    println!(
        "  {logins} rounds in {:.0} s ({:.1} ms each); logins in no notification: {} ({} notified one by one, \
         {} in {} burst notifications); alerts lost to the window: {}",
        took.as_secs_f64(),
        took.as_secs_f64() * 1000.0 / logins as f64,
        logins.saturating_sub(notified.covered()),
        notified.named.len(),
        notified.in_bursts,
        notified.bursts,
        logins.saturating_sub(alerted.len()),
    );
    run.finish()?;
    Ok(())
}

/// The logins the notifications told of: one by one (by name), or counted in a burst's
/// one notification ("37 new logins to your Telegram").
#[derive(Default)]
struct Notified {
    named: HashSet<String>,
    in_bursts: usize,
    bursts: usize,
}

impl Notified {
    fn add(&mut self, seen: Vec<sessionguard_e2e::bus_monitor::TimedNotify>) {
        for notify in seen {
            match notify.call.summary.strip_suffix(" new logins to your Telegram").and_then(|n| n.parse::<usize>().ok())
            {
                Some(count) => {
                    self.in_bursts += count;
                    self.bursts += 1;
                }
                None => self.named.extend(device_in(&notify.call.body)),
            }
        }
    }

    fn covered(&self) -> usize {
        self.named.len() + self.in_bursts
    }
}

/// "Soak phone 123" out of a notification's body.
fn device_in(body: &str) -> Option<String> {
    let at = body.find(DEVICE)?;
    let digits: String = body[at + DEVICE.len() + 1..].chars().take_while(char::is_ascii_digit).collect();
    (!digits.is_empty()).then(|| format!("{DEVICE} {digits}"))
}
