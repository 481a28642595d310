//! Linux: the machine woke (logind's `PrepareForSleep(false)`) or the network came back
//! (NetworkManager's `StateChanged` to "connected"), on the system bus — believed only from
//! the connections that own those names.

use futures::StreamExt;
use futures::stream::{SelectAll, select_all};
use tokio::sync::mpsc;

use crate::desktop::Wake;
use crate::desktop::linux::bus_sender::sent_by_owner;

const LOGIND: &str = "org.freedesktop.login1";
const NETWORK_MANAGER: &str = "org.freedesktop.NetworkManager";
/// NetworkManager's `NM_STATE_CONNECTED_GLOBAL`: full network access.
const NM_CONNECTED_GLOBAL: u32 = 70;

/// Follows the system bus until it goes away (none, as in many containers: a wake is then
/// noticed at the next poll).
pub async fn run(wakes: mpsc::UnboundedSender<Wake>) {
    match zbus::Connection::system().await {
        Ok(connection) => follow(&connection, wakes).await,
        Err(error) => tracing::info!(%error, "no system bus: waking from sleep is noticed at the next poll"),
    }
}

/// Follows `connection` (a system bus) and tells `wakes` of each wake and network return.
pub async fn follow(connection: &zbus::Connection, wakes: mpsc::UnboundedSender<Wake>) {
    WakeSignals::listen(connection).await.forward(wakes).await;
}

/// The wake signals of a system bus, subscribed to: none sent from now on is missed.
pub struct WakeSignals {
    connection: zbus::Connection,
    signals: SelectAll<zbus::MessageStream>,
}

impl std::fmt::Debug for WakeSignals {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WakeSignals").field("connection", &self.connection.unique_name()).finish_non_exhaustive()
    }
}

impl WakeSignals {
    pub async fn listen(connection: &zbus::Connection) -> Self {
        let signals = [
            (LOGIND, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep"),
            (NETWORK_MANAGER, "/org/freedesktop/NetworkManager", NETWORK_MANAGER, "StateChanged"),
        ];
        let mut streams = Vec::new();
        for (sender, path, interface, member) in signals {
            match stream_of(connection, sender, path, interface, member).await {
                Ok(stream) => streams.push(stream),
                Err(error) => tracing::warn!(%error, member, "cannot follow the system bus"),
            }
        }
        Self { connection: connection.clone(), signals: select_all(streams) }
    }

    /// Tells `wakes` of each wake and network return, until the bus or `wakes` goes away.
    pub async fn forward(mut self, wakes: mpsc::UnboundedSender<Wake>) {
        while let Some(signal) = self.signals.next().await {
            let Ok(message) = signal else { continue };
            if let Some(wake) = self.wake_in(&message).await
                && wakes.send(wake).is_err()
            {
                return;
            }
        }
    }

    /// The wake `message` says, if it says one and comes from the service it names.
    async fn wake_in(&self, message: &zbus::Message) -> Option<Wake> {
        let header = message.header();
        let (wake, from) = match header.member().map(|m| m.as_str()) {
            Some("PrepareForSleep") if message.body().deserialize::<bool>().ok()? => return None,
            Some("PrepareForSleep") => (Wake::Resumed, LOGIND),
            Some("StateChanged") if message.body().deserialize::<u32>().ok()? == NM_CONNECTED_GLOBAL => {
                (Wake::NetworkBack, NETWORK_MANAGER)
            }
            _ => return None,
        };
        sent_by_owner(&self.connection, message, from).await.then_some(wake)
    }
}

async fn stream_of(
    connection: &zbus::Connection,
    sender: &str,
    path: &str,
    interface: &str,
    member: &str,
) -> zbus::Result<zbus::MessageStream> {
    let rule = zbus::MatchRule::builder()
        .msg_type(zbus::message::Type::Signal)
        .sender(sender)
        .path(path)
        .interface(interface)
        .member(member)
        .build()?;
    zbus::MessageStream::for_match_rule(rule, connection, None).await
}
