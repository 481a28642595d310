//! `crates/telegram` on the wire: the real client (grammers, MTProto 2.0, full transport)
//! against `fake-telegram` on 127.0.0.1. Lists, terminations, websites, toggles, TTL, 2-step status,
//! sign-in by code, password and QR, every error state, dropped connections, malformed
//! answers, stalls, and pushes reaching the update stream and the watcher.

// The helpers below fail the test that calls them, exactly as the tests' own `expect`s do.
#![allow(clippy::expect_used, clippy::panic)]

use std::sync::Arc;
use std::time::Duration;

use fake_telegram::{Control, FakeTelegram, Fault, NewLogin, SignedInKey};
use futures::StreamExt;
use futures::stream::BoxStream;
use grammers_tl_types as tl;
use sessionguard_core::{
    AccountApi, AccountEvent, ApiError, FRESH_SESSION_HOLD, PasswordChange, PasswordChanged, SecurityEventKind,
    SessionHash, SessionToggles, SystemClock, Watcher,
};
use sessionguard_telegram::account::TelegramAccount;
use sessionguard_telegram::rpc_error::SignInError;
use sessionguard_telegram::secret::Sensitive;
use sessionguard_telegram::server_choice::ServerChoice;
use sessionguard_telegram::session_store::KeyringSession;
use sessionguard_telegram::sign_in::{CodeDelivery, Progress, SignIn};
use sessionguard_telegram::vault::{AccountSecrets, Vault};

const API_ID: i32 = 2040;
const API_HASH: &str = "b18441a1ff607e10a989891a5462e627";
/// Long enough for anything on loopback; only reached when something is broken.
const WAIT: Duration = Duration::from_secs(10);
const DAY: Duration = Duration::from_secs(24 * 60 * 60);

