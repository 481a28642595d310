//! Session hashes serialised as strings: a 64-bit hash does not fit a JavaScript number,
//! and the window (like the protocol crate) reads them as text.

use crate::session::SessionHash;
use serde::{Deserialize, Deserializer, Serializer};

#[derive(Deserialize)]
#[serde(untagged)]
enum TextOrNumber {
    Text(String),
    Number(i64),
}

fn parse<E: serde::de::Error>(value: TextOrNumber) -> Result<SessionHash, E> {
    match value {
        TextOrNumber::Number(n) => Ok(SessionHash(n)),
        TextOrNumber::Text(t) => {
            t.parse().map(SessionHash).map_err(|_| E::custom(format!("not a session hash: {t:?}")))
        }
    }
}

pub fn serialize<S: Serializer>(hash: &SessionHash, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(hash)
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<SessionHash, D::Error> {
    parse(TextOrNumber::deserialize(d)?)
}

pub mod option {
    use super::*;

    pub fn serialize<S: Serializer>(hash: &Option<SessionHash>, s: S) -> Result<S::Ok, S::Error> {
        match hash {
            Some(hash) => s.collect_str(hash),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<SessionHash>, D::Error> {
        Option::<TextOrNumber>::deserialize(d)?.map(parse).transpose()
    }
}
