//! The demo account's connected websites: two the person logged in to with Telegram.

use chrono::{DateTime, Duration, Utc};
use sessionguard_core::{SessionHash, Website};

/// As of `now`: a forum used this week and a shop nobody has opened in months.
pub(crate) fn initial(now: DateTime<Utc>) -> Vec<Website> {
    vec![
        Website {
            hash: SessionHash(4_120_977_301_552_118_003),
            domain: "forum.example.org".into(),
            bot: "@forum_auth_bot".into(),
            browser: "Firefox 133".into(),
            platform: "Linux".into(),
            ip: "85.214.132.117".into(),
            region: "Berlin, Germany".into(),
            date_created: now - Duration::days(61),
            date_active: now - Duration::days(3),
        },
        Website {
            hash: SessionHash(-2_381_455_090_623_771_412),
            domain: "tickets.example.com".into(),
            bot: "@tickets_login_bot".into(),
            browser: "Safari 17".into(),
            platform: "iOS".into(),
            ip: "85.214.132.117".into(),
            region: "Berlin, Germany".into(),
            date_created: now - Duration::days(220),
            date_active: now - Duration::days(140),
        },
    ]
}
