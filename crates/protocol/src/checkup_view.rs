//! The security checkup as the window shows it: each check (how it stands, and the one
//! action that fixes it), as the domain has it, and when it ran.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sessionguard_core::Check;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CheckupView {
    pub checks: Vec<Check>,
    pub checked_at: DateTime<Utc>,
}
