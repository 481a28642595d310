//! `sessionguard-agent`: the always-on guard. Runs headless too (a server, a terminal).

use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use sessionguard_agent::cli::Cli;
use sessionguard_agent::current_account::{AccountSetup, CurrentAccount};
use sessionguard_agent::guard::PollIntervals;
use sessionguard_agent::outlets::Outlets;
use sessionguard_agent::tray::{self, TrayCommand};
use sessionguard_agent::{notifier, window_opener};
use sessionguard_core::{Clock, SystemClock};
use sessionguard_demo::DemoOptions;
use sessionguard_protocol::{AgentLock, LockError, RuntimeDir, SocketServer};
use sessionguard_telegram::vault::Vault;
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

    let server_choice = match cli.server_choice() {
        Ok(choice) => choice,
        Err(error) => {
            eprintln!("sessionguard-agent: {error}");
            return ExitCode::FAILURE;
        }
    };
    let keyring = match tokio::task::spawn_blocking(Vault::system_store).await {
        Ok(store) => store.map_err(|e| e.to_string()),
        Err(_) => Err("opening the system keyring stopped unexpectedly".into()),
    };
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let (outlets, alarms) = Outlets::new();
    let setup = AccountSetup {
        clock,
        server: server_choice,
        demo: DemoOptions { intruder_after: cli.intruder_after() },
        polls: PollIntervals::default(),
        keyring,
    };
    let current = CurrentAccount::new(setup, outlets.clone());
    tokio::spawn(notifier::run(alarms));
    tokio::spawn(server.serve(current.clone()));
    current.start(cli.demo, cli.demo_when_signed_out).await;
    tracing::info!(socket = %dir.socket_path().display(), "SessionGuard agent is guarding");

    let (tray_tx, mut tray_rx) = mpsc::unbounded_channel();
    if !cli.no_tray {
        tokio::spawn(tray::run(outlets.pending_alerts(), tray_tx));
    }

    loop {
        tokio::select! {
            command = tray_rx.recv() => match command {
                Some(TrayCommand::OpenWindow) => window_opener::open_window(&outlets),
                Some(TrayCommand::TerminateOthers) => match current.guard() {
                    Some(guard) => {
                        if let Err(error) = guard.terminate_others().await {
                            tracing::warn!(%error, "terminating the other sessions failed");
                        }
                    }
                    None => window_opener::open_window(&outlets),
                },
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
