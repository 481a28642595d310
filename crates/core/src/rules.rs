//! Rules the watcher applies by itself to a session that just appeared: lockdown, no
//! unofficial apps, an allow-list of countries. Trusted devices and our own session are
//! never touched. What a rule decides is carried out (or deferred) by the agent.

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

/// What to do with a verdict now: act, or wait until Telegram lets our session end others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    Now,
    From(DateTime<Utc>),
}

impl Rules {
    pub fn is_trusted(&self, session: &Session) -> bool {
        self.trusted.iter().any(|t| t.matches(session))
    }

    /// Marks the device of `session` trusted (or not), keeping one entry per device.
    pub fn set_trusted(&mut self, session: &Session, trusted: bool) {
        self.trusted.retain(|t| !t.matches(session));
        if trusted {
            self.trusted.push(TrustedDevice::of(session));
        }
    }

    /// Whether any rule may terminate a session by itself.
    pub fn any_active(&self) -> bool {
        self.lockdown || self.block_unofficial_apps || !self.allowed_countries.is_empty()
    }

    /// What the rules say about a session that just appeared; `None` lets it be.
    pub fn judge(&self, session: &Session) -> Option<Verdict> {
        if session.current || self.is_trusted(session) {
            return None;
        }
        if self.lockdown {
            return Some(Verdict {
                rule: RuleKind::Lockdown,
                reason: "lockdown is on and it is not a trusted device".into(),
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
    use crate::session::tests::sample;

    fn stranger() -> Session {
        let mut s = sample();
        s.device_model = "Redmi Note 13 Pro".into();
        s.platform = "Android".into();
        s.app_name = "Telegram Android".into();
        s.country = "Nigeria".into();
        s
    }

    #[test]
    fn no_rule_lets_every_session_be() {
        assert_eq!(Rules::default().judge(&stranger()), None);
        assert!(!Rules::default().any_active());
    }

    #[test]
    fn lockdown_spares_trusted_devices_and_our_own_session() {
        let mut rules = Rules { lockdown: true, ..Rules::default() };
        assert_eq!(rules.judge(&stranger()).map(|v| v.rule), Some(RuleKind::Lockdown));
        let mut ours = stranger();
        ours.current = true;
        assert_eq!(rules.judge(&ours), None);
        rules.set_trusted(&stranger(), true);
        assert_eq!(rules.judge(&stranger()), None);
        rules.set_trusted(&stranger(), true);
        assert_eq!(rules.trusted.len(), 1, "one entry per device");
        rules.set_trusted(&stranger(), false);
        assert!(rules.judge(&stranger()).is_some());
    }

    #[test]
    fn unofficial_apps_and_countries() {
        let rules = Rules { block_unofficial_apps: true, ..Rules::default() };
        let mut unofficial = stranger();
        unofficial.official_app = false;
        unofficial.app_name = "Nicegram".into();
        let verdict = rules.judge(&unofficial);
        assert_eq!(verdict.as_ref().map(|v| v.rule), Some(RuleKind::UnofficialApp));
        assert!(verdict.is_some_and(|v| v.reason.contains("Nicegram")));
        assert_eq!(rules.judge(&stranger()), None);

        let rules = Rules { allowed_countries: vec!["Germany".into(), " austria".into()], ..Rules::default() };
        assert_eq!(rules.judge(&stranger()).map(|v| v.rule), Some(RuleKind::CountryNotAllowed));
        let mut home = stranger();
        home.country = "Austria".into();
        assert_eq!(rules.judge(&home), None);
    }

    #[test]
    fn rules_wait_for_the_24_hour_rule() {
        let now = sample().date_created;
        assert_eq!(timing(Some(now + Duration::hours(3)), now), Timing::From(now + Duration::hours(3)));
        assert_eq!(timing(Some(now - Duration::hours(1)), now), Timing::Now);
        assert_eq!(timing(None, now), Timing::Now);
    }
}
