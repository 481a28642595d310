//! Signing in to Telegram: phone → code → 2-step password, or a QR code scanned with a
//! phone that is already signed in. Raw `tl::functions` throughout (grammers' helpers
//! panic on some answers and have no QR login), each call contained.
//!
//! Nothing is stored while this runs: the key lives in memory until Telegram says the
//! sign-in succeeded, and then the caller saves the returned [`AccountSecrets`].

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use grammers_client::Client;
use grammers_mtsender::{SenderPool, SenderPoolHandle};
use grammers_session::Session;
use grammers_session::storages::MemorySession;
use grammers_session::updates::UpdatesLike;
use grammers_tl_types as tl;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::account::connection_params;
use crate::contained_call::{CallFailure, contained};
use crate::convert::timestamp;
use crate::rpc_error::{SignInError, sign_in_error};
use crate::secret::Sensitive;
use crate::server_choice::ServerChoice;
use crate::two_step::srp_check;
use crate::vault::AccountSecrets;

/// Telegram's first DC for a new sign-in; it redirects (`PHONE_MIGRATE_X`) when the
/// account lives elsewhere.
const FIRST_DC: i32 = 2;

/// Where Telegram sent the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeDelivery {
    App,
    Sms,
    Call,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentCode {
    pub delivery: CodeDelivery,
    pub length: Option<u32>,
    /// A new code may be asked for after this long, when Telegram says.
    pub resend_after: Option<Duration>,
    /// Whether Telegram offers another way to send it.
    pub can_resend: bool,
}

/// What a step of the sign-in led to.
#[derive(Debug, PartialEq, Eq)]
pub enum Progress {
    /// Signed in: these are what to keep in the keyring.
    SignedIn(Box<AccountSecrets>),
    /// The account has 2-step verification; its password is next.
    PasswordNeeded { hint: Option<String> },
    /// Show this QR code (a `tg://login` link); it is replaced at `expires_at`.
    ScanQr { link: Sensitive<String>, expires_at: DateTime<Utc> },
}

/// One sign-in attempt, from the first request to the saved key.
pub struct SignIn {
    client: Client,
    session: Arc<MemorySession>,
    pool: SenderPoolHandle,
    updates: mpsc::Receiver<UpdatesLike>,
    runner: JoinHandle<()>,
    api_id: i32,
    api_hash: Sensitive<String>,
    code_request: Option<CodeRequest>,
    /// The signed-in person's name, once Telegram said who signed in.
    account_name: Option<String>,
}

struct CodeRequest {
    phone: Sensitive<String>,
    phone_code_hash: String,
}

impl std::fmt::Debug for SignIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignIn").field("api_id", &self.api_id).finish_non_exhaustive()
    }
}

impl Drop for SignIn {
    fn drop(&mut self) {
        self.pool.quit();
        self.runner.abort();
    }
}

impl SignIn {
    /// Prepares a sign-in with the app's credentials; connects on the first request.
    /// Must run inside a tokio runtime.
    pub fn new(api_id: i32, api_hash: Sensitive<String>, server: &ServerChoice) -> Self {
        let session = Arc::new(MemorySession::from(server.session_data(FIRST_DC, None)));
        let pool = SenderPool::with_configuration(session.clone(), api_id, connection_params());
        let client = Client::new(pool.handle.clone());
        let runner = tokio::spawn(pool.runner.run());
        Self {
            client,
            session,
            pool: pool.handle.thin,
            updates: pool.updates,
            runner,
            api_id,
            api_hash,
            code_request: None,
            account_name: None,
        }
    }

    pub fn api_id(&self) -> i32 {
        self.api_id
    }

    /// The name of the account that signed in ("Alice Smith (@alice)"), to tell accounts
    /// apart; `None` before sign-in succeeded.
    pub fn account_name(&self) -> Option<&str> {
        self.account_name.as_deref()
    }

    /// Ends the session this sign-in created (when it cannot be kept after all).
    pub async fn sign_out(self) {
        let _ = self.invoke(tl::functions::auth::LogOut {}).await;
    }

