//! Notifications that can be answered: the agent alone, on the private desktop's bus with
//! dunst. The intruder's notification carries the actions; when the person chooses
//! "Terminate" on it (through dunst's own action menu, so the `ActionInvoked` signal comes
//! from the notification server itself — the agent believes no other sender), the agent
//! ends that session and the history says you did; "Secure my account" on it opens the
//! window to ask. An alert answered elsewhere takes its notification down.

use std::process::{Command, Stdio};
use std::time::Duration;

use sessionguard_e2e::{
    KillOnDrop, TestResult, agent_bin, notify_log, pids_of, private_dir, stop, wait_until, window_bin,
};
use sessionguard_protocol::{AccountRequest, AgentClient, Answer, HistoryFilter, Request};

const INTRUDER: &str = "Redmi Note 13 Pro";

/// An agent on the demo with the intruder two seconds away, and the id the notification
/// server gave the intruder's notification.
struct Shown {
    runtime_dir: std::path::PathBuf,
    id: u32,
    _agent: KillOnDrop,
    _returns: KillOnDrop,
}

fn intruder_notification() -> Result<Shown, Box<dyn std::error::Error>> {
    let runtime_dir = private_dir()?;
    let data_dir = private_dir()?;
    // The notification ids come back in method returns, which the desktop's monitor (it
    // watches the Notifications interface) does not see: watch those here.
    let returns_log = runtime_dir.join("returns.log");
    let returns = KillOnDrop(
        Command::new("dbus-monitor")
            .args(["--session", "type='method_return'"])
            .stdout(std::fs::File::create(&returns_log)?)
            .stderr(Stdio::null())
            .spawn()?,
    );
    std::thread::sleep(Duration::from_millis(300));
    let seen = std::fs::read_to_string(notify_log()?)?.len();
    let agent = KillOnDrop(
        Command::new(agent_bin())
            .args(["--demo", "--demo-intruder-after", "2", "--no-tray"])
            .env("SESSIONGUARD_RUNTIME_DIR", &runtime_dir)
            .env("SESSIONGUARD_DATA_DIR", &data_dir)
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?,
    );
    let (sender, serial) = wait_until(Duration::from_secs(20), || {
        let log = std::fs::read_to_string(notify_log().ok()?).ok()?;
        notify_call_with_actions(&log[seen.min(log.len())..], INTRUDER)
    })
    .ok_or("no notification with actions naming the intruder")?;
    let id = wait_until(Duration::from_secs(5), || {
        notification_id(&std::fs::read_to_string(&returns_log).ok()?, &sender, serial)
    })
    .ok_or("the notification server's answer (its id) was not seen")?;
    Ok(Shown { runtime_dir, id, _agent: agent, _returns: returns })
}

