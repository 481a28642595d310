//! The demo account through `AccountApi`, on a paused tokio clock.

use std::sync::Arc;
use std::time::Duration;

use chrono::DateTime;
use futures::StreamExt;
use sessionguard_core::{
    AccountApi, AccountEvent, ApiError, DeviceKind, ManualClock, PlatformKind, SecurityEventKind, SessionHash,
    SessionToggles, Watcher,
};
use sessionguard_demo::{DemoAccount, DemoOptions};

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::new(DateTime::from_timestamp(1_763_000_000, 0).unwrap_or_default()))
}

fn quiet() -> DemoOptions {
    DemoOptions { intruder_after: None }
}

#[tokio::test]
async fn six_varied_sessions_with_ours_first() -> TestResult {
    let demo = DemoAccount::new(clock(), quiet());
    let list = demo.list_sessions().await?;
    assert_eq!(list.sessions.len(), 6);
    assert!(list.sessions[0].current && list.sessions[0].hash == SessionHash::CURRENT);
    assert_eq!(list.sessions.iter().filter(|s| s.current).count(), 1);
    assert_eq!(list.sessions.iter().filter(|s| !s.official_app).count(), 1);
    let kinds: Vec<DeviceKind> = list.sessions.iter().map(|s| s.device_kind()).collect();
    for kind in [DeviceKind::Desktop, DeviceKind::Phone, DeviceKind::WebBrowser] {
        assert!(kinds.contains(&kind), "{kinds:?}");
    }
    let platforms: Vec<PlatformKind> = list.sessions.iter().map(|s| s.platform_kind()).collect();
    for platform in [PlatformKind::Ios, PlatformKind::Android, PlatformKind::MacOs, PlatformKind::Linux] {
        assert!(platforms.contains(&platform), "{platforms:?}");
    }
    let countries: std::collections::HashSet<&str> = list.sessions.iter().map(|s| s.country.as_str()).collect();
    assert!(countries.len() >= 3);
    Ok(())
}

#[tokio::test]
async fn terminate_really_ends_a_session() -> TestResult {
    let demo = DemoAccount::new(clock(), quiet());
    let victim = demo.list_sessions().await?.sessions[2].hash;
    demo.terminate(victim).await?;
    let list = demo.list_sessions().await?;
    assert_eq!(list.sessions.len(), 5);
    assert!(list.sessions.iter().all(|s| s.hash != victim));
    assert_eq!(demo.terminate(victim).await, Err(ApiError::SessionNotFound));
    assert_eq!(demo.terminate(SessionHash::CURRENT).await, Err(ApiError::CurrentSession));
    Ok(())
}

#[tokio::test]
async fn websites_are_listed_and_really_logged_out() -> TestResult {
    let demo = DemoAccount::new(clock(), quiet());
    let sites = demo.websites().await?;
    assert_eq!(sites.len(), 2);
    assert!(sites.iter().all(|s| s.bot.starts_with('@') && !s.domain.is_empty()));
    demo.end_website(sites[0].hash).await?;
    assert_eq!(demo.websites().await?.len(), 1);
    assert_eq!(demo.end_website(sites[0].hash).await, Err(ApiError::SessionNotFound));
    demo.end_all_websites().await?;
    assert!(demo.websites().await?.is_empty());
    Ok(())
}

#[tokio::test]
async fn the_demo_2_step_password_changes_and_its_recovery_email_confirms() -> TestResult {
    use sessionguard_core::secret::Sensitive;
    use sessionguard_core::{PasswordChange, PasswordChanged};
    let demo = DemoAccount::new(clock(), quiet());
    let secret = |s: &str| Some(Sensitive::new(s.to_owned()));
    let wrong = PasswordChange { current: secret("guess"), new: secret("new one"), ..PasswordChange::default() };
    assert_eq!(demo.change_password(wrong).await, Err(ApiError::WrongPassword));
    let change = PasswordChange {
        current: secret("demo password"),
        new: secret("new one"),
        hint: "new".into(),
        email: Some("ana@example.org".into()),
    };
    assert_eq!(demo.change_password(change).await?, PasswordChanged::EmailCodeSent { length: 6 });
    assert_eq!(demo.confirm_recovery_email(Sensitive::new("1".into())).await, Err(ApiError::EmailCodeInvalid));
    demo.confirm_recovery_email(Sensitive::new(sessionguard_demo::DEMO_EMAIL_CODE.into())).await?;
    let status = demo.password_status().await?;
    assert!(status.has_password && status.has_recovery && status.hint.as_deref() == Some("new"));
    Ok(())
}

