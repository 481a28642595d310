//! One client connection: full-transport packets in, MTProto messages decrypted and
//! answered, pushes and faults out. Whatever the client sends, the worst outcome is a
//! closed connection.

use std::sync::Arc;
use std::time::Instant;

use grammers_tl_types::{self as tl, Deserializable, Identifiable, Serializable};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::mpsc;

use crate::account_model::KeyId;
use crate::crypto::{Direction, ServerKey};
use crate::faults::Fault;
use crate::handlers;
use crate::messages::{self, GZIP_PACKED, MSG_CONTAINER, Message, Outbox, Outgoing};
use crate::state::{Command, Notice, Shared, lock, now};
use crate::transport::{FullTransport, MAX_PACKET, error_packet};

/// Containers and gzip nest; more than this is not a real client.
const MAX_NESTING: u8 = 3;

/// Why the connection ends.
#[derive(Debug)]
struct Close {
    /// A last packet to send first (a transport error).
    last_words: Option<Vec<u8>>,
}

impl Close {
    fn silently() -> Self {
        Self { last_words: None }
    }

    /// `-404`: Telegram's answer to a key it does not know.
    fn unknown_key() -> Self {
        Self { last_words: Some(error_packet(404).to_vec()) }
    }
}

struct Connection {
    shared: Arc<Shared>,
    id: u64,
    /// The data centre this connection reached.
    dc: i32,
    key: Option<ServerKey>,
    salt: i64,
    session_id: i64,
    frames: FullTransport,
    outbox: Outbox,
}

/// Serves `stream` until either side closes it.
pub async fn serve(
    shared: Arc<Shared>,
    stream: TcpStream,
    id: u64,
    dc: i32,
    mut commands: mpsc::UnboundedReceiver<Command>,
) {
    let (mut reader, mut writer) = stream.into_split();
    let mut connection = Connection {
        shared: shared.clone(),
        id,
        dc,
        key: None,
        salt: 0,
        session_id: 0,
        frames: FullTransport::new(),
        outbox: Outbox::new(),
    };
    let mut buffer = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    'serving: loop {
        tokio::select! {
            read = reader.read(&mut chunk) => {
                let n = match read {
                    Ok(0) | Err(_) => break 'serving,
                    Ok(n) => n,
                };
                buffer.extend_from_slice(chunk.get(..n).unwrap_or_default());
                loop {
                    let unpacked = match connection.frames.unpack(&buffer) {
                        Ok(Some(unpacked)) => unpacked,
                        Ok(None) => break,
                        Err(_) => break 'serving,
                    };
                    buffer.drain(..unpacked.consumed);
                    match connection.on_packet(&unpacked.payload) {
                        Ok(reply) => {
                            if let Some(reply) = reply
                                && writer.write_all(&reply).await.is_err()
                            {
                                break 'serving;
                            }
                        }
                        Err(close) => {
                            if let Some(words) = close.last_words {
                                let _ = writer.write_all(&words).await;
                            }
                            break 'serving;
                        }
                    }
                }
                if buffer.len() > 2 * MAX_PACKET {
                    break 'serving;
                }
            }
            command = commands.recv() => {
                let bytes = match command {
                    None | Some(Command::Close) => break 'serving,
                    Some(Command::Push(body)) => connection.seal(&[Outgoing::push(body)]),
                    Some(Command::Garbage) => connection.garbage(),
                    Some(Command::ForeignSession) => connection.foreign_session(),
                };
                if let Some(bytes) = bytes
                    && writer.write_all(&bytes).await.is_err()
                {
                    break 'serving;
                }
            }
        }
    }
    let _ = writer.shutdown().await;
    lock(&shared.connections).remove(&id);
    // Pushes queued here but never sent: the ones without a pts would be lost (a pts
    // message comes back through getDifference anyway), so the key keeps them for its next.
    commands.close();
    if let Some(key) = connection.key.as_ref().map(ServerKey::id) {
        while let Ok(command) = commands.try_recv() {
            if let Command::Push(body) = command {
                for update in updates_without_pts(&body) {
                    lock(&shared.account).add_backlog(key, update);
                }
            }
        }
    }
}

