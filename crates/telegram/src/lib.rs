//! Telegram for SessionGuard: what MTProto says, turned into the domain's words.
//!
//! Sessions from `account.authorizations`, pushes from updates (`updateNewAuthorization`,
//! messages from the service account 777000), RPC errors as the states the person is
//! shown, the account's secrets in the OS keyring (never in a file), a grammers `Session`
//! that persists there, and `TelegramAccount`: the `AccountApi` over MTProto. Sign-in and
//! the wire-level tests against a loopback server are still to come (issues #3 and #4).

pub mod account;
pub mod convert;
pub mod rpc_error;
pub mod secret;
pub mod service_notice;
pub mod session_store;
pub mod vault;
