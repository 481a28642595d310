//! The one account the server serves: its sessions and the auth keys they belong to, its
//! 2-step password, the inactive-session TTL, login codes and QR tokens, and the update
//! log (pts) that `getDifference` replays. Pure state: no I/O, no clock of its own.

use std::collections::{HashMap, VecDeque};

use grammers_tl_types as tl;

use crate::crypto::ServerKey;
use crate::srp::{Challenge, PasswordRecord};
use crate::tl_objects;
use crate::web_logins::WebLogins;

mod two_step;

/// A session younger than this cannot end others or change the TTL (Telegram's rule).
pub const FRESH_SESSION_SECS: i32 = 24 * 60 * 60;
/// A login code is good for this long.
pub const CODE_LIFETIME_SECS: i32 = 5 * 60;
/// A QR login token is shown for this long before the app asks for a new one.
pub const TOKEN_LIFETIME_SECS: i32 = 30;

pub type KeyId = [u8; 8];

/// An RPC error as the server answers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RpcFail {
    pub code: i32,
    pub message: String,
}

impl RpcFail {
    pub fn new(code: i32, message: impl Into<String>) -> Self {
        Self { code, message: message.into() }
    }

    /// What a key that is not (or no longer) signed in gets.
    pub fn unregistered() -> Self {
        Self::new(401, "AUTH_KEY_UNREGISTERED")
    }
}

/// What a device says about itself, as a session shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub device_model: String,
    pub platform: String,
    pub system_version: String,
    pub app_name: String,
    pub app_version: String,
    pub api_id: i32,
    pub official_app: bool,
    pub ip: String,
    pub country: String,
    pub region: String,
}

/// One logged-in device: an `authorization`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub hash: i64,
    pub device: Device,
    pub date_created: i32,
    pub date_active: i32,
    pub password_pending: bool,
    pub unconfirmed: bool,
    pub encrypted_requests_disabled: bool,
    pub call_requests_disabled: bool,
    /// The auth key this session signs in with, when a client of this server holds it.
    pub key_id: Option<KeyId>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserInfo {
    pub id: i64,
    pub first_name: String,
    pub phone: String,
}

/// What a client said about itself in `initConnection`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientInfo {
    pub api_id: i32,
    pub device_model: String,
    pub system_version: String,
    pub app_version: String,
}

/// Where an auth key stands with the account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyStatus {
    Unknown,
    /// Known, but not signed in (a fresh test key, or one that was logged out or ended).
    SignedOut,
    /// The code was right; the 2-step password is still missing.
    PasswordPending,
    SignedIn,
}

/// An update for some keys' connections. A key with no live connection keeps `backlog`
/// for its next `getDifference`, so an update without a pts is not lost either.
#[derive(Debug, Clone)]
pub struct Push {
    pub to: Vec<KeyId>,
    pub updates: tl::enums::Updates,
    pub backlog: Option<tl::enums::Update>,
}

#[derive(Debug)]
struct KeyRecord {
    key: ServerKey,
    session: Option<i64>,
    client: Option<ClientInfo>,
}

#[derive(Debug)]
struct LoginCode {
    phone_code_hash: String,
    code: String,
    expires_at: i32,
}

#[derive(Debug)]
struct LoginToken {
    token: Vec<u8>,
    key_id: KeyId,
    expires: i32,
    scanned: bool,
}

#[derive(Debug)]
pub struct Account {
    pub user: UserInfo,
    sessions: Vec<Session>,
    keys: HashMap<KeyId, KeyRecord>,
    ttl_days: i32,
    password: Option<PasswordRecord>,
    challenges: VecDeque<(i64, Challenge)>,
    code: Option<LoginCode>,
    last_code: Option<String>,
    pts: i32,
    next_message_id: i32,
    messages: Vec<(i32, tl::enums::Message)>,
    backlog: HashMap<KeyId, Vec<tl::enums::Update>>,
    tokens: Vec<LoginToken>,
    /// Whether young sessions are held back from ending others (on, as on Telegram).
    pub fresh_rule: bool,
    /// Websites logged in with the account.
    pub websites: WebLogins,
    /// The data centre the account lives on, when the server plays several (redirects).
    pub home_dc: Option<i32>,
    /// The salts every new password's algorithm starts from (the client adds to salt1).
    new_salt1: Vec<u8>,
    new_salt2: Vec<u8>,
    recovery_email: Option<String>,
    /// A recovery email given with a new password, and the code emailed to it.
    pending_email: Option<(String, String)>,
}

