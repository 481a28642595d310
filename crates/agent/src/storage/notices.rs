//! Notices for the person whichever account the window shows: a damaged file set aside,
//! an account saved in a keyring that is locked. Each lasts until dismissed, or — when it
//! is about something that can be resolved — until that is.

use sessionguard_protocol::NoticeView;

/// What a notice is about, for removing it once resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Topic {
    /// News that only the person can dismiss.
    News,
    /// A saved account whose keyring would not open (by keyring entry).
    KeyringWaiting(String),
}

#[derive(Debug, Default)]
pub struct Notices {
    shown: Vec<(NoticeView, Topic)>,
    next_id: u32,
}

impl Notices {
    /// Adds a notice, replacing one on the same resolvable topic; the same news twice is
    /// shown once.
    pub fn add(&mut self, text: String, topic: Topic) {
        if topic == Topic::News {
            if self.shown.iter().any(|(n, t)| *t == Topic::News && n.text == text) {
                return;
            }
        } else {
            self.resolve(&topic);
        }
        self.next_id = self.next_id.wrapping_add(1);
        let keyring_retry = matches!(topic, Topic::KeyringWaiting(_));
        self.shown.push((NoticeView { id: self.next_id, text, keyring_retry }, topic));
    }

    pub fn resolve(&mut self, topic: &Topic) {
        self.shown.retain(|(_, t)| t != topic);
    }

    pub fn dismiss(&mut self, id: u32) -> bool {
        let before = self.shown.len();
        self.shown.retain(|(n, _)| n.id != id);
        self.shown.len() != before
    }

    pub fn views(&self) -> Vec<NoticeView> {
        self.shown.iter().map(|(n, _)| n.clone()).collect()
    }

    /// The keyring entries waiting for the keyring to open.
    pub fn waiting_entries(&self) -> Vec<String> {
        self.shown
            .iter()
            .filter_map(|(_, t)| match t {
                Topic::KeyringWaiting(entry) => Some(entry.clone()),
                Topic::News => None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolvable_notices_replace_each_other_and_go_when_resolved() {
        let mut notices = Notices::default();
        notices.add("The settings file was damaged.".into(), Topic::News);
        notices.add("The settings file was damaged.".into(), Topic::News);
        notices.add("locked".into(), Topic::KeyringWaiting("telegram-1".into()));
        notices.add("still locked".into(), Topic::KeyringWaiting("telegram-1".into()));
        let texts: Vec<String> = notices.views().into_iter().map(|n| n.text).collect();
        assert_eq!(texts, ["The settings file was damaged.", "still locked"]);
        assert_eq!(notices.waiting_entries(), ["telegram-1"]);
        notices.resolve(&Topic::KeyringWaiting("telegram-1".into()));
        assert!(notices.waiting_entries().is_empty());
        let id = notices.views()[0].id;
        assert!(notices.dismiss(id));
        assert!(notices.views().is_empty());
    }
}