/// A server, and our client signed in to it as a session created `age` ago.
struct Wire {
    /// Kept alive for the test's length: dropping it stops the server.
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
    let choice = ServerChoice { address: Some(server.address()), ..ServerChoice::default() };
    let session = KeyringSession::restore(Vault::new(store, "wire"), secrets, &choice);
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

fn intruder(unconfirmed: bool, push: bool) -> NewLogin {
    NewLogin { unconfirmed, push, ..NewLogin::intruder() }
}

fn sign_in(server: &FakeTelegram) -> SignIn {
    SignIn::new(API_ID, Sensitive::new(API_HASH.into()), &test_server(server))
}

/// The way to `server`: its first data centre for a new sign-in, and every one it plays.
fn test_server(server: &FakeTelegram) -> ServerChoice {
    ServerChoice {
        address: Some(server.address()),
        test_auth_key: Some(Sensitive::new(server.control().test_key())),
        data_centres: server.data_centres().to_vec(),
    }
}

fn phone() -> Sensitive<String> {
    Sensitive::new(fake_telegram::demo::DEMO_PHONE.into())
}

fn code(control: &Control) -> Sensitive<String> {
    Sensitive::new(control.last_login_code().expect("a code was sent"))
}

// --- unconfirmed logins, toggles, TTL, 2-step status ---------------------------------------

#[tokio::test]
async fn an_unconfirmed_login_can_be_confirmed_or_denied() {
    let wire = signed_in(3 * DAY).await;
    let mine = wire.control.add_login(intruder(true, false));
    let theirs = wire.control.add_login(intruder(true, false));
    let list = wire.account.list_sessions().await.expect("list");
    assert!(list.sessions.iter().filter(|s| s.hash.0 == mine || s.hash.0 == theirs).all(|s| s.unconfirmed));

    wire.account.confirm(SessionHash(mine)).await.expect("yes, it's me");
    assert_eq!(wire.control.session(mine).map(|s| s.unconfirmed), Some(false));
    wire.account.terminate(SessionHash(theirs)).await.expect("no, terminate it");
    assert!(wire.control.session(theirs).is_none());
    let list = wire.account.list_sessions().await.expect("list");
    assert!(list.sessions.iter().any(|s| s.hash.0 == mine && !s.unconfirmed));
}

#[tokio::test]
async fn toggles_ttl_and_password_status_reach_the_server() {
    let wire = signed_in(3 * DAY).await;
    let hash = other_hashes(&wire.control, &wire.ours)[0];
    let off = SessionToggles { secret_chats: Some(false), calls: Some(false) };
    wire.account.change_session_settings(SessionHash(hash), off).await.expect("toggles");
    let on_server = wire.control.session(hash).expect("still there");
    assert!(on_server.encrypted_requests_disabled && on_server.call_requests_disabled);
    let calls_back = SessionToggles { secret_chats: None, calls: Some(true) };
    wire.account.change_session_settings(SessionHash(hash), calls_back).await.expect("one toggle");
    let on_server = wire.control.session(hash).expect("still there");
    assert!(on_server.encrypted_requests_disabled && !on_server.call_requests_disabled);
    let listed = wire.account.list_sessions().await.expect("list");
    assert!(listed.sessions.iter().any(|s| s.hash.0 == hash && s.encrypted_requests_disabled));
    assert_eq!(
        wire.account.change_session_settings(SessionHash(42), off).await,
        Err(ApiError::SessionNotFound),
        "an unknown hash is HASH_INVALID on the wire"
    );

    wire.account.set_inactive_ttl(30).await.expect("ttl");
    assert_eq!(wire.control.ttl_days(), 30);
    assert_eq!(wire.account.list_sessions().await.expect("list").inactive_ttl_days, 30);
    assert_eq!(wire.account.set_inactive_ttl(731).await, Err(ApiError::InvalidTtl));
    assert_eq!(wire.control.ttl_days(), 30);

    let status = wire.account.password_status().await.expect("status");
    assert!(!status.has_password && status.hint.is_none());
    wire.control.set_password(Some("correct horse"), Some("stable"));
    let status = wire.account.password_status().await.expect("status");
    assert!(status.has_password);
    assert_eq!(status.hint.as_deref(), Some("stable"));
}

#[tokio::test]
async fn a_young_session_is_told_when_it_may_act() {
    // Telegram's 24-hour rule, enforced by the server itself (no injected error).
    let wire = signed_in(Duration::from_secs(60 * 60)).await;
    let list = wire.account.list_sessions().await.expect("list");
    let created = list.current().expect("ours").date_created;
    let expected = ApiError::FreshSession { allowed_at: created + FRESH_SESSION_HOLD };
    assert_eq!(wire.account.terminate_others().await, Err(expected.clone()));
    let other = other_hashes(&wire.control, &wire.ours)[0];
    assert_eq!(wire.account.terminate(SessionHash(other)).await, Err(expected.clone()));
    assert_eq!(wire.account.set_inactive_ttl(30).await, Err(expected));
    assert_eq!(wire.control.sessions().len(), 5, "nothing was ended");
}

// --- each injected error is its state -------------------------------------------------------

#[tokio::test]
async fn injected_errors_become_their_states() {
    let wire = signed_in(3 * DAY).await;
    let list = wire.account.list_sessions().await.expect("list");
    let created = list.current().expect("ours").date_created;
    let other = SessionHash(other_hashes(&wire.control, &wire.ours)[0]);

    wire.control.fail_next(Fault::flood_wait(3));
    let started = std::time::Instant::now();
    assert_eq!(wire.account.list_sessions().await, Err(ApiError::FloodWait { seconds: 3 }));
    assert!(started.elapsed() < Duration::from_secs(2), "a flood wait is reported, not slept through");

    wire.control.fail_next_call::<tl::functions::auth::ResetAuthorizations>(Fault::fresh_reset_forbidden());
    assert_eq!(
        wire.account.terminate_others().await,
        Err(ApiError::FreshSession { allowed_at: created + FRESH_SESSION_HOLD })
    );
    wire.control.fail_next_call::<tl::functions::account::ResetAuthorization>(Fault::hash_invalid());
    assert_eq!(wire.account.terminate(other).await, Err(ApiError::SessionNotFound));
    wire.control.fail_next(Fault::auth_key_unregistered());
    assert_eq!(wire.account.confirm(other).await, Err(ApiError::SignedOut));
    wire.control.fail_next(Fault::rpc(400, "SOMETHING_NEW"));
    assert_eq!(wire.account.list_sessions().await, Err(ApiError::Protocol("SOMETHING_NEW".into())));

    assert_eq!(wire.control.sessions().len(), 5, "no injected error changed the account");
    assert!(wire.account.list_sessions().await.is_ok(), "each fault hit one call only");
}

#[tokio::test]
async fn our_session_ended_elsewhere_is_signed_out() {
    let wire = signed_in(3 * DAY).await;
    assert!(wire.control.end_session(wire.ours.hash));
    assert_eq!(wire.account.list_sessions().await, Err(ApiError::SignedOut));
    assert_eq!(wire.account.terminate_others().await, Err(ApiError::SignedOut));
}

#[tokio::test]
async fn the_update_stream_says_at_once_that_our_session_ended() {
    let mut wire = signed_in(3 * DAY).await;
    assert!(wire.control.end_session(wire.ours.hash));
    // The stream reconnects and asks for what it missed: Telegram answers
    // AUTH_KEY_UNREGISTERED, which is certain — told now, not at the next poll.
    wire.control.drop_connections();
    assert_eq!(next_event(&mut wire.events).await, AccountEvent::SignedOut);
}

#[tokio::test]
async fn catching_up_asks_telegram_for_what_the_stream_missed() {
    let wire = signed_in(3 * DAY).await;
    let differences = wire.control.call_count("updates.getDifference");
    // As after a wake from sleep: grammers' own timers stood still, so we ask.
    wire.account.catch_up().await;
    assert!(wire.control.wait_for_calls("updates.getDifference", differences + 1, WAIT).await);
}

#[tokio::test]
async fn signing_out_ends_our_session_on_the_server() {
    let wire = signed_in(3 * DAY).await;
    wire.account.sign_out().await.expect("sign out");
    assert!(wire.control.session(wire.ours.hash).is_none());
    assert_eq!(wire.account.list_sessions().await, Err(ApiError::SignedOut));
}

// --- faults on the wire -----------------------------------------------------------------------

#[tokio::test]
async fn a_dropped_connection_reconnects_and_pushes_still_arrive() {
    let mut wire = signed_in(3 * DAY).await;
    let differences = wire.control.call_count("updates.getDifference");
    wire.control.drop_connections();
    // The update stream sees the connection close and catches up over a new one.
    assert!(wire.control.wait_for_calls("updates.getDifference", differences + 1, WAIT).await);
    assert!(wire.control.wait_until(WAIT, |c| c.connections_of(&wire.ours.auth_key) > 0).await);
    let hash = wire.control.add_login(intruder(true, true));
    assert!(matches!(
        next_event(&mut wire.events).await,
        AccountEvent::NewAuthorization { hash: h, unconfirmed: true, .. } if h == SessionHash(hash)
    ));
    assert_eq!(wire.account.list_sessions().await.expect("list after reconnecting").sessions.len(), 6);
}

#[tokio::test]
async fn pushes_made_while_the_connection_is_down_are_not_lost() {
    let mut wire = signed_in(3 * DAY).await;
    wire.control.drop_connections();
    // Sent whether or not the client is back yet: live, or from getDifference.
    let hash = wire.control.add_login(intruder(true, true));
    wire.control.request_login_code();
    let mut got = vec![next_event(&mut wire.events).await, next_event(&mut wire.events).await];
    got.sort_by_key(|e| matches!(e, AccountEvent::LoginCodeRequested { .. }));
    assert!(matches!(got[0], AccountEvent::NewAuthorization { hash: h, .. } if h == SessionHash(hash)), "{got:?}");
    assert!(matches!(got[1], AccountEvent::LoginCodeRequested { .. }), "{got:?}");
}

#[tokio::test]
async fn a_malformed_answer_is_an_error_not_a_panic() {
    let wire = signed_in(3 * DAY).await;
    wire.control.fail_next(Fault::Garbage);
    assert!(matches!(wire.account.list_sessions().await, Err(ApiError::Protocol(_))));
    assert!(wire.account.list_sessions().await.is_ok(), "the connection is still good");
}

#[tokio::test]
async fn an_undecryptable_packet_fails_the_call_and_the_client_recovers() {
    let wire = signed_in(3 * DAY).await;
    let account = Arc::new(wire.account);
    wire.control.fail_next(Fault::Silence);
    let lists = wire.control.call_count("account.getAuthorizations");
    let pending = tokio::spawn({
        let account = account.clone();
        async move { account.list_sessions().await }
    });
    assert!(wire.control.wait_for_calls("account.getAuthorizations", lists + 1, WAIT).await);
    wire.control.send_malformed();
    let failed = tokio::time::timeout(WAIT, pending).await.expect("no hang").expect("no panic");
    assert!(matches!(failed, Err(ApiError::Network(_) | ApiError::Protocol(_))), "{failed:?}");
    assert!(account.list_sessions().await.is_ok(), "a new connection serves the next call");
}

#[tokio::test]
async fn a_message_from_a_foreign_session_does_not_leave_the_account_dead() {
    let mut wire = signed_in(3 * DAY).await;
    assert!(wire.account.list_sessions().await.is_ok());
    // grammers gives up on its whole sender at this (a panic in its task, contained).
    wire.control.send_foreign_session();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut recovered = false;
    for _ in 0..3 {
        if wire.account.list_sessions().await.is_ok() {
            recovered = true;
            break;
        }
    }
    assert!(recovered, "the account connects again instead of failing every call from now on");
    // Pushes reach the guard again, too.
    let hash = wire.control.add_login(intruder(false, true));
    assert!(
        matches!(next_event(&mut wire.events).await, AccountEvent::NewAuthorization { hash: h, .. } if h == SessionHash(hash))
    );
}

#[tokio::test]
async fn a_stalled_server_is_a_network_error_in_the_call_limit() {
    let Wire { control, account, server, .. } = signed_in(3 * DAY).await;
    let account = account.with_call_timeout(Duration::from_millis(300));
    control.stall_for(Duration::from_millis(800));
    let started = std::time::Instant::now();
    assert!(matches!(account.list_sessions().await, Err(ApiError::Network(_))));
    assert!(started.elapsed() < Duration::from_secs(2));
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert!(account.list_sessions().await.is_ok(), "answers again after the stall");
    drop(server);
}

// --- pushes -------------------------------------------------------------------------------------

#[tokio::test]
async fn a_new_login_and_a_login_code_arrive_as_pushes() {
    let mut wire = signed_in(3 * DAY).await;
    let unconfirmed = wire.control.add_login(intruder(true, true));
    match next_event(&mut wire.events).await {
        AccountEvent::NewAuthorization { hash, unconfirmed: true, device, location, .. } => {
            assert_eq!(hash, SessionHash(unconfirmed));
            assert!(device.contains("Redmi Note 13 Pro"), "{device}");
            assert_eq!(location, "Lagos, Nigeria");
        }
        other => panic!("expected a new authorization, got {other:?}"),
    }
    // A confirmed login's push carries only its hash, as on Telegram.
    let confirmed = wire.control.add_login(intruder(false, true));
    assert!(matches!(
        next_event(&mut wire.events).await,
        AccountEvent::NewAuthorization { hash, unconfirmed: false, .. } if hash == SessionHash(confirmed)
    ));
    wire.control.request_login_code();
    assert!(matches!(next_event(&mut wire.events).await, AccountEvent::LoginCodeRequested { .. }));
}

#[tokio::test]
async fn the_push_of_a_new_login_reaches_the_watcher() {
    let mut wire = signed_in(3 * DAY).await;
    let mut watcher = Watcher::new(Arc::new(SystemClock));
    let baseline = watcher.observe_list(&wire.account.list_sessions().await.expect("list"));
    assert!(baseline.is_empty(), "{baseline:?}");

    let hash = wire.control.add_login(intruder(false, true));
    let events = watcher.observe_push(&next_event(&mut wire.events).await);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].kind, SecurityEventKind::NewLogin);
    assert_eq!(events[0].login.as_ref().map(|l| l.hash), Some(SessionHash(hash)));
    // The next poll shows the same login: no second event.
    let again = watcher.observe_list(&wire.account.list_sessions().await.expect("list"));
    assert!(again.is_empty(), "{again:?}");

    // Someone with the code but not the password: the list shows it, the watcher alarms.
    let pending = wire.control.add_login(NewLogin { password_pending: true, ..intruder(false, false) });
    let events = watcher.observe_list(&wire.account.list_sessions().await.expect("list"));
    assert_eq!(events.iter().map(|e| e.kind).collect::<Vec<_>>(), vec![SecurityEventKind::PasswordPendingLogin]);
    assert_eq!(events[0].login.as_ref().map(|l| l.hash), Some(SessionHash(pending)));
}

