//! Signing in to an account.

pub mod app_credentials;
pub(crate) mod flow;
pub mod qr_path;
pub mod screen;
