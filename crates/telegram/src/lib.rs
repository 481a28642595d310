//! Telegram for SessionGuard: what MTProto says, turned into the domain's words.
//!
//! Sessions from `account.authorizations`, pushes from updates (`updateNewAuthorization`,
//! messages from the service account 777000), RPC errors as the states the person is
//! shown, the account's secrets in the OS keyring (never in a file), a grammers `Session`
//! that persists there, and `TelegramAccount`: the `AccountApi` over MTProto.
//! `SignIn` signs in by code, 2-step password or QR code, storing nothing until it succeeds.

pub mod account;
pub mod contained_call;
pub mod convert;
mod link;
pub mod rpc_error;
pub mod secret;
pub mod server_choice;
pub mod service_notice;
pub mod session_store;
pub mod sign_in;
pub mod two_step;
pub mod vault;