// --- sign-in -------------------------------------------------------------------------------------

#[tokio::test]
async fn signing_in_with_a_code_and_the_guard_sees_it_happen() {
    let mut guard = signed_in(3 * DAY).await;
    let server = &guard.server;
    let mut attempt = sign_in(server);
    let sent = attempt.send_code(phone()).await.expect("code sent");
    assert_eq!((sent.delivery, sent.length, sent.can_resend), (CodeDelivery::App, Some(5), true));
    // Our other session sees the code arrive from 777000.
    assert!(matches!(next_event(&mut guard.events).await, AccountEvent::LoginCodeRequested { .. }));

    assert_eq!(attempt.submit_code(Sensitive::new("00000".into())).await, Err(SignInError::WrongCode));
    let secrets = match attempt.submit_code(code(&guard.control)).await.expect("signed in") {
        Progress::SignedIn(secrets) => secrets,
        other => panic!("expected to be signed in, got {other:?}"),
    };
    assert_eq!(secrets.auth_key.expose(), &guard.control.test_key());
    assert_eq!((secrets.user_id, secrets.dc_id, secrets.api_id), (guard.control.user_id(), 2, API_ID));
    // And the new login as a push.
    assert!(matches!(next_event(&mut guard.events).await, AccountEvent::NewAuthorization { .. }));

    // The saved secrets work as an account; its session is young, so the 24 h rule holds.
    let key =
        SignedInKey { auth_key: *secrets.auth_key.expose(), user_id: secrets.user_id, dc_id: secrets.dc_id, hash: 0 };
    let fresh = connect(server, &key).await;
    let list = fresh.list_sessions().await.expect("the new session lists");
    assert_eq!(list.sessions.len(), 6);
    assert_eq!(list.current().map(|s| s.device_model.as_str()), Some("SessionGuard"));
    assert!(matches!(fresh.terminate_others().await, Err(ApiError::FreshSession { .. })));
}

