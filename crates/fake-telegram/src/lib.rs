//! A Telegram-compatible test server on 127.0.0.1 that speaks real MTProto bytes: the
//! "full" TCP transport grammers uses, MTProto 2.0 encryption with auth keys seeded on
//! both sides (no key exchange), and grammers' own TL types for calls and answers.
//!
//! It serves one account — its sessions, connected websites, 2-step password (real SRP), inactive-session
//! TTL, sign-in by code or QR — pushes `updateNewAuthorization` and 777000 login codes,
//! and, through [`Control`], injects the faults a client must survive. Dev-only: it is
//! never part of the app.

pub mod account_model;
pub mod control;
pub mod crypto;
pub mod demo;
pub mod faults;
pub mod handlers;
pub mod messages;
pub mod random;
pub mod server;
pub mod srp;
pub mod state;
pub mod tl_objects;
pub mod transport;
pub mod web_logins;

mod connection;

pub use account_model::{Device, Session};
pub use control::{Control, NewLogin, SignedInKey};
pub use faults::Fault;
pub use server::FakeTelegram;
pub use state::Notice;
pub use web_logins::WebLogin;
