//! What a notification says, in words a person understands.

use sessionguard_core::{LoginDetails, RuleKind, SecurityEvent, SecurityEventKind};
use sessionguard_i18n::{Value, Words};
use sessionguard_protocol::RuleOutcome;

use crate::history::words::rule_name;
use crate::words::redact::mask_ip;
use crate::words::untrusted_text::{FIELD_CHARS, one_line};

/// A rule's reason names a device, an app or a country the server chose.
const REASON_CHARS: usize = 3 * FIELD_CHARS;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    Normal,
    Critical,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertText {
    pub summary: String,
    pub body: String,
    pub urgency: Urgency,
    /// The language it is in, for its buttons' words.
    pub language: &'static str,
}

/// The notification for an event on `account`, and what a rule did about it, in `words`'
/// language; `None` for events that do not notify.
pub fn alert_text(
    event: &SecurityEvent,
    account: &str,
    rule: Option<&RuleOutcome>,
    words: &Words,
) -> Option<AlertText> {
    match rule {
        Some(RuleOutcome::Spared { reason }) => {
            // The event's own words, and why the rules let it be, above the account line.
            let text = alert_text(event, account, None, words)?;
            let spared = words.text("notify-spared", &[("reason", one_line(reason, REASON_CHARS).into())]);
            let (lines, account_line) = text.body.rsplit_once('\n').unwrap_or(("", &text.body));
            let body = [lines, &spared, account_line].iter().filter(|l| !l.is_empty()).copied().collect::<Vec<_>>();
            return Some(AlertText { body: body.join("\n"), ..text });
        }
        Some(rule) => return Some(rule_text(event, account, rule, words)),
        None => {}
    }
    let login = event.login.as_ref();
    let (summary, advice, urgency) = match event.kind {
        SecurityEventKind::NewLogin => ("notify-new-login-title", None, Urgency::Normal),
        SecurityEventKind::UnconfirmedLogin => {
            ("notify-unconfirmed-login-title", Some("notify-unconfirmed-login-advice"), Urgency::Critical)
        }
        SecurityEventKind::PasswordPendingLogin => {
            ("notify-password-pending-title", Some("notify-password-pending-advice"), Urgency::Critical)
        }
        SecurityEventKind::LoginCodeRequested => {
            ("notify-code-requested-title", Some("notify-code-requested-advice"), Urgency::Critical)
        }
        SecurityEventKind::OurSessionEnded => {
            ("notify-our-session-ended-title", Some("notify-our-session-ended-advice"), Urgency::Critical)
        }
        SecurityEventKind::SessionEnded => {
            ("notify-session-ended-title", Some("notify-session-ended-advice"), Urgency::Normal)
        }
        SecurityEventKind::NewWebsite => {
            ("notify-new-website-title", Some("notify-new-website-advice"), Urgency::Critical)
        }
        // Journaled, never notified.
        SecurityEventKind::WebsiteEnded => return None,
    };
    let mut lines = Vec::new();
    if let Some(login) = login {
        lines.push(describe(login, words));
    }
    if let Some(advice) = advice {
        lines.push(words.text(advice, &[]));
    }
    lines.push(account_line(account, words));
    Some(AlertText { summary: words.text(summary, &[]), body: lines.join("\n"), urgency, language: words.language() })
}

/// "Account: Demo account".
fn account_line(account: &str, words: &Words) -> String {
    words.text("notify-account", &[("account", one_line(account, FIELD_CHARS).into())])
}

/// How many logins of a burst one notification names; the rest are counted.
const BURST_NAMED: usize = 5;

/// One notification for a burst of alerts (a flood of logins): how many, the first few
/// devices, and where to see them all — rather than a notification each.
pub fn burst_text(texts: &[AlertText], logins: &[&LoginDetails], accounts: &[&str], words: &Words) -> AlertText {
    let count = texts.len();
    let summary = if logins.len() == count { "notify-burst-logins-title" } else { "notify-burst-alerts-title" };
    let summary = words.text(summary, &[("count", count.into())]);
    let mut lines: Vec<String> = logins.iter().take(BURST_NAMED).map(|login| describe(login, words)).collect();
    if logins.len() > BURST_NAMED {
        lines.push(words.text("notify-burst-more", &[("count", (logins.len() - BURST_NAMED).into())]));
    }
    lines.push(words.text("notify-burst-advice", &[]));
    let mut named: Vec<String> = accounts.iter().map(|a| one_line(a, FIELD_CHARS)).collect();
    named.dedup();
    lines.push(words.text("notify-account", &[("account", named.join(", ").into())]));
    let urgency =
        if texts.iter().any(|t| t.urgency == Urgency::Critical) { Urgency::Critical } else { Urgency::Normal };
    AlertText { summary, body: lines.join("\n"), urgency, language: words.language() }
}

/// The same alert, for something that happened while SessionGuard was not running and
/// was found when it started.
pub fn found_at_start(text: AlertText, words: &Words) -> AlertText {
    AlertText { body: format!("{}\n{}", words.text("notify-while-away", &[]), text.body), ..text }
}

