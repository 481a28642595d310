//! MTProto 2.0 message encryption as the server does it: decrypts what a client sent
//! (x = 0 in the key derivation) and encrypts for the client (x = 8).

use grammers_crypto::aes;
use sha1::Sha1;
use sha2::{Digest, Sha256};

/// Auth keys are 2048 bits.
pub const AUTH_KEY_BYTES: usize = 256;

/// An auth key with its id (the low 64 bits of its SHA-1), as both sides know it.
#[derive(Clone, PartialEq, Eq)]
pub struct ServerKey {
    data: [u8; AUTH_KEY_BYTES],
    id: [u8; 8],
}

impl std::fmt::Debug for ServerKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The id identifies a key without revealing it; the key itself is never printed.
        write!(f, "ServerKey({:02x?})", self.id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CryptoError {
    #[error("the packet is too short or not a whole number of AES blocks")]
    BadLength,
    #[error("the packet is for another auth key")]
    WrongKey,
    #[error("the message key does not match the message")]
    BadMessageKey,
}

/// Which way a message goes, which picks `x` in the key derivation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    ClientToServer,
    ServerToClient,
}

impl Direction {
    fn x(self) -> usize {
        match self {
            Self::ClientToServer => 0,
            Self::ServerToClient => 8,
        }
    }
}

impl ServerKey {
    pub fn new(data: [u8; AUTH_KEY_BYTES]) -> Self {
        let sha = Sha1::digest(data);
        let mut id = [0u8; 8];
        id.copy_from_slice(&sha[12..20]);
        Self { data, id }
    }

    /// A fresh random key.
    pub fn random() -> Self {
        let mut data = [0u8; AUTH_KEY_BYTES];
        crate::random::fill(&mut data);
        Self::new(data)
    }

    pub fn id(&self) -> [u8; 8] {
        self.id
    }

    pub fn bytes(&self) -> &[u8; AUTH_KEY_BYTES] {
        &self.data
    }

    /// `auth_key_id | msg_key | AES-IGE(plaintext | padding)`.
    pub fn encrypt(&self, plaintext: &[u8], direction: Direction) -> Vec<u8> {
        // MTProto 2.0 wants 12 to 1024 bytes of random padding and a multiple of 16.
        let padding_len = 12 + (16 - (plaintext.len() + 12) % 16) % 16;
        let mut padding = vec![0u8; padding_len];
        crate::random::fill(&mut padding);
        let mut data = Vec::with_capacity(plaintext.len() + padding_len);
        data.extend_from_slice(plaintext);
        data.extend_from_slice(&padding);

        let msg_key = self.msg_key(&data, direction);
        let (key, iv) = self.aes_key_iv(&msg_key, direction);
        aes::ige_encrypt(&mut data, &key, &iv);

        let mut packet = Vec::with_capacity(24 + data.len());
        packet.extend_from_slice(&self.id);
        packet.extend_from_slice(&msg_key);
        packet.extend_from_slice(&data);
        packet
    }

    /// The plaintext (with its padding) of a packet encrypted with this key.
    pub fn decrypt(&self, packet: &[u8], direction: Direction) -> Result<Vec<u8>, CryptoError> {
        if packet.len() < 24 + 16 || !(packet.len() - 24).is_multiple_of(16) {
            return Err(CryptoError::BadLength);
        }
        let (id, rest) = packet.split_at(8);
        if id != self.id {
            return Err(CryptoError::WrongKey);
        }
        let (msg_key, ciphertext) = rest.split_at(16);
        let mut msg_key_array = [0u8; 16];
        msg_key_array.copy_from_slice(msg_key);
        let (key, iv) = self.aes_key_iv(&msg_key_array, direction);
        let mut data = ciphertext.to_vec();
        aes::ige_decrypt(&mut data, &key, &iv);
        if self.msg_key(&data, direction) != msg_key_array {
            return Err(CryptoError::BadMessageKey);
        }
        Ok(data)
    }

