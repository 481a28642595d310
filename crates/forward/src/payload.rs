//! What goes over the wire for each kind of target: the webhook's JSON, ntfy's text and
//! headers, the Bot API's `sendMessage` JSON. Built once per alert, sent on every try.

use base64::Engine as _;
use reqwest::header::{CONTENT_TYPE, HeaderName, HeaderValue};
use serde::Serialize;
use sessionguard_core::{LoginDetails, SecurityEventKind};
use url::Url;

use crate::alert::{AlertKind, ForwardedAlert};
use crate::ip_mask::mask_ips;
use crate::target::ForwardTarget;

/// Telegram cuts a message at 4096 characters; ntfy turns a body over 4096 bytes into an
/// attachment. Both are far above what an alert says.
const MAX_TEXT_CHARS: usize = 4096;
const MAX_NTFY_BYTES: usize = 4096;
/// A header is one line of a notification: longer is noise.
const MAX_HEADER_CHARS: usize = 200;

/// One request, ready to be sent as many times as the retries need.
#[derive(Debug)]
pub(crate) struct Outgoing {
    pub url: Url,
    pub headers: Vec<(HeaderName, HeaderValue)>,
    pub body: Vec<u8>,
}

/// The webhook's JSON, field for field.
#[derive(Serialize)]
struct WebhookPayload<'a> {
    app: &'static str,
    version: &'static str,
    account: &'a str,
    kind: AlertKind,
    summary: &'a str,
    body: &'a str,
    urgent: bool,
    /// RFC 3339, UTC, whole seconds.
    at: String,
    login: Option<&'a LoginDetails>,
    test: bool,
}

/// The request for `target`; `None` only when the Bot API base URL cannot take a path.
pub(crate) fn outgoing(target: &ForwardTarget, alert: &ForwardedAlert, telegram_api: &Url) -> Option<Outgoing> {
    match target {
        ForwardTarget::Webhook { url } => Some(Outgoing {
            url: url.url().clone(),
            headers: vec![(CONTENT_TYPE, HeaderValue::from_static("application/json"))],
            body: webhook_json(alert),
        }),
        ForwardTarget::Ntfy { topic_url, hide_ips } => {
            let text = message_text(alert, false);
            let text = if *hide_ips { mask_ips(&text) } else { text };
            Some(Outgoing {
                url: topic_url.url().clone(),
                headers: ntfy_headers(alert),
                body: truncate_bytes(&text, MAX_NTFY_BYTES).into_bytes(),
            })
        }
        ForwardTarget::TelegramBot { token, chat_id } => {
            // The token was checked to hold only URL-safe characters, so it cannot escape
            // the path segment it is put in.
            let base = telegram_api.as_str().trim_end_matches('/');
            let url = Url::parse(&format!("{base}/bot{}/sendMessage", token.as_secret_str())).ok()?;
            let text = truncate_chars(&message_text(alert, true), MAX_TEXT_CHARS);
            let body = serde_json::json!({ "chat_id": chat_id.to_json(), "text": text });
            Some(Outgoing {
                url,
                headers: vec![(CONTENT_TYPE, HeaderValue::from_static("application/json"))],
                body: body.to_string().into_bytes(),
            })
        }
    }
}

fn webhook_json(alert: &ForwardedAlert) -> Vec<u8> {
    let payload = WebhookPayload {
        app: "SessionGuard",
        version: env!("CARGO_PKG_VERSION"),
        account: &alert.account,
        kind: alert.kind,
        summary: &alert.summary,
        body: &alert.body,
        urgent: alert.urgent,
        at: alert.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        login: alert.login.as_ref(),
        test: alert.is_test(),
    };
    // Strings, numbers and chrono dates only: serializing to memory cannot fail.
    serde_json::to_vec(&payload).unwrap_or_default()
}

/// `Title`, `Priority` and `Tags`, as https://docs.ntfy.sh/publish/ reads them.
fn ntfy_headers(alert: &ForwardedAlert) -> Vec<(HeaderName, HeaderValue)> {
    let priority = if alert.urgent { "urgent" } else { "default" };
    // ntfy shows a tag that is an emoji short code as that emoji, in front of the title.
    let emoji = match alert.kind {
        AlertKind::Test => "white_check_mark",
        _ if alert.urgent => "rotating_light",
        AlertKind::Event(SecurityEventKind::SessionEnded) => "information_source",
        AlertKind::Event(_) => "warning",
    };
    let tags = format!("{emoji},sessionguard,{}", alert.kind.as_str());
    let mut headers = vec![(CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"))];
    for (name, value) in [("title", alert.summary.as_str()), ("priority", priority), ("tags", &tags)] {
        if let Ok(value) = HeaderValue::from_str(&header_text(value)) {
            headers.push((HeaderName::from_static(name), value));
        }
    }
    headers
}

/// One line of header text. HTTP headers are ASCII, so anything else (a device name in
/// Cyrillic, an emoji) goes as an RFC 2047 word, which ntfy decodes.
fn header_text(text: &str) -> String {
    let line: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let line = truncate_chars(line.trim(), MAX_HEADER_CHARS);
    if line.is_ascii() {
        line
    } else {
        format!("=?UTF-8?B?{}?=", base64::engine::general_purpose::STANDARD.encode(line.as_bytes()))
    }
}

/// The alert as plain text (no Markdown: nothing in it needs escaping). The summary is
/// left out where the receiver shows it as a title already.
pub(crate) fn message_text(alert: &ForwardedAlert, with_summary: bool) -> String {
    let mut lines = Vec::new();
    if with_summary {
        lines.push(alert.summary.clone());
    }
    if !alert.body.trim().is_empty() {
        lines.push(alert.body.clone());
    }
    lines.push(String::new());
    lines.push(format!("Account: {}", alert.account));
    lines.push(format!("At: {}", alert.at.format("%Y-%m-%d %H:%M:%S UTC")));
    lines.join("\n")
}

fn truncate_chars(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

fn truncate_bytes(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_owned();
    }
    // Room for the ellipsis (3 bytes), cut on a character boundary.
    let mut cut = max.saturating_sub(3);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}…", &text[..cut])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_on_a_character() {
        let text = "é".repeat(5000);
        let chars = truncate_chars(&text, MAX_TEXT_CHARS);
        assert_eq!(chars.chars().count(), MAX_TEXT_CHARS);
        assert!(chars.ends_with('…'));
        let bytes = truncate_bytes(&text, MAX_NTFY_BYTES);
        assert!(bytes.len() <= MAX_NTFY_BYTES && bytes.ends_with('…'));
        assert_eq!(truncate_chars("short", 10), "short");
    }

    #[test]
    fn headers_are_one_ascii_line() {
        assert_eq!(header_text("New login\r\nfrom x"), "New login  from x");
        assert_eq!(header_text("Вход"), "=?UTF-8?B?0JLRhdC+0LQ=?=");
    }
}
