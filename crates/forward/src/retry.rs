//! How often and how patiently an alert is retried: exponential backoff, and a server's
//! `Retry-After` respected up to a cap.

use std::time::Duration;

use chrono::{DateTime, Utc};

/// How hard to try. The defaults suit a person waiting for an alert on their phone: three
/// tries over a few seconds, none of them hanging longer than ten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Tries in all, the first included (at least one is made).
    pub attempts: u32,
    /// The wait after the first failure; it doubles after each further one.
    pub first_backoff: Duration,
    /// How long one try may take, from connecting to the end of the answer.
    pub per_attempt_timeout: Duration,
    /// The longest wait between two tries, whatever the backoff or `Retry-After` says, so a
    /// server asking for an hour cannot hold the alert that long.
    pub max_wait: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            attempts: 3,
            first_backoff: Duration::from_secs(1),
            per_attempt_timeout: Duration::from_secs(10),
            max_wait: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    pub(crate) fn attempts(&self) -> u32 {
        self.attempts.max(1)
    }

    /// The wait after try number `failed` (1-based) failed: what the server asked for if it
    /// did, else `first_backoff` doubled per earlier failure; never over `max_wait`.
    pub(crate) fn wait_after(&self, failed: u32, retry_after: Option<Duration>) -> Duration {
        let backoff = || {
            let factor = 2_u32.saturating_pow(failed.saturating_sub(1));
            self.first_backoff.checked_mul(factor).unwrap_or(Duration::MAX)
        };
        retry_after.unwrap_or_else(backoff).min(self.max_wait)
    }
}

/// Reads `Retry-After`: a number of seconds, or an HTTP date (RFC 9110 §10.2.3).
pub(crate) fn parse_retry_after(value: &str, now: DateTime<Utc>) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    // An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") is valid RFC 2822.
    let when = DateTime::parse_from_rfc2822(value).ok()?.with_timezone(&Utc);
    Some((when - now).to_std().unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.wait_after(1, None), Duration::from_secs(1));
        assert_eq!(policy.wait_after(2, None), Duration::from_secs(2));
        assert_eq!(policy.wait_after(3, None), Duration::from_secs(4));
        assert_eq!(policy.wait_after(40, None), Duration::from_secs(30));
        assert_eq!(policy.wait_after(1, Some(Duration::from_secs(7))), Duration::from_secs(7));
        assert_eq!(policy.wait_after(1, Some(Duration::from_secs(3600))), Duration::from_secs(30));
        assert_eq!(RetryPolicy { attempts: 0, ..policy }.attempts(), 1);
    }

    #[test]
    fn retry_after_in_seconds_or_as_a_date() {
        let now = DateTime::parse_from_rfc3339("1994-11-06T08:49:30Z").map(|d| d.with_timezone(&Utc));
        let now = now.unwrap_or_default();
        assert_eq!(parse_retry_after(" 5 ", now), Some(Duration::from_secs(5)));
        assert_eq!(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now), Some(Duration::from_secs(7)));
        assert_eq!(parse_retry_after("Sun, 06 Nov 1994 08:49:00 GMT", now), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-3", now), None);
    }
}
