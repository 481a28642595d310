# The agent's words: notifications, the tray menu, notices, export headers (crates/agent).
