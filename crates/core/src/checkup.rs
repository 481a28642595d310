//! The security checkup: what the account's defences look like and, for each weakness,
//! the one action that fixes it.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::account::{PasswordStatus, SessionList};
use crate::session::SessionHash;
use crate::website::Website;

/// A session unused this long is worth ending.
pub const STALE_AFTER_DAYS: i64 = 30;
/// Sessions should end by themselves within this many days of inactivity.
pub const RECOMMENDED_TTL_DAYS: i32 = 90;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    /// A 2-step verification password: without it a login code alone opens the account.
    TwoStep,
    /// A recovery email for the 2-step password.
    RecoveryEmail,
    /// Someone asked Telegram to reset the 2-step password.
    PasswordReset,
    /// Telegram ends sessions inactive for this long by itself.
    InactiveTtl,
    /// Sessions nobody used for a month.
    StaleSessions,
    /// Sessions of apps that are not Telegram's own.
    UnofficialApps,
    /// Sessions that have the login code but not the 2-step password.
    PasswordPending,
    /// Websites logged in with Telegram, each able to act as the person there.
    Websites,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Ok,
    /// Could not be checked (Telegram did not answer).
    Unknown,
    Advice,
    Warning,
    Critical,
}

/// The one action that fixes a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Fix {
    /// Only a Telegram app can set a password or an email: say where.
    InTelegramApp,
    SetInactiveTtl {
        days: i32,
    },
    Terminate {
        sessions: Vec<SessionHash>,
    },
    /// Log these connected websites out.
    EndWebsites {
        websites: Vec<SessionHash>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Check {
    pub kind: CheckKind,
    pub severity: Severity,
    /// The sessions it is about (stale, unofficial, password-pending), or the websites.
    pub sessions: Vec<SessionHash>,
    pub fix: Option<Fix>,
    /// A date it is about: when a requested password reset happens.
    pub at: Option<DateTime<Utc>>,
}

impl Check {
    fn new(kind: CheckKind, severity: Severity) -> Self {
        Self { kind, severity, sessions: Vec::new(), fix: None, at: None }
    }

    fn fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }
}

/// Checks the account; `password` and `websites` are `None` when they could not be read.
/// Worst first.
pub fn checkup(
    list: &SessionList,
    password: Option<&PasswordStatus>,
    websites: Option<&[Website]>,
    now: DateTime<Utc>,
) -> Vec<Check> {
    let mut checks = Vec::new();
    match password {
        None => checks.push(Check::new(CheckKind::TwoStep, Severity::Unknown)),
        Some(p) if !p.has_password => {
            checks.push(Check::new(CheckKind::TwoStep, Severity::Critical).fix(Fix::InTelegramApp));
        }
        Some(p) => {
            checks.push(Check::new(CheckKind::TwoStep, Severity::Ok));
            let recovery = if p.has_recovery { Severity::Ok } else { Severity::Warning };
            let mut check = Check::new(CheckKind::RecoveryEmail, recovery);
            if !p.has_recovery {
                check = check.fix(Fix::InTelegramApp);
            }
            checks.push(check);
            if let Some(at) = p.pending_reset_date {
                let mut check = Check::new(CheckKind::PasswordReset, Severity::Critical).fix(Fix::InTelegramApp);
                check.at = Some(at);
                checks.push(check);
            }
        }
    }

    let ttl = list.inactive_ttl_days;
    let mut check =
        Check::new(CheckKind::InactiveTtl, if ttl > RECOMMENDED_TTL_DAYS { Severity::Advice } else { Severity::Ok });
    if ttl > RECOMMENDED_TTL_DAYS {
        check = check.fix(Fix::SetInactiveTtl { days: RECOMMENDED_TTL_DAYS });
    }
    checks.push(check);

    let others = || list.sessions.iter().filter(|s| !s.current);
    let stale_before = now - Duration::days(STALE_AFTER_DAYS);
    let groups = [
        (
            CheckKind::PasswordPending,
            Severity::Critical,
            others().filter(|s| s.password_pending).map(|s| s.hash).collect(),
        ),
        (CheckKind::UnofficialApps, Severity::Warning, others().filter(|s| !s.official_app).map(|s| s.hash).collect()),
        (
            CheckKind::StaleSessions,
            Severity::Advice,
            others().filter(|s| s.date_active < stale_before).map(|s| s.hash).collect(),
        ),
    ];
    for (kind, severity, sessions) in groups {
        let sessions: Vec<SessionHash> = sessions;
        let check = if sessions.is_empty() {
            Check::new(kind, Severity::Ok)
        } else {
            Check { sessions: sessions.clone(), ..Check::new(kind, severity).fix(Fix::Terminate { sessions }) }
        };
        checks.push(check);
    }
    checks.push(websites_check(websites));
    checks.sort_by_key(|c| std::cmp::Reverse(c.severity));
    checks
}

