//! Websites logged in with Telegram ("Log in with Telegram"): each can act as the person
//! on that site until logged out. Telegram pushes nothing when one is added, so the
//! watcher compares each poll's list with the last.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::event::LoginDetails;
use crate::session::SessionHash;

/// One connected website: Telegram's `webAuthorization`, with its bot's name. The window
/// gets it as it is (the hash as a string: 64 bits do not fit a JavaScript number).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Website {
    /// Telegram's id for the login, used to log it out. Its own numbering: never a session's.
    pub hash: SessionHash,
    pub domain: String,
    /// The bot the website logs in through (`@username`, or its name without one).
    pub bot: String,
    pub browser: String,
    pub platform: String,
    pub ip: String,
    pub region: String,
    pub date_created: DateTime<Utc>,
    pub date_active: DateTime<Utc>,
}

impl Website {
    /// "Chrome on Windows", or whichever of the two is known.
    pub fn browser_on_platform(&self) -> String {
        match (self.browser.trim(), self.platform.trim()) {
            ("", platform) => platform.to_owned(),
            (browser, "") => browser.to_owned(),
            (browser, platform) => format!("{browser} on {platform}"),
        }
    }
}

impl LoginDetails {
    /// A website's login as an event tells it: the domain stands where a device would.
    pub fn from_website(site: &Website) -> Self {
        Self {
            hash: site.hash,
            device: site.domain.clone(),
            platform: Some(site.browser_on_platform()).filter(|p| !p.is_empty()),
            app: Some(site.bot.clone()).filter(|a| !a.is_empty()),
            official_app: None,
            ip: Some(site.ip.clone()).filter(|ip| !ip.is_empty()),
            location: site.region.clone(),
            date: site.date_created,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn site(hash: i64, domain: &str) -> Website {
        Website {
            hash: SessionHash(hash),
            domain: domain.into(),
            bot: "@shop_login_bot".into(),
            browser: "Chrome 131".into(),
            platform: "Windows".into(),
            ip: "102.89.4.7".into(),
            region: "Lagos, Nigeria".into(),
            date_created: DateTime::from_timestamp(1_763_000_000, 0).unwrap_or_default(),
            date_active: DateTime::from_timestamp(1_763_000_600, 0).unwrap_or_default(),
        }
    }

    #[test]
    fn the_hash_travels_as_text_and_old_numbers_still_read() {
        let site = site(-9_007_199_254_740_993, "a.example");
        let json = serde_json::to_value(&site).unwrap_or_default();
        assert_eq!(json["hash"], "-9007199254740993");
        let mut numeric = json.clone();
        numeric["hash"] = serde_json::json!(-9_007_199_254_740_993_i64);
        assert_eq!(serde_json::from_value::<Website>(numeric).ok(), Some(site));
    }

    #[test]
    fn a_website_login_reads_like_a_login() {
        let details = LoginDetails::from_website(&site(7, "shop.example"));
        assert_eq!(details.device, "shop.example");
        assert_eq!(details.platform.as_deref(), Some("Chrome 131 on Windows"));
        assert_eq!(details.app.as_deref(), Some("@shop_login_bot"));
        assert_eq!(details.location, "Lagos, Nigeria");
        let bare = Website { browser: String::new(), platform: String::new(), ..site(8, "a.example") };
        assert_eq!(LoginDetails::from_website(&bare).platform, None);
    }
}
