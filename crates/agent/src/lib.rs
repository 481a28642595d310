//! SessionGuard's always-on agent: guards the account, raises notifications, owns the
//! tray and serves the window over the private local socket. No GTK, no WebKit.

pub mod alert_text;
pub mod cli;
pub mod current_account;
pub mod guard;
pub mod notifier;
pub mod outlets;
pub mod qr_path;
pub mod redact;
pub mod sign_in_screen;
pub mod tray;
pub mod window_opener;