    /// msg_key = substr(SHA256(substr(auth_key, 88 + x, 32) + plaintext + padding), 8, 16)
    fn msg_key(&self, data: &[u8], direction: Direction) -> [u8; 16] {
        let x = direction.x();
        let large = Sha256::new().chain_update(&self.data[88 + x..120 + x]).chain_update(data).finalize();
        let mut key = [0u8; 16];
        key.copy_from_slice(&large[8..24]);
        key
    }

    fn aes_key_iv(&self, msg_key: &[u8; 16], direction: Direction) -> ([u8; 32], [u8; 32]) {
        let x = direction.x();
        let a = Sha256::new().chain_update(msg_key).chain_update(&self.data[x..x + 36]).finalize();
        let b = Sha256::new().chain_update(&self.data[40 + x..76 + x]).chain_update(msg_key).finalize();
        let mut key = [0u8; 32];
        key[..8].copy_from_slice(&a[..8]);
        key[8..24].copy_from_slice(&b[8..24]);
        key[24..].copy_from_slice(&a[24..32]);
        let mut iv = [0u8; 32];
        iv[..8].copy_from_slice(&b[..8]);
        iv[8..24].copy_from_slice(&a[8..24]);
        iv[24..].copy_from_slice(&b[24..32]);
        (key, iv)
    }
}

/// The key as 512 hex digits, the form `SESSIONGUARD_TELEGRAM_TEST_KEY` takes.
pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use grammers_crypto::{AuthKey, DequeBuffer, decrypt_data_v2, encrypt_data_v2};

    use super::*;

    fn key() -> ServerKey {
        let mut data = [0u8; AUTH_KEY_BYTES];
        for (i, b) in data.iter_mut().enumerate() {
            *b = (i * 31 % 251) as u8;
        }
        ServerKey::new(data)
    }

    #[test]
    fn what_grammers_encrypts_as_a_client_the_server_decrypts() {
        let key = key();
        let plaintext: Vec<u8> = (0..64u8).collect();
        let mut buffer = DequeBuffer::with_capacity(plaintext.len(), 0);
        buffer.extend(plaintext.iter().copied());
        encrypt_data_v2(&mut buffer, &AuthKey::from_bytes(*key.bytes()));
        let decrypted = key.decrypt(&buffer[..], Direction::ClientToServer).expect("decrypts");
        assert_eq!(&decrypted[..64], &plaintext[..]);
    }

    #[test]
    fn what_the_server_encrypts_grammers_decrypts_as_a_client() {
        let key = key();
        let plaintext: Vec<u8> = (0..40u8).collect();
        let mut packet = key.encrypt(&plaintext, Direction::ServerToClient);
        let decrypted = decrypt_data_v2(&mut packet, &AuthKey::from_bytes(*key.bytes())).expect("decrypts");
        assert_eq!(&decrypted[..40], &plaintext[..]);
        assert!(decrypted.len() >= 40 + 12 && decrypted.len().is_multiple_of(16));
    }

    #[test]
    fn the_key_id_is_what_grammers_puts_on_the_wire() {
        let key = key();
        let mut buffer = DequeBuffer::with_capacity(16, 0);
        buffer.extend([0u8; 16]);
        encrypt_data_v2(&mut buffer, &AuthKey::from_bytes(*key.bytes()));
        assert_eq!(&buffer[..8], &key.id());
    }

    #[test]
    fn tampering_and_foreign_keys_are_errors() {
        let key = key();
        let mut packet = key.encrypt(&[7; 32], Direction::ClientToServer);
        assert!(key.decrypt(&packet, Direction::ServerToClient).is_err(), "the other direction's keys");
        packet[30] ^= 1;
        assert_eq!(key.decrypt(&packet, Direction::ClientToServer), Err(CryptoError::BadMessageKey));
        assert_eq!(ServerKey::random().decrypt(&packet, Direction::ClientToServer), Err(CryptoError::WrongKey));
        assert_eq!(key.decrypt(&packet[..30], Direction::ClientToServer), Err(CryptoError::BadLength));
        assert!(!format!("{key:?}").contains(&to_hex(&key.bytes()[..8])));
    }
}
