//! Sessions ever seen: first and last seen, every field, ended by what.

mod common;

use common::{TestResult, journal, list, session, t};
use sessionguard_core::SessionHash;
use sessionguard_journal::{EndedBy, Observed};

#[test]
fn observed_twice_keeps_first_seen_and_moves_last_seen_and_last_active() -> TestResult {
    let (_dir, mut journal) = journal()?;
    let ours = session(0, "SessionGuard desktop");
    let mut phone = session(77, "Redmi Note 12");

    let first = journal.observe_sessions("demo", &list(&[ours.clone(), phone.clone()]), t(0))?;
    assert_eq!(first, Observed { new: vec![SessionHash(0), SessionHash(77)], gone: vec![] });

    phone.date_active = t(9);
    phone.ip = "198.51.100.4".into();
    phone.app_version = "11.6".into();
    let second = journal.observe_sessions("demo", &list(&[ours, phone.clone()]), t(10))?;
    assert_eq!(second, Observed::default());

    let record = journal.session("demo", SessionHash(77))?.ok_or("no record")?;
    assert_eq!((record.first_seen, record.last_seen, record.session.date_active), (t(0), t(10), t(9)));
    assert_eq!(record.session, phone, "every field as last reported");
    assert_eq!(record.ended_at, None);

    let own = journal.session("demo", SessionHash(0))?.ok_or("no own session")?;
    assert!(own.session.current, "our own session, hash 0, is stored like the others");
    Ok(())
}

#[test]
fn last_active_never_goes_back() -> TestResult {
    let (_dir, mut journal) = journal()?;
    let mut phone = session(5, "Pixel 8");
    phone.date_active = t(30);
    journal.observe_sessions("demo", &list(&[phone.clone()]), t(31))?;
    phone.date_active = t(20);
    journal.observe_sessions("demo", &list(&[phone]), t(40))?;
    assert_eq!(journal.session("demo", SessionHash(5))?.ok_or("none")?.session.date_active, t(30));
    Ok(())
}

#[test]
fn ended_sessions_keep_their_row_with_when_and_by_what() -> TestResult {
    let (_dir, mut journal) = journal()?;
    let sessions = [session(1, "A"), session(2, "B"), session(3, "C"), session(4, "D"), session(5, "E")];
    journal.observe_sessions("demo", &list(&sessions), t(0))?;
    let ends = [
        (1, EndedBy::Us),
        (2, EndedBy::Rule { rule: "lockdown".into() }),
        (3, EndedBy::InactivityTtl),
        (4, EndedBy::Elsewhere),
        (5, EndedBy::Unknown),
    ];
    for (minute, (hash, by)) in ends.iter().enumerate() {
        assert!(journal.mark_ended("demo", SessionHash(*hash), t(minute as i64 + 1), by.clone())?);
    }
    assert!(!journal.mark_ended("demo", SessionHash(1), t(9), EndedBy::Unknown)?, "already ended");
    assert!(!journal.mark_ended("demo", SessionHash(99), t(9), EndedBy::Unknown)?, "never seen");
    assert!(!journal.mark_ended("nobody", SessionHash(1), t(9), EndedBy::Unknown)?, "unknown account");

    for (minute, (hash, by)) in ends.iter().enumerate() {
        let record = journal.session("demo", SessionHash(*hash))?.ok_or("row gone")?;
        assert_eq!(record.ended_at, Some(t(minute as i64 + 1)));
        assert_eq!(record.ended_by.as_ref(), Some(by));
    }
    assert!(journal.sessions("demo", false)?.is_empty());
    let all = journal.sessions("demo", true)?;
    assert_eq!(all.iter().map(|s| s.session.hash.0).collect::<Vec<_>>(), [5, 4, 3, 2, 1], "most recently ended first");
    Ok(())
}

