//! Where the agent's news goes — subscribed windows, the notifier, the tray — shared by
//! whichever account is guarded, so moving from sign-in to an account (or back) keeps
//! every listener.

use std::sync::Arc;

use sessionguard_core::SecurityEvent;
use sessionguard_protocol::{AgentEvent, AgentState};
use tokio::sync::{broadcast, mpsc, watch};

/// An alarm for the notifier, with the account it is about.
#[derive(Debug, Clone)]
pub struct Alarm {
    pub account: String,
    pub event: SecurityEvent,
}

#[derive(Debug, Clone)]
pub struct Outlets {
    events: broadcast::Sender<AgentEvent>,
    alarms: mpsc::UnboundedSender<Alarm>,
    /// How many alerts wait for the person; the tray follows it.
    pending_alerts: Arc<watch::Sender<usize>>,
}

impl Outlets {
    /// New outlets; alarms go to the returned receiver (the notifier).
    pub fn new() -> (Self, mpsc::UnboundedReceiver<Alarm>) {
        let (events, _) = broadcast::channel(256);
        let (alarms, alarms_rx) = mpsc::unbounded_channel();
        (Self { events, alarms, pending_alerts: Arc::new(watch::channel(0).0) }, alarms_rx)
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

    /// The number of alerts waiting, for the tray.
    pub fn pending_alerts(&self) -> watch::Receiver<usize> {
        self.pending_alerts.subscribe()
    }

    pub fn publish_state(&self, state: AgentState) {
        self.pending_alerts.send_replace(state.alerts.len());
        let _ = self.events.send(AgentEvent::State { state });
    }

    pub fn publish(&self, event: AgentEvent) {
        let _ = self.events.send(event);
    }

    pub fn alarm(&self, alarm: Alarm) {
        let _ = self.alarms.send(alarm);
    }
}
