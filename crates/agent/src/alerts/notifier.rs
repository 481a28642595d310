//! Native notifications, each shown off the runtime with a timeout, since a notification
//! service that never answers would otherwise stall us; how each OS shows them is in
//! `desktop`. A login alert carries "It's me" and "Terminate" where the platform has
//! actions; every alert is also forwarded off the desktop when the person set a target.

use std::sync::Arc;
use std::time::Duration;

use sessionguard_core::{LoginDetails, SecurityEventKind};
use sessionguard_forward::ForwardedAlert;
use sessionguard_i18n::{Words, words};
use sessionguard_protocol::RuleOutcome;
use tokio::sync::{mpsc, oneshot};

use crate::alerts::alert_text::{AlertText, Urgency, alert_text, burst_text, found_at_start};
use crate::alerts::forwarding::Forwarding;
use crate::alerts::outlets::Alarm;
use crate::desktop::{self, OnScreen};
use crate::storage::settings_store::SettingsStore;
use crate::words::untrusted_text::{FIELD_CHARS, one_line};

/// How long one notification may take to be accepted.
const SHOW_TIMEOUT: Duration = Duration::from_secs(5);

/// What the person answered on a notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotificationAnswer {
    pub account: String,
    pub alert_id: u32,
    pub choice: Choice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// "It's me".
    ItsMe,
    Terminate,
    /// "Secure my account": the window opens with its confirmation.
    Secure,
    /// The notification itself was clicked: open the window.
    Open,
}

/// The buttons of a login alert that is still there.
pub const LOGIN_BUTTONS: &[Choice] = &[Choice::ItsMe, Choice::Terminate, Choice::Secure];
/// The button of a login-code alert: nobody is in yet, but someone is at the door.
pub const CODE_BUTTONS: &[Choice] = &[Choice::Secure];

impl Choice {
    pub(crate) fn id(self) -> &'static str {
        match self {
            Self::ItsMe => "its-me",
            Self::Terminate => "terminate",
            Self::Secure => "secure",
            Self::Open => "default",
        }
    }

    /// The button's words in `language` (a tag).
    pub(crate) fn label(self, language: &str) -> String {
        let id = match self {
            Self::ItsMe => "notify-button-its-me",
            Self::Terminate => "notify-button-terminate",
            Self::Secure => "notify-button-secure",
            Self::Open => "notify-button-open",
        };
        words(language).text(id, &[])
    }

    pub(crate) fn from_id(id: &str) -> Option<Self> {
        [Self::ItsMe, Self::Terminate, Self::Secure, Self::Open].into_iter().find(|c| c.id() == id)
    }
}

/// Alarms waiting together above this many are one notification (a flood of logins).
const BURST: usize = 3;
/// The most alarms taken in one go.
const MOST_AT_ONCE: usize = 1_000;

/// Shows (and forwards) every alarm until the channel closes; what is shown for an alert
/// is remembered in `on_screen`, so the person's answer finds its alert and the
/// notification goes when the alert does. Where the OS reports the answer on the
/// notification itself (Windows, macOS) it goes straight to `answers`. Alarms that pile up
/// while a notification is being shown (a flood) are shown as one; each is still
/// forwarded, and each still waits in the window and the tray.
pub async fn run(
    mut alarms: mpsc::UnboundedReceiver<Alarm>,
    settings: Arc<SettingsStore>,
    forwarding: Arc<Forwarding>,
    on_screen: OnScreen,
    answers: mpsc::UnboundedSender<NotificationAnswer>,
) {
    while let Some(first) = alarms.recv().await {
        let mut batch = vec![first];
        while batch.len() < MOST_AT_ONCE
            && let Ok(more) = alarms.try_recv()
        {
            batch.push(more);
        }
        let words = words(settings.language());
        let worded: Vec<(Alarm, AlertText)> = batch
            .into_iter()
            .filter_map(|alarm| {
                let mut text = alert_text(&alarm.event, &alarm.label, alarm.rule.as_ref(), &words)?;
                if alarm.while_away {
                    text = found_at_start(text, &words);
                }
                let forwarded = ForwardedAlert::from_event(&alarm.label, &alarm.event, &text.summary, &text.body);
                let (forwarding, account) = (forwarding.clone(), alarm.account.clone());
                tokio::spawn(async move { forwarding.forward(&account, forwarded).await });
                Some((alarm, text))
            })
            .collect();
        if worded.len() > BURST {
            show_burst(&worded, &words).await;
        } else {
            for (alarm, text) in worded {
                show_one(alarm, text, &on_screen, &answers).await;
            }
        }
    }
}

