//! Events and actions in one timeline: every filter, paging, a session's own page.

mod common;

use common::{TestResult, code_requested, event, journal, list, session, t};
use sessionguard_core::{SecurityEventKind as Ev, SessionHash};
use sessionguard_journal::{Action, ActionKind, Actor, EndedBy, EntryKind, Journal, JournalError, TimelineFilter};

/// Two accounts; on "demo": our desktop, a Pixel that logged in and was confirmed, a Redmi
/// intruder terminated by a rule, a login code request, and an alert forwarded.
fn history() -> Result<(tempfile::TempDir, Journal), Box<dyn std::error::Error>> {
    let (dir, mut journal) = journal()?;
    let ours = session(0, "SessionGuard Desktop");
    let pixel = session(11, "Google Pixel 8");
    let redmi = session(22, "Redmi Note 12 «Ünïcode»");
    journal.observe_sessions("demo", &list(std::slice::from_ref(&ours)), t(0))?;
    journal.record_event("demo", &event(Ev::NewLogin, &pixel, t(1)))?;
    journal.observe_sessions("demo", &list(&[ours.clone(), pixel.clone()]), t(1))?;
    journal.record_action("demo", &Action::Confirmed { hash: pixel.hash }, t(2))?;
    journal.record_event("demo", &code_requested(t(3)))?;
    journal.record_event("demo", &event(Ev::PasswordPendingLogin, &redmi, t(4)))?;
    journal.observe_sessions("demo", &list(&[ours, pixel, redmi.clone()]), t(4))?;
    journal.write(|b| {
        b.record_action(
            "demo",
            &Action::Terminated { hash: redmi.hash, by: Actor::Rule { rule: "lockdown".into() } },
            t(5),
        )?;
        b.mark_ended("demo", redmi.hash, t(5), EndedBy::Rule { rule: "lockdown".into() })?;
        b.record_event("demo", &event(Ev::SessionEnded, &redmi, t(5)))
    })?;
    let forwarded = Action::AlertForwarded {
        target: "telegram bot https://api.telegram.org/bot123:SECRET/sendMessage".into(),
        ok: false,
        detail: "error sending request for url (https://api.telegram.org/bot123:SECRET/sendMessage)".into(),
    };
    journal.record_action("demo", &forwarded, t(6))?;
    journal.record_action("demo", &Action::TtlChanged { days: 30 }, t(7))?;
    journal.record_event("telegram:42", &event(Ev::NewLogin, &session(33, "iPhone 15"), t(3)))?;
    Ok((dir, journal))
}

fn kinds(entries: &[sessionguard_journal::TimelineEntry]) -> Vec<&'static str> {
    entries.iter().map(|e| e.kind.name()).collect()
}

#[test]
fn events_and_actions_share_one_timeline_newest_first() -> TestResult {
    let (_dir, journal) = history()?;
    let all = journal.timeline(&TimelineFilter::account("demo"))?;
    assert_eq!(
        kinds(&all),
        [
            "ttl_changed",
            "alert_forwarded",
            "session_ended",
            "terminated",
            "password_pending_login",
            "login_code_requested",
            "confirmed",
            "new_login"
        ]
    );
    let terminated = &all[3];
    assert_eq!(terminated.hash, Some(SessionHash(22)));
    assert_eq!(terminated.device.as_deref(), Some("Redmi Note 12 «Ünïcode»"), "an action says which device");
    assert_eq!(terminated.location.as_deref(), Some("Lagos, Nigeria"));
    assert_eq!(
        terminated.action,
        Some(Action::Terminated { hash: SessionHash(22), by: Actor::Rule { rule: "lockdown".into() } })
    );

    let pending = all[4].event().ok_or("not an event")?;
    assert_eq!(
        pending,
        event(Ev::PasswordPendingLogin, &session(22, "Redmi Note 12 «Ünïcode»"), t(4)),
        "events round-trip"
    );
    let code = all[5].event().ok_or("not an event")?;
    assert_eq!((code.kind, code.login, code.at), (Ev::LoginCodeRequested, None, t(3)));
    assert!(all[0].event().is_none(), "an action is not an event");

    let everything = journal.timeline(&TimelineFilter::default())?;
    assert_eq!(everything.len(), 9, "every account");
    assert_eq!(everything.iter().filter(|e| e.account == "telegram:42").count(), 1);
    Ok(())
}

#[test]
fn forwarded_alerts_are_stored_without_url_paths() -> TestResult {
    let (_dir, journal) = history()?;
    let filter =
        TimelineFilter { kinds: vec![EntryKind::Action(ActionKind::AlertForwarded)], ..TimelineFilter::default() };
    let entry = journal.timeline(&filter)?.pop().ok_or("none")?;
    assert_eq!(
        entry.action,
        Some(Action::AlertForwarded {
            target: "telegram bot https://api.telegram.org/…".into(),
            ok: false,
            detail: "error sending request for url (https://api.telegram.org/…)".into(),
        })
    );
    Ok(())
}

