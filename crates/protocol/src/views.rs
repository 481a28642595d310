//! What the window sees of the agent's state: the domain's own types where they fit, and
//! views where the window needs more or less than the domain has.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sessionguard_core::{
    DeviceKind, LoginDetails, PlatformKind, RuleKind, SecureReport, SecurityEventKind, Session, Website,
};
use ts_rs::TS;

use crate::checkup_view::CheckupView;
use crate::error::ErrorBody;
use crate::settings_view::{ForwardingView, LanguageChoice, Settings};

/// A session as the window shows it: Telegram's fields, and what SessionGuard adds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SessionView {
    #[serde(flatten)]
    pub session: Session,
    pub device_kind: DeviceKind,
    pub platform_kind: PlatformKind,
    /// The person marked this device trusted: rules never end it.
    pub trusted: bool,
}

impl SessionView {
    pub fn new(session: &Session, trusted: bool) -> Self {
        Self {
            device_kind: session.device_kind(),
            platform_kind: session.platform_kind(),
            session: session.clone(),
            trusted,
        }
    }
}

/// What a rule did about the login an alert is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "outcome", rename_all = "snake_case")]
#[ts(export)]
pub enum RuleOutcome {
    /// The rule terminated the session.
    Terminated { rule: RuleKind, reason: String },
    /// The rule terminates it at `at`, when Telegram lets our session end others.
    Deferred { rule: RuleKind, reason: String, at: DateTime<Utc> },
    /// The rule tried and Telegram refused.
    Failed { rule: RuleKind, reason: String, error: String },
    /// Rules are on and none acted, for this reason (a look-alike of a trusted device is
    /// named here).
    Spared { reason: String },
}

impl RuleOutcome {
    /// Whether a rule did (or tried, or will do) something.
    pub fn acted(&self) -> bool {
        !matches!(self, Self::Spared { .. })
    }
}

/// A security event waiting for the person: shown as a banner until acknowledged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AlertView {
    pub id: u32,
    pub kind: SecurityEventKind,
    pub login: Option<LoginDetails>,
    pub at: DateTime<Utc>,
    /// What a rule did about it, if one acted.
    pub rule: Option<RuleOutcome>,
    /// It happened while SessionGuard was not running, and was found at its start.
    #[serde(default)]
    pub while_away: bool,
    /// What the banner says, in the state's language: the agent words every alert, the
    /// window shows the words as they come.
    pub words: BannerWords,
}

/// A banner's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BannerWords {
    /// The headline's first words, set in bold ("New login:"), when it goes on with details.
    pub lead: Option<String>,
    /// The headline sentence.
    pub title: String,
    /// Advice under it; may be empty.
    pub detail: String,
    pub tone: Tone,
}

/// How loud a banner looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Tone {
    Danger,
    Warning,
    Info,
    Neutral,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AccountView {
    /// The account's id for requests ("demo", "telegram-…").
    pub id: String,
    /// A name safe to show (never the phone number).
    pub label: String,
    pub demo: bool,
}

/// One guarded account in the account switcher.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AccountTab {
    pub id: String,
    pub label: String,
    pub demo: bool,
    /// Alerts waiting on this account.
    pub alerts: u32,
    /// Its last refresh failed.
    pub trouble: bool,
}

/// Which sign-in step the window shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SignInStep {
    /// api_id, api_hash and phone number (or "Sign in with a QR code").
    Credentials,
    /// The login code Telegram sent.
    Code,
    /// The 2-step verification password.
    Password,
    /// A QR code to scan with a phone that is signed in.
    Qr,
}

/// Where Telegram sent the login code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum CodeDelivery {
    /// As a message in the Telegram app on the account's other devices.
    App,
    Sms,
    Call,
    /// Another way (email, fragment, flash call…).
    Other,
}

/// A QR code as the squares to draw: `path` is SVG path data in a `size`×`size` grid
/// (the quiet zone included), so the UI draws it without inserting markup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct QrView {
    pub size: u32,
    pub path: String,
    /// The code is replaced by a new one at this time.
    pub expires_at: DateTime<Utc>,
}

