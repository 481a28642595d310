//! The watcher: turns session lists (polls) and pushes into security events, one event
//! per thing that happened whichever source saw it first.

use std::collections::HashMap;
use std::sync::Arc;

use crate::account::{AccountEvent, SessionList};
use crate::clock::Clock;
use crate::event::{LoginDetails, SecurityEvent, SecurityEventKind};
use crate::session::{Session, SessionHash};
use crate::website::Website;

/// Logins announced by a push but not yet seen in a list are kept at most this many.
const MAX_PUSHED_UNSEEN: usize = 1024;

#[derive(Debug)]
pub struct Watcher {
    clock: Arc<dyn Clock>,
    /// The other sessions (not ours) in the last list, by hash; `None` before the first list.
    known: Option<HashMap<SessionHash, Session>>,
    /// Logins a push told us about that no list has shown yet, with the kind raised.
    pushed_unseen: HashMap<SessionHash, SecurityEventKind>,
    /// The connected websites in the last list; `None` before the first.
    websites: Option<HashMap<SessionHash, Website>>,
}

impl Watcher {
    pub fn new(clock: Arc<dyn Clock>) -> Self {
        Self { clock, known: None, pushed_unseen: HashMap::new(), websites: None }
    }

    /// A watcher that picks up where an earlier run left off: `known` are the sessions
    /// alive when it last looked (from the history). The first list is then compared with
    /// them, so a login made while nothing watched is a new login, not the baseline.
    pub fn resuming(clock: Arc<dyn Clock>, known: &[Session]) -> Self {
        let known = known
            .iter()
            .filter(|s| !s.current && s.hash != SessionHash::CURRENT)
            .map(|s| (s.hash, s.clone()))
            .collect();
        Self { clock, known: Some(known), pushed_unseen: HashMap::new(), websites: None }
    }

    /// Compares a fresh list with the last one.
    ///
    /// The first list is the baseline: sessions already there are not new logins, but a
    /// password-pending or unconfirmed one is still raised, as it still needs the owner.
    pub fn observe_list(&mut self, list: &SessionList) -> Vec<SecurityEvent> {
        let now = self.clock.now();
        let others: HashMap<SessionHash, Session> = list
            .sessions
            .iter()
            .filter(|s| !s.current && s.hash != SessionHash::CURRENT)
            .map(|s| (s.hash, s.clone()))
            .collect();
        let mut events = Vec::new();

        match &self.known {
            None => {
                for session in sorted(others.values()) {
                    if let Some(kind) = flagged_kind(session) {
                        events.push(event(kind, session, now));
                    }
                }
            }
            Some(known) => {
                for session in sorted(others.values()) {
                    if known.contains_key(&session.hash) {
                        continue;
                    }
                    let kind = flagged_kind(session).unwrap_or(SecurityEventKind::NewLogin);
                    // A login a push announced is raised again only if the list shows it worse.
                    let announced = self.pushed_unseen.remove(&session.hash);
                    if announced.is_none_or(|pushed| loudness(kind) > loudness(pushed)) {
                        events.push(event(kind, session, now));
                    }
                }
                for session in sorted(known.values()) {
                    if !others.contains_key(&session.hash) {
                        events.push(event(SecurityEventKind::SessionEnded, session, now));
                    }
                }
            }
        }
        for hash in others.keys() {
            self.pushed_unseen.remove(hash);
        }
        self.known = Some(others);
        events
    }

    /// Compares a fresh list of connected websites with the last: Telegram pushes nothing
    /// when a website logs in, so this comparison is the only way to hear of one. The
    /// first list is the baseline.
    pub fn observe_websites(&mut self, sites: &[Website]) -> Vec<SecurityEvent> {
        let now = self.clock.now();
        let fresh: HashMap<SessionHash, Website> = sites.iter().map(|s| (s.hash, s.clone())).collect();
        let mut events = Vec::new();
        if let Some(known) = &self.websites {
            let mut added: Vec<&Website> = fresh.values().filter(|s| !known.contains_key(&s.hash)).collect();
            added.sort_by_key(|s| (s.date_created, s.hash));
            let mut gone: Vec<&Website> = known.values().filter(|s| !fresh.contains_key(&s.hash)).collect();
            gone.sort_by_key(|s| (s.date_created, s.hash));
            let told =
                |kind, site: &Website| SecurityEvent { kind, login: Some(LoginDetails::from_website(site)), at: now };
            events.extend(added.into_iter().map(|s| told(SecurityEventKind::NewWebsite, s)));
            events.extend(gone.into_iter().map(|s| told(SecurityEventKind::WebsiteEnded, s)));
        }
        self.websites = Some(fresh);
        events
    }

    /// Reads a push. A login already in the last list, or already pushed, is not new.
    pub fn observe_push(&mut self, push: &AccountEvent) -> Vec<SecurityEvent> {
        let now = self.clock.now();
        match push {
            // The guard's refresh, which every push starts with, tells the person.
            AccountEvent::SignedOut => Vec::new(),
            AccountEvent::LoginCodeRequested { date } => {
                vec![SecurityEvent { kind: SecurityEventKind::LoginCodeRequested, login: None, at: *date }]
            }
            AccountEvent::NewAuthorization { hash, unconfirmed, date, device, location } => {
                let already_known = self.known.as_ref().is_some_and(|k| k.contains_key(hash));
                if already_known || *hash == SessionHash::CURRENT || self.pushed_unseen.contains_key(hash) {
                    return Vec::new();
                }
                if self.pushed_unseen.len() >= MAX_PUSHED_UNSEEN {
                    self.pushed_unseen.clear();
                }
                let kind = if *unconfirmed { SecurityEventKind::UnconfirmedLogin } else { SecurityEventKind::NewLogin };
                self.pushed_unseen.insert(*hash, kind);
                let login = LoginDetails {
                    hash: *hash,
                    device: device.clone(),
                    platform: None,
                    app: None,
                    official_app: None,
                    ip: None,
                    location: location.clone(),
                    date: *date,
                };
                vec![SecurityEvent { kind, login: Some(login), at: now }]
            }
        }
    }
}

/// The louder kind a login deserves, if any.
fn flagged_kind(session: &Session) -> Option<SecurityEventKind> {
    if session.password_pending {
        Some(SecurityEventKind::PasswordPendingLogin)
    } else if session.unconfirmed {
        Some(SecurityEventKind::UnconfirmedLogin)
    } else {
        None
    }
}

/// How loud a login event is; a louder one supersedes a quieter one for the same login.
fn loudness(kind: SecurityEventKind) -> u8 {
    match kind {
        SecurityEventKind::PasswordPendingLogin => 3,
        SecurityEventKind::UnconfirmedLogin => 2,
        SecurityEventKind::NewLogin => 1,
        SecurityEventKind::LoginCodeRequested
        | SecurityEventKind::SessionEnded
        | SecurityEventKind::OurSessionEnded
        | SecurityEventKind::NewWebsite
        | SecurityEventKind::WebsiteEnded => 0,
    }
}

fn event(kind: SecurityEventKind, session: &Session, at: chrono::DateTime<chrono::Utc>) -> SecurityEvent {
    SecurityEvent { kind, login: Some(LoginDetails::from_session(session)), at }
}

/// Oldest first, so events come in the order the logins happened.
fn sorted<'a>(sessions: impl Iterator<Item = &'a Session>) -> Vec<&'a Session> {
    let mut sessions: Vec<&Session> = sessions.collect();
    sessions.sort_by_key(|s| (s.date_created, s.hash));
    sessions
}
