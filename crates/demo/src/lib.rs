//! A simulated Telegram account: six realistic sessions, terminate that really ends them,
//! and a scripted intruder whose login arrives as a push like `updateNewAuthorization`.

mod account;
mod sessions;

pub use account::{DemoAccount, DemoOptions};
pub use sessions::intruder;
