//! What Windows' toasts and macOS' notification centre share: the answer comes back on
//! the notification's own handle, so there is no bus to follow; the same buttons.

use std::collections::HashSet;

use tokio::sync::{mpsc, watch};

use crate::alerts::notifier::{Choice, NotificationAnswer};
use crate::desktop::{AlertKey, OnScreen};

/// Answers arrive with each notification (`show_notification`): nothing to follow.
pub async fn follow_notifications(
    _on_screen: OnScreen,
    _live: watch::Receiver<HashSet<AlertKey>>,
    _answers: mpsc::UnboundedSender<NotificationAnswer>,
) {
}

/// The alert's buttons ("It's me", "Terminate", "Secure my account").
pub fn add_answer_buttons(notification: &mut notify_rust::Notification, buttons: &[Choice], language: &str) {
    for choice in buttons {
        notification.action(choice.id(), &choice.label(language));
    }
}

/// What to do with the action a handle reports: a button becomes the person's choice; a
/// dismissal (`__closed`) is no answer.
pub fn on_action(answered: Box<dyn FnOnce(Choice) + Send>) -> impl FnOnce(&str) {
    move |action| {
        if let Some(choice) = Choice::from_id(action) {
            answered(choice);
        }
    }
}
