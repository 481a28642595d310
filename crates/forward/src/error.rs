//! What can go wrong, worded for the person who set forwarding up: a target refused when
//! entered, or an alert that did not get through after every try.

use std::time::Duration;

/// Why a target was refused, when typed in or read back from the keyring.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TargetError {
    #[error("the {what} is empty")]
    Empty { what: &'static str },
    #[error("the {what} must start with https:// or http://")]
    NotWeb { what: &'static str },
    /// `reason` comes from the URL parser and never repeats the address itself.
    #[error("the {what} is not a valid address ({reason})")]
    Malformed { what: &'static str, reason: String },
    #[error("the {what} has no host name")]
    NoHost { what: &'static str },
    #[error("the {what} must use https:// (plain http:// only to this computer: 127.0.0.1, [::1] or localhost)")]
    PlainHttp { what: &'static str },
    #[error("the ntfy address must name a topic, like https://ntfy.sh/your-secret-topic")]
    NoTopic,
    #[error("the bot token must look like 123456789:AAH…, as @BotFather gives it")]
    BotToken,
    #[error("the chat must be a numeric chat id (like 12345 or -1001234567890) or a @channel name")]
    ChatId,
}

/// An alert that did not get through, after `attempts` tries.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason}{}", tries(*attempts))]
pub struct ForwardError {
    pub attempts: u32,
    pub reason: Failure,
}

/// Why one try failed. No variant holds a token or a whole address: `place` is a host
/// name, and `detail` has been cleaned of the target's secrets.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Failure {
    #[error("no answer from {place} in {}", seconds(*after))]
    Timeout { place: String, after: Duration },
    #[error("cannot reach {place} ({detail})")]
    Unreachable { place: String, detail: String },
    /// Connected, then the connection ended before a whole answer came.
    #[error("{place} hung up without answering ({detail})")]
    HungUp { place: String, detail: String },
    #[error("{place} failed with {}{}", status_text(*status), colon(detail))]
    ServerError { place: String, status: u16, detail: Option<String> },
    #[error("{place} says too many messages were sent (429){}", waited(*retry_after))]
    RateLimited { place: String, retry_after: Option<Duration> },
    #[error("the bot token was refused ({status})")]
    BotTokenRefused { status: u16 },
    #[error("{place} refused the alert ({}){}", status_text(*status), colon(detail))]
    Refused { place: String, status: u16, detail: Option<String> },
    #[error("{place} answered with a redirect ({status}): enter the address it redirects to")]
    Redirected { place: String, status: u16 },
    #[error("the alert could not be sent to {place} ({detail})")]
    Other { place: String, detail: String },
}

impl Failure {
    /// Whether another try may do better: no answer, no connection, a server error or
    /// "too many"; a refusal (another 4xx) or a redirect will be the same next time.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            Self::Timeout { .. }
                | Self::Unreachable { .. }
                | Self::HungUp { .. }
                | Self::ServerError { .. }
                | Self::RateLimited { .. }
        )
    }

    /// The HTTP status the server answered, when it answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::ServerError { status, .. }
            | Self::BotTokenRefused { status }
            | Self::Refused { status, .. }
            | Self::Redirected { status, .. } => Some(*status),
            Self::RateLimited { .. } => Some(429),
            Self::Timeout { .. } | Self::Unreachable { .. } | Self::HungUp { .. } | Self::Other { .. } => None,
        }
    }
}

/// Why the HTTP client could not be set up (the platform's TLS failed to load).
#[derive(Debug, thiserror::Error)]
#[error("the HTTP client could not start: {0}")]
pub struct SetupError(pub(crate) String);

fn tries(attempts: u32) -> String {
    if attempts > 1 { format!(", {attempts} tries") } else { String::new() }
}

fn seconds(duration: Duration) -> String {
    let millis = duration.as_millis();
    if millis.is_multiple_of(1000) {
        format!("{} s", millis / 1000)
    } else {
        format!("{:.1} s", duration.as_secs_f64())
    }
}

fn status_text(status: u16) -> String {
    match reqwest::StatusCode::from_u16(status).ok().and_then(|s| s.canonical_reason()) {
        Some(reason) => format!("{status} {reason}"),
        None => status.to_string(),
    }
}

fn colon(detail: &Option<String>) -> String {
    detail.as_deref().map(|d| format!(": {d}")).unwrap_or_default()
}

fn waited(retry_after: Option<Duration>) -> String {
    retry_after.map(|after| format!(", asked to wait {}", seconds(after))).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_a_person_understands() {
        let timeout = ForwardError {
            attempts: 3,
            reason: Failure::Timeout { place: "hooks.example.com".into(), after: Duration::from_secs(10) },
        };
        assert_eq!(timeout.to_string(), "no answer from hooks.example.com in 10 s, 3 tries");
        let token = ForwardError { attempts: 1, reason: Failure::BotTokenRefused { status: 401 } };
        assert_eq!(token.to_string(), "the bot token was refused (401)");
        let server = Failure::ServerError { place: "ntfy.sh".into(), status: 502, detail: None };
        assert_eq!(server.to_string(), "ntfy.sh failed with 502 Bad Gateway");
        let short = Failure::Timeout { place: "x".into(), after: Duration::from_millis(300) };
        assert_eq!(short.to_string(), "no answer from x in 0.3 s");
    }
}
