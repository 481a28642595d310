//! Sample sessions and logins that the crates' tests share (the `test-support` feature,
//! which only dev-dependencies turn on: nothing here ships).

use chrono::{DateTime, Utc};

use crate::event::LoginDetails;
use crate::session::{Session, SessionHash};

/// An official Android session named `device` in Lagos, created at `created` and last
/// active at `active`; hash 0 is SessionGuard's own (current) session.
pub fn session(hash: i64, device: &str, created: DateTime<Utc>, active: DateTime<Utc>) -> Session {
    Session {
        hash: SessionHash(hash),
        current: hash == 0,
        official_app: true,
        password_pending: false,
        encrypted_requests_disabled: false,
        call_requests_disabled: false,
        unconfirmed: false,
        device_model: device.into(),
        platform: "Android".into(),
        system_version: "SDK 34".into(),
        api_id: 6,
        app_name: "Telegram Android".into(),
        app_version: "11.5".into(),
        date_created: created,
        date_active: active,
        ip: "203.0.113.7".into(),
        country: "Nigeria".into(),
        region: "Lagos".into(),
    }
}

/// The login the alert tests are about: a Redmi in Lagos, every detail known.
pub fn intruder_login() -> LoginDetails {
    LoginDetails {
        hash: SessionHash(5),
        device: "Redmi Note 13 Pro".into(),
        platform: Some("Android SDK 34".into()),
        app: Some("Telegram Android 11.5.3".into()),
        official_app: Some(true),
        ip: Some("102.89.34.17".into()),
        location: "Lagos, Nigeria".into(),
        date: DateTime::from_timestamp(1_764_000_000, 0).unwrap_or_default(),
    }
}
