//! CSV and JSON exports: every entry, every field, and names with commas, quotes and
//! line breaks coming back as they went in.

mod common;

use common::{TestResult, code_requested, event, journal, list, session, t};
use sessionguard_core::{SecurityEventKind as Ev, SessionHash};
use sessionguard_journal::{Action, Actor, EntryKind, Journal, TimelineFilter};

const AWKWARD: &str = "Bob's \"work\" phone, 2nd\nline\r\nthird — ü";

fn history() -> Result<(tempfile::TempDir, Journal), Box<dyn std::error::Error>> {
    let (dir, mut journal) = journal()?;
    let awkward = session(-4_611_686_018_427_387_904, AWKWARD);
    let formula = session(8, "=HYPERLINK(\"http://evil.example\",\"click\")");
    journal.observe_sessions("demo", &list(&[awkward.clone(), formula.clone()]), t(0))?;
    journal.record_event("demo", &event(Ev::NewLogin, &awkward, t(1)))?;
    journal.record_event("demo", &event(Ev::UnconfirmedLogin, &formula, t(2)))?;
    journal.record_event("demo", &code_requested(t(3)))?;
    journal.record_action("demo", &Action::Terminated { hash: awkward.hash, by: Actor::Person }, t(4))?;
    journal.record_action("demo", &Action::TtlChanged { days: 7 }, t(5))?;
    Ok((dir, journal))
}

#[test]
fn csv_has_a_header_and_round_trips_awkward_names() -> TestResult {
    let (_dir, journal) = history()?;
    let mut out = Vec::new();
    let written = journal.export_csv(&TimelineFilter::account("demo"), &mut out)?;
    assert_eq!(written, 5);

    let mut reader = csv::Reader::from_reader(out.as_slice());
    assert_eq!(
        reader.headers()?.iter().collect::<Vec<_>>(),
        [
            "id",
            "account",
            "at",
            "kind",
            "hash",
            "device",
            "platform",
            "app",
            "official_app",
            "ip",
            "location",
            "login_date",
            "action"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>()?;
    assert_eq!(rows.len(), 5);
    let col = |row: &csv::StringRecord, i: usize| row.get(i).unwrap_or("<missing>").to_string();

    let ttl = &rows[0];
    assert_eq!(
        (col(ttl, 2), col(ttl, 3), col(ttl, 4)),
        ("2025-11-13T02:18:20Z".into(), "ttl_changed".into(), "".into())
    );
    assert_eq!(serde_json::from_str::<Action>(&col(ttl, 12))?, Action::TtlChanged { days: 7 });

    let terminated = &rows[1];
    assert_eq!(col(terminated, 5), AWKWARD, "an action carries the device name");
    assert_eq!(col(terminated, 4), "-4611686018427387904");

    let formula = &rows[3];
    assert_eq!(
        col(formula, 5),
        "'=HYPERLINK(\"http://evil.example\",\"click\")",
        "a formula is not run by a spreadsheet"
    );

    let login = &rows[4];
    assert_eq!(col(login, 3), "new_login");
    assert_eq!(col(login, 5), AWKWARD);
    assert_eq!(col(login, 6), "Android SDK 34");
    assert_eq!(col(login, 7), "Telegram Android 11.5");
    assert_eq!(col(login, 8), "true");
    assert_eq!(col(login, 9), "203.0.113.7");
    assert_eq!(col(login, 10), "Lagos, Nigeria");
    assert_eq!(col(login, 11), "2025-11-12T16:13:20Z");
    assert_eq!(col(login, 12), "");

    let code = &rows[2];
    assert_eq!((col(code, 3), col(code, 5), col(code, 11)), ("login_code_requested".into(), "".into(), "".into()));
    Ok(())
}

#[test]
fn csv_export_follows_the_filter() -> TestResult {
    let (_dir, journal) = history()?;
    let mut out = Vec::new();
    let filter = TimelineFilter { kinds: vec![EntryKind::Event(Ev::NewLogin)], ..TimelineFilter::account("demo") };
    assert_eq!(journal.export_csv(&filter, &mut out)?, 1);
    assert_eq!(csv::Reader::from_reader(out.as_slice()).records().count(), 1);

    let mut empty = Vec::new();
    assert_eq!(journal.export_csv(&TimelineFilter::account("nobody"), &mut empty)?, 0);
    assert_eq!(String::from_utf8(empty)?.lines().count(), 1, "still a header");
    Ok(())
}

#[test]
fn json_is_valid_and_complete() -> TestResult {
    let (_dir, journal) = history()?;
    let mut out = Vec::new();
    assert_eq!(journal.export_json(&TimelineFilter::default(), &mut out)?, 5);
    let parsed: serde_json::Value = serde_json::from_slice(&out)?;
    let entries = parsed.as_array().ok_or("not an array")?;
    assert_eq!(entries.len(), 5);
    for entry in entries {
        let fields: Vec<&String> = entry.as_object().ok_or("not an object")?.keys().collect();
        assert_eq!(fields.len(), 13, "every field, null when unknown: {fields:?}");
    }
    // The same entries the timeline gives, in the same order.
    let back: Vec<sessionguard_journal::TimelineEntry> = serde_json::from_slice(&out)?;
    assert_eq!(back, journal.timeline(&TimelineFilter::default())?);
    assert_eq!(back[4].device.as_deref(), Some(AWKWARD));
    assert_eq!(back[1].hash, Some(SessionHash(-4_611_686_018_427_387_904)));
    assert_eq!(entries[1]["hash"], "-4611686018427387904", "hashes as text");

    let mut empty = Vec::new();
    journal.export_json(&TimelineFilter::account("nobody"), &mut empty)?;
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&empty)?, serde_json::json!([]));
    Ok(())
}

/// Spreadsheets that split on `;` and that skip leading spaces or read the full-width `＝`
/// get neither a split cell nor a formula.
#[test]
fn csv_quotes_semicolons_and_defuses_disguised_formulas() -> TestResult {
    let (_dir, mut journal) = journal()?;
    let disguised = session(9, " \u{FF1D}cmd;calc");
    journal.observe_sessions("demo", &list(std::slice::from_ref(&disguised)), t(0))?;
    journal.record_event("demo", &event(Ev::NewLogin, &disguised, t(1)))?;
    let mut out = Vec::new();
    journal.export_csv(&TimelineFilter::account("demo"), &mut out)?;
    let text = String::from_utf8(out)?;
    assert!(text.contains(",\"' \u{FF1D}cmd;calc\","), "{text}");
    Ok(())
}
