//! A value that must never be printed: its `Debug` and `Display` say `<redacted>`.

use std::fmt;

#[derive(Clone, PartialEq, Eq)]
pub struct Sensitive<T>(T);

impl<T> Sensitive<T> {
    pub fn new(value: T) -> Self {
        Self(value)
    }

    /// The value itself, for the one place that must use it.
    pub fn expose(&self) -> &T {
        &self.0
    }
}

impl<T> fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl<T> fmt::Display for Sensitive<T> {
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
}
