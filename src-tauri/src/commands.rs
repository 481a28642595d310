//! The window's one command: forward a request to the agent, return its answer.

use sessionguard_protocol::{AgentState, ErrorBody, Request};

use crate::agent_link::AgentLink;

#[tauri::command]
pub async fn agent_request(request: Request, link: tauri::State<'_, AgentLink>) -> Result<AgentState, ErrorBody> {
    link.request(request).await
}
