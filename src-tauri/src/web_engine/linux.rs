//! WebKitGTK reads these settings from the environment of the window and of the web
//! processes it starts, so they are set first thing in `main`, each only when the person's
//! environment does not say already (`WEBKIT_DISABLE_COMPOSITING_MODE=0` brings GPU
//! compositing back). Figures: `bench/memory`, PSS of all the window's processes.

#![allow(unsafe_code)]

const SETTINGS: [(&str, &str); 2] = [
    // A list of devices needs no GPU compositing. Without it the web process keeps no
    // OpenGL layers, textures and driver buffers: its PSS fell from 215 to 127 MB.
    ("WEBKIT_DISABLE_COMPOSITING_MODE", "1"),
    // The page's script is small and runs once per state, so JavaScriptCore's interpreter
    // is enough: 10 MB less, and a JIT-less engine is a smaller target for a hostile string.
    ("JSC_useJIT", "false"),
];

/// Sets the web engine's settings; call before anything else in `main`.
pub fn prepare() {
    for (name, value) in SETTINGS {
        if std::env::var_os(name).is_none() {
            // SAFETY: called first in `main`, before logging, GTK, tokio or any other thread
            // starts, so nothing reads or writes the environment at the same time.
            unsafe { std::env::set_var(name, value) };
        }
    }
}
