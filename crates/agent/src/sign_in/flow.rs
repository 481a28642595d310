//! Signing in to add a Telegram account: the steps the sign-in screen asks for, run
//! against Telegram, with nothing stored until Telegram says yes.

use std::time::Duration;

use sessionguard_protocol::{ErrorBody, ErrorCode, SignInStep};
use sessionguard_telegram::rpc_error::SignInError;
use sessionguard_telegram::secret::Sensitive;
use sessionguard_telegram::sign_in::{Progress, SignIn};
use sessionguard_telegram::vault::{AccountSecrets, Vault};

use crate::accounts::Accounts;
use crate::sign_in::app_credentials::{AppCredentials, INVALID};
use crate::storage::saved_accounts::keyring_call;
use crate::storage::settings_store::TelegramAccountEntry;

/// The shortest wait for a QR scan before asking Telegram again.
const QR_MIN_WAIT: Duration = Duration::from_secs(5);

impl Accounts {
    fn require_sign_in_screen(&self) -> Result<(), ErrorBody> {
        if self.roster().selected.is_some() {
            return Err(ErrorBody::new(ErrorCode::BadRequest, "open the sign-in screen first"));
        }
        Ok(())
    }

    /// The credentials a sign-in step asks with: the ones typed, or with none typed, the
    /// ones built into this copy.
    pub(crate) fn credentials(&self, api_id: Option<i32>, api_hash: Option<&str>) -> Result<AppCredentials, String> {
        match (api_id, api_hash.map(str::trim).filter(|h| !h.is_empty())) {
            (None | Some(0), None) => self.setup.app_credentials.clone().ok_or_else(|| {
                "this copy of SessionGuard has no app credentials built in: enter an api_id and api_hash from \
                 my.telegram.org"
                    .to_owned()
            }),
            (id, hash) => AppCredentials::new(id.unwrap_or(0), hash.unwrap_or_default()).map_err(str::to_owned),
        }
    }

    /// Checks the keyring and the credentials before anything goes to Telegram, and
    /// starts a fresh sign-in with them.
    async fn begin(&self, credentials: Result<AppCredentials, String>) -> Result<bool, ErrorBody> {
        self.require_sign_in_screen()?;
        self.stop_qr_waiter();
        let refusal = match (&self.setup.keyring, &credentials) {
            (Err(reason), _) => Some(ErrorBody::new(ErrorCode::KeyringUnavailable, reason.clone())),
            (Ok(_), Err(reason)) => Some(ErrorBody::new(ErrorCode::ApiCredentialsInvalid, reason.clone())),
            (Ok(_), Ok(_)) => None,
        };
        // The api_id typed stays in the form; a built-in one is not shown.
        let typed = credentials.as_ref().ok().filter(|c| !self.is_built_in(c)).map(|c| c.api_id);
        self.roster().screen.start(typed);
        let credentials = match (refusal, credentials) {
            (None, Ok(credentials)) => credentials,
            (refusal, _) => {
                let error = refusal.unwrap_or_else(|| ErrorBody::new(ErrorCode::ApiCredentialsInvalid, INVALID));
                self.roster().screen.failed_with(error);
                self.publish();
                return Ok(false);
            }
        };
        self.publish();
        let sign_in =
            SignIn::new(credentials.api_id, Sensitive::new(credentials.api_hash().to_owned()), &self.setup.server);
        *self.flow.lock().await = Some(sign_in);
        Ok(true)
    }

    fn is_built_in(&self, credentials: &AppCredentials) -> bool {
        self.setup.app_credentials.as_ref().is_some_and(|b| b.api_id == credentials.api_id)
    }

    pub(crate) async fn send_code(
        &self,
        credentials: Result<AppCredentials, String>,
        phone: &str,
    ) -> Result<(), ErrorBody> {
        if !self.begin(credentials).await? {
            return Ok(());
        }
        let result = match self.flow.lock().await.as_mut() {
            Some(sign_in) => sign_in.send_code(Sensitive::new(phone.to_owned())).await,
            None => Err(start_again()),
        };
        let now = self.setup.clock.now();
        match result {
            Ok(sent) => self.roster().screen.code_sent(phone, &sent, now),
            Err(error) => self.roster().screen.failed(&error, now),
        }
        self.publish();
        Ok(())
    }

    pub(crate) async fn resend_code(&self) -> Result<(), ErrorBody> {
        self.require_sign_in_screen()?;
        self.roster().screen.start(None);
        self.publish();
        let result = match self.flow.lock().await.as_mut() {
            Some(sign_in) => sign_in.resend_code().await,
            None => Err(start_again()),
        };
        let now = self.setup.clock.now();
        match result {
            Ok(sent) => self.roster().screen.code_resent(&sent, now),
            Err(error) => self.roster().screen.failed(&error, now),
        }
        self.publish();
        Ok(())
    }

    pub(crate) async fn submit(&self, secret: String, step: SignInStep) -> Result<(), ErrorBody> {
        self.require_sign_in_screen()?;
        self.stop_qr_waiter();
        self.roster().screen.start(None);
        self.publish();
        let result = match self.flow.lock().await.as_mut() {
            Some(sign_in) if step == SignInStep::Password => sign_in.submit_password(Sensitive::new(secret)).await,
            Some(sign_in) => sign_in.submit_code(Sensitive::new(secret)).await,
            None => Err(start_again()),
        };
        self.progress(result).await;
        Ok(())
    }

