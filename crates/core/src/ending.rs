//! What ended a session: SessionGuard (the person, or a rule), Telegram's inactive-session
//! TTL, or another device. Telegram does not say; this is read from what we did and when
//! the session was last active.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::rules::RuleKind;
use crate::session::Session;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(tag = "by", content = "rule", rename_all = "snake_case")]
pub enum EndedBy {
    /// The person, from SessionGuard (window, tray or notification).
    Us,
    /// A rule of SessionGuard's.
    Rule(RuleKind),
    /// Telegram, because the session was inactive longer than the account's TTL.
    InactivityTtl,
    /// Another device of the account (or whoever holds it).
    Elsewhere,
}

/// Why `session`, gone from the list at `now`, ended. `ours` is what SessionGuard did to
/// it, if it did anything.
pub fn ended_by(session: &Session, ours: Option<EndedBy>, inactive_ttl_days: i32, now: DateTime<Utc>) -> EndedBy {
    if let Some(ours) = ours {
        return ours;
    }
    let idle = now - session.date_active;
    if inactive_ttl_days > 0 && idle >= Duration::days(i64::from(inactive_ttl_days)) {
        EndedBy::InactivityTtl
    } else {
        EndedBy::Elsewhere
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::tests::sample;

    #[test]
    fn ours_first_then_the_ttl_then_another_device() {
        let session = sample();
        let now = session.date_active + Duration::days(10);
        assert_eq!(ended_by(&session, Some(EndedBy::Us), 7, now), EndedBy::Us);
        assert_eq!(
            ended_by(&session, Some(EndedBy::Rule(RuleKind::Lockdown)), 7, now),
            EndedBy::Rule(RuleKind::Lockdown)
        );
        assert_eq!(ended_by(&session, None, 7, now), EndedBy::InactivityTtl);
        assert_eq!(ended_by(&session, None, 30, now), EndedBy::Elsewhere);
        assert_eq!(ended_by(&session, None, 0, now), EndedBy::Elsewhere, "no TTL known");
    }
}
