//! The account the agent guards right now — the demo, a signed-in Telegram account, or
//! none while the person signs in — and the one place the window's requests arrive.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError, Weak};
use std::time::Duration;

use keyring_core::CredentialStore;
use sessionguard_core::{Clock, SecurityEvent, SecurityEventKind};
use sessionguard_demo::{DemoAccount, DemoOptions};
use sessionguard_protocol::{AgentEvent, AgentState, ErrorBody, ErrorCode, Request, RequestHandler, SignInStep};
use sessionguard_telegram::account::TelegramAccount;
use sessionguard_telegram::rpc_error::SignInError;
use sessionguard_telegram::secret::Sensitive;
use sessionguard_telegram::server_choice::ServerChoice;
use sessionguard_telegram::session_store::KeyringSession;
use sessionguard_telegram::sign_in::{Progress, SignIn};
use sessionguard_telegram::vault::{AccountSecrets, Vault};
use tokio::sync::broadcast;
use tokio::task::JoinHandle;

use crate::guard::{Guard, PollIntervals};
use crate::outlets::{Alarm, Outlets};
use crate::sign_in_screen::SignInScreen;

/// The keyring entry of the Telegram account: a local name, never the phone number.
const VAULT_ACCOUNT: &str = "telegram";
/// How the Telegram account is named in alerts and the window (never the phone number).
const TELEGRAM_LABEL: &str = "Telegram";
/// The shortest wait for a QR scan before asking Telegram again.
const QR_MIN_WAIT: Duration = Duration::from_secs(5);

/// What the agent was started with.
#[derive(Debug)]
pub struct AccountSetup {
    pub clock: Arc<dyn Clock>,
    pub server: ServerChoice,
    pub demo: DemoOptions,
    pub polls: PollIntervals,
    /// The system keyring, or why there is none.
    pub keyring: Result<Arc<CredentialStore>, String>,
}

#[derive(Debug)]
enum Mode {
    SigningIn,
    Guarding(Guarding),
}

#[derive(Debug)]
struct Guarding {
    guard: Arc<Guard>,
    telegram: Option<(Arc<TelegramAccount>, Vault)>,
    tasks: Vec<JoinHandle<()>>,
}

impl Drop for Guarding {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}

#[derive(Debug)]
pub struct CurrentAccount {
    me: Weak<Self>,
    setup: AccountSetup,
    outlets: Outlets,
    mode: Mutex<Mode>,
    screen: Mutex<SignInScreen>,
    /// The sign-in under way; a tokio lock, as its steps wait on Telegram.
    flow: tokio::sync::Mutex<Option<SignIn>>,
    qr_waiter: Mutex<Option<JoinHandle<()>>>,
}

impl CurrentAccount {
    /// Starts on the sign-in screen; [`Self::start`] picks the account.
    pub fn new(setup: AccountSetup, outlets: Outlets) -> Arc<Self> {
        let screen = SignInScreen::new(setup.server.describe(), None);
        Arc::new_cyclic(|me| Self {
            me: me.clone(),
            setup,
            outlets,
            mode: Mutex::new(Mode::SigningIn),
            screen: Mutex::new(screen),
            flow: tokio::sync::Mutex::new(None),
            qr_waiter: Mutex::new(None),
        })
    }

    pub fn outlets(&self) -> &Outlets {
        &self.outlets
    }

    /// The guard of the account shown, if one is.
    pub fn guard(&self) -> Option<Arc<Guard>> {
        match &*lock(&self.mode) {
            Mode::Guarding(guarding) => Some(guarding.guard.clone()),
            Mode::SigningIn => None,
        }
    }

    /// Picks the account: the demo when asked for, else the Telegram account saved in
    /// the keyring, else the sign-in screen (or the demo, with `demo_when_signed_out`).
    pub async fn start(&self, demo: bool, demo_when_signed_out: bool) {
        if demo {
            self.use_demo();
            return;
        }
        let vault = match &self.setup.keyring {
            Ok(store) => Vault::new(store.clone(), VAULT_ACCOUNT),
            Err(reason) => {
                tracing::warn!(%reason, "no keyring: Telegram sign-in is unavailable");
                if demo_when_signed_out {
                    self.use_demo();
                } else {
                    self.show_sign_in(Some(reason.clone()));
                }
                return;
            }
        };
        let loader = vault.clone();
        match tokio::task::spawn_blocking(move || loader.load()).await {
            Ok(Ok(Some(secrets))) => self.guard_telegram(vault, secrets).await,
            Ok(Ok(None)) if demo_when_signed_out => self.use_demo(),
            Ok(Ok(None)) => self.show_sign_in(None),
            Ok(Err(error)) => self.show_sign_in(Some(error.to_string())),
            Err(_) => self.show_sign_in(Some("reading the keyring stopped unexpectedly".into())),
        }
    }

