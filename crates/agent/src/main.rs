//! `sessionguard-agent`: the always-on guard. Runs headless too (a server, a terminal).

use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use sessionguard_agent::cli::Cli;
use sessionguard_agent::guard::{Guard, PollIntervals};
use sessionguard_agent::tray::{self, TrayCommand};
use sessionguard_agent::{notifier, window_opener};
use sessionguard_core::{Clock, SystemClock};
use sessionguard_demo::{DemoAccount, DemoOptions};
use sessionguard_protocol::{AgentLock, LockError, RuntimeDir, SocketServer};
use tokio::sync::mpsc;

/// Exit code when another agent already guards this user.
const ALREADY_RUNNING: u8 = 3;

fn main() -> ExitCode {
    sessionguard_protocol::logging::init();
    let cli = Cli::parse();
    // Two worker threads at most: the agent mostly sleeps.
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("sessionguard-agent: cannot start: {error}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(run(cli))
}

async fn run(cli: Cli) -> ExitCode {
    let dir = match RuntimeDir::for_this_user() {
        Ok(dir) => dir,
        Err(error) => {
            eprintln!("sessionguard-agent: {error}");
            return ExitCode::FAILURE;
        }
    };
    let _lock = match AgentLock::acquire(&dir) {
        Ok(lock) => lock,
        Err(error @ LockError::AlreadyRunning { .. }) => {
            eprintln!("sessionguard-agent: {error}; not starting a second one");
            return ExitCode::from(ALREADY_RUNNING);
        }
        Err(error) => {
            eprintln!("sessionguard-agent: {error}");
            return ExitCode::FAILURE;
        }
    };
    let server = match SocketServer::bind(&dir) {
        Ok(server) => server,
        Err(error) => {
            eprintln!("sessionguard-agent: cannot listen on {}: {error}", dir.socket_path().display());
            return ExitCode::FAILURE;
        }
    };

    if !cli.demo {
        tracing::info!("no Telegram account is set up; guarding the demo account");
    }
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let account = Arc::new(DemoAccount::new(clock.clone(), DemoOptions { intruder_after: cli.intruder_after() }));
    let (guard, alarms) = Guard::new(account, clock, true);
    tracing::info!(socket = %dir.socket_path().display(), "SessionGuard agent is guarding");

    tokio::spawn(guard.clone().run(PollIntervals::default()));
    tokio::spawn(notifier::run(alarms));
    tokio::spawn(server.serve(guard.clone()));
    let (tray_tx, mut tray_rx) = mpsc::unbounded_channel();
    if !cli.no_tray {
        tokio::spawn(tray::run(guard.pending_alerts(), tray_tx));
    }

    loop {
        tokio::select! {
            command = tray_rx.recv() => match command {
                Some(TrayCommand::OpenWindow) => window_opener::open_window(&guard),
                Some(TrayCommand::TerminateOthers) => {
                    if let Err(error) = guard.terminate_others().await {
                        tracing::warn!(%error, "terminating the other sessions failed");
                    }
                }
                Some(TrayCommand::Quit) => break,
                // No tray: wait for a signal only.
                None => { shutdown_signal().await; break; }
            },
            () = shutdown_signal() => break,
        }
    }
    tracing::info!("SessionGuard agent stopped");
    ExitCode::SUCCESS
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
