//! Rules the watcher applies by itself to a session that just appeared: lockdown, no
//! unofficial apps, an allow-list of countries. Trusted sessions and our own are never
//! touched; a new login that only looks like a trusted device is judged like any other,
//! and the judgement says so. What a rule decides is carried out (or deferred) by the
//! agent.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::session::Session;
use crate::trust::TrustedDevice;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Rules {
    /// Terminate every new session that is not a trusted device, the moment it appears.
    pub lockdown: bool,
    /// Terminate new sessions of apps that are not Telegram's own.
    pub block_unofficial_apps: bool,
    /// When not empty, terminate new sessions from any other country (as Telegram names
    /// countries in the device list, e.g. "Germany").
    pub allowed_countries: Vec<String>,
    /// Devices the person vouched for.
    pub trusted: Vec<TrustedDevice>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    Lockdown,
    UnofficialApp,
    CountryNotAllowed,
}

/// A rule's decision to terminate a session, with the reason in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub rule: RuleKind,
    pub reason: String,
}

/// What the active rules say about a session that just appeared, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Judgement {
    /// A rule terminates it.
    Act(Verdict),
    /// Every active rule lets it be, for this reason.
    Spare(String),
}

/// What to do with a verdict now: act, or wait until Telegram lets our session end others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    Now,
    From(DateTime<Utc>),
}

impl Rules {
    pub fn is_trusted(&self, session: &Session) -> bool {
        self.trusted.iter().any(|t| t.trusts(session))
    }

    /// Marks `session` trusted (or not). Trusting a new login of a device trusted before
    /// replaces the old entry: one entry per device.
    pub fn set_trusted(&mut self, session: &Session, trusted: bool) {
        let replaced = |t: &TrustedDevice| t.trusts(session) || (trusted && t.looks_like(session));
        self.trusted.retain(|t| !replaced(t));
        if trusted {
            self.trusted.push(TrustedDevice::of(session));
        }
    }

    /// Binds each entry from before trust was bound to a session to the session of its
    /// device in `known` — sessions seen before, never a login new in this list (which
    /// could be an impersonator). Whether anything changed.
    pub fn bind_unbound_trust<'a>(&mut self, known: impl IntoIterator<Item = &'a Session> + Clone) -> bool {
        let mut changed = false;
        for device in self.trusted.iter_mut().filter(|t| t.session.is_none()) {
            if let Some(session) = known.clone().into_iter().find(|s| !s.current && device.looks_like(s)) {
                device.session = Some(session.hash);
                changed = true;
            }
        }
        changed
    }

    /// The trusted device `session` pretends to be, if it looks like one it is not.
    fn impersonated(&self, session: &Session) -> Option<&TrustedDevice> {
        self.trusted.iter().find(|t| t.looks_like(session) && !t.trusts(session))
    }

    /// Whether any rule may terminate a session by itself.
    pub fn any_active(&self) -> bool {
        self.lockdown || self.block_unofficial_apps || !self.allowed_countries.is_empty()
    }

    /// What the rules say about a session that just appeared; `None` when no rule is on
    /// (or it is our own session).
    pub fn judge(&self, session: &Session) -> Option<Judgement> {
        if session.current || !self.any_active() {
            return None;
        }
        if self.is_trusted(session) {
            return Some(Judgement::Spare("it is a session you trust".into()));
        }
        // Said whichever way the rules go: a look-alike is not the trusted device.
        let look_alike = self.impersonated(session).map(|t| {
            format!(
                "it looks like your trusted {} but is a new login, and trust is given to one login, not to a name",
                t.name()
            )
        });
        Some(match self.verdict(session) {
            Some(mut verdict) => {
                if let Some(look_alike) = look_alike {
                    verdict.reason = format!("{}; {look_alike}", verdict.reason);
                }
                Judgement::Act(verdict)
            }
            None => Judgement::Spare(self.why_spared(session, look_alike)),
        })
    }

    /// Why no active rule acted on `session`.
    fn why_spared(&self, session: &Session, look_alike: Option<String>) -> String {
        let mut reasons = Vec::new();
        if self.block_unofficial_apps {
            reasons.push("it is one of Telegram's own apps".to_owned());
        }
        if !self.allowed_countries.is_empty() {
            reasons.push(format!("{} is on the allowed list", session.country.trim()));
        }
        let reasons = reasons.join(" and ");
        match look_alike {
            Some(look_alike) => format!("{reasons}; note that {look_alike}"),
            None => reasons,
        }
    }

    /// The first active rule that terminates `session`.
    fn verdict(&self, session: &Session) -> Option<Verdict> {
        if self.lockdown {
            return Some(Verdict {
                rule: RuleKind::Lockdown,
                reason: "lockdown is on and it is not a session you trust".into(),
            });
        }
        if self.block_unofficial_apps && !session.official_app {
            let app = session.app();
            let app = if app.is_empty() { "an unknown app".to_owned() } else { app };
            return Some(Verdict {
                rule: RuleKind::UnofficialApp,
                reason: format!("{app} is not one of Telegram's own apps"),
            });
        }
        let country = session.country.trim();
        let allowed = |c: &String| c.trim().eq_ignore_ascii_case(country);
        if !self.allowed_countries.is_empty() && !self.allowed_countries.iter().any(allowed) {
            let from = if country.is_empty() { "an unknown country".to_owned() } else { country.to_owned() };
            return Some(Verdict {
                rule: RuleKind::CountryNotAllowed,
                reason: format!("it logged in from {from}, which is not on the allowed list"),
            });
        }
        None
    }
}

