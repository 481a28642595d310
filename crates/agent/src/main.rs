//! `sessionguard-agent`: the always-on guard. Runs headless too (a server, a terminal).

use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use sessionguard_agent::accounts::{AccountSetup, Accounts};
use sessionguard_agent::alerts::forwarding::Forwarding;
use sessionguard_agent::alerts::notifier::{self, Choice, NotificationAnswer};
use sessionguard_agent::alerts::outlets::Outlets;
use sessionguard_agent::alerts::publisher;
use sessionguard_agent::cli::remote;
use sessionguard_agent::cli::{Cli, Remote};
use sessionguard_agent::desktop::{self, OnScreen, TrayCommand, TrayLink, TrayStatus};
use sessionguard_agent::guard::PollIntervals;
use sessionguard_agent::guard::waiting_rules::WaitingRules;
use sessionguard_agent::history::journal_link::JournalLink;
use sessionguard_agent::storage::data_paths::DataPaths;
use sessionguard_agent::storage::saved_accounts::{KEYRING_WAIT, keyring_call};
use sessionguard_agent::storage::settings_store::SettingsStore;
use sessionguard_agent::window_opener;
use sessionguard_core::{Clock, SystemClock};
use sessionguard_demo::DemoOptions;
use sessionguard_forward::RetryPolicy;
use sessionguard_protocol::{AccountRequest, AgentLock, BindError, LockError, RuntimeDir, SocketServer, WindowAsk};
use sessionguard_telegram::vault::Vault;
use tokio::sync::{mpsc, watch};

/// Exit codes: every platform's main loop ends the process with one of these.
const SUCCESS: u8 = 0;
const FAILURE: u8 = 1;
/// Another agent already guards this user.
const ALREADY_RUNNING: u8 = 3;

fn main() -> ExitCode {
    sessionguard_protocol::logging::init();
    let cli = Cli::parse();
    if let Some(command) = cli.remote {
        return ask_the_running_agent(command);
    }
    // Two worker threads at most: the agent mostly sleeps.
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("sessionguard-agent: cannot start: {error}");
            return ExitCode::FAILURE;
        }
    };
    // macOS keeps the main thread for its run loop (the tray lives there).
    desktop::main_thread(move || runtime.block_on(run(cli)))
}

