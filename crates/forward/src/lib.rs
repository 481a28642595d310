//! Alerts off the desktop: forwards SessionGuard's alerts to a webhook (JSON), an ntfy
//! topic, or a Telegram bot chat, with bounded tries and errors a person can read.
//!
//! The agent keeps a [`ForwardTarget`] as JSON in the OS keyring, builds a
//! [`ForwardedAlert`] for each alert (or [`ForwardedAlert::test`] for the "send test
//! alert" button) and hands both to [`Forwarder::send`]. No token and no whole address
//! ever reaches a `Debug`, an error or a log line.
//!
//! On the wire (one POST per try):
//! - webhook: `application/json`, `{"app":"SessionGuard","version":"0.1.0","account":…,
//!   "kind":"unconfirmed_login","summary":…,"body":…,"urgent":true,
//!   "at":"2026-03-01T12:34:56Z","login":{hash, device, platform, app, official_app, ip,
//!   location, date}|null,"test":false}`;
//! - ntfy: the body and account as plain text, `Title` (the summary; RFC 2047 when not
//!   ASCII), `Priority` (`urgent` or `default`), `Tags` (an emoji code, `sessionguard`, the kind);
//!   with `hide_ips`, IP addresses in the text masked to their first two parts (a public
//!   topic is readable by anyone who has its name);
//! - Telegram bot: `{base}/bot<token>/sendMessage` with `{"chat_id":12345,"text":…}`.

mod address;
mod alert;
mod answer;
mod bot;
mod error;
mod ip_mask;
mod payload;
mod redact;
mod retry;
mod send;
mod target;

pub use address::WebAddress;
pub use alert::{AlertKind, ForwardedAlert};
pub use bot::{BotToken, ChatId};
pub use error::{Failure, ForwardError, SetupError, TargetError};
pub use ip_mask::mask_ips;
pub use retry::RetryPolicy;
pub use send::{Delivery, Forwarder, TELEGRAM_API};
pub use target::ForwardTarget;
