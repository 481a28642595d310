//! SessionGuard's journal: the local history Telegram does not keep — every session ever
//! seen and how it ended, every security event and every action — in one SQLite file
//! that only its owner can read, with a timeline to filter and export.
//!
//! Nothing secret is stored: no keys, no phone numbers, no tokens. IP addresses are
//! stored, because where a device connected from is what the person wants to know.
//!
//! ```
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let dir = tempfile::tempdir()?;
//! use sessionguard_journal::{Action, Actor, EndedBy, Journal, TimelineFilter};
//! # let (list, event, hash, now) = (
//! #     sessionguard_core::SessionList { sessions: vec![], inactive_ttl_days: 180 },
//! #     sessionguard_core::SecurityEvent { kind: sessionguard_core::SecurityEventKind::LoginCodeRequested, login: None, at: chrono::Utc::now() },
//! #     sessionguard_core::SessionHash(7),
//! #     chrono::Utc::now(),
//! # );
//! let (mut journal, set_aside) = Journal::open_or_set_aside(dir.path().join("journal.sqlite3"))?;
//! journal.observe_sessions("demo", &list, now)?; // each poll
//! journal.record_event("demo", &event)?; // before alerting
//! // An action and what it did, in one commit:
//! journal.write(|batch| {
//!     batch.record_action("demo", &Action::Terminated { hash, by: Actor::Person }, now)?;
//!     batch.mark_ended("demo", hash, now, EndedBy::Us)
//! })?;
//! let page = journal.timeline(&TimelineFilter { limit: Some(50), ..TimelineFilter::account("demo") })?;
//! journal.export_csv(&TimelineFilter::account("demo"), std::io::sink())?;
//! # Ok(())
//! # }
//! ```

mod accounts;
mod actions;
mod entries;
mod error;
mod events;
mod export;

mod json;
pub mod migrations;
mod open;
mod sessions;
mod time;
mod timeline;
mod write;

pub use actions::{Action, Actor, TwoStepChange};
pub use error::JournalError;
pub use migrations::SCHEMA_VERSION;
pub use open::Journal;
pub use sessionguard_core::{ActionKind, EntryKind};
pub use sessions::{EndedBy, Observed, SessionRecord};
pub use timeline::{EntryId, TimelineEntry, TimelineFilter};
pub use write::Batch;
