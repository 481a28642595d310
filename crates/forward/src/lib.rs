//! Alerts off the desktop: forwards SessionGuard's alerts to a webhook (JSON), an ntfy
//! topic, or a Telegram bot chat, with bounded tries and errors a person can read.
//!
//! The agent keeps a [`ForwardTarget`] as JSON in the OS keyring, builds a
//! [`ForwardedAlert`] for each alert (or [`ForwardedAlert::test`] for the "send test
//! alert" button) and hands both to [`Forwarder::send`]. No token and no whole address
//! ever reaches a `Debug`, an error or a log line.

mod address;
mod alert;
mod answer;
mod bot;
mod error;
mod payload;
mod redact;
mod retry;
mod send;
mod target;

pub use address::WebAddress;
pub use alert::{AlertKind, ForwardedAlert};
pub use bot::{BotToken, ChatId};
pub use error::{Failure, ForwardError, SetupError, TargetError};
pub use retry::RetryPolicy;
pub use send::{Delivery, Forwarder, TELEGRAM_API};
pub use target::ForwardTarget;