impl Account {
    pub fn new(user: UserInfo) -> Self {
        Self {
            user,
            sessions: Vec::new(),
            keys: HashMap::new(),
            ttl_days: 180,
            password: None,
            challenges: VecDeque::new(),
            code: None,
            last_code: None,
            pts: 100,
            next_message_id: 1,
            messages: Vec::new(),
            backlog: HashMap::new(),
            tokens: Vec::new(),
            fresh_rule: true,
            websites: WebLogins::default(),
            home_dc: None,
            new_salt1: crate::random::bytes(8),
            new_salt2: crate::random::bytes(16),
            recovery_email: None,
            pending_email: None,
        }
    }

    // --- keys and who is signed in -------------------------------------------------

    /// Makes `key` known to the server; with `session`, signed in as that session.
    pub fn add_key(&mut self, key: ServerKey, session: Option<Session>) {
        let id = key.id();
        let hash = session.map(|mut s| {
            s.key_id = Some(id);
            let hash = s.hash;
            self.sessions.push(s);
            hash
        });
        self.keys.insert(id, KeyRecord { key, session: hash, client: None });
    }

    pub fn key(&self, id: &KeyId) -> Option<&ServerKey> {
        self.keys.get(id).map(|r| &r.key)
    }

    pub fn key_status(&self, id: &KeyId) -> KeyStatus {
        let Some(record) = self.keys.get(id) else {
            return KeyStatus::Unknown;
        };
        match record.session.and_then(|hash| self.sessions.iter().find(|s| s.hash == hash)) {
            None => KeyStatus::SignedOut,
            Some(s) if s.password_pending => KeyStatus::PasswordPending,
            Some(_) => KeyStatus::SignedIn,
        }
    }

    /// The hash of the signed-in session `key` belongs to, or the 401 Telegram answers.
    pub fn signed_in(&self, key: &KeyId) -> Result<i64, RpcFail> {
        match self.key_status(key) {
            KeyStatus::SignedIn => Ok(self.keys.get(key).and_then(|r| r.session).unwrap_or_default()),
            KeyStatus::PasswordPending => Err(RpcFail::new(401, "SESSION_PASSWORD_NEEDED")),
            KeyStatus::Unknown | KeyStatus::SignedOut => Err(RpcFail::unregistered()),
        }
    }

    pub fn signed_in_keys(&self, except: Option<&KeyId>) -> Vec<KeyId> {
        let mut keys: Vec<KeyId> = self
            .keys
            .keys()
            .filter(|k| Some(*k) != except && self.key_status(k) == KeyStatus::SignedIn)
            .copied()
            .collect();
        keys.sort_unstable();
        keys
    }

    /// A client said who it is: its session (if any) shows that device from now on.
    pub fn client_connected(&mut self, key: &KeyId, info: ClientInfo, now: i32) {
        let Some(record) = self.keys.get_mut(key) else {
            return;
        };
        record.client = Some(info.clone());
        let hash = record.session;
        if let Some(session) = self.sessions.iter_mut().find(|s| Some(s.hash) == hash) {
            session.device.device_model = info.device_model;
            session.device.system_version = info.system_version.clone();
            session.device.platform = platform_of(&info.system_version);
            session.device.app_version = info.app_version;
            session.device.api_id = info.api_id;
            session.date_active = now;
        }
    }

