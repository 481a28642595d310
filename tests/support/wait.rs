//! Waiting for a condition, never for a time: the one `wait_until` of the end-to-end
//! tests, which looks at a condition until it holds and, if it never does, says what it
//! waited for.

use std::time::Duration;

/// How long to rest between two looks at a condition that has no event to wait on.
const BETWEEN_LOOKS: Duration = Duration::from_millis(50);

/// A condition that did not hold in time.
#[derive(Clone, PartialEq, Eq)]
pub struct TimedOut {
    pub what: String,
    pub after: Duration,
}

impl std::fmt::Display for TimedOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "waited {:?} for {}", self.after, self.what)
    }
}

// A test that fails with it prints it with `Debug`: the sentence reads better.
impl std::fmt::Debug for TimedOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self}")
    }
}

impl std::error::Error for TimedOut {}

/// Looks with `probe` until it gives a value, for at most `timeout`; `what` names the
/// condition for the error (a probe cut short by the timeout is dropped).
pub async fn wait_until<T>(
    what: &str,
    timeout: Duration,
    mut probe: impl AsyncFnMut() -> Option<T>,
) -> Result<T, TimedOut> {
    let looking = async {
        loop {
            if let Some(found) = probe().await {
                return found;
            }
            tokio::time::sleep(BETWEEN_LOOKS).await;
        }
    };
    tokio::time::timeout(timeout, looking).await.map_err(|_| TimedOut { what: what.to_owned(), after: timeout })
}

/// The same for code that cannot await (a `Drop`, a test with no runtime): the wait runs
/// on a thread of its own, so it may be called from inside a runtime too.
pub fn wait_until_blocking<T: Send>(
    what: &str,
    timeout: Duration,
    mut probe: impl FnMut() -> Option<T> + Send,
) -> Result<T, TimedOut> {
    let cannot_wait = |why: String| TimedOut { what: format!("{what} (cannot wait: {why})"), after: Duration::ZERO };
    std::thread::scope(|scope| {
        let waiting = scope.spawn(|| {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_time().build();
            let runtime = runtime.map_err(|e| cannot_wait(e.to_string()))?;
            runtime.block_on(wait_until(what, timeout, async || probe()))
        });
        waiting.join().unwrap_or_else(|_| Err(cannot_wait("the probe panicked".into())))
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[tokio::test]
    async fn a_condition_that_holds_is_returned_and_one_that_never_does_is_named() {
        let mut looks = 0;
        let found = wait_until("the third look", Duration::from_secs(5), async || {
            looks += 1;
            (looks == 3).then_some(looks)
        })
        .await;
        assert_eq!(found, Ok(3));

        let never = wait_until("pigs to fly", Duration::from_millis(120), async || None::<()>).await;
        assert_eq!(never.unwrap_err().to_string(), "waited 120ms for pigs to fly");
    }

    #[tokio::test]
    async fn the_blocking_form_works_inside_a_runtime() {
        let mut looks = 0;
        let found = wait_until_blocking("the second look", Duration::from_secs(5), || {
            looks += 1;
            (looks == 2).then_some("seen")
        });
        assert_eq!(found, Ok("seen"));
    }
}
