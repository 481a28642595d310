//! Words for people, and text from elsewhere made safe to show.

pub mod errors;
pub mod language;
pub mod redact;
pub mod untrusted_text;
