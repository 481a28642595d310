//! Push → notification latency (a benchmark, not a test): the real agent, signed in to
//! `fake-telegram` on 127.0.0.1, gets one new login at a time pushed by the server; each
//! is timed from the control call that adds it to the `Notify` call reaching the
//! notification server on the agent's session bus (a fake one, which notes when each call
//! arrives), and to the agent's state event on its socket. The login is then terminated
//! through the agent, so every round starts from the same list. Run it inside a private
//! desktop, as `bench/push-latency` does:
//!
//!   dbus-run-session -- tests/desktop.sh cargo bench -p sessionguard-e2e --bench push_latency
//!
//! `LOGINS` (default 100) sets the rounds; `AGENT` the agent binary (default the release
//! build, else the debug one). Each notification is dismissed once seen, as a person would
//! (`NotificationClosed`, dismissed); `KEEP_NOTIFICATIONS=1` leaves them all open instead.

#[cfg(target_os = "linux")]
fn main() -> std::process::ExitCode {
    sessionguard_e2e::bench::main("push_latency", measure::run())
}

/// The benchmark needs a Linux desktop's D-Bus.
#[cfg(not(target_os = "linux"))]
fn main() {}

#[cfg(target_os = "linux")]
mod measure {
    use std::time::{Duration, Instant, SystemTime};

    use fake_telegram::{Device, NewLogin};
    use sessionguard_e2e::bench::{WAIT, agent_binary, build_of, signed_in};
    use sessionguard_e2e::notifications::CloseReason;
    use sessionguard_e2e::telegram::{BoxError, wait_for_state};
    use sessionguard_protocol::{AccountRequest, Request, SessionHash};

    /// A pause between rounds, so one round's tail (the terminate's refresh) does not run
    /// into the next.
    const BETWEEN: Duration = Duration::from_millis(50);

    pub async fn run() -> Result<(), BoxError> {
        let logins: usize = std::env::var("LOGINS").ok().and_then(|n| n.parse().ok()).unwrap_or(100);
        let agent_bin = agent_binary();
        let keep = std::env::var_os("KEEP_NOTIFICATIONS").is_some_and(|v| v == "1");

        let mut run = signed_in(&agent_bin).await?;
        let (control, account, notifications) = (run.control.clone(), run.account.clone(), &run.notifications);
        let agent = &mut run.agent;

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
            let hash = SessionHash(control.add_login(login));
            let state =
                wait_for_state(&mut agent.events, &device, WAIT, |s| s.sessions.iter().any(|r| r.session.hash == hash));
            state.await?;
            to_state.push(pushed.elapsed());
            let seen = notifications.next_naming(&device, WAIT).await?;
            to_notify.push(seen.at.duration_since(pushed_at).unwrap_or_default());

            let terminate = AccountRequest::Terminate { hash };
            agent.client.request(Request::Account { account: account.clone(), action: terminate }).await?;
            if control.session(hash.0).is_some() {
                return Err(format!("{device} is still on the server after terminate").into());
            }
            if !keep {
                // As a person would: the server then holds one notification at a time.
                notifications.close(seen.id, CloseReason::DismissedByUser).await?;
            }
            tokio::time::sleep(BETWEEN).await;
        }
        let took = started.elapsed();
        let threads = threads_of(agent.pid());
        run.finish()?;

        let build = build_of(&agent_bin);
        let dismissed = if keep { "left open" } else { "each dismissed once seen" };
        println!(
            "push → notification latency: {build} agent ({}), {logins} logins one at a time ({dismissed}), \
         fake-telegram on 127.0.0.1, a fake notification server on a private session bus; {:.1} s in all",
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
}
