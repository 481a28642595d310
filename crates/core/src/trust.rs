//! Trusted devices: a device the person vouched for is recognised again after it logs in
//! anew. A new login has a new hash, so a device is matched by what it says about itself.

use serde::{Deserialize, Serialize};

use crate::session::Session;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct TrustedDevice {
    pub device_model: String,
    pub platform: String,
    pub app_name: String,
    /// The app's Telegram api_id: an unofficial app copying an official app's name still
    /// has its own.
    pub api_id: i32,
}

impl TrustedDevice {
    pub fn of(session: &Session) -> Self {
        Self {
            device_model: session.device_model.trim().to_owned(),
            platform: session.platform.trim().to_owned(),
            app_name: session.app_name.trim().to_owned(),
            api_id: session.api_id,
        }
    }

    /// Whether `session` is this device: same model, platform, app and api_id (the app's
    /// version and the IP change with updates and networks, so they do not count).
    pub fn matches(&self, session: &Session) -> bool {
        let same = |a: &str, b: &str| a.trim().eq_ignore_ascii_case(b.trim());
        self.api_id == session.api_id
            && same(&self.device_model, &session.device_model)
            && same(&self.platform, &session.platform)
            && same(&self.app_name, &session.app_name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::tests::sample;

    #[test]
    fn a_device_is_recognised_after_a_new_login_and_an_update() {
        let first = sample();
        let trusted = TrustedDevice::of(&first);
        let mut again = sample();
        again.hash = crate::SessionHash(9_999);
        again.app_version = "10.3".into();
        again.ip = "198.51.100.1".into();
        again.device_model = " iphone 15 ".into();
        assert!(trusted.matches(&again));
    }

    #[test]
    fn another_app_or_model_is_not_the_trusted_device() {
        let trusted = TrustedDevice::of(&sample());
        let mut other_app = sample();
        other_app.api_id = 94_575;
        assert!(!trusted.matches(&other_app), "an unofficial app under the same name");
        let mut other_model = sample();
        other_model.device_model = "iPhone 16".into();
        assert!(!trusted.matches(&other_model));
    }
}
