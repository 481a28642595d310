//! Whatever a server sends in `account.authorizations` — any hash, flag, date, TTL, api_id
//! and any text (control characters, right-to-left marks, huge strings) — goes through the
//! wire format, becomes sessions, and through everything the guard does with a list
//! (watcher, endings, checkup, rules) without a panic or a date overflow. Bounded: a fixed
//! number of cases, so CI time does not grow.

// A failed expectation fails the property, as prop_assert does.
#![allow(clippy::expect_used)]

use chrono::{DateTime, Utc};
use grammers_tl_types::{self as tl, Deserializable, Serializable};
use proptest::prelude::*;
use sessionguard_core::{Clock, EndedBy, Rules, Session, Watcher, checkup, ended_by};
use sessionguard_telegram::convert::{session_list, timestamp};

/// Text as a hostile server might send it.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-Z0-9 .,()-]{0,40}",
        "\\PC{0,40}",
        any::<String>(),
        "[\u{0}-\u{1f}\u{7f}\u{202e}\u{2066}<>&\"';=+@]{0,60}",
        Just("x".repeat(5_000)),
    ]
}

prop_compose! {
    fn authorization()(
        flags in any::<[bool; 6]>(),
        hash in any::<i64>(),
        device_model in text(), platform in text(), system_version in text(),
        api_id in any::<i32>(), app_name in text(), app_version in text(),
        date_created in any::<i32>(), date_active in any::<i32>(),
        ip in text(), country in text(), region in text(),
    ) -> tl::enums::Authorization {
        tl::types::Authorization {
            current: flags[0], official_app: flags[1], password_pending: flags[2],
            encrypted_requests_disabled: flags[3], call_requests_disabled: flags[4], unconfirmed: flags[5],
            hash, device_model, platform, system_version, api_id, app_name, app_version,
            date_created, date_active, ip, country, region,
        }
        .into()
    }
}

/// A clock standing at any instant a server's i32 dates can name.
#[derive(Debug)]
struct At(DateTime<Utc>);

impl Clock for At {
    fn now(&self) -> DateTime<Utc> {
        self.0
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_authorizations_become_sessions_the_guard_handles(
        first in prop::collection::vec(authorization(), 0..12),
        second in prop::collection::vec(authorization(), 0..12),
        ttl in any::<i32>(),
        now in any::<i32>(),
    ) {
        let now = timestamp(now);
        let answer = |authorizations| -> tl::enums::account::Authorizations {
            tl::types::account::Authorizations { authorization_ttl_days: ttl, authorizations }.into()
        };
        // Through the wire format, as the client reads it.
        let bytes = answer(first).to_bytes();
        let read = tl::enums::account::Authorizations::from_bytes(&bytes).expect("what was written reads back");
        let first = session_list(&read);
        let second = session_list(&answer(second));

        let clock: std::sync::Arc<dyn Clock> = std::sync::Arc::new(At(now));
        let mut watcher = Watcher::new(clock.clone());
        watcher.observe_list(&first);
        let events = watcher.observe_list(&second);
        let resumed = Watcher::resuming(clock, &first.sessions).observe_list(&second);
        prop_assert!(resumed.len() <= first.sessions.len() + second.sessions.len());
        prop_assert!(events.len() <= first.sessions.len() + second.sessions.len());

        let rules = Rules { lockdown: true, block_unofficial_apps: true, allowed_countries: vec!["Germany".into()], ..Rules::default() };
        for session in first.sessions.iter().chain(&second.sessions) {
            let _: EndedBy = ended_by(session, None, ttl, now);
            let _ = session.may_reset_others_from();
            let _ = (session.location(), session.app(), session.device_kind(), session.platform_kind());
            let _ = rules.judge(session);
        }
        let mut trusting = Rules { lockdown: true, ..Rules::default() };
        if let Some(session) = second.sessions.first() {
            trusting.set_trusted(session, true);
            let known: Vec<Session> = first.sessions.clone();
            trusting.bind_unbound_trust(&known);
        }
        let _ = checkup(&first, None, None, now);
        let _ = checkup(&second, None, None, now);
    }
}
