//! SessionGuard's domain: sessions, the account API, the watcher that turns what an
//! account reports into security events, and the clock they all read. No I/O here.

pub mod account;
pub mod clock;
pub mod device;
pub mod event;
pub mod session;
pub mod watcher;

pub use account::{AccountApi, AccountEvent, ApiError, PasswordStatus, SessionList, SessionToggles};
pub use clock::{Clock, ManualClock, SystemClock};
pub use device::{DeviceKind, PlatformKind};
pub use event::{LoginDetails, SecurityEvent, SecurityEventKind};
pub use session::{FRESH_SESSION_HOLD, Session, SessionHash};
pub use watcher::Watcher;
