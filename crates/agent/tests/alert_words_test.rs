//! Every alert's words, as a person reads them: the notification (summary, body, urgency)
//! and the window's banner (lead, title, detail, tone), for each event kind × what the
//! rules did. The snapshots in `snapshots/` are the review copy: a change of wording shows
//! there (`cargo insta review`, or delete the file and run again to write it).

use chrono::DateTime;
use sessionguard_agent::alerts::alert_text::{alert_text, found_at_start};
use sessionguard_agent::alerts::banner_text::banner_words;
use sessionguard_core::{LoginDetails, RuleKind, SecurityEvent, SecurityEventKind};
use sessionguard_i18n::Words;
use sessionguard_protocol::RuleOutcome;

fn login() -> LoginDetails {
    sessionguard_core::fixtures::intruder_login()
}

fn outcomes() -> Vec<(&'static str, Option<RuleOutcome>)> {
    let reason = || "lockdown is on and it is not a trusted device".to_owned();
    let at = DateTime::from_timestamp(1_764_086_400, 0).unwrap_or_default();
    vec![
        ("no rule", None),
        ("terminated", Some(RuleOutcome::Terminated { rule: RuleKind::Lockdown, reason: reason() })),
        ("deferred", Some(RuleOutcome::Deferred { rule: RuleKind::Lockdown, reason: reason(), at })),
        (
            "failed",
            Some(RuleOutcome::Failed {
                rule: RuleKind::CountryNotAllowed,
                reason: "Nigeria is not on the allowed list".into(),
                error: "Telegram is busy".into(),
            }),
        ),
        ("spared", Some(RuleOutcome::Spared { reason: "Nigeria is on the allowed list".into() })),
    ]
}

/// One kind's words, every outcome, with and without the login's details.
fn words_for(kind: SecurityEventKind, words: &Words) -> String {
    let mut out = String::new();
    for login in [Some(login()), None] {
        for (name, rule) in outcomes() {
            let event =
                SecurityEvent { kind, login: login.clone(), at: DateTime::from_timestamp(0, 0).unwrap_or_default() };
            let with = if login.is_some() { "with the login" } else { "no login details" };
            out += &format!("## {name}, {with}\n");
            match alert_text(&event, "Demo account", rule.as_ref(), words) {
                Some(text) => {
                    out += &format!("notification ({:?}): {}\n", text.urgency, text.summary);
                    out += &text.body.lines().map(|line| format!("  | {line}\n")).collect::<String>();
                }
                None => out += "notification: none\n",
            }
            let banner = banner_words(kind, login.as_ref(), rule.as_ref(), false, words);
            out += &format!("banner ({:?}): {}\n", banner.tone, banner.title);
            out += &format!("  lead: {}\n", banner.lead.as_deref().unwrap_or("—"));
            out += &format!("  detail: {}\n\n", banner.detail);
        }
    }
    out
}

#[test]
fn every_event_kind_and_rule_outcome_in_english() {
    let words = Words::english();
    for kind in SecurityEventKind::ALL {
        insta::assert_snapshot!(format!("{kind:?}"), words_for(kind, &words));
    }
}

#[test]
fn found_at_start_says_so_first_in_both() {
    let words = Words::english();
    let event = SecurityEvent {
        kind: SecurityEventKind::NewLogin,
        login: Some(login()),
        at: DateTime::from_timestamp(0, 0).unwrap_or_default(),
    };
    let text = alert_text(&event, "Demo account", None, &words).map(|text| found_at_start(text, &words));
    let banner = banner_words(event.kind, event.login.as_ref(), None, true, &words);
    insta::assert_snapshot!(format!("{text:#?}\n{banner:#?}"));
}

#[test]
fn a_right_to_left_language_isolates_what_the_server_chose() {
    // Persian: each name the server chose sits between FSI and PDI (shown here as ⟨ ⟩), so
    // a device named in Latin letters cannot reorder the sentence around it.
    let words = sessionguard_i18n::words("fa");
    let shown =
        words_for(SecurityEventKind::UnconfirmedLogin, &words).replace('\u{2068}', "⟨").replace('\u{2069}', "⟩");
    assert!(shown.contains('⟨'), "names are isolated: {shown}");
    insta::assert_snapshot!(shown);
}
