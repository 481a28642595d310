//! Finds and starts the agent that ships beside the window (a Tauri `externalBin`).

use std::path::PathBuf;
use std::process::{Command, Stdio};

#[cfg(windows)]
const AGENT_PROGRAM: &str = "sessionguard-agent.exe";
#[cfg(not(windows))]
const AGENT_PROGRAM: &str = "sessionguard-agent";

/// The demo options on the window's command line, passed on to the agent it starts.
pub fn demo_args(args: impl Iterator<Item = String>) -> Vec<String> {
    let mut passed = Vec::new();
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        if arg == "--demo" || arg == "--demo-when-signed-out" {
            passed.push(arg);
        } else if arg == "--demo-intruder-after" {
            if let Some(value) = args.next() {
                passed.extend([arg, value]);
            }
        } else if arg.starts_with("--demo-intruder-after=") {
            passed.push(arg);
        }
    }
    passed
}

fn agent_program() -> Result<PathBuf, std::io::Error> {
    let exe = std::env::current_exe()?;
    let dir = exe.parent().ok_or_else(|| std::io::Error::other("the window's own path has no folder"))?;
    Ok(dir.join(AGENT_PROGRAM))
}

/// Starts the agent in its own process group, so it outlives this window.
pub fn start_agent(args: &[String]) -> Result<(), std::io::Error> {
    let program = agent_program()?;
    let mut command = Command::new(&program);
    command.args(args).stdin(Stdio::null());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        command.process_group(0);
    }
    let mut child = command
        .spawn()
        .map_err(|e| std::io::Error::new(e.kind(), format!("cannot start {}: {e}", program.display())))?;
    tracing::info!(pid = child.id(), "started the SessionGuard agent");
    // Reap it if it exits while we run (e.g. another agent won the race).
    std::thread::spawn(move || child.wait());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_demo_options_pass_on() {
        let args = ["--demo", "--other", "--demo-intruder-after", "5", "x"].map(String::from);
        assert_eq!(demo_args(args.into_iter()), ["--demo", "--demo-intruder-after", "5"]);
        assert!(demo_args(std::iter::empty()).is_empty());
    }
}