    /// Every call counts as activity for its session.
    pub fn touch(&mut self, key: &KeyId, now: i32) {
        let hash = self.keys.get(key).and_then(|r| r.session);
        if let Some(session) = self.sessions.iter_mut().find(|s| Some(s.hash) == hash) {
            session.date_active = now;
        }
    }

    // --- sessions ----------------------------------------------------------------------

    pub fn sessions(&self) -> &[Session] {
        &self.sessions
    }

    pub fn ttl_days(&self) -> i32 {
        self.ttl_days
    }

    pub fn authorizations(&self, key: &KeyId) -> Result<tl::enums::account::Authorizations, RpcFail> {
        let ours = self.signed_in(key)?;
        let mut list: Vec<tl::enums::Authorization> =
            self.sessions.iter().filter(|s| s.hash == ours).map(|s| tl_objects::authorization(s, true)).collect();
        list.extend(self.sessions.iter().filter(|s| s.hash != ours).map(|s| tl_objects::authorization(s, false)));
        Ok(tl::types::account::Authorizations { authorization_ttl_days: self.ttl_days, authorizations: list }.into())
    }

    /// Telegram's 24-hour rule: a young session may not end others.
    fn check_not_fresh(&self, ours: i64, now: i32) -> Result<(), RpcFail> {
        let created = self.sessions.iter().find(|s| s.hash == ours).map_or(0, |s| s.date_created);
        if self.fresh_rule && now - created < FRESH_SESSION_SECS {
            return Err(RpcFail::new(406, "FRESH_RESET_AUTHORISATION_FORBIDDEN"));
        }
        Ok(())
    }

    pub fn reset_authorization(&mut self, key: &KeyId, hash: i64, now: i32) -> Result<(), RpcFail> {
        let ours = self.signed_in(key)?;
        self.check_not_fresh(ours, now)?;
        if hash == 0 || hash == ours || !self.sessions.iter().any(|s| s.hash == hash) {
            return Err(RpcFail::new(400, "HASH_INVALID"));
        }
        self.end_session(hash);
        Ok(())
    }

    pub fn reset_authorizations(&mut self, key: &KeyId, now: i32) -> Result<(), RpcFail> {
        let ours = self.signed_in(key)?;
        self.check_not_fresh(ours, now)?;
        let others: Vec<i64> = self.sessions.iter().map(|s| s.hash).filter(|h| *h != ours).collect();
        for hash in others {
            self.end_session(hash);
        }
        Ok(())
    }

    /// Ends a session: its key, if a client holds it, gets AUTH_KEY_UNREGISTERED from now on.
    pub fn end_session(&mut self, hash: i64) -> bool {
        let before = self.sessions.len();
        self.sessions.retain(|s| s.hash != hash);
        for record in self.keys.values_mut() {
            if record.session == Some(hash) {
                record.session = None;
            }
        }
        self.sessions.len() != before
    }

    pub fn change_settings(
        &mut self,
        key: &KeyId,
        request: &tl::functions::account::ChangeAuthorizationSettings,
    ) -> Result<(), RpcFail> {
        let ours = self.signed_in(key)?;
        let target = if request.hash == 0 { ours } else { request.hash };
        let session =
            self.sessions.iter_mut().find(|s| s.hash == target).ok_or_else(|| RpcFail::new(400, "HASH_INVALID"))?;
        if request.confirmed {
            session.unconfirmed = false;
        }
        if let Some(disabled) = request.encrypted_requests_disabled {
            session.encrypted_requests_disabled = disabled;
        }
        if let Some(disabled) = request.call_requests_disabled {
            session.call_requests_disabled = disabled;
        }
        Ok(())
    }

    pub fn set_ttl(&mut self, key: &KeyId, days: i32, now: i32) -> Result<(), RpcFail> {
        let ours = self.signed_in(key)?;
        if !(1..=730).contains(&days) {
            return Err(RpcFail::new(400, "TTL_DAYS_INVALID"));
        }
        self.check_not_fresh(ours, now)?;
        self.ttl_days = days;
        Ok(())
    }