/// Connected websites are advice, not alarm: most were the person's own doing, yet each
/// is one more way in, and a forgotten one is worth logging out.
fn websites_check(websites: Option<&[Website]>) -> Check {
    match websites {
        None => Check::new(CheckKind::Websites, Severity::Unknown),
        Some([]) => Check::new(CheckKind::Websites, Severity::Ok),
        Some(sites) => {
            let hashes: Vec<SessionHash> = sites.iter().map(|s| s.hash).collect();
            Check { sessions: hashes.clone(), ..Check::new(CheckKind::Websites, Severity::Advice) }
                .fix(Fix::EndWebsites { websites: hashes })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Session;
    use crate::session::tests::sample;

    fn now() -> DateTime<Utc> {
        sample().date_created + Duration::days(100)
    }

    fn session(hash: i64, tweak: impl FnOnce(&mut Session)) -> Session {
        let mut s = sample();
        s.hash = SessionHash(hash);
        s.date_active = now() - Duration::hours(1);
        tweak(&mut s);
        s
    }

    fn list(sessions: Vec<Session>, ttl: i32) -> SessionList {
        SessionList { sessions, inactive_ttl_days: ttl }
    }

    fn find(checks: &[Check], kind: CheckKind) -> &Check {
        checks.iter().find(|c| c.kind == kind).unwrap_or_else(|| unreachable!("no {kind:?} check in {checks:?}"))
    }

    #[test]
    fn a_well_defended_account_passes_every_check() {
        let password = PasswordStatus { has_password: true, has_recovery: true, ..PasswordStatus::default() };
        let ours = session(0, |s| s.current = true);
        let checks = checkup(&list(vec![ours, session(1, |_| {})], 30), Some(&password), Some(&[]), now());
        assert!(checks.iter().all(|c| c.severity == Severity::Ok), "{checks:?}");
        assert!(checks.iter().all(|c| c.fix.is_none()));
    }

    #[test]
    fn no_2_step_password_is_critical_and_comes_first() {
        let checks = checkup(&list(vec![], 30), Some(&PasswordStatus::default()), Some(&[]), now());
        assert_eq!((checks[0].kind, checks[0].severity), (CheckKind::TwoStep, Severity::Critical));
        assert_eq!(checks[0].fix, Some(Fix::InTelegramApp));
        assert!(checks.iter().all(|c| c.kind != CheckKind::RecoveryEmail), "no password, no recovery to check");
    }

    #[test]
    fn weak_spots_each_come_with_their_fix() {
        let reset_at = now() + Duration::days(6);
        let password = PasswordStatus {
            has_password: true,
            has_recovery: false,
            pending_reset_date: Some(reset_at),
            ..PasswordStatus::default()
        };
        let sessions = vec![
            session(0, |s| s.current = true),
            session(1, |s| s.password_pending = true),
            session(2, |s| s.official_app = false),
            session(3, |s| s.date_active = now() - Duration::days(45)),
        ];
        let sites = [crate::website::tests::site(41, "shop.example")];
        let checks = checkup(&list(sessions, 180), Some(&password), Some(&sites), now());
        assert_eq!(find(&checks, CheckKind::RecoveryEmail).severity, Severity::Warning);
        assert_eq!(find(&checks, CheckKind::PasswordReset).at, Some(reset_at));
        assert_eq!(find(&checks, CheckKind::InactiveTtl).fix, Some(Fix::SetInactiveTtl { days: RECOMMENDED_TTL_DAYS }));
        let terminate = |hash| Some(Fix::Terminate { sessions: vec![SessionHash(hash)] });
        assert_eq!(find(&checks, CheckKind::PasswordPending).fix, terminate(1));
        assert_eq!(find(&checks, CheckKind::UnofficialApps).fix, terminate(2));
        assert_eq!(find(&checks, CheckKind::StaleSessions).fix, terminate(3));
        assert_eq!(find(&checks, CheckKind::Websites).severity, Severity::Advice);
        assert_eq!(find(&checks, CheckKind::Websites).fix, Some(Fix::EndWebsites { websites: vec![SessionHash(41)] }));
        assert!(checks.windows(2).all(|w| w[0].severity >= w[1].severity), "worst first");
    }

    #[test]
    fn our_own_session_is_never_a_finding_and_an_unreadable_password_is_unknown() {
        let ours = session(0, |s| {
            s.current = true;
            s.official_app = false;
            s.date_active = now() - Duration::days(400);
        });
        let checks = checkup(&list(vec![ours], 30), None, None, now());
        assert_eq!(find(&checks, CheckKind::TwoStep).severity, Severity::Unknown);
        assert_eq!(find(&checks, CheckKind::UnofficialApps).severity, Severity::Ok);
        assert_eq!(find(&checks, CheckKind::StaleSessions).severity, Severity::Ok);
        assert_eq!(find(&checks, CheckKind::Websites).severity, Severity::Unknown);
    }
}
