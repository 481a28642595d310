//! What the window sees of the agent's state: DTOs built from the domain at this edge,
//! with hashes as strings (a 64-bit hash does not fit a JavaScript number).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sessionguard_core::{DeviceKind, LoginDetails, PlatformKind, SecurityEvent, SecurityEventKind, Session};
use ts_rs::TS;

use crate::error::ErrorBody;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SessionView {
    pub hash: String,
    pub current: bool,
    pub official_app: bool,
    pub password_pending: bool,
    pub encrypted_requests_disabled: bool,
    pub call_requests_disabled: bool,
    pub unconfirmed: bool,
    pub device_model: String,
    pub platform: String,
    pub system_version: String,
    pub api_id: i32,
    pub app_name: String,
    pub app_version: String,
    pub date_created: DateTime<Utc>,
    pub date_active: DateTime<Utc>,
    pub ip: String,
    pub country: String,
    pub region: String,
    pub device_kind: DeviceKind,
    pub platform_kind: PlatformKind,
}

impl From<&Session> for SessionView {
    fn from(s: &Session) -> Self {
        Self {
            hash: s.hash.to_string(),
            current: s.current,
            official_app: s.official_app,
            password_pending: s.password_pending,
            encrypted_requests_disabled: s.encrypted_requests_disabled,
            call_requests_disabled: s.call_requests_disabled,
            unconfirmed: s.unconfirmed,
            device_model: s.device_model.clone(),
            platform: s.platform.clone(),
            system_version: s.system_version.clone(),
            api_id: s.api_id,
            app_name: s.app_name.clone(),
            app_version: s.app_version.clone(),
            date_created: s.date_created,
            date_active: s.date_active,
            ip: s.ip.clone(),
            country: s.country.clone(),
            region: s.region.clone(),
            device_kind: s.device_kind(),
            platform_kind: s.platform_kind(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LoginView {
    pub hash: String,
    pub device: String,
    pub platform: Option<String>,
    pub app: Option<String>,
    pub official_app: Option<bool>,
    pub ip: Option<String>,
    pub location: String,
    pub date: DateTime<Utc>,
}

impl From<&LoginDetails> for LoginView {
    fn from(l: &LoginDetails) -> Self {
        Self {
            hash: l.hash.to_string(),
            device: l.device.clone(),
            platform: l.platform.clone(),
            app: l.app.clone(),
            official_app: l.official_app,
            ip: l.ip.clone(),
            location: l.location.clone(),
            date: l.date,
        }
    }
}

/// A security event waiting for the person: shown as a banner until acknowledged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AlertView {
    pub id: u32,
    pub kind: SecurityEventKind,
    pub login: Option<LoginView>,
    pub at: DateTime<Utc>,
}

impl AlertView {
    pub fn new(id: u32, event: &SecurityEvent) -> Self {
        Self { id, kind: event.kind, login: event.login.as_ref().map(LoginView::from), at: event.at }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AccountView {
    /// A name safe to show (never the phone number).
    pub label: String,
    pub demo: bool,
}

/// Everything the window shows, as the agent has it now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AgentState {
    pub account: AccountView,
    /// `false` until the first session list arrived.
    pub loaded: bool,
    /// The last refresh failed with this; the list shown is the last good one.
    pub error: Option<ErrorBody>,
    /// Others first by the UI; here in the account's order.
    pub sessions: Vec<SessionView>,
    pub inactive_ttl_days: i32,
    /// When our own session may end others (24 h after it was created).
    pub may_reset_others_from: Option<DateTime<Utc>>,
    pub alerts: Vec<AlertView>,
    pub refreshed_at: Option<DateTime<Utc>>,
}