    pub fn log_out(&mut self, key: &KeyId) -> Result<(), RpcFail> {
        let ours = self.signed_in(key)?;
        self.end_session(ours);
        Ok(())
    }

    /// A login from another device (not one of this server's clients).
    pub fn add_login(&mut self, session: Session, now: i32) -> Push {
        let push = Push {
            to: self.signed_in_keys(None),
            updates: tl_objects::new_authorization_push(&session, now),
            backlog: Some(tl_objects::new_authorization_update(&session)),
        };
        self.sessions.push(session);
        push
    }

    /// Moves a session's creation `secs` earlier, as if it had signed in that long before.
    pub fn backdate_session(&mut self, hash: i64, secs: i32) -> bool {
        let session = self.sessions.iter_mut().find(|s| s.hash == hash);
        session.map(|s| s.date_created = s.date_created.saturating_sub(secs)).is_some()
    }

    pub fn set_password_pending(&mut self, hash: i64, pending: bool) -> bool {
        self.sessions.iter_mut().find(|s| s.hash == hash).map(|s| s.password_pending = pending).is_some()
    }

    // --- 2-step verification -----------------------------------------------------------

    pub fn set_password(&mut self, password: Option<PasswordRecord>) {
        self.password = password;
        self.challenges.clear();
    }

    pub fn has_password(&self) -> bool {
        self.password.is_some()
    }

    /// `account.password`, with a fresh SRP challenge when a password is set.
    pub fn password_state(&mut self) -> tl::enums::account::Password {
        let p = crate::srp::p_bytes();
        let algo = |salt1: Vec<u8>, salt2: Vec<u8>| {
            tl::enums::PasswordKdfAlgo::Sha256Sha256Pbkdf2Hmacsha512iter100000Sha256ModPow(
                tl::types::PasswordKdfAlgoSha256Sha256Pbkdf2Hmacsha512iter100000Sha256ModPow {
                    salt1,
                    salt2,
                    g: crate::srp::G,
                    p: p.clone(),
                },
            )
        };
        let current = self.password.as_ref().map(|record| {
            let srp_id = crate::random::nonzero_i64();
            let challenge = record.challenge();
            let g_b = challenge.g_b.to_vec();
            (algo(record.salt1.clone(), record.salt2.clone()), g_b, srp_id, record.hint.clone(), challenge)
        });
        let (current_algo, srp_b, srp_id, hint) = match current {
            Some((algo, g_b, srp_id, hint, challenge)) => {
                // A handful of recent challenges stay valid, as a client may ask twice.
                if self.challenges.len() >= 8 {
                    self.challenges.pop_front();
                }
                self.challenges.push_back((srp_id, challenge));
                (Some(algo), Some(g_b), Some(srp_id), hint)
            }
            None => (None, None, None, None),
        };
        tl::types::account::Password {
            has_recovery: self.recovery_email.is_some() && current_algo.is_some(),
            has_secure_values: false,
            has_password: current_algo.is_some(),
            current_algo,
            srp_b,
            srp_id,
            hint,
            email_unconfirmed_pattern: self.pending_email.as_ref().map(|(email, _)| mask_email(email)),
            new_algo: algo(self.new_salt1.clone(), self.new_salt2.clone()),
            new_secure_algo: tl::types::SecurePasswordKdfAlgoPbkdf2Hmacsha512iter100000 {
                salt: crate::random::bytes(8),
            }
            .into(),
            secure_random: crate::random::bytes(256),
            pending_reset_date: None,
            login_email_pattern: None,
        }
        .into()
    }

