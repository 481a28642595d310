//! The accounts the agent guards — the demo and any number of signed-in Telegram
//! accounts — which one the window shows, and the sign-in screen for adding one. The one
//! place the window's requests arrive.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError, Weak};

use keyring_core::CredentialStore;
use sessionguard_core::{Clock, SecurityEvent, SecurityEventKind};
use sessionguard_demo::{DemoAccount, DemoOptions};
use sessionguard_protocol::{
    AccountRequest, AgentState, ErrorBody, ErrorCode, ForwardingView, Settings, SignInView, WindowAsk,
};
use sessionguard_telegram::account::TelegramAccount;
use sessionguard_telegram::server_choice::ServerChoice;
use sessionguard_telegram::session_store::KeyringSession;
use sessionguard_telegram::sign_in::SignIn;
use sessionguard_telegram::vault::{AccountSecrets, Vault};
use tokio::task::JoinHandle;

use crate::alerts::forwarding::Forwarding;
use crate::alerts::outlets::{Alarm, Outlets};
use crate::guard::waiting_rules::WaitingRules;
use crate::guard::{Guard, GuardContext, PollIntervals};
use crate::history::journal_link::JournalLink;
use crate::sign_in::screen::SignInScreen;
use crate::storage::notices::{Notices, Topic};
use crate::storage::saved_accounts::keyring_call;
use crate::storage::settings_store::SettingsStore;
use crate::words::errors::localized;

/// The demo account's id.
pub const DEMO_ID: &str = "demo";
/// How a Telegram account is named when its profile says nothing.
const TELEGRAM_LABEL: &str = "Telegram";

/// What the agent was started with.
#[derive(Debug)]
pub struct AccountSetup {
    pub clock: Arc<dyn Clock>,
    pub server: ServerChoice,
    pub demo: DemoOptions,
    pub polls: PollIntervals,
    /// The system keyring, or why there is none.
    pub keyring: Result<Arc<CredentialStore>, String>,
    pub settings: Arc<SettingsStore>,
    pub journal: JournalLink,
    pub forwarding: Arc<Forwarding>,
    /// How long one keyring call may take (an unlock prompt may wait for the person).
    pub keyring_wait: std::time::Duration,
    /// Rule terminations waiting for the 24-hour rule, kept across restarts.
    pub waiting_rules: Arc<WaitingRules>,
    /// The app credentials built into this copy (a packager's), if any: with them the
    /// sign-in asks only for the phone number or the QR code.
    pub app_credentials: Option<crate::sign_in::app_credentials::AppCredentials>,
}

/// One guarded account.
#[derive(Debug)]
pub(crate) struct Slot {
    pub(crate) guard: Arc<Guard>,
    /// A Telegram account's connection and keyring entry (the demo has none).
    pub(crate) telegram: Option<(Arc<TelegramAccount>, Vault)>,
    tasks: Vec<JoinHandle<()>>,
}

impl Slot {
    /// The keyring entry of a Telegram account.
    pub(crate) fn vault_entry(&self) -> Option<&str> {
        self.telegram.as_ref().map(|(_, vault)| vault.account())
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}

/// The guarded accounts and what the window is shown of them, under one lock, so a
/// state read from it never mixes two moments (an account removed but still selected, a
/// question about an account no longer shown). Held for reads and writes only, never
/// across an await; each guard's own lock is taken after it, never before.
#[derive(Debug)]
pub(crate) struct Roster {
    pub(crate) slots: Vec<Slot>,
    /// The account the window shows; `None` shows the sign-in screen.
    pub(crate) selected: Option<String>,
    pub(crate) screen: SignInScreen,
    pub(crate) qr_waiter: Option<JoinHandle<()>>,
    /// What the window is asked to confirm, until it is answered.
    pub(crate) ask: Option<WindowAsk>,
    pub(crate) notices: Notices,
}

impl Roster {
    fn guard(&self, id: &str) -> Option<Arc<Guard>> {
        self.slots.iter().find(|s| s.guard.id() == id).map(|s| s.guard.clone())
    }
}

#[derive(Debug)]
pub struct Accounts {
    pub(crate) me: Weak<Self>,
    pub(crate) setup: AccountSetup,
    pub(crate) outlets: Outlets,
    roster: Mutex<Roster>,
    /// The sign-in under way; a tokio lock, as its steps wait on Telegram.
    pub(crate) flow: tokio::sync::Mutex<Option<SignIn>>,
    /// Counts the states built, so a window can tell the newest (see `AgentState::revision`).
    revision: std::sync::atomic::AtomicU64,
}

impl Accounts {
    /// Starts with no account and the sign-in screen; [`Self::start`] picks the accounts.
    pub fn new(setup: AccountSetup, outlets: Outlets) -> Arc<Self> {
        let screen = SignInScreen::new(setup.server.describe(), None);
        Arc::new_cyclic(|me| Self {
            me: me.clone(),
            setup,
            outlets,
            roster: Mutex::new(Roster {
                slots: Vec::new(),
                selected: None,
                screen,
                qr_waiter: None,
                ask: None,
                notices: Notices::default(),
            }),
            flow: tokio::sync::Mutex::new(None),
            revision: std::sync::atomic::AtomicU64::new(0),
        })
    }

