//! Alerts off the desktop, through the agent: a webhook on a real HTTP server on
//! 127.0.0.1 gets the demo intruder's alert, the history says it was forwarded, and a
//! refused test alert is reported, never silent. The target lives in the (mock) keyring.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{state, wait_for};

use sessionguard_agent::alerts::notifier;
use sessionguard_agent::desktop::OnScreen;
use sessionguard_demo::DemoOptions;
use sessionguard_protocol::{
    ActionKind, Answer, EntryKind, ErrorCode, ForwardTargetInput, HistoryFilter, Request, RequestHandler, SecretText,
};
use sessionguard_telegram::server_choice::ServerChoice;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// An HTTP server that answers every request with `status` and keeps the bodies.
async fn webhook(status: u16) -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}/hooks/secret-path", listener.local_addr().unwrap());
    let bodies: Arc<Mutex<Vec<String>>> = Arc::default();
    let kept = bodies.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let kept = kept.clone();
            tokio::spawn(async move {
                let mut reader = BufReader::new(stream);
                let mut length = 0;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                        length = value.trim().parse().unwrap_or(0);
                    }
                    if line == "\r\n" {
                        break;
                    }
                }
                let mut body = vec![0; length];
                if reader.read_exact(&mut body).await.is_err() {
                    return;
                }
                kept.lock().unwrap().push(String::from_utf8_lossy(&body).into_owned());
                let answer = format!("HTTP/1.1 {status} Whatever\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
                let _ = reader.get_mut().write_all(answer.as_bytes()).await;
            });
        }
    });
    (address, bodies)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_intruder_is_forwarded_to_the_webhook_and_journaled() {
    let (url, bodies) = webhook(200).await;
    let demo = DemoOptions { intruder_after: Some(Duration::from_millis(800)) };
    let agent = common::agent(common::mock_keyring(), ServerChoice::telegram(), demo).await;
    let accounts = agent.accounts.clone();
    accounts.start(true, false, None).await;
    let target = ForwardTargetInput::Webhook { url: SecretText::new(url) };
    let view = state(&accounts, Request::SetForwarding { target: Some(target) }).await.forwarding;
    assert_eq!(view.target.as_deref().map(|t| t.starts_with("Webhook to 127.0.0.1")), Some(true), "{view:?}");

    // The agent's notifier shows each alarm (no desktop here: it says so and goes on)
    // and forwards it.
    let (answers, _answered) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(notifier::run(
        agent.alarms,
        agent.settings.clone(),
        agent.forwarding.clone(),
        OnScreen::default(),
        answers,
    ));
    let view = wait_for(&accounts, "the forwarded alert", |s| s.forwarding.last.is_some()).await.forwarding;
    let bodies = bodies.lock().unwrap().clone();
    assert_eq!(bodies.len(), 1);
    let payload: serde_json::Value = serde_json::from_str(&bodies[0]).unwrap();
    assert_eq!(payload["kind"], "unconfirmed_login");
    assert_eq!(payload["account"], "Demo account");
    assert_eq!(payload["login"]["device"], "Redmi Note 13 Pro");

    assert!(view.last.as_ref().is_some_and(|l| l.ok && !l.test), "{view:?}");
    let filter =
        HistoryFilter { kinds: vec![EntryKind::Action(ActionKind::AlertForwarded)], ..HistoryFilter::default() };
    let Answer::History { entries, .. } = accounts.handle(Request::History { filter }).await.unwrap() else {
        panic!("expected history");
    };
    assert_eq!(entries.len(), 1);
    let detail = entries[0].detail.clone().unwrap_or_default();
    assert!(detail.starts_with("Webhook to 127.0.0.1") && detail.contains("Delivered"), "{detail}");
    assert!(!detail.contains("secret-path"), "the address's path is a secret: {detail}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_test_alert_is_reported_and_a_bad_address_refused() {
    let (url, bodies) = webhook(404).await;
    let agent =
        common::agent(common::mock_keyring(), ServerChoice::telegram(), DemoOptions { intruder_after: None }).await;
    let accounts = agent.accounts.clone();
    accounts.start(true, false, None).await;

    let bad = ForwardTargetInput::Webhook { url: SecretText::new("ftp://example.com/x") };
    let refused = accounts.handle(Request::SetForwarding { target: Some(bad) }).await.unwrap_err();
    assert_eq!(refused.code, ErrorCode::BadRequest);
    assert!(refused.message.contains("https://"), "{}", refused.message);

    let target = ForwardTargetInput::Webhook { url: SecretText::new(url) };
    state(&accounts, Request::SetForwarding { target: Some(target) }).await;
    let failed = accounts.handle(Request::SendTestAlert).await.unwrap_err();
    assert_eq!(failed.code, ErrorCode::Forwarding);
    assert!(failed.message.contains("404"), "{}", failed.message);
    assert_eq!(bodies.lock().unwrap().len(), 1, "a 404 is not tried again");
    let last = accounts.state().forwarding.last.unwrap();
    assert!(!last.ok && last.test, "{last:?}");

    // Stopping forwarding forgets the target.
    let view = state(&accounts, Request::SetForwarding { target: None }).await.forwarding;
    assert!(view.target.is_none() && view.last.is_none());
}