    /// Asks Telegram to send a login code to `phone`'s Telegram apps (or by SMS).
    pub async fn send_code(&mut self, phone: Sensitive<String>) -> Result<SentCode, SignInError> {
        let number: String = phone.expose().chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        if number.trim_start_matches('+').len() < 5 {
            return Err(SignInError::InvalidPhone);
        }
        let request = tl::functions::auth::SendCode {
            phone_number: number.clone(),
            api_id: self.api_id,
            api_hash: self.api_hash.expose().clone(),
            settings: tl::types::CodeSettings {
                allow_flashcall: false,
                current_number: false,
                allow_app_hash: false,
                allow_missed_call: false,
                allow_firebase: false,
                unknown_number: false,
                logout_tokens: None,
                token: None,
                app_sandbox: None,
            }
            .into(),
        };
        let sent = self.invoke_following_migration(request).await?;
        let sent = sent_code(sent)?;
        self.code_request =
            Some(CodeRequest { phone: Sensitive::new(number), phone_code_hash: sent.phone_code_hash.clone() });
        Ok(describe_sent_code(&sent))
    }

    /// Asks for the code again, by the next way Telegram offers.
    pub async fn resend_code(&mut self) -> Result<SentCode, SignInError> {
        let Some(code_request) = &self.code_request else {
            return Err(SignInError::Other("no code was asked for yet".into()));
        };
        let request = tl::functions::auth::ResendCode {
            phone_number: code_request.phone.expose().clone(),
            phone_code_hash: code_request.phone_code_hash.clone(),
            reason: None,
        };
        let sent = sent_code(self.invoke(request).await?)?;
        if let Some(code_request) = &mut self.code_request {
            code_request.phone_code_hash = sent.phone_code_hash.clone();
        }
        Ok(describe_sent_code(&sent))
    }

    /// The code Telegram sent.
    pub async fn submit_code(&mut self, code: Sensitive<String>) -> Result<Progress, SignInError> {
        let Some(code_request) = &self.code_request else {
            return Err(SignInError::Other("ask for a code first".into()));
        };
        let digits: String = code.expose().chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
        if digits.is_empty() {
            return Err(SignInError::WrongCode);
        }
        let request = tl::functions::auth::SignIn {
            phone_number: code_request.phone.expose().clone(),
            phone_code_hash: code_request.phone_code_hash.clone(),
            phone_code: Some(digits),
            email_verification: None,
        };
        // The code can be checked on another data centre than it was sent from.
        match self.invoke_following_migration(request).await {
            Ok(authorization) => self.signed_in(authorization).await,
            Err(SignInError::PasswordNeeded) => self.password_needed().await,
            Err(error) => Err(error),
        }
    }

    /// The 2-step verification password, checked by SRP (the password never leaves).
    pub async fn submit_password(&mut self, password: Sensitive<String>) -> Result<Progress, SignInError> {
        let state: tl::types::account::Password = self.invoke(tl::functions::account::GetPassword {}).await?.into();
        let check = srp_check(&state, password.expose()).map_err(|e| SignInError::Other(e.to_string()))?;
        let authorization = self.invoke(tl::functions::auth::CheckPassword { password: check }).await?;
        self.signed_in(authorization).await
    }

    /// A QR code to scan from a phone (Settings → Devices → Link Desktop Device), or the
    /// outcome when it was scanned.
    pub async fn export_qr(&mut self) -> Result<Progress, SignInError> {
        let request = tl::functions::auth::ExportLoginToken {
            api_id: self.api_id,
            api_hash: self.api_hash.expose().clone(),
            except_ids: Vec::new(),
        };
        match self.invoke(request).await {
            Ok(token) => self.login_token(token).await,
            Err(SignInError::PasswordNeeded) => self.password_needed().await,
            Err(error) => Err(error),
        }
    }

    /// Waits until the phone scanned the code (Telegram pushes `updateLoginToken`), for
    /// at most `limit`. Then [`Self::export_qr`] gives the outcome.
    pub async fn wait_for_scan(&mut self, limit: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + limit;
        loop {
            match tokio::time::timeout_at(deadline, self.updates.recv()).await {
                Ok(Some(UpdatesLike::Updates(updates))) if carries_login_token(&updates) => return true,
                Ok(Some(_)) => {}
                Ok(None) | Err(_) => return false,
            }
        }
    }