    pub(crate) fn add_notice(&self, text: String, topic: Topic) {
        self.roster().notices.add(text, topic);
        self.publish();
    }

    pub(crate) fn resolve_notice(&self, topic: &Topic) {
        self.roster().notices.resolve(topic);
        self.publish();
    }

    pub(crate) fn dismiss_notice(&self, id: u32) {
        if self.roster().notices.dismiss(id) {
            self.publish();
        }
    }

    /// Whether a saved account waits for the keyring to open (for the tray).
    pub fn waiting_for_keyring(&self) -> bool {
        !self.roster().notices.waiting_entries().is_empty()
    }

    /// Asks the window to confirm `ask` (shown with its account): the tray's destructive
    /// actions are carried out only once the person confirms in the window.
    pub fn ask_window(&self, ask: WindowAsk) {
        {
            let mut roster = self.roster();
            if roster.guard(ask.account()).is_none() {
                return;
            }
            roster.selected = Some(ask.account().to_owned());
            roster.ask = Some(ask);
        }
        self.publish();
    }

    /// The window answered what it was asked (or the person did it there anyway).
    pub(crate) fn answered_ask(&self) {
        if self.roster().ask.take().is_some() {
            self.publish();
        }
    }

    pub fn outlets(&self) -> &Outlets {
        &self.outlets
    }

    /// Picks the accounts: the demo when asked for; every Telegram account saved in the
    /// keyring; with none, the sign-in screen (or the demo, with `demo_when_signed_out`,
    /// unless an account may be saved in a keyring that would not open). `notice` is news
    /// for the person (a damaged file), shown whichever account is.
    pub async fn start(&self, demo: bool, demo_when_signed_out: bool, notice: Option<String>) {
        if let Some(notice) = notice {
            self.add_notice(notice, Topic::News);
        }
        if demo {
            self.use_demo();
            return;
        }
        let store = match &self.setup.keyring {
            Ok(store) => store.clone(),
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
        let restored = self.restore_saved(&store).await;
        if !self.roster().slots.is_empty() {
            for problem in restored.problems {
                self.add_notice(problem, Topic::News);
            }
            return;
        }
        if demo_when_signed_out && restored.problems.is_empty() && !restored.waiting {
            self.use_demo();
        } else {
            let notice = (!restored.problems.is_empty()).then(|| restored.problems.join(" "));
            self.show_sign_in(notice);
        }
    }

    /// The guard of an account by id.
    pub fn guard(&self, id: &str) -> Option<Arc<Guard>> {
        self.roster().guard(id)
    }

    /// The machine woke or the network came back: every account reads what it missed and
    /// its list now, side by side.
    pub async fn woke(&self, wake: crate::desktop::Wake) {
        tracing::info!(?wake, "looking at every account again");
        futures::future::join_all(self.guards().iter().map(|guard| guard.woke())).await;
    }

    /// Every guard, in the order they were added.
    pub fn guards(&self) -> Vec<Arc<Guard>> {
        self.roster().slots.iter().map(|s| s.guard.clone()).collect()
    }

    /// The guard the window shows, if one is.
    pub fn selected_guard(&self) -> Option<Arc<Guard>> {
        let roster = self.roster();
        roster.guard(roster.selected.as_deref()?)
    }

    pub fn state(&self) -> AgentState {
        self.state_showing(self.selected_guard())
    }

    /// The state with `shown`'s account filled in (the sign-in screen for `None`).
    pub(crate) fn state_showing(&self, shown: Option<Arc<Guard>>) -> AgentState {
        // Numbered before anything is read: a state that read later counts higher.
        let revision = self.revision.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        let settings = self.setup.settings.settings();
        let forwarding = self.setup.forwarding.view();
        let (guards, screen, notices, ask) = {
            let roster = self.roster();
            let guards: Vec<_> = roster.slots.iter().map(|s| s.guard.clone()).collect();
            (guards, roster.screen.view(), roster.notices.views(), roster.ask.clone())
        };
        let accounts = guards.iter().map(|g| g.tab()).collect();
        let language = crate::words::language::resolve(settings.language.as_deref());
        let mut state = empty_state(accounts, settings, forwarding);
        state.revision = revision;
        state.language = language.to_owned();
        state.languages = crate::words::language::choices();
        match shown {
            Some(guard) => guard.fill(&mut state),
            None => {
                state.sign_in =
                    Some(SignInView { built_in_credentials: self.setup.app_credentials.is_some(), ..screen });
            }
        }
        let words = sessionguard_i18n::words(language);
        state.alerts.iter_mut().for_each(|alert| crate::alerts::banner_text::reworded(alert, &words));
        state.error = state.error.map(|error| localized(error, &words));
        if let Some(sign_in) = &mut state.sign_in {
            sign_in.error = sign_in.error.take().map(|error| localized(error, &words));
        }
        state.notices = notices;
        // Asked only about the account shown.
        state.ask = ask.filter(|ask| state.account.as_ref().is_some_and(|shown| shown.id == ask.account()));
        state
    }

    /// The language of every word the agent says (see `language::resolve`).
    pub fn language(&self) -> &'static str {
        self.setup.settings.language()
    }

