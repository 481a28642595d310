//! A Telegram bot's credentials as @BotFather gives them: the token (a secret, never
//! printed) and the chat it writes to.

use std::fmt;

use crate::error::TargetError;

/// `123456789:AAH…`: the bot's id, a colon, and the secret. Checked so that it can go
/// into a URL path as it is; its `Debug` prints `<redacted>`.
#[derive(Clone, PartialEq, Eq)]
pub struct BotToken(String);

impl BotToken {
    pub fn parse(text: &str) -> Result<Self, TargetError> {
        let text = text.trim();
        let (id, secret) = text.split_once(':').ok_or(TargetError::BotToken)?;
        let id_ok = (1..=20).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_digit());
        let secret_ok = (20..=128).contains(&secret.len())
            && secret.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if id_ok && secret_ok { Ok(Self(text.to_owned())) } else { Err(TargetError::BotToken) }
    }

    /// The whole token: for the request path and the keyring only.
    pub(crate) fn as_secret_str(&self) -> &str {
        &self.0
    }

    /// The part after the colon, which alone is enough to be worth hiding.
    pub(crate) fn secret_part(&self) -> &str {
        self.0.split_once(':').map(|(_, secret)| secret).unwrap_or_default()
    }
}

impl fmt::Debug for BotToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Where the bot writes: a numeric chat id (negative for groups and channels) or a
/// public channel's `@name`. Not a secret: the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatId(String);

impl ChatId {
    pub fn parse(text: &str) -> Result<Self, TargetError> {
        let text = text.trim();
        let numeric = text.parse::<i64>().is_ok_and(|id| id != 0);
        let channel = text.strip_prefix('@').is_some_and(|name| {
            (4..=32).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        });
        if numeric || channel { Ok(Self(text.to_owned())) } else { Err(TargetError::ChatId) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What `sendMessage` takes as `chat_id`: a number when it is one, else the `@name`.
    pub(crate) fn to_json(&self) -> serde_json::Value {
        match self.0.parse::<i64>() {
            Ok(id) => id.into(),
            Err(_) => self.0.clone().into(),
        }
    }
}

impl fmt::Display for ChatId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_as_botfather_gives_them() {
        assert!(BotToken::parse("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw").is_ok());
        for bad in ["", "123456789", ":AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "12a:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"] {
            assert_eq!(BotToken::parse(bad), Err(TargetError::BotToken), "{bad}");
        }
        // Anything that could leave the URL path is refused.
        assert_eq!(BotToken::parse("1:AAHdqTcvCH1vGWJxfSeof/../x?y"), Err(TargetError::BotToken));
        let token = BotToken::parse("1:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw").ok();
        assert_eq!(format!("{token:?}"), "Some(<redacted>)");
    }

    #[test]
    fn chat_ids() {
        assert_eq!(ChatId::parse(" 12345 ").ok().map(|c| c.to_json()), Some(serde_json::json!(12345)));
        assert_eq!(
            ChatId::parse("-1001234567890").ok().map(|c| c.to_json()),
            Some(serde_json::json!(-1001234567890_i64))
        );
        assert_eq!(ChatId::parse("@my_alerts").ok().map(|c| c.to_json()), Some(serde_json::json!("@my_alerts")));
        for bad in ["", "0", "abc", "@a", "@bad-name", "12 34"] {
            assert_eq!(ChatId::parse(bad), Err(TargetError::ChatId), "{bad}");
        }
    }
}
