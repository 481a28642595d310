//! How the window's web engine is set up before it starts, per OS: one small module each
//! (only Linux's WebKitGTK is told anything; WebView2 and WKWebView keep their defaults).

#[cfg(target_os = "linux")]
mod linux;

#[cfg(target_os = "linux")]
pub use linux::prepare;

/// Nothing to prepare on this OS.
#[cfg(not(target_os = "linux"))]
pub fn prepare() {}
