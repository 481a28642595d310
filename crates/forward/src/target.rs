//! Where alerts are forwarded: a webhook, an ntfy topic or a Telegram bot chat, checked
//! when entered and when read back, and kept as JSON in the OS keyring.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::address::WebAddress;
use crate::bot::{BotToken, ChatId};
use crate::error::TargetError;

/// One place alerts go. Every field is checked on construction and on deserialization,
/// so a `ForwardTarget` is always sendable. `Debug` never shows a token nor an address's
/// path or query; serializing does show them, on purpose: that JSON is for the keyring.
///
/// JSON: `{"kind":"webhook","url":…}`, `{"kind":"ntfy","topic_url":…,"hide_ips":true}`,
/// `{"kind":"telegram_bot","token":…,"chat_id":"12345"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ForwardTarget {
    /// A generic JSON POST.
    Webhook {
        #[serde(serialize_with = "secret_address")]
        url: WebAddress,
    },
    /// An ntfy-style topic URL: the text is POSTed with `Title`, `Priority` and `Tags`.
    Ntfy {
        #[serde(serialize_with = "secret_address")]
        topic_url: WebAddress,
        /// IP addresses are masked in what is sent (for public topics).
        hide_ips: bool,
    },
    /// The Bot API's `sendMessage` to one chat.
    TelegramBot {
        #[serde(serialize_with = "secret_token")]
        token: BotToken,
        #[serde(serialize_with = "chat")]
        chat_id: ChatId,
    },
}

impl ForwardTarget {
    pub fn webhook(url: &str) -> Result<Self, TargetError> {
        Ok(Self::Webhook { url: WebAddress::parse(url, "webhook address")? })
    }

    /// An ntfy topic: the address must name the topic (`https://ntfy.sh/my-topic`);
    /// `hide_ips` masks IP addresses in what is sent.
    pub fn ntfy(topic_url: &str, hide_ips: bool) -> Result<Self, TargetError> {
        let topic_url = WebAddress::parse(topic_url, "ntfy address")?;
        if topic_url.segments().is_empty() {
            return Err(TargetError::NoTopic);
        }
        Ok(Self::Ntfy { topic_url, hide_ips })
    }

    pub fn telegram_bot(token: &str, chat_id: &str) -> Result<Self, TargetError> {
        Ok(Self::TelegramBot { token: BotToken::parse(token)?, chat_id: ChatId::parse(chat_id)? })
    }

    /// For the UI: "Webhook to hooks.example.com", "ntfy topic on ntfy.sh",
    /// "Telegram bot, chat 12345". Never a secret.
    pub fn describe(&self) -> String {
        match self {
            Self::Webhook { url } => format!("Webhook to {}", url.place()),
            Self::Ntfy { topic_url, hide_ips: false } => format!("ntfy topic on {}", topic_url.place()),
            Self::Ntfy { topic_url, hide_ips: true } => {
                format!("ntfy topic on {} (IP addresses hidden)", topic_url.place())
            }
            Self::TelegramBot { chat_id, .. } => format!("Telegram bot, chat {chat_id}"),
        }
    }
}

fn secret_address<S: Serializer>(address: &WebAddress, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(address.as_secret_str())
}

fn secret_token<S: Serializer>(token: &BotToken, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(token.as_secret_str())
}

fn chat<S: Serializer>(chat_id: &ChatId, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(chat_id.as_str())
}

/// What the keyring holds, before it is checked again: the keyring may hold what an
/// older version wrote, or what someone edited by hand.
#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum StoredTarget {
    Webhook {
        url: String,
    },
    Ntfy {
        topic_url: String,
        #[serde(default)]
        hide_ips: bool,
    },
    TelegramBot {
        token: String,
        chat_id: ChatIdText,
    },
}

/// A chat id as written by us (a string) or by hand (a number).
#[derive(Deserialize)]
#[serde(untagged)]
enum ChatIdText {
    Text(String),
    Number(i64),
}

impl<'de> Deserialize<'de> for ForwardTarget {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let checked = match StoredTarget::deserialize(deserializer)? {
            StoredTarget::Webhook { url } => Self::webhook(&url),
            StoredTarget::Ntfy { topic_url, hide_ips } => Self::ntfy(&topic_url, hide_ips),
            StoredTarget::TelegramBot { token, chat_id: ChatIdText::Text(chat_id) } => {
                Self::telegram_bot(&token, &chat_id)
            }
            StoredTarget::TelegramBot { token, chat_id: ChatIdText::Number(chat_id) } => {
                Self::telegram_bot(&token, &chat_id.to_string())
            }
        };
        checked.map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    #[test]
    fn describes_without_secrets() {
        let webhook = ForwardTarget::webhook("https://hooks.example.com/services/T0/B0/SECRET");
        assert_eq!(webhook.map(|t| t.describe()), Ok("Webhook to hooks.example.com".to_owned()));
        let ntfy = ForwardTarget::ntfy("https://ntfy.sh/sg-alerts-4f9a", false);
        assert_eq!(ntfy.map(|t| t.describe()), Ok("ntfy topic on ntfy.sh".to_owned()));
        let bot = ForwardTarget::telegram_bot(TOKEN, "12345");
        assert_eq!(bot.map(|t| t.describe()), Ok("Telegram bot, chat 12345".to_owned()));
    }

    #[test]
    fn ntfy_needs_a_topic() {
        assert_eq!(ForwardTarget::ntfy("https://ntfy.sh/", false), Err(TargetError::NoTopic));
        assert_eq!(ForwardTarget::ntfy("https://ntfy.sh", false), Err(TargetError::NoTopic));
    }

    #[test]
    fn keyring_json_round_trips_and_is_checked_again() -> Result<(), Box<dyn std::error::Error>> {
        for target in [
            ForwardTarget::webhook("https://hooks.example.com/t/SECRET?k=1")?,
            ForwardTarget::ntfy("https://ntfy.sh/sg-alerts", true)?,
            ForwardTarget::telegram_bot(TOKEN, "-1001234567890")?,
        ] {
            let json = serde_json::to_string(&target)?;
            assert_eq!(serde_json::from_str::<ForwardTarget>(&json)?, target, "{json}");
        }
        let json = serde_json::to_value(ForwardTarget::telegram_bot(TOKEN, "12345")?)?;
        assert_eq!(json, serde_json::json!({"kind": "telegram_bot", "token": TOKEN, "chat_id": "12345"}));

        let by_hand = r#"{"kind":"telegram_bot","token":"123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw","chat_id":42}"#;
        assert_eq!(serde_json::from_str::<ForwardTarget>(by_hand)?, ForwardTarget::telegram_bot(TOKEN, "42")?);

        let bad = serde_json::from_str::<ForwardTarget>(r#"{"kind":"webhook","url":"ftp://x/y"}"#);
        let message = bad.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(message.contains("must start with https:// or http://"), "{message}");
        Ok(())
    }
}
