//! Telegram for SessionGuard: what MTProto says, turned into the domain's words.
//!
//! This first part is pure and tested on TL values built in the tests: sessions from
//! `account.authorizations`, pushes from updates (`updateNewAuthorization`, messages from
//! the service account 777000), RPC errors to the states the person is shown, and the
//! account's secrets kept in the OS keyring (never in a file). The MTProto client over
//! grammers that uses them is the next step (issue #3).

pub mod convert;
pub mod rpc_error;
pub mod secret;
pub mod service_notice;
pub mod vault;
