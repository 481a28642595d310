//! The handle a test (or the standalone binary) drives the server with: logins from
//! other devices, login codes, 2-step passwords, QR scans, and faults on the wire.

use std::sync::Arc;
use std::time::{Duration, Instant};

use grammers_tl_types::{self as tl, Identifiable};
use tokio::sync::broadcast;

use crate::account_model::{Device, Session};
use crate::crypto::{AUTH_KEY_BYTES, ServerKey};
use crate::faults::Fault;
use crate::handlers::THIS_DC;
use crate::srp::PasswordRecord;
use crate::state::{Command, Notice, Shared, lock, now};

/// How often the `wait_*` helpers look again.
const POLL: Duration = Duration::from_millis(5);

/// A key the server holds as a signed-in session of the account: what a client needs to
/// restore that session.
#[derive(Clone, PartialEq, Eq)]
pub struct SignedInKey {
    pub auth_key: [u8; AUTH_KEY_BYTES],
    pub user_id: i64,
    pub dc_id: i32,
    /// The session's hash as other sessions see it (its own list shows it as 0).
    pub hash: i64,
}

impl std::fmt::Debug for SignedInKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignedInKey")
            .field("auth_key", &"<redacted>")
            .field("user_id", &self.user_id)
            .field("dc_id", &self.dc_id)
            .field("hash", &self.hash)
            .finish()
    }
}

/// A login from another device.
#[derive(Debug, Clone)]
pub struct NewLogin {
    pub device: Device,
    /// Telegram asks the owner "Is this you?" for it.
    pub unconfirmed: bool,
    /// The code was right but not the 2-step password.
    pub password_pending: bool,
    /// Whether connected clients get `updateNewAuthorization` for it.
    pub push: bool,
}

impl NewLogin {
    /// A Redmi phone from Lagos, announced with a push.
    pub fn intruder() -> Self {
        Self { device: crate::demo::intruder_device(), unconfirmed: false, password_pending: false, push: true }
    }
}

#[derive(Debug, Clone)]
pub struct Control {
    shared: Arc<Shared>,
}

impl Control {
    pub(crate) fn new(shared: Arc<Shared>) -> Self {
        Self { shared }
    }

    /// The key a new sign-in starts from (`ServerChoice::test_auth_key`).
    pub fn test_key(&self) -> [u8; AUTH_KEY_BYTES] {
        *self.shared.test_key.bytes()
    }

    pub fn user_id(&self) -> i64 {
        lock(&self.shared.account).user.id
    }

    /// A new key, signed in as a session created `age` ago (Telegram holds sessions
    /// younger than 24 h back from ending others).
    pub fn new_signed_in_key(&self, age: Duration) -> SignedInKey {
        let key = ServerKey::random();
        let now = now();
        let created = now - i32::try_from(age.as_secs()).unwrap_or(i32::MAX).min(now);
        let hash = crate::random::nonzero_i64();
        let device =
            crate::demo::device("SessionGuard", "Desktop", "", "SessionGuard", "", ("127.0.0.1", "Loopback", ""));
        let mut account = lock(&self.shared.account);
        account.add_key(key.clone(), Some(crate::demo::session(hash, device, created, now)));
        SignedInKey { auth_key: *key.bytes(), user_id: account.user.id, dc_id: THIS_DC, hash }
    }

    /// Adds a login from another device; returns its hash.
    pub fn add_login(&self, login: NewLogin) -> i64 {
        let now = now();
        let hash = crate::random::nonzero_i64();
        let mut session = crate::demo::session(hash, login.device, now, now);
        session.unconfirmed = login.unconfirmed;
        session.password_pending = login.password_pending;
        let push = lock(&self.shared.account).add_login(session, now);
        if login.push {
            self.shared.deliver(vec![push]);
        }
        hash
    }

    /// Where the account lives when the server plays several data centres; `None`: it
    /// redirects nothing by itself (faults may still).
    pub fn set_home_dc(&self, home: Option<i32>) {
        lock(&self.shared.account).home_dc = home;
    }

    /// The code emailed to a recovery email that waits for it (printed like login codes).
    pub fn pending_email_code(&self) -> Option<String> {
        lock(&self.shared.account).pending_email_code()
    }

    /// The confirmed recovery email.
    pub fn recovery_email(&self) -> Option<String> {
        lock(&self.shared.account).recovery_email().map(str::to_owned)
    }

