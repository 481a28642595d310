//! SessionGuard's domain: sessions, the account API, the watcher that turns what an
//! account reports into security events, the rules, the checkup, and the clock they all
//! read. No I/O here.

pub mod account;
pub mod alert_switches;
pub mod checkup;
pub mod clock;
pub mod device;
pub mod ending;
pub mod event;
#[cfg(any(test, feature = "test-support"))]
pub mod fixtures;
pub mod history_kind;
pub mod rules;
pub mod secret;
pub mod secure;
pub mod session;
pub mod trust;
pub mod watcher;
pub mod website;

pub use account::{
    AccountApi, AccountEvent, ApiError, PasswordChange, PasswordChanged, PasswordStatus, SessionList, SessionToggles,
};
pub use alert_switches::AlertSwitches;
pub use checkup::{Check, CheckKind, Fix, Severity, checkup};
pub use clock::{Clock, ManualClock, SystemClock};
pub use device::{DeviceKind, PlatformKind};
pub use ending::{EndedBy, ended_by};
pub use event::{LoginDetails, SecurityEvent, SecurityEventKind};
pub use history_kind::{ActionKind, EntryKind};
pub use rules::{Judgement, RuleKind, Rules, Timing, Verdict};
pub use secure::SecureReport;
pub use session::{FRESH_SESSION_HOLD, Session, SessionHash};
pub use trust::TrustedDevice;
pub use watcher::Watcher;
pub use website::Website;
