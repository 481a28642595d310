//! A fake `org.freedesktop.Notifications` server on a test's own bus: it answers as dunst
//! does (increasing ids, dunst's capabilities), records every `Notify` and
//! `CloseNotification` call with what it was given, lets a test await the next `Notify`
//! it wants, and sends the person's answers (`ActionInvoked`, `NotificationClosed`) as
//! the real server would. No text is parsed and nothing sleeps.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

use futures::StreamExt;
use tokio::sync::{oneshot, watch};
use zbus::OwnedVariant;

use crate::bus::TestBus;

type BoxError = Box<dyn std::error::Error>;

pub const NAME: &str = "org.freedesktop.Notifications";
pub const PATH: &str = "/org/freedesktop/Notifications";
const INTERFACE: &str = NAME;
/// What dunst says it can do: among them actions, and markup in the body (so the agent
/// escapes what it puts there).
pub const CAPABILITIES: [&str; 6] = ["actions", "body", "body-hyperlinks", "body-markup", "icon-static", "persistence"];

/// One `Notify` call, as the server received it, and the id it answered with.
#[derive(Debug, Clone, PartialEq)]
pub struct Notified {
    pub id: u32,
    /// The caller's unique name on the bus.
    pub sender: String,
    pub app_name: String,
    pub replaces_id: u32,
    pub app_icon: String,
    pub summary: String,
    pub body: String,
    /// `(key, label)` pairs, in order.
    pub actions: Vec<(String, String)>,
    /// The `urgency` hint: 0 low, 1 normal, 2 critical.
    pub urgency: Option<u8>,
    /// Every hint, its value written out.
    pub hints: BTreeMap<String, String>,
    pub expire_timeout: i32,
    /// When the server received it.
    pub at: SystemTime,
}

impl Notified {
    /// Whether the notification offers the action `key`.
    pub fn offers(&self, key: &str) -> bool {
        self.actions.iter().any(|(k, _)| k == key)
    }
}

/// Why a notification closed (`NotificationClosed`'s reason, as the specification numbers it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloseReason {
    Expired = 1,
    DismissedByUser = 2,
    ClosedByCall = 3,
}

#[derive(Debug, Default)]
struct Log {
    notified: Vec<Notified>,
    /// Which of `notified` a wait has returned already.
    returned: Vec<bool>,
    /// The ids `CloseNotification` was called with, in order.
    close_calls: Vec<u32>,
    last_id: u32,
}

#[derive(Debug)]
struct Shared {
    log: Mutex<Log>,
    /// Bumped on every call recorded, for the waits.
    recorded: watch::Sender<u64>,
}

impl Shared {
    fn log(&self) -> MutexGuard<'_, Log> {
        self.log.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn record(&self, change: impl FnOnce(&mut Log)) {
        change(&mut self.log());
        self.recorded.send_modify(|n| *n += 1);
    }
}

/// The fake server, serving on a thread of its own until dropped.
#[derive(Debug)]
pub struct FakeNotifications {
    connection: zbus::Connection,
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
    serving: Option<std::thread::JoinHandle<()>>,
}

impl FakeNotifications {
    /// Owns the notification name on `bus`; returns once it does, so nothing the test
    /// starts afterwards can miss it.
    pub fn start(bus: &TestBus) -> Result<Self, BoxError> {
        let shared = Arc::new(Shared { log: Mutex::default(), recorded: watch::Sender::new(0) });
        let (ready_tx, ready) = std::sync::mpsc::channel();
        let (stop, stopped) = oneshot::channel();
        let (address, serving_shared) = (bus.address().to_owned(), shared.clone());
        let serving = std::thread::spawn(move || {
            zbus::block_on(async move {
                let owned = async {
                    let connection = zbus::connection::Builder::address(address.as_str()).build().await?;
                    // Listening before owning the name: no call comes before the stream.
                    let calls = zbus::MessageStream::from(&connection);
                    connection.request_name(NAME).await?;
                    Ok::<_, zbus::Error>((connection, calls))
                };
                match owned.await {
                    Ok((connection, calls)) => {
                        let _ = ready_tx.send(Ok(connection.clone()));
                        serve(&connection, calls, &serving_shared, stopped).await;
                    }
                    Err(error) => {
                        let _ = ready_tx.send(Err(error.to_string()));
                    }
                }
            });
        });
        let connection = ready
            .recv_timeout(Duration::from_secs(10))
            .map_err(|_| "the fake notification server did not get on the bus")?
            .map_err(|e| format!("the fake notification server cannot own {NAME}: {e}"))?;
        Ok(Self { connection, shared, stop: Some(stop), serving: Some(serving) })
    }

