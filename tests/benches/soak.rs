//! The soak (a benchmark, not a test): the real agent, signed in to `fake-telegram` on
//! 127.0.0.1 with a window's subscription open, gets LOGINS new logins (default 10,000),
//! one after another, each pushed by the server and terminated through the agent once the
//! window's state shows it. Prints what was lost — notifications on the session bus, alerts
//! to the window (goal: none) — and the agent's RSS, open files and threads at the start,
//! every tenth of the way and at the end (goal: flat). The notifications go to a fake
//! notification server on a bus of the agent's own, which records each; every tenth of the
//! way they are all dismissed, as a person would. Run it inside a private desktop, as
//! `bench/soak` does:
//!
//!   dbus-run-session -- tests/desktop.sh cargo bench -p sessionguard-e2e --bench soak

#[cfg(target_os = "linux")]
fn main() -> std::process::ExitCode {
    sessionguard_e2e::bench::main("soak", soak::run())
}

/// The benchmark needs a Linux desktop's D-Bus.
#[cfg(not(target_os = "linux"))]
fn main() {}

#[cfg(target_os = "linux")]
mod soak {
    use std::collections::HashSet;
    use std::time::Instant;

    use fake_telegram::{Device, NewLogin};
    use sessionguard_e2e::bench::{WAIT, agent_binary, build_of, signed_in};
    use sessionguard_e2e::notifications::{CloseReason, Notified as Notify};
    use sessionguard_e2e::telegram::BoxError;
    use sessionguard_protocol::{AccountRequest, AgentEvent, Request, SessionHash};

    const DEVICE: &str = "Soak phone";

    /// RSS (MB), open files and threads of process `pid`.
    fn footprint(pid: u32) -> String {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
        let field = |name: &str| -> u64 {
            status.lines().find_map(|l| l.strip_prefix(name)?.split_whitespace().next()?.parse().ok()).unwrap_or(0)
        };
        let files = std::fs::read_dir(format!("/proc/{pid}/fd")).map(Iterator::count).unwrap_or(0);
        format!("RSS {:.1} MB, {files} open files, {} threads", field("VmRSS:") as f64 / 1024.0, field("Threads:"))
    }

    pub async fn run() -> Result<(), BoxError> {
        let logins: usize = std::env::var("LOGINS").ok().and_then(|n| n.parse().ok()).unwrap_or(10_000);
        let agent_bin = agent_binary();

        let mut run = signed_in(&agent_bin).await?;
        let (control, account, notifications) = (run.control.clone(), run.account.clone(), &run.notifications);
        let agent = &mut run.agent;

        let build = build_of(&agent_bin);
        println!("soak: {build} agent ({}), {logins} logins and terminations, window subscribed", agent_bin.display());
        println!("  start            {}", footprint(agent.pid()));
        let mut dismissed = 0;
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
            let hash = SessionHash(control.add_login(login));
            // The window sees the login (its alert and its row) before it is ended.
            let deadline = tokio::time::Instant::now() + WAIT;
            loop {
                match tokio::time::timeout_at(deadline, agent.events.recv()).await {
                    Ok(Some(AgentEvent::Alert { alert })) => {
                        alerted.extend(alert.login.map(|l| l.device));
                    }
                    Ok(Some(AgentEvent::State { state })) if state.sessions.iter().any(|s| s.session.hash == hash) => {
                        break;
                    }
                    Ok(Some(_)) => {}
                    Ok(None) => return Err("the agent closed the window's connection".into()),
                    Err(_) => return Err(format!("the window never saw {device}").into()),
                }
            }
            let terminate = AccountRequest::Terminate { hash };
            agent.client.request(Request::Account { account: account.clone(), action: terminate }).await?;
            if (round + 1) % (logins / 10).max(1) == 0 {
                // As a person would, now and then: the server holds the rest meanwhile.
                let shown = notifications.notified();
                for notify in &shown[dismissed..] {
                    notifications.close(notify.id, CloseReason::DismissedByUser).await?;
                }
                dismissed = shown.len();
                println!("  after {:>6}     {}", round + 1, footprint(agent.pid()));
            }
        }
        let took = started.elapsed();
        // Stragglers: notifications still on their way, until none came for WAIT.
        let mut shown = notifications.notified();
        while Notified::of(&shown).covered() < logins {
            match notifications.at_least(shown.len() + 1, WAIT).await {
                Ok(more) => shown = more,
                Err(_) => break,
            }
        }
        let notified = Notified::of(&shown);
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
        fn of(shown: &[Notify]) -> Self {
            let mut notified = Self::default();
            for notify in shown.iter().filter(|n| n.app_name == "SessionGuard") {
                match notify.summary.strip_suffix(" new logins to your Telegram").and_then(|n| n.parse::<usize>().ok())
                {
                    Some(count) => {
                        notified.in_bursts += count;
                        notified.bursts += 1;
                    }
                    None => notified.named.extend(device_in(&notify.body)),
                }
            }
            notified
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
}