    pub fn state(&self) -> AgentState {
        if let Some(guard) = self.guard() {
            return guard.state();
        }
        AgentState {
            account: None,
            sign_in: Some(lock(&self.screen).view()),
            loaded: false,
            error: None,
            sessions: Vec::new(),
            inactive_ttl_days: 0,
            may_reset_others_from: None,
            alerts: Vec::new(),
            refreshed_at: None,
        }
    }

    fn publish(&self) {
        self.outlets.publish_state(self.state());
    }

    fn use_demo(&self) {
        let account = Arc::new(DemoAccount::new(self.setup.clock.clone(), self.setup.demo));
        let guard = Guard::new(account, self.setup.clock.clone(), true, self.outlets.clone());
        self.install(guard, None);
        tracing::info!("guarding the demo account");
    }

    async fn guard_telegram(&self, vault: Vault, secrets: AccountSecrets) {
        let api_id = secrets.api_id;
        let session = Arc::new(KeyringSession::restore(vault.clone(), secrets, self.setup.server.address));
        match TelegramAccount::connect(session, api_id, TELEGRAM_LABEL.into(), self.setup.clock.clone()).await {
            Ok(account) => {
                let account = Arc::new(account);
                let guard = Guard::new(account.clone(), self.setup.clock.clone(), false, self.outlets.clone());
                self.install(guard, Some((account, vault)));
                tracing::info!("guarding the Telegram account");
            }
            Err(error) => self.show_sign_in(Some(format!("could not start the saved Telegram account: {error}"))),
        }
    }

    fn install(&self, guard: Arc<Guard>, telegram: Option<(Arc<TelegramAccount>, Vault)>) {
        let runner = tokio::spawn(guard.clone().run(self.setup.polls));
        let me = self.me.clone();
        let watched = guard.clone();
        let ended = tokio::spawn(async move {
            watched.signed_out().await;
            if let Some(me) = me.upgrade() {
                me.ended_elsewhere().await;
            }
        });
        *lock(&self.mode) = Mode::Guarding(Guarding { guard, telegram, tasks: vec![runner, ended] });
        self.publish();
    }

    fn show_sign_in(&self, notice: Option<String>) {
        let previous = std::mem::replace(&mut *lock(&self.mode), Mode::SigningIn);
        drop(previous);
        *lock(&self.screen) = SignInScreen::new(self.setup.server.describe(), notice);
        self.publish();
    }

    /// Telegram says our key is no longer signed in: someone ended SessionGuard's
    /// session. The key is useless now; delete it, say so, and offer sign-in again.
    async fn ended_elsewhere(&self) {
        let telegram = match &*lock(&self.mode) {
            Mode::Guarding(Guarding { telegram: Some((_, vault)), guard, .. }) => Some((vault.clone(), guard.label())),
            _ => None,
        };
        let Some((vault, label)) = telegram else { return };
        tracing::warn!("our own Telegram session was ended elsewhere; deleting its key");
        delete_key(vault).await;
        let event = SecurityEvent { kind: SecurityEventKind::OurSessionEnded, login: None, at: self.setup.clock.now() };
        self.outlets.alarm(Alarm { account: label, event });
        self.show_sign_in(Some(
            "SessionGuard's own session was ended from another device, so it was signed out and its key deleted. \
             Sign in again to keep guarding."
                .into(),
        ));
    }

    async fn sign_out(&self) -> Result<(), ErrorBody> {
        let telegram = match &*lock(&self.mode) {
            Mode::Guarding(guarding) => guarding.telegram.clone(),
            Mode::SigningIn => return Err(ErrorBody::new(ErrorCode::BadRequest, "no account is signed in")),
        };
        let mut notice = None;
        if let Some((account, vault)) = telegram {
            if let Err(error) = account.sign_out().await {
                tracing::warn!(%error, "Telegram did not confirm the sign-out");
                if error != sessionguard_core::ApiError::SignedOut {
                    notice = Some(format!(
                        "Signed out here and the key deleted, but Telegram could not be told ({error}). End the \
                         “SessionGuard” session from Settings → Devices in a Telegram app."
                    ));
                }
            }
            delete_key(vault).await;
            tracing::info!("signed out of Telegram; the key is deleted");
        }
        self.show_sign_in(notice);
        Ok(())
    }

