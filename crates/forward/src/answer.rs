//! Reading a server's "no": at most a few KB of its answer, what it says in a line, and
//! whether another try could help.

use std::time::Duration;

use crate::error::Failure;
use crate::redact::Redactor;
use crate::target::ForwardTarget;

/// All of an error answer that is read: enough for any JSON error or short text, and a
/// server that sends megabytes cannot make us hold them.
pub(crate) const MAX_ERROR_BODY: usize = 4 * 1024;

/// The first `MAX_ERROR_BODY` bytes of the answer's body; a broken body ends the read early.
pub(crate) async fn read_start(response: &mut reqwest::Response) -> Vec<u8> {
    let mut body = Vec::new();
    while body.len() < MAX_ERROR_BODY {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                let room = MAX_ERROR_BODY - body.len();
                body.extend_from_slice(chunk.get(..room).unwrap_or(&chunk));
            }
            Ok(None) | Err(_) => break,
        }
    }
    body
}

/// What a non-2xx answer means for this target.
pub(crate) fn failure(
    target: &ForwardTarget,
    place: &str,
    status: u16,
    retry_after: Option<Duration>,
    body: &[u8],
    redactor: &Redactor,
) -> Failure {
    let json = serde_json::from_slice::<serde_json::Value>(body).ok();
    let detail = say(json.as_ref(), body).map(|d| redactor.clean(&d)).filter(|d| !d.is_empty());
    let place = place.to_owned();
    match status {
        300..=399 => Failure::Redirected { place, status },
        429 => {
            // The Bot API says how long to wait in its JSON rather than in a header.
            let in_body = json
                .as_ref()
                .and_then(|j| j.pointer("/parameters/retry_after"))
                .and_then(serde_json::Value::as_u64)
                .map(Duration::from_secs);
            Failure::RateLimited { place, retry_after: retry_after.or(in_body) }
        }
        500..=599 => Failure::ServerError { place, status, detail },
        // The Bot API answers 401 for a revoked token and 404 for one that never existed.
        401 | 404 if matches!(target, ForwardTarget::TelegramBot { .. }) => Failure::BotTokenRefused { status },
        _ => Failure::Refused { place, status, detail },
    }
}

/// What the server said, in its own words: the message field of a JSON error (Bot API
/// `description`, ntfy `error`, or the usual `message`/`detail`), or plain text. An HTML
/// page says nothing a person could use here.
fn say(json: Option<&serde_json::Value>, body: &[u8]) -> Option<String> {
    if let Some(json) = json {
        return ["description", "error", "message", "detail"]
            .iter()
            .find_map(|key| json.get(key).and_then(serde_json::Value::as_str))
            .map(str::to_owned);
    }
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    (!text.is_empty() && !text.starts_with('<')).then(|| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bot() -> ForwardTarget {
        ForwardTarget::telegram_bot("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "1")
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn bot_api_answers() {
        let target = bot();
        let redactor = Redactor::new(&target);
        let failure = |status, body: &str| failure(&target, "Telegram", status, None, body.as_bytes(), &redactor);
        let chat = failure(400, r#"{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}"#);
        assert_eq!(chat.to_string(), "Telegram refused the alert (400 Bad Request): Bad Request: chat not found");
        assert_eq!(failure(401, "{}"), Failure::BotTokenRefused { status: 401 });
        let slow = failure(429, r#"{"ok":false,"parameters":{"retry_after":5}}"#);
        assert_eq!(slow, Failure::RateLimited { place: "Telegram".into(), retry_after: Some(Duration::from_secs(5)) });
        let html = failure(502, "<html><body>Bad gateway</body></html>");
        assert_eq!(html, Failure::ServerError { place: "Telegram".into(), status: 502, detail: None });
    }
}
