//! The demo account's devices, dated relative to the clock so they always look recent.

use chrono::{DateTime, Duration, Utc};
use sessionguard_core::{Session, SessionHash};

struct Device {
    hash: i64,
    model: &'static str,
    platform: &'static str,
    system: &'static str,
    api_id: i32,
    app: &'static str,
    version: &'static str,
    official: bool,
    ip: &'static str,
    region: &'static str,
    country: &'static str,
    created_days_ago: i64,
    active_minutes_ago: i64,
}

const DEVICES: [Device; 6] = [
    Device {
        hash: 0,
        model: "ThinkPad X1 Carbon",
        platform: "Linux",
        system: "Ubuntu 24.04",
        api_id: 2_040,
        app: "SessionGuard",
        version: env!("CARGO_PKG_VERSION"),
        official: true,
        ip: "93.184.216.34",
        region: "Berlin",
        country: "Germany",
        created_days_ago: 41,
        active_minutes_ago: 0,
    },
    Device {
        hash: 7_204_114_399_512_088_131,
        model: "iPhone 15 Pro",
        platform: "iOS",
        system: "iOS 18.1",
        api_id: 10_840,
        app: "Telegram iOS",
        version: "11.3.2",
        official: true,
        ip: "93.184.216.90",
        region: "Berlin",
        country: "Germany",
        created_days_ago: 320,
        active_minutes_ago: 3,
    },
    Device {
        hash: -3_118_560_044_120_779_402,
        model: "Samsung Galaxy S23",
        platform: "Android",
        system: "SDK 34",
        api_id: 6,
        app: "Telegram Android",
        version: "11.4.2",
        official: true,
        ip: "80.187.112.5",
        region: "Hamburg",
        country: "Germany",
        created_days_ago: 95,
        active_minutes_ago: 130,
    },
    Device {
        hash: 1_902_773_450_110_284_665,
        model: "Chrome 131",
        platform: "Web",
        system: "Windows 11",
        api_id: 2_496,
        app: "Telegram Web A",
        version: "10.9.9 A",
        official: true,
        ip: "145.254.33.21",
        region: "Munich",
        country: "Germany",
        created_days_ago: 12,
        active_minutes_ago: 60 * 26,
    },
    Device {
        hash: -8_420_115_006_312_447_910,
        model: "MacBook Air",
        platform: "macOS",
        system: "macOS 15.1",
        api_id: 2_834,
        app: "Telegram macOS",
        version: "11.2",
        official: true,
        ip: "185.220.12.44",
        region: "Vienna",
        country: "Austria",
        created_days_ago: 200,
        active_minutes_ago: 60 * 24 * 5,
    },
    Device {
        hash: 4_455_019_882_731_006_233,
        model: "Pixel 7",
        platform: "Android",
        system: "SDK 33",
        api_id: 94_575,
        app: "Nicegram",
        version: "1.9.4",
        official: false,
        ip: "178.62.4.199",
        region: "Amsterdam",
        country: "Netherlands",
        created_days_ago: 64,
        active_minutes_ago: 60 * 24 * 21,
    },
];

impl Device {
    fn session(&self, now: DateTime<Utc>) -> Session {
        Session {
            hash: SessionHash(self.hash),
            current: self.hash == 0,
            official_app: self.official,
            password_pending: false,
            encrypted_requests_disabled: false,
            call_requests_disabled: false,
            unconfirmed: false,
            device_model: self.model.into(),
            platform: self.platform.into(),
            system_version: self.system.into(),
            api_id: self.api_id,
            app_name: self.app.into(),
            app_version: self.version.into(),
            date_created: now - Duration::days(self.created_days_ago),
            date_active: now - Duration::minutes(self.active_minutes_ago),
            ip: self.ip.into(),
            country: self.country.into(),
            region: self.region.into(),
        }
    }
}

/// The account's sessions as of `now`, ours first.
pub(crate) fn initial(now: DateTime<Utc>) -> Vec<Session> {
    DEVICES.iter().map(|d| d.session(now)).collect()
}

/// The scripted intruder: an unfamiliar phone in an unfamiliar country, just logged in
/// and not yet confirmed.
pub fn intruder(now: DateTime<Utc>) -> Session {
    Session {
        hash: SessionHash(-5_767_301_226_918_443_017),
        current: false,
        official_app: true,
        password_pending: false,
        encrypted_requests_disabled: false,
        call_requests_disabled: false,
        unconfirmed: true,
        device_model: "Redmi Note 13 Pro".into(),
        platform: "Android".into(),
        system_version: "SDK 34".into(),
        api_id: 6,
        app_name: "Telegram Android".into(),
        app_version: "11.5.3".into(),
        date_created: now,
        date_active: now,
        ip: "102.89.34.17".into(),
        country: "Nigeria".into(),
        region: "Lagos".into(),
    }
}
