//! What the watcher tells the rest of the app: a security event and the login it is about.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::session::{Session, SessionHash};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum SecurityEventKind {
    /// A device logged in.
    NewLogin,
    /// A device logged in and Telegram asks the owner to confirm it ("Is this you?").
    UnconfirmedLogin,
    /// Someone entered the right code but not the 2-step password.
    PasswordPendingLogin,
    /// A login code was sent for this number.
    LoginCodeRequested,
    /// A session that was there is gone.
    SessionEnded,
    /// SessionGuard's own session was ended elsewhere: it is signed out and guards no more.
    OurSessionEnded,
    /// A website was logged in with Telegram (it can act as the person there).
    NewWebsite,
    /// A connected website was logged out.
    WebsiteEnded,
}

impl SecurityEventKind {
    /// Every kind, in the order the enum names them.
    pub const ALL: [SecurityEventKind; 8] = [
        Self::NewLogin,
        Self::UnconfirmedLogin,
        Self::PasswordPendingLogin,
        Self::LoginCodeRequested,
        Self::SessionEnded,
        Self::OurSessionEnded,
        Self::NewWebsite,
        Self::WebsiteEnded,
    ];

    /// Whether this event asks for the person's attention until acknowledged.
    pub fn is_alarm(self) -> bool {
        !matches!(self, Self::SessionEnded | Self::WebsiteEnded)
    }

    /// Whether this event is about a connected website rather than a device.
    pub fn is_website(self) -> bool {
        matches!(self, Self::NewWebsite | Self::WebsiteEnded)
    }

    /// Whether this event is a session appearing.
    pub fn is_login(self) -> bool {
        matches!(self, Self::NewLogin | Self::UnconfirmedLogin | Self::PasswordPendingLogin)
    }
}

/// What we know of a login: everything when it came from a session list, less when it
/// came from a push (which carries only device, location and date).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct LoginDetails {
    pub hash: SessionHash,
    pub device: String,
    pub platform: Option<String>,
    pub app: Option<String>,
    pub official_app: Option<bool>,
    pub ip: Option<String>,
    pub location: String,
    pub date: DateTime<Utc>,
}

impl LoginDetails {
    pub fn from_session(session: &Session) -> Self {
        let platform = [session.platform.trim(), session.system_version.trim()]
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        Self {
            hash: session.hash,
            device: session.device_model.clone(),
            platform: Some(platform).filter(|p| !p.is_empty()),
            app: Some(session.app()).filter(|a| !a.is_empty()),
            official_app: Some(session.official_app),
            ip: Some(session.ip.clone()).filter(|ip| !ip.is_empty()),
            location: session.location(),
            date: session.date_created,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityEvent {
    pub kind: SecurityEventKind,
    /// The login it is about; `None` for a login-code request, which has no session yet.
    pub login: Option<LoginDetails>,
    pub at: DateTime<Utc>,
}
