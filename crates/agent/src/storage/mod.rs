//! What the agent keeps on disk.

pub mod data_paths;
pub mod notices;
pub mod private_file;
pub mod saved_accounts;
pub mod settings_store;
