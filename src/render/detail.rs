//! The detail view of one record: `LABEL  value` lines, the planned rows
//! first, then the record's other fields under their dotted paths.
//!
//! By default an embedded record (an object with an `id`, like a delivery's
//! supplier) is shown once, as `id name` in its planned row, and an embedded
//! object without one (`carbon_removal_data`, `location`) is one row of
//! `key value` pairs; `-o wide` shows every field on its own row
//! ([`collapsed`] decides which rows a view has).

use super::columns::{covers, guess_column, null_parent};
use super::table::{BOLD, Look, RESET, piece, width};
use super::text::{self, ColKind, sanitize};
use super::{Column, fields};
use serde_json::Value;
use std::borrow::Cow;
use unicode_width::UnicodeWidthChar;

/// The gap between a label and its value.
const GAP: usize = 2;

/// Renders one record as `LABEL  value` lines: the planned rows, then the
/// `extra` ones (dotted paths), each block aligned on its own labels. A field
/// that is missing, `null` or blank shows as `—`. On a terminal, long text
/// wraps under its value column; IDs and URLs are never split.
pub fn detail(planned: &[Column], extra: &[Column], record: &Value, look: &Look<'_>) -> String {
    let mut out = String::new();
    for block in [planned, extra] {
        let widest = block.iter().map(|c| width(&sanitize(&c.header))).max().unwrap_or(0);
        let label_w = look.width.map_or(widest, |w| widest.min(w as usize * 3 / 5));
        for c in block {
            detail_row(&mut out, c, record, look, label_w);
        }
    }
    out
}

/// One `LABEL  value` row (more lines when the value wraps).
fn detail_row(out: &mut String, c: &Column, record: &Value, look: &Look<'_>, label_w: usize) {
    let label = sanitize(&c.header);
    let p = piece(c, record, look);
    let group = fields::get(record, &c.path).and_then(|v| pairs(v, look));
    let mut value = group.clone().map_or_else(|| format!("{}{}", p.whole, p.flex), |g| g.join(", "));
    if c.parts().count() > 1 {
        value = joined(c, record, look);
    }
    if c.kind == ColKind::Qty && !value.is_empty() {
        value = format!("{value} {}", crate::quantity::unit_symbol(look.style.units));
    }
    if c.kind == ColKind::Date && text::is_human_date(&value) {
        value = format!("{value} UTC");
    }
    if value.trim().is_empty() {
        value = "—".into();
    }
    let avail = look.width.map_or(usize::MAX, |w| (w as usize).saturating_sub(label_w + GAP).max(12));
    let lines = match &group {
        Some(items) => wrap_items(items, avail),
        None => wrap(&value, avail, !c.kind.is_whole()),
    };
    let indent = " ".repeat(label_w + GAP);
    let shown_label = if look.color { format!("{BOLD}{label}{RESET}") } else { label.clone() };
    let mut first = format!("{shown_label}{}", " ".repeat(label_w.saturating_sub(width(&label)) + GAP));
    if width(&label) > label_w {
        out.push_str(shown_label.trim_end());
        out.push('\n');
        first = indent.clone();
    }
    for (n, line) in lines.iter().enumerate() {
        let line = match p.color {
            Some(code) if n == 0 && lines.len() == 1 && value != "—" => format!("{code}{line}{RESET}"),
            _ => line.clone(),
        };
        let lead = if n == 0 { &first } else { &indent };
        out.push_str(format!("{lead}{line}").trim_end());
        out.push('\n');
    }
}

/// `s` in lines of at most `w` display columns, broken at spaces; a word
/// longer than a line is split only when `split_long` (text, not IDs or URLs).
fn wrap(s: &str, w: usize, split_long: bool) -> Vec<String> {
    if width(s) <= w {
        return vec![s.to_string()];
    }
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in s.split(' ') {
        let sep = usize::from(!cur.is_empty());
        if width(&cur) + sep + width(word) <= w {
            if sep == 1 {
                cur.push(' ');
            }
            cur.push_str(word);
            continue;
        }
        if !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
        }
        if width(word) <= w || !split_long {
            cur = word.to_string();
            continue;
        }
        for c in word.chars() {
            if width(&cur) + UnicodeWidthChar::width(c).unwrap_or(0) > w {
                lines.push(std::mem::take(&mut cur));
            }
            cur.push(c);
        }
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(cur);
    }
    lines
}

