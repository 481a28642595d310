//! One window's connection to the agent, served within bounds: a frame begun must end in
//! time, only so many requests are in flight (past that the agent stops reading until the
//! replies drain), and a request that cannot be read is answered with its id when it has
//! one. Whatever the peer sends, the agent's memory for it stays bounded.

use std::sync::Arc;
use std::time::Duration;

use interprocess::local_socket::tokio::Stream;
use tokio::io::{AsyncBufReadExt, BufReader, ReadHalf, WriteHalf};
use tokio::sync::{Semaphore, broadcast, mpsc};

use crate::error::{ErrorBody, ErrorCode};
use crate::frame::{ClientFrame, FrameError, Reply, ServerFrame, read_frame, write_frame};
use crate::messages::{AgentEvent, Request};
use crate::server::RequestHandler;

/// How much one peer may ask of the agent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Connections served at once; more are closed as they arrive.
    pub connections: usize,
    /// Requests of one connection being handled at once.
    pub in_flight: usize,
    /// From a frame's first byte to its end.
    pub frame_time: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self { connections: 64, in_flight: 32, frame_time: Duration::from_secs(10) }
    }
}

/// Replies and events queued for one connection's writer.
const QUEUED_FRAMES: usize = 64;

pub(crate) async fn serve<H: RequestHandler>(
    handler: Arc<H>,
    recv: ReadHalf<Stream>,
    send: WriteHalf<Stream>,
    limits: Limits,
) {
    let (out_tx, out_rx) = mpsc::channel::<ServerFrame>(QUEUED_FRAMES);
    let writer = tokio::spawn(write_frames(send, out_rx));
    let in_flight = Arc::new(Semaphore::new(limits.in_flight));
    let mut reader = BufReader::new(recv);
    let mut line = Vec::new();
    // The subscription ends with the connection, so a closed window stops counting as a
    // subscriber at once rather than at the next event.
    let mut forwarder: Option<tokio::task::JoinHandle<()>> = None;
    loop {
        // Stop reading while the peer's requests are all in flight.
        let Ok(permit) = in_flight.clone().acquire_owned().await else { break };
        // Waiting for a next frame has no limit (a window may be quiet for hours)...
        match reader.fill_buf().await {
            Ok([]) | Err(_) => break,
            Ok(_) => {}
        }
        // ...but one begun must be finished in time.
        let frame: ClientFrame = match tokio::time::timeout(limits.frame_time, read_frame(&mut reader, &mut line)).await
        {
            Err(_) => {
                tracing::debug!("a frame was begun and not finished in time; closing the connection");
                break;
            }
            Ok(Ok(frame)) => frame,
            Ok(Err(FrameError::Malformed(error))) => {
                let body = ErrorBody::new(ErrorCode::BadRequest, format!("malformed request: {error}"));
                let reply = ServerFrame::Reply { id: request_id(&line), result: Reply::Err(body) };
                if out_tx.send(reply).await.is_err() {
                    break;
                }
                continue;
            }
            Ok(Err(FrameError::Closed)) => break,
            Ok(Err(error)) => {
                tracing::debug!(%error, "closing a connection");
                break;
            }
        };
        if frame.request == Request::Subscribe && forwarder.is_none() {
            forwarder = Some(tokio::spawn(forward_events(handler.subscribe(), out_tx.clone())));
        }
        let handler = handler.clone();
        let out_tx = out_tx.clone();
        tokio::spawn(async move {
            let result = match handler.handle(frame.request).await {
                Ok(answer) => Reply::Ok(Box::new(answer)),
                Err(body) => Reply::Err(body),
            };
            let _ = out_tx.send(ServerFrame::Reply { id: frame.id, result }).await;
            // In flight until its reply is queued: a peer that never reads is not read.
            drop(permit);
        });
    }
    if let Some(forwarder) = forwarder {
        forwarder.abort();
    }
    drop(out_tx);
    let _ = writer.await;
}

/// The id of a request that could not be read as a whole, if that much is readable.
fn request_id(line: &[u8]) -> u32 {
    #[derive(serde::Deserialize)]
    struct IdOnly {
        id: u32,
    }
    serde_json::from_slice::<IdOnly>(line).map(|frame| frame.id).unwrap_or(0)
}

async fn forward_events(mut events: broadcast::Receiver<AgentEvent>, out: mpsc::Sender<ServerFrame>) {
    loop {
        match events.recv().await {
            Ok(event) => {
                if out.send(ServerFrame::Event { event }).await.is_err() {
                    return;
                }
            }
            // A slow window missed some events; the next state event catches it up.
            Err(broadcast::error::RecvError::Lagged(missed)) => tracing::debug!(missed, "a subscriber lagged"),
            Err(broadcast::error::RecvError::Closed) => return,
        }
    }
}

async fn write_frames(mut send: WriteHalf<Stream>, mut frames: mpsc::Receiver<ServerFrame>) {
    while let Some(frame) = frames.recv().await {
        if write_frame(&mut send, &frame).await.is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::request_id;

    #[test]
    fn a_malformed_request_keeps_its_id_when_it_can_be_read() {
        assert_eq!(request_id(br#"{"id":42,"request":{"nonsense":1}}"#), 42);
        assert_eq!(request_id(br#"{"request":"get_state","id":7}"#), 7);
        assert_eq!(request_id(b"{not json"), 0);
        assert_eq!(request_id(br#"{"id":-1}"#), 0);
    }
}