#[tokio::test]
async fn an_expired_code_and_a_resent_one() {
    let server = FakeTelegram::start(0).await.expect("server");
    let control = server.control();
    let mut attempt = sign_in(&server);
    attempt.send_code(phone()).await.expect("code sent");
    let first = code(&control);
    control.expire_login_code();
    assert_eq!(attempt.submit_code(first).await, Err(SignInError::CodeExpired));
    attempt.resend_code().await.expect("sent again");
    assert!(matches!(attempt.submit_code(code(&control)).await, Ok(Progress::SignedIn(_))));
}

#[tokio::test]
async fn signing_in_with_a_two_step_password() {
    let server = FakeTelegram::start(0).await.expect("server");
    let control = server.control();
    control.set_password(Some("correct horse"), Some("stable"));
    let mut attempt = sign_in(&server);
    attempt.send_code(phone()).await.expect("code sent");
    let progress = attempt.submit_code(code(&control)).await.expect("code accepted");
    assert_eq!(progress, Progress::PasswordNeeded { hint: Some("stable".into()) });
    // Meanwhile the account lists a password-pending session: someone has the code.
    assert!(control.sessions().iter().any(|s| s.password_pending));

    assert_eq!(attempt.submit_password(Sensitive::new("battery staple".into())).await, Err(SignInError::WrongPassword));
    let progress = attempt.submit_password(Sensitive::new("correct horse".into())).await.expect("password");
    assert!(matches!(progress, Progress::SignedIn(_)), "{progress:?}");
    assert!(control.sessions().iter().all(|s| !s.password_pending));
}