/// The `updateNewAuthorization`s in a serialized `Updates`.
fn updates_without_pts(body: &[u8]) -> Vec<tl::enums::Update> {
    let updates = match tl::enums::Updates::from_bytes(body) {
        Ok(tl::enums::Updates::UpdateShort(short)) => vec![short.update],
        Ok(tl::enums::Updates::Updates(many)) => many.updates,
        _ => Vec::new(),
    };
    updates.into_iter().filter(|u| matches!(u, tl::enums::Update::NewAuthorization(_))).collect()
}

impl Connection {
    /// Handles one packet; `Ok(Some(bytes))` is the packet that answers it.
    fn on_packet(&mut self, payload: &[u8]) -> Result<Option<Vec<u8>>, Close> {
        let key_id: KeyId = payload.get(..8).and_then(|id| id.try_into().ok()).ok_or_else(Close::silently)?;
        let key = self.key_for(key_id)?;
        let plaintext = key.decrypt(payload, Direction::ClientToServer).map_err(|_| Close::silently())?;
        let packet = messages::parse_client_packet(&plaintext).map_err(|_| Close::silently())?;
        self.salt = packet.salt;
        self.session_id = packet.session_id;
        let mut out = Vec::new();
        self.process(packet.message, 0, &mut out)?;
        Ok(self.seal(&out))
    }

    /// The key this connection uses; the first packet names it, and it cannot change.
    fn key_for(&mut self, key_id: KeyId) -> Result<ServerKey, Close> {
        if let Some(key) = &self.key {
            return if key.id() == key_id { Ok(key.clone()) } else { Err(Close::silently()) };
        }
        // An all-zero id is an unencrypted message: a client starting a key exchange,
        // which a test server cannot do (it has no Telegram RSA key).
        let key = lock(&self.shared.account).key(&key_id).cloned().ok_or_else(Close::unknown_key)?;
        if let Some(entry) = lock(&self.shared.connections).get_mut(&self.id) {
            entry.key_id = Some(key_id);
        }
        self.key = Some(key.clone());
        Ok(key)
    }

    fn process(&mut self, message: Message, depth: u8, out: &mut Vec<Outgoing>) -> Result<(), Close> {
        if depth > MAX_NESTING {
            return Err(Close::silently());
        }
        let Some(id) = message.constructor() else {
            return Err(Close::silently());
        };
        match id {
            MSG_CONTAINER => {
                for inner in messages::unpack_container(&message.body).map_err(|_| Close::silently())? {
                    self.process(inner, depth + 1, out)?;
                }
            }
            GZIP_PACKED => {
                let body = messages::gunzip(&message.body).map_err(|_| Close::silently())?;
                self.process(Message { body, ..message }, depth + 1, out)?;
            }
            id if id == tl::types::MsgsAck::CONSTRUCTOR_ID => {}
            id if id == tl::functions::Ping::CONSTRUCTOR_ID
                || id == tl::functions::PingDelayDisconnect::CONSTRUCTOR_ID =>
            {
                // Both start with ping_id; the disconnect delay is not enforced here.
                let ping_id = message.body.get(4..12).and_then(|b| b.try_into().ok()).map_or(0, i64::from_le_bytes);
                let pong = tl::enums::Pong::Pong(tl::types::Pong { msg_id: message.msg_id, ping_id });
                out.push(Outgoing::service(pong.to_bytes()));
            }
            id if id == tl::functions::GetFutureSalts::CONSTRUCTOR_ID => {
                let now = now();
                let salts = tl::enums::FutureSalts::Salts(tl::types::FutureSalts {
                    req_msg_id: message.msg_id,
                    now,
                    salts: tl::RawVec(vec![tl::types::FutureSalt {
                        valid_since: now - 60,
                        valid_until: now + 3600,
                        salt: self.salt,
                    }]),
                });
                out.push(Outgoing::service(salts.to_bytes()));
            }
            id if id == tl::functions::DestroySession::CONSTRUCTOR_ID => {}
            _ => self.rpc(&message, out)?,
        }
        Ok(())
    }

