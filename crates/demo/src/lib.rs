//! A simulated Telegram account: six realistic sessions and two connected websites, terminate
//! and log out that really end them, and a scripted intruder whose login arrives as a push like `updateNewAuthorization`.

mod account;
mod sessions;
mod websites;

pub use account::{DEMO_EMAIL_CODE, DemoAccount, DemoOptions};
pub use sessions::intruder;
