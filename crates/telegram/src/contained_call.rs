//! One Telegram call, contained: it runs in its own task with a timeout, so a grammers
//! panic on an odd server answer, or a server that never answers, becomes an error the
//! caller turns into a state — never a dead guard.

use std::future::Future;
use std::time::Duration;

use grammers_client::Client;
use grammers_mtsender::InvocationError;

/// How long one call may take before the person is told Telegram cannot be reached.
pub const CALL_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug)]
pub enum CallFailure {
    /// No answer within this long.
    Timeout(Duration),
    /// The answer could not be read (grammers gave up on it).
    Unreadable,
    /// The call failed: an RPC error, or the connection.
    Invocation(InvocationError),
}

impl CallFailure {
    /// The RPC error's name and value (`FLOOD_WAIT`, `Some(3)`), if this is one.
    pub fn rpc(&self) -> Option<(&str, Option<u32>, i32)> {
        match self {
            Self::Invocation(InvocationError::Rpc(rpc)) => Some((rpc.name.as_str(), rpc.value, rpc.code)),
            _ => None,
        }
    }

    /// Words for the person when the failure is not a known RPC error.
    pub fn describe(&self) -> String {
        match self {
            Self::Timeout(limit) => format!("no answer in {} s", limit.as_secs_f32()),
            Self::Unreadable => "the server's answer could not be read".into(),
            Self::Invocation(error) => error.to_string(),
        }
    }

    /// Whether an answer came that could not be read.
    pub fn is_unreadable(&self) -> bool {
        matches!(self, Self::Unreadable | Self::Invocation(InvocationError::Deserialize(_)))
    }

    /// Whether the connection, not the server's answer, failed.
    pub fn is_network(&self) -> bool {
        matches!(
            self,
            Self::Timeout(_)
                | Self::Invocation(InvocationError::Io(_))
                | Self::Invocation(InvocationError::Transport(_))
        )
    }
}

/// Runs `call` on a clone of `client` in its own task, with [`CALL_TIMEOUT`].
pub async fn contained<T, F>(client: &Client, call: impl FnOnce(Client) -> F) -> Result<T, CallFailure>
where
    T: Send + 'static,
    F: Future<Output = Result<T, InvocationError>> + Send + 'static,
{
    contained_within(client, CALL_TIMEOUT, call).await
}

/// [`contained`] with another time limit (tests use a short one to prove a stalled
/// server becomes an error rather than waiting 30 s for it).
pub async fn contained_within<T, F>(
    client: &Client,
    limit: Duration,
    call: impl FnOnce(Client) -> F,
) -> Result<T, CallFailure>
where
    T: Send + 'static,
    F: Future<Output = Result<T, InvocationError>> + Send + 'static,
{
    let task = tokio::spawn(call(client.clone()));
    let abort = task.abort_handle();
    match tokio::time::timeout(limit, task).await {
        Err(_) => {
            abort.abort();
            Err(CallFailure::Timeout(limit))
        }
        Ok(Err(_join)) => Err(CallFailure::Unreadable),
        Ok(Ok(Err(error))) => Err(CallFailure::Invocation(error)),
        Ok(Ok(Ok(value))) => Ok(value),
    }
}
