//! The watcher through its public API, on a clock the test moves.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use sessionguard_core::{
    AccountEvent, ManualClock, SecurityEventKind, Session, SessionHash, SessionList, Watcher, fixtures,
};

fn t0() -> DateTime<Utc> {
    DateTime::from_timestamp(1_760_000_000, 0).unwrap_or_default()
}

fn session(hash: i64, device: &str) -> Session {
    let created = t0() - Duration::days(30) + Duration::seconds(hash.rem_euclid(1000));
    Session {
        app_version: "11.4".into(),
        ip: "198.51.100.4".into(),
        country: "Spain".into(),
        region: "Madrid".into(),
        ..fixtures::session(hash, device, created, t0())
    }
}

fn list(sessions: Vec<Session>) -> SessionList {
    SessionList { sessions, inactive_ttl_days: 180 }
}

fn watcher() -> (Arc<ManualClock>, Watcher) {
    let clock = Arc::new(ManualClock::new(t0()));
    (clock.clone(), Watcher::new(clock))
}

fn kinds(events: &[sessionguard_core::SecurityEvent]) -> Vec<SecurityEventKind> {
    events.iter().map(|e| e.kind).collect()
}

#[test]
fn the_first_list_is_a_baseline() {
    let (_, mut w) = watcher();
    let events = w.observe_list(&list(vec![session(0, "This PC"), session(1, "Pixel 8")]));
    assert!(events.is_empty(), "{events:?}");
}

#[test]
fn a_new_hash_is_a_new_login_with_its_details() {
    let (clock, mut w) = watcher();
    w.observe_list(&list(vec![session(0, "This PC")]));
    clock.advance(Duration::minutes(5));
    let events = w.observe_list(&list(vec![session(0, "This PC"), session(7, "Galaxy S24")]));
    assert_eq!(kinds(&events), vec![SecurityEventKind::NewLogin]);
    let login = events[0].login.as_ref().map(|l| (l.hash, l.device.as_str(), l.location.as_str(), l.ip.clone()));
    assert_eq!(login, Some((SessionHash(7), "Galaxy S24", "Madrid, Spain", Some("198.51.100.4".into()))));
    assert_eq!(events[0].at, t0() + Duration::minutes(5));
}

#[test]
fn an_unconfirmed_login_is_its_own_kind() {
    let (_, mut w) = watcher();
    w.observe_list(&list(vec![session(0, "This PC")]));
    let mut s = session(9, "Unknown phone");
    s.unconfirmed = true;
    let events = w.observe_list(&list(vec![session(0, "This PC"), s]));
    assert_eq!(kinds(&events), vec![SecurityEventKind::UnconfirmedLogin]);
}

#[test]
fn a_password_pending_login_is_raised_even_in_the_baseline() {
    let (_, mut w) = watcher();
    let mut s = session(9, "Unknown phone");
    s.password_pending = true;
    let events = w.observe_list(&list(vec![session(0, "This PC"), s]));
    assert_eq!(kinds(&events), vec![SecurityEventKind::PasswordPendingLogin]);
}

#[test]
fn a_missing_hash_is_a_session_ended() {
    let (_, mut w) = watcher();
    w.observe_list(&list(vec![session(0, "This PC"), session(3, "iPad")]));
    let events = w.observe_list(&list(vec![session(0, "This PC")]));
    assert_eq!(kinds(&events), vec![SecurityEventKind::SessionEnded]);
    assert_eq!(events[0].login.as_ref().map(|l| l.hash), Some(SessionHash(3)));
}

#[test]
fn a_login_code_push_is_an_event() {
    let (_, mut w) = watcher();
    let events = w.observe_push(&AccountEvent::LoginCodeRequested { date: t0() });
    assert_eq!(kinds(&events), vec![SecurityEventKind::LoginCodeRequested]);
    assert!(events[0].login.is_none());
}

fn push(hash: i64) -> AccountEvent {
    AccountEvent::NewAuthorization {
        hash: SessionHash(hash),
        unconfirmed: false,
        date: t0(),
        device: "Galaxy S24".into(),
        location: "Lagos, Nigeria".into(),
    }
}

#[test]
fn a_push_then_a_poll_for_the_same_login_give_one_event() {
    let (_, mut w) = watcher();
    w.observe_list(&list(vec![session(0, "This PC")]));
    let first = w.observe_push(&push(7));
    assert_eq!(kinds(&first), vec![SecurityEventKind::NewLogin]);
    assert_eq!(first[0].login.as_ref().map(|l| l.location.as_str()), Some("Lagos, Nigeria"));
    let second = w.observe_list(&list(vec![session(0, "This PC"), session(7, "Galaxy S24")]));
    assert!(second.is_empty(), "{second:?}");
    assert!(w.observe_push(&push(7)).is_empty());
}

#[test]
fn a_poll_then_a_push_for_the_same_login_give_one_event() {
    let (_, mut w) = watcher();
    w.observe_list(&list(vec![session(0, "This PC")]));
    let first = w.observe_list(&list(vec![session(0, "This PC"), session(7, "Galaxy S24")]));
    assert_eq!(kinds(&first), vec![SecurityEventKind::NewLogin]);
    assert!(w.observe_push(&push(7)).is_empty());
}