    /// `auth.checkPassword`: the key must have passed the code; the proof must hold.
    pub fn check_password(
        &mut self,
        key: &KeyId,
        check: &tl::enums::InputCheckPasswordSrp,
        now: i32,
    ) -> Result<(tl::enums::auth::Authorization, Vec<Push>), RpcFail> {
        if self.key_status(key) != KeyStatus::PasswordPending {
            return Err(RpcFail::unregistered());
        }
        let tl::enums::InputCheckPasswordSrp::Srp(srp) = check else {
            return Err(RpcFail::new(400, "PASSWORD_HASH_INVALID"));
        };
        let (Some(record), Some((_, challenge))) =
            (&self.password, self.challenges.iter().find(|(id, _)| *id == srp.srp_id))
        else {
            return Err(RpcFail::new(400, "SRP_ID_INVALID"));
        };
        if !record.check(challenge, &srp.a, &srp.m1) {
            return Err(RpcFail::new(400, "PASSWORD_HASH_INVALID"));
        }
        self.challenges.retain(|(id, _)| *id != srp.srp_id);
        let hash = self.keys.get(key).and_then(|r| r.session).unwrap_or_default();
        self.set_password_pending(hash, false);
        let pushes = self.announce(hash, now).into_iter().collect();
        Ok((self.authorization_answer(), pushes))
    }

    // --- sign-in by code -----------------------------------------------------------------

    /// `auth.sendCode`: a new code, sent (as Telegram does) as a message from 777000 to
    /// the account's signed-in devices.
    pub fn send_code(&mut self, phone: &str, now: i32) -> Result<(tl::enums::auth::SentCode, Push), RpcFail> {
        if phone.chars().filter(char::is_ascii_digit).count() < 5 {
            return Err(RpcFail::new(400, "PHONE_NUMBER_INVALID"));
        }
        let phone_code_hash = crate::crypto::to_hex(&crate::random::bytes(9));
        let push = self.new_code(phone_code_hash.clone(), now);
        Ok((sent_code(phone_code_hash), push))
    }

    pub fn resend_code(
        &mut self,
        phone_code_hash: &str,
        now: i32,
    ) -> Result<(tl::enums::auth::SentCode, Push), RpcFail> {
        if self.code.as_ref().is_none_or(|c| c.phone_code_hash != phone_code_hash) {
            return Err(RpcFail::new(400, "PHONE_CODE_EXPIRED"));
        }
        let push = self.new_code(phone_code_hash.to_string(), now);
        Ok((sent_code(phone_code_hash.to_string()), push))
    }

    fn new_code(&mut self, phone_code_hash: String, now: i32) -> Push {
        let code = crate::random::login_code();
        self.last_code = Some(code.clone());
        let push = self.service_message(&tl_objects::login_code_text(&code), now);
        self.code = Some(LoginCode { phone_code_hash, code, expires_at: now + CODE_LIFETIME_SECS });
        push
    }

    /// The code most recently sent, for the person (or test) playing the phone.
    pub fn last_code(&self) -> Option<String> {
        self.last_code.clone()
    }

    /// Makes the pending code expire now.
    pub fn expire_code(&mut self, now: i32) {
        if let Some(code) = &mut self.code {
            code.expires_at = now - 1;
        }
    }

    pub fn sign_in(
        &mut self,
        key: &KeyId,
        request: &tl::functions::auth::SignIn,
        now: i32,
    ) -> Result<(tl::enums::auth::Authorization, Vec<Push>), RpcFail> {
        let Some(entered) = request.phone_code.as_deref().filter(|c| !c.is_empty()) else {
            return Err(RpcFail::new(400, "PHONE_CODE_EMPTY"));
        };
        let Some(code) = self.code.as_ref().filter(|c| c.phone_code_hash == request.phone_code_hash) else {
            return Err(RpcFail::new(400, "PHONE_CODE_EXPIRED"));
        };
        if code.expires_at < now {
            return Err(RpcFail::new(400, "PHONE_CODE_EXPIRED"));
        }
        if code.code != entered {
            return Err(RpcFail::new(400, "PHONE_CODE_INVALID"));
        }
        self.code = None;
        let pending = self.password.is_some();
        let hash = self.sign_in_key(key, pending, now);
        if pending {
            // The code was right: the session exists (password_pending) until the password.
            return Err(RpcFail::new(401, "SESSION_PASSWORD_NEEDED"));
        }
        let pushes = self.announce(hash, now).into_iter().collect();
        Ok((self.authorization_answer(), pushes))
    }