    pub(crate) async fn start_qr_login(&self, credentials: Result<AppCredentials, String>) -> Result<(), ErrorBody> {
        if !self.begin(credentials).await? {
            return Ok(());
        }
        let result = match self.flow.lock().await.as_mut() {
            Some(sign_in) => sign_in.export_qr().await,
            None => Err(start_again()),
        };
        self.progress(result).await;
        if self.roster().screen.step() == SignInStep::Qr {
            self.spawn_qr_waiter();
        }
        Ok(())
    }

    /// Waits for the phone to scan; renews the code when it expires.
    fn spawn_qr_waiter(&self) {
        let me = self.me.clone();
        let waiter = tokio::spawn(async move {
            loop {
                let Some(me) = me.upgrade() else { return };
                let expires_at = me.roster().screen.view().qr.map(|qr| qr.expires_at);
                let left = expires_at.and_then(|at| (at - me.setup.clock.now()).to_std().ok()).unwrap_or_default();
                let result = match me.flow.lock().await.as_mut() {
                    Some(sign_in) => {
                        sign_in.wait_for_scan(left.max(QR_MIN_WAIT)).await;
                        sign_in.export_qr().await
                    }
                    None => return,
                };
                me.progress(result).await;
                if me.roster().screen.step() != SignInStep::Qr {
                    return;
                }
            }
        });
        if let Some(previous) = self.roster().qr_waiter.replace(waiter) {
            previous.abort();
        }
    }

    pub(crate) fn stop_qr_waiter(&self) {
        if let Some(waiter) = self.roster().qr_waiter.take() {
            waiter.abort();
        }
    }

    async fn progress(&self, result: Result<Progress, SignInError>) {
        let now = self.setup.clock.now();
        match result {
            Ok(Progress::SignedIn(secrets)) => {
                self.finish(*secrets).await;
                return;
            }
            Ok(Progress::PasswordNeeded { hint }) => self.roster().screen.password_needed(hint),
            Ok(Progress::ScanQr { link, expires_at }) => self.roster().screen.show_qr(link.expose(), expires_at),
            Err(SignInError::Unreadable) => {
                // The step may have signed in on the server: that half-made session is
                // logged out, and the sign-in starts over (a QR waiter, which may be the
                // caller, stops by itself at the first step).
                if let Some(half_made) = self.flow.lock().await.take() {
                    half_made.sign_out().await;
                }
                tracing::warn!("a sign-in answer could not be read; its session was logged out");
                let mut roster = self.roster();
                roster.screen.reset();
                roster.screen.failed(&SignInError::Unreadable, now);
            }
            Err(error) => self.roster().screen.failed(&error, now),
        }
        self.publish();
    }

    /// Telegram said yes: keep the key in the keyring, then guard the account.
    async fn finish(&self, secrets: AccountSecrets) {
        let Ok(store) = &self.setup.keyring else { return };
        let sign_in = self.flow.try_lock().ok().and_then(|mut flow| flow.take());
        let name = sign_in.as_ref().and_then(|s| s.account_name().map(str::to_owned));
        let id = format!("telegram-{}", secrets.user_id);
        if self.guard(&id).is_some() {
            // Already guarded: the new session would only be a second SessionGuard.
            if let Some(sign_in) = sign_in {
                sign_in.sign_out().await;
            }
            self.screen_failed(ErrorCode::BadRequest, "SessionGuard already guards this account.".into());
            return;
        }
        let vault = Vault::new(store.clone(), id.clone());
        let (saver, saved) = (vault.clone(), secrets.clone());
        match keyring_call(self.setup.keyring_wait, move || saver.save(&saved)).await {
            Ok(()) => {
                drop(sign_in);
                let label = name.clone().unwrap_or_else(|| "Telegram".to_owned());
                let entry = TelegramAccountEntry { id: id.clone(), entry: id, label };
                if let Err(error) = self.setup.settings.add_telegram_account(entry).await {
                    tracing::warn!(%error, "the account is guarded, but the list of accounts was not saved");
                }
                tracing::info!("signed in to Telegram; the key is in the keyring");
                self.roster().screen.reset();
                if let Err(problem) = self.guard_telegram(vault, secrets, name).await {
                    self.screen_failed(ErrorCode::Network, problem);
                }
            }
            Err(error) => {
                let reason = error.to_string();
                tracing::warn!(%reason, "signed in, but the key could not be kept; signing out again");
                if let Some(sign_in) = sign_in {
                    sign_in.sign_out().await;
                }
                self.screen_failed(ErrorCode::KeyringUnavailable, reason);
            }
        }
    }

    fn screen_failed(&self, code: ErrorCode, message: String) {
        {
            let mut roster = self.roster();
            roster.screen.reset();
            roster.screen.failed_with(ErrorBody::new(code, message));
        }
        self.publish();
    }

    /// Leaves the sign-in: back to its first step, or from there to the guarded accounts.
    pub(crate) fn cancel_sign_in(&self) -> Result<(), ErrorBody> {
        self.require_sign_in_screen()?;
        self.stop_qr_waiter();
        if let Ok(mut flow) = self.flow.try_lock() {
            flow.take();
        }
        let at_first_step = {
            let mut roster = self.roster();
            let at_first_step = roster.screen.step() == SignInStep::Credentials;
            roster.screen.reset();
            at_first_step
        };
        match self.guards().first() {
            Some(guard) if at_first_step => self.select(Some(guard.id().to_owned())),
            _ => self.publish(),
        }
        Ok(())
    }
}

fn start_again() -> SignInError {
    SignInError::Other("this sign-in was reset; start again".into())
}
