//! The MTProto message layer inside an encrypted packet: salt, session id, and messages
//! (msg_id, seq_no, body), with containers and gzip from the client, and the server's own
//! msg_ids and seq_nos for what it sends back.

use std::io::Read;
use std::time::{SystemTime, UNIX_EPOCH};

use grammers_tl_types::{self as tl, Deserializable, Serializable};

pub const MSG_CONTAINER: u32 = 0x73f1_f8dc;
pub const GZIP_PACKED: u32 = 0x3072_cfa1;
pub const RPC_RESULT: u32 = 0xf35c_6d01;

/// A client may send at most this much once decompressed; more is refused, not allocated.
const MAX_UNPACKED: u64 = 8 * 1024 * 1024;
/// Telegram refuses containers of more messages than this.
const MAX_CONTAINER_LEN: usize = 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub msg_id: i64,
    pub seq_no: i32,
    pub body: Vec<u8>,
}

impl Message {
    /// The constructor id the body starts with.
    pub fn constructor(&self) -> Option<u32> {
        constructor(&self.body)
    }
}

/// What one decrypted client packet holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientPacket {
    pub salt: i64,
    pub session_id: i64,
    pub message: Message,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MessageError {
    #[error("the message is truncated or its length is wrong")]
    BadLength,
    #[error("the compressed message could not be unpacked")]
    BadGzip,
    #[error("the container is malformed")]
    BadContainer,
}

pub fn constructor(body: &[u8]) -> Option<u32> {
    Some(u32::from_le_bytes(body.get(..4)?.try_into().ok()?))
}

/// Reads `salt | session_id | msg_id | seq_no | length | body | padding`.
pub fn parse_client_packet(plaintext: &[u8]) -> Result<ClientPacket, MessageError> {
    let mut cursor = tl::Cursor::from_slice(plaintext);
    let salt = i64::deserialize(&mut cursor).map_err(|_| MessageError::BadLength)?;
    let session_id = i64::deserialize(&mut cursor).map_err(|_| MessageError::BadLength)?;
    let message = read_message(&mut cursor)?;
    Ok(ClientPacket { salt, session_id, message })
}

fn read_message(cursor: &mut tl::Cursor) -> Result<Message, MessageError> {
    let msg_id = i64::deserialize(cursor).map_err(|_| MessageError::BadLength)?;
    let seq_no = i32::deserialize(cursor).map_err(|_| MessageError::BadLength)?;
    let len = i32::deserialize(cursor).map_err(|_| MessageError::BadLength)?;
    let len = usize::try_from(len).map_err(|_| MessageError::BadLength)?;
    if !len.is_multiple_of(4) || len > crate::transport::MAX_PACKET {
        return Err(MessageError::BadLength);
    }
    let mut body = vec![0u8; len];
    cursor.read_exact(&mut body).map_err(|_| MessageError::BadLength)?;
    Ok(Message { msg_id, seq_no, body })
}

/// The messages inside a `msg_container` body.
pub fn unpack_container(body: &[u8]) -> Result<Vec<Message>, MessageError> {
    let mut cursor = tl::Cursor::from_slice(body);
    if u32::deserialize(&mut cursor).ok() != Some(MSG_CONTAINER) {
        return Err(MessageError::BadContainer);
    }
    let count = i32::deserialize(&mut cursor).map_err(|_| MessageError::BadContainer)?;
    let count = usize::try_from(count).map_err(|_| MessageError::BadContainer)?;
    if count > MAX_CONTAINER_LEN {
        return Err(MessageError::BadContainer);
    }
    (0..count).map(|_| read_message(&mut cursor)).collect()
}

/// The object inside a `gzip_packed` body.
pub fn gunzip(body: &[u8]) -> Result<Vec<u8>, MessageError> {
    let mut cursor = tl::Cursor::from_slice(body);
    if u32::deserialize(&mut cursor).ok() != Some(GZIP_PACKED) {
        return Err(MessageError::BadGzip);
    }
    let packed = Vec::<u8>::deserialize(&mut cursor).map_err(|_| MessageError::BadGzip)?;
    let mut unpacked = Vec::new();
    flate2::read::GzDecoder::new(packed.as_slice())
        .take(MAX_UNPACKED + 1)
        .read_to_end(&mut unpacked)
        .map_err(|_| MessageError::BadGzip)?;
    if unpacked.len() as u64 > MAX_UNPACKED {
        return Err(MessageError::BadGzip);
    }
    Ok(unpacked)
}

/// `rpc_result#f35c6d01 req_msg_id:long result:Object`.
pub fn rpc_result(req_msg_id: i64, result: &[u8]) -> Vec<u8> {
    let mut body = Vec::with_capacity(12 + result.len());
    RPC_RESULT.serialize(&mut body);
    req_msg_id.serialize(&mut body);
    body.extend_from_slice(result);
    body
}

/// `rpc_error#2144ca19 error_code:int error_message:string`, inside an `rpc_result`.
pub fn rpc_error(req_msg_id: i64, code: i32, message: &str) -> Vec<u8> {
    let error = tl::enums::RpcError::Error(tl::types::RpcError { error_code: code, error_message: message.into() });
    rpc_result(req_msg_id, &error.to_bytes())
}

/// What the server is about to send: a body, and whether it answers a client message
/// (which decides its msg_id modulo 4) and needs an acknowledgement (odd seq_no).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub body: Vec<u8>,
    pub response: bool,
    pub content_related: bool,
}

impl Outgoing {
    pub fn response(body: Vec<u8>) -> Self {
        Self { body, response: true, content_related: true }
    }