#[tokio::test]
async fn terminate_all_others_never_ends_the_current_one() -> TestResult {
    let clock = clock();
    let demo = DemoAccount::new(clock.clone(), quiet());
    let mut watcher = Watcher::new(clock);
    watcher.observe_list(&demo.list_sessions().await?);
    demo.terminate_others().await?;
    let list = demo.list_sessions().await?;
    assert_eq!(list.sessions.len(), 1);
    assert!(list.sessions[0].current);
    let events = watcher.observe_list(&list);
    assert_eq!(events.len(), 5);
    assert!(events.iter().all(|e| e.kind == SecurityEventKind::SessionEnded));
    Ok(())
}

#[tokio::test(start_paused = true)]
async fn the_intruder_arrives_as_a_push_after_the_delay() -> TestResult {
    let demo = DemoAccount::new(clock(), DemoOptions { intruder_after: Some(Duration::from_secs(20)) });
    let mut pushes = demo.events();
    assert_eq!(demo.list_sessions().await?.sessions.len(), 6);
    let push = tokio::time::timeout(Duration::from_secs(30), pushes.next()).await?;
    match push {
        Some(AccountEvent::NewAuthorization { unconfirmed, device, location, .. }) => {
            assert!(unconfirmed);
            assert_eq!(device, "Redmi Note 13 Pro");
            assert_eq!(location, "Lagos, Nigeria");
        }
        other => return Err(format!("expected a new authorization, got {other:?}").into()),
    }
    let list = demo.list_sessions().await?;
    assert_eq!(list.sessions.len(), 7);
    let intruder = list.sessions.iter().find(|s| s.unconfirmed).ok_or("no unconfirmed session")?;
    demo.confirm(intruder.hash).await?;
    assert!(demo.list_sessions().await?.sessions.iter().all(|s| !s.unconfirmed));
    Ok(())
}

#[tokio::test(start_paused = true)]
async fn zero_delay_disables_the_intruder() -> TestResult {
    let demo = DemoAccount::new(clock(), DemoOptions { intruder_after: Some(Duration::ZERO) });
    let mut pushes = demo.events();
    assert!(tokio::time::timeout(Duration::from_secs(3600), pushes.next()).await.is_err());
    assert_eq!(demo.list_sessions().await?.sessions.len(), 6);
    Ok(())
}

#[tokio::test]
async fn a_login_code_request_is_pushed() -> TestResult {
    let demo = DemoAccount::new(clock(), quiet());
    let mut pushes = demo.events();
    demo.request_login_code();
    assert!(matches!(pushes.next().await, Some(AccountEvent::LoginCodeRequested { .. })));
    Ok(())
}

#[tokio::test]
async fn toggles_and_the_inactive_period_really_change() -> TestResult {
    let demo = DemoAccount::new(clock(), quiet());
    let phone = demo.list_sessions().await?.sessions[1].hash;
    let calls_off = SessionToggles { secret_chats: None, calls: Some(false) };
    demo.change_session_settings(phone, calls_off).await?;
    let list = demo.list_sessions().await?;
    let session = list.sessions.iter().find(|s| s.hash == phone).ok_or("the phone is gone")?;
    assert!(session.call_requests_disabled && !session.encrypted_requests_disabled);
    assert_eq!(demo.change_session_settings(SessionHash(1), calls_off).await, Err(ApiError::SessionNotFound));

    demo.set_inactive_ttl(30).await?;
    assert_eq!(demo.list_sessions().await?.inactive_ttl_days, 30);
    assert_eq!(demo.set_inactive_ttl(0).await, Err(ApiError::InvalidTtl));
    assert_eq!(demo.set_inactive_ttl(731).await, Err(ApiError::InvalidTtl));
    assert_eq!(demo.list_sessions().await?.inactive_ttl_days, 30);

    let password = demo.password_status().await?;
    assert!(password.has_password && !password.has_recovery);
    Ok(())
}
