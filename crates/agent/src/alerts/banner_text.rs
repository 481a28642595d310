//! What the window's banner says about an alert. The agent words it (as it words the
//! notification, in `alert_text`) and the window shows the words as they come, so an
//! alert is told in one place.

use sessionguard_core::{LoginDetails, RuleKind, SecurityEvent, SecurityEventKind};
use sessionguard_i18n::Words;
use sessionguard_protocol::{AlertView, BannerWords, RuleOutcome, Tone};

use crate::words::untrusted_text::{FIELD_CHARS, one_line};

/// The alert for `event` as the window shows it, worded in `words`' language.
pub fn alert_view(
    id: u32,
    event: &SecurityEvent,
    rule: Option<RuleOutcome>,
    while_away: bool,
    words: &Words,
) -> AlertView {
    let banner = banner_words(event.kind, event.login.as_ref(), rule.as_ref(), while_away, words);
    AlertView { id, kind: event.kind, login: event.login.clone(), at: event.at, rule, while_away, words: banner }
}

/// The same alert in another language (the person chose one in Settings).
pub fn reworded(alert: &mut AlertView, words: &Words) {
    alert.words = banner_words(alert.kind, alert.login.as_ref(), alert.rule.as_ref(), alert.while_away, words);
}

/// A banner's words: what a rule did, else what happened; found at start says so first.
pub fn banner_words(
    kind: SecurityEventKind,
    login: Option<&LoginDetails>,
    rule: Option<&RuleOutcome>,
    while_away: bool,
    words: &Words,
) -> BannerWords {
    let summary = login.map(|login| summary(login, words));
    let mut banner = match rule {
        Some(RuleOutcome::Spared { reason }) => {
            // The login's own words, and why the rules let it be.
            let banner = event_words(kind, summary.as_deref(), words);
            let spared = words.text("alert-rule-spared-detail", &[("reason", bounded(reason).into())]);
            BannerWords { detail: two_sentences(&banner.detail, spared, words), ..banner }
        }
        Some(rule) => rule_words(rule, summary.as_deref(), words),
        None => event_words(kind, summary.as_deref(), words),
    };
    if while_away {
        banner.detail = two_sentences(&words.text("alert-while-away", &[]), banner.detail, words);
    }
    banner
}

/// "first second", or whichever is not empty.
fn two_sentences(first: &str, second: String, words: &Words) -> String {
    match (first.is_empty(), second.is_empty()) {
        (true, _) => second,
        (false, true) => first.to_owned(),
        (false, false) => words.text("alert-two-sentences", &[("first", first.into()), ("second", second.into())]),
    }
}

/// "Galaxy S24 · Telegram Android 11.4 · Lagos, Nigeria · 102.89.3.4": what the server
/// chose, each part on one line and cut to length.
fn summary(login: &LoginDetails, words: &Words) -> String {
    let device = if login.device.trim().is_empty() { words.text("device-unknown", &[]) } else { login.device.clone() };
    [Some(device.as_str()), login.app.as_deref(), Some(login.location.as_str()), login.ip.as_deref()]
        .into_iter()
        .flatten()
        .map(|part| one_line(part, FIELD_CHARS))
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A rule's reason names a device, an app or a country the server chose.
fn bounded(reason: &str) -> String {
    one_line(reason, 3 * FIELD_CHARS)
}

fn rule_name(rule: RuleKind, words: &Words) -> String {
    let id = match rule {
        RuleKind::Lockdown => "alert-rule-lockdown",
        RuleKind::UnofficialApp => "alert-rule-unofficial-app",
        RuleKind::CountryNotAllowed => "alert-rule-country-not-allowed",
    };
    words.text(id, &[])
}

/// What a rule that acted did.
fn rule_words(rule: &RuleOutcome, summary: Option<&str>, words: &Words) -> BannerWords {
    let login = summary.map_or_else(|| words.text("device-unknown", &[]), str::to_owned);
    let title = |id: &str, rule: RuleKind| {
        words.text(id, &[("rule", rule_name(rule, words).into()), ("login", login.clone().into())])
    };
    let (title, detail, tone) = match rule {
        RuleOutcome::Terminated { rule, reason } => (
            title("alert-rule-terminated-title", *rule),
            words.text("alert-rule-terminated-detail", &[("reason", bounded(reason).into())]),
            Tone::Info,
        ),
        RuleOutcome::Deferred { rule, reason, at } => (
            title("alert-rule-deferred-title", *rule),
            words.text(
                "alert-rule-deferred-detail",
                &[("reason", bounded(reason).into()), ("when", at.format("%Y-%m-%d %H:%M UTC").to_string().into())],
            ),
            Tone::Danger,
        ),
        RuleOutcome::Failed { rule, reason, error } => (
            title("alert-rule-failed-title", *rule),
            words.text(
                "alert-rule-failed-detail",
                &[("reason", bounded(reason).into()), ("error", one_line(error, 3 * FIELD_CHARS).into())],
            ),
            Tone::Danger,
        ),
        RuleOutcome::Spared { reason } => (
            words.text("alert-new-login-title", &[("login", login.clone().into())]),
            words.text("alert-rule-spared-detail", &[("reason", bounded(reason).into())]),
            Tone::Info,
        ),
    };
    BannerWords { lead: None, title, detail, tone }
}

/// What happened, when no rule acted.
fn event_words(kind: SecurityEventKind, summary: Option<&str>, words: &Words) -> BannerWords {
    // Each family's lead, title, title-unknown and detail:
    // words: alert-new-login-*
    // words: alert-unconfirmed-login-*
    // words: alert-session-ended-*
    // words: alert-new-website-*
    // words: alert-website-ended-*
    let (family, detail, tone) = match kind {
        SecurityEventKind::NewLogin => ("new-login", Some("alert-new-login-detail"), Tone::Info),
        SecurityEventKind::UnconfirmedLogin => {
            ("unconfirmed-login", Some("alert-unconfirmed-login-detail"), Tone::Warning)
        }
        SecurityEventKind::SessionEnded => ("session-ended", Some("alert-session-ended-detail"), Tone::Neutral),
        SecurityEventKind::NewWebsite => ("new-website", Some("alert-new-website-detail"), Tone::Warning),
        SecurityEventKind::WebsiteEnded => ("website-ended", None, Tone::Neutral),
        SecurityEventKind::PasswordPendingLogin => {
            let detail = match summary {
                Some(login) => words.text("alert-password-pending-detail", &[("login", login.into())]),
                None => words.text("alert-password-pending-detail-unknown", &[]),
            };
            let title = words.text("alert-password-pending-title", &[]);
            return BannerWords { lead: None, title, detail, tone: Tone::Danger };
        }
        SecurityEventKind::LoginCodeRequested => {
            let title = words.text("alert-login-code-requested-title", &[]);
            let detail = words.text("alert-login-code-requested-detail", &[]);
            return BannerWords { lead: None, title, detail, tone: Tone::Warning };
        }
        SecurityEventKind::OurSessionEnded => {
            let title = words.text("alert-our-session-ended-title", &[]);
            let detail = words.text("alert-our-session-ended-detail", &[]);
            return BannerWords { lead: None, title, detail, tone: Tone::Danger };
        }
    };
    let (lead, title) = match summary {
        Some(login) => (
            Some(words.text(&format!("alert-{family}-lead"), &[])),
            words.text(&format!("alert-{family}-title"), &[("login", login.into())]),
        ),
        None => (None, words.text(&format!("alert-{family}-title-unknown"), &[])),
    };
    let detail = detail.map(|id| words.text(id, &[])).unwrap_or_default();
    BannerWords { lead, title, detail, tone }
}
