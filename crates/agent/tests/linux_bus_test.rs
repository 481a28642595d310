//! The agent on the Linux buses, each a private `dbus-daemon` of the test's own: a resume
//! from sleep said by "logind" on the system bus makes every account read what it missed
//! and its list at once; signals in another program's name (logind's, NetworkManager's,
//! the notification server's) are not believed, sent to all or straight to the agent.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::sign_in;
use fake_telegram::FakeTelegram;
use futures::StreamExt;
use sessionguard_agent::alerts::alert_text::{AlertText, Urgency};
use sessionguard_agent::alerts::notifier::Choice;
use sessionguard_agent::desktop::{OnScreen, Wake, WakeSignals, follow_notifications_on, show_notification_on};
use tokio::sync::{mpsc, watch};

const LOGIND: (&str, &str, &str) =
    ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager");
const NETWORK_MANAGER: (&str, &str, &str) =
    ("org.freedesktop.NetworkManager", "/org/freedesktop/NetworkManager", "org.freedesktop.NetworkManager");
const NOTIFICATIONS: (&str, &str, &str) =
    ("org.freedesktop.Notifications", "/org/freedesktop/Notifications", "org.freedesktop.Notifications");

/// A bus of the test's own (the session configuration: anyone may own any name, as the
/// fakes below must), stopped when dropped.
struct PrivateBus {
    daemon: Child,
    address: String,
}

