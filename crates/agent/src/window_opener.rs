//! Opens the window: brings a running one to the front, or starts the window program
//! that ships beside the agent.

use std::path::PathBuf;

use crate::alerts::outlets::Outlets;

#[cfg(windows)]
const WINDOW_PROGRAM: &str = "sessionguard.exe";
#[cfg(not(windows))]
const WINDOW_PROGRAM: &str = "sessionguard";

/// The window program next to this executable.
pub fn window_program() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let program = exe.parent()?.join(WINDOW_PROGRAM);
    program.exists().then_some(program)
}

pub fn open_window(outlets: &Outlets) {
    if outlets.has_subscribers() {
        outlets.focus_window();
        return;
    }
    let Some(program) = window_program() else {
        tracing::warn!("the SessionGuard window is not installed beside the agent");
        return;
    };
    match std::process::Command::new(&program).spawn() {
        // The window runs on its own; reap it in the background so it leaves no zombie.
        Ok(mut child) => {
            std::thread::spawn(move || child.wait());
        }
        Err(error) => tracing::warn!(%error, program = %program.display(), "could not start the window"),
    }
}
