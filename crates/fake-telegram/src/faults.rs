//! Faults a test asks for: the next call (or the next call of one method) answered with
//! an RPC error, garbage, silence or a closed connection; or no answers for a while.

use std::collections::VecDeque;
use std::time::Instant;

use grammers_tl_types::{self as tl, Identifiable};

/// What the server does instead of answering a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// An RPC error, such as 420 `FLOOD_WAIT_3`.
    Rpc { code: i32, message: String },
    /// An `rpc_result` whose body is no TL object the client knows.
    Garbage,
    /// The call is carried out (a sign-in, say, goes through on the server), and then
    /// answered with garbage: the client cannot know it succeeded.
    GarbageAfterDoing,
    /// No answer at all (the call is read and forgotten).
    Silence,
    /// The connection closes as the call arrives.
    CloseConnection,
}

impl Fault {
    pub fn rpc(code: i32, message: impl Into<String>) -> Self {
        Self::Rpc { code, message: message.into() }
    }

    pub fn flood_wait(seconds: u32) -> Self {
        Self::rpc(420, format!("FLOOD_WAIT_{seconds}"))
    }

    pub fn fresh_reset_forbidden() -> Self {
        Self::rpc(406, "FRESH_RESET_AUTHORISATION_FORBIDDEN")
    }

    pub fn hash_invalid() -> Self {
        Self::rpc(400, "HASH_INVALID")
    }

    pub fn auth_key_unregistered() -> Self {
        Self::rpc(401, "AUTH_KEY_UNREGISTERED")
    }
}

/// Calls that keep a connection alive rather than act on the account. "The next call"
/// means the next call that is not one of these, or a test could never aim a fault at
/// what it drives: grammers sends these on its own schedule.
fn is_plumbing(call: u32) -> bool {
    call == tl::functions::help::GetConfig::CONSTRUCTOR_ID
        || call == tl::functions::updates::GetState::CONSTRUCTOR_ID
        || call == tl::functions::updates::GetDifference::CONSTRUCTOR_ID
}

#[derive(Debug, Default)]
pub struct Faults {
    /// Faults in the order they were asked for, each for one method or for any call.
    queue: VecDeque<(Option<u32>, Fault)>,
    stalled_until: Option<Instant>,
}

impl Faults {
    pub fn push(&mut self, method: Option<u32>, fault: Fault) {
        self.queue.push_back((method, fault));
    }

    /// The fault the call `call` gets, if one waits for it.
    pub fn take(&mut self, call: u32) -> Option<Fault> {
        let at = self.queue.iter().position(|(method, _)| match method {
            Some(method) => *method == call,
            None => !is_plumbing(call),
        })?;
        self.queue.remove(at).map(|(_, fault)| fault)
    }

    pub fn stall_until(&mut self, until: Instant) {
        self.stalled_until = Some(until);
    }

    pub fn is_stalled(&mut self, now: Instant) -> bool {
        match self.stalled_until {
            Some(until) if now < until => true,
            Some(_) => {
                self.stalled_until = None;
                false
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_method_fault_waits_for_its_method_and_any_call_skips_plumbing() {
        let mut faults = Faults::default();
        let reset = tl::functions::account::ResetAuthorization::CONSTRUCTOR_ID;
        let list = tl::functions::account::GetAuthorizations::CONSTRUCTOR_ID;
        faults.push(Some(reset), Fault::hash_invalid());
        faults.push(None, Fault::flood_wait(3));
        assert_eq!(faults.take(tl::functions::updates::GetState::CONSTRUCTOR_ID), None);
        assert_eq!(faults.take(list), Some(Fault::flood_wait(3)));
        assert_eq!(faults.take(list), None);
        assert_eq!(faults.take(reset), Some(Fault::hash_invalid()));
    }

    #[test]
    fn a_stall_ends_by_itself() {
        let mut faults = Faults::default();
        let now = Instant::now();
        faults.stall_until(now + Duration::from_secs(1));
        assert!(faults.is_stalled(now));
        assert!(!faults.is_stalled(now + Duration::from_secs(2)));
    }
}
