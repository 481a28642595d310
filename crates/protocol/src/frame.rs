//! The wire: one JSON object per line, each at most `MAX_FRAME_BYTES`.

use serde::{Deserialize, Serialize, de::DeserializeOwned};
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncReadExt, AsyncWrite, AsyncWriteExt};

use crate::error::ErrorBody;
use crate::messages::{AgentEvent, Answer, Request};

/// A frame larger than this is refused, so a bad peer cannot make us buffer without end.
pub const MAX_FRAME_BYTES: usize = 1 << 20;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientFrame {
    pub id: u32,
    pub request: Request,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "frame", rename_all = "snake_case")]
// A frame lives only between the socket and its reader; boxing the event buys nothing.
#[allow(clippy::large_enum_variant)]
pub enum ServerFrame {
    Reply { id: u32, result: Reply },
    Event { event: AgentEvent },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reply {
    Ok(Box<Answer>),
    Err(ErrorBody),
}

#[derive(Debug, thiserror::Error)]
pub enum FrameError {
    #[error("the connection closed")]
    Closed,
    #[error("a frame was larger than {MAX_FRAME_BYTES} bytes")]
    TooLarge,
    #[error("a frame was not valid: {0}")]
    Malformed(#[from] serde_json::Error),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// Reads the next frame; `Closed` at a clean end of stream.
pub async fn read_frame<T: DeserializeOwned>(
    reader: &mut (impl AsyncBufRead + Unpin),
    line: &mut Vec<u8>,
) -> Result<T, FrameError> {
    line.clear();
    let mut limited = (&mut *reader).take(MAX_FRAME_BYTES as u64 + 1);
    let read = limited.read_until(b'\n', line).await?;
    if read == 0 {
        return Err(FrameError::Closed);
    }
    if line.last() != Some(&b'\n') {
        return Err(if line.len() > MAX_FRAME_BYTES { FrameError::TooLarge } else { FrameError::Closed });
    }
    Ok(serde_json::from_slice(line)?)
}

pub async fn write_frame<T: Serialize>(writer: &mut (impl AsyncWrite + Unpin), frame: &T) -> Result<(), FrameError> {
    let mut bytes = serde_json::to_vec(frame)?;
    bytes.push(b'\n');
    writer.write_all(&bytes).await?;
    writer.flush().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::BufReader;

    #[tokio::test]
    async fn frames_round_trip_and_oversized_ones_are_refused() {
        let (mut a, b) = tokio::io::duplex(4096);
        let frame = ClientFrame { id: 7, request: Request::SelectAccount { account: "demo".into() } };
        write_frame(&mut a, &frame).await.ok();
        drop(a);
        let mut reader = BufReader::new(b);
        let mut line = Vec::new();
        let back: ClientFrame =
            read_frame(&mut reader, &mut line).await.unwrap_or(ClientFrame { id: 0, request: Request::GetState });
        assert_eq!(back, frame);
        assert!(matches!(read_frame::<ClientFrame>(&mut reader, &mut line).await, Err(FrameError::Closed)));

        let big = vec![b'x'; MAX_FRAME_BYTES + 10];
        let mut reader = BufReader::new(&big[..]);
        assert!(matches!(read_frame::<ClientFrame>(&mut reader, &mut line).await, Err(FrameError::TooLarge)));

        let mut reader = BufReader::new(&b"{not json}\n"[..]);
        assert!(matches!(read_frame::<ClientFrame>(&mut reader, &mut line).await, Err(FrameError::Malformed(_))));
    }
}
