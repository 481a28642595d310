//! Forwarding against a real HTTP server on 127.0.0.1: what each kind of target receives,
//! which failures are retried and how they are reported, and that no secret leaks.

// Helpers outside `#[test]` functions fail the test the loud way too.
#![allow(clippy::panic)]

mod server;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine as _;
use chrono::{DateTime, Utc};
use serde_json::json;
use server::{Reply, TestServer, closed_port};
use sessionguard_core::{LoginDetails, SecurityEvent, SecurityEventKind, SessionHash};
use sessionguard_forward::{Delivery, Failure, ForwardError, ForwardTarget, ForwardedAlert, Forwarder, RetryPolicy};

const TOKEN: &str = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
const TOKEN_SECRET: &str = "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
const TRY_TIMEOUT: Duration = Duration::from_millis(400);

/// The default policy's shape, shortened so the whole suite takes seconds.
fn policy() -> RetryPolicy {
    RetryPolicy {
        attempts: 3,
        first_backoff: Duration::from_millis(50),
        per_attempt_timeout: TRY_TIMEOUT,
        max_wait: Duration::from_secs(2),
    }
}

fn forwarder() -> Forwarder {
    Forwarder::new(policy()).unwrap_or_else(|e| panic!("{e}"))
}

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap_or_else(|e| panic!("{e}")).with_timezone(&Utc)
}

/// The demo account's scripted intruder, as the agent would forward it.
fn intruder_alert() -> ForwardedAlert {
    let login = LoginDetails {
        hash: SessionHash(7001),
        device: "Redmi Note 12".into(),
        platform: Some("Android 13".into()),
        app: Some("Telegram Android 10.9.1".into()),
        official_app: Some(true),
        ip: Some("102.89.40.12".into()),
        location: "Lagos, Nigeria".into(),
        date: at("2026-03-01T12:34:50Z"),
    };
    let event =
        SecurityEvent { kind: SecurityEventKind::UnconfirmedLogin, login: Some(login), at: at("2026-03-01T12:34:56Z") };
    ForwardedAlert::from_event(
        "Demo account",
        &event,
        "New login: Redmi Note 12 in Lagos, Nigeria",
        "Telegram asks whether this is you. If it is not, terminate it now.",
    )
}

fn webhook(server: &TestServer, path: &str) -> ForwardTarget {
    ForwardTarget::webhook(&server.url(path)).unwrap_or_else(|e| panic!("{e}"))
}

async fn send_err(forwarder: &Forwarder, target: &ForwardTarget, alert: &ForwardedAlert) -> ForwardError {
    match forwarder.send(target, alert).await {
        Ok(delivery) => panic!("expected a failure, got {delivery:?}"),
        Err(error) => error,
    }
}

#[tokio::test]
async fn webhook_gets_the_alert_as_json_field_by_field() {
    let server = TestServer::start(vec![Reply::status(204)]).await;
    let delivery = forwarder().send(&webhook(&server, "/hooks/T0KEN"), &intruder_alert()).await;
    assert_eq!(delivery.ok(), Some(Delivery { attempts: 1, status: 204 }));

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!((request.method.as_str(), request.path.as_str()), ("POST", "/hooks/T0KEN"));
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.header("user-agent"), Some("SessionGuard/0.1.0"));
    let payload = request.json();
    assert_eq!(payload["app"], "SessionGuard");
    assert_eq!(payload["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(payload["account"], "Demo account");
    assert_eq!(payload["kind"], "unconfirmed_login");
    assert_eq!(payload["summary"], "New login: Redmi Note 12 in Lagos, Nigeria");
    assert_eq!(payload["body"], "Telegram asks whether this is you. If it is not, terminate it now.");
    assert_eq!(payload["urgent"], true);
    assert_eq!(payload["at"], "2026-03-01T12:34:56Z");
    assert_eq!(payload["test"], false);
    // The hash as a string: 64 bits do not fit a JavaScript number (a receiver in JS would round it).
    assert_eq!(
        payload["login"],
        json!({
            "hash": "7001",
            "device": "Redmi Note 12",
            "platform": "Android 13",
            "app": "Telegram Android 10.9.1",
            "official_app": true,
            "ip": "102.89.40.12",
            "location": "Lagos, Nigeria",
            "date": "2026-03-01T12:34:50Z",
        })
    );
    let keys: Vec<&str> = payload.as_object().map(|o| o.keys().map(String::as_str).collect()).unwrap_or_default();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, ["account", "app", "at", "body", "kind", "login", "summary", "test", "urgent", "version"]);
}