async fn show_burst(worded: &[(Alarm, AlertText)], words: &Words) {
    let texts: Vec<AlertText> = worded.iter().map(|(_, text)| text.clone()).collect();
    let logins: Vec<&LoginDetails> = worded.iter().filter_map(|(alarm, _)| alarm.event.login.as_ref()).collect();
    let accounts: Vec<&str> = worded.iter().map(|(alarm, _)| alarm.label.as_str()).collect();
    tracing::info!(count = worded.len(), "a burst of alerts, shown as one notification");
    if let Err(error) = show(burst_text(&texts, &logins, &accounts, words), &[], Box::new(|_| {})).await {
        tracing::warn!(%error, "could not show a notification (the alerts are still in the window and the tray)");
    }
}

async fn show_one(
    alarm: Alarm,
    text: AlertText,
    on_screen: &OnScreen,
    answers: &mpsc::UnboundedSender<NotificationAnswer>,
) {
    let buttons = buttons_for(&alarm);
    let (account, alert_id, answers) = (alarm.account.clone(), alarm.alert_id, answers.clone());
    let answered = move |choice| {
        let _ = answers.send(NotificationAnswer { account, alert_id, choice });
    };
    match show(text, buttons, Box::new(answered)).await {
        Ok(Some(id)) => {
            tracing::debug!(id, "notification shown");
            if alarm.alert_id > 0 {
                on_screen.shown(id, (alarm.account, alarm.alert_id));
            }
        }
        Ok(None) => tracing::debug!("notification shown"),
        Err(error) => {
            tracing::warn!(%error, "could not show a notification (the alert is still in the window and the tray)")
        }
    }
}

/// A login (or website) that is still there can be answered from the notification itself;
/// someone asking for a login code, or a new login, can be met with "Secure my account".
fn buttons_for(alarm: &Alarm) -> &'static [Choice] {
    let kind = alarm.event.kind;
    if alarm.alert_id == 0 {
        &[]
    } else if kind == SecurityEventKind::LoginCodeRequested {
        CODE_BUTTONS
    } else if alarm.rule.as_ref().is_some_and(RuleOutcome::acted) {
        &[]
    } else if kind.is_login() {
        LOGIN_BUTTONS
    } else if kind == SecurityEventKind::NewWebsite {
        &LOGIN_BUTTONS[..2]
    } else {
        &[]
    }
}

/// Tells the person that what they chose on a notification could not be done (Telegram
/// refused "It's me", or a termination): a plain notification, as the answer came from one.
pub async fn tell_refusal(choice: Choice, error: &str, words: &Words) {
    let what = match choice {
        Choice::ItsMe => "notify-refused-confirm-title",
        Choice::Terminate => "notify-refused-terminate-title",
        Choice::Secure | Choice::Open => return,
    };
    let body = words.text("notify-refused-body", &[("error", one_line(error, 3 * FIELD_CHARS).into())]);
    let summary = words.text(what, &[]);
    let text = AlertText { summary, body, urgency: Urgency::Critical, language: words.language() };
    if let Err(error) = show(text, &[], Box::new(|_| {})).await {
        tracing::warn!(%error, "could not show that a notification's answer was refused");
    }
}

#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    #[error("the notification service did not answer within {SHOW_TIMEOUT:?}")]
    TimedOut,
    #[error("{0}")]
    Failed(String),
}

/// Shows one notification with `buttons`; the server's id where the OS has one to close
/// it by later.
async fn show(
    text: AlertText,
    buttons: &'static [Choice],
    answered: Box<dyn FnOnce(Choice) + Send>,
) -> Result<Option<u32>, NotifyError> {
    let (shown_tx, shown_rx) = oneshot::channel();
    // The blocking thread outlives a timeout on purpose: the guard goes on without it.
    std::thread::spawn(move || {
        let shown = desktop::show_notification(&text, buttons, answered).map_err(NotifyError::Failed);
        let _ = shown_tx.send(shown);
    });
    match tokio::time::timeout(SHOW_TIMEOUT, shown_rx).await {
        Ok(Ok(result)) => result,
        Ok(Err(_)) => Err(NotifyError::Failed("the notification thread stopped".into())),
        Err(_) => Err(NotifyError::TimedOut),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_ids_round_trip() {
        for choice in [Choice::ItsMe, Choice::Terminate, Choice::Secure, Choice::Open] {
            assert_eq!(Choice::from_id(choice.id()), Some(choice));
        }
        assert_eq!(Choice::from_id("__closed"), None);
    }
}
