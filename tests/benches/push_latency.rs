//! Push → notification latency (a benchmark, not a test): the real agent, signed in to
//! `fake-telegram` on 127.0.0.1, gets one new login at a time pushed by the server; each
//! is timed from the control call that adds it to the `Notify` call a D-Bus monitor sees
//! on the session bus (the monitor's own timestamp), and to the agent's state event on
//! its socket. The login is then terminated through the agent, so every round starts
//! from the same list. Run it inside a private desktop, as `bench/push-latency` does:
//!
//!   dbus-run-session -- tests/desktop.sh cargo bench -p sessionguard-e2e --bench push_latency
//!
//! `LOGINS` (default 100) sets the rounds; `AGENT` the agent binary (default the release
//! build, else the debug one). Each notification is dismissed once seen (`dunstctl
//! close-all`), as a person would; `KEEP_NOTIFICATIONS=1` leaves them all open instead.

use std::time::{Duration, Instant, SystemTime};

use fake_telegram::{Device, FakeTelegram, NewLogin};
use sessionguard_e2e::bench::{agent_binary, build_of};
use sessionguard_e2e::bus_monitor::NotifyMonitor;
use sessionguard_e2e::notify_log;
use sessionguard_e2e::telegram::{
    AgentFolders, BoxError, RunningAgent, account_id, agent_command, clear_keyring_entry, sign_in, wait_for_state,
};
use sessionguard_protocol::{AccountRequest, Request};

/// Only reached when something is broken.
const WAIT: Duration = Duration::from_secs(10);
/// A pause between rounds, so one round's tail (the terminate's refresh, the daemon
/// drawing) does not run into the next.
const BETWEEN: Duration = Duration::from_millis(50);

fn main() -> std::process::ExitCode {
    sessionguard_e2e::bench::main("push_latency", run())
}

async fn run() -> Result<(), BoxError> {
    notify_log().map_err(|_| "run me inside tests/desktop.sh (see bench/push-latency)")?;
    let logins: usize = std::env::var("LOGINS").ok().and_then(|n| n.parse().ok()).unwrap_or(100);
    let agent_bin = agent_binary();
    let keep = std::env::var_os("KEEP_NOTIFICATIONS").is_some_and(|v| v == "1");

    let server = FakeTelegram::start(0).await?;
    let control = server.control();
    let account = account_id(&control);
    tokio::task::block_in_place(|| clear_keyring_entry(&account))?;
    let folders = AgentFolders::new()?;
    let mut agent = RunningAgent::start(agent_command(&agent_bin, &server, &folders)?, &folders).await?;
    sign_in(&agent.client, &control, None).await?;
    wait_for_state(&mut agent.events, "the list", WAIT, |s| s.loaded).await?;
    // Terminating needs a session older than 24 h on Telegram; ours is minutes old.
    let ours = control.session_of_key(&control.test_key()).ok_or("no session of ours on the server")?;
    control.backdate_session(ours.hash, Duration::from_secs(2 * 24 * 60 * 60));
    let monitor = NotifyMonitor::start()?;

    let mut to_notify = Vec::with_capacity(logins);
    let mut to_state = Vec::with_capacity(logins);
    let started = Instant::now();
    for round in 0..logins {
        let device = format!("Bench phone {round}");
        let login = NewLogin {
            device: Device { device_model: device.clone(), ..fake_telegram::demo::intruder_device() },
            unconfirmed: false,
            password_pending: false,
            push: true,
        };
        let pushed_at = SystemTime::now();
        let pushed = Instant::now();
        let hash = control.add_login(login).to_string();
        let state = wait_for_state(&mut agent.events, &device, WAIT, |s| s.sessions.iter().any(|r| r.hash == hash));
        state.await?;
        to_state.push(pushed.elapsed());
        let seen = tokio::task::block_in_place(|| monitor.wait_for(&device, WAIT))
            .ok_or_else(|| format!("no Notify naming {device} within {WAIT:?}"))?;
        to_notify.push(seen.at.duration_since(pushed_at).unwrap_or_default());

        let terminate = AccountRequest::Terminate { hash: hash.clone() };
        agent.client.request(Request::Account { account: account.clone(), action: terminate }).await?;
        if control.session(hash.parse()?).is_some() {
            return Err(format!("{device} is still on the server after terminate").into());
        }
        if !keep {
            // As a person would: the daemon then holds one notification at a time.
            let _ = std::process::Command::new("dunstctl").arg("close-all").status();
        }
        tokio::time::sleep(BETWEEN).await;
    }
    let took = started.elapsed();
    let threads = threads_of(agent.pid());
    agent.stop()?;
    tokio::task::block_in_place(|| clear_keyring_entry(&account))?;

    let build = build_of(&agent_bin);
    let dismissed = if keep { "left open" } else { "each dismissed once seen" };
    println!(
        "push → notification latency: {build} agent ({}), {logins} logins one at a time ({dismissed}), \
         fake-telegram on 127.0.0.1, dunst on a private session bus; {:.1} s in all",
        agent_bin.display(),
        took.as_secs_f64()
    );
    println!("  push → Notify on the bus      {}", summary(&mut to_notify));
    println!("  push → agent's state event    {}", summary(&mut to_state));
    println!("  agent threads at the end      {}", threads.map_or("?".into(), |n| n.to_string()));
    Ok(())
}

/// The number of threads of process `pid`.
fn threads_of(pid: u32) -> Option<u32> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status.lines().find_map(|l| l.strip_prefix("Threads:")?.trim().parse().ok())
}

/// "median 12.3 ms, p99 20.1 ms (min 10.0 – max 25.2 ms)", nearest-rank percentiles.
fn summary(samples: &mut [Duration]) -> String {
    samples.sort_unstable();
    let ms = |d: Option<&Duration>| d.map_or(f64::NAN, |d| d.as_secs_f64() * 1000.0);
    let rank = |p: f64| samples.get(((p * samples.len() as f64).ceil() as usize).saturating_sub(1));
    format!(
        "median {:.1} ms, p99 {:.1} ms (min {:.1} – max {:.1} ms)",
        ms(rank(0.5)),
        ms(rank(0.99)),
        ms(samples.first()),
        ms(samples.last())
    )
}
