//! TL values built here, as Telegram would send them, through the conversions; and every
//! error name to its state.

use chrono::{DateTime, Duration, Utc};
use grammers_tl_types as tl;
use sessionguard_core::{AccountEvent, ApiError, DeviceKind, PlatformKind, SessionHash};
use sessionguard_telegram::convert::{new_authorization, session_list, timestamp};
use sessionguard_telegram::rpc_error::{SignInError, api_error, sign_in_error};

fn authorization(hash: i64, current: bool) -> tl::enums::Authorization {
    tl::types::Authorization {
        current,
        official_app: !current,
        password_pending: hash == 3,
        encrypted_requests_disabled: hash == 4,
        call_requests_disabled: hash == 5,
        unconfirmed: hash == 6,
        hash,
        device_model: "iPhone 15 Pro".into(),
        platform: "iOS".into(),
        system_version: "18.1".into(),
        api_id: 10840,
        app_name: "Telegram iOS".into(),
        app_version: "11.3.2".into(),
        date_created: 1_700_000_000,
        date_active: 1_763_000_000,
        ip: "203.0.113.9".into(),
        country: "Germany".into(),
        region: "Berlin".into(),
    }
    .into()
}

#[test]
fn every_field_and_flag_reaches_the_session() {
    let answer: tl::enums::account::Authorizations = tl::types::account::Authorizations {
        authorization_ttl_days: 183,
        authorizations: (0..=6).map(|h| authorization(h, h == 0)).collect(),
    }
    .into();
    let list = session_list(&answer);
    assert_eq!(list.inactive_ttl_days, 183);
    assert_eq!(list.sessions.len(), 7);
    let ours = list.current().expect("our session");
    assert_eq!(ours.hash, SessionHash::CURRENT);
    assert!(!ours.official_app);
    let s = |h: i64| list.sessions.iter().find(|s| s.hash == SessionHash(h)).expect("session");
    assert!(s(3).password_pending && !s(2).password_pending);
    assert!(s(4).encrypted_requests_disabled);
    assert!(s(5).call_requests_disabled);
    assert!(s(6).unconfirmed);
    let one = s(1);
    assert!(one.official_app && !one.current);
    assert_eq!(
        (one.device_model.as_str(), one.platform.as_str(), one.system_version.as_str()),
        ("iPhone 15 Pro", "iOS", "18.1")
    );
    assert_eq!((one.api_id, one.app_name.as_str(), one.app_version.as_str()), (10840, "Telegram iOS", "11.3.2"));
    assert_eq!(one.date_created.timestamp(), 1_700_000_000);
    assert_eq!(one.date_active.timestamp(), 1_763_000_000);
    assert_eq!((one.ip.as_str(), one.country.as_str(), one.region.as_str()), ("203.0.113.9", "Germany", "Berlin"));
    assert_eq!((one.device_kind(), one.platform_kind()), (DeviceKind::Phone, PlatformKind::Ios));
}

#[test]
fn a_new_authorization_push_with_and_without_its_details() {
    let now = timestamp(1_763_000_500);
    let full = tl::types::UpdateNewAuthorization {
        unconfirmed: true,
        hash: -77,
        date: Some(1_763_000_400),
        device: Some("Redmi Note 13 Pro".into()),
        location: Some("Lagos, Nigeria".into()),
    };
    assert_eq!(
        new_authorization(&full, now),
        AccountEvent::NewAuthorization {
            hash: SessionHash(-77),
            unconfirmed: true,
            date: timestamp(1_763_000_400),
            device: "Redmi Note 13 Pro".into(),
            location: "Lagos, Nigeria".into(),
        }
    );
    let bare =
        tl::types::UpdateNewAuthorization { unconfirmed: false, hash: 5, date: None, device: None, location: None };
    match new_authorization(&bare, now) {
        AccountEvent::NewAuthorization { date, device, .. } => assert_eq!((date, device.as_str()), (now, "")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_impossible_time_is_not_a_panic() {
    assert_eq!(timestamp(i32::MIN).timestamp(), i64::from(i32::MIN));
}

#[test]
fn every_account_error_name_becomes_its_state() {
    let now: DateTime<Utc> = timestamp(1_763_000_000);
    let created = now - Duration::hours(3);
    assert_eq!(
        api_error("FRESH_RESET_AUTHORISATION_FORBIDDEN", None, Some(created), now),
        ApiError::FreshSession { allowed_at: created + Duration::hours(24) }
    );
    assert_eq!(api_error("HASH_INVALID", None, None, now), ApiError::SessionNotFound);
    assert_eq!(api_error("FLOOD_WAIT", Some(37), None, now), ApiError::FloodWait { seconds: 37 });
    assert_eq!(api_error("AUTH_KEY_UNREGISTERED", None, None, now), ApiError::SignedOut);
    assert_eq!(api_error("SESSION_REVOKED", None, None, now), ApiError::SignedOut);
    assert_eq!(api_error("TTL_DAYS_INVALID", None, None, now), ApiError::InvalidTtl);
    assert_eq!(api_error("SOMETHING_NEW", None, None, now), ApiError::Protocol("SOMETHING_NEW".into()));
}

#[test]
fn every_sign_in_error_name_has_its_own_message() {
    let cases = [
        ("PHONE_CODE_INVALID", SignInError::WrongCode),
        ("PHONE_CODE_EXPIRED", SignInError::CodeExpired),
        ("PASSWORD_HASH_INVALID", SignInError::WrongPassword),
        ("PHONE_NUMBER_INVALID", SignInError::InvalidPhone),
        ("SESSION_PASSWORD_NEEDED", SignInError::PasswordNeeded),
        ("API_ID_INVALID", SignInError::InvalidApiCredentials),
    ];
    let mut messages = std::collections::HashSet::new();
    for (name, state) in cases {
        let got = sign_in_error(name, None);
        assert_eq!(got, state, "{name}");
        assert!(messages.insert(got.to_string()), "{name} shares its message");
    }
    assert_eq!(sign_in_error("FLOOD_WAIT", Some(90)), SignInError::FloodWait { seconds: 90 });
}
