//! Start at login, through the real agent: the Settings switch writes an XDG autostart
//! entry that starts this very agent, and switching it off removes the entry.

use std::process::{Command, Stdio};
use std::time::Duration;

use sessionguard_e2e::{KillOnDrop, TestResult, agent_bin, private_dir, wait_until};
use sessionguard_protocol::{AgentClient, Request};

#[tokio::test]
#[ignore = "needs the built agent: run through scripts/test"]
async fn the_switch_writes_and_removes_the_autostart_entry() -> TestResult {
    let runtime_dir = private_dir()?;
    let data_dir = private_dir()?;
    let config_dir = private_dir()?;
    let _agent = KillOnDrop(
        Command::new(agent_bin())
            .args(["--demo", "--demo-intruder-after", "0", "--no-tray"])
            .env("SESSIONGUARD_RUNTIME_DIR", &runtime_dir)
            .env("SESSIONGUARD_DATA_DIR", &data_dir)
            .env("XDG_CONFIG_HOME", &config_dir)
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?,
    );
    let entry = config_dir.join("autostart").join("sessionguard-agent.desktop");
    let socket = runtime_dir.join("agent.sock");
    let (client, _events) =
        wait_until("the agent's socket", Duration::from_secs(10), async || AgentClient::connect(&socket).await.ok())
            .await?;
    let mut settings = client.request(Request::GetState).await?.settings;
    assert!(!settings.autostart, "off by default");
    assert!(!entry.exists());

    settings.autostart = true;
    let state = client.request(Request::UpdateSettings { settings: settings.clone() }).await?;
    assert!(state.settings.autostart);
    let text = std::fs::read_to_string(&entry)?;
    let agent = agent_bin().canonicalize()?;
    assert!(text.contains(&format!("Exec=\"{}\"", agent.display())), "{text}");

    settings.autostart = false;
    client.request(Request::UpdateSettings { settings }).await?;
    assert!(!entry.exists(), "switched off, the entry is gone");
    Ok(())
}