    /// Creates the session for `key` (replacing any it had), from what its client said.
    fn sign_in_key(&mut self, key: &KeyId, password_pending: bool, now: i32) -> i64 {
        let client = self.keys.get(key).and_then(|r| r.client.clone());
        if let Some(old) = self.keys.get(key).and_then(|r| r.session) {
            self.end_session(old);
        }
        let hash = crate::random::nonzero_i64();
        let device = client.map_or_else(unknown_device, |c| device_of(&c));
        self.sessions.push(Session {
            hash,
            device,
            date_created: now,
            date_active: now,
            password_pending,
            unconfirmed: false,
            encrypted_requests_disabled: false,
            call_requests_disabled: false,
            key_id: Some(*key),
        });
        if let Some(record) = self.keys.get_mut(key) {
            record.session = Some(hash);
        }
        hash
    }

    /// `updateNewAuthorization` for a session that just signed in here, to the others.
    fn announce(&self, hash: i64, now: i32) -> Option<Push> {
        let session = self.sessions.iter().find(|s| s.hash == hash)?;
        let key = session.key_id;
        Some(Push {
            to: self.signed_in_keys(key.as_ref()),
            updates: tl_objects::new_authorization_push(session, now),
            backlog: Some(tl_objects::new_authorization_update(session)),
        })
    }

    fn authorization_answer(&self) -> tl::enums::auth::Authorization {
        tl::types::auth::Authorization {
            setup_password_required: false,
            otherwise_relogin_days: None,
            tmp_sessions: None,
            future_auth_token: None,
            user: tl_objects::user(&self.user, true),
        }
        .into()
    }

    // --- sign-in by QR code ------------------------------------------------------------

    pub fn export_login_token(&mut self, key: &KeyId, now: i32) -> Result<tl::enums::auth::LoginToken, RpcFail> {
        match self.key_status(key) {
            KeyStatus::SignedIn => {
                return Ok(tl::types::auth::LoginTokenSuccess { authorization: self.authorization_answer() }.into());
            }
            KeyStatus::PasswordPending => return Err(RpcFail::new(401, "SESSION_PASSWORD_NEEDED")),
            KeyStatus::Unknown | KeyStatus::SignedOut => {}
        }
        self.tokens.retain(|t| t.expires > now && !t.scanned);
        if let Some(token) = self.tokens.iter().find(|t| t.key_id == *key) {
            return Ok(tl::types::auth::LoginToken { expires: token.expires, token: token.token.clone() }.into());
        }
        let token = LoginToken {
            token: crate::random::bytes(32),
            key_id: *key,
            expires: now + TOKEN_LIFETIME_SECS,
            scanned: false,
        };
        let answer = tl::types::auth::LoginToken { expires: token.expires, token: token.token.clone() }.into();
        self.tokens.push(token);
        Ok(answer)
    }

    pub fn import_login_token(
        &mut self,
        key: &KeyId,
        token: &[u8],
        now: i32,
    ) -> Result<tl::enums::auth::LoginToken, RpcFail> {
        if !self.tokens.iter().any(|t| t.token == token) && self.key_status(key) != KeyStatus::SignedIn {
            return Err(RpcFail::new(400, "AUTH_TOKEN_INVALID"));
        }
        self.export_login_token(key, now)
    }

    /// A signed-in phone scanned the newest QR code: its key signs in (or waits for the
    /// password), and its client is told with `updateLoginToken`.
    pub fn scan_qr(&mut self, now: i32) -> Option<Vec<Push>> {
        let token = self.tokens.iter_mut().rev().find(|t| t.expires > now && !t.scanned)?;
        token.scanned = true;
        let key = token.key_id;
        let pending = self.password.is_some();
        let hash = self.sign_in_key(&key, pending, now);
        let mut pushes = vec![Push { to: vec![key], updates: tl_objects::login_token_push(now), backlog: None }];
        if !pending {
            pushes.extend(self.announce(hash, now));
        }
        Some(pushes)
    }

