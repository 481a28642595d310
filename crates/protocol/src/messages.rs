//! Requests from the window, the agent's answers, and the events it sends unasked.

use serde::{Deserialize, Serialize};
use sessionguard_core::SessionHash;
use ts_rs::TS;

use crate::history_view::{ExportFormat, HistoryEntryView, HistoryFilter, SessionRecordView};
use crate::secret_text::SecretText;
use crate::settings_view::{ForwardTargetInput, Settings};
use crate::views::{AgentState, AlertView};

/// What the window asks of the agent. Most requests are answered with the agent's state
/// after them; the history requests with what they asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum Request {
    /// The state now.
    GetState,
    /// The state now, and every event from here on over this connection.
    Subscribe,
    /// Show this guarded account in the window.
    SelectAccount { account: String },
    /// Something about one guarded account (by its id in `AgentState.accounts`).
    Account { account: String, action: AccountRequest },
    /// Open the sign-in screen to add a Telegram account; the accounts already guarded
    /// keep being guarded.
    StartSignIn,
    /// The state with `account` shown, without changing what the window shows (the
    /// command line's `sessions --account`).
    AccountState { account: String },
    /// Guard the simulated demo account too (or instead of signing in).
    UseDemo,
    /// The person declined what the window was asked to confirm (`AgentState::ask`).
    DismissAsk,
    /// The person read a notice (`AgentState::notices`).
    DismissNotice { id: u32 },
    /// Read the saved accounts from the keyring again (after unlocking it).
    RetryKeyring,
    /// Sign-in step 1: the phone number, and the app's credentials from my.telegram.org
    /// (`None`: the ones built into this copy, when it has them); Telegram sends a code.
    SendCode {
        #[serde(default)]
        api_id: Option<i32>,
        #[serde(default)]
        api_hash: Option<SecretText>,
        phone: SecretText,
    },
    /// Ask for the code again (by the next way Telegram offers, e.g. SMS).
    ResendCode,
    /// Sign-in step 2: the code Telegram sent.
    SubmitCode { code: SecretText },
    /// Sign-in step 3, when the account has 2-step verification: its password.
    SubmitPassword { password: SecretText },
    /// Sign in by scanning a QR code with a phone that is already signed in (credentials
    /// as for `SendCode`).
    StartQrLogin {
        #[serde(default)]
        api_id: Option<i32>,
        #[serde(default)]
        api_hash: Option<SecretText>,
    },
    /// Leave the sign-in screen: back to its first step, or to the guarded accounts.
    CancelSignIn,
    /// Alerts, rules and start-up, as the Settings page edits them.
    UpdateSettings { settings: Settings },
    /// Where alerts are forwarded off this computer; `None` stops forwarding.
    SetForwarding { target: Option<ForwardTargetInput> },
    /// Send a test alert to the forwarding target.
    SendTestAlert,
    /// A page of the history (answered with `Answer::History`).
    History { filter: HistoryFilter },
    /// Everything about one session, ended or not (answered with `Answer::SessionHistory`).
    SessionHistory { account: String, hash: SessionHash },
    /// Write the history to a file the person chose (answered with `Answer::Exported`).
    ExportHistory { filter: HistoryFilter, format: ExportFormat, path: String },
}

/// What the person asks about one guarded account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum AccountRequest {
    /// Ask the account for a fresh session list.
    Refresh,
    /// End one session other than ours.
    Terminate { hash: SessionHash },
    /// End every session but ours.
    TerminateOthers,
    /// "It's me": the person knows this alert; an unconfirmed login is confirmed.
    Acknowledge { alert_id: u32 },
    /// Mark the device of a session trusted (rules never touch it), or not.
    SetTrusted { hash: SessionHash, trusted: bool },
    /// Allow or forbid secret chats and calls on one session; `None` leaves it as it is.
    SetSessionToggles { hash: SessionHash, secret_chats: Option<bool>, calls: Option<bool> },
    /// Sessions inactive this many days end by themselves.
    SetInactiveTtl { days: i32 },
    /// Log one connected website out.
    EndWebsite { hash: SessionHash },
    /// Log every connected website out.
    EndAllWebsites,
    /// "Secure my account": end every other session (now, or when Telegram allows), log
    /// every website out, turn lockdown on; the report is in the state.
    SecureAccount,
    /// The window closed the "Secure my account" report.
    DismissSecureReport,
    /// Sets, changes or (with `new` `None`) turns off the 2-step verification password;
    /// `current` is needed when one is set. Never stored, never logged.
    ChangePassword { current: Option<SecretText>, new: Option<SecretText>, hint: String, email: Option<String> },
    /// Confirms the recovery email with the code Telegram emailed to it.
    ConfirmRecoveryEmail { code: SecretText },
    /// Emails that code again.
    ResendRecoveryEmailCode,
    /// Drops the recovery email that waits for its code.
    CancelRecoveryEmail,
    /// Run the security checkup again (reads the 2-step verification status afresh).
    Checkup,
    /// Stop guarding this account: a Telegram account ends SessionGuard's own session
    /// with Telegram and deletes its key from the keyring; the demo is simply closed.
    SignOut,
}

/// The agent's answer to a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum Answer {
    State { state: Box<AgentState> },
    History { entries: Vec<HistoryEntryView>, more: bool },
    SessionHistory { session: Option<Box<SessionRecordView>>, entries: Vec<HistoryEntryView> },
    Exported { path: String, entries: u32 },
}

impl Answer {
    pub fn state(state: AgentState) -> Self {
        Self::State { state: Box::new(state) }
    }
}

/// What the agent tells a subscribed window without being asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum AgentEvent {
    /// The state changed.
    State { state: Box<AgentState> },
    /// A new alert: shown as a banner.
    Alert { alert: Box<AlertView> },
    /// The person asked (from the tray or a notification) to see the window.
    Focus,
}

/// Whether the window is connected to its agent (sent by the window to its web view).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ConnectionStatus {
    pub connected: bool,
    /// Why not, in words, when not connected.
    pub message: Option<String>,
}
