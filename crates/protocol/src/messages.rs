//! Requests from the window and events from the agent.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::secret_text::SecretText;
use crate::views::{AgentState, AlertView};

/// What the window asks of the agent. Every request is answered with the agent's state
/// after it, or an error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum Request {
    /// The state now.
    GetState,
    /// The state now, and every event from here on over this connection.
    Subscribe,
    /// Ask the account for a fresh session list.
    Refresh,
    /// End one session other than ours.
    Terminate { hash: String },
    /// End every session but ours.
    TerminateOthers,
    /// "It's me": the person knows this alert; an unconfirmed login is confirmed.
    Acknowledge { alert_id: u32 },
    /// Leave the account shown now for the sign-in screen (from the demo account).
    StartSignIn,
    /// Guard the simulated demo account instead of signing in.
    UseDemo,
    /// Sign-in step 1: the app's credentials from my.telegram.org and the phone number;
    /// Telegram sends a login code.
    SendCode { api_id: i32, api_hash: SecretText, phone: SecretText },
    /// Ask for the code again (by the next way Telegram offers, e.g. SMS).
    ResendCode,
    /// Sign-in step 2: the code Telegram sent.
    SubmitCode { code: SecretText },
    /// Sign-in step 3, when the account has 2-step verification: its password.
    SubmitPassword { password: SecretText },
    /// Sign in by scanning a QR code with a phone that is already signed in.
    StartQrLogin { api_id: i32, api_hash: SecretText },
    /// Back to the first sign-in step, forgetting what was typed.
    CancelSignIn,
    /// End SessionGuard's own session with Telegram and delete its key from the keyring.
    SignOut,
}

/// What the agent tells a subscribed window without being asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum AgentEvent {
    /// The state changed.
    State { state: AgentState },
    /// A new alert: shown as a banner.
    Alert { alert: AlertView },
    /// The person asked (from the tray) to see the window.
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