/// A login a rule acted on: what the rule did, then who it was.
fn rule_text(event: &SecurityEvent, account: &str, rule: &RuleOutcome, words: &Words) -> AlertText {
    let name = |rule: RuleKind| Value::from(rule_name(rule, words));
    let (summary, lead, urgency) = match rule {
        RuleOutcome::Terminated { rule, reason } => (
            words.text("notify-rule-terminated-title", &[("rule", name(*rule))]),
            words.text("notify-rule-terminated-advice", &[("reason", reason.as_str().into())]),
            Urgency::Normal,
        ),
        RuleOutcome::Deferred { rule, reason, at } => (
            words.text("notify-rule-deferred-title", &[("rule", name(*rule))]),
            words.text(
                "notify-rule-deferred-advice",
                &[("reason", reason.as_str().into()), ("at", at.format("%Y-%m-%d %H:%M UTC").to_string().into())],
            ),
            Urgency::Critical,
        ),
        RuleOutcome::Failed { rule, reason, error } => (
            words.text("notify-rule-failed-title", &[("rule", name(*rule))]),
            words.text(
                "notify-rule-failed-advice",
                &[("reason", reason.as_str().into()), ("error", error.as_str().into())],
            ),
            Urgency::Critical,
        ),
        // Handled by `alert_text` with the event's own words.
        RuleOutcome::Spared { reason } => (
            words.text("notify-new-login-title", &[]),
            words.text("notify-spared", &[("reason", reason.as_str().into())]),
            Urgency::Normal,
        ),
    };
    let mut lines = Vec::new();
    lines.extend(event.login.as_ref().map(|login| describe(login, words)));
    lines.push(lead);
    lines.push(account_line(account, words));
    AlertText { summary, body: lines.join("\n"), urgency, language: words.language() }
}

/// "Redmi Note 13 Pro · Telegram Android 11.5.3 · Lagos, Nigeria · IP 102.89.34.17"; every
/// part the server chose is put on one line and cut to length.
fn describe(login: &LoginDetails, words: &Words) -> String {
    let field = |text: &str| one_line(text, FIELD_CHARS);
    let mut parts = vec![field(&login.device)];
    parts.extend(login.app.as_deref().map(field));
    if login.official_app == Some(false) {
        parts.push(words.text("notify-unofficial-app", &[]));
    }
    if !login.location.is_empty() {
        parts.push(field(&login.location));
    }
    parts.extend(login.ip.as_deref().map(|ip| words.text("notify-ip", &[("ip", field(ip).into())])));
    parts.join(" · ")
}