    /// Every `Notify` call so far, in order.
    pub fn notified(&self) -> Vec<Notified> {
        self.shared.log().notified.clone()
    }

    /// The ids `CloseNotification` was called with so far, in order.
    pub fn close_calls(&self) -> Vec<u32> {
        self.shared.log().close_calls.clone()
    }

    /// The first `Notify` call not returned by an earlier wait that `wanted` accepts,
    /// waiting up to `timeout` for it; `what` says what was waited for if none came.
    pub async fn next_notify(
        &self,
        what: &str,
        timeout: Duration,
        wanted: impl Fn(&Notified) -> bool,
    ) -> Result<Notified, BoxError> {
        let found = self
            .wait(timeout, |log| {
                let at = (0..log.notified.len()).find(|&i| !log.returned[i] && wanted(&log.notified[i]))?;
                log.returned[at] = true;
                Some(log.notified[at].clone())
            })
            .await;
        found.ok_or_else(|| {
            let seen: Vec<String> = self.notified().iter().map(|n| format!("{:?}: {:?}", n.summary, n.body)).collect();
            format!("no notification {what} within {timeout:?}; the server was shown {seen:?}").into()
        })
    }

    /// Every `Notify` call so far, once there are at least `count`.
    pub async fn at_least(&self, count: usize, timeout: Duration) -> Result<Vec<Notified>, BoxError> {
        let all = self.wait(timeout, |log| (log.notified.len() >= count).then(|| log.notified.clone())).await;
        all.ok_or_else(|| format!("fewer than {count} notifications within {timeout:?}").into())
    }

    /// The next notification from SessionGuard whose body names `text`.
    pub async fn next_naming(&self, text: &str, timeout: Duration) -> Result<Notified, BoxError> {
        let what = format!("naming {text:?}");
        self.next_notify(&what, timeout, |n| n.app_name == "SessionGuard" && n.body.contains(text)).await
    }

    /// Waits until `CloseNotification(id)` is called.
    pub async fn closing_of(&self, id: u32, timeout: Duration) -> Result<(), BoxError> {
        let called = self.wait(timeout, |log| log.close_calls.contains(&id).then_some(())).await;
        called.ok_or_else(|| {
            format!("CloseNotification({id}) was not called within {timeout:?}; calls: {:?}", self.close_calls()).into()
        })
    }

    /// The person chose action `key` on notification `id`: `ActionInvoked(id, key)` to the
    /// program that showed it, as GNOME Shell sends it.
    pub async fn invoke_action(&self, id: u32, key: &str) -> Result<(), BoxError> {
        let to = self.shown_by(id)?;
        self.connection.emit_signal(Some(to.as_str()), PATH, INTERFACE, "ActionInvoked", &(id, key)).await?;
        Ok(())
    }

    /// Notification `id` went away (`NotificationClosed(id, reason)`), told to the program
    /// that showed it.
    pub async fn close(&self, id: u32, reason: CloseReason) -> Result<(), BoxError> {
        let to = self.shown_by(id)?;
        self.connection
            .emit_signal(Some(to.as_str()), PATH, INTERFACE, "NotificationClosed", &(id, reason as u32))
            .await?;
        Ok(())
    }

    fn shown_by(&self, id: u32) -> Result<String, BoxError> {
        let log = self.shared.log();
        let shown = log.notified.iter().rev().find(|n| n.id == id);
        Ok(shown.ok_or_else(|| format!("no notification {id} was shown"))?.sender.clone())
    }