/// When a rule may act, given when our own session may end others (the 24 h rule).
pub fn timing(may_reset_others_from: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Timing {
    match may_reset_others_from {
        Some(from) if from > now => Timing::From(from),
        _ => Timing::Now,
    }
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;
    use crate::SessionHash;
    use crate::session::tests::sample;

    fn stranger() -> Session {
        let mut s = sample();
        s.device_model = "Redmi Note 13 Pro".into();
        s.platform = "Android".into();
        s.app_name = "Telegram Android".into();
        s.country = "Nigeria".into();
        s
    }

    fn acts(judgement: Option<Judgement>) -> Option<RuleKind> {
        match judgement {
            Some(Judgement::Act(verdict)) => Some(verdict.rule),
            _ => None,
        }
    }

    #[test]
    fn no_rule_lets_every_session_be() {
        assert_eq!(Rules::default().judge(&stranger()), None);
        assert!(!Rules::default().any_active());
    }

    #[test]
    fn lockdown_spares_trusted_sessions_and_our_own() {
        let mut rules = Rules { lockdown: true, ..Rules::default() };
        assert_eq!(acts(rules.judge(&stranger())), Some(RuleKind::Lockdown));
        let mut ours = stranger();
        ours.current = true;
        assert_eq!(rules.judge(&ours), None);
        rules.set_trusted(&stranger(), true);
        assert!(matches!(rules.judge(&stranger()), Some(Judgement::Spare(_))));
        rules.set_trusted(&stranger(), true);
        assert_eq!(rules.trusted.len(), 1, "one entry per device");
        rules.set_trusted(&stranger(), false);
        assert_eq!(acts(rules.judge(&stranger())), Some(RuleKind::Lockdown));
    }

    #[test]
    fn a_new_login_that_looks_like_a_trusted_device_is_judged_and_told_so() {
        let mut rules = Rules { lockdown: true, ..Rules::default() };
        rules.set_trusted(&stranger(), true);
        let mut impostor = stranger();
        impostor.hash = SessionHash(424_242);
        let Some(Judgement::Act(verdict)) = rules.judge(&impostor) else { panic!("lockdown acts on the look-alike") };
        assert!(verdict.reason.contains("looks like your trusted Redmi Note 13 Pro"), "{}", verdict.reason);

        // With only rules it passes, it is spared — and still named a look-alike.
        let mut rules = Rules { allowed_countries: vec!["Nigeria".into()], ..rules };
        rules.lockdown = false;
        let Some(Judgement::Spare(why)) = rules.judge(&impostor) else { panic!("spared") };
        assert!(why.contains("Nigeria is on the allowed list") && why.contains("new login"), "{why}");

        // Trusting the new login replaces the old entry for that device.
        rules.set_trusted(&impostor, true);
        assert_eq!(rules.trusted.len(), 1);
        assert_eq!(rules.trusted[0].session, Some(impostor.hash));
    }

    #[test]
    fn entries_from_before_are_bound_to_a_known_session_of_their_device_only() {
        let mut entry = crate::TrustedDevice::of(&stranger());
        entry.session = None;
        let mut rules = Rules { lockdown: true, trusted: vec![entry], ..Rules::default() };
        let other = crate::session::tests::sample();
        assert!(!rules.bind_unbound_trust(std::slice::from_ref(&other)), "no session of that device");
        assert!(rules.bind_unbound_trust(&[other, stranger()]));
        assert!(rules.is_trusted(&stranger()));
    }

    #[test]
    fn unofficial_apps_and_countries() {
        let rules = Rules { block_unofficial_apps: true, ..Rules::default() };
        let mut unofficial = stranger();
        unofficial.official_app = false;
        unofficial.app_name = "Nicegram".into();
        let Some(Judgement::Act(verdict)) = rules.judge(&unofficial) else { panic!("acts") };
        assert_eq!(verdict.rule, RuleKind::UnofficialApp);
        assert!(verdict.reason.contains("Nicegram"));
        assert_eq!(rules.judge(&stranger()), Some(Judgement::Spare("it is one of Telegram's own apps".into())));

        let rules = Rules { allowed_countries: vec!["Germany".into(), " austria".into()], ..Rules::default() };
        assert_eq!(acts(rules.judge(&stranger())), Some(RuleKind::CountryNotAllowed));
        let mut home = stranger();
        home.country = "Austria".into();
        assert!(matches!(rules.judge(&home), Some(Judgement::Spare(_))));
    }

    #[test]
    fn rules_wait_for_the_24_hour_rule() {
        let now = sample().date_created;
        assert_eq!(timing(Some(now + Duration::hours(3)), now), Timing::From(now + Duration::hours(3)));
        assert_eq!(timing(Some(now - Duration::hours(1)), now), Timing::Now);
        assert_eq!(timing(None, now), Timing::Now);
    }
}