/// The same alert for a log line: no full IP address.
pub fn log_line(event: &SecurityEvent, account: &str) -> String {
    let what = match event.kind {
        SecurityEventKind::NewLogin => "new login",
        SecurityEventKind::UnconfirmedLogin => "unconfirmed new login",
        SecurityEventKind::PasswordPendingLogin => "login with the right code but no 2-step password",
        SecurityEventKind::LoginCodeRequested => "login code requested",
        SecurityEventKind::SessionEnded => "session ended",
        SecurityEventKind::OurSessionEnded => "SessionGuard's own session ended elsewhere",
        SecurityEventKind::NewWebsite => "new website logged in with Telegram",
        SecurityEventKind::WebsiteEnded => "website logged out",
    };
    let field = |text: &str| one_line(text, FIELD_CHARS);
    let account = field(account);
    match &event.login {
        Some(l) => format!(
            "{account}: {what}: {} · {} · {} · IP {}",
            field(&l.device),
            l.app.as_deref().map_or_else(|| "app unknown".into(), field),
            if l.location.is_empty() { "location unknown".into() } else { field(&l.location) },
            l.ip.as_deref().map_or_else(|| "unknown".into(), |ip| field(&mask_ip(ip))),
        ),
        None => format!("{account}: {what}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn en() -> Words {
        Words::english()
    }

    fn login() -> LoginDetails {
        sessionguard_core::fixtures::intruder_login()
    }

    fn event(kind: SecurityEventKind, login: Option<LoginDetails>) -> SecurityEvent {
        SecurityEvent { kind, login, at: DateTime::from_timestamp(0, 0).unwrap_or_default() }
    }

    #[test]
    fn an_unconfirmed_login_names_device_app_place_and_ip() {
        let text = alert_text(&event(SecurityEventKind::UnconfirmedLogin, Some(login())), "Demo account", None, &en());
        let text = text.expect("an unconfirmed login notifies");
        assert!(text.summary.contains("is this you"));
        assert!(
            text.body.starts_with("Redmi Note 13 Pro · Telegram Android 11.5.3 · Lagos, Nigeria · IP 102.89.34.17"),
            "{}",
            text.body
        );
        assert!(text.body.ends_with("Account: Demo account"));
        assert_eq!(text.urgency, Urgency::Critical);
    }

    #[test]
    fn every_alarm_has_words() {
        for kind in SecurityEventKind::ALL {
            // A website logged out is history, not news; everything else can be told.
            let told = alert_text(&event(kind, Some(login())), "A", None, &en()).is_some();
            assert_eq!(told, kind != SecurityEventKind::WebsiteEnded, "{kind:?}");
        }
        let website = alert_text(&event(SecurityEventKind::NewWebsite, Some(login())), "A", None, &en());
        assert!(website.is_some_and(|t| t.body.contains("log it out") && t.urgency == Urgency::Critical));
        let ended = alert_text(&event(SecurityEventKind::SessionEnded, Some(login())), "A", None, &en());
        assert!(ended.is_some_and(|t| t.summary.contains("ended elsewhere")));
        let code = alert_text(&event(SecurityEventKind::LoginCodeRequested, None), "A", None, &en());
        assert!(code.is_some_and(|t| t.body.contains("2-step verification")));
    }

    #[test]
    fn a_burst_is_one_notification_that_counts_and_names_the_first_few() {
        let logins: Vec<LoginDetails> = (0..8).map(|_| login()).collect();
        let texts: Vec<AlertText> = logins
            .iter()
            .filter_map(|l| alert_text(&event(SecurityEventKind::NewLogin, Some(l.clone())), "A", None, &en()))
            .collect();
        let refs: Vec<&LoginDetails> = logins.iter().collect();
        let text = burst_text(&texts, &refs, &["A"; 8], &en());
        assert_eq!(text.summary, "8 new logins to your Telegram");
        assert_eq!(text.body.matches("Redmi Note 13 Pro").count(), 5, "{}", text.body);
        assert!(text.body.contains("and 3 more."), "{}", text.body);
        assert!(text.body.ends_with("Account: A"), "{}", text.body);
    }

    #[test]
    fn a_login_the_rules_spared_says_why_on_one_line() {
        let spared = RuleOutcome::Spared { reason: "Nigeria is on the allowed list\nForged: line".into() };
        let text = alert_text(&event(SecurityEventKind::NewLogin, Some(login())), "A", Some(&spared), &en());
        let text = text.expect("a spared login notifies as its kind does");
        assert_eq!(text.summary, "New login to your Telegram");
        assert!(text.body.contains("\nNo rule ended it: Nigeria is on the allowed list Forged: line.\n"), "{text:?}");
        assert!(text.body.ends_with("Account: A"), "the account line stays last: {text:?}");
    }

    #[test]
    fn a_rule_says_what_it_did_and_when() {
        let terminated = RuleOutcome::Terminated {
            rule: sessionguard_core::RuleKind::Lockdown,
            reason: "lockdown is on and it is not a trusted device".into(),
        };
        let text =
            alert_text(&event(SecurityEventKind::NewLogin, Some(login())), "Demo account", Some(&terminated), &en());
        let text = text.expect("a rule's action always notifies");
        assert!(text.summary.contains("terminated") && text.summary.contains("lockdown"), "{text:?}");
        assert!(text.body.contains("Redmi Note 13 Pro"), "{text:?}");

        let at = DateTime::from_timestamp(1_763_000_000, 0).unwrap_or_default();
        let deferred = RuleOutcome::Deferred { rule: sessionguard_core::RuleKind::Lockdown, reason: "x".into(), at };
        let text = alert_text(&event(SecurityEventKind::NewLogin, Some(login())), "A", Some(&deferred), &en());
        assert!(text.is_some_and(|t| t.body.contains("2025-11-13") && t.urgency == Urgency::Critical));
    }

    #[test]
    fn what_the_server_chose_cannot_forge_lines_or_grow_without_end() {
        let mut forged = login();
        forged.device = "Pixel\nALERT cleared: all is well".into();
        forged.location = "Lagos\u{202E}".repeat(1000);
        let text = alert_text(&event(SecurityEventKind::NewLogin, Some(forged.clone())), "A", None, &en());
        let text = text.expect("a new login notifies");
        assert!(text.body.starts_with("Pixel ALERT cleared: all is well · "), "{}", text.body);
        assert_eq!(text.body.lines().count(), 2, "device line and account line: {}", text.body);
        assert!(text.body.chars().count() < 400, "{}", text.body);
        let line = log_line(&event(SecurityEventKind::NewLogin, Some(forged)), "A");
        assert!(!line.contains('\n') && !line.contains('\u{202E}'), "{line}");
    }

    #[test]
    fn the_deferred_rule_body_has_no_run_of_spaces() {
        let at = DateTime::from_timestamp(1_763_000_000, 0).unwrap_or_default();
        let deferred = RuleOutcome::Deferred { rule: sessionguard_core::RuleKind::Lockdown, reason: "x".into(), at };
        let text = alert_text(&event(SecurityEventKind::NewLogin, Some(login())), "A", Some(&deferred), &en());
        assert!(text.is_some_and(|t| !t.body.contains("  ")));
    }

    #[test]
    fn log_lines_mask_the_ip() {
        let line = log_line(&event(SecurityEventKind::NewLogin, Some(login())), "Demo account");
        assert!(line.contains("102.89.x.x"), "{line}");
        assert!(!line.contains("34.17"), "{line}");
    }
}
