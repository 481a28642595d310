//! Native notifications (notify-rust: D-Bus on Linux), each shown off the runtime with a
//! timeout, since a notification daemon that never answers would otherwise stall us.

use std::time::Duration;

use tokio::sync::mpsc;

use crate::alert_text::{AlertText, Urgency, alert_text};
use crate::outlets::Alarm;

/// How long one notification may take to be accepted.
const SHOW_TIMEOUT: Duration = Duration::from_secs(5);

/// Shows every alarm until the channel closes.
pub async fn run(mut alarms: mpsc::UnboundedReceiver<Alarm>) {
    while let Some(alarm) = alarms.recv().await {
        let Some(text) = alert_text(&alarm.event, &alarm.account) else { continue };
        match show(text).await {
            Ok(()) => tracing::debug!("notification shown"),
            Err(error) => {
                tracing::warn!(%error, "could not show a notification (the alert is still in the window and the tray)")
            }
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    #[error("the notification service did not answer within {SHOW_TIMEOUT:?}")]
    TimedOut,
    #[error("{0}")]
    Failed(String),
}

async fn show(text: AlertText) -> Result<(), NotifyError> {
    let task = tokio::task::spawn_blocking(move || {
        let mut notification = notify_rust::Notification::new();
        notification.appname("SessionGuard").summary(&text.summary).body(&text.body);
        #[cfg(all(unix, not(target_os = "macos")))]
        {
            notification.icon("dialog-warning");
            notification.urgency(match text.urgency {
                Urgency::Critical => notify_rust::Urgency::Critical,
                Urgency::Normal => notify_rust::Urgency::Normal,
            });
            // Alerts stay until the person dismisses them.
            notification.timeout(notify_rust::Timeout::Never);
        }
        #[cfg(not(all(unix, not(target_os = "macos"))))]
        let _ = text.urgency;
        notification.show().map(|_| ()).map_err(|e| NotifyError::Failed(e.to_string()))
    });
    match tokio::time::timeout(SHOW_TIMEOUT, task).await {
        Ok(Ok(result)) => result,
        Ok(Err(join)) => Err(NotifyError::Failed(join.to_string())),
        // The blocking thread is left to finish on its own; the guard goes on.
        Err(_) => Err(NotifyError::TimedOut),
    }
}