    /// A service answer that needs no acknowledgement (pong, future salts).
    pub fn service(body: Vec<u8>) -> Self {
        Self { body, response: true, content_related: false }
    }

    /// Something the server says unasked: an update.
    pub fn push(body: Vec<u8>) -> Self {
        Self { body, response: false, content_related: true }
    }
}

/// The server side of one MTProto session: msg_ids that grow and seq_nos that count
/// content-related messages.
#[derive(Debug, Default)]
pub struct Outbox {
    last_msg_id: i64,
    content_sent: i32,
}

impl Outbox {
    pub fn new() -> Self {
        Self::default()
    }

    /// Server msg_ids are the time in 2^-32 s, strictly growing, and ≡ 1 (mod 4) for
    /// responses, ≡ 3 for everything else.
    fn next_msg_id(&mut self, response: bool) -> i64 {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        let mut id = ((now.as_secs() as i64) << 32) | i64::from(now.subsec_nanos() & !3);
        if id <= self.last_msg_id {
            id = (self.last_msg_id & !3) + 4;
        }
        id = (id & !3) | if response { 1 } else { 3 };
        self.last_msg_id = id;
        id
    }

    fn next_seq_no(&mut self, content_related: bool) -> i32 {
        if content_related {
            self.content_sent += 1;
            self.content_sent * 2 - 1
        } else {
            self.content_sent * 2
        }
    }

    /// `salt | session_id | message`, with several messages wrapped in a container.
    pub fn seal(&mut self, salt: i64, session_id: i64, outgoing: &[Outgoing]) -> Vec<u8> {
        let mut plaintext = Vec::new();
        salt.serialize(&mut plaintext);
        session_id.serialize(&mut plaintext);
        match outgoing {
            [single] => self.write_message(&mut plaintext, single),
            many => {
                let mut container = Vec::new();
                MSG_CONTAINER.serialize(&mut container);
                (many.len() as i32).serialize(&mut container);
                for message in many {
                    self.write_message(&mut container, message);
                }
                let id = self.next_msg_id(false);
                let seq_no = self.next_seq_no(false);
                write_raw(&mut plaintext, id, seq_no, &container);
            }
        }
        plaintext
    }

    fn write_message(&mut self, out: &mut Vec<u8>, message: &Outgoing) {
        let id = self.next_msg_id(message.response);
        let seq_no = self.next_seq_no(message.content_related);
        write_raw(out, id, seq_no, &message.body);
    }
}

fn write_raw(out: &mut Vec<u8>, msg_id: i64, seq_no: i32, body: &[u8]) {
    msg_id.serialize(out);
    seq_no.serialize(out);
    (body.len() as i32).serialize(out);
    out.extend_from_slice(body);
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn client_packet(session_id: i64, msg_id: i64, body: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        0i64.serialize(&mut out);
        session_id.serialize(&mut out);
        write_raw(&mut out, msg_id, 1, body);
        out.extend([0u8; 12]);
        out
    }

    #[test]
    fn a_client_packet_reads_back_and_truncation_is_an_error() {
        let bytes = client_packet(77, 4 << 32, &[1, 2, 3, 4]);
        let packet = parse_client_packet(&bytes).expect("parses");
        assert_eq!((packet.session_id, packet.message.body.clone()), (77, vec![1, 2, 3, 4]));
        assert_eq!(parse_client_packet(&bytes[..30]), Err(MessageError::BadLength));
        let mut negative = bytes.clone();
        negative[28..32].copy_from_slice(&(-4i32).to_le_bytes());
        assert_eq!(parse_client_packet(&negative), Err(MessageError::BadLength));
    }

    #[test]
    fn containers_and_gzip_unpack() {
        let mut outbox = Outbox::new();
        let sealed = outbox.seal(0, 1, &[Outgoing::push(vec![1; 4]), Outgoing::response(vec![2; 8])]);
        let packet = parse_client_packet(&sealed).expect("container message");
        let inner = unpack_container(&packet.message.body).expect("container");
        assert_eq!(inner.iter().map(|m| m.body.len()).collect::<Vec<_>>(), vec![4, 8]);
        assert_eq!(inner.iter().map(|m| m.msg_id & 3).collect::<Vec<_>>(), vec![3, 1]);
        assert_eq!(inner.iter().map(|m| m.seq_no).collect::<Vec<_>>(), vec![1, 3]);
        assert_eq!(packet.message.seq_no, 4, "the container itself is not content-related");
        assert!(inner[0].msg_id < inner[1].msg_id && inner[1].msg_id < packet.message.msg_id);

        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(&[9u8; 100]).expect("compress");
        let mut body = Vec::new();
        GZIP_PACKED.serialize(&mut body);
        encoder.finish().expect("finish").serialize(&mut body);
        assert_eq!(gunzip(&body), Ok(vec![9u8; 100]));
        assert_eq!(gunzip(&body[..10]), Err(MessageError::BadGzip));
        let mut huge = Vec::new();
        MSG_CONTAINER.serialize(&mut huge);
        i32::MAX.serialize(&mut huge);
        assert_eq!(unpack_container(&huge), Err(MessageError::BadContainer));
    }

    #[test]
    fn an_rpc_error_reads_as_one() {
        let body = rpc_error(42, 420, "FLOOD_WAIT_3");
        assert_eq!(constructor(&body), Some(RPC_RESULT));
        let error = tl::enums::RpcError::from_bytes(&body[12..]).expect("rpc_error");
        let tl::enums::RpcError::Error(error) = error;
        assert_eq!((error.error_code, error.error_message.as_str()), (420, "FLOOD_WAIT_3"));
    }
}
