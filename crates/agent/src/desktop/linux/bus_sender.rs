//! Who sent a D-Bus signal. Any program on a bus can send a signal that names another's
//! interface, and one sent straight to us reaches us whatever our match rules say; only the
//! bus knows which connection owns a well-known name, so it is asked.

use std::time::Duration;

/// How long the bus may take to say who owns a name.
const OWNER_TIMEOUT: Duration = Duration::from_secs(5);

/// Whether `message` came from the connection that owns `name` now; `false` when that
/// cannot be known (no sender, no owner, no answer): fails closed.
pub async fn sent_by_owner(connection: &zbus::Connection, message: &zbus::Message, name: &str) -> bool {
    let Some(sender) = message.header().sender().map(|s| s.to_string()) else { return false };
    let Ok(name) = zbus::names::BusName::try_from(name) else { return false };
    let ask = async {
        let bus = zbus::fdo::DBusProxy::new(connection).await?;
        bus.get_name_owner(name).await
    };
    match tokio::time::timeout(OWNER_TIMEOUT, ask).await {
        Ok(Ok(owner)) if owner.as_str() == sender => true,
        Ok(Ok(owner)) => {
            tracing::warn!(%sender, %owner, "a signal in another program's name was ignored");
            false
        }
        Ok(Err(error)) => {
            tracing::debug!(%error, "nobody owns the name a signal claims to come from");
            false
        }
        Err(_) => false,
    }
}
