//! SessionGuard's always-on agent: guards the accounts, keeps their history, applies the
//! rules, raises notifications, owns the tray and serves the window over the private
//! local socket. No GTK, no WebKit.

pub mod accounts;
pub mod alert_text;
pub mod app_credentials;
pub mod autostart;
pub mod banner_text;
pub mod cli;
pub mod data_paths;
pub mod desktop;
pub mod error_words;
pub mod forwarding;
pub mod guard;
mod guard_actions;
mod guard_events;
mod guard_secure;
mod guard_two_step;
mod guard_websites;
mod history;
pub mod journal_link;
mod journal_words;
pub mod language;
pub mod notices;
pub mod notifier;
pub mod outlets;
pub mod private_file;
pub mod publisher;
pub mod qr_path;
pub mod redact;
pub mod remote;
mod requests;
pub mod saved_accounts;
pub mod settings_store;
mod sign_in_flow;
pub mod sign_in_screen;
pub mod untrusted_text;
pub mod waiting_rules;
pub mod window_opener;