    // ---- sign-in steps -------------------------------------------------------------

    fn require_signing_in(&self) -> Result<(), ErrorBody> {
        match &*lock(&self.mode) {
            Mode::SigningIn => Ok(()),
            Mode::Guarding(_) => Err(ErrorBody::new(ErrorCode::BadRequest, "an account is signed in; sign out first")),
        }
    }

    /// Checks the keyring and the credentials before anything goes to Telegram, and
    /// starts a fresh sign-in with them.
    async fn begin(&self, api_id: i32, api_hash: &str) -> Result<bool, ErrorBody> {
        self.require_signing_in()?;
        self.stop_qr_waiter();
        let refusal = if let Err(reason) = &self.setup.keyring {
            Some(ErrorBody::new(ErrorCode::KeyringUnavailable, reason.clone()))
        } else if api_id <= 0 || api_hash.trim().len() != 32 || !api_hash.trim().chars().all(|c| c.is_ascii_hexdigit())
        {
            Some(ErrorBody::new(
                ErrorCode::ApiCredentialsInvalid,
                "the api_id is a number and the api_hash 32 letters and digits; copy both from my.telegram.org",
            ))
        } else {
            None
        };
        lock(&self.screen).start(Some(api_id));
        if let Some(error) = refusal {
            lock(&self.screen).failed_with(error);
            self.publish();
            return Ok(false);
        }
        self.publish();
        let sign_in = SignIn::new(api_id, Sensitive::new(api_hash.trim().to_owned()), &self.setup.server);
        *self.flow.lock().await = Some(sign_in);
        Ok(true)
    }

    async fn send_code(&self, api_id: i32, api_hash: &str, phone: &str) -> Result<(), ErrorBody> {
        if !self.begin(api_id, api_hash).await? {
            return Ok(());
        }
        let result = match self.flow.lock().await.as_mut() {
            Some(sign_in) => sign_in.send_code(Sensitive::new(phone.to_owned())).await,
            None => Err(start_again()),
        };
        let now = self.setup.clock.now();
        match result {
            Ok(sent) => lock(&self.screen).code_sent(phone, &sent, now),
            Err(error) => lock(&self.screen).failed(&error, now),
        }
        self.publish();
        Ok(())
    }

    async fn resend_code(&self) -> Result<(), ErrorBody> {
        self.require_signing_in()?;
        lock(&self.screen).start(None);
        self.publish();
        let result = match self.flow.lock().await.as_mut() {
            Some(sign_in) => sign_in.resend_code().await,
            None => Err(start_again()),
        };
        let now = self.setup.clock.now();
        let phone_hint = lock(&self.screen).view().phone_hint.unwrap_or_default();
        match result {
            Ok(sent) => lock(&self.screen).code_sent(&phone_hint, &sent, now),
            Err(error) => lock(&self.screen).failed(&error, now),
        }
        self.publish();
        Ok(())
    }

    async fn submit(&self, secret: String, step: SignInStep) -> Result<(), ErrorBody> {
        self.require_signing_in()?;
        self.stop_qr_waiter();
        lock(&self.screen).start(None);
        self.publish();
        let result = match self.flow.lock().await.as_mut() {
            Some(sign_in) if step == SignInStep::Password => sign_in.submit_password(Sensitive::new(secret)).await,
            Some(sign_in) => sign_in.submit_code(Sensitive::new(secret)).await,
            None => Err(start_again()),
        };
        self.progress(result).await;
        Ok(())
    }