#[test]
fn a_pushed_login_that_turns_out_password_pending_is_raised_again_louder() {
    let (_, mut w) = watcher();
    w.observe_list(&list(vec![session(0, "This PC")]));
    w.observe_push(&push(7));
    let mut s = session(7, "Galaxy S24");
    s.password_pending = true;
    let events = w.observe_list(&list(vec![session(0, "This PC"), s]));
    assert_eq!(kinds(&events), vec![SecurityEventKind::PasswordPendingLogin]);
}

#[test]
fn our_own_session_never_ends_nor_logs_in() {
    let (_, mut w) = watcher();
    w.observe_list(&list(vec![session(0, "This PC"), session(1, "A"), session(2, "B")]));
    // What a list looks like after "terminate all others": only ours is left.
    let events = w.observe_list(&list(vec![session(0, "This PC")]));
    assert_eq!(kinds(&events), vec![SecurityEventKind::SessionEnded; 2]);
    assert!(events.iter().all(|e| e.login.as_ref().is_some_and(|l| l.hash != SessionHash::CURRENT)));
    assert!(w.observe_push(&push(0)).is_empty());
}

#[test]
fn a_pushed_unconfirmed_login_then_its_list_give_one_event() {
    let (_, mut w) = watcher();
    w.observe_list(&list(vec![session(0, "This PC")]));
    let push = AccountEvent::NewAuthorization {
        hash: SessionHash(7),
        unconfirmed: true,
        date: t0(),
        device: "Galaxy S24".into(),
        location: "Lagos, Nigeria".into(),
    };
    assert_eq!(kinds(&w.observe_push(&push)), vec![SecurityEventKind::UnconfirmedLogin]);
    let mut s = session(7, "Galaxy S24");
    s.unconfirmed = true;
    let events = w.observe_list(&list(vec![session(0, "This PC"), s]));
    assert!(events.is_empty(), "{events:?}");
}

#[test]
fn resuming_compares_the_first_list_with_where_the_last_run_left_off() {
    let clock = Arc::new(ManualClock::new(t0()));
    let left_off = [session(0, "SessionGuard"), session(2, "Phone"), session(3, "Old tablet")];
    let mut watcher = Watcher::resuming(clock, &left_off);
    // Meanwhile: a login (4) and an ending (3).
    let events =
        watcher.observe_list(&list(vec![session(0, "SessionGuard"), session(2, "Phone"), session(4, "Intruder")]));
    assert_eq!(kinds(&events), [SecurityEventKind::NewLogin, SecurityEventKind::SessionEnded]);
    assert_eq!(events[0].login.as_ref().map(|l| l.hash), Some(SessionHash(4)));
    assert_eq!(events[1].login.as_ref().map(|l| l.hash), Some(SessionHash(3)));
}

fn website(hash: i64, domain: &str) -> sessionguard_core::Website {
    sessionguard_core::Website {
        hash: SessionHash(hash),
        domain: domain.into(),
        bot: "@login_bot".into(),
        browser: "Firefox 133".into(),
        platform: "Linux".into(),
        ip: "203.0.113.9".into(),
        region: "Porto, Portugal".into(),
        date_created: t0() - Duration::days(2) + Duration::seconds(hash),
        date_active: t0(),
    }
}

#[test]
fn websites_are_compared_poll_by_poll_from_a_baseline() {
    let (_clock, mut watcher) = watcher();
    // The first list is what was already there.
    assert!(watcher.observe_websites(&[website(1, "forum.example")]).is_empty());
    assert!(watcher.observe_websites(&[website(1, "forum.example")]).is_empty());

    let events = watcher.observe_websites(&[website(1, "forum.example"), website(2, "shop.example")]);
    assert_eq!(kinds(&events), [SecurityEventKind::NewWebsite]);
    let login = events[0].login.as_ref().expect("the website");
    assert_eq!((login.hash, login.device.as_str()), (SessionHash(2), "shop.example"));
    assert_eq!(login.platform.as_deref(), Some("Firefox 133 on Linux"));

    let events = watcher.observe_websites(&[website(2, "shop.example")]);
    assert_eq!(kinds(&events), [SecurityEventKind::WebsiteEnded]);
    assert_eq!(events[0].login.as_ref().map(|l| l.hash), Some(SessionHash(1)));
}

#[test]
fn websites_and_sessions_are_watched_apart() {
    let (_clock, mut watcher) = watcher();
    watcher.observe_list(&list(vec![session(0, "Ours"), session(5, "Pixel")]));
    watcher.observe_websites(&[]);
    // A website whose id happens to equal a session's is still a website.
    assert_eq!(kinds(&watcher.observe_websites(&[website(5, "a.example")])), [SecurityEventKind::NewWebsite]);
    assert!(watcher.observe_list(&list(vec![session(0, "Ours"), session(5, "Pixel")])).is_empty());
}