#[tokio::test]
async fn signing_in_with_a_qr_code() {
    let server = FakeTelegram::start(0).await.expect("server");
    let control = server.control();
    let mut attempt = sign_in(&server);
    match attempt.export_qr().await.expect("a QR code") {
        Progress::ScanQr { link, .. } => assert!(link.expose().starts_with("tg://login?token=")),
        other => panic!("expected a QR code, got {other:?}"),
    }
    assert!(!attempt.wait_for_scan(Duration::from_millis(50)).await, "not scanned yet");
    assert!(control.scan_qr());
    assert!(attempt.wait_for_scan(WAIT).await, "updateLoginToken arrives");
    assert!(matches!(attempt.export_qr().await, Ok(Progress::SignedIn(_))));
}

#[tokio::test]
async fn sign_in_errors_from_the_server_are_their_states() {
    let server = FakeTelegram::start(0).await.expect("server");
    let control = server.control();
    let mut attempt = sign_in(&server);
    control.fail_next_call::<tl::functions::auth::SendCode>(Fault::flood_wait(3));
    assert_eq!(attempt.send_code(phone()).await, Err(SignInError::FloodWait { seconds: 3 }));
    control.fail_next_call::<tl::functions::auth::SendCode>(Fault::rpc(400, "PHONE_NUMBER_INVALID"));
    assert_eq!(attempt.send_code(phone()).await, Err(SignInError::InvalidPhone));
    assert!(attempt.send_code(phone()).await.is_ok());
}