#[test]
fn a_hash_that_comes_back_after_ending_is_a_new_session() -> TestResult {
    let (_dir, mut journal) = journal()?;
    journal.observe_sessions("demo", &list(&[session(0, "old desktop")]), t(0))?;
    journal.mark_ended("demo", SessionHash(0), t(5), EndedBy::Elsewhere)?;
    let seen = journal.observe_sessions("demo", &list(&[session(0, "new desktop")]), t(10))?;
    assert_eq!(seen.new, [SessionHash(0)]);

    let live = journal.session("demo", SessionHash(0))?.ok_or("none")?;
    assert_eq!((live.session.device_model.as_str(), live.first_seen, live.ended_at), ("new desktop", t(10), None));
    let all = journal.sessions("demo", true)?;
    assert_eq!(all.iter().map(|s| s.session.device_model.as_str()).collect::<Vec<_>>(), ["new desktop", "old desktop"]);
    Ok(())
}

#[test]
fn sessions_missing_from_a_list_are_reported_gone_not_ended() -> TestResult {
    let (_dir, mut journal) = journal()?;
    journal.observe_sessions("demo", &list(&[session(0, "us"), session(8, "tablet"), session(9, "laptop")]), t(0))?;
    let seen = journal.observe_sessions("demo", &list(&[session(0, "us"), session(10, "new phone")]), t(1))?;
    assert_eq!(seen, Observed { new: vec![SessionHash(10)], gone: vec![SessionHash(8), SessionHash(9)] });
    assert_eq!(journal.sessions("demo", false)?.len(), 4, "the caller decides how they ended");
    Ok(())
}

#[test]
fn accounts_live_side_by_side() -> TestResult {
    let (_dir, mut journal) = journal()?;
    journal.observe_sessions("demo", &list(&[session(0, "demo desktop"), session(1, "demo phone")]), t(0))?;
    journal.observe_sessions("telegram:42", &list(&[session(0, "real desktop")]), t(1))?;
    journal.mark_ended("telegram:42", SessionHash(0), t(2), EndedBy::Us)?;

    assert_eq!(journal.accounts()?, ["demo", "telegram:42"]);
    assert_eq!(journal.sessions("demo", false)?.len(), 2);
    assert_eq!(journal.session("demo", SessionHash(0))?.ok_or("none")?.session.device_model, "demo desktop");
    assert_eq!(journal.session("demo", SessionHash(0))?.ok_or("none")?.ended_at, None);
    assert_eq!(journal.session("telegram:42", SessionHash(0))?.ok_or("none")?.account, "telegram:42");
    assert!(journal.session("nobody", SessionHash(0))?.is_none());
    assert!(journal.sessions("nobody", true)?.is_empty());
    Ok(())
}

#[test]
fn a_failed_batch_writes_nothing() -> TestResult {
    let (_dir, mut journal) = journal()?;
    let result: Result<(), sessionguard_journal::JournalError> = journal.write(|batch| {
        batch.observe_sessions("demo", &list(&[session(1, "phone")]), t(0))?;
        Err(sessionguard_journal::JournalError::BadValue("stop here".into()))
    });
    assert!(result.is_err());
    assert!(journal.session("demo", SessionHash(1))?.is_none());
    assert!(journal.accounts()?.is_empty());
    Ok(())
}

#[test]
fn records_serialise_hashes_as_text_for_the_window() -> TestResult {
    let (_dir, mut journal) = journal()?;
    journal.observe_sessions("demo", &list(&[session(-9_007_199_254_740_993, "phone")]), t(0))?;
    journal.mark_ended("demo", SessionHash(-9_007_199_254_740_993), t(1), EndedBy::Rule { rule: "lockdown".into() })?;
    let record = journal.sessions("demo", true)?.pop().ok_or("none")?;
    let json = serde_json::to_value(&record)?;
    assert_eq!(json["hash"], "-9007199254740993");
    assert_eq!(json["ended_by"], serde_json::json!({"by": "rule", "rule": "lockdown"}));
    assert_eq!(json["first_seen"], "2025-11-13T02:13:20Z");
    Ok(())
}