/// "Secure my account" chosen on the new-login notification does nothing by itself: the
/// agent opens the window and asks there (the window's confirmation carries it out).
#[test]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
fn secure_my_account_from_the_notification_asks_in_the_window() -> TestResult {
    let Shown { runtime_dir, id, .. } = &intruder_notification()?;
    let windows_before = pids_of(&window_bin());
    let pick = std::env::var_os("SESSIONGUARD_DUNST_PICK").ok_or("run through tests/desktop.sh")?;
    std::fs::write(pick, format!("[{id},secure]"))?;
    let chosen = Command::new("dunstctl").arg("context").status()?;
    assert!(chosen.success());

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let asked = runtime.block_on(async {
        let (client, _events) = AgentClient::connect(&runtime_dir.join("agent.sock")).await?;
        for _ in 0..100 {
            let state = client.request(Request::GetState).await?;
            if let Some(ask) = state.ask {
                // Nothing was ended: only asked.
                assert_eq!(state.sessions.len(), 7, "{:?}", state.sessions);
                return Ok::<_, Box<dyn std::error::Error>>(Some(ask));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(None)
    })?;
    // The window the agent opened for the question.
    let opened = wait_until(Duration::from_secs(10), || {
        pids_of(&window_bin()).into_iter().find(|pid| !windows_before.contains(pid))
    });
    if let Some(window) = opened {
        stop(window);
    }
    assert!(
        matches!(asked, Some(sessionguard_protocol::WindowAsk::SecureAccount { ref account }) if account == "demo"),
        "{asked:?}"
    );
    assert!(opened.is_some(), "the agent opened the window to ask");
    Ok(())
}

#[test]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
fn terminate_from_the_notification_ends_the_session() -> TestResult {
    let Shown { runtime_dir, id, .. } = &intruder_notification()?;
    // The person picks "Terminate" in dunst's action menu for this notification.
    let pick = std::env::var_os("SESSIONGUARD_DUNST_PICK").ok_or("run through tests/desktop.sh")?;
    std::fs::write(pick, format!("[{id},terminate]"))?;
    let chosen = Command::new("dunstctl").arg("context").status()?;
    assert!(chosen.success());

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let (client, _events) = AgentClient::connect(&runtime_dir.join("agent.sock")).await?;
        let mut gone = false;
        for _ in 0..100 {
            let state = client.request(Request::GetState).await?;
            if state.loaded && state.sessions.iter().all(|s| s.device_model != INTRUDER) {
                gone = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(gone, "the intruder's session ended after Terminate on the notification");
        let filter = HistoryFilter { kinds: vec!["terminated".into()], ..HistoryFilter::default() };
        let Answer::History { entries, .. } = client.ask(Request::History { filter }).await? else {
            return Err("expected the history".into());
        };
        assert_eq!(entries.len(), 1, "{entries:?}");
        assert_eq!((entries[0].device.as_deref(), entries[0].by.as_deref()), (Some(INTRUDER), Some("you")));
        Ok::<_, Box<dyn std::error::Error>>(())
    })
}

#[test]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
fn an_alert_answered_in_the_window_takes_its_notification_down() -> TestResult {
    let Shown { runtime_dir, id, .. } = &intruder_notification()?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let (client, _events) = AgentClient::connect(&runtime_dir.join("agent.sock")).await?;
        let state = client.request(Request::GetState).await?;
        let alert = state.alerts.first().ok_or("no alert for the intruder")?.id;
        let action = AccountRequest::Acknowledge { alert_id: alert };
        client.request(Request::Account { account: "demo".into(), action }).await?;
        Ok::<_, Box<dyn std::error::Error>>(())
    })?;
    let closed = wait_until(Duration::from_secs(10), || {
        let log = std::fs::read_to_string(notify_log().ok()?).ok()?;
        log.split("method call ")
            .any(|b| {
                b.lines().next().is_some_and(|l| l.contains("member=CloseNotification"))
                    && b.contains(&format!("uint32 {id}"))
            })
            .then_some(())
    });
    assert!(closed.is_some(), "CloseNotification({id}) was not called");
    Ok(())
}

/// The sender and serial of the first Notify call naming `text` that offers "terminate".
fn notify_call_with_actions(log: &str, text: &str) -> Option<(String, u32)> {
    log.split("method call ").find_map(|block| {
        let first = block.lines().next()?;
        if !first.contains("member=Notify") || !block.contains(text) || !block.contains("\"terminate\"") {
            return None;
        }
        let field = |name: &str| first.split_whitespace().find_map(|w| w.strip_prefix(name)).map(str::to_owned);
        Some((field("sender=")?, field("serial=")?.parse().ok()?))
    })
}

/// The notification id in the method return to `sender` for call `serial`.
fn notification_id(log: &str, sender: &str, serial: u32) -> Option<u32> {
    log.split("method return ").find_map(|block| {
        let mut lines = block.lines();
        let first = lines.next()?;
        let to_sender = first.contains(&format!("destination={sender} "));
        let answers = first.split_whitespace().any(|w| w == format!("reply_serial={serial}"));
        if !(to_sender && answers) {
            return None;
        }
        lines.next()?.trim().strip_prefix("uint32 ")?.parse().ok()
    })
}