    pub(crate) fn publish(&self) {
        self.outlets.changed();
    }

    pub(crate) fn use_demo(&self) {
        if self.guard(DEMO_ID).is_none() {
            let account = Arc::new(DemoAccount::new(self.setup.clock.clone(), self.setup.demo));
            let guard = Guard::new(DEMO_ID, "Demo account", account, true, self.guard_context());
            self.install(guard, None);
            tracing::info!("guarding the demo account");
        }
        self.select(Some(DEMO_ID.to_owned()));
    }

    fn guard_context(&self) -> GuardContext {
        GuardContext {
            clock: self.setup.clock.clone(),
            outlets: self.outlets.clone(),
            journal: self.setup.journal.clone(),
            settings: self.setup.settings.clone(),
            waiting_rules: self.setup.waiting_rules.clone(),
        }
    }

    /// Connects a saved (or just signed-in) Telegram account and guards it.
    pub(crate) async fn guard_telegram(
        &self,
        vault: Vault,
        secrets: AccountSecrets,
        name: Option<String>,
    ) -> Result<(), String> {
        let id = format!("telegram-{}", secrets.user_id);
        let label = name
            .or_else(|| self.setup.settings.telegram_accounts().into_iter().find(|a| a.id == id).map(|a| a.label))
            .unwrap_or_else(|| TELEGRAM_LABEL.to_owned());
        let api_id = secrets.api_id;
        let session = Arc::new(KeyringSession::restore(vault.clone(), secrets, &self.setup.server));
        match TelegramAccount::connect(session, api_id, label.clone(), self.setup.clock.clone()).await {
            Ok(account) => {
                let account = Arc::new(account);
                let guard = Guard::new(id.clone(), label, account.clone(), false, self.guard_context());
                self.install(guard, Some((account, vault)));
                self.select(Some(id));
                tracing::info!("guarding a Telegram account");
                Ok(())
            }
            Err(error) => Err(format!("Could not start the saved Telegram account “{label}”: {error}.")),
        }
    }

    fn install(&self, guard: Arc<Guard>, telegram: Option<(Arc<TelegramAccount>, Vault)>) {
        let runner = tokio::spawn(guard.clone().run(self.setup.polls));
        let me = self.me.clone();
        let watched = guard.clone();
        let ended = tokio::spawn(async move {
            watched.signed_out().await;
            if let Some(me) = me.upgrade() {
                me.ended_elsewhere(watched.id()).await;
            }
        });
        self.roster().slots.push(Slot { guard, telegram, tasks: vec![runner, ended] });
        self.publish();
    }

    /// Shows an account in the window (`None`: the sign-in screen).
    pub(crate) fn select(&self, id: Option<String>) {
        self.roster().selected = id;
        self.publish();
    }

    pub(crate) fn show_sign_in(&self, notice: Option<String>) {
        let screen = SignInScreen::new(self.setup.server.describe(), notice);
        let waiter = {
            let mut roster = self.roster();
            roster.screen = screen;
            roster.selected = None;
            roster.qr_waiter.take()
        };
        if let Some(waiter) = waiter {
            waiter.abort();
        }
        self.publish();
    }

    /// Removes an account from the guarded ones and shows another (or the sign-in screen).
    fn remove(&self, id: &str) -> Option<Slot> {
        let (slot, none_left_to_show) = {
            let mut roster = self.roster();
            let index = roster.slots.iter().position(|s| s.guard.id() == id)?;
            let slot = roster.slots.remove(index);
            let was_shown = roster.selected.as_deref() == Some(id);
            if was_shown {
                roster.selected = roster.slots.first().map(|s| s.guard.id().to_owned());
            }
            (slot, was_shown && roster.selected.is_none())
        };
        if none_left_to_show {
            self.show_sign_in(None);
        }
        self.publish();
        Some(slot)
    }

