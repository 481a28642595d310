//! Asks the running agent for its state over its socket and prints one line about it:
//! `tests/deb-smoke.sh` checks with it that the agent an installed window started answers.
//!   cargo run -p sessionguard-e2e --example agent_state    (exit 1: no agent answered)

use sessionguard_protocol::{AgentClient, Request, RuntimeDir};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = RuntimeDir::for_this_user()?;
    let (client, _events) = AgentClient::connect(&dir.socket_path()).await?;
    let state = client.request(Request::GetState).await?;
    println!(
        "loaded={} accounts={} sessions={} alerts={} socket={}",
        state.loaded,
        state.accounts.len(),
        state.sessions.len(),
        state.alerts.len(),
        dir.socket_path().display()
    );
    Ok(())
}