#[tokio::test]
async fn test_alert_says_it_is_a_test() {
    let server = TestServer::start(vec![Reply::status(200)]).await;
    let alert = ForwardedAlert::test("Demo account", at("2026-03-01T09:00:00Z"));
    let delivery = forwarder().send(&webhook(&server, "/t"), &alert).await;
    assert_eq!(delivery.ok().map(|d| d.attempts), Some(1));
    let payload = server.requests()[0].json();
    assert_eq!((&payload["kind"], &payload["test"], &payload["urgent"]), (&json!("test"), &json!(true), &json!(false)));
    assert_eq!(payload["login"], serde_json::Value::Null);
    assert_eq!(payload["summary"], "SessionGuard test alert");
    let body = payload["body"].as_str().unwrap_or_default();
    assert!(body.starts_with("This is a test from SessionGuard for Demo account."), "{body}");
    assert!(body.contains("Nothing happened to the account"), "{body}");
}

#[tokio::test]
async fn ntfy_gets_text_with_title_priority_and_tags() {
    let server = TestServer::start(vec![Reply::json(200, r#"{"id":"abc","event":"message"}"#)]).await;
    let topic = ForwardTarget::ntfy(&server.url("/sg-alerts-4f9a"), false).unwrap_or_else(|e| panic!("{e}"));
    let forwarder = forwarder();

    let urgent = forwarder.send(&topic, &intruder_alert()).await;
    assert_eq!(urgent.ok().map(|d| d.status), Some(200));
    // An ordinary alert, with a title that is not ASCII (a device named in Cyrillic).
    let mut quiet = intruder_alert();
    quiet.kind = sessionguard_forward::AlertKind::Event(SecurityEventKind::NewLogin);
    quiet.urgent = false;
    quiet.summary = "Новый вход: Redmi".into();
    assert!(forwarder.send(&topic, &quiet).await.is_ok());

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let first = &requests[0];
    assert_eq!((first.method.as_str(), first.path.as_str()), ("POST", "/sg-alerts-4f9a"));
    assert_eq!(first.header("title"), Some("New login: Redmi Note 12 in Lagos, Nigeria"));
    assert_eq!(first.header("priority"), Some("urgent"));
    assert_eq!(first.header("tags"), Some("rotating_light,sessionguard,unconfirmed_login"));
    assert_eq!(first.header("content-type"), Some("text/plain; charset=utf-8"));
    assert_eq!(
        first.text(),
        "Telegram asks whether this is you. If it is not, terminate it now.\n\n\
         Account: Demo account\nAt: 2026-03-01 12:34:56 UTC"
    );

    let second = &requests[1];
    assert_eq!(second.header("priority"), Some("default"));
    assert_eq!(second.header("tags"), Some("warning,sessionguard,new_login"));
    let title = second.header("title").unwrap_or_default();
    let encoded = title.strip_prefix("=?UTF-8?B?").and_then(|t| t.strip_suffix("?=")).unwrap_or_default();
    let decoded = base64::engine::general_purpose::STANDARD.decode(encoded).unwrap_or_default();
    assert_eq!(String::from_utf8_lossy(&decoded), "Новый вход: Redmi", "RFC 2047 word: {title}");
}

/// A public ntfy topic is readable by anyone who has its name: with `hide_ips` the
/// addresses in the text keep only their network.
#[tokio::test]
async fn ntfy_can_hide_ip_addresses() {
    let server = TestServer::start(vec![Reply::json(200, r#"{"id":"abc","event":"message"}"#)]).await;
    let topic = ForwardTarget::ntfy(&server.url("/public-topic"), true).unwrap_or_else(|e| panic!("{e}"));
    let mut alert = intruder_alert();
    alert.body = "Redmi Note 12 · Lagos, Nigeria · IP 102.89.34.17 (then 2a02:c7f:1234::1)".into();
    assert!(forwarder().send(&topic, &alert).await.is_ok());
    let text = server.requests()[0].text();
    assert!(text.starts_with("Redmi Note 12 · Lagos, Nigeria · IP 102.89.x.x (then 2a02:c7f:…)"), "{text}");
    assert!(!text.contains("34.17"), "{text}");
}

#[tokio::test]
async fn telegram_bot_calls_send_message_with_chat_and_text() {
    let server = TestServer::start(vec![Reply::json(200, r#"{"ok":true,"result":{"message_id":1}}"#)]).await;
    let forwarder = forwarder().with_telegram_api(&server.url("")).unwrap_or_else(|e| panic!("{e}"));
    let bot = ForwardTarget::telegram_bot(TOKEN, "12345").unwrap_or_else(|e| panic!("{e}"));
    let delivery = forwarder.send(&bot, &intruder_alert()).await;
    assert_eq!(delivery.ok(), Some(Delivery { attempts: 1, status: 200 }));

    let request = &server.requests()[0];
    assert_eq!((request.method.as_str(), request.path.as_str()), ("POST", &*format!("/bot{TOKEN}/sendMessage")));
    assert_eq!(request.header("content-type"), Some("application/json"));
    let text = "New login: Redmi Note 12 in Lagos, Nigeria\n\
                Telegram asks whether this is you. If it is not, terminate it now.\n\n\
                Account: Demo account\nAt: 2026-03-01 12:34:56 UTC";
    assert_eq!(request.json(), json!({ "chat_id": 12345, "text": text }));
}

#[tokio::test]
async fn a_500_then_a_200_is_delivered_on_the_second_try() {
    let server = TestServer::start(vec![Reply::status(500), Reply::status(200)]).await;
    let delivery = forwarder().send(&webhook(&server, "/h"), &intruder_alert()).await;
    assert_eq!(delivery.ok(), Some(Delivery { attempts: 2, status: 200 }));
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].body, requests[1].body, "the same alert, sent again");
}

#[tokio::test]
async fn a_500_forever_fails_after_exactly_three_tries_with_backoff() {
    let server = TestServer::start(vec![Reply::json(500, r#"{"message":"database down"}"#)]).await;
    let started = Instant::now();
    let error = send_err(&forwarder(), &webhook(&server, "/h"), &intruder_alert()).await;
    assert_eq!(server.requests().len(), 3);
    assert_eq!(error.attempts, 3);
    assert_eq!(error.reason.status(), Some(500));
    assert_eq!(
        error.to_string(),
        format!("{} failed with 500 Internal Server Error: database down, 3 tries", server.place())
    );
    // 50 ms then 100 ms between the tries.
    assert!(started.elapsed() >= Duration::from_millis(150), "{:?}", started.elapsed());
}

#[tokio::test]
async fn a_stalled_server_times_out_each_try_and_is_reported() {
    let server = TestServer::start(vec![Reply::Stall(Duration::from_secs(3))]).await;
    let started = Instant::now();
    let error = send_err(&forwarder(), &webhook(&server, "/h"), &intruder_alert()).await;
    let elapsed = started.elapsed();
    assert_eq!(server.requests().len(), 3, "each timed-out try was retried");
    assert_eq!(error.reason, Failure::Timeout { place: server.place(), after: TRY_TIMEOUT });
    assert_eq!(error.to_string(), format!("no answer from {} in 0.4 s, 3 tries", server.place()));
    // Three tries of 400 ms and two waits (50 ms, 100 ms), before the server's 3 s stall ends.
    assert!(elapsed >= Duration::from_millis(1350) && elapsed < Duration::from_millis(2900), "{elapsed:?}");
}

#[tokio::test]
async fn a_hang_up_without_answer_is_retried() {
    let server = TestServer::start(vec![Reply::Close, Reply::status(200)]).await;
    let delivery = forwarder().send(&webhook(&server, "/h"), &intruder_alert()).await;
    assert_eq!(delivery.ok(), Some(Delivery { attempts: 2, status: 200 }));

    let rude = TestServer::start(vec![Reply::Close]).await;
    let error = send_err(&forwarder(), &webhook(&rude, "/h"), &intruder_alert()).await;
    assert_eq!(rude.requests().len(), 3);
    assert_eq!(
        error.to_string(),
        format!("{} hung up without answering (connection closed before message completed), 3 tries", rude.place())
    );
}

#[tokio::test]
async fn a_400_is_not_retried_and_says_why() {
    let server = TestServer::start(vec![Reply::json(400, r#"{"message":"missing field \"channel\""}"#)]).await;
    let error = send_err(&forwarder(), &webhook(&server, "/h"), &intruder_alert()).await;
    assert_eq!(server.requests().len(), 1);
    assert_eq!(error.attempts, 1);
    assert_eq!(
        error.to_string(),
        format!("{} refused the alert (400 Bad Request): missing field \"channel\"", server.place())
    );
}

#[tokio::test]
async fn a_refused_bot_token_is_not_retried() {
    let server =
        TestServer::start(vec![Reply::json(401, r#"{"ok":false,"error_code":401,"description":"Unauthorized"}"#)])
            .await;
    let forwarder = forwarder().with_telegram_api(&server.url("/")).unwrap_or_else(|e| panic!("{e}"));
    let bot = ForwardTarget::telegram_bot(TOKEN, "12345").unwrap_or_else(|e| panic!("{e}"));
    let error = send_err(&forwarder, &bot, &intruder_alert()).await;
    assert_eq!(server.requests().len(), 1);
    assert_eq!(error.reason, Failure::BotTokenRefused { status: 401 });
    assert_eq!(error.to_string(), "the bot token was refused (401)");
}

#[tokio::test]
async fn a_redirect_is_reported_not_followed() {
    let elsewhere = TestServer::start(vec![Reply::status(200)]).await;
    let server = TestServer::start(vec![Reply::status(302).header("Location", &elsewhere.url("/x"))]).await;
    let error = send_err(&forwarder(), &webhook(&server, "/h"), &intruder_alert()).await;
    assert_eq!(error.reason, Failure::Redirected { place: server.place(), status: 302 });
    assert!(elsewhere.requests().is_empty(), "the alert went only where the person said");
}

#[tokio::test]
async fn a_429_with_retry_after_waits_then_succeeds() {
    let server = TestServer::start(vec![Reply::status(429).header("Retry-After", "1"), Reply::status(200)]).await;
    let started = Instant::now();
    let delivery = forwarder().send(&webhook(&server, "/h"), &intruder_alert()).await;
    let elapsed = started.elapsed();
    assert_eq!(delivery.ok(), Some(Delivery { attempts: 2, status: 200 }));
    // The backoff alone would have waited 50 ms; the server asked for 1 s.
    assert!(elapsed >= Duration::from_secs(1) && elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[tokio::test]
async fn nothing_listening_is_a_clear_error() {
    let port = closed_port().await;
    let target = ForwardTarget::webhook(&format!("http://{port}/hooks/T0KEN")).unwrap_or_else(|e| panic!("{e}"));
    let error = send_err(&forwarder(), &target, &intruder_alert()).await;
    assert_eq!(error.attempts, 3);
    assert_eq!(error.to_string(), format!("cannot reach {port} (connection refused), 3 tries"));
}

#[tokio::test]
async fn a_huge_error_body_is_read_only_in_part() {
    let huge = vec![b'x'; 8 * 1024 * 1024];
    let server = TestServer::start(vec![Reply::status(400).header("Content-Type", "text/plain").body(&huge)]).await;
    let started = Instant::now();
    let error = send_err(&forwarder(), &webhook(&server, "/h"), &intruder_alert()).await;
    assert!(started.elapsed() < TRY_TIMEOUT, "answered without reading 8 MB: {:?}", started.elapsed());
    let message = error.to_string();
    assert!(message.len() < 400, "{} bytes", message.len());
    assert!(message.ends_with("xxx…"), "{message}");
}

#[tokio::test]
async fn a_dropped_send_leaves_the_forwarder_usable() {
    let stalled = TestServer::start(vec![Reply::Stall(Duration::from_secs(3))]).await;
    let forwarder = forwarder();
    let alert = intruder_alert();
    let cut = tokio::time::timeout(Duration::from_millis(100), forwarder.send(&webhook(&stalled, "/h"), &alert)).await;
    assert!(cut.is_err(), "the send was cut short");
    let healthy = TestServer::start(vec![Reply::status(200)]).await;
    let delivery = forwarder.send(&webhook(&healthy, "/h"), &alert).await;
    assert_eq!(delivery.ok(), Some(Delivery { attempts: 1, status: 200 }));
}

/// Log lines, as a subscriber on this test's thread writes them.
#[derive(Clone, Default)]
struct Logs(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Logs {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner).extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn no_token_nor_secret_path_in_debug_describe_errors_or_logs() {
    let logs = Logs::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    // Servers that echo what they were sent, as careless ones do.
    let echo = format!(r#"{{"ok":false,"description":"Bad Request: no chat for bot{TOKEN}"}}"#);
    let telegram = TestServer::start(vec![Reply::json(400, &echo)]).await;
    let hooks = TestServer::start(vec![
        Reply::status(503).body(b"busy, retry /hooks/SUPERSECRET later"),
        Reply::status(404).body(b"no hook at /hooks/SUPERSECRET?key=QUERYSECRET"),
    ])
    .await;
    let forwarder = forwarder().with_telegram_api(&telegram.url("")).unwrap_or_else(|e| panic!("{e}"));
    let bot = ForwardTarget::telegram_bot(TOKEN, "12345").unwrap_or_else(|e| panic!("{e}"));
    let hook = webhook(&hooks, "/hooks/SUPERSECRET?key=QUERYSECRET");

    let bot_error = send_err(&forwarder, &bot, &intruder_alert()).await;
    let hook_error = send_err(&forwarder, &hook, &intruder_alert()).await;
    assert_eq!(bot_error.to_string(), "Telegram refused the alert (400 Bad Request): Bad Request: no chat for bot…");
    assert_eq!(
        hook_error.to_string(),
        format!("{} refused the alert (404 Not Found): no hook at …, 2 tries", hooks.place())
    );

    assert_eq!(format!("{bot:?}"), r#"TelegramBot { token: <redacted>, chat_id: ChatId("12345") }"#);
    assert_eq!(format!("{hook:?}"), format!("Webhook {{ url: http://{}/… }}", hooks.place()));
    assert_eq!(bot.describe(), "Telegram bot, chat 12345");
    assert_eq!(hook.describe(), format!("Webhook to {}", hooks.place()));

    let logs = String::from_utf8_lossy(&logs.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)).into_owned();
    assert!(logs.contains("forwarding failed; trying again") && logs.contains("alert not forwarded"), "{logs}");
    let shown = [
        format!("{bot:?}"),
        format!("{hook:?}"),
        format!("{bot_error:?}"),
        format!("{hook_error:?}"),
        bot_error.to_string(),
        hook_error.to_string(),
        logs,
    ];
    for text in shown {
        for secret in [TOKEN_SECRET, "SUPERSECRET", "QUERYSECRET"] {
            assert!(!text.contains(secret), "{secret} shown in: {text}");
        }
    }
}
