//! Text the person typed that must never reach a log: an api_hash, a phone number, a
//! login code, a 2-step password. It crosses the socket as a plain JSON string (the
//! socket is the user's own), but its `Debug` prints `<redacted>`, and it is wiped from
//! memory when dropped.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::Zeroize;

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(transparent)]
#[ts(export, type = "string")]
pub struct SecretText(String);

impl SecretText {
    pub fn new(text: impl Into<String>) -> Self {
        Self(text.into())
    }

    /// The text itself, for the one place that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl Drop for SecretText {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl std::fmt::Debug for SecretText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_text() {
        let code = SecretText::new("24680");
        assert_eq!(format!("{code:?}"), "<redacted>");
        assert_eq!(serde_json::to_string(&code).unwrap_or_default(), "\"24680\"");
    }
}
