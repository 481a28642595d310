//! The account choice and the sign-in screen's guard rails, without Telegram: the demo,
//! the sign-in screen, credentials refused before anything leaves, no keyring, sign out.
//! (Sign-in against a real MTProto server: tests/telegram_wire.rs in the e2e crate.)

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use keyring_core::CredentialStore;
use sessionguard_agent::current_account::{AccountSetup, CurrentAccount};
use sessionguard_agent::guard::PollIntervals;
use sessionguard_agent::outlets::Outlets;
use sessionguard_core::SystemClock;
use sessionguard_demo::DemoOptions;
use sessionguard_protocol::{AgentState, ErrorCode, Request, RequestHandler, SecretText, SignInStep};
use sessionguard_telegram::server_choice::ServerChoice;

fn setup(keyring: Result<Arc<CredentialStore>, String>) -> AccountSetup {
    AccountSetup {
        clock: Arc::new(SystemClock),
        server: ServerChoice::telegram(),
        demo: DemoOptions { intruder_after: None },
        polls: PollIntervals::default(),
        keyring,
    }
}

fn mock_keyring() -> Result<Arc<CredentialStore>, String> {
    let store: Arc<CredentialStore> = keyring_core::mock::Store::new().map_err(|e| e.to_string())?;
    Ok(store)
}

fn account_with(keyring: Result<Arc<CredentialStore>, String>) -> Arc<CurrentAccount> {
    CurrentAccount::new(setup(keyring), Outlets::new().0)
}

async fn send_code(current: &CurrentAccount, api_id: i32, api_hash: &str) -> AgentState {
    current
        .handle(Request::SendCode { api_id, api_hash: SecretText::new(api_hash), phone: SecretText::new("+15550100") })
        .await
        .unwrap()
}

#[tokio::test]
async fn with_nothing_saved_the_sign_in_screen_shows_and_the_demo_is_one_click_away() {
    let current = account_with(mock_keyring());
    current.start(false, false).await;
    let state = current.handle(Request::GetState).await.unwrap();
    assert!(state.account.is_none());
    assert_eq!(state.sign_in.map(|s| s.step), Some(SignInStep::Credentials));

    let state = current.handle(Request::UseDemo).await.unwrap();
    assert!(state.account.is_some_and(|a| a.demo) && state.sign_in.is_none());

    // From the demo, "Sign in" goes back to the screen.
    let state = current.handle(Request::StartSignIn).await.unwrap();
    assert!(state.account.is_none() && state.sign_in.is_some());
}

#[tokio::test]
async fn demo_when_signed_out_guards_the_demo_and_demo_forces_it() {
    let current = account_with(mock_keyring());
    current.start(false, true).await;
    assert!(current.state().account.is_some_and(|a| a.demo));
    let forced = account_with(Err("no keyring here".into()));
    forced.start(true, false).await;
    assert!(forced.state().account.is_some_and(|a| a.demo));
}

#[tokio::test]
async fn bad_credentials_are_refused_before_anything_reaches_telegram() {
    let current = account_with(mock_keyring());
    current.start(false, false).await;
    for (api_id, api_hash) in [(0, "0123456789abcdef0123456789abcdef"), (2040, "not-a-hash"), (2040, "")] {
        let view = send_code(&current, api_id, api_hash).await.sign_in.unwrap();
        assert_eq!(view.error.map(|e| e.code), Some(ErrorCode::ApiCredentialsInvalid), "{api_id} {api_hash:?}");
        assert_eq!((view.step, view.busy), (SignInStep::Credentials, false));
    }
}

#[tokio::test]
async fn without_a_keyring_sign_in_says_so_and_nothing_is_sent() {
    let current = account_with(Err("no system keyring is available (no D-Bus)".into()));
    current.start(false, false).await;
    let view = current.state().sign_in.unwrap();
    assert!(view.notice.is_some_and(|n| n.contains("keyring")));
    let view = send_code(&current, 2040, "0123456789abcdef0123456789abcdef").await.sign_in.unwrap();
    assert_eq!(view.error.map(|e| e.code), Some(ErrorCode::KeyringUnavailable));
}

#[tokio::test]
async fn account_requests_while_signed_out_and_sign_in_requests_while_guarding_are_refused() {
    let current = account_with(mock_keyring());
    current.start(false, false).await;
    let refused = current.handle(Request::TerminateOthers).await.unwrap_err();
    assert_eq!(refused.code, ErrorCode::SignedOut);

    current.handle(Request::UseDemo).await.unwrap();
    let refused = current.handle(Request::SubmitCode { code: SecretText::new("1") }).await.unwrap_err();
    assert_eq!(refused.code, ErrorCode::BadRequest);
    // Signing out of the demo is leaving it.
    let state = current.handle(Request::SignOut).await.unwrap();
    assert!(state.sign_in.is_some());
}

#[tokio::test]
async fn a_code_before_any_was_asked_for_is_a_clear_error() {
    let current = account_with(mock_keyring());
    current.start(false, false).await;
    let view = current.handle(Request::SubmitCode { code: SecretText::new("24680") }).await.unwrap().sign_in.unwrap();
    assert!(view.error.is_some_and(|e| e.message.contains("start again")));
    let view = current.handle(Request::CancelSignIn).await.unwrap().sign_in.unwrap();
    assert_eq!((view.step, view.error), (SignInStep::Credentials, None));
}