// --- the server itself, under grammers with no SessionGuard code in between -------------------------

#[tokio::test]
async fn unknown_and_compressed_calls_get_rpc_errors_not_a_closed_connection() {
    use grammers_mtsender::{InvocationError, SenderPool};
    use grammers_session::storages::MemorySession;

    let server = FakeTelegram::start(0).await.expect("server");
    let control = server.control();
    let ours = control.new_signed_in_key(3 * DAY);
    let choice = ServerChoice { address: Some(server.address()), ..ServerChoice::default() };
    let session = Arc::new(MemorySession::from(choice.session_data(ours.dc_id, Some(ours.auth_key))));
    let pool = SenderPool::new(session, API_ID);
    let client = grammers_client::Client::new(pool.handle);
    let runner = tokio::spawn(pool.runner.run());

    let unknown = client.invoke(&tl::functions::help::GetNearestDc {}).await;
    assert!(
        matches!(&unknown, Err(InvocationError::Rpc(rpc)) if rpc.code == 400 && rpc.name == "INPUT_METHOD_INVALID"),
        "{unknown:?}"
    );
    // Over 512 bytes grammers sends a call gzip-packed; the server unpacks it to read it.
    let event =
        tl::types::InputAppEvent { time: 0.0, r#type: "x".repeat(4096), peer: 0, data: tl::enums::Jsonvalue::JsonNull };
    let big = tl::functions::help::SaveAppLog { events: vec![event.into()] };
    assert!(matches!(client.invoke(&big).await, Err(InvocationError::Rpc(_))));
    assert_eq!(control.call_count("help.saveAppLog"), 1);
    assert!(client.invoke(&tl::functions::account::GetAuthorizations {}).await.is_ok());
    runner.abort();
}

#[tokio::test]
async fn connected_websites_are_listed_with_their_bots_and_logged_out_on_the_server() {
    let wire = signed_in(3 * DAY).await;
    let sites = wire.account.websites().await.expect("websites");
    assert_eq!(sites.len(), 1, "the demo account has one website");
    assert_eq!((sites[0].domain.as_str(), sites[0].bot.as_str()), ("forum.example.org", "@forum_auth_bot"));
    assert_eq!(sites[0].browser_on_platform(), "Firefox 133 on Linux");

    // Telegram pushes nothing for a new website: only the next list shows it, and the
    // watcher finds it by comparing.
    let mut watcher = Watcher::new(Arc::new(SystemClock));
    assert!(watcher.observe_websites(&sites).is_empty());
    let shop = wire.control.add_website("shop.example");
    let sites = wire.account.websites().await.expect("websites");
    let events = watcher.observe_websites(&sites);
    assert_eq!(events.iter().map(|e| e.kind).collect::<Vec<_>>(), [SecurityEventKind::NewWebsite]);
    assert_eq!(
        events[0].login.as_ref().map(|l| (l.hash, l.device.as_str())),
        Some((SessionHash(shop), "shop.example"))
    );

    wire.account.end_website(SessionHash(shop)).await.expect("logged out");
    assert!(wire.control.websites().iter().all(|w| w.hash != shop));
    assert_eq!(wire.account.end_website(SessionHash(shop)).await, Err(ApiError::SessionNotFound), "already gone");

    wire.control.fail_next_call::<tl::functions::account::ResetWebAuthorizations>(Fault::flood_wait(7));
    assert_eq!(wire.account.end_all_websites().await, Err(ApiError::FloodWait { seconds: 7 }));
    assert_eq!(wire.control.websites().len(), 1, "nothing ended on a flood wait");
    wire.account.end_all_websites().await.expect("all logged out");
    assert!(wire.control.websites().is_empty());
    assert!(wire.account.websites().await.expect("websites").is_empty());
}

// --- 2-step verification changed from SessionGuard ------------------------------------------

fn change(current: Option<&str>, new: Option<&str>, hint: &str, email: Option<&str>) -> PasswordChange {
    PasswordChange {
        current: current.map(|c| Sensitive::new(c.to_owned())),
        new: new.map(|n| Sensitive::new(n.to_owned())),
        hint: hint.into(),
        email: email.map(str::to_owned),
    }
}

/// A password set by SRP from SessionGuard (only its verifier reaches the server) is the
/// one Telegram then demands at the next sign-in; changing it needs the current one;
/// turning it off too. Each refusal is its own state.
#[tokio::test]
async fn a_2_step_password_set_here_is_demanded_at_the_next_sign_in() {
    let wire = signed_in(3 * DAY).await;
    assert_eq!(
        wire.account.change_password(change(None, Some("tr0ub4dor&3"), "the usual", None)).await,
        Ok(PasswordChanged::Done)
    );
    assert!(wire.control.has_password());
    let status = wire.account.password_status().await.expect("status");
    assert_eq!((status.has_password, status.hint.as_deref()), (true, Some("the usual")));

    let mut attempt = sign_in(&wire.server);
    attempt.send_code(phone()).await.expect("code sent");
    let progress = attempt.submit_code(code(&wire.control)).await.expect("code accepted");
    assert_eq!(progress, Progress::PasswordNeeded { hint: Some("the usual".into()) });
    assert_eq!(attempt.submit_password(Sensitive::new("hunter2".into())).await, Err(SignInError::WrongPassword));
    let progress = attempt.submit_password(Sensitive::new("tr0ub4dor&3".into())).await.expect("password");
    assert!(matches!(progress, Progress::SignedIn(_)), "{progress:?}");

    // Changing it proves the current one first.
    let wrong = change(Some("hunter2"), Some("correct horse"), "", None);
    assert_eq!(wire.account.change_password(wrong).await, Err(ApiError::WrongPassword));
    let missing = change(None, Some("correct horse"), "", None);
    assert_eq!(wire.account.change_password(missing).await, Err(ApiError::WrongPassword));
    let changed = change(Some("tr0ub4dor&3"), Some("correct horse"), "", None);
    assert_eq!(wire.account.change_password(changed).await, Ok(PasswordChanged::Done));

    // Off, with the current password.
    assert_eq!(
        wire.account.change_password(change(Some("correct horse"), None, "", None)).await,
        Ok(PasswordChanged::Done)
    );
    assert!(!wire.control.has_password());
}

/// A recovery email given with the password waits for the code emailed to it
/// (EMAIL_UNCONFIRMED_6); a wrong code, and an address Telegram refuses, are their own states.
#[tokio::test]
async fn a_recovery_email_is_confirmed_with_the_emailed_code() {
    let wire = signed_in(3 * DAY).await;
    let bad = change(None, Some("pw one"), "", Some("not-an-address"));
    assert_eq!(wire.account.change_password(bad).await, Err(ApiError::EmailInvalid));
    let with_email = change(None, Some("pw one"), "", Some("ana@example.org"));
    assert_eq!(wire.account.change_password(with_email).await, Ok(PasswordChanged::EmailCodeSent { length: 6 }));
    let code = wire.control.pending_email_code().expect("a code was emailed");
    assert_eq!(
        wire.account.confirm_recovery_email(Sensitive::new("000000".into())).await,
        Err(ApiError::EmailCodeInvalid)
    );
    wire.account.confirm_recovery_email(Sensitive::new(code)).await.expect("confirmed");
    assert_eq!(wire.control.recovery_email().as_deref(), Some("ana@example.org"));
    assert!(wire.account.password_status().await.expect("status").has_recovery);

    // Another address, cancelled before its code came: the confirmed one stays.
    let other = change(Some("pw one"), Some("pw one"), "", Some("new@example.org"));
    assert_eq!(wire.account.change_password(other).await, Ok(PasswordChanged::EmailCodeSent { length: 6 }));
    wire.account.cancel_recovery_email().await.expect("cancelled");
    assert_eq!(wire.control.pending_email_code(), None);
    assert_eq!(wire.control.recovery_email().as_deref(), Some("ana@example.org"));

    wire.control.fail_next_call::<tl::functions::account::UpdatePasswordSettings>(Fault::flood_wait(9));
    let flooded = change(Some("pw one"), Some("pw two"), "", None);
    assert_eq!(wire.account.change_password(flooded).await, Err(ApiError::FloodWait { seconds: 9 }));
    wire.control.fail_next_call::<tl::functions::account::UpdatePasswordSettings>(Fault::rpc(400, "NEW_SALT_INVALID"));
    let refused = wire.account.change_password(change(Some("pw one"), Some("pw two"), "", None)).await;
    assert!(matches!(refused, Err(ApiError::Protocol(ref m)) if m.contains("NEW_SALT_INVALID")), "{refused:?}");
}

// --- several data centres ---------------------------------------------------------------------

/// The common case: the account lives on another data centre than the one a new sign-in
/// reaches first. `auth.sendCode` at DC 2 is answered `PHONE_MIGRATE_4`; the sign-in moves
/// there, the code is checked there, the keyring gets DC 4 and its key, and the account —
/// restored from those secrets, as after a restart — makes every call to DC 4.
#[tokio::test]
async fn a_sign_in_redirected_to_the_home_data_centre_stays_there() {
    let server = FakeTelegram::with_data_centres(&[2, 4], 4).await.expect("server");
    let control = server.control();
    let mut attempt = sign_in(&server);
    attempt.send_code(phone()).await.expect("code sent, after the redirect");
    let secrets = match attempt.submit_code(code(&control)).await.expect("code") {
        Progress::SignedIn(secrets) => secrets,
        other => panic!("{other:?}"),
    };
    assert_eq!(secrets.dc_id, 4, "the home data centre is kept");
    assert_eq!(secrets.auth_key.expose(), &control.test_key(), "with the key the server holds for us there");
    assert!(control.calls_on(2).contains(&"auth.sendCode"));
    assert!(!control.calls_on(2).contains(&"auth.signIn"), "{:?}", control.calls_on(2));
    assert!(control.calls_on(4).contains(&"auth.signIn"));

    let on_dc_2 = control.calls_on(2).len();
    let store = keyring_core::mock::Store::new().expect("mock keyring");
    let session = KeyringSession::restore(Vault::new(store, "dc4"), *secrets, &test_server(&server).for_restore());
    let account = TelegramAccount::connect(Arc::new(session), API_ID, "dc4".into(), Arc::new(SystemClock))
        .await
        .expect("the client starts");
    assert!(!account.list_sessions().await.expect("the list").sessions.is_empty());
    assert!(control.calls_on(4).contains(&"account.getAuthorizations"));
    assert_eq!(control.calls_on(2).len(), on_dc_2, "nothing more went to DC 2: {:?}", control.calls_on(2));
}

/// A QR code exported at DC 2 and scanned by a phone of an account on DC 4: Telegram
/// answers `loginTokenMigrateTo`, and the token is imported at DC 4.
#[tokio::test]
async fn a_qr_sign_in_follows_the_token_to_the_home_data_centre() {
    let server = FakeTelegram::with_data_centres(&[2, 4], 4).await.expect("server");
    let control = server.control();
    let mut attempt = sign_in(&server);
    assert!(matches!(attempt.export_qr().await, Ok(Progress::ScanQr { .. })));
    assert!(control.scan_qr());
    let progress = attempt.export_qr().await.expect("signed in");
    let Progress::SignedIn(secrets) = progress else { panic!("{progress:?}") };
    assert_eq!(secrets.dc_id, 4);
    assert!(control.calls_on(4).contains(&"auth.importLoginToken"), "{:?}", control.calls_on(4));
}

/// `USER_MIGRATE_X` at `auth.signIn` and `NETWORK_MIGRATE_X` at `auth.sendCode` are
/// followed the same way.
#[tokio::test]
async fn user_and_network_redirects_are_followed() {
    let server = FakeTelegram::with_data_centres(&[2, 4], 2).await.expect("server");
    let control = server.control();
    // Either data centre serves the account: only the injected answers redirect.
    control.set_home_dc(None);
    control.fail_next_named("auth.sendCode", Fault::rpc(303, "NETWORK_MIGRATE_4"));
    let mut attempt = sign_in(&server);
    attempt.send_code(phone()).await.expect("code sent at DC 4");
    assert!(control.calls_on(4).contains(&"auth.sendCode"));

    let mut other = sign_in(&server);
    other.send_code(phone()).await.expect("code sent at DC 2");
    control.fail_next_named("auth.signIn", Fault::rpc(303, "USER_MIGRATE_4"));
    let Progress::SignedIn(secrets) = other.submit_code(code(&control)).await.expect("signed in") else {
        panic!("not signed in")
    };
    assert_eq!(secrets.dc_id, 4);
}
