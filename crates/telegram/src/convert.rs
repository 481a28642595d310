//! `account.authorizations` and updates, as the domain's sessions and pushes.

use chrono::{DateTime, Utc};
use grammers_tl_types as tl;
use sessionguard_core::{AccountEvent, PasswordStatus, Session, SessionHash, SessionList, Website};

/// A Unix time from the server; an impossible one becomes the epoch rather than a panic.
pub fn timestamp(seconds: i32) -> DateTime<Utc> {
    DateTime::from_timestamp(i64::from(seconds), 0).unwrap_or_default()
}

pub fn session(a: &tl::types::Authorization) -> Session {
    Session {
        // Telegram sends our own session with hash 0 and `current` set; keep both true.
        hash: if a.current { SessionHash::CURRENT } else { SessionHash(a.hash) },
        current: a.current,
        official_app: a.official_app,
        password_pending: a.password_pending,
        encrypted_requests_disabled: a.encrypted_requests_disabled,
        call_requests_disabled: a.call_requests_disabled,
        unconfirmed: a.unconfirmed,
        device_model: a.device_model.clone(),
        platform: a.platform.clone(),
        system_version: a.system_version.clone(),
        api_id: a.api_id,
        app_name: a.app_name.clone(),
        app_version: a.app_version.clone(),
        date_created: timestamp(a.date_created),
        date_active: timestamp(a.date_active),
        ip: a.ip.clone(),
        country: a.country.clone(),
        region: a.region.clone(),
    }
}

pub fn session_list(answer: &tl::enums::account::Authorizations) -> SessionList {
    let tl::enums::account::Authorizations::Authorizations(answer) = answer;
    SessionList {
        sessions: answer
            .authorizations
            .iter()
            .map(|a| {
                let tl::enums::Authorization::Authorization(a) = a;
                session(a)
            })
            .collect(),
        inactive_ttl_days: answer.authorization_ttl_days,
    }
}

/// `updateNewAuthorization` as a push; its details are optional on the wire.
pub fn new_authorization(update: &tl::types::UpdateNewAuthorization, now: DateTime<Utc>) -> AccountEvent {
    AccountEvent::NewAuthorization {
        hash: SessionHash(update.hash),
        unconfirmed: update.unconfirmed,
        date: update.date.map_or(now, timestamp),
        device: update.device.clone().unwrap_or_default(),
        location: update.location.clone().unwrap_or_default(),
    }
}

/// `account.password` as the account's 2-step verification status.
pub fn password_status(answer: &tl::enums::account::Password) -> PasswordStatus {
    let tl::enums::account::Password::Password(p) = answer;
    PasswordStatus {
        has_password: p.has_password,
        has_recovery: p.has_recovery,
        hint: p.hint.clone().filter(|h| !h.is_empty()),
        login_email_pattern: p.login_email_pattern.clone().filter(|e| !e.is_empty()),
        pending_reset_date: p.pending_reset_date.map(timestamp),
    }
}

/// `account.webAuthorizations` as websites, each with its bot's `@username` (or name).
pub fn websites(answer: &tl::enums::account::WebAuthorizations) -> Vec<Website> {
    let tl::enums::account::WebAuthorizations::Authorizations(answer) = answer;
    let bot_name = |id: i64| {
        answer.users.iter().find_map(|user| match user {
            tl::enums::User::User(u) if u.id == id => Some(match (&u.username, &u.first_name) {
                (Some(username), _) if !username.is_empty() => format!("@{username}"),
                (_, Some(name)) => name.clone(),
                _ => String::new(),
            }),
            _ => None,
        })
    };
    answer
        .authorizations
        .iter()
        .map(|a| {
            let tl::enums::WebAuthorization::Authorization(a) = a;
            Website {
                hash: SessionHash(a.hash),
                domain: a.domain.clone(),
                bot: bot_name(a.bot_id).unwrap_or_default(),
                browser: a.browser.clone(),
                platform: a.platform.clone(),
                ip: a.ip.clone(),
                region: a.region.clone(),
                date_created: timestamp(a.date_created),
                date_active: timestamp(a.date_active),
            }
        })
        .collect()
}
