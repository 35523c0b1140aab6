//! Making text from a server or a user safe to print on a terminal: a leaf
//! module (it imports nothing of the crate), so both the error type and the
//! renderer can use it without importing each other.

/// Whether a character could change what a terminal shows beyond itself:
/// C0 and C1 controls (ESC, BEL, CR, LF, tab, CSI…), bidi marks, embeddings,
/// overrides and isolates, and the Unicode line and paragraph separators.
pub fn is_dangerous(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// What a user typed or a server sent as an ID, with control characters
/// escaped and cut at 80 characters: safe to show in a message.
pub fn printable(raw: &str) -> String {
    raw.chars().flat_map(|c| c.escape_debug()).take(80).collect()
}

/// Escapes control characters and bidi overrides (`\u{1b}` stays visible as text).
pub fn sanitize(s: &str) -> String {
    if !s.chars().any(is_dangerous) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_dangerous(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_terminal_controls() {
        let s = sanitize("a\u{1b}[31mred\u{7}\u{202e}x");
        assert!(!s.chars().any(is_dangerous));
        assert!(s.contains("\\u{1b}[31mred"));
    }
}
