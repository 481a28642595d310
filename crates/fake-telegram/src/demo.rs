//! The account the server starts with: its owner, and devices that look like a real
//! person's (phones, a laptop, a browser), so lists and pushes look like Telegram's.

use crate::account_model::{Account, Device, Session, UserInfo};
use crate::web_logins::WebLogin;

pub const DEMO_USER_ID: i64 = 5_550_100;
pub const DEMO_PHONE: &str = "+15550100";

const DAY: i32 = 24 * 60 * 60;

/// A device with an official Telegram app.
pub fn device(
    model: &str,
    platform: &str,
    system: &str,
    app: &str,
    version: &str,
    place: (&str, &str, &str),
) -> Device {
    let (ip, country, region) = place;
    Device {
        device_model: model.into(),
        platform: platform.into(),
        system_version: system.into(),
        app_name: app.into(),
        app_version: version.into(),
        api_id: 2040,
        official_app: true,
        ip: ip.into(),
        country: country.into(),
        region: region.into(),
    }
}

/// The phone an intruder logs in from, in the README's story.
pub fn intruder_device() -> Device {
    device("Redmi Note 13 Pro", "Android", "SDK 34", "Telegram Android", "11.2.3", ("102.89.34.17", "Nigeria", "Lagos"))
}

pub fn session(hash: i64, device: Device, created: i32, active: i32) -> Session {
    Session {
        hash,
        device,
        date_created: created,
        date_active: active,
        password_pending: false,
        unconfirmed: false,
        encrypted_requests_disabled: false,
        call_requests_disabled: false,
        key_id: None,
    }
}

/// A website logged in through a shop's login bot, from a browser in Lagos.
pub fn website(hash: i64, domain: &str, now: i32) -> WebLogin {
    WebLogin {
        hash,
        domain: domain.into(),
        bot_id: 7_700_100,
        bot_name: "Shop Login".into(),
        bot_username: "shop_login_bot".into(),
        browser: "Chrome 131".into(),
        platform: "Windows".into(),
        ip: "102.89.34.17".into(),
        region: "Lagos, Nigeria".into(),
        date_created: now,
        date_active: now,
    }
}

/// Ana's account at `now`: four devices besides whichever the client will be, and one
/// website she logged in to with Telegram.
pub fn account(now: i32) -> Account {
    let mut account = Account::new(UserInfo { id: DEMO_USER_ID, first_name: "Ana".into(), phone: DEMO_PHONE.into() });
    let berlin = ("85.214.132.117", "Germany", "Berlin");
    let others = [
        session(
            crate::random::nonzero_i64(),
            device("iPhone 15 Pro", "iOS", "17.5.1", "Telegram iOS", "11.1", berlin),
            now - 412 * DAY,
            now - 2 * 60 * 60,
        ),
        session(
            crate::random::nonzero_i64(),
            device("MacBook Air M2", "macOS", "14.5", "Telegram macOS", "11.1", berlin),
            now - 200 * DAY,
            now - DAY,
        ),
        session(
            crate::random::nonzero_i64(),
            device("Chrome 126", "Web", "Windows 11", "Telegram Web A", "10.9.7", ("91.64.12.9", "Germany", "Hamburg")),
            now - 30 * DAY,
            now - 6 * DAY,
        ),
        session(
            crate::random::nonzero_i64(),
            device("Galaxy Tab S9", "Android", "SDK 34", "Telegram Android", "11.0.1", berlin),
            now - 90 * DAY,
            now - 3 * DAY,
        ),
    ];
    for other in others {
        account.add_login(other, now);
    }
    account.websites.add(WebLogin {
        bot_id: 7_700_200,
        bot_name: "Forum Login".into(),
        bot_username: "forum_auth_bot".into(),
        browser: "Firefox 133".into(),
        platform: "Linux".into(),
        ip: "85.214.132.117".into(),
        region: "Berlin, Germany".into(),
        date_created: now - 60 * DAY,
        date_active: now - 4 * DAY,
        ..website(crate::random::nonzero_i64(), "forum.example.org", now)
    });
    account
}
