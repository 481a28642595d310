//! One device logged into the account: every field of Telegram's `authorization`.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::device::{DeviceKind, PlatformKind};

/// How long a new session must wait before it may end other sessions or change the
/// inactive-session TTL (Telegram's `FRESH_RESET_AUTHORISATION_FORBIDDEN`).
pub const FRESH_SESSION_HOLD: Duration = Duration::hours(24);

/// Telegram's id for a session. The current session is always `0`; every other hash is
/// stable while that session lives.
///
/// Written as a string everywhere (the window, files, webhooks): a 64-bit hash does not fit
/// a JavaScript number. A number is read too, as files from older versions have it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, type = "string"))]
pub struct SessionHash(pub i64);

impl SessionHash {
    pub const CURRENT: SessionHash = SessionHash(0);
}

impl std::fmt::Display for SessionHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::str::FromStr for SessionHash {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        text.trim().parse().map(SessionHash).map_err(|_| format!("{text:?} is not a session hash"))
    }
}

impl Serialize for SessionHash {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SessionHash {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum TextOrNumber {
            Text(String),
            Number(i64),
        }
        match TextOrNumber::deserialize(d)? {
            TextOrNumber::Number(n) => Ok(SessionHash(n)),
            TextOrNumber::Text(t) => t.parse().map_err(serde::de::Error::custom),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
// Not exported on its own: the views that embed it spell its fields out.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Session {
    pub hash: SessionHash,
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
}

impl Session {
    pub fn platform_kind(&self) -> PlatformKind {
        PlatformKind::from_reported(&self.platform, &self.system_version)
    }

    pub fn device_kind(&self) -> DeviceKind {
        DeviceKind::from_reported(&self.device_model, &self.app_name, self.platform_kind())
    }

    /// "Region, Country", or whichever of the two is known.
    pub fn location(&self) -> String {
        join_nonempty(&[&self.region, &self.country], ", ")
    }

    /// "App 1.2.3", or whichever of the two is known.
    pub fn app(&self) -> String {
        join_nonempty(&[&self.app_name, &self.app_version], " ")
    }

    /// When a session created at `date_created` may end other sessions.
    pub fn may_reset_others_from(&self) -> DateTime<Utc> {
        self.date_created + FRESH_SESSION_HOLD
    }
}

fn join_nonempty(parts: &[&str], separator: &str) -> String {
    parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()).collect::<Vec<_>>().join(separator)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn sample() -> Session {
        let t = DateTime::from_timestamp(1_700_000_000, 0).unwrap_or_default();
        Session {
            hash: SessionHash(42),
            current: false,
            official_app: true,
            password_pending: false,
            encrypted_requests_disabled: false,
            call_requests_disabled: false,
            unconfirmed: false,
            device_model: "iPhone 15".into(),
            platform: "iOS".into(),
            system_version: "17.1".into(),
            api_id: 6,
            app_name: "Telegram iOS".into(),
            app_version: "10.2".into(),
            date_created: t,
            date_active: t,
            ip: "203.0.113.7".into(),
            country: "Germany".into(),
            region: "Berlin".into(),
        }
    }

    #[test]
    fn location_and_app_skip_missing_parts() {
        let mut s = sample();
        assert_eq!(s.location(), "Berlin, Germany");
        assert_eq!(s.app(), "Telegram iOS 10.2");
        s.region.clear();
        s.app_version.clear();
        assert_eq!(s.location(), "Germany");
        assert_eq!(s.app(), "Telegram iOS");
    }

    #[test]
    fn fresh_session_may_reset_after_a_day() {
        let s = sample();
        assert_eq!(s.may_reset_others_from() - s.date_created, Duration::hours(24));
    }

    #[test]
    fn a_hash_is_written_as_text_and_read_as_text_or_number() -> Result<(), serde_json::Error> {
        let big = SessionHash(-8_912_345_678_901_234_567);
        assert_eq!(serde_json::to_string(&big)?, "\"-8912345678901234567\"");
        assert_eq!(serde_json::from_str::<SessionHash>("\"-8912345678901234567\"")?, big);
        assert_eq!(serde_json::from_str::<SessionHash>("-8912345678901234567")?, big);
        let wrong = serde_json::from_str::<SessionHash>("\"12ab\"").err().map(|e| e.to_string());
        assert!(wrong.is_some_and(|e| e.contains("not a session hash")), "a clear message");
        assert!(serde_json::from_str::<SessionHash>("1.5").is_err());
        Ok(())
    }

    #[test]
    fn derived_kinds() {
        let s = sample();
        assert_eq!(s.platform_kind(), PlatformKind::Ios);
        assert_eq!(s.device_kind(), DeviceKind::Phone);
    }
}
