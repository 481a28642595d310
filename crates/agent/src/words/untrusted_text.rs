//! Text that a Telegram server or another client chose — device and app names, places —
//! made fit for the line it goes into: no control characters (a newline would forge a log
//! entry or a notification line), no bidirectional overrides (which reorder what a person
//! reads), and a bounded length.

/// How many characters of one attacker-chosen field are shown.
pub const FIELD_CHARS: usize = 80;

/// `text` on one line: control and direction-override characters dropped, whitespace runs
/// made one space, at most `max_chars` characters (then "…").
pub fn one_line(text: &str, max_chars: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max_chars * 4));
    let mut chars = 0;
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if c.is_control() || is_direction_override(c) {
            continue;
        }
        if space {
            out.push(' ');
            chars += 1;
            space = false;
        }
        if chars == max_chars {
            out.push('…');
            return out;
        }
        out.push(c);
        chars += 1;
    }
    out
}

/// The Unicode bidirectional formatting characters (embeddings, overrides, isolates, marks).
fn is_direction_override(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}')
}

/// `text` for a notification body whose server reads markup: `&`, `<` and `>` escaped, so
/// a device named `<a href=…>` shows as those characters, not as a link.
pub fn markup_escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_newline_cannot_start_a_forged_line() {
        let device = "iPhone\n2026-12-01T00:00:00Z  INFO all is well\r";
        assert_eq!(one_line(device, FIELD_CHARS), "iPhone 2026-12-01T00:00:00Z INFO all is well");
    }

    #[test]
    fn controls_and_direction_overrides_are_dropped() {
        assert_eq!(one_line("Pixel\u{202E}gpj.exe\u{0007}\u{0000}", 80), "Pixelgpj.exe");
        assert_eq!(one_line("  Lagos,\t\tNigeria  ", 80), "Lagos, Nigeria");
    }

    #[test]
    fn long_names_are_cut() {
        let long = "x".repeat(10_000);
        let cut = one_line(&long, FIELD_CHARS);
        assert_eq!(cut.chars().count(), FIELD_CHARS + 1);
        assert!(cut.ends_with('…'));
        assert_eq!(one_line("Redmi Note 13 Pro", FIELD_CHARS), "Redmi Note 13 Pro");
    }

    #[test]
    fn markup_is_shown_not_obeyed() {
        assert_eq!(
            markup_escaped("<a href=\"https://evil\">Telegram</a> & <img src=x>"),
            "&lt;a href=\"https://evil\"&gt;Telegram&lt;/a&gt; &amp; &lt;img src=x&gt;"
        );
    }
}
