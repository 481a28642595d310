//! Telling the person about a security event.

pub mod alert_text;
pub mod banner_text;
pub mod forwarding;
pub mod notifier;
pub mod outlets;
pub mod publisher;
