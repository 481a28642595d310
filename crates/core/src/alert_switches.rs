//! Which kinds of alert the person wants to be told about (Settings → Alerts).

use serde::{Deserialize, Serialize};

use crate::event::SecurityEventKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(default)]
pub struct AlertSwitches {
    pub new_login: bool,
    pub unconfirmed_login: bool,
    pub password_pending_login: bool,
    pub login_code_requested: bool,
    /// A session ended by another device (not by SessionGuard, not by the TTL).
    pub session_ended: bool,
    pub our_session_ended: bool,
    /// A website logged in with Telegram.
    pub new_website: bool,
}

impl Default for AlertSwitches {
    fn default() -> Self {
        Self {
            new_login: true,
            unconfirmed_login: true,
            password_pending_login: true,
            login_code_requested: true,
            session_ended: true,
            our_session_ended: true,
            new_website: true,
        }
    }
}

impl AlertSwitches {
    pub fn allows(&self, kind: SecurityEventKind) -> bool {
        match kind {
            SecurityEventKind::NewLogin => self.new_login,
            SecurityEventKind::UnconfirmedLogin => self.unconfirmed_login,
            SecurityEventKind::PasswordPendingLogin => self.password_pending_login,
            SecurityEventKind::LoginCodeRequested => self.login_code_requested,
            SecurityEventKind::SessionEnded => self.session_ended,
            SecurityEventKind::OurSessionEnded => self.our_session_ended,
            SecurityEventKind::NewWebsite => self.new_website,
            // Only SessionGuard or the person ends a website: nothing to be told.
            SecurityEventKind::WebsiteEnded => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_switch() {
        let kinds: Vec<_> =
            SecurityEventKind::ALL.into_iter().filter(|k| *k != SecurityEventKind::WebsiteEnded).collect();
        assert!(kinds.iter().all(|k| AlertSwitches::default().allows(*k)));
        let quiet_logins = AlertSwitches { new_login: false, ..AlertSwitches::default() };
        let allowed: Vec<_> = kinds.iter().filter(|k| quiet_logins.allows(**k)).collect();
        assert_eq!(allowed.len(), kinds.len() - 1);
        assert!(!quiet_logins.allows(SecurityEventKind::NewLogin));
        // Settings saved by an older version, without a switch, keep it on.
        let old: AlertSwitches = serde_json::from_str(r#"{"new_login": false}"#).unwrap_or_default();
        assert!(!old.new_login && old.session_ended && old.new_website);
        assert!(!AlertSwitches::default().allows(SecurityEventKind::WebsiteEnded));
    }
}