    // --- updates -----------------------------------------------------------------------

    /// A message from the service account: it takes the next pts, so a client that missed
    /// it live gets it from `getDifference`.
    pub fn service_message(&mut self, text: &str, now: i32) -> Push {
        self.pts += 1;
        let id = self.next_message_id;
        self.next_message_id += 1;
        self.messages.push((self.pts, tl_objects::service_message(id, now, text)));
        Push {
            to: self.signed_in_keys(None),
            updates: tl_objects::service_message_push(id, now, text, self.pts),
            backlog: None,
        }
    }

    pub fn add_backlog(&mut self, key: KeyId, update: tl::enums::Update) {
        let backlog = self.backlog.entry(key).or_default();
        // Bounded: a key that never comes back must not grow the server without end.
        if backlog.len() < 256 {
            backlog.push(update);
        }
    }

    pub fn state(&self, now: i32) -> tl::enums::updates::State {
        tl::types::updates::State { pts: self.pts, qts: 0, date: now, seq: 0, unread_count: 0 }.into()
    }

    pub fn difference(&mut self, key: &KeyId, pts: i32, now: i32) -> tl::enums::updates::Difference {
        let backlog = self.backlog.remove(key).unwrap_or_default();
        let new_messages: Vec<tl::enums::Message> =
            self.messages.iter().filter(|(p, _)| *p > pts).map(|(_, m)| m.clone()).collect();
        if new_messages.is_empty() && backlog.is_empty() {
            return tl::types::updates::DifferenceEmpty { date: now, seq: 0 }.into();
        }
        tl::types::updates::Difference {
            new_messages,
            new_encrypted_messages: Vec::new(),
            other_updates: backlog,
            chats: Vec::new(),
            users: vec![tl_objects::service_user(), tl_objects::user(&self.user, true)],
            state: self.state(now),
        }
        .into()
    }
}

/// `ana@example.org` → `a***@example.org`, as Telegram shows an address.
fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((name, domain)) => format!("{}***@{domain}", name.chars().next().unwrap_or('*')),
        None => "***".into(),
    }
}

fn sent_code(phone_code_hash: String) -> tl::enums::auth::SentCode {
    tl::types::auth::SentCode {
        r#type: tl::types::auth::SentCodeTypeApp { length: 5 }.into(),
        phone_code_hash,
        next_type: Some(tl::enums::auth::CodeType::Sms),
        timeout: Some(60),
    }
    .into()
}

/// The platform Telegram would show for a client's system version.
fn platform_of(system_version: &str) -> String {
    let lower = system_version.to_ascii_lowercase();
    let platform = if lower.contains("linux") {
        "Linux"
    } else if lower.contains("windows") {
        "Windows"
    } else if lower.contains("macos") {
        "macOS"
    } else {
        "Desktop"
    };
    platform.into()
}

fn device_of(client: &ClientInfo) -> Device {
    Device {
        device_model: client.device_model.clone(),
        platform: platform_of(&client.system_version),
        system_version: client.system_version.clone(),
        app_name: format!("App {}", client.api_id),
        app_version: client.app_version.clone(),
        api_id: client.api_id,
        official_app: false,
        ip: "127.0.0.1".into(),
        country: "Loopback".into(),
        region: String::new(),
    }
}

