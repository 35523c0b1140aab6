//! The JSON and JSONL writers: values through `--fields` and `--jq`, `-r`
//! strings, a list streamed as one JSON array, and JSON text made safe to
//! print on a terminal (and coloured there, see [`super::json_paint`]).

use super::{ListWriter, Renderer, fields, text};
use crate::error::{Error, Result};
use serde_json::Value;
use std::borrow::Cow;
use std::io::Write;

impl Renderer {
    /// The record as output: only `--fields` when given (borrowed otherwise).
    pub(super) fn picked<'v>(&self, v: &'v Value) -> Cow<'v, Value> {
        match &self.opts.fields {
            Some(f) => Cow::Owned(fields::select(v, f)),
            None => Cow::Borrowed(v),
        }
    }

    /// Writes a JSON value (through `--jq` when given: one line per output).
    pub(super) fn json_line(&mut self, v: &Value, pretty: bool) -> Result<()> {
        let Some(f) = &self.opts.jq else { return self.write_json(v, pretty) };
        for o in f.run(v)? {
            match o {
                Value::String(s) if self.opts.raw_output => self.write_raw(&s)?,
                o => self.write_json(&o, pretty)?,
            }
        }
        Ok(())
    }

    pub(super) fn write_json(&mut self, v: &Value, pretty: bool) -> Result<()> {
        let bytes = json_bytes(v, pretty)?;
        if self.opts.color {
            self.out.write_all(super::json_paint::paint(&String::from_utf8_lossy(&bytes)).as_bytes())?;
        } else {
            self.out.write_all(&bytes)?;
        }
        self.out.write_all(b"\n")?;
        Ok(())
    }

    /// A `-r` string: as is when piped; on a terminal, controls other than
    /// newline and tab are escaped (they could drive the terminal).
    pub(super) fn write_raw(&mut self, s: &str) -> Result<()> {
        let shown = if self.opts.human && s.chars().any(|c| c != '\n' && c != '\t' && text::is_dangerous(c)) {
            s.split('\n')
                .map(|l| l.split('\t').map(text::sanitize).collect::<Vec<_>>().join("\t"))
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            s.to_string()
        };
        self.out.write_all(shown.as_bytes())?;
        self.out.write_all(b"\n")?;
        Ok(())
    }
}

/// A value as JSON text. Characters that could drive a terminal (C1 controls,
/// bidi overrides; serde already escapes the C0 ones) are written as `\uXXXX`
/// escapes: the same JSON value, but safe to print.
fn json_bytes(v: &Value, pretty: bool) -> Result<Vec<u8>> {
    let bytes = if pretty { serde_json::to_vec_pretty(v) } else { serde_json::to_vec(v) };
    let bytes = bytes.map_err(|e| Error::bad_answer(format!("Cannot encode JSON: {e}.")))?;
    let risky = |c: char| c != '\n' && text::is_dangerous(c);
    match std::str::from_utf8(&bytes) {
        Ok(s) if s.chars().any(risky) => {
            let mut out = String::with_capacity(s.len() + 16);
            for c in s.chars() {
                if risky(c) {
                    out.push_str(&format!("\\u{:04x}", c as u32));
                } else {
                    out.push(c);
                }
            }
            Ok(out.into_bytes())
        }
        _ => Ok(bytes),
    }
}

impl ListWriter<'_> {
    pub(super) fn json_page(&mut self, nodes: &[Value]) -> Result<()> {
        let mut buf = String::new();
        for n in nodes {
            buf.push_str(if self.count == 0 && buf.is_empty() { "[\n" } else { ",\n" });
            let v = self.r.picked(n);
            // One record a line when piped; on a terminal, indented as jq and gh show it.
            let text = String::from_utf8_lossy(&json_bytes(&v, self.r.opts.human)?).into_owned();
            let text = if self.r.opts.human { format!("  {}", text.replace('\n', "\n  ")) } else { text };
            if self.r.opts.color {
                buf.push_str(&super::json_paint::paint(&text));
            } else {
                buf.push_str(&text);
            }
        }
        self.r.out.write_all(buf.as_bytes())?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_escapes_terminal_drivers_but_keeps_the_value() {
        let v = json!({"name": "a\u{202e}b\u{85}c\u{1b}d"});
        let text = String::from_utf8(json_bytes(&v, true).unwrap()).unwrap();
        assert!(!text.chars().any(|c| c != '\n' && text::is_dangerous(c)), "{text}");
        assert!(text.contains("\\u202e"));
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), v);
    }
}