    /// Whether the account has a 2-step password.
    pub fn has_password(&self) -> bool {
        lock(&self.shared.account).has_password()
    }

    /// A website logs in with the account (nothing is pushed: Telegram pushes nothing
    /// either); returns its hash.
    pub fn add_website(&self, domain: &str) -> i64 {
        let now = now();
        let hash = crate::random::nonzero_i64();
        lock(&self.shared.account).websites.add(crate::demo::website(hash, domain, now));
        hash
    }

    /// The connected websites.
    pub fn websites(&self) -> Vec<crate::WebLogin> {
        lock(&self.shared.account).websites.all().to_vec()
    }

    /// Someone asked for a login code for the account's number: Telegram sends it as a
    /// message from 777000 to every signed-in device. Returns the code.
    pub fn request_login_code(&self) -> String {
        let now = now();
        let (push, code) = {
            let mut account = lock(&self.shared.account);
            let phone = account.user.phone.clone();
            let push = account.send_code(&phone, now).map(|(_, push)| push).ok();
            (push, account.last_code().unwrap_or_default())
        };
        self.shared.deliver(push.into_iter().collect());
        self.shared.notice(Notice::CodeSent(code.clone()));
        code
    }

    /// The code most recently sent, by a sign-in or by [`Self::request_login_code`].
    pub fn last_login_code(&self) -> Option<String> {
        lock(&self.shared.account).last_code()
    }

    /// The pending code stops working (`PHONE_CODE_EXPIRED`).
    pub fn expire_login_code(&self) {
        lock(&self.shared.account).expire_code(now());
    }

    /// Marks a session as having passed the code but not the password (or not any more).
    pub fn set_password_pending(&self, hash: i64, pending: bool) -> bool {
        lock(&self.shared.account).set_password_pending(hash, pending)
    }

    /// Sets (or with `None` removes) the 2-step password. Takes a moment: the verifier
    /// is derived with PBKDF2, as Telegram's apps do.
    pub fn set_password(&self, password: Option<&str>, hint: Option<&str>) {
        let record = password.map(|p| PasswordRecord::new(p, hint.map(str::to_owned)));
        lock(&self.shared.account).set_password(record);
    }

    /// Ends a session as if from another device; if a client holds its key, that client
    /// gets `AUTH_KEY_UNREGISTERED` on its next call.
    pub fn end_session(&self, hash: i64) -> bool {
        lock(&self.shared.account).end_session(hash)
    }

    /// Moves a session's creation back by `by`, as if it had signed in that much earlier:
    /// a client signed in during a test can then pass Telegram's 24-hour rule.
    pub fn backdate_session(&self, hash: i64, by: Duration) -> bool {
        let secs = i32::try_from(by.as_secs()).unwrap_or(i32::MAX);
        lock(&self.shared.account).backdate_session(hash, secs)
    }

    /// The session signed in with `auth_key` (a client's own), if that key is signed in.
    pub fn session_of_key(&self, auth_key: &[u8; AUTH_KEY_BYTES]) -> Option<Session> {
        let id = ServerKey::new(*auth_key).id();
        self.sessions().into_iter().find(|s| s.key_id == Some(id))
    }

    /// Whether young sessions are held back from ending others (on by default).
    pub fn set_fresh_session_rule(&self, on: bool) {
        lock(&self.shared.account).fresh_rule = on;
    }

    /// A phone scanned the newest QR code shown; false when none is shown.
    pub fn scan_qr(&self) -> bool {
        let pushes = lock(&self.shared.account).scan_qr(now());
        let scanned = pushes.is_some();
        self.shared.deliver(pushes.unwrap_or_default());
        scanned
    }

    pub fn sessions(&self) -> Vec<Session> {
        lock(&self.shared.account).sessions().to_vec()
    }

    pub fn session(&self, hash: i64) -> Option<Session> {
        self.sessions().into_iter().find(|s| s.hash == hash)
    }

    pub fn ttl_days(&self) -> i32 {
        lock(&self.shared.account).ttl_days()
    }

    // --- faults ------------------------------------------------------------------------

    /// The next call (not counting connection upkeep: config, update state) gets `fault`.
    pub fn fail_next(&self, fault: Fault) {
        lock(&self.shared.faults).push(None, fault);
    }