impl PrivateBus {
    fn start() -> Self {
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--nopidfile", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon runs (package dbus)");
        let mut address = String::new();
        BufReader::new(daemon.stdout.take().unwrap()).read_line(&mut address).unwrap();
        Self { daemon, address: address.trim().to_owned() }
    }

    async fn connect(&self) -> zbus::Connection {
        zbus::connection::Builder::address(self.address.as_str()).build().await.unwrap()
    }

    /// A connection that owns `name`, as the real service would.
    async fn owner_of(&self, name: &str) -> zbus::Connection {
        let connection = self.connect().await;
        connection.request_name(name).await.unwrap();
        connection
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// Sends a signal as `(name, path, interface)`'s service would, to everyone or to one
/// connection; returns once the bus has it (a round trip after it, in order).
async fn signal<B>(
    from: &zbus::Connection,
    to: Option<&str>,
    (_, path, interface): (&str, &str, &str),
    member: &str,
    body: &B,
) where
    B: serde::Serialize + zbus::zvariant::DynamicType,
{
    from.emit_signal(to, path, interface, member, body).await.unwrap();
    zbus::fdo::DBusProxy::new(from).await.unwrap().get_id().await.unwrap();
}

/// The next thing received, within 5 s.
async fn next<T>(received: &mut mpsc::UnboundedReceiver<T>) -> T {
    tokio::time::timeout(Duration::from_secs(5), received.recv()).await.expect("in time").expect("still open")
}

/// Repeats `send` until `received` yields something (the follower's match rules may not be
/// in place for the first rounds), and returns the first thing received.
async fn first_received<T, F: Future<Output = ()>>(
    mut send: impl FnMut() -> F,
    received: &mut mpsc::UnboundedReceiver<T>,
) -> T {
    for _ in 0..50 {
        send().await;
        if let Ok(Some(item)) = tokio::time::timeout(Duration::from_millis(200), received.recv()).await {
            return item;
        }
    }
    panic!("nothing was received");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resume_from_sleep_reads_every_account_at_once() {
    let server = FakeTelegram::start(0).await.unwrap();
    let control = server.control();
    let agent = common::telegram_agent(&server).await;
    sign_in(&agent.accounts, &control).await;
    let (lists, differences) =
        (control.call_count("account.getAuthorizations"), control.call_count("updates.getDifference"));

    // As main.rs wires it: the system bus's wakes go to every account.
    let system_bus = PrivateBus::start();
    let logind = system_bus.owner_of(LOGIND.0).await;
    let (wakes, mut woke) = mpsc::unbounded_channel();
    tokio::spawn(WakeSignals::listen(&system_bus.connect().await).await.forward(wakes));
    signal(&logind, None, LOGIND, "PrepareForSleep", &false).await;
    let wake = next(&mut woke).await;
    assert_eq!(wake, Wake::Resumed);
    agent.accounts.woke(wake).await;

    // The tray's poll is five minutes away: these come from the wake.
    let within = Duration::from_secs(5);
    assert!(control.wait_for_calls("updates.getDifference", differences + 1, within).await, "missed pushes read");
    assert!(control.wait_for_calls("account.getAuthorizations", lists + 1, within).await, "the list read");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wakes_are_believed_only_from_logind_and_network_manager() {
    let bus = PrivateBus::start();
    let logind = bus.owner_of(LOGIND.0).await;
    let network_manager = bus.owner_of(NETWORK_MANAGER.0).await;
    let forger = bus.connect().await;
    let follower = bus.connect().await;
    let follower_name = follower.unique_name().unwrap().to_string();
    let (wakes, mut woke) = mpsc::unbounded_channel();
    tokio::spawn(WakeSignals::listen(&follower).await.forward(wakes));
    let everyone_and_the_agent = [None, Some(follower_name.as_str())];

    // A forged wake, then NetworkManager's own return: had the forgery been believed, a
    // `Resumed` would come first.
    for to in everyone_and_the_agent {
        signal(&forger, to, LOGIND, "PrepareForSleep", &false).await;
    }
    signal(&network_manager, None, NETWORK_MANAGER, "StateChanged", &20_u32).await; // connecting: not yet
    signal(&network_manager, None, NETWORK_MANAGER, "StateChanged", &70_u32).await;
    assert_eq!(next(&mut woke).await, Wake::NetworkBack);

    // A forged return, then logind going to sleep (not a wake) and waking.
    for to in everyone_and_the_agent {
        signal(&forger, to, NETWORK_MANAGER, "StateChanged", &70_u32).await;
    }
    signal(&logind, None, LOGIND, "PrepareForSleep", &true).await;
    signal(&logind, None, LOGIND, "PrepareForSleep", &false).await;
    assert_eq!(next(&mut woke).await, Wake::Resumed);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_notification_is_answered_only_by_the_notification_server() {
    let bus = PrivateBus::start();
    let notification_server = bus.owner_of(NOTIFICATIONS.0).await;
    let forger = bus.connect().await;
    let follower = bus.connect().await;
    let follower_name = follower.unique_name().unwrap().to_string();
    let on_screen = OnScreen::default();
    on_screen.shown(7, ("telegram-1".into(), 3));
    let (_live, live_rx) = watch::channel(Default::default());
    let (answers, mut answered) = mpsc::unbounded_channel();
    tokio::spawn(async move { follow_notifications_on(&follower, on_screen, live_rx, answers).await });

    // A forged "Terminate" (to everyone and straight to the agent) before each genuine
    // "It's me": only "It's me" may come through.
    let round = || async {
        for to in [None, Some(follower_name.as_str())] {
            signal(&forger, to, NOTIFICATIONS, "ActionInvoked", &(7_u32, "terminate")).await;
        }
        signal(&notification_server, Some(follower_name.as_str()), NOTIFICATIONS, "ActionInvoked", &(7_u32, "its-me"))
            .await;
    };
    let answer = first_received(round, &mut answered).await;
    assert_eq!((answer.account.as_str(), answer.alert_id, answer.choice), ("telegram-1", 3, Choice::ItsMe));
    while let Ok(Some(more)) = tokio::time::timeout(Duration::from_millis(300), answered.recv()).await {
        assert_eq!(more.choice, Choice::ItsMe, "a forged answer came through");
    }
}

/// A notification server as real ones behave (dunst, GNOME Shell): `Notify` is answered
/// with a new id, and the person's click is sent as `ActionInvoked` to the connection that
/// showed the notification — to it alone.
async fn notification_server_clicking(server: zbus::Connection, action: &'static str) {
    let mut calls = zbus::MessageStream::from(&server);
    let mut next_id = 0_u32;
    while let Some(Ok(call)) = calls.next().await {
        let header = call.header();
        let (Some(member), Some(caller)) = (header.member(), header.sender()) else { continue };
        match member.as_str() {
            "GetCapabilities" => server.reply(&header, &vec!["actions", "body", "body-markup"]).await.unwrap(),
            "Notify" => {
                next_id += 1;
                server.reply(&header, &next_id).await.unwrap();
                let caller = caller.to_string();
                signal(&server, Some(caller.as_str()), NOTIFICATIONS, "ActionInvoked", &(next_id, action)).await;
            }
            _ => {}
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_click_on_a_shown_notification_comes_back_to_the_agent() {
    let bus = PrivateBus::start();
    let server = bus.owner_of(NOTIFICATIONS.0).await;
    tokio::spawn(notification_server_clicking(server, "terminate"));
    let agent = bus.connect().await;
    let on_screen = OnScreen::default();
    for id in 1..=50 {
        on_screen.shown(id, ("demo".into(), 9));
    }
    let (_live, live_rx) = watch::channel(Default::default());
    let (answers, mut answered) = mpsc::unbounded_channel();
    let follower = agent.clone();
    tokio::spawn(async move { follow_notifications_on(&follower, on_screen, live_rx, answers).await });

    let text = AlertText {
        summary: "New login".into(),
        body: "Redmi & <b>co</b>".into(),
        urgency: Urgency::Critical,
        language: "en",
    };
    // Shown until the follower is listening (its first notifications may come too early).
    let show = || async {
        show_notification_on(&agent, &text, sessionguard_agent::alerts::notifier::LOGIN_BUTTONS)
            .await
            .expect("the server shows it");
    };
    let answer = first_received(show, &mut answered).await;
    assert_eq!((answer.account.as_str(), answer.alert_id, answer.choice), ("demo", 9, Choice::Terminate));
}
