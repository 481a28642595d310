//! A value that must never be printed — its `Debug` and `Display` say `<redacted>` — and
//! that is wiped from memory when dropped.

use std::fmt;

use zeroize::Zeroize;

#[derive(Clone, PartialEq, Eq)]
pub struct Sensitive<T: Zeroize>(T);

impl<T: Zeroize> Drop for Sensitive<T> {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl<T: Zeroize> Sensitive<T> {
    pub fn new(value: T) -> Self {
        Self(value)
    }

    /// The value itself, for the one place that must use it.
    pub fn expose(&self) -> &T {
        &self.0
    }
}

impl<T: Zeroize> fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl<T: Zeroize> fmt::Display for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_prints_as_redacted() {
        let hash = Sensitive::new(String::from("0123456789abcdef0123456789abcdef"));
        assert_eq!(format!("{hash:?}"), "<redacted>");
        assert_eq!(format!("{hash}"), "<redacted>");
        assert_eq!(format!("{:?}", Some(&hash)), "Some(<redacted>)");
        assert_eq!(hash.expose().len(), 32);
    }

    /// Records that it was wiped, where a real secret's bytes would be zeroed.
    struct Witness(std::sync::Arc<std::sync::atomic::AtomicBool>);

    impl Zeroize for Witness {
        fn zeroize(&mut self) {
            self.0.store(true, std::sync::atomic::Ordering::SeqCst);
        }
    }

    #[test]
    fn a_dropped_secret_is_wiped() {
        let wiped = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        drop(Sensitive::new(Witness(wiped.clone())));
        assert!(wiped.load(std::sync::atomic::Ordering::SeqCst));
        let mut key = Sensitive::new([7u8; 4]);
        key.0.zeroize();
        assert_eq!(key.expose(), &[0u8; 4], "zeroize clears the bytes themselves");
    }
}