/// The sign-in screen, while no account is guarded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SignInView {
    pub step: SignInStep,
    /// The api_id being used, so the form can keep it (the api_hash is never sent back).
    pub api_id: Option<i32>,
    /// The phone number with all but its last two digits hidden, e.g. "+••• ••• ••00".
    pub phone_hint: Option<String>,
    pub code_delivery: Option<CodeDelivery>,
    /// How many digits the code has, when Telegram says.
    pub code_length: Option<u32>,
    /// A new code may be asked for from this time (`ResendCode`), when Telegram allows one.
    pub resend_at: Option<DateTime<Utc>>,
    /// Whether Telegram offers another way to send the code.
    pub can_resend: bool,
    /// The hint the person set for their 2-step password.
    pub password_hint: Option<String>,
    pub qr: Option<QrView>,
    /// A request is on its way; the form waits.
    pub busy: bool,
    /// What went wrong with the last step, said so the person can fix it.
    pub error: Option<ErrorBody>,
    /// Why the person is here, when it is news (e.g. "your session was ended elsewhere").
    pub notice: Option<String>,
    /// The Telegram-compatible server in use when it is not Telegram's own.
    pub server: Option<String>,
    /// This copy has app credentials built in: the form asks only for the phone number
    /// (or shows the QR code), with the person's own credentials as an advanced choice.
    #[serde(default)]
    pub built_in_credentials: bool,
}

/// Everything the window shows, as the agent has it now: the account selected in the
/// window in full, the others as tabs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AgentState {
    /// Every guarded account.
    pub accounts: Vec<AccountTab>,
    /// The account the window shows; `None` while the sign-in screen shows.
    pub account: Option<AccountView>,
    /// The sign-in screen; `Some` exactly when `account` is `None`.
    pub sign_in: Option<SignInView>,
    /// `false` until the first session list arrived.
    pub loaded: bool,
    /// The last refresh failed with this; the list shown is the last good one.
    pub error: Option<ErrorBody>,
    /// Others first by the UI; here in the account's order.
    pub sessions: Vec<SessionView>,
    /// Websites logged in with Telegram, as of the last list.
    #[serde(default)]
    pub websites: Vec<Website>,
    /// What "Secure my account" did the last time it ran, while the window shows it.
    #[serde(default)]
    pub secure_report: Option<SecureReport>,
    /// A recovery email waits for the code Telegram emailed to it: this many digits.
    #[serde(default)]
    pub email_code_length: Option<u32>,
    pub inactive_ttl_days: i32,
    /// When our own session may end others (24 h after it was created).
    pub may_reset_others_from: Option<DateTime<Utc>>,
    pub alerts: Vec<AlertView>,
    pub refreshed_at: Option<DateTime<Utc>>,
    /// The security checkup of the account shown, once it ran.
    pub checkup: Option<CheckupView>,
    pub settings: Settings,
    /// The language the words are in: the one chosen in Settings, else the system's, else
    /// English.
    #[serde(default)]
    pub language: String,
    /// Every language there is, for the Settings page.
    #[serde(default)]
    pub languages: Vec<LanguageChoice>,
    pub forwarding: ForwardingView,
    /// Something asked for outside the window (the tray) that the window confirms first.
    #[serde(default)]
    pub ask: Option<WindowAsk>,
    /// News for the person whichever account is shown: a damaged file set aside, an account
    /// saved in a keyring that is locked. Shown on every page until dismissed or resolved.
    #[serde(default)]
    pub notices: Vec<NoticeView>,
    /// Counts up with every state the agent builds. A request's answer and the states
    /// pushed meanwhile can cross on the way; the window keeps the newest.
    #[serde(default)]
    #[ts(type = "number")]
    pub revision: u64,
}

/// One notice (see `AgentState::notices`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NoticeView {
    pub id: u32,
    pub text: String,
    /// "Try again" retries the keyring (for accounts saved in a locked keyring).
    pub keyring_retry: bool,
}

/// An action asked for outside the window that only the window's confirmation carries out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum WindowAsk {
    /// "Terminate all other sessions" from the tray, for this account.
    TerminateOthers { account: String },
    /// "Secure my account" from the tray or a notification, for this account.
    SecureAccount { account: String },
}

impl WindowAsk {
    /// The account it is about.
    pub fn account(&self) -> &str {
        match self {
            Self::TerminateOthers { account } | Self::SecureAccount { account } => account,
        }
    }
}
