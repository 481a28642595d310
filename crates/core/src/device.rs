//! What kind of device and platform a session runs on, read from the free-text fields
//! an app reports about itself.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum DeviceKind {
    Phone,
    Tablet,
    Desktop,
    WebBrowser,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum PlatformKind {
    Ios,
    Android,
    MacOs,
    Windows,
    Linux,
    Web,
    Unknown,
}

impl PlatformKind {
    /// Reads the platform from what the app said (`platform`, then `system_version`).
    pub fn from_reported(platform: &str, system_version: &str) -> Self {
        let guess = |text: &str| {
            let text = text.to_ascii_lowercase();
            if text.contains("ios") || text.contains("iphone") || text.contains("ipad") {
                Some(Self::Ios)
            } else if text.contains("android") {
                Some(Self::Android)
            } else if text.contains("mac") || text.contains("darwin") {
                Some(Self::MacOs)
            } else if text.contains("windows") || text.starts_with("win") {
                Some(Self::Windows)
            } else if text.contains("linux") || text.contains("ubuntu") || text.contains("debian") {
                Some(Self::Linux)
            } else if text.contains("web") || text.contains("browser") {
                Some(Self::Web)
            } else {
                None
            }
        };
        guess(platform).or_else(|| guess(system_version)).unwrap_or(Self::Unknown)
    }
}

impl DeviceKind {
    /// Reads the device kind from the model, app name and platform a session reports.
    pub fn from_reported(device_model: &str, app_name: &str, platform: PlatformKind) -> Self {
        let model = device_model.to_ascii_lowercase();
        let app = app_name.to_ascii_lowercase();
        const BROWSERS: [&str; 6] = ["chrome", "firefox", "safari", "edge", "opera", "browser"];
        if app.contains("web") || platform == PlatformKind::Web || BROWSERS.iter().any(|b| model.contains(b)) {
            return Self::WebBrowser;
        }
        if model.contains("ipad") || model.contains("tablet") || model.contains("galaxy tab") {
            return Self::Tablet;
        }
        match platform {
            PlatformKind::Ios | PlatformKind::Android => Self::Phone,
            PlatformKind::MacOs | PlatformKind::Windows | PlatformKind::Linux => Self::Desktop,
            PlatformKind::Web => Self::WebBrowser,
            PlatformKind::Unknown if model.contains("iphone") || model.contains("phone") => Self::Phone,
            PlatformKind::Unknown if model.contains("desktop") || model.contains("pc") => Self::Desktop,
            PlatformKind::Unknown => Self::Unknown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platforms_from_what_official_apps_report() {
        assert_eq!(PlatformKind::from_reported("iOS", "17.1"), PlatformKind::Ios);
        assert_eq!(PlatformKind::from_reported("Android", "SDK 34"), PlatformKind::Android);
        assert_eq!(PlatformKind::from_reported("macOS", "14.2"), PlatformKind::MacOs);
        assert_eq!(PlatformKind::from_reported("Windows", "Windows 11"), PlatformKind::Windows);
        assert_eq!(PlatformKind::from_reported("", "Ubuntu 24.04"), PlatformKind::Linux);
        assert_eq!(PlatformKind::from_reported("Web", ""), PlatformKind::Web);
        assert_eq!(PlatformKind::from_reported("", ""), PlatformKind::Unknown);
    }

    #[test]
    fn device_kinds() {
        let kind = DeviceKind::from_reported;
        assert_eq!(kind("iPhone 15 Pro", "Telegram iOS", PlatformKind::Ios), DeviceKind::Phone);
        assert_eq!(kind("iPad Air", "Telegram iOS", PlatformKind::Ios), DeviceKind::Tablet);
        assert_eq!(kind("Samsung SM-S918B", "Telegram Android", PlatformKind::Android), DeviceKind::Phone);
        assert_eq!(kind("Chrome 131", "Telegram Web A", PlatformKind::MacOs), DeviceKind::WebBrowser);
        assert_eq!(kind("MacBook Pro", "Telegram macOS", PlatformKind::MacOs), DeviceKind::Desktop);
        assert_eq!(kind("Desktop", "Telegram Desktop", PlatformKind::Linux), DeviceKind::Desktop);
        assert_eq!(kind("X", "Y", PlatformKind::Unknown), DeviceKind::Unknown);
    }
}
