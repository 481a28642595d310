//! Where the agent's news goes — subscribed windows, the notifier, the tray — shared by
//! every guarded account and the sign-in screen, so whatever changes reaches everyone.

use std::sync::Arc;

use sessionguard_core::SecurityEvent;
use sessionguard_protocol::{AgentEvent, AgentState, RuleOutcome};
use tokio::sync::{broadcast, mpsc, watch};

/// An alarm for the notifier and the forwarder, with the account and alert it is about.
#[derive(Debug, Clone)]
pub struct Alarm {
    /// The account's id, for acting on it from the notification.
    pub account: String,
    /// The account's name, for the words.
    pub label: String,
    pub alert_id: u32,
    pub event: SecurityEvent,
    /// What a rule did about it.
    pub rule: Option<RuleOutcome>,
    /// It happened while the agent was not running.
    pub while_away: bool,
}

#[derive(Debug, Clone)]
pub struct Outlets {
    events: broadcast::Sender<AgentEvent>,
    alarms: mpsc::UnboundedSender<Alarm>,
    /// Bumped whenever the state may have changed; the state publisher follows it.
    changed: Arc<watch::Sender<u64>>,
}

impl Outlets {
    /// New outlets; alarms go to the returned receiver (the notifier).
    pub fn new() -> (Self, mpsc::UnboundedReceiver<Alarm>) {
        let (events, _) = broadcast::channel(256);
        let (alarms, alarms_rx) = mpsc::unbounded_channel();
        (Self { events, alarms, changed: Arc::new(watch::channel(0).0) }, alarms_rx)
    }

    /// Every event from here on, for a subscribing window.
    pub fn subscribe(&self) -> broadcast::Receiver<AgentEvent> {
        self.events.subscribe()
    }

    /// Whether a window (or any subscriber) is listening.
    pub fn has_subscribers(&self) -> bool {
        self.events.receiver_count() > 0
    }

    /// Asks a subscribed window to come to the front.
    pub fn focus_window(&self) {
        let _ = self.events.send(AgentEvent::Focus);
    }

    /// Says the state may have changed; many calls in a row make one update.
    pub fn changed(&self) {
        self.changed.send_modify(|generation| *generation = generation.wrapping_add(1));
    }

    /// Follows [`Self::changed`].
    pub fn changes(&self) -> watch::Receiver<u64> {
        self.changed.subscribe()
    }

    pub fn publish_state(&self, state: AgentState) {
        let _ = self.events.send(AgentEvent::State { state: Box::new(state) });
    }

    pub fn publish(&self, event: AgentEvent) {
        let _ = self.events.send(event);
    }

    pub fn alarm(&self, alarm: Alarm) {
        let _ = self.alarms.send(alarm);
    }
}