    /// An API call: faults first, then the account's answer.
    fn rpc(&mut self, message: &Message, out: &mut Vec<Outgoing>) -> Result<(), Close> {
        let Some(key_id) = self.key.as_ref().map(ServerKey::id) else {
            return Err(Close::silently());
        };
        if lock(&self.shared.faults).is_stalled(Instant::now()) {
            return Ok(());
        }
        let unwrapped = match handlers::unwrap_call(&message.body) {
            Ok(unwrapped) => unwrapped,
            Err(fail) => {
                out.push(Outgoing::response(messages::rpc_error(message.msg_id, fail.code, &fail.message)));
                return Ok(());
            }
        };
        let now = now();
        if let Some(client) = unwrapped.client.clone() {
            lock(&self.shared.account).client_connected(&key_id, client, now);
        }
        let call_id = messages::constructor(unwrapped.call).unwrap_or_default();
        self.shared.log_call(self.dc, tl::name_for_id(call_id));

        let fault = lock(&self.shared.faults).take(call_id);
        let garbage =
            || Outgoing::response(messages::rpc_result(message.msg_id, &[0xef, 0xbe, 0xad, 0xde, 1, 2, 3, 4]));
        match fault {
            Some(Fault::Rpc { code, message: name }) => {
                out.push(Outgoing::response(messages::rpc_error(message.msg_id, code, &name)));
                return Ok(());
            }
            Some(Fault::Garbage) => {
                out.push(garbage());
                return Ok(());
            }
            Some(Fault::Silence) => return Ok(()),
            Some(Fault::CloseConnection) => return Err(Close::silently()),
            Some(Fault::GarbageAfterDoing) | None => {}
        }

        let (answer, code) = {
            let mut account = lock(&self.shared.account);
            let before = account.last_code();
            let answer = handlers::handle(&mut account, &key_id, unwrapped.call, now, self.dc);
            let code = account.last_code().filter(|code| Some(code) != before.as_ref());
            (answer, code)
        };
        if let Some(code) = code {
            self.shared.notice(Notice::CodeSent(code));
        }
        if fault == Some(Fault::GarbageAfterDoing) {
            out.push(garbage());
            self.shared.deliver(answer.pushes);
            return Ok(());
        }
        let body = match answer.result {
            Ok(result) => messages::rpc_result(message.msg_id, &result),
            Err(fail) => messages::rpc_error(message.msg_id, fail.code, &fail.message),
        };
        out.push(Outgoing::response(body));
        self.shared.deliver(answer.pushes);
        Ok(())
    }

    /// The messages as one encrypted, framed packet (nothing when there is nothing to say
    /// or no key to say it with).
    fn seal(&mut self, out: &[Outgoing]) -> Option<Vec<u8>> {
        let key = self.key.as_ref()?;
        if out.is_empty() || self.session_id == 0 {
            return None;
        }
        let plaintext = self.outbox.seal(self.salt, self.session_id, out);
        Some(self.frames.pack(&key.encrypt(&plaintext, Direction::ServerToClient)))
    }

    /// An `updatesTooLong` push, properly encrypted, but in a session the client never
    /// opened: grammers 0.11 gives up on the whole connection at this.
    fn foreign_session(&mut self) -> Option<Vec<u8>> {
        let key = self.key.as_ref()?;
        if self.session_id == 0 {
            return None;
        }
        let body = tl::enums::Updates::TooLong.to_bytes();
        let plaintext = self.outbox.seal(self.salt, self.session_id.wrapping_add(1), &[Outgoing::push(body)]);
        Some(self.frames.pack(&key.encrypt(&plaintext, Direction::ServerToClient)))
    }

    /// A well-framed packet for our key whose contents do not decrypt.
    fn garbage(&mut self) -> Option<Vec<u8>> {
        let key = self.key.as_ref()?;
        let mut payload = key.id().to_vec();
        payload.extend(crate::random::bytes(16 + 64));
        Some(self.frames.pack(&payload))
    }
}