    async fn login_token(&mut self, token: tl::enums::auth::LoginToken) -> Result<Progress, SignInError> {
        use tl::enums::auth::LoginToken as Token;
        match token {
            Token::Token(t) => {
                Ok(Progress::ScanQr { link: Sensitive::new(login_link(&t.token)), expires_at: timestamp(t.expires) })
            }
            Token::Success(success) => self.signed_in(success.authorization).await,
            Token::MigrateTo(migrate) => {
                self.move_home(migrate.dc_id).await?;
                let imported = self.invoke(tl::functions::auth::ImportLoginToken { token: migrate.token }).await;
                match imported {
                    Ok(Token::Success(success)) => self.signed_in(success.authorization).await,
                    Ok(_) => Err(SignInError::Other("the QR login did not complete; try again".into())),
                    Err(SignInError::PasswordNeeded) => self.password_needed().await,
                    Err(error) => Err(error),
                }
            }
        }
    }

    async fn password_needed(&mut self) -> Result<Progress, SignInError> {
        let state: tl::types::account::Password = self.invoke(tl::functions::account::GetPassword {}).await?.into();
        Ok(Progress::PasswordNeeded { hint: state.hint.filter(|h| !h.is_empty()) })
    }

    async fn signed_in(&mut self, authorization: tl::enums::auth::Authorization) -> Result<Progress, SignInError> {
        let tl::enums::auth::Authorization::Authorization(authorization) = authorization else {
            return Err(SignInError::SignUpRequired);
        };
        let user_id = match &authorization.user {
            tl::enums::User::User(user) => {
                self.account_name = display_name(user);
                user.id
            }
            tl::enums::User::Empty(user) => user.id,
        };
        let dc_id = self.session.home_dc_id().map_err(|e| SignInError::Other(e.to_string()))?;
        let auth_key = self
            .session
            .dc_option(dc_id)
            .map_err(|e| SignInError::Other(e.to_string()))?
            .and_then(|option| option.auth_key)
            .ok_or_else(|| SignInError::Other("signed in, but the connection holds no key".into()))?;
        Ok(Progress::SignedIn(Box::new(AccountSecrets {
            dc_id,
            user_id,
            auth_key: Sensitive::new(auth_key),
            api_id: self.api_id,
            api_hash: self.api_hash.clone(),
        })))
    }

    /// Calls `request`; a `*_MIGRATE_X` answer moves our home to DC X and calls again.
    async fn invoke_following_migration<R>(&mut self, request: R) -> Result<R::Return, SignInError>
    where
        R: tl::RemoteCall + Clone + Send + Sync + 'static,
        R::Return: Send,
    {
        match self.invoke_raw(request.clone()).await {
            Err(failure) if failure.rpc().is_some_and(|(_, _, code)| code == 303) => {
                let dc_id = failure.rpc().and_then(|(_, value, _)| value).unwrap_or(0);
                let dc_id = i32::try_from(dc_id).map_err(|_| SignInError::Other("a bad DC redirect".into()))?;
                self.move_home(dc_id).await?;
                self.invoke(request).await
            }
            other => other.map_err(|failure| failure_to_sign_in_error(&failure)),
        }
    }

    async fn move_home(&mut self, dc_id: i32) -> Result<(), SignInError> {
        let old = self.session.home_dc_id().map_err(|e| SignInError::Other(e.to_string()))?;
        self.session.set_home_dc_id(dc_id).await.map_err(|e| SignInError::Other(e.to_string()))?;
        self.pool.disconnect_from_dc(old);
        Ok(())
    }

    async fn invoke<R>(&self, request: R) -> Result<R::Return, SignInError>
    where
        R: tl::RemoteCall + Send + Sync + 'static,
        R::Return: Send,
    {
        self.invoke_raw(request).await.map_err(|failure| failure_to_sign_in_error(&failure))
    }

    async fn invoke_raw<R>(&self, request: R) -> Result<R::Return, CallFailure>
    where
        R: tl::RemoteCall + Send + Sync + 'static,
        R::Return: Send,
    {
        contained(&self.client, move |client| async move { client.invoke(&request).await }).await
    }
}