    async fn start_qr_login(&self, api_id: i32, api_hash: &str) -> Result<(), ErrorBody> {
        if !self.begin(api_id, api_hash).await? {
            return Ok(());
        }
        let result = match self.flow.lock().await.as_mut() {
            Some(sign_in) => sign_in.export_qr().await,
            None => Err(start_again()),
        };
        self.progress(result).await;
        if lock(&self.screen).step() == SignInStep::Qr {
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
                let expires_at = lock(&me.screen).view().qr.map(|qr| qr.expires_at);
                let left = expires_at.and_then(|at| (at - me.setup.clock.now()).to_std().ok()).unwrap_or_default();
                let result = match me.flow.lock().await.as_mut() {
                    Some(sign_in) => {
                        sign_in.wait_for_scan(left.max(QR_MIN_WAIT)).await;
                        sign_in.export_qr().await
                    }
                    None => return,
                };
                me.progress(result).await;
                if lock(&me.screen).step() != SignInStep::Qr {
                    return;
                }
            }
        });
        if let Some(previous) = lock(&self.qr_waiter).replace(waiter) {
            previous.abort();
        }
    }

    fn stop_qr_waiter(&self) {
        if let Some(waiter) = lock(&self.qr_waiter).take() {
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
            Ok(Progress::PasswordNeeded { hint }) => lock(&self.screen).password_needed(hint),
            Ok(Progress::ScanQr { link, expires_at }) => lock(&self.screen).show_qr(link.expose(), expires_at),
            Err(error) => lock(&self.screen).failed(&error, now),
        }
        self.publish();
    }

    /// Telegram said yes: keep the key in the keyring, then guard the account.
    async fn finish(&self, secrets: AccountSecrets) {
        let Ok(store) = &self.setup.keyring else { return };
        let vault = Vault::new(store.clone(), VAULT_ACCOUNT);
        let (saver, saved) = (vault.clone(), secrets.clone());
        let outcome = tokio::task::spawn_blocking(move || saver.save(&saved)).await;
        let sign_in = self.flow.try_lock().ok().and_then(|mut flow| flow.take());
        match outcome {
            Ok(Ok(())) => {
                drop(sign_in);
                tracing::info!("signed in to Telegram; the key is in the keyring");
                self.guard_telegram(vault, secrets).await;
            }
            failed => {
                let reason = match failed {
                    Ok(Err(error)) => error.to_string(),
                    _ => "saving to the keyring stopped unexpectedly".into(),
                };
                tracing::warn!(%reason, "signed in, but the key could not be kept; signing out again");
                if let Some(sign_in) = sign_in {
                    sign_in.sign_out().await;
                }
                let mut screen = lock(&self.screen);
                screen.reset();
                screen.failed_with(ErrorBody::new(ErrorCode::KeyringUnavailable, reason));
                drop(screen);
                self.publish();
            }
        }
    }

    fn cancel_sign_in(&self) -> Result<(), ErrorBody> {
        self.require_signing_in()?;
        self.stop_qr_waiter();
        if let Ok(mut flow) = self.flow.try_lock() {
            flow.take();
        }
        lock(&self.screen).reset();
        self.publish();
        Ok(())
    }
}

fn start_again() -> SignInError {
    SignInError::Other("this sign-in was reset; start again".into())
}

async fn delete_key(vault: Vault) {
    match tokio::task::spawn_blocking(move || vault.delete()).await {
        Ok(Ok(())) => {}
        Ok(Err(error)) => tracing::warn!(%error, "could not delete the key from the keyring"),
        Err(_) => tracing::warn!("deleting the key stopped unexpectedly"),
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl RequestHandler for CurrentAccount {
    async fn handle(&self, request: Request) -> Result<AgentState, ErrorBody> {
        match request {
            Request::GetState | Request::Subscribe => {}
            Request::UseDemo => {
                self.stop_qr_waiter();
                self.use_demo();
            }
            Request::StartSignIn => match self.guard() {
                Some(guard) if !guard.is_demo() => {
                    return Err(ErrorBody::new(ErrorCode::BadRequest, "sign out of this account first"));
                }
                _ => self.show_sign_in(None),
            },
            Request::SendCode { api_id, api_hash, phone } => {
                self.send_code(api_id, api_hash.expose(), phone.expose()).await?;
            }
            Request::ResendCode => self.resend_code().await?,
            Request::SubmitCode { code } => self.submit(code.expose().to_owned(), SignInStep::Code).await?,
            Request::SubmitPassword { password } => {
                self.submit(password.expose().to_owned(), SignInStep::Password).await?;
            }
            Request::StartQrLogin { api_id, api_hash } => self.start_qr_login(api_id, api_hash.expose()).await?,
            Request::CancelSignIn => self.cancel_sign_in()?,
            Request::SignOut => self.sign_out().await?,
            request @ (Request::Refresh
            | Request::Terminate { .. }
            | Request::TerminateOthers
            | Request::Acknowledge { .. }) => match self.guard() {
                Some(guard) => return guard.handle(request).await,
                None => return Err(ErrorBody::new(ErrorCode::SignedOut, "sign in first")),
            },
        }
        Ok(self.state())
    }

    fn subscribe(&self) -> broadcast::Receiver<AgentEvent> {
        self.outlets.subscribe()
    }
}
