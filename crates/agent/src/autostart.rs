//! Starting the agent when the person logs in, off by default. On Linux the XDG autostart
//! mechanism: a desktop entry in `~/.config/autostart`, which every desktop reads.

/// The desktop entry's file name.
#[cfg(target_os = "linux")]
const ENTRY: &str = "sessionguard-agent.desktop";

/// Turns starting at login on or off.
pub fn set(enabled: bool) -> Result<(), String> {
    #[cfg(target_os = "linux")]
    {
        let dir = dirs::config_dir().ok_or("no configuration folder to put the autostart entry in")?.join("autostart");
        let path = dir.join(ENTRY);
        if enabled {
            let agent = std::env::current_exe().map_err(|e| format!("cannot tell where the agent is: {e}"))?;
            std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            std::fs::write(&path, desktop_entry(&agent)).map_err(|e| format!("cannot write {}: {e}", path.display()))
        } else {
            match std::fs::remove_file(&path) {
                Ok(()) => Ok(()),
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(error) => Err(format!("cannot remove {}: {error}", path.display())),
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        if enabled { Err("starting at login is not available on this platform yet".into()) } else { Ok(()) }
    }
}

/// The XDG desktop entry that starts `agent` at login, quoted as the spec asks.
#[cfg(target_os = "linux")]
fn desktop_entry(agent: &std::path::Path) -> String {
    let quoted =
        agent.display().to_string().replace('\\', "\\\\").replace('"', "\\\"").replace('`', "\\`").replace('$', "\\$");
    format!(
        "[Desktop Entry]\nType=Application\nName=SessionGuard\nComment=Guards your Telegram account from the tray\n\
         Exec=\"{quoted}\"\nIcon=sessionguard\nTerminal=false\nNoDisplay=true\nX-GNOME-Autostart-enabled=true\n"
    )
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn the_entry_starts_this_agent_and_quotes_its_path() {
        let entry = desktop_entry(std::path::Path::new("/opt/Session Guard/$bin/sessionguard-agent"));
        assert!(entry.starts_with("[Desktop Entry]\nType=Application\n"), "{entry}");
        assert!(entry.contains("Exec=\"/opt/Session Guard/\\$bin/sessionguard-agent\"\n"), "{entry}");
        assert!(entry.contains("X-GNOME-Autostart-enabled=true"));
    }
}
