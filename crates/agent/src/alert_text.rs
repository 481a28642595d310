//! What a notification says, in words a person understands.

use sessionguard_core::{LoginDetails, SecurityEvent, SecurityEventKind};

use crate::redact::mask_ip;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    Normal,
    Critical,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertText {
    pub summary: String,
    pub body: String,
    pub urgency: Urgency,
}

/// The notification for an event on `account`; `None` for events that do not notify.
pub fn alert_text(event: &SecurityEvent, account: &str) -> Option<AlertText> {
    let login = event.login.as_ref();
    let (summary, lead, urgency) = match event.kind {
        SecurityEventKind::NewLogin => ("New login to your Telegram", None, Urgency::Normal),
        SecurityEventKind::UnconfirmedLogin => (
            "New login to your Telegram — is this you?",
            Some("If it is not you, terminate it now."),
            Urgency::Critical,
        ),
        SecurityEventKind::PasswordPendingLogin => (
            "Someone has your Telegram login code",
            Some("They entered the right code but not your 2-step password. Terminate it and change your password."),
            Urgency::Critical,
        ),
        SecurityEventKind::LoginCodeRequested => (
            "Someone asked for a login code for your number",
            Some("If this was not you, do not share the code with anyone, and turn on 2-step verification."),
            Urgency::Critical,
        ),
        SecurityEventKind::OurSessionEnded => (
            "SessionGuard was signed out of your Telegram",
            Some(
                "Its session was ended from another device, so it is not guarding now. Open SessionGuard to sign in again.",
            ),
            Urgency::Critical,
        ),
        SecurityEventKind::SessionEnded => return None,
    };
    let mut lines = Vec::new();
    if let Some(login) = login {
        lines.push(describe(login));
    }
    if let Some(lead) = lead {
        lines.push(lead.to_string());
    }
    lines.push(format!("Account: {account}"));
    Some(AlertText { summary: summary.into(), body: lines.join("\n"), urgency })
}

/// "Redmi Note 13 Pro · Telegram Android 11.5.3 · Lagos, Nigeria · IP 102.89.34.17"
fn describe(login: &LoginDetails) -> String {
    let mut parts = vec![login.device.clone()];
    parts.extend(login.app.clone());
    if login.official_app == Some(false) {
        parts.push("unofficial app".into());
    }
    if !login.location.is_empty() {
        parts.push(login.location.clone());
    }
    parts.extend(login.ip.as_ref().map(|ip| format!("IP {ip}")));
    parts.join(" · ")
}

/// The same alert for a log line: no full IP address.
pub fn log_line(event: &SecurityEvent, account: &str) -> String {
    let what = match event.kind {
        SecurityEventKind::NewLogin => "new login",
        SecurityEventKind::UnconfirmedLogin => "unconfirmed new login",
        SecurityEventKind::PasswordPendingLogin => "login with the right code but no 2-step password",
        SecurityEventKind::LoginCodeRequested => "login code requested",
        SecurityEventKind::SessionEnded => "session ended",
        SecurityEventKind::OurSessionEnded => "SessionGuard's own session ended elsewhere",
    };
    match &event.login {
        Some(l) => format!(
            "{account}: {what}: {} · {} · {} · IP {}",
            l.device,
            l.app.as_deref().unwrap_or("app unknown"),
            if l.location.is_empty() { "location unknown" } else { &l.location },
            l.ip.as_deref().map(mask_ip).unwrap_or_else(|| "unknown".into()),
        ),
        None => format!("{account}: {what}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;
    use sessionguard_core::SessionHash;

    fn login() -> LoginDetails {
        LoginDetails {
            hash: SessionHash(5),
            device: "Redmi Note 13 Pro".into(),
            platform: Some("Android SDK 34".into()),
            app: Some("Telegram Android 11.5.3".into()),
            official_app: Some(true),
            ip: Some("102.89.34.17".into()),
            location: "Lagos, Nigeria".into(),
            date: DateTime::from_timestamp(0, 0).unwrap_or_default(),
        }
    }

    fn event(kind: SecurityEventKind, login: Option<LoginDetails>) -> SecurityEvent {
        SecurityEvent { kind, login, at: DateTime::from_timestamp(0, 0).unwrap_or_default() }
    }

    #[test]
    fn an_unconfirmed_login_names_device_app_place_and_ip() {
        let text = alert_text(&event(SecurityEventKind::UnconfirmedLogin, Some(login())), "Demo account");
        let text = text.expect("an unconfirmed login notifies");
        assert!(text.summary.contains("is this you"));
        assert!(
            text.body.starts_with("Redmi Note 13 Pro · Telegram Android 11.5.3 · Lagos, Nigeria · IP 102.89.34.17"),
            "{}",
            text.body
        );
        assert!(text.body.ends_with("Account: Demo account"));
        assert_eq!(text.urgency, Urgency::Critical);
    }

    #[test]
    fn every_alarm_has_words_and_an_ended_session_stays_quiet() {
        for kind in [
            SecurityEventKind::NewLogin,
            SecurityEventKind::UnconfirmedLogin,
            SecurityEventKind::PasswordPendingLogin,
            SecurityEventKind::LoginCodeRequested,
            SecurityEventKind::OurSessionEnded,
        ] {
            assert!(alert_text(&event(kind, Some(login())), "A").is_some(), "{kind:?}");
        }
        assert!(alert_text(&event(SecurityEventKind::SessionEnded, Some(login())), "A").is_none());
        let code = alert_text(&event(SecurityEventKind::LoginCodeRequested, None), "A");
        assert!(code.is_some_and(|t| t.body.contains("2-step verification")));
    }

    #[test]
    fn log_lines_mask_the_ip() {
        let line = log_line(&event(SecurityEventKind::NewLogin, Some(login())), "Demo account");
        assert!(line.contains("102.89.x.x"), "{line}");
        assert!(!line.contains("34.17"), "{line}");
    }
}
