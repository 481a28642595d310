//! IP addresses hidden in forwarded text, for receivers others may read (a public ntfy
//! topic is readable by anyone who knows or guesses its name): enough is kept to tell a
//! network apart — the first two parts — and the rest is masked.

use std::net::IpAddr;

/// `text` with every IPv4 and IPv6 address masked: `102.89.34.17` → `102.89.x.x`,
/// `2001:db8:85a3::8a2e` → `2001:db8:…`. Addresses are found word by word, without the
/// punctuation around them.
pub fn mask_ips(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    for c in text.chars() {
        if c.is_whitespace() {
            out.push_str(&mask_word(&word));
            word.clear();
            out.push(c);
        } else {
            word.push(c);
        }
    }
    out.push_str(&mask_word(&word));
    out
}

fn mask_word(word: &str) -> String {
    let core = word.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | ',' | ';' | '"' | '\'') || c == '.');
    let Ok(ip) = core.parse::<IpAddr>() else { return word.to_owned() };
    let masked = match ip {
        IpAddr::V4(v4) => {
            let [a, b, _, _] = v4.octets();
            format!("{a}.{b}.x.x")
        }
        IpAddr::V6(v6) => {
            let [a, b, ..] = v6.segments();
            format!("{a:x}:{b:x}:…")
        }
    };
    word.replacen(core, &masked, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_keep_their_network_and_lose_the_rest() {
        let text = "Redmi · Lagos, Nigeria · IP 102.89.34.17\nfrom (2001:db8:85a3::8a2e:370:7334).";
        assert_eq!(mask_ips(text), "Redmi · Lagos, Nigeria · IP 102.89.x.x\nfrom (2001:db8:…).");
    }

    #[test]
    fn words_that_are_not_addresses_stay() {
        for text in ["Telegram 11.5.3", "version 1.2.3.4.5", "ratio 3:4", "at 12:30 UTC", "a:b", ""] {
            assert_eq!(mask_ips(text), text);
        }
    }
}
