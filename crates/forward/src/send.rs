//! Sending one alert to one target: each try bounded in time, retried while another try
//! may do better, and reported in words when none did.

use std::error::Error as _;
use std::time::Duration;

use chrono::Utc;
use reqwest::header::RETRY_AFTER;
use url::Url;

use crate::address::WebAddress;
use crate::alert::ForwardedAlert;
use crate::answer;
use crate::error::{Failure, ForwardError, SetupError, TargetError};
use crate::payload::{self, Outgoing};
use crate::redact::Redactor;
use crate::retry::{RetryPolicy, parse_retry_after};
use crate::target::ForwardTarget;

/// Where the Bot API lives; tests point a `Forwarder` elsewhere.
pub const TELEGRAM_API: &str = "https://api.telegram.org";

/// An alert that got through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delivery {
    /// Tries it took, the successful one included.
    pub attempts: u32,
    /// The HTTP status of the answer (2xx).
    pub status: u16,
}

/// Sends alerts. Cheap to clone (one shared connection pool), and holds no state between
/// sends: dropping a `send` future part-way (a timeout, the agent shutting down) only
/// drops its connection, and the next send starts clean.
#[derive(Debug, Clone)]
pub struct Forwarder {
    client: reqwest::Client,
    policy: RetryPolicy,
    telegram_api: Url,
}

impl Forwarder {
    pub fn new(policy: RetryPolicy) -> Result<Self, SetupError> {
        let client = reqwest::Client::builder()
            .user_agent(concat!("SessionGuard/", env!("CARGO_PKG_VERSION")))
            // A redirect would resend the alert to an address the person never entered
            // (and a POST may turn into a GET on the way): report it instead.
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(policy.per_attempt_timeout)
            .build()
            .map_err(|error| SetupError(error.without_url().to_string()))?;
        let telegram_api = Url::parse(TELEGRAM_API).map_err(|error| SetupError(error.to_string()))?;
        Ok(Self { client, policy, telegram_api })
    }

    /// Sends Bot API calls to `base` (`http://127.0.0.1:PORT`) instead of Telegram's.
    pub fn with_telegram_api(mut self, base: &str) -> Result<Self, TargetError> {
        self.telegram_api = WebAddress::parse(base, "Bot API address")?.url().clone();
        Ok(self)
    }

    pub fn policy(&self) -> &RetryPolicy {
        &self.policy
    }

    /// Sends `alert` to `target`, trying again after a timeout, a failed or broken
    /// connection, a 5xx or a 429 (waiting as long as the server asks, up to
    /// `max_wait`); any other answer is final at once.
    pub async fn send(&self, target: &ForwardTarget, alert: &ForwardedAlert) -> Result<Delivery, ForwardError> {
        let place = place(target);
        let redactor = Redactor::new(target);
        let Some(outgoing) = payload::outgoing(target, alert, &self.telegram_api) else {
            let reason = Failure::Other { place, detail: "the Bot API address cannot take a path".into() };
            return Err(ForwardError { attempts: 0, reason });
        };
        let attempts = self.policy.attempts();
        let mut attempt = 1;
        loop {
            let reason = match tokio::time::timeout(
                self.policy.per_attempt_timeout,
                self.try_once(target, &outgoing, &place, &redactor),
            )
            .await
            {
                Ok(Ok(status)) => {
                    tracing::info!(to = %target.describe(), kind = alert.kind.as_str(), attempt, status, "alert forwarded");
                    return Ok(Delivery { attempts: attempt, status });
                }
                Ok(Err(reason)) => reason,
                Err(_elapsed) => Failure::Timeout { place: place.clone(), after: self.policy.per_attempt_timeout },
            };
            if attempt >= attempts || !reason.is_retryable() {
                tracing::warn!(to = %target.describe(), attempt, %reason, "alert not forwarded");
                return Err(ForwardError { attempts: attempt, reason });
            }
            let asked = match &reason {
                Failure::RateLimited { retry_after, .. } => *retry_after,
                _ => None,
            };
            let wait = self.policy.wait_after(attempt, asked);
            tracing::warn!(to = %target.describe(), attempt, %reason, wait_ms = wait.as_millis() as u64, "forwarding failed; trying again");
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }

    /// One POST; `Ok` with the status of a 2xx answer.
    async fn try_once(
        &self,
        target: &ForwardTarget,
        outgoing: &Outgoing,
        place: &str,
        redactor: &Redactor,
    ) -> Result<u16, Failure> {
        let mut request = self.client.post(outgoing.url.clone()).body(outgoing.body.clone());
        for (name, value) in &outgoing.headers {
            request = request.header(name.clone(), value.clone());
        }
        let mut response = request
            .send()
            .await
            .map_err(|error| transport_failure(&error, place, self.policy.per_attempt_timeout, redactor))?;
        let status = response.status();
        if status.is_success() {
            // The body of a success says nothing we need; dropping it is enough.
            return Ok(status.as_u16());
        }
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| parse_retry_after(value, Utc::now()));
        let body = answer::read_start(&mut response).await;
        Err(answer::failure(target, place, status.as_u16(), retry_after, &body, redactor))
    }
}

/// The host alerts go to, as messages name it: never a path, never a token.
fn place(target: &ForwardTarget) -> String {
    match target {
        ForwardTarget::Webhook { url } | ForwardTarget::Ntfy { topic_url: url, .. } => url.place(),
        ForwardTarget::TelegramBot { .. } => "Telegram".to_owned(),
    }
}

/// A request that got no HTTP answer. reqwest's own message names the URL, so only the
/// innermost cause is kept, cleaned of secrets all the same.
fn transport_failure(error: &reqwest::Error, place: &str, after: Duration, redactor: &Redactor) -> Failure {
    let place = place.to_owned();
    let io_kind = causes(error).find_map(|cause| cause.downcast_ref::<std::io::Error>()).map(std::io::Error::kind);
    let detail = match io_kind {
        Some(std::io::ErrorKind::ConnectionRefused) => "connection refused".to_owned(),
        Some(std::io::ErrorKind::ConnectionReset) => "connection reset".to_owned(),
        _ => causes(error).last().map(|cause| redactor.clean(&cause.to_string())).unwrap_or_default(),
    };
    if error.is_timeout() {
        // Only the connect timeout is reqwest's, and it is as long as a whole try.
        Failure::Timeout { place, after }
    } else if error.is_connect() {
        Failure::Unreachable { place, detail }
    } else if error.is_request() || error.is_body() || error.is_decode() {
        Failure::HungUp { place, detail }
    } else {
        Failure::Other { place, detail }
    }
}

/// The error's causes, outermost first, the error itself left out.
fn causes(error: &reqwest::Error) -> impl Iterator<Item = &(dyn std::error::Error + 'static)> {
    std::iter::successors(error.source(), |&cause| cause.source())
}
