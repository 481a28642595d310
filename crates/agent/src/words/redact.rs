//! Masks what must not appear in a log line in full.

/// `102.89.34.17` → `102.89.x.x`; an IPv6 address keeps its first two groups.
pub fn mask_ip(ip: &str) -> String {
    if ip.contains(':') {
        let head: Vec<&str> = ip.split(':').take(2).collect();
        format!("{}:…", head.join(":"))
    } else {
        let head: Vec<&str> = ip.split('.').take(2).collect();
        if head.len() == 2 { format!("{}.x.x", head.join(".")) } else { "x.x.x.x".into() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ips_are_masked() {
        assert_eq!(mask_ip("102.89.34.17"), "102.89.x.x");
        assert_eq!(mask_ip("2001:db8:1::5"), "2001:db8:…");
        assert_eq!(mask_ip(""), "x.x.x.x");
    }
}
