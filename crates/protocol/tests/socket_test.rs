//! The protocol over a real local socket: a request and an event round-trip, one agent
//! per user, and a socket no other user can open.

use std::sync::Arc;
use std::time::Duration;

use sessionguard_core::SessionHash;
use sessionguard_protocol::{
    AccountRequest, AccountView, AgentClient, AgentEvent, AgentLock, AgentState, Answer, ErrorBody, ErrorCode,
    ForwardingView, HistoryFilter, Limits, LockError, Request, RequestHandler, RuntimeDir, Settings, SocketServer,
};
use tokio::sync::broadcast;

type TestResult = Result<(), Box<dyn std::error::Error>>;

struct EchoAgent {
    events: broadcast::Sender<AgentEvent>,
}

fn state(label: &str) -> AgentState {
    AgentState {
        accounts: vec![],
        account: Some(AccountView { id: "demo".into(), label: label.into(), demo: true }),
        sign_in: None,
        loaded: true,
        error: None,
        sessions: vec![],
        websites: Vec::new(),
        secure_report: None,
        email_code_length: None,
        inactive_ttl_days: 180,
        may_reset_others_from: None,
        alerts: vec![],
        refreshed_at: None,
        checkup: None,
        settings: Settings::default(),
        language: "en".into(),
        languages: Vec::new(),
        forwarding: ForwardingView::default(),
        ask: None,
        notices: Vec::new(),
        revision: 1,
    }
}

fn terminate(hash: i64) -> Request {
    Request::Account { account: "demo".into(), action: AccountRequest::Terminate { hash: SessionHash(hash) } }
}

fn terminate_others() -> Request {
    Request::Account { account: "demo".into(), action: AccountRequest::TerminateOthers }
}

impl RequestHandler for EchoAgent {
    async fn handle(&self, request: Request) -> Result<Answer, ErrorBody> {
        if request == terminate(0) {
            return Err(ErrorBody::new(ErrorCode::CurrentSession, "ours"));
        }
        match request {
            request if request == terminate_others() => {
                let _ = self.events.send(AgentEvent::State { state: Box::new(state("after terminate-others")) });
                Ok(Answer::state(state("requested")))
            }
            Request::History { .. } => Ok(Answer::History { entries: vec![], more: true }),
            other => Ok(Answer::state(state(&format!("{other:?}")))),
        }
    }

    fn subscribe(&self) -> broadcast::Receiver<AgentEvent> {
        self.events.subscribe()
    }
}

fn start_agent(dir: &RuntimeDir) -> Result<broadcast::Sender<AgentEvent>, sessionguard_protocol::BindError> {
    let server = SocketServer::bind(dir)?;
    let (events, _) = broadcast::channel(16);
    tokio::spawn(server.serve(Arc::new(EchoAgent { events: events.clone() })));
    Ok(events)
}

#[tokio::test]
async fn a_request_and_an_event_round_trip() -> TestResult {
    let tmp = tempfile::tempdir()?;
    let dir = RuntimeDir::at(tmp.path().join("rt"))?;
    start_agent(&dir)?;

    let (client, mut events) = AgentClient::connect(&dir.socket_path()).await?;
    assert_eq!(client.request(Request::GetState).await?.account.map(|a| a.label).as_deref(), Some("GetState"));
    client.request(Request::Subscribe).await?;
    client.request(terminate_others()).await?;
    let event = tokio::time::timeout(Duration::from_secs(5), events.recv()).await?;
    match event {
        Some(AgentEvent::State { state }) => {
            assert_eq!(state.account.map(|a| a.label).as_deref(), Some("after terminate-others"))
        }
        other => return Err(format!("expected a state event, got {other:?}").into()),
    }
    let refused = client.request(terminate(0)).await;
    match refused {
        Err(sessionguard_protocol::ClientError::Agent(body)) => assert_eq!(body.code, ErrorCode::CurrentSession),
        other => return Err(format!("expected the agent's error, got {other:?}").into()),
    }
    // Answers other than the state travel too.
    let answer = client.ask(Request::History { filter: HistoryFilter::default() }).await?;
    assert_eq!(answer, Answer::History { entries: vec![], more: true });
    Ok(())
}