/// "Alice Smith (@alice)", "Alice", "@alice", or `None` when the profile says nothing.
fn display_name(user: &tl::types::User) -> Option<String> {
    let name = [user.first_name.as_deref(), user.last_name.as_deref()]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let username = user.username.as_deref().map(str::trim).filter(|u| !u.is_empty());
    match (name.is_empty(), username) {
        (false, Some(username)) => Some(format!("{name} (@{username})")),
        (false, None) => Some(name),
        (true, Some(username)) => Some(format!("@{username}")),
        (true, None) => None,
    }
}

fn failure_to_sign_in_error(failure: &CallFailure) -> SignInError {
    match failure.rpc() {
        Some((name, value, _)) => sign_in_error(name, value),
        None if failure.is_network() => SignInError::Network(failure.describe()),
        None if failure.is_unreadable() => SignInError::Unreadable,
        None => SignInError::Other(failure.describe()),
    }
}

fn sent_code(sent: tl::enums::auth::SentCode) -> Result<tl::types::auth::SentCode, SignInError> {
    match sent {
        tl::enums::auth::SentCode::Code(code) => Ok(code),
        tl::enums::auth::SentCode::Success(_) => Err(SignInError::Other("Telegram signed in without a code".into())),
        tl::enums::auth::SentCode::PaymentRequired(_) => {
            Err(SignInError::Other("Telegram asks for a payment to send the code; sign in from a Telegram app".into()))
        }
    }
}

fn describe_sent_code(sent: &tl::types::auth::SentCode) -> SentCode {
    use tl::enums::auth::SentCodeType as Type;
    let (delivery, length) = match &sent.r#type {
        Type::App(t) => (CodeDelivery::App, Some(t.length)),
        Type::Sms(t) => (CodeDelivery::Sms, Some(t.length)),
        Type::Call(t) => (CodeDelivery::Call, Some(t.length)),
        Type::MissedCall(t) => (CodeDelivery::Call, Some(t.length)),
        Type::EmailCode(t) => (CodeDelivery::Other, Some(t.length)),
        Type::FragmentSms(t) => (CodeDelivery::Sms, Some(t.length)),
        Type::FirebaseSms(t) => (CodeDelivery::Sms, Some(t.length)),
        _ => (CodeDelivery::Other, None),
    };
    SentCode {
        delivery,
        length: length.and_then(|l| u32::try_from(l).ok()).filter(|l| *l > 0),
        resend_after: sent.timeout.and_then(|t| u64::try_from(t).ok()).map(Duration::from_secs),
        can_resend: sent.next_type.is_some(),
    }
}

/// The SRP answer to the server's challenge for `password` (never the password itself).
fn carries_login_token(updates: &tl::enums::Updates) -> bool {
    let is_token = |u: &tl::enums::Update| matches!(u, tl::enums::Update::LoginToken);
    match updates {
        tl::enums::Updates::UpdateShort(short) => is_token(&short.update),
        tl::enums::Updates::Updates(many) => many.updates.iter().any(is_token),
        tl::enums::Updates::Combined(many) => many.updates.iter().any(is_token),
        _ => false,
    }
}

/// `tg://login?token=<base64url>`: what Telegram's apps scan.
fn login_link(token: &[u8]) -> String {
    use base64::Engine;
    format!("tg://login?token={}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(token))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_login_link_is_base64url_without_padding() {
        assert_eq!(login_link(&[0xfb, 0xff, 0x01]), "tg://login?token=-_8B");
    }

    #[test]
    fn sent_code_types_say_where_the_code_went() {
        let sent = tl::types::auth::SentCode {
            r#type: tl::types::auth::SentCodeTypeApp { length: 5 }.into(),
            phone_code_hash: "h".into(),
            next_type: Some(tl::enums::auth::CodeType::Sms),
            timeout: Some(60),
        };
        assert_eq!(
            describe_sent_code(&sent),
            SentCode {
                delivery: CodeDelivery::App,
                length: Some(5),
                resend_after: Some(Duration::from_secs(60)),
                can_resend: true
            }
        );
    }

    #[test]
    fn a_login_token_update_is_recognised() {
        let short =
            tl::enums::Updates::UpdateShort(tl::types::UpdateShort { update: tl::enums::Update::LoginToken, date: 0 });
        assert!(carries_login_token(&short));
        assert!(!carries_login_token(&tl::enums::Updates::TooLong));
    }
}
