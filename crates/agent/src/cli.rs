//! The agent's command line.

use std::time::Duration;

use clap::Parser;

#[derive(Debug, Clone, Parser)]
#[command(
    name = "sessionguard-agent",
    version,
    about = "Guards your Telegram account from the tray; the window is optional."
)]
pub struct Cli {
    /// Guard the simulated demo account (the default while no Telegram account is set up).
    #[arg(long)]
    pub demo: bool,

    /// Seconds after start when the demo's scripted intruder logs in; 0 never.
    #[arg(long, value_name = "SECONDS", default_value_t = 20)]
    pub demo_intruder_after: u64,

    /// Do not show a tray icon.
    #[arg(long)]
    pub no_tray: bool,
}

impl Cli {
    pub fn intruder_after(&self) -> Option<Duration> {
        (self.demo_intruder_after > 0).then(|| Duration::from_secs(self.demo_intruder_after))
    }
}
