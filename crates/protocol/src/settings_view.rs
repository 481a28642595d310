//! What the Settings page shows and edits: alert kinds, rules, start-up, and where
//! alerts are forwarded (the target itself stays in the agent's keyring).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sessionguard_core::{AlertSwitches, Rules};
use ts_rs::TS;

use crate::secret_text::SecretText;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct Settings {
    /// Which kinds of alert notify.
    pub alerts: AlertSwitches,
    /// What the agent does by itself when a session appears.
    pub rules: Rules,
    /// Start the agent when the person logs in to the computer.
    pub autostart: bool,
    /// The language of every word, as a tag ("ru", "pt-BR"); `None` follows the system.
    pub language: Option<String>,
}

/// A language SessionGuard speaks, named in itself ("Русский"), for the Settings page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LanguageChoice {
    pub tag: String,
    pub name: String,
}

/// A forwarding target as the person typed it. Addresses and tokens are secrets: a
/// webhook's address usually carries its key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum ForwardTargetInput {
    /// A JSON POST to this address.
    Webhook { url: SecretText },
    /// An ntfy topic, e.g. https://ntfy.sh/my-secret-topic; `hide_ips` masks IP addresses
    /// in what is sent (anyone with a public topic's name can read it).
    Ntfy {
        topic_url: SecretText,
        #[serde(default)]
        hide_ips: bool,
    },
    /// A message from a Telegram bot (made with @BotFather) to a chat.
    TelegramBot { token: SecretText, chat_id: String },
}

/// How the last forwarded alert went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DeliveryView {
    pub at: DateTime<Utc>,
    pub ok: bool,
    /// "Delivered (1 try)", "no answer from ntfy.sh in 10 s, 3 tries".
    pub detail: String,
    pub test: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ForwardingView {
    /// The target in words that give nothing secret away ("Webhook to hooks.example.com").
    pub target: Option<String>,
    pub last: Option<DeliveryView>,
    /// A test alert is on its way.
    pub sending: bool,
}
