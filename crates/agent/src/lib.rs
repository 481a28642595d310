//! SessionGuard's always-on agent: guards the accounts, keeps their history, applies the
//! rules, raises notifications, owns the tray and serves the window over the private
//! local socket. No GTK, no WebKit.

pub mod accounts;
/// Telling the person: notification and banner words, the notifier, the outlets an alert
/// goes out through, the forwarding off this computer.
pub mod alerts;
pub mod autostart;
/// The command line, and the commands that ask a running agent.
pub mod cli;
pub mod desktop;
/// One account's guard: its list, events, actions and the rules' deferred terminations.
pub mod guard;
/// The History page's requests, and the journal behind them.
pub mod history;
mod requests;
/// Signing in: the flow, the screen the window shows, the app's credentials.
pub mod sign_in;
/// What is kept on disk: paths, settings, accounts, notices.
pub mod storage;
pub mod window_opener;
/// Words for people: errors, languages, text a server chose, redaction.
pub mod words;