#[tokio::test]
async fn a_closed_window_stops_being_a_subscriber_at_once() -> TestResult {
    let tmp = tempfile::tempdir()?;
    let dir = RuntimeDir::at(tmp.path().join("rt"))?;
    let events = start_agent(&dir)?;
    let (client, _events) = AgentClient::connect(&dir.socket_path()).await?;
    client.request(Request::Subscribe).await?;
    assert_eq!(events.receiver_count(), 1);
    drop(client);
    drop(_events);
    // No event is sent in between: the count must drop on the close alone.
    for _ in 0..50 {
        if events.receiver_count() == 0 {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Err(format!("still {} subscribers after the window closed", events.receiver_count()).into())
}

#[tokio::test]
async fn no_agent_is_a_clear_unreachable_error() -> TestResult {
    let tmp = tempfile::tempdir()?;
    let dir = RuntimeDir::at(tmp.path().join("rt"))?;
    let error = AgentClient::connect(&dir.socket_path()).await.err().ok_or("connected to nothing")?;
    let body = ErrorBody::from(error);
    assert_eq!(body.code, ErrorCode::AgentUnreachable);
    assert!(body.message.contains("not running"), "{}", body.message);
    Ok(())
}

#[test]
fn a_second_agent_is_refused_with_the_first_ones_pid() -> TestResult {
    let tmp = tempfile::tempdir()?;
    let dir = RuntimeDir::at(tmp.path().join("rt"))?;
    let first = AgentLock::acquire(&dir)?;
    match AgentLock::acquire(&dir) {
        Err(LockError::AlreadyRunning { pid }) => assert_eq!(pid, Some(std::process::id())),
        other => return Err(format!("expected AlreadyRunning, got {other:?}").into()),
    }
    drop(first);
    AgentLock::acquire(&dir)?;
    Ok(())
}

#[cfg(unix)]
#[tokio::test]
async fn the_socket_is_closed_to_other_users() -> TestResult {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir()?;
    std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o755))?;
    let dir = RuntimeDir::at(tmp.path().join("rt"))?;
    start_agent(&dir)?;
    let socket = dir.socket_path();
    assert_eq!(std::fs::metadata(dir.path())?.permissions().mode() & 0o777, 0o700);
    assert_eq!(std::fs::metadata(&socket)?.permissions().mode() & 0o777, 0o600);

    // As root, also try it for real: user `nobody` connecting must be refused by the OS.
    if rustix_is_root() && std::path::Path::new("/usr/bin/setpriv").exists() {
        let out = tokio::process::Command::new("/usr/bin/setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/python3", "-c"])
            .arg("import socket,sys; s=socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); print('connected')")
            .arg(&socket)
            .output()
            .await?;
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "nobody connected: {}", String::from_utf8_lossy(&out.stdout));
        assert!(stderr.contains("PermissionError"), "{stderr}");
    }
    Ok(())
}

#[cfg(unix)]
fn rustix_is_root() -> bool {
    std::process::Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

/// A pipe name someone else holds already: the agent must neither serve beside it nor hand
/// its windows to it.
#[cfg(windows)]
#[tokio::test]
async fn a_pipe_name_held_by_another_program_is_refused() -> TestResult {
    use interprocess::local_socket::ListenerOptions;
    use interprocess::local_socket::{GenericFilePath, ToFsName};
    let tmp = tempfile::tempdir()?;
    let dir = RuntimeDir::at(tmp.path().join("rt"))?;
    let name = dir.socket_path().to_fs_name::<GenericFilePath>()?;
    let _squatter = ListenerOptions::new().name(name).create_tokio()?;
    match SocketServer::bind(&dir) {
        Err(error @ sessionguard_protocol::BindError::NameTaken { .. }) => {
            assert!(error.to_string().contains("another program already holds"), "{error}")
        }
        other => return Err(format!("expected NameTaken, got {other:?}").into()),
    }
    Ok(())
}

#[cfg(windows)]
#[test]
fn the_pipe_is_named_for_this_user_and_this_runtime_directory() -> TestResult {
    let tmp = tempfile::tempdir()?;
    let a = RuntimeDir::at(tmp.path().join("a"))?;
    let b = RuntimeDir::at(tmp.path().join("b"))?;
    let name = a.socket_path().display().to_string();
    assert!(name.starts_with(r"\\.\pipe\sessionguard-S-1-"), "{name}");
    assert_ne!(a.socket_path(), b.socket_path(), "two runtime directories, two pipes");
    Ok(())
}

/// A handler whose requests wait at a gate, counting how many wait at once.
struct GatedAgent {
    gate: tokio::sync::Semaphore,
    waiting: std::sync::atomic::AtomicUsize,
    most_waiting: std::sync::atomic::AtomicUsize,
}

impl Default for GatedAgent {
    fn default() -> Self {
        Self { gate: tokio::sync::Semaphore::new(0), waiting: Default::default(), most_waiting: Default::default() }
    }
}

impl RequestHandler for GatedAgent {
    async fn handle(&self, request: Request) -> Result<Answer, ErrorBody> {
        use std::sync::atomic::Ordering::SeqCst;
        let now = self.waiting.fetch_add(1, SeqCst) + 1;
        self.most_waiting.fetch_max(now, SeqCst);
        if let Ok(pass) = self.gate.acquire().await {
            pass.forget();
        }
        self.waiting.fetch_sub(1, SeqCst);
        Ok(Answer::state(state(&format!("{request:?}"))))
    }

    fn subscribe(&self) -> broadcast::Receiver<AgentEvent> {
        broadcast::channel(1).1
    }
}

fn small_limits() -> Limits {
    Limits { connections: 4, in_flight: 8, frame_time: Duration::from_millis(300) }
}

fn start_with(dir: &RuntimeDir, handler: Arc<impl RequestHandler>) -> TestResult {
    let server = SocketServer::bind(dir)?.with_limits(small_limits());
    tokio::spawn(server.serve(handler));
    Ok(())
}

async fn raw_stream(dir: &RuntimeDir) -> std::io::Result<interprocess::local_socket::tokio::Stream> {
    use interprocess::local_socket::traits::tokio::Stream as _;
    use interprocess::local_socket::{GenericFilePath, ToFsName};
    interprocess::local_socket::tokio::Stream::connect(dir.socket_path().to_fs_name::<GenericFilePath>()?).await
}

/// Reads until the agent closes the connection; the bytes it sent before.
async fn read_to_close(stream: &mut interprocess::local_socket::tokio::Stream) -> std::io::Result<Vec<u8>> {
    use tokio::io::AsyncReadExt;
    let mut all = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut all))
        .await
        .map_err(|_| std::io::Error::other("the agent kept the connection open"))??;
    Ok(all)
}

