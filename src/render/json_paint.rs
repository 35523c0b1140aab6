//! JSON coloured for a terminal the way jq colours it: object keys bold blue,
//! strings green, `null` grey; numbers, booleans and punctuation as they are.
//! Only the colour codes are added around tokens of text serde_json wrote, so
//! every number stays digit for digit. Used only when stdout is a coloured
//! terminal (`--color`, `NO_COLOR`), never in a pipe.

/// jq's colour for object keys.
const KEY: &str = "\x1b[34;1m";
/// jq's colour for strings.
const STRING: &str = "\x1b[0;32m";
/// jq's colour for `null`.
const NULL: &str = "\x1b[1;30m";
/// Back to the terminal's colours.
const RESET: &str = "\x1b[0m";

/// `json` (valid JSON text) with colour codes around its keys, strings and nulls.
pub fn paint(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + json.len() / 4);
    let mut rest = json;
    while let Some(at) = rest.find(['"', 'n']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(tail) = rest.strip_prefix("null") {
            out.push_str(NULL);
            out.push_str("null");
            out.push_str(RESET);
            rest = tail;
            continue;
        }
        if !rest.starts_with('"') {
            out.push('n');
            rest = &rest[1..];
            continue;
        }
        let len = string_len(rest);
        let is_key = rest[len..].trim_start().starts_with(':');
        out.push_str(if is_key { KEY } else { STRING });
        out.push_str(&rest[..len]);
        out.push_str(RESET);
        rest = &rest[len..];
    }
    out.push_str(rest);
    out
}

/// The length in bytes of the JSON string `s` starts with, quotes included.
fn string_len(s: &str) -> usize {
    let mut escaped = false;
    for (i, c) in s.char_indices().skip(1) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return i + 1,
            _ => {}
        }
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_strings_and_nulls_are_coloured_and_the_text_is_kept() {
        let text = r#"{"name": "a \"null\" b", "n": null, "kgs": 12345678901234567890, "ok": true}"#;
        let painted = paint(text);
        assert!(painted.contains(&format!("{KEY}\"name\"{RESET}: {STRING}\"a \\\"null\\\" b\"{RESET}")), "{painted}");
        assert!(painted.contains(&format!("{NULL}null{RESET}")) && painted.contains(": 12345678901234567890,"));
        let plain = painted.replace(KEY, "").replace(STRING, "").replace(NULL, "").replace(RESET, "");
        assert_eq!(plain, text, "only colour codes are added");
    }
}