    /// Telegram says an account's key is no longer signed in: someone ended SessionGuard's
    /// session. The key is useless now; delete it, say so, and offer sign-in again.
    async fn ended_elsewhere(&self, id: &str) {
        let Some(slot) = self.remove(id) else { return };
        let label = slot.guard.label().to_owned();
        if let Some((_, vault)) = &slot.telegram {
            tracing::warn!("our own Telegram session was ended elsewhere; deleting its key");
            self.forget(vault.clone(), id).await;
        }
        let event = SecurityEvent { kind: SecurityEventKind::OurSessionEnded, login: None, at: self.setup.clock.now() };
        let (account, recorded) = (id.to_owned(), event.clone());
        self.setup.journal.write(move |journal| journal.record_event(&account, &recorded)).await;
        if self.setup.settings.settings().alerts.our_session_ended {
            self.outlets.alarm(Alarm {
                account: id.to_owned(),
                label: label.clone(),
                alert_id: 0,
                event,
                rule: None,
                while_away: false,
            });
        }
        drop(slot);
        let notice = format!(
            "SessionGuard's own session in “{label}” was ended from another device, so it was signed out and its key \
             deleted. Sign in again to keep guarding it."
        );
        let mut roster = self.roster();
        if roster.selected.is_none() {
            drop(roster);
            self.show_sign_in(Some(notice));
        } else {
            roster.screen.set_notice(Some(notice));
        }
    }

    /// Stops guarding an account: a Telegram account ends our session with Telegram and
    /// deletes the key; the demo is simply closed.
    async fn sign_out(&self, id: &str) -> Result<(), ErrorBody> {
        let telegram = self.roster().slots.iter().find(|s| s.guard.id() == id).map(|s| s.telegram.clone());
        let Some(telegram) = telegram else {
            return Err(ErrorBody::new(ErrorCode::BadRequest, "that account is not guarded"));
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
            self.forget(vault, id).await;
            tracing::info!("signed out of Telegram; the key is deleted");
        }
        drop(self.remove(id));
        if notice.is_some() {
            self.roster().screen.set_notice(notice);
        }
        Ok(())
    }

    /// Deletes an account's key and its place in the settings.
    async fn forget(&self, vault: Vault, id: &str) {
        if let Err(error) = keyring_call(self.setup.keyring_wait, move || vault.delete()).await {
            tracing::warn!(%error, "could not delete the key from the keyring");
        }
        self.setup.waiting_rules.replace(id, &[]).await;
        if let Err(error) = self.setup.settings.remove_telegram_account(id).await {
            tracing::warn!(%error, "could not update the list of accounts");
        }
    }

    /// A request about one account.
    pub(crate) async fn account_request(&self, id: &str, request: AccountRequest) -> Result<(), ErrorBody> {
        if request == AccountRequest::SignOut {
            return self.sign_out(id).await;
        }
        let guard = self
            .guard(id)
            .ok_or_else(|| ErrorBody::new(ErrorCode::SignedOut, "that account is not guarded any more"))?;
        guard.handle(request).await
    }

    /// Applies new settings from the Settings page.
    pub(crate) async fn update_settings(&self, settings: Settings) -> Result<(), ErrorBody> {
        let autostart_changed = self.setup.settings.settings().autostart != settings.autostart;
        if autostart_changed {
            crate::autostart::set(settings.autostart).map_err(|e| ErrorBody::new(ErrorCode::Storage, e))?;
        }
        self.setup
            .settings
            .update(|current| *current = settings)
            .await
            .map_err(|e| ErrorBody::new(ErrorCode::Storage, e.to_string()))?;
        self.publish();
        Ok(())
    }

    pub(crate) fn roster(&self) -> MutexGuard<'_, Roster> {
        lock(&self.roster)
    }
}

pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

fn empty_state(
    accounts: Vec<sessionguard_protocol::AccountTab>,
    settings: Settings,
    forwarding: ForwardingView,
) -> AgentState {
    AgentState {
        accounts,
        account: None,
        sign_in: None,
        loaded: false,
        error: None,
        sessions: Vec::new(),
        websites: Vec::new(),
        secure_report: None,
        email_code_length: None,
        inactive_ttl_days: 0,
        may_reset_others_from: None,
        alerts: Vec::new(),
        refreshed_at: None,
        checkup: None,
        settings,
        language: sessionguard_i18n::ENGLISH.to_owned(),
        languages: Vec::new(),
        forwarding,
        ask: None,
        notices: Vec::new(),
        revision: 0,
    }
}
