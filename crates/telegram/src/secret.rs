//! Secrets that are never printed and are wiped when dropped: the domain's own type.

pub use sessionguard_core::secret::Sensitive;
