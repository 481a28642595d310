//! 2-step verification from the checkup, against fake-telegram: turned on with a recovery
//! email (confirmed by the emailed code), changed with the current password, and each
//! change in the history — never the password.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{sign_in, state};
use sessionguard_core::{ActionKind, CheckKind, EntryKind, Severity};
use sessionguard_protocol::{AccountRequest, Answer, ErrorCode, HistoryFilter, Request, RequestHandler, SecretText};

fn secret(text: &str) -> Option<SecretText> {
    Some(SecretText::new(text))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_checkup_turns_2_step_verification_on_and_confirms_the_recovery_email() {
    let server = fake_telegram::FakeTelegram::start(0).await.unwrap();
    let control = server.control();
    let agent = common::telegram_agent(&server).await;
    let account = sign_in(&agent.accounts, &control).await.account.expect("signed in").id;
    let ask = |action| Request::Account { account: account.clone(), action };
    let two_step = |s: &sessionguard_protocol::AgentState| {
        s.checkup.as_ref().and_then(|c| c.checks.iter().find(|c| c.kind == CheckKind::TwoStep)).map(|c| c.severity)
    };
    // The first checkup runs a moment after the sign-in: wait for it, not for luck.
    let first = common::wait_for(&agent.accounts, "the first checkup", |s| two_step(s).is_some()).await;
    assert_eq!(two_step(&first), Some(Severity::Critical), "no password yet");

    let turn_on = AccountRequest::ChangePassword {
        current: None,
        new: secret("a long passphrase"),
        hint: "the long one".into(),
        email: Some("ana@example.org".into()),
    };
    let after = state(&agent.accounts, ask(turn_on)).await;
    assert_eq!(after.email_code_length, Some(6), "the recovery email waits for its code");
    assert_eq!(two_step(&after), Some(Severity::Ok));
    assert!(control.has_password());

    let wrong_code =
        agent.accounts.handle(ask(AccountRequest::ConfirmRecoveryEmail { code: SecretText::new("1") })).await;
    assert_eq!(wrong_code.err().map(|e| e.code), Some(ErrorCode::EmailCodeInvalid));
    let first = control.pending_email_code().expect("emailed");
    state(&agent.accounts, ask(AccountRequest::ResendRecoveryEmailCode)).await;
    let code = control.pending_email_code().expect("emailed again");
    assert_ne!(code, first, "a new code");
    let confirmed =
        state(&agent.accounts, ask(AccountRequest::ConfirmRecoveryEmail { code: SecretText::new(code) })).await;
    assert_eq!(confirmed.email_code_length, None);
    let recovery = confirmed.checkup.expect("checked").checks.into_iter().find(|c| c.kind == CheckKind::RecoveryEmail);
    assert_eq!(recovery.map(|c| c.severity), Some(Severity::Ok));

    let wrong = AccountRequest::ChangePassword {
        current: secret("not it"),
        new: secret("x2"),
        hint: String::new(),
        email: None,
    };
    let refused = agent.accounts.handle(ask(wrong)).await;
    assert_eq!(refused.err().map(|e| e.code), Some(ErrorCode::PasswordInvalid));
    let change = AccountRequest::ChangePassword {
        current: secret("a long passphrase"),
        new: secret("another passphrase"),
        hint: String::new(),
        email: None,
    };
    state(&agent.accounts, ask(change)).await;

    let filter =
        HistoryFilter { kinds: vec![EntryKind::Action(ActionKind::TwoStepChanged)], ..HistoryFilter::default() };
    let Answer::History { entries, .. } = agent.accounts.handle(Request::History { filter }).await.unwrap() else {
        panic!("the history")
    };
    let details: Vec<String> = entries.iter().filter_map(|e| e.detail.clone()).collect();
    assert_eq!(
        details,
        ["2-step verification password changed", "recovery email confirmed", "2-step verification turned on"]
    );
    // The history (the database and its write-ahead log) never holds a password.
    let mut files = 0;
    for name in ["journal.sqlite3", "journal.sqlite3-wal"] {
        if let Ok(bytes) = std::fs::read(agent.dir.path().join(name)) {
            files += 1;
            assert!(!String::from_utf8_lossy(&bytes).contains("passphrase"), "a password in {name}");
        }
    }
    assert!(files > 0, "the history files were read");
}
