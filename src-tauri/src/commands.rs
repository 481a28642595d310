//! The window's one command: forward a request to the agent, return its answer.

use sessionguard_protocol::{Answer, ErrorBody, Request};

use crate::agent_link::AgentLink;

#[tauri::command]
pub async fn agent_request(request: Request, link: tauri::State<'_, AgentLink>) -> Result<Answer, ErrorBody> {
    link.request(request).await
}
