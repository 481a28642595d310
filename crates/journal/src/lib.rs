//! SessionGuard's journal: the local history Telegram does not keep — every session ever
//! seen and how it ended, every security event and every action — in one SQLite file
//! that only its owner can read, with a timeline to filter and export.
//!
//! Nothing secret is stored: no keys, no phone numbers, no tokens. IP addresses are
//! stored, because where a device connected from is what the person wants to know.

mod accounts;
mod actions;
mod entries;
mod error;
mod events;
mod export;
mod hash_text;
mod json;
mod kinds;
pub mod migrations;
mod open;
mod sessions;
mod time;
mod timeline;
mod write;

pub use actions::{Action, Actor};
pub use error::JournalError;
pub use kinds::{ActionKind, EntryKind};
pub use migrations::SCHEMA_VERSION;
pub use open::Journal;
pub use sessions::{EndedBy, Observed, SessionRecord};
pub use timeline::{EntryId, TimelineEntry, TimelineFilter};
pub use write::Batch;
