//! The app credentials (`api_id`, `api_hash`) every Telegram client signs in with. A
//! packager builds them in, as Telegram Desktop's packagers do — `SESSIONGUARD_API_ID` and
//! `SESSIONGUARD_API_HASH` set when compiling (checked by `build.rs`) — and then nobody
//! signing in has to register an app at my.telegram.org. Without them the person brings
//! their own. The hash is never logged, and `Debug` does not show it.

use sessionguard_telegram::secret::Sensitive;

#[derive(Clone)]
pub struct AppCredentials {
    pub api_id: i32,
    api_hash: Sensitive<String>,
}

impl std::fmt::Debug for AppCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppCredentials").field("api_id", &self.api_id).finish_non_exhaustive()
    }
}

/// What is wrong with credentials someone typed (or built in).
pub const INVALID: &str =
    "the api_id is a number and the api_hash 32 letters and digits; copy both from my.telegram.org";

impl AppCredentials {
    /// Credentials as my.telegram.org gives them: a positive number and 32 hex digits.
    pub fn new(api_id: i32, api_hash: &str) -> Result<Self, &'static str> {
        let api_hash = api_hash.trim();
        if api_id <= 0 || api_hash.len() != 32 || !api_hash.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(INVALID);
        }
        Ok(Self { api_id, api_hash: Sensitive::new(api_hash.to_owned()) })
    }

    /// `ID:HASH`, as the test server's option takes them.
    pub fn parse(text: &str) -> Result<Self, &'static str> {
        let (id, hash) = text.split_once(':').ok_or(INVALID)?;
        Self::new(id.trim().parse().map_err(|_| INVALID)?, hash)
    }

    /// The credentials this copy was built with, if any.
    pub fn built_in() -> Option<Self> {
        let id = option_env!("SESSIONGUARD_API_ID")?;
        let hash = option_env!("SESSIONGUARD_API_HASH")?;
        // build.rs refused anything else, so this holds.
        Self::new(id.trim().parse().ok()?, hash).ok()
    }

    pub fn api_hash(&self) -> &str {
        self.api_hash.expose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_credentials_shaped_like_telegrams_are_taken() {
        let good = AppCredentials::parse("94575:5c1a7e0d9b3f48a2e6d07c4b1f9a83e2").expect("valid");
        assert_eq!((good.api_id, good.api_hash()), (94_575, "5c1a7e0d9b3f48a2e6d07c4b1f9a83e2"));
        assert!(!format!("{good:?}").contains("5c1a7e0d"), "the hash stays out of logs");
        for bad in ["", "94575", "0:5c1a7e0d9b3f48a2e6d07c4b1f9a83e2", "x:5c1a7e0d9b3f48a2e6d07c4b1f9a83e2", "1:short"]
        {
            assert_eq!(AppCredentials::parse(bad).err(), Some(INVALID), "{bad}");
        }
    }
}
