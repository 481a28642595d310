//! Alerts off the desktop: the forwarding target (kept in the OS keyring, as its address
//! or token is a secret), each alert sent there, and how the last one went — shown in
//! Settings and journaled, never silent.

use std::sync::{Arc, Mutex, OnceLock};

use keyring_core::{CredentialStore, Error as KeyringError};
use sessionguard_core::Clock;
use sessionguard_forward::{ForwardTarget, ForwardedAlert, Forwarder, RetryPolicy};
use sessionguard_journal::Action;
use sessionguard_protocol::{DeliveryView, ErrorBody, ErrorCode, ForwardTargetInput, ForwardingView};
use sessionguard_telegram::vault::KEYRING_SERVICE;

use crate::accounts::lock;
use crate::history::journal_link::JournalLink;
use crate::storage::saved_accounts::{KEYRING_WAIT, within};

/// The keyring entry holding the forwarding target.
const KEYRING_ENTRY: &str = "forwarding";

#[derive(Debug)]
pub struct Forwarding {
    keyring: Result<Arc<CredentialStore>, String>,
    policy: RetryPolicy,
    /// Made at the first send: building the HTTP client loads the system's TLS roots,
    /// which costs memory and start-up time an agent that never forwards should not pay.
    forwarder: OnceLock<Result<Forwarder, String>>,
    journal: JournalLink,
    clock: Arc<dyn Clock>,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    target: Option<ForwardTarget>,
    last: Option<DeliveryView>,
    sending: bool,
}

impl Forwarding {
    /// Reads the saved target from the keyring (off the runtime: it is D-Bus on Linux).
    pub async fn load(
        keyring: Result<Arc<CredentialStore>, String>,
        policy: RetryPolicy,
        journal: JournalLink,
        clock: Arc<dyn Clock>,
    ) -> Self {
        let target = match &keyring {
            Ok(store) => {
                let store = store.clone();
                let read = within(KEYRING_WAIT, move || read_target(&store)).await;
                if read.is_none() {
                    tracing::warn!("the keyring did not answer in time; forwarding is off this run");
                }
                read.flatten()
            }
            Err(_) => None,
        };
        Self {
            keyring,
            policy,
            forwarder: OnceLock::new(),
            journal,
            clock,
            state: Mutex::new(State { target, ..State::default() }),
        }
    }

    pub fn view(&self) -> ForwardingView {
        let state = lock(&self.state);
        ForwardingView {
            target: state.target.as_ref().map(ForwardTarget::describe),
            last: state.last.clone(),
            sending: state.sending,
        }
    }

    /// Checks and saves a new target (`None` stops forwarding).
    pub async fn set_target(&self, input: Option<ForwardTargetInput>) -> Result<(), ErrorBody> {
        let target = input.map(|input| parse(&input)).transpose()?;
        let store = self.keyring.clone().map_err(|reason| ErrorBody::new(ErrorCode::KeyringUnavailable, reason))?;
        let saved = target.clone();
        let outcome = within(KEYRING_WAIT, move || write_target(&store, saved.as_ref())).await;
        match outcome {
            Some(Ok(())) => {}
            Some(Err(reason)) => return Err(ErrorBody::new(ErrorCode::KeyringUnavailable, reason)),
            None => {
                return Err(ErrorBody::new(
                    ErrorCode::KeyringUnavailable,
                    "the system keyring did not answer (an unlock prompt may be waiting for you)",
                ));
            }
        }
        let mut state = lock(&self.state);
        state.target = target;
        state.last = None;
        Ok(())
    }

    /// Sends an alert to the target, if one is set, and keeps how it went.
    pub async fn forward(&self, account: &str, alert: ForwardedAlert) {
        let Some(target) = lock(&self.state).target.clone() else { return };
        let delivery = self.send(&target, &alert).await;
        let action =
            Action::AlertForwarded { target: target.describe(), ok: delivery.ok, detail: delivery.detail.clone() };
        let (account, at) = (account.to_owned(), delivery.at);
        self.journal.write(move |journal| journal.record_action(&account, &action, at)).await;
    }

    /// The Settings page's "Send a test alert".
    pub async fn send_test(&self) -> Result<DeliveryView, ErrorBody> {
        let target = lock(&self.state)
            .target
            .clone()
            .ok_or_else(|| ErrorBody::new(ErrorCode::BadRequest, "set where alerts go first"))?;
        lock(&self.state).sending = true;
        let delivery = self.send(&target, &ForwardedAlert::test("your Telegram account", self.clock.now())).await;
        lock(&self.state).sending = false;
        if delivery.ok { Ok(delivery) } else { Err(ErrorBody::new(ErrorCode::Forwarding, delivery.detail)) }
    }

    async fn send(&self, target: &ForwardTarget, alert: &ForwardedAlert) -> DeliveryView {
        let forwarder = self.forwarder.get_or_init(|| Forwarder::new(self.policy.clone()).map_err(|e| e.to_string()));
        let result = match forwarder {
            Ok(forwarder) => forwarder.send(target, alert).await.map_err(|e| e.to_string()),
            Err(reason) => Err(reason.clone()),
        };
        let (ok, detail) = match result {
            Ok(delivery) => (true, format!("Delivered ({})", tries(delivery.attempts))),
            Err(reason) => {
                tracing::warn!(%reason, "forwarding an alert failed");
                (false, reason)
            }
        };
        let view = DeliveryView { at: self.clock.now(), ok, detail, test: alert.is_test() };
        lock(&self.state).last = Some(view.clone());
        view
    }
}

fn tries(attempts: u32) -> String {
    if attempts == 1 { "1 try".into() } else { format!("{attempts} tries") }
}

fn parse(input: &ForwardTargetInput) -> Result<ForwardTarget, ErrorBody> {
    let target = match input {
        ForwardTargetInput::Webhook { url } => ForwardTarget::webhook(url.expose()),
        ForwardTargetInput::Ntfy { topic_url, hide_ips } => ForwardTarget::ntfy(topic_url.expose(), *hide_ips),
        ForwardTargetInput::TelegramBot { token, chat_id } => ForwardTarget::telegram_bot(token.expose(), chat_id),
    };
    target.map_err(|e| ErrorBody::new(ErrorCode::BadRequest, e.to_string()))
}

fn read_target(store: &Arc<CredentialStore>) -> Option<ForwardTarget> {
    let entry = store.build(KEYRING_SERVICE, KEYRING_ENTRY, None).ok()?;
    match entry.get_secret() {
        Ok(bytes) => match serde_json::from_slice(&bytes) {
            Ok(target) => Some(target),
            Err(_) => {
                tracing::warn!("the saved forwarding target is damaged; forwarding is off until it is set again");
                None
            }
        },
        Err(KeyringError::NoEntry) => None,
        Err(error) => {
            tracing::warn!(%error, "could not read the forwarding target from the keyring");
            None
        }
    }
}

fn write_target(store: &Arc<CredentialStore>, target: Option<&ForwardTarget>) -> Result<(), String> {
    let entry = store.build(KEYRING_SERVICE, KEYRING_ENTRY, None).map_err(|e| e.to_string())?;
    match target {
        Some(target) => {
            let bytes = serde_json::to_vec(target).map_err(|e| e.to_string())?;
            entry.set_secret(&bytes).map_err(|e| e.to_string())
        }
        None => match entry.delete_credential() {
            Ok(()) | Err(KeyringError::NoEntry) => Ok(()),
            Err(error) => Err(error.to_string()),
        },
    }
}