/// A command for the running agent (`status`, `sessions`, …): asked over its socket.
fn ask_the_running_agent(command: Remote) -> ExitCode {
    let socket = match RuntimeDir::for_this_user() {
        Ok(dir) => dir.socket_path(),
        Err(error) => {
            eprintln!("sessionguard-agent: {error}");
            return ExitCode::from(FAILURE);
        }
    };
    match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => ExitCode::from(runtime.block_on(remote::run(command, &socket)) as u8),
        Err(error) => {
            eprintln!("sessionguard-agent: cannot start: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> u8 {
    let dir = match RuntimeDir::for_this_user() {
        Ok(dir) => dir,
        Err(error) => {
            eprintln!("sessionguard-agent: {error}");
            return FAILURE;
        }
    };
    let _lock = match AgentLock::acquire(&dir) {
        Ok(lock) => lock,
        Err(error @ LockError::AlreadyRunning { .. }) => {
            eprintln!("sessionguard-agent: {error}; not starting a second one");
            return ALREADY_RUNNING;
        }
        Err(error) => {
            eprintln!("sessionguard-agent: {error}");
            return FAILURE;
        }
    };
    sessionguard_protocol::raise_open_file_limit();
    let server = match SocketServer::bind(&dir) {
        Ok(server) => server,
        Err(error @ BindError::NameTaken { .. }) => {
            eprintln!("sessionguard-agent: {error}");
            return FAILURE;
        }
        Err(error) => {
            eprintln!("sessionguard-agent: cannot listen on {}: {error}", dir.socket_path().display());
            return FAILURE;
        }
    };
    let app_credentials = match cli.app_credentials() {
        Ok(credentials) => credentials,
        Err(error) => {
            eprintln!("sessionguard-agent: {error}");
            return FAILURE;
        }
    };
    let server_choice = match cli.server_choice() {
        Ok(choice) => choice,
        Err(error) => {
            eprintln!("sessionguard-agent: {error}");
            return FAILURE;
        }
    };

    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let keyring = keyring_call(KEYRING_WAIT, Vault::system_store).await.map_err(|e| e.to_string());
    let paths = DataPaths::for_this_user();
    let (settings, settings_note) = SettingsStore::open(paths.as_ref().map(|p| p.settings.clone()));
    let settings = Arc::new(settings);
    let (journal, journal_note) = match &paths {
        Some(paths) => JournalLink::open(&paths.journal),
        None => (JournalLink::unavailable("this system has no folder for application data"), None),
    };
    let forwarding =
        Arc::new(Forwarding::load(keyring.clone(), RetryPolicy::default(), journal.clone(), clock.clone()).await);
    let (outlets, alarms) = Outlets::new();
    let setup = AccountSetup {
        clock,
        server: server_choice,
        demo: DemoOptions { intruder_after: cli.intruder_after() },
        polls: PollIntervals::default(),
        keyring,
        settings: settings.clone(),
        journal,
        forwarding: forwarding.clone(),
        keyring_wait: KEYRING_WAIT,
        waiting_rules: Arc::new(WaitingRules::open(paths.as_ref().map(|p| p.waiting_rules.clone()))),
        app_credentials,
    };
    let accounts = Accounts::new(setup, outlets.clone());
    let (tray_status, tray_status_rx) = watch::channel(TrayStatus::default());
    let (live_alerts, live_alerts_rx) = watch::channel(Default::default());
    tokio::spawn(publisher::run(Arc::downgrade(&accounts), publisher::Followers { tray: tray_status, live_alerts }));
    let (answers_tx, mut answers) = mpsc::unbounded_channel();
    let on_screen = OnScreen::default();
    tokio::spawn(notifier::run(alarms, settings, forwarding, on_screen.clone(), answers_tx.clone()));
    tokio::spawn(desktop::follow_notifications(on_screen, live_alerts_rx, answers_tx));
    tokio::spawn(server.serve(accounts.clone()));
    let (wakes, mut woke) = mpsc::unbounded_channel();
    tokio::spawn(desktop::follow_wakes(wakes));
    let notice = [settings_note, journal_note].into_iter().flatten().collect::<Vec<_>>().join(" ");
    accounts.start(cli.demo, cli.demo_when_signed_out, Some(notice).filter(|n| !n.is_empty())).await;
    tracing::info!(socket = %dir.socket_path().display(), "SessionGuard agent is guarding");

    let (tray_tx, mut tray_rx) = mpsc::unbounded_channel();
    if !cli.no_tray {
        tokio::spawn(desktop::run_tray(TrayLink { status: tray_status_rx, commands: tray_tx }));
    }

    loop {
        tokio::select! {
            command = tray_rx.recv() => match command {
                Some(TrayCommand::OpenWindow) => window_opener::open_window(&outlets),
                // Destructive: asked first, in the window, with the devices it would end.
                Some(TrayCommand::TerminateOthers { account }) => {
                    accounts.ask_window(WindowAsk::TerminateOthers { account });
                    window_opener::open_window(&outlets);
                }
                Some(TrayCommand::Secure { account }) => {
                    accounts.ask_window(WindowAsk::SecureAccount { account });
                    window_opener::open_window(&outlets);
                }
                Some(TrayCommand::Quit) => break,
                // No tray: wait for a signal only.
                None => { shutdown_signal().await; break; }
            },
            Some(answer) = answers.recv() => answer_notification(&accounts, answer).await,
            Some(wake) = woke.recv() => {
                let accounts = accounts.clone();
                tokio::spawn(async move { accounts.woke(wake).await });
            }
            () = shutdown_signal() => break,
        }
    }
    tracing::info!("SessionGuard agent stopped");
    SUCCESS
}

/// "It's me", "Terminate" or a click on a notification.
async fn answer_notification(accounts: &Accounts, answer: NotificationAnswer) {
    let Some(guard) = accounts.guard(&answer.account) else { return };
    let request = match answer.choice {
        Choice::Open => {
            window_opener::open_window(accounts.outlets());
            return;
        }
        Choice::Secure => {
            accounts.ask_window(WindowAsk::SecureAccount { account: answer.account });
            window_opener::open_window(accounts.outlets());
            return;
        }
        Choice::ItsMe => AccountRequest::Acknowledge { alert_id: answer.alert_id },
        Choice::Terminate => {
            let Some(request) = guard.alert_terminate_request(answer.alert_id) else { return };
            request
        }
    };
    if let Err(error) = guard.handle(request).await {
        tracing::warn!(%error, "could not act on the notification's answer");
        // The person acted on a notification, so a notification tells them it failed.
        let words = sessionguard_i18n::words(accounts.language());
        let error = sessionguard_agent::words::errors::localized(error, &words);
        notifier::tell_refusal(answer.choice, &error.message, &words).await;
    }
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
