//! Trusted devices. Trust is given to one login — the session the person vouched for, by
//! its hash — never to a name: model, platform, app and api_id are all chosen by the
//! client, so a new login that merely looks like a trusted device is a stranger until the
//! person trusts it too. The description is kept to show the device and to explain a rule
//! acting on a look-alike.

use serde::{Deserialize, Serialize};

use crate::session::{Session, SessionHash};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct TrustedDevice {
    /// The trusted session. `None` in settings from before trust was bound to a session:
    /// such an entry is bound to its device's session at the next list (see
    /// [`crate::Rules::bind_unbound_trust`]) and trusts nothing until then.
    #[serde(default)]
    pub session: Option<SessionHash>,
    pub device_model: String,
    pub platform: String,
    pub app_name: String,
    /// The app's Telegram api_id.
    pub api_id: i32,
}

impl TrustedDevice {
    pub fn of(session: &Session) -> Self {
        Self {
            session: Some(session.hash),
            device_model: session.device_model.trim().to_owned(),
            platform: session.platform.trim().to_owned(),
            app_name: session.app_name.trim().to_owned(),
            api_id: session.api_id,
        }
    }

    /// Whether `session` is the trusted one.
    pub fn trusts(&self, session: &Session) -> bool {
        self.session == Some(session.hash)
    }

    /// Whether `session` describes itself as this device does: same model, platform, app
    /// and api_id (the version and the IP change with updates and networks). Says nothing
    /// about trust: anyone can claim these.
    pub fn looks_like(&self, session: &Session) -> bool {
        let same = |a: &str, b: &str| a.trim().eq_ignore_ascii_case(b.trim());
        self.api_id == session.api_id
            && same(&self.device_model, &session.device_model)
            && same(&self.platform, &session.platform)
            && same(&self.app_name, &session.app_name)
    }

    /// The device's name for people: "iPhone 15 Pro (Telegram iOS)".
    pub fn name(&self) -> String {
        match (self.device_model.is_empty(), self.app_name.is_empty()) {
            (false, false) => format!("{} ({})", self.device_model, self.app_name),
            (false, true) => self.device_model.clone(),
            (true, false) => self.app_name.clone(),
            (true, true) => "an unnamed device".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::tests::sample;

    #[test]
    fn trust_is_for_the_session_not_for_what_it_says_about_itself() {
        let first = sample();
        let trusted = TrustedDevice::of(&first);
        assert!(trusted.trusts(&first));
        let mut look_alike = sample();
        look_alike.hash = SessionHash(9_999);
        assert!(look_alike.hash != first.hash);
        assert!(!trusted.trusts(&look_alike), "a new login with the same description is not trusted");
        assert!(trusted.looks_like(&look_alike));
    }

    #[test]
    fn a_look_alike_is_told_by_model_platform_app_and_api_id() {
        let trusted = TrustedDevice::of(&sample());
        let mut again = sample();
        again.app_version = "10.3".into();
        again.ip = "198.51.100.1".into();
        again.device_model = format!(" {} ", sample().device_model.to_uppercase());
        assert!(trusted.looks_like(&again));
        let mut other_app = sample();
        other_app.api_id = 94_575;
        assert!(!trusted.looks_like(&other_app), "an unofficial app under the same name");
    }

    #[test]
    fn settings_from_before_bound_trust_still_load_and_hashes_are_text() {
        let old = r#"{"device_model":"iPhone 15","platform":"iOS","app_name":"Telegram iOS","api_id":6}"#;
        let device: TrustedDevice = serde_json::from_str(old).expect("old entries load");
        assert_eq!(device.session, None);
        assert!(!device.trusts(&sample()), "an unbound entry trusts nothing");
        let bound = TrustedDevice::of(&sample());
        let json = serde_json::to_value(&bound).expect("serialises");
        assert_eq!(json["session"], serde_json::Value::String(sample().hash.to_string()));
    }
}