    /// The next call of method `F` gets `fault`.
    pub fn fail_next_call<F: Identifiable>(&self, fault: Fault) {
        lock(&self.shared.faults).push(Some(F::CONSTRUCTOR_ID), fault);
    }

    /// The next call of the method named as grammers names it (`account.resetAuthorization`).
    pub fn fail_next_named(&self, method: &str, fault: Fault) -> bool {
        let Some(id) = method_id(method) else {
            return false;
        };
        lock(&self.shared.faults).push(Some(id), fault);
        true
    }

    /// Closes every connection, as a network that went away.
    pub fn drop_connections(&self) {
        self.shared.tell_all(|| Command::Close);
    }

    /// No call is answered for `duration` (calls that arrive meanwhile are lost).
    pub fn stall_for(&self, duration: Duration) {
        lock(&self.shared.faults).stall_until(Instant::now() + duration);
    }

    /// Every connection gets a packet that cannot be decrypted.
    pub fn send_malformed(&self) {
        self.shared.tell_all(|| Command::Garbage);
    }

    /// Every connection gets a message from an MTProto session it never opened.
    pub fn send_foreign_session(&self) {
        self.shared.tell_all(|| Command::ForeignSession);
    }

    // --- what happened -----------------------------------------------------------------

    /// The calls received so far, by name (`account.getAuthorizations`), oldest first.
    pub fn calls(&self) -> Vec<&'static str> {
        lock(&self.shared.calls).iter().map(|(_, name)| *name).collect()
    }

    /// The calls that reached data centre `dc`, by name, oldest first.
    pub fn calls_on(&self, dc: i32) -> Vec<&'static str> {
        lock(&self.shared.calls).iter().filter(|(on, _)| *on == dc).map(|(_, name)| *name).collect()
    }

    pub fn call_count(&self, method: &str) -> usize {
        lock(&self.shared.calls).iter().filter(|(_, name)| *name == method).count()
    }

    /// How many connections are open now.
    pub fn connections(&self) -> usize {
        lock(&self.shared.connections).len()
    }

    /// How many open connections use the key `auth_key`.
    pub fn connections_of(&self, auth_key: &[u8; AUTH_KEY_BYTES]) -> usize {
        let id = ServerKey::new(*auth_key).id();
        lock(&self.shared.connections).values().filter(|c| c.key_id == Some(id)).count()
    }

    /// Codes sent from now on, for a person to read.
    pub fn notices(&self) -> broadcast::Receiver<Notice> {
        self.shared.notices.subscribe()
    }

    /// Waits until `condition` holds, for at most `timeout`; whether it came to hold.
    pub async fn wait_until(&self, timeout: Duration, mut condition: impl FnMut(&Self) -> bool) -> bool {
        let deadline = Instant::now() + timeout;
        loop {
            if condition(self) {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits until `method` has been called at least `times` times.
    pub async fn wait_for_calls(&self, method: &str, times: usize, timeout: Duration) -> bool {
        self.wait_until(timeout, |c| c.call_count(method) >= times).await
    }
}

/// The constructor id of the method grammers names `name`.
fn method_id(name: &str) -> Option<u32> {
    use tl::functions as f;
    [
        f::account::GetAuthorizations::CONSTRUCTOR_ID,
        f::account::ResetAuthorization::CONSTRUCTOR_ID,
        f::auth::ResetAuthorizations::CONSTRUCTOR_ID,
        f::account::ChangeAuthorizationSettings::CONSTRUCTOR_ID,
        f::account::SetAuthorizationTtl::CONSTRUCTOR_ID,
        f::account::GetPassword::CONSTRUCTOR_ID,
        f::auth::LogOut::CONSTRUCTOR_ID,
        f::auth::SendCode::CONSTRUCTOR_ID,
        f::auth::ResendCode::CONSTRUCTOR_ID,
        f::auth::SignIn::CONSTRUCTOR_ID,
        f::auth::CheckPassword::CONSTRUCTOR_ID,
        f::auth::ExportLoginToken::CONSTRUCTOR_ID,
        f::auth::ImportLoginToken::CONSTRUCTOR_ID,
        f::updates::GetState::CONSTRUCTOR_ID,
        f::updates::GetDifference::CONSTRUCTOR_ID,
        f::help::GetConfig::CONSTRUCTOR_ID,
    ]
    .into_iter()
    .find(|id| tl::name_for_id(*id) == name)
}
