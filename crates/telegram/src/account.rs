//! `AccountApi` for a signed-in Telegram account, over MTProto with grammers and raw
//! `tl::functions` (grammers has no sessions API). Every call runs in its own task, so a
//! grammers panic on an odd server answer becomes an error, not a dead guard.

use std::future::Future;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use futures::StreamExt;
use futures::stream::BoxStream;
use grammers_client::Client;
use grammers_mtsender::{AutoSleep, ConnectionParams, InvocationError};
use grammers_tl_types as tl;
use sessionguard_core::{
    AccountApi, AccountEvent, ApiError, Clock, PasswordChange, PasswordChanged, PasswordStatus, SessionHash,
    SessionList, SessionToggles, Website,
};
use tokio::sync::{Notify, broadcast};
use tokio::task::JoinHandle;
use tokio_stream::wrappers::BroadcastStream;

use crate::contained_call::{CALL_TIMEOUT, CallFailure, contained_within};
use crate::convert::{new_authorization, password_status, session_list, timestamp, websites};
use crate::link::{Connector, Link, keep, repair};
use crate::rpc_error::api_error;
use crate::secret::Sensitive;
use crate::service_notice::{account_event, classify};
use crate::session_store::KeyringSession;
use crate::two_step;

/// How our own session appears in the person's device lists.
pub fn connection_params() -> ConnectionParams {
    ConnectionParams {
        device_model: "SessionGuard".into(),
        system_version: format!("{} {}", std::env::consts::OS, std::env::consts::ARCH),
        app_version: env!("CARGO_PKG_VERSION").into(),
        // grammers would sleep through any FLOOD_WAIT up to 60 s inside the call, past our
        // 30 s call limit: a flood wait then looked like "cannot reach Telegram". Flood
        // waits are the caller's to show and respect; only a dropped connection is retried.
        retry_policy: Box::new(AutoSleep { threshold: Duration::ZERO, ..AutoSleep::default() }),
        ..ConnectionParams::default()
    }
}

pub struct TelegramAccount {
    connector: Arc<Connector>,
    link: Arc<tokio::sync::Mutex<Link>>,
    /// Repairs the link when grammers gives up on it.
    keeper: JoinHandle<()>,
    label: String,
    clock: Arc<dyn Clock>,
    pushes: broadcast::Sender<AccountEvent>,
    /// When our own session was created, from the last list (for the 24 h rule).
    our_session_created: Arc<Mutex<Option<DateTime<Utc>>>>,
    /// How long one call may take (`CALL_TIMEOUT` unless a test shortens it).
    call_timeout: Duration,
}

impl std::fmt::Debug for TelegramAccount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TelegramAccount").field("label", &self.label).finish_non_exhaustive()
    }
}