/// The `key value` pairs of an embedded object without an ID (one row by
/// default); `None` for anything else.
fn pairs(v: &Value, look: &Look<'_>) -> Option<Vec<String>> {
    if !v.is_object() || fields::is_quantity(v) || v.get("id").is_some() {
        return None;
    }
    let items = fields::leaf_paths(v)
        .into_iter()
        .map(|p| {
            let c = guess_column(&p, v);
            let mut s = text::cell(fields::get(v, &p), c.kind, look.style);
            if c.kind == ColKind::Qty {
                s = format!("{s} {}", crate::quantity::unit_symbol(look.style.units));
            }
            format!("{} {}", sanitize(&p), if s.trim().is_empty() { "—".into() } else { s })
        })
        .collect::<Vec<_>>();
    (!items.is_empty()).then_some(items)
}

/// The value of a row that shows several fields: those that have one,
/// joined with ` + ` (blank when none has).
fn joined(c: &Column, record: &Value, look: &Look<'_>) -> String {
    let one = |p: &str| Column { path: Cow::Owned(p.to_string()), ..c.clone() };
    let values: Vec<String> = c
        .parts()
        .map(|p| {
            let q = piece(&one(p), record, look);
            format!("{}{}", q.whole, q.flex)
        })
        .filter(|s| !s.trim().is_empty())
        .collect();
    values.join(super::columns::JOIN)
}

/// Items joined with `, ` in lines of at most `w` columns, broken between items.
fn wrap_items(items: &[String], w: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for (n, item) in items.iter().enumerate() {
        let piece = if n + 1 < items.len() { format!("{item},") } else { item.clone() };
        if !cur.is_empty() && width(&cur) + 1 + width(&piece) > w {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(&piece);
    }
    lines.push(cur);
    lines
}

/// The extra rows of a detail view beyond the `planned` ones, for the
/// fields at `paths`: by default a field of an embedded record is left to
/// that record's planned `id name` row (or one row for its ID when none is
/// planned), and the fields of an embedded object without an ID become one
/// row; `wide` keeps one row per field.
pub fn collapsed(planned: &[Column], paths: Vec<String>, record: &Value, wide: bool) -> Vec<Column> {
    let mut extra: Vec<Column> = Vec::new();
    let have = |extra: &[Column], p: &str| planned.iter().chain(extra).any(|c| covers(c, p));
    for p in paths {
        if have(&extra, &p) {
            continue;
        }
        let shown = if wide { Some(guess_column(&p, record)) } else { collapse(&p, record) };
        if let Some(c) = shown
            && !extra.iter().any(|e| e.path == c.path)
            && (c.path == p || !have(&extra, &c.path))
        {
            extra.push(c.labelled_by_path());
        }
    }
    extra
}

/// The row a field at `path` is shown in by default: its embedded record's
/// ID, its embedded object's pairs, or its own.
fn collapse(path: &str, record: &Value) -> Option<Column> {
    let parts: Vec<&str> = path.split('.').collect();
    for i in 1..parts.len() {
        let outer = parts[..i].join(".");
        let Some(obj) = fields::get(record, &outer) else { break };
        if obj.get("id").is_some_and(Value::is_string) {
            return Some(guess_column(&format!("{outer}.id"), record));
        }
        if i == 1 && obj.is_object() && !fields::is_quantity(obj) {
            let kind = ColKind::Text;
            return Some(Column { header: Cow::Owned(outer.clone()), path: Cow::Owned(outer), kind, rank: 6 });
        }
    }
    Some(guess_column(&null_parent(record, path), record))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_counts_display_columns() {
        assert_eq!(wrap("one two three", 8, true), ["one two", "three"]);
        assert_eq!(wrap("https://a.example/very/long", 10, false), ["https://a.example/very/long"]);
        assert_eq!(wrap("abcdefghij", 4, true), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn items_wrap_between_items() {
        let items: Vec<String> = ["a 1", "bb 2", "ccc 3"].map(String::from).into();
        assert_eq!(wrap_items(&items, 10), ["a 1, bb 2,", "ccc 3"]);
        assert_eq!(wrap_items(&items, 80), ["a 1, bb 2, ccc 3"]);
    }

    #[test]
    fn embedded_records_collapse_to_their_row() {
        let v = serde_json::json!({"id": "dlv_1", "sup": {"id": "spl_1", "lat": 1.5, "org": {"id": "org_1"}},
            "crd": {"a_kg": 1000, "b_kg": 2}});
        let planned = [crate::render::col("SUPPLIER", "sup.id", ColKind::Ref)];
        let paths = fields::leaf_paths(&v);
        let short: Vec<String> =
            collapsed(&planned, paths.clone(), &v, false).iter().map(|c| c.path.to_string()).collect();
        assert_eq!(short, ["id", "crd"]);
        let wide: Vec<String> = collapsed(&planned, paths, &v, true).iter().map(|c| c.path.to_string()).collect();
        assert_eq!(wide, ["id", "sup.lat", "sup.org.id", "crd.a_kg", "crd.b_kg"]);
    }
}