fn unknown_device() -> Device {
    device_of(&ClientInfo {
        api_id: 0,
        device_model: "Unknown device".into(),
        system_version: String::new(),
        app_version: String::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i32 = 1_763_000_000;

    fn device(model: &str) -> Device {
        Device {
            device_model: model.into(),
            platform: "Android".into(),
            system_version: "14".into(),
            app_name: "Telegram Android".into(),
            app_version: "11.2".into(),
            api_id: 6,
            official_app: true,
            ip: "102.89.34.17".into(),
            country: "Nigeria".into(),
            region: "Lagos".into(),
        }
    }

    fn session(hash: i64, created: i32) -> Session {
        Session {
            hash,
            device: device("Redmi"),
            date_created: created,
            date_active: created,
            password_pending: false,
            unconfirmed: false,
            encrypted_requests_disabled: false,
            call_requests_disabled: false,
            key_id: None,
        }
    }

    fn account_with_key(created: i32) -> (Account, KeyId) {
        let mut account = Account::new(UserInfo { id: 7, first_name: "Ana".into(), phone: "+15550100".into() });
        let key = ServerKey::random();
        let id = key.id();
        account.add_key(key, Some(session(1, created)));
        account.add_login(session(2, NOW - 1000), NOW);
        (account, id)
    }

    #[test]
    fn ours_is_listed_first_as_current_with_hash_zero() {
        let (account, key) = account_with_key(NOW - 3 * FRESH_SESSION_SECS);
        let tl::enums::account::Authorizations::Authorizations(list) = account.authorizations(&key).expect("list");
        let hashes: Vec<(i64, bool)> = list
            .authorizations
            .iter()
            .map(|a| {
                let tl::enums::Authorization::Authorization(a) = a;
                (a.hash, a.current)
            })
            .collect();
        assert_eq!(hashes, vec![(0, true), (2, false)]);
    }

    #[test]
    fn a_young_session_cannot_end_others_and_an_old_one_can() {
        let (mut young, key) = account_with_key(NOW - 60);
        assert_eq!(young.reset_authorizations(&key, NOW).map_err(|e| e.code), Err(406));
        let (mut old, key) = account_with_key(NOW - FRESH_SESSION_SECS - 1);
        assert_eq!(old.reset_authorization(&key, 99, NOW).map_err(|e| e.message), Err("HASH_INVALID".into()));
        old.reset_authorizations(&key, NOW).expect("ends the others");
        assert_eq!(old.sessions().len(), 1);
    }

    #[test]
    fn a_backdated_session_passes_the_24_hour_rule() {
        let (mut account, key) = account_with_key(NOW - 60);
        assert_eq!(account.reset_authorization(&key, 2, NOW).map_err(|e| e.code), Err(406));
        assert!(account.backdate_session(1, FRESH_SESSION_SECS));
        account.reset_authorization(&key, 2, NOW).expect("old enough now");
        assert!(!account.backdate_session(99, 1), "no such session");
    }

    #[test]
    fn an_ended_session_s_key_is_unregistered() {
        let (mut account, key) = account_with_key(NOW - 2 * FRESH_SESSION_SECS);
        assert!(account.end_session(1));
        assert_eq!(account.key_status(&key), KeyStatus::SignedOut);
        assert_eq!(account.authorizations(&key).map_err(|e| e.code), Err(401));
    }

    #[test]
    fn the_ttl_is_checked() {
        let (mut account, key) = account_with_key(NOW - 2 * FRESH_SESSION_SECS);
        assert_eq!(account.set_ttl(&key, 0, NOW).map_err(|e| e.message), Err("TTL_DAYS_INVALID".into()));
        assert_eq!(account.set_ttl(&key, 731, NOW).map_err(|e| e.message), Err("TTL_DAYS_INVALID".into()));
        account.set_ttl(&key, 30, NOW).expect("30 days");
        assert_eq!(account.ttl_days(), 30);
    }

    #[test]
    fn a_missed_code_message_comes_back_in_the_difference() {
        let (mut account, key) = account_with_key(NOW - 2 * FRESH_SESSION_SECS);
        let tl::enums::updates::State::State(state) = account.state(NOW);
        let push = account.service_message("Login code: 12345", NOW);
        assert_eq!(push.to, vec![key]);
        match account.difference(&key, state.pts, NOW) {
            tl::enums::updates::Difference::Difference(d) => assert_eq!(d.new_messages.len(), 1),
            other => panic!("expected a difference, got {other:?}"),
        }
        assert!(matches!(account.difference(&key, state.pts + 1, NOW), tl::enums::updates::Difference::Empty(_)));
    }
}
