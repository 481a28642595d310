//! `crates/telegram` on the wire: the real client (grammers, MTProto 2.0, full transport)
//! against `fake-telegram` on 127.0.0.1. Lists, terminations, toggles, TTL, 2-step status,
//! sign-in by code, password and QR, every error state, dropped connections, malformed
//! answers, stalls, and pushes reaching the update stream and the watcher.

use std::sync::Arc;
use std::time::Duration;

use fake_telegram::{Control, FakeTelegram, Fault, NewLogin, SignedInKey};
use futures::StreamExt;
use futures::stream::BoxStream;
use sessionguard_core::{AccountApi, AccountEvent, ApiError, SessionHash, SystemClock};
use sessionguard_telegram::account::TelegramAccount;
use sessionguard_telegram::secret::Sensitive;
use sessionguard_telegram::session_store::KeyringSession;
use sessionguard_telegram::vault::{AccountSecrets, Vault};

const API_ID: i32 = 2040;
const API_HASH: &str = "b18441a1ff607e10a989891a5462e627";
/// Long enough for anything on loopback; only reached when something is broken.
const WAIT: Duration = Duration::from_secs(10);
const DAY: Duration = Duration::from_secs(24 * 60 * 60);

/// A server, and our client signed in to it as a session created `age` ago.
struct Wire {
    server: FakeTelegram,
    control: Control,
    ours: SignedInKey,
    account: TelegramAccount,
    events: BoxStream<'static, AccountEvent>,
}

async fn signed_in(age: Duration) -> Wire {
    let server = FakeTelegram::start(0).await.expect("the server starts");
    let control = server.control();
    let ours = control.new_signed_in_key(age);
    let account = connect(&server, &ours).await;
    let events = account.events();
    // The update stream's first call fixes the update state (pts): pushes count from it.
    assert!(control.wait_for_calls("updates.getState", 1, WAIT).await, "the client asks for the update state");
    Wire { server, control, ours, account, events }
}

async fn connect(server: &FakeTelegram, key: &SignedInKey) -> TelegramAccount {
    let store = keyring_core::mock::Store::new().expect("mock keyring");
    let secrets = AccountSecrets {
        dc_id: key.dc_id,
        user_id: key.user_id,
        auth_key: Sensitive::new(key.auth_key),
        api_id: API_ID,
        api_hash: Sensitive::new(API_HASH.into()),
    };
    let session = KeyringSession::restore(Vault::new(store, "wire"), secrets, Some(server.address()));
    TelegramAccount::connect(Arc::new(session), API_ID, "wire".into(), Arc::new(SystemClock))
        .await
        .expect("the client starts")
}

async fn next_event(events: &mut BoxStream<'static, AccountEvent>) -> AccountEvent {
    tokio::time::timeout(WAIT, events.next()).await.expect("an event in time").expect("the stream goes on")
}

fn other_hashes(control: &Control, ours: &SignedInKey) -> Vec<i64> {
    control.sessions().iter().map(|s| s.hash).filter(|h| *h != ours.hash).collect()
}

#[tokio::test]
async fn the_list_is_the_servers_sessions_with_ours_first_as_sessionguard() {
    let wire = signed_in(3 * DAY).await;
    let list = wire.account.list_sessions().await.expect("list");
    assert_eq!(list.sessions.len(), 5);
    assert_eq!(list.inactive_ttl_days, 180);
    let ours = list.current().expect("our session is marked current");
    assert_eq!((ours.hash, ours.device_model.as_str()), (SessionHash::CURRENT, "SessionGuard"));
    assert_eq!(ours.api_id, API_ID);
    let mut listed: Vec<i64> = list.sessions.iter().filter(|s| !s.current).map(|s| s.hash.0).collect();
    let mut on_server = other_hashes(&wire.control, &wire.ours);
    listed.sort_unstable();
    on_server.sort_unstable();
    assert_eq!(listed, on_server);
    let iphone = list.sessions.iter().find(|s| s.device_model == "iPhone 15 Pro").expect("the iPhone");
    assert_eq!((iphone.country.as_str(), iphone.official_app), ("Germany", true));
}

#[tokio::test]
async fn terminating_one_session_ends_it_on_the_server() {
    let wire = signed_in(3 * DAY).await;
    let victim = other_hashes(&wire.control, &wire.ours)[0];
    wire.account.terminate(SessionHash(victim)).await.expect("terminate");
    assert!(wire.control.session(victim).is_none());
    let list = wire.account.list_sessions().await.expect("list");
    assert!(list.sessions.iter().all(|s| s.hash.0 != victim));
    assert_eq!(wire.account.terminate(SessionHash(victim)).await, Err(ApiError::SessionNotFound));
}

#[tokio::test]
async fn terminating_the_others_keeps_ours() {
    let wire = signed_in(3 * DAY).await;
    wire.account.terminate_others().await.expect("terminate others");
    let on_server = wire.control.sessions();
    assert_eq!(on_server.iter().map(|s| s.hash).collect::<Vec<_>>(), vec![wire.ours.hash]);
    let list = wire.account.list_sessions().await.expect("our session still works");
    assert_eq!(list.sessions.len(), 1);
    assert!(list.sessions[0].current);
}
