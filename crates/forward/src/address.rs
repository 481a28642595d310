//! A web address alerts go to: http(s) only, and never shown whole, because a webhook's
//! path or query (or an ntfy topic) is as good as a password.

use std::fmt;

use url::Url;

use crate::error::TargetError;

/// A checked http(s) address with a host. Its `Debug` and `Display` print only
/// `scheme://host[:port]/…`; the whole address leaves this type only to be sent, or
/// serialized for the keyring.
#[derive(Clone, PartialEq, Eq)]
pub struct WebAddress(Url);

impl WebAddress {
    /// Checks what a person typed; `what` names the field in the error ("webhook address").
    pub fn parse(text: &str, what: &'static str) -> Result<Self, TargetError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(TargetError::Empty { what });
        }
        let url = match Url::parse(text) {
            Ok(url) => url,
            // "hooks.example.com/x" has no scheme at all: say what is missing.
            Err(url::ParseError::RelativeUrlWithoutBase) => return Err(TargetError::NotWeb { what }),
            Err(error) => return Err(TargetError::Malformed { what, reason: error.to_string() }),
        };
        if !matches!(url.scheme(), "https" | "http") {
            return Err(TargetError::NotWeb { what });
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err(TargetError::NoHost { what });
        }
        // An alert names the device, place and IP of a login: never in the clear on a
        // network. Plain http is for a receiver on this very computer.
        if url.scheme() == "http" && !is_loopback(&url) {
            return Err(TargetError::PlainHttp { what });
        }
        Ok(Self(url))
    }

    /// `host` or `host:port` (when the port is not the scheme's own): safe to show and log.
    pub fn place(&self) -> String {
        let host = self.0.host_str().unwrap_or_default();
        match self.0.port() {
            Some(port) => format!("{host}:{port}"),
            None => host.to_owned(),
        }
    }

    /// The path segments after the host, empty ones left out.
    pub(crate) fn segments(&self) -> Vec<&str> {
        self.0.path_segments().map(|s| s.filter(|s| !s.is_empty()).collect()).unwrap_or_default()
    }

    pub(crate) fn url(&self) -> &Url {
        &self.0
    }

    /// The whole address, secrets included: for the keyring and the request only.
    pub(crate) fn as_secret_str(&self) -> &str {
        self.0.as_str()
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

impl fmt::Display for WebAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hidden = self.0.path() != "/" || self.0.query().is_some() || self.0.fragment().is_some();
        write!(f, "{}://{}/{}", self.0.scheme(), self.place(), if hidden { "…" } else { "" })
    }
}

impl fmt::Debug for WebAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_with_a_host() {
        let what = "webhook address";
        assert!(WebAddress::parse(" https://hooks.example.com/x ", what).is_ok());
        assert!(WebAddress::parse("http://127.0.0.1:8080/", what).is_ok());
        let message = |text| WebAddress::parse(text, what).err().map(|e| e.to_string()).unwrap_or_default();
        assert_eq!(message("hooks.example.com/x"), "the webhook address must start with https:// or http://");
        assert_eq!(message("ftp://hooks.example.com/x"), "the webhook address must start with https:// or http://");
        assert_eq!(message("file:///etc/passwd"), "the webhook address must start with https:// or http://");
        assert_eq!(message("   "), "the webhook address is empty");
        assert!(message("https://exa mple.com/").starts_with("the webhook address is not a valid address ("));
    }

    #[test]
    fn plain_http_only_to_this_computer() {
        let what = "webhook address";
        for local in
            ["http://127.0.0.1:8080/hook", "http://127.8.9.10/x", "http://[::1]:9/x", "http://localhost:3000/x"]
        {
            assert!(WebAddress::parse(local, what).is_ok(), "{local}");
        }
        for remote in [
            "http://hooks.example.com/x",
            "http://10.0.0.5/x",
            "http://[2001:db8::1]/x",
            "http://localhost.evil.example/",
        ] {
            let error = WebAddress::parse(remote, what).err().map(|e| e.to_string()).unwrap_or_default();
            assert!(error.contains("must use https://"), "{remote}: {error}");
        }
    }

    #[test]
    fn shows_scheme_and_host_only() {
        let address = WebAddress::parse("https://user:pw@hooks.example.com:8443/t/SECRET?key=K#f", "x");
        let address = address.ok().map(|a| format!("{a:?} {a}")).unwrap_or_default();
        assert_eq!(address, "https://hooks.example.com:8443/… https://hooks.example.com:8443/…");
        let bare = WebAddress::parse("https://hooks.example.com", "x").ok().map(|a| a.to_string());
        assert_eq!(bare.as_deref(), Some("https://hooks.example.com/"));
    }
}