impl TelegramAccount {
    /// Connects with a restored session; must run inside a tokio runtime.
    pub async fn connect(
        session: Arc<KeyringSession>,
        api_id: i32,
        label: String,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, ApiError> {
        let (pushes, _) = broadcast::channel(64);
        let connector = Arc::new(Connector {
            session,
            api_id,
            pushes: pushes.clone(),
            clock: clock.clone(),
            died: Arc::new(Notify::new()),
        });
        let link = Arc::new(tokio::sync::Mutex::new(connector.open().await?));
        let keeper = tokio::spawn(keep(connector.clone(), link.clone()));
        Ok(Self {
            connector,
            link,
            keeper,
            label,
            clock,
            pushes,
            our_session_created: Arc::default(),
            call_timeout: CALL_TIMEOUT,
        })
    }

    /// The same account with another limit on each call.
    pub fn with_call_timeout(mut self, limit: Duration) -> Self {
        self.call_timeout = limit;
        self
    }

    /// Ends our own session with Telegram (`auth.logOut`); the caller deletes the key.
    pub async fn sign_out(&self) -> Result<(), ApiError> {
        self.call(|c| async move { c.invoke(&tl::functions::auth::LogOut {}).await }).await.map(drop)
    }

    /// Runs one call contained (own task, timeout), mapping every failure to a state.
    async fn call<T, F>(&self, call: impl FnOnce(Client) -> F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: Future<Output = Result<T, InvocationError>> + Send + 'static,
    {
        let client = self.client().await?;
        let outcome = contained_within(&client, self.call_timeout, call).await;
        let created = *self.our_session_created.lock().unwrap_or_else(PoisonError::into_inner);
        outcome.map_err(|failure| call_error(&failure, created, self.clock.now()))
    }
}

impl TelegramAccount {
    /// The live connection's client, connecting again first if grammers gave up on it.
    async fn client(&self) -> Result<Client, ApiError> {
        if self.link.lock().await.is_dead() {
            repair(&self.connector, &self.link).await?;
        }
        Ok(self.link.lock().await.client())
    }
}

impl Drop for TelegramAccount {
    fn drop(&mut self) {
        // The link disconnects and stops its tasks when its last holder lets go.
        self.keeper.abort();
    }
}

fn call_error(failure: &CallFailure, our_created: Option<DateTime<Utc>>, now: DateTime<Utc>) -> ApiError {
    match failure.rpc() {
        Some((name, value, _)) => api_error(name, value, our_created, now),
        None if failure.is_network() => ApiError::Network(failure.describe()),
        None => ApiError::Protocol(failure.describe()),
    }
}

pub(crate) async fn read_updates(
    mut updates: grammers_client::client::UpdateStream,
    pushes: broadcast::Sender<AccountEvent>,
    clock: Arc<dyn Clock>,
) {
    loop {
        match updates.next_raw().await {
            Ok((update, _, _)) => {
                if let Some(event) = account_event_from(&update, clock.now()) {
                    let _ = pushes.send(event);
                }
            }
            // Our session is gone: certain, and said now rather than at the next poll.
            Err(InvocationError::Rpc(rpc))
                if api_error(&rpc.name, rpc.value, None, clock.now()) == ApiError::SignedOut =>
            {
                tracing::warn!(error = %rpc.name, "the update stream says our session has ended");
                let _ = pushes.send(AccountEvent::SignedOut);
                return;
            }
            Err(error) => {
                // The poll still runs; try the stream again after a pause.
                tracing::debug!(%error, "the update stream failed; trying again shortly");
                tokio::time::sleep(Duration::from_secs(5)).await;
            }
        }
    }
}

/// The push an update carries, if any.
pub fn account_event_from(update: &tl::enums::Update, now: DateTime<Utc>) -> Option<AccountEvent> {
    match update {
        tl::enums::Update::NewAuthorization(u) => Some(new_authorization(u, now)),
        tl::enums::Update::NewMessage(u) => match &u.message {
            tl::enums::Message::Message(m) => {
                let sender = match (&m.from_id, &m.peer_id) {
                    (Some(tl::enums::Peer::User(p)), _) | (None, tl::enums::Peer::User(p)) => Some(p.user_id),
                    _ => None,
                };
                let notice = classify(sender, &m.message)?;
                account_event(notice, false, timestamp(m.date))
            }
            _ => None,
        },
        // Service notifications come from Telegram itself.
        tl::enums::Update::ServiceNotification(u) => {
            let notice = classify(Some(crate::service_notice::SERVICE_USER_ID), &u.message)?;
            account_event(notice, false, u.inbox_date.map_or(now, timestamp))
        }
        _ => None,
    }
}

#[async_trait]
impl AccountApi for TelegramAccount {
    fn label(&self) -> String {
        self.label.clone()
    }

    async fn list_sessions(&self) -> Result<SessionList, ApiError> {
        let answer =
            self.call(|c| async move { c.invoke(&tl::functions::account::GetAuthorizations {}).await }).await?;
        let list = session_list(&answer);
        if let Some(ours) = list.current() {
            *self.our_session_created.lock().unwrap_or_else(PoisonError::into_inner) = Some(ours.date_created);
        }
        Ok(list)
    }

    async fn terminate(&self, hash: SessionHash) -> Result<(), ApiError> {
        if hash == SessionHash::CURRENT {
            return Err(ApiError::CurrentSession);
        }
        let request = tl::functions::account::ResetAuthorization { hash: hash.0 };
        self.call(move |c| async move { c.invoke(&request).await }).await.map(drop)
    }

    async fn terminate_others(&self) -> Result<(), ApiError> {
        self.call(|c| async move { c.invoke(&tl::functions::auth::ResetAuthorizations {}).await }).await.map(drop)
    }

    async fn confirm(&self, hash: SessionHash) -> Result<(), ApiError> {
        let request = tl::functions::account::ChangeAuthorizationSettings {
            confirmed: true,
            hash: hash.0,
            encrypted_requests_disabled: None,
            call_requests_disabled: None,
        };
        self.call(move |c| async move { c.invoke(&request).await }).await.map(drop)
    }

    async fn change_session_settings(&self, hash: SessionHash, toggles: SessionToggles) -> Result<(), ApiError> {
        let request = tl::functions::account::ChangeAuthorizationSettings {
            confirmed: false,
            hash: hash.0,
            encrypted_requests_disabled: toggles.secret_chats.map(|allowed| !allowed),
            call_requests_disabled: toggles.calls.map(|allowed| !allowed),
        };
        self.call(move |c| async move { c.invoke(&request).await }).await.map(drop)
    }

    async fn set_inactive_ttl(&self, days: i32) -> Result<(), ApiError> {
        if !(1..=730).contains(&days) {
            return Err(ApiError::InvalidTtl);
        }
        let request = tl::functions::account::SetAuthorizationTtl { authorization_ttl_days: days };
        self.call(move |c| async move { c.invoke(&request).await }).await.map(drop)
    }

    async fn websites(&self) -> Result<Vec<Website>, ApiError> {
        let answer =
            self.call(|c| async move { c.invoke(&tl::functions::account::GetWebAuthorizations {}).await }).await?;
        Ok(websites(&answer))
    }

    async fn end_website(&self, hash: SessionHash) -> Result<(), ApiError> {
        let request = tl::functions::account::ResetWebAuthorization { hash: hash.0 };
        self.call(move |c| async move { c.invoke(&request).await }).await.map(drop)
    }

    async fn end_all_websites(&self) -> Result<(), ApiError> {
        let request = tl::functions::account::ResetWebAuthorizations {};
        self.call(move |c| async move { c.invoke(&request).await }).await.map(drop)
    }

    async fn password_status(&self) -> Result<PasswordStatus, ApiError> {
        let answer = self.call(|c| async move { c.invoke(&tl::functions::account::GetPassword {}).await }).await?;
        Ok(password_status(&answer))
    }

    async fn change_password(&self, change: PasswordChange) -> Result<PasswordChanged, ApiError> {
        let answer = self.call(|c| async move { c.invoke(&tl::functions::account::GetPassword {}).await }).await?;
        let tl::enums::account::Password::Password(state) = answer;
        if state.has_password && change.current.is_none() {
            return Err(ApiError::WrongPassword);
        }
        // Two PBKDF2 runs of 100,000 rounds: off the runtime.
        let proofs = tokio::task::spawn_blocking(move || {
            let check = match (&change.current, state.has_password) {
                (Some(current), true) => two_step::srp_check(&state, current.expose())?,
                _ => tl::enums::InputCheckPasswordSrp::InputCheckPasswordEmpty,
            };
            let new = change.new.as_ref().map(|n| n.expose().as_str());
            let settings = two_step::new_settings(&state, new, &change.hint, change.email.as_deref())?;
            Ok::<_, two_step::TwoStepError>((check, settings))
        })
        .await
        .map_err(|_| ApiError::Protocol("the 2-step verification could not be computed".into()))?;
        let (check, settings) = proofs.map_err(|e| ApiError::Protocol(e.to_string()))?;
        let request = tl::functions::account::UpdatePasswordSettings { password: check, new_settings: settings.into() };
        match self.call(move |c| async move { c.invoke(&request).await }).await {
            Ok(_) => Ok(PasswordChanged::Done),
            Err(ApiError::EmailUnconfirmed { length }) => Ok(PasswordChanged::EmailCodeSent { length }),
            Err(error) => Err(error),
        }
    }

    async fn confirm_recovery_email(&self, code: Sensitive<String>) -> Result<(), ApiError> {
        let request = tl::functions::account::ConfirmPasswordEmail { code: code.expose().trim().to_owned() };
        self.call(move |c| async move { c.invoke(&request).await }).await.map(drop)
    }

    async fn resend_recovery_email_code(&self) -> Result<(), ApiError> {
        self.call(|c| async move { c.invoke(&tl::functions::account::ResendPasswordEmail {}).await }).await.map(drop)
    }

    async fn cancel_recovery_email(&self) -> Result<(), ApiError> {
        self.call(|c| async move { c.invoke(&tl::functions::account::CancelPasswordEmail {}).await }).await.map(drop)
    }

    fn events(&self) -> BoxStream<'static, AccountEvent> {
        BroadcastStream::new(self.pushes.subscribe()).filter_map(|e| async move { e.ok() }).boxed()
    }

    async fn catch_up(&self) {
        // A link that died while the machine slept is replaced first; a new one catches up.
        if self.client().await.is_ok() {
            self.link.lock().await.catch_up();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        timestamp(1_763_000_000)
    }

    #[test]
    fn a_new_authorization_update_is_a_push() {
        let update = tl::enums::Update::NewAuthorization(tl::types::UpdateNewAuthorization {
            unconfirmed: true,
            hash: 99,
            date: Some(1_763_000_100),
            device: Some("Pixel 9".into()),
            location: Some("Lima, Peru".into()),
        });
        assert!(matches!(
            account_event_from(&update, now()),
            Some(AccountEvent::NewAuthorization { hash: SessionHash(99), unconfirmed: true, .. })
        ));
    }

    fn service_notification(message: &str) -> tl::enums::Update {
        tl::enums::Update::ServiceNotification(tl::types::UpdateServiceNotification {
            popup: false,
            invert_media: false,
            inbox_date: Some(1_763_000_200),
            r#type: "auth".into(),
            message: message.into(),
            media: tl::enums::MessageMedia::Empty,
            entities: Vec::new(),
        })
    }

    #[test]
    fn a_service_notification_with_a_code_is_a_login_code_request() {
        assert_eq!(
            account_event_from(&service_notification("Login code: 40721. Do not give it to anyone."), now()),
            Some(AccountEvent::LoginCodeRequested { date: timestamp(1_763_000_200) })
        );
        assert_eq!(account_event_from(&service_notification("New login from Chrome on Windows"), now()), None);
    }

    #[test]
    fn other_updates_are_not_pushes() {
        let update = tl::enums::Update::Config;
        assert_eq!(account_event_from(&update, now()), None);
    }

    #[test]
    fn our_session_shows_as_sessionguard() {
        let params = connection_params();
        assert_eq!(params.device_model, "SessionGuard");
        assert_eq!(params.app_version, env!("CARGO_PKG_VERSION"));
    }
}