    /// Looks at the log each time a call is recorded, until `look` finds something.
    async fn wait<T>(&self, timeout: Duration, mut look: impl FnMut(&mut Log) -> Option<T>) -> Option<T> {
        let mut recorded = self.shared.recorded.subscribe();
        let looking = async {
            loop {
                if let Some(found) = look(&mut self.shared.log()) {
                    return Some(found);
                }
                recorded.changed().await.ok()?;
            }
        };
        tokio::time::timeout(timeout, looking).await.ok().flatten()
    }
}

impl Drop for FakeNotifications {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(serving) = self.serving.take() {
            let _ = serving.join();
        }
    }
}

/// Answers the calls as dunst does, until told to stop or the bus goes.
async fn serve(
    connection: &zbus::Connection,
    mut calls: zbus::MessageStream,
    shared: &Shared,
    mut stopped: oneshot::Receiver<()>,
) {
    loop {
        let message = tokio::select! {
            biased;
            _ = &mut stopped => return,
            message = calls.next() => message,
        };
        let Some(Ok(message)) = message else { return };
        let header = message.header();
        let for_us = header.message_type() == zbus::message::Type::MethodCall
            && header.interface().is_some_and(|i| i.as_str() == INTERFACE);
        if !for_us {
            continue;
        }
        let answered = match header.member().map(|m| m.as_str()) {
            Some("Notify") => notify(connection, shared, &message).await,
            Some("CloseNotification") => close_notification(connection, shared, &message).await,
            Some("GetCapabilities") => connection.reply(&header, &CAPABILITIES.to_vec()).await,
            Some("GetServerInformation") => {
                connection.reply(&header, &("SessionGuard's test notifications", "sessionguard", "1", "1.2")).await
            }
            _ => {
                let unknown = zbus::fdo::Error::UnknownMethod("not a method of the notification server".into());
                connection.reply_dbus_error(&header, unknown).await
            }
        };
        if let Err(error) = answered {
            eprintln!("the fake notification server could not answer: {error}");
        }
    }
}

type NotifyArgs = (String, u32, String, String, String, Vec<String>, HashMap<String, OwnedVariant>, i32);

async fn notify(connection: &zbus::Connection, shared: &Shared, call: &zbus::Message) -> zbus::Result<()> {
    let header = call.header();
    let (app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout): NotifyArgs =
        match call.body().deserialize() {
            Ok(args) => args,
            Err(error) => {
                let invalid = zbus::fdo::Error::InvalidArgs(error.to_string());
                return connection.reply_dbus_error(&header, invalid).await;
            }
        };
    let id = {
        let mut log = shared.log();
        if replaces_id != 0 && log.notified.iter().any(|n| n.id == replaces_id) {
            replaces_id
        } else {
            log.last_id += 1;
            log.last_id
        }
    };
    let notified = Notified {
        id,
        sender: header.sender().map(|s| s.to_string()).unwrap_or_default(),
        app_name,
        replaces_id,
        app_icon,
        summary,
        body,
        actions: actions.chunks(2).map(|pair| (pair[0].clone(), pair.get(1).cloned().unwrap_or_default())).collect(),
        urgency: hints.get("urgency").and_then(|u| u.downcast_ref::<u8>().ok()),
        hints: hints.iter().map(|(name, value)| (name.clone(), value.to_string())).collect(),
        expire_timeout,
        at: SystemTime::now(),
    };
    // The id goes back before the test hears of the call, as a real server's would.
    connection.reply(&header, &id).await?;
    shared.record(|log| {
        log.notified.push(notified);
        log.returned.push(false);
    });
    Ok(())
}

async fn close_notification(connection: &zbus::Connection, shared: &Shared, call: &zbus::Message) -> zbus::Result<()> {
    let header = call.header();
    let Ok(id) = call.body().deserialize::<u32>() else {
        return connection.reply_dbus_error(&header, zbus::fdo::Error::InvalidArgs("expected an id".into())).await;
    };
    connection.reply(&header, &()).await?;
    shared.record(|log| log.close_calls.push(id));
    // As dunst does: the closing is told to whoever asked for it.
    let sender = header.sender().map(|s| s.to_string()).unwrap_or_default();
    let reason = CloseReason::ClosedByCall as u32;
    connection.emit_signal(Some(sender.as_str()), PATH, INTERFACE, "NotificationClosed", &(id, reason)).await
}