#[test]
fn each_filter_narrows() -> TestResult {
    let (_dir, journal) = history()?;
    let demo = || TimelineFilter::account("demo");

    let alarms = TimelineFilter {
        kinds: vec![EntryKind::Event(Ev::PasswordPendingLogin), EntryKind::Event(Ev::NewLogin)],
        ..demo()
    };
    assert_eq!(kinds(&journal.timeline(&alarms)?), ["password_pending_login", "new_login"]);
    let mixed = TimelineFilter {
        kinds: vec![EntryKind::Action(ActionKind::Terminated), EntryKind::Event(Ev::SessionEnded)],
        ..demo()
    };
    assert_eq!(kinds(&journal.timeline(&mixed)?), ["session_ended", "terminated"]);

    // Device: a substring, any case, beyond ASCII; actions on the device match too.
    let redmi = TimelineFilter { device: Some("NOTE 12 «üNÏ".into()), ..demo() };
    assert_eq!(kinds(&journal.timeline(&redmi)?), ["session_ended", "terminated", "password_pending_login"]);
    let blank = TimelineFilter { device: Some("  ".into()), ..demo() };
    assert_eq!(journal.timeline(&blank)?.len(), 8, "a blank device filter is no filter");

    let window = TimelineFilter { since: Some(t(2)), until: Some(t(5)), ..demo() };
    assert_eq!(
        kinds(&journal.timeline(&window)?),
        ["password_pending_login", "login_code_requested", "confirmed"],
        "since ≤ at < until"
    );

    let session = TimelineFilter { session: Some(SessionHash(11)), ..demo() };
    assert_eq!(kinds(&journal.timeline(&session)?), ["confirmed", "new_login"]);

    let limited = TimelineFilter { limit: Some(2), ..demo() };
    assert_eq!(kinds(&journal.timeline(&limited)?), ["ttl_changed", "alert_forwarded"]);

    let other = TimelineFilter::account("telegram:42");
    assert_eq!(journal.timeline(&other)?.iter().map(|e| e.device.as_deref()).collect::<Vec<_>>(), [Some("iPhone 15")]);
    assert!(journal.timeline(&TimelineFilter::account("nobody"))?.is_empty());

    let all_together = TimelineFilter {
        kinds: vec![EntryKind::Event(Ev::PasswordPendingLogin), EntryKind::Action(ActionKind::Terminated)],
        device: Some("redmi".into()),
        since: Some(t(4)),
        until: Some(t(6)),
        session: Some(SessionHash(22)),
        limit: Some(1),
        ..demo()
    };
    assert_eq!(kinds(&journal.timeline(&all_together)?), ["terminated"]);
    Ok(())
}

#[test]
fn pages_follow_each_other_without_gaps_or_repeats() -> TestResult {
    let (_dir, mut journal) = journal()?;
    let phone = session(5, "phone");
    // Several entries share a time, so paging must break ties by id.
    journal.write(|b| {
        for i in 0..53 {
            b.record_event("demo", &event(Ev::NewLogin, &phone, t(i / 4)))?;
        }
        Ok(())
    })?;
    let everything = journal.timeline(&TimelineFilter::account("demo"))?;
    assert_eq!(everything.len(), 53);

    let mut paged = Vec::new();
    let mut filter = TimelineFilter { limit: Some(10), ..TimelineFilter::account("demo") };
    loop {
        let page = journal.timeline(&filter)?;
        let Some(last) = page.last() else { break };
        filter.before = Some(last.id);
        paged.extend(page);
    }
    assert_eq!(paged, everything);
    assert!(paged.windows(2).all(|w| (w[0].at, w[0].id) > (w[1].at, w[1].id)));

    let unknown = TimelineFilter { before: Some(sessionguard_journal::EntryId(9_999)), ..TimelineFilter::default() };
    assert!(matches!(journal.timeline(&unknown), Err(JournalError::UnknownEntry(_))));
    Ok(())
}

#[test]
fn a_session_page_has_its_record_and_everything_about_it() -> TestResult {
    let (_dir, journal) = history()?;
    let record = journal.session("demo", SessionHash(22))?.ok_or("none")?;
    assert_eq!(record.ended_by, Some(EndedBy::Rule { rule: "lockdown".into() }));
    assert_eq!(record.first_seen, t(4));
    let page = journal.session_timeline("demo", SessionHash(22), 100)?;
    assert_eq!(kinds(&page), ["session_ended", "terminated", "password_pending_login"]);
    assert_eq!(kinds(&journal.session_timeline("demo", SessionHash(22), 1)?), ["session_ended"]);
    assert!(journal.session_timeline("telegram:42", SessionHash(22), 100)?.is_empty(), "per account");
    Ok(())
}

#[test]
fn entries_serialise_for_the_window() -> TestResult {
    let (_dir, journal) = history()?;
    let entry = journal.timeline(&TimelineFilter {
        kinds: vec![EntryKind::Action(ActionKind::Terminated)],
        ..TimelineFilter::default()
    })?;
    let json = serde_json::to_value(&entry[0])?;
    assert_eq!(json["kind"], "terminated");
    assert_eq!(json["hash"], "22");
    assert_eq!(json["at"], "2025-11-13T02:18:20Z");
    assert_eq!(json["action"]["by"], serde_json::json!({"actor": "rule", "rule": "lockdown"}));

    // The window sends filters as JSON too; missing fields mean "no filter".
    let filter: TimelineFilter =
        serde_json::from_str(r#"{"account": "demo", "kinds": ["new_login", "terminated"], "session": "22"}"#)?;
    assert_eq!(filter.session, Some(SessionHash(22)));
    assert_eq!(kinds(&journal.timeline(&filter)?), ["terminated"]);
    Ok(())
}
