//! The window's link to the agent: connects (starting the agent at launch if none runs),
//! relays the agent's events to the web view, and forwards requests.

use std::sync::Arc;
use std::time::Duration;

use sessionguard_protocol::{AgentClient, AgentEvent, Answer, ConnectionStatus, ErrorBody, Request, RuntimeDir};
use tauri::{AppHandle, Emitter, Manager};
use tokio::sync::{Notify, RwLock, watch};

/// Event names the web view listens to.
pub const AGENT_EVENT: &str = "agent-event";
pub const AGENT_CONNECTION: &str = "agent-connection";

/// How long a freshly started agent may take to open its socket.
const AGENT_START_TIMEOUT: Duration = Duration::from_secs(10);
/// How often a lost agent is looked for again.
const RECONNECT_EVERY: Duration = Duration::from_secs(2);

pub struct AgentLink {
    agent_args: Vec<String>,
    client: RwLock<Option<Arc<AgentClient>>>,
    connected: watch::Sender<bool>,
    /// A request arrived while disconnected: start the agent if it is not running.
    start_requested: Notify,
}

impl AgentLink {
    pub fn new(agent_args: Vec<String>) -> Self {
        Self {
            agent_args,
            client: RwLock::new(None),
            connected: watch::channel(false).0,
            start_requested: Notify::new(),
        }
    }

    /// Keeps the link up for the window's life.
    pub async fn run(&self, app: AppHandle) {
        // At launch the window starts the agent; after a loss (the person quit it from
        // the tray) only the person's Retry starts it again.
        let mut may_start = true;
        loop {
            match self.connect(may_start).await {
                Ok((client, mut events)) => {
                    *self.client.write().await = Some(Arc::new(client));
                    self.connected.send_replace(true);
                    emit_connection(&app, true, None);
                    while let Some(event) = events.recv().await {
                        if event == AgentEvent::Focus {
                            focus_main_window(&app);
                        }
                        let _ = app.emit(AGENT_EVENT, &event);
                    }
                    *self.client.write().await = None;
                    self.connected.send_replace(false);
                    emit_connection(&app, false, Some("The SessionGuard agent stopped.".into()));
                }
                Err(error) => {
                    tracing::warn!(%error, "cannot reach the agent");
                    emit_connection(&app, false, Some(error.message));
                }
            }
            may_start = tokio::select! {
                () = self.start_requested.notified() => true,
                () = tokio::time::sleep(RECONNECT_EVERY) => false,
            };
        }
    }

    async fn connect(
        &self,
        may_start: bool,
    ) -> Result<(AgentClient, tokio::sync::mpsc::UnboundedReceiver<AgentEvent>), ErrorBody> {
        let socket = RuntimeDir::for_this_user()
            .map_err(|e| ErrorBody::new(sessionguard_protocol::ErrorCode::AgentUnreachable, e.to_string()))?
            .socket_path();
        let (client, events) = match AgentClient::connect(&socket).await {
            Ok(link) => link,
            Err(first_error) if may_start => {
                tracing::info!("no agent is running; starting one");
                crate::agent_process::start_agent(&self.agent_args)
                    .map_err(|e| ErrorBody::new(sessionguard_protocol::ErrorCode::AgentUnreachable, e.to_string()))?;
                let deadline = tokio::time::Instant::now() + AGENT_START_TIMEOUT;
                loop {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    match AgentClient::connect(&socket).await {
                        Ok(link) => break link,
                        Err(_) if tokio::time::Instant::now() < deadline => {}
                        Err(_) => return Err(first_error.into()),
                    }
                }
            }
            Err(error) => return Err(error.into()),
        };
        client.request(Request::Subscribe).await?;
        Ok((client, events))
    }

    /// Forwards a request, waiting for (and if need be starting) the agent first.
    pub async fn request(&self, request: Request) -> Result<Answer, ErrorBody> {
        let client = self.client.read().await.clone();
        let client = match client {
            Some(client) => client,
            None => {
                self.start_requested.notify_one();
                let mut connected = self.connected.subscribe();
                let wait = connected.wait_for(|c| *c);
                let _ = tokio::time::timeout(AGENT_START_TIMEOUT, wait).await;
                self.client.read().await.clone().ok_or_else(|| {
                    ErrorBody::new(
                        sessionguard_protocol::ErrorCode::AgentUnreachable,
                        "The SessionGuard agent is not running and could not be started.",
                    )
                })?
            }
        };
        client.ask(request).await.map_err(ErrorBody::from)
    }
}

fn emit_connection(app: &AppHandle, connected: bool, message: Option<String>) {
    let _ = app.emit(AGENT_CONNECTION, ConnectionStatus { connected, message });
}

/// Shows the main window if it is still hidden (it starts so), focused as a window just
/// launched would be; a window already shown is left as it is.
pub fn show_main_window(app: &AppHandle) {
    let hidden = app.get_webview_window("main").is_some_and(|w| !w.is_visible().unwrap_or(true));
    if hidden {
        focus_main_window(app);
    }
}

/// Shows, un-minimises and focuses the main window.
pub fn focus_main_window(app: &AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.show();
        let _ = window.unminimize();
        let _ = window.set_focus();
    }
}
