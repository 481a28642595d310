//! Starting the agent when the person logs in, off by default, by each platform's own
//! mechanism: an XDG autostart entry on Linux, a LaunchAgent on macOS, the `Run` key of
//! the user's registry on Windows. Each entry starts this agent, which waits in the tray.

/// Turns starting at login on or off.
pub fn set(enabled: bool) -> Result<(), String> {
    let agent = std::env::current_exe().map_err(|e| format!("cannot tell where the agent is: {e}"))?;
    platform::set(enabled, &agent)
}

#[cfg(target_os = "linux")]
mod platform {
    use std::path::Path;

    /// The desktop entry's file name.
    const ENTRY: &str = "sessionguard-agent.desktop";

    pub fn set(enabled: bool, agent: &Path) -> Result<(), String> {
        let dir = dirs::config_dir().ok_or("no configuration folder to put the autostart entry in")?.join("autostart");
        super::write_or_remove(&dir, &dir.join(ENTRY), enabled.then(|| desktop_entry(agent)))
    }

    /// The XDG desktop entry that starts `agent` at login, escaped as the Desktop Entry
    /// spec asks: the path quoted (`"`, `` ` ``, `$` and `\` escaped), `%` doubled (it
    /// starts field codes), then the value's own string escapes (`\\`, `\n`, `\t`, `\r`),
    /// which the spec applies before the quoting: a literal backslash is four.
    pub fn desktop_entry(agent: &Path) -> String {
        let mut quoted = String::new();
        for c in agent.display().to_string().chars() {
            match c {
                '"' | '`' | '$' | '\\' => quoted.extend(['\\', c]),
                '%' => quoted.push_str("%%"),
                c => quoted.push(c),
            }
        }
        let exec: String = format!("\"{quoted}\"")
            .chars()
            .flat_map(|c| match c {
                '\\' => vec!['\\', '\\'],
                '\n' => vec!['\\', 'n'],
                '\t' => vec!['\\', 't'],
                '\r' => vec!['\\', 'r'],
                c => vec![c],
            })
            .collect();
        format!(
            "[Desktop Entry]\nType=Application\nName=SessionGuard\nComment=Guards your Telegram account from the tray\n\
             Exec={exec}\nIcon=sessionguard\nTerminal=false\nNoDisplay=true\nX-GNOME-Autostart-enabled=true\n"
        )
    }
}

#[cfg(target_os = "macos")]
mod platform {
    use std::path::Path;

    const LABEL: &str = "app.sessionguard.agent";

    pub fn set(enabled: bool, agent: &Path) -> Result<(), String> {
        let dir = dirs::home_dir().ok_or("no home folder to put the launch agent in")?.join("Library/LaunchAgents");
        let plist = dir.join(format!("{LABEL}.plist"));
        super::write_or_remove(&dir, &plist, enabled.then(|| super::launch_agent(LABEL, agent)))
    }
}

#[cfg(target_os = "windows")]
mod platform {
    use std::path::Path;
    use std::process::Command;

    const RUN_KEY: &str = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run";
    const VALUE: &str = "SessionGuard";

    pub fn set(enabled: bool, agent: &Path) -> Result<(), String> {
        let mut reg = Command::new("reg");
        if enabled {
            let command = format!("\"{}\"", agent.display());
            reg.args(["add", RUN_KEY, "/v", VALUE, "/t", "REG_SZ", "/d", &command, "/f"]);
        } else {
            reg.args(["delete", RUN_KEY, "/v", VALUE, "/f"]);
        }
        let output = reg.output().map_err(|e| format!("cannot run reg.exe: {e}"))?;
        // Deleting a value that is not there is what was wanted.
        if output.status.success() || !enabled {
            Ok(())
        } else {
            Err(format!("the registry refused the autostart entry: {}", String::from_utf8_lossy(&output.stderr).trim()))
        }
    }
}

/// Writes `contents` to `file` (creating `dir`), or removes the file when `None`.
#[cfg(unix)]
fn write_or_remove(dir: &std::path::Path, file: &std::path::Path, contents: Option<String>) -> Result<(), String> {
    match contents {
        Some(contents) => {
            std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            std::fs::write(file, contents).map_err(|e| format!("cannot write {}: {e}", file.display()))
        }
        None => match std::fs::remove_file(file) {
            Ok(()) => Ok(()),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(error) => Err(format!("cannot remove {}: {error}", file.display())),
        },
    }
}

/// A macOS LaunchAgent that runs `agent` at login (and not again if it exits).
#[cfg(unix)]
#[cfg_attr(not(target_os = "macos"), allow(dead_code))]
fn launch_agent(label: &str, agent: &std::path::Path) -> String {
    let escape = |text: &str| text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n\
         <plist version=\"1.0\">\n<dict>\n\
         \t<key>Label</key>\n\t<string>{}</string>\n\
         \t<key>ProgramArguments</key>\n\t<array>\n\t\t<string>{}</string>\n\t</array>\n\
         \t<key>RunAtLoad</key>\n\t<true/>\n\
         </dict>\n</plist>\n",
        escape(label),
        escape(&agent.display().to_string())
    )
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[cfg(target_os = "linux")]
    #[test]
    fn the_desktop_entry_starts_this_agent_and_quotes_its_path() {
        let entry = platform::desktop_entry(std::path::Path::new("/opt/Session Guard/$bin/sessionguard-agent"));
        assert!(entry.starts_with("[Desktop Entry]\nType=Application\n"), "{entry}");
        // `\$` when quoted, and its backslash escaped once more as a string.
        assert!(entry.contains("Exec=\"/opt/Session Guard/\\\\$bin/sessionguard-agent\"\n"), "{entry}");
        assert!(entry.contains("X-GNOME-Autostart-enabled=true"));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn percent_backslash_and_newline_cannot_break_the_entry() {
        let entry = platform::desktop_entry(std::path::Path::new("/home/a\\b/100%/x\nExec=evil"));
        let exec: Vec<&str> = entry.lines().filter(|l| l.starts_with("Exec=")).collect();
        assert_eq!(exec, ["Exec=\"/home/a\\\\\\\\b/100%%/x\\nExec=evil\""], "{entry}");
    }

    #[test]
    fn the_launch_agent_runs_the_agent_at_load_and_escapes_its_path() {
        let plist = launch_agent("app.sessionguard.agent", std::path::Path::new("/Applications/A&B <x>/agent"));
        assert!(plist.contains("<string>/Applications/A&amp;B &lt;x&gt;/agent</string>"), "{plist}");
        assert!(plist.contains("<key>RunAtLoad</key>\n\t<true/>"), "{plist}");
        assert!(plist.contains("<string>app.sessionguard.agent</string>"));
    }

    #[test]
    fn an_entry_is_written_then_removed_and_removing_twice_is_fine() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("autostart");
        let file = folder.join("entry");
        write_or_remove(&folder, &file, Some("x".into())).unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "x");
        write_or_remove(&folder, &file, None).unwrap();
        assert!(!file.exists());
        write_or_remove(&folder, &file, None).unwrap();
    }
}
