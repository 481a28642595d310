//! The Windows named pipe's name and access list, as plain text so every platform's
//! tests check them: the name is private to a user (by SID) and to a runtime folder (by
//! a hash of its path), so agents and tests side by side never share a pipe.

use std::path::Path;

/// `\\.\pipe\sessionguard-<SID>-<16 hex digits of the runtime folder's path>`.
pub fn pipe_name(runtime_dir: &Path, user_sid: &str) -> String {
    format!(r"\\.\pipe\sessionguard-{user_sid}-{:016x}", fnv1a(runtime_dir.to_string_lossy().to_lowercase().as_bytes()))
}

/// The pipe's security descriptor in SDDL: owned by the user, and a protected access list
/// (nothing inherited) that lets only that user in — not other users, not Everyone.
pub fn owner_only_sddl(user_sid: &str) -> String {
    format!("O:{user_sid}G:{user_sid}D:P(A;;GA;;;{user_sid})")
}

/// FNV-1a, 64 bits: stable across Rust versions and builds, unlike `DefaultHasher`, so
/// the window and an agent built apart agree on the name. Not a secret: the access list
/// is the guard.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SID: &str = "S-1-5-21-1004336348-1177238915-682003330-1001";

    #[test]
    fn the_name_carries_the_user_and_the_runtime_folder() {
        let name = pipe_name(Path::new(r"C:\Users\ana\AppData\Local\Temp\sessionguard"), SID);
        assert!(name.starts_with(r"\\.\pipe\sessionguard-S-1-5-21-1004336348-1177238915-682003330-1001-"), "{name}");
        assert_eq!(name.len(), r"\\.\pipe\sessionguard-".len() + SID.len() + 1 + 16);
    }

    #[test]
    fn other_folders_and_other_users_get_other_pipes() {
        let a = pipe_name(Path::new(r"C:\t\a"), SID);
        assert_ne!(a, pipe_name(Path::new(r"C:\t\b"), SID));
        assert_ne!(a, pipe_name(Path::new(r"C:\t\a"), "S-1-5-21-1-2-3-1002"));
        // Windows paths are case-insensitive: one folder, one pipe.
        assert_eq!(a, pipe_name(Path::new(r"c:\T\A"), SID));
    }

    #[test]
    fn the_name_is_stable_across_builds() {
        // A fixed value: the window and the agent must agree even when built apart.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn only_the_owner_is_let_in() {
        assert_eq!(owner_only_sddl(SID), format!("O:{SID}G:{SID}D:P(A;;GA;;;{SID})"));
        let sddl = owner_only_sddl(SID);
        // One access entry, and it allows: no Everyone (WD), no other accounts.
        assert_eq!(sddl.matches("(A;").count(), 1);
        assert!(!sddl.contains("WD") && !sddl.contains("AU") && !sddl.contains("BU"));
    }
}