#[tokio::test]
async fn a_connection_gets_no_more_than_its_share_of_requests_in_flight() -> TestResult {
    use std::sync::atomic::Ordering::SeqCst;
    let tmp = tempfile::tempdir()?;
    let dir = RuntimeDir::at(tmp.path().join("rt"))?;
    let agent = Arc::new(GatedAgent::default());
    start_with(&dir, agent.clone())?;
    let (client, _events) = AgentClient::connect(&dir.socket_path()).await?;
    let client = Arc::new(client);
    let asks: Vec<_> = (0..40)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.request(Request::GetState).await })
        })
        .collect();
    // The agent reads up to its limit and then waits for replies to drain.
    for _ in 0..200 {
        if agent.waiting.load(SeqCst) == small_limits().in_flight {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(agent.waiting.load(SeqCst), small_limits().in_flight);
    agent.gate.add_permits(1000);
    for ask in asks {
        ask.await??;
    }
    assert_eq!(agent.most_waiting.load(SeqCst), small_limits().in_flight, "never more in flight than the limit");
    Ok(())
}

#[tokio::test]
async fn a_frame_begun_and_never_finished_is_closed() -> TestResult {
    use tokio::io::AsyncWriteExt;
    let tmp = tempfile::tempdir()?;
    let dir = RuntimeDir::at(tmp.path().join("rt"))?;
    start_with(&dir, Arc::new(GatedAgent::default()))?;
    let mut stream = raw_stream(&dir).await?;
    stream.write_all(br#"{"id":1,"request":"#).await?;
    assert!(read_to_close(&mut stream).await?.is_empty());
    Ok(())
}

#[tokio::test]
async fn connections_past_the_limit_are_closed_and_the_rest_still_served() -> TestResult {
    let tmp = tempfile::tempdir()?;
    let dir = RuntimeDir::at(tmp.path().join("rt"))?;
    let agent = Arc::new(GatedAgent::default());
    agent.gate.add_permits(1000);
    start_with(&dir, agent)?;
    let mut idle = Vec::new();
    for _ in 0..small_limits().connections {
        let (client, events) = AgentClient::connect(&dir.socket_path()).await?;
        client.request(Request::GetState).await?;
        idle.push((client, events));
    }
    let mut one_too_many = raw_stream(&dir).await?;
    assert!(read_to_close(&mut one_too_many).await?.is_empty(), "the extra connection is closed");
    // A window that leaves frees its place.
    drop(idle.pop());
    for _ in 0..200 {
        if let Ok((client, _events)) = AgentClient::connect(&dir.socket_path()).await
            && client.request(Request::GetState).await.is_ok()
        {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    Err("no new connection was served after one left".into())
}

#[tokio::test]
async fn a_malformed_request_is_answered_with_its_id() -> TestResult {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt};
    let tmp = tempfile::tempdir()?;
    let dir = RuntimeDir::at(tmp.path().join("rt"))?;
    start_agent(&dir)?;
    let stream = raw_stream(&dir).await?;
    let (recv, mut send) = tokio::io::split(stream);
    send.write_all(b"{\"id\":42,\"request\":{\"no_such_request\":1}}\n").await?;
    let mut line = String::new();
    tokio::time::timeout(Duration::from_secs(5), tokio::io::BufReader::new(recv).read_line(&mut line)).await??;
    let reply: serde_json::Value = serde_json::from_str(&line)?;
    assert_eq!(reply["id"], 42, "{line}");
    assert_eq!(reply["result"]["err"]["code"], "bad_request", "{line}");
    Ok(())
}
