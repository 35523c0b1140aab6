//! The human view: lists as aligned columns (fitted to the terminal width on a
//! terminal, full width when piped or with `-o wide`) and single records as
//! `FIELD  value` lines.
//!
//! Fitting keeps what a table is for: IDs, quantities, dates and URLs are
//! never cut; text and the names beside IDs shrink first (with `…`); only then
//! are whole columns hidden, highest [`Column::rank`] first, and the caller is
//! told which ([`Fitted::hidden`]) so it can say so.

use super::fit::{self, MIN_TEXT, Measure};
use super::text::{self, CellStyle, ColKind, sanitize};
use super::{Column, fields};
use serde_json::Value;
use std::collections::HashMap;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// How the table should look.
pub struct Look<'a> {
    pub style: CellStyle,
    pub color: bool,
    pub width: Option<u16>,
    pub names: &'a HashMap<String, String>,
}

/// A list table and the headers of the columns it had to hide.
pub struct Fitted {
    pub text: String,
    pub hidden: Vec<String>,
}

use fit::GAP;

/// One cell, split into the part that is never cut (an ID, a quantity, a
/// date, a URL) and the part that may shrink (text, the name beside an ID).
pub(super) struct Piece {
    pub(super) whole: String,
    pub(super) flex: String,
    pub(super) color: Option<&'static str>,
    /// Right-aligned (quantities and counts).
    right: bool,
    /// Cut from the left, keeping the end (a serial number's range).
    left_cut: bool,
}

/// Renders `rows` under `columns` (with a trailing newline). With a width
/// (a terminal, not `-o wide`), the table is fitted by meaning (see
/// [`super::fit`]): a column with one value on every row becomes a line
/// above the table, text shrinks, names drop their IDs, and only then are
/// the highest-ranked columns hidden (and returned).
pub fn list(columns: &[Column], rows: &[Value], look: &Look<'_>) -> Fitted {
    let cells = pieces(columns, rows, look);
    let lift = match look.width {
        Some(_) => {
            let texts: Vec<Vec<String>> =
                cells.iter().map(|r| r.iter().map(|p| format!("{}{}", p.whole, p.flex)).collect()).collect();
            fit::lifted(columns, &texts)
        }
        None => vec![false; columns.len()],
    };
    let layout = layout(columns, &cells, look, &lift);
    let mut text = lifted_lines(columns, &cells, &lift, look);
    text.push_str(&header(columns, &layout, look));
    push_cells(&mut text, &cells, &layout, columns);
    Fitted { text, hidden: layout.hidden }
}

/// The lines above a table for its lifted columns (`OWNER  org_… Name`),
/// then a blank line; nothing when none was lifted.
fn lifted_lines(columns: &[Column], cells: &[Vec<Piece>], lift: &[bool], look: &Look<'_>) -> String {
    let idx: Vec<usize> = (0..columns.len()).filter(|&i| lift[i]).collect();
    let (Some(first), false) = (cells.first(), idx.is_empty()) else { return String::new() };
    let label_w = idx.iter().map(|&i| width(&sanitize(&columns[i].header))).max().unwrap_or(0);
    let mut out = String::new();
    for i in idx {
        let label = sanitize(&columns[i].header);
        let value = format!("{}{}", first[i].whole, first[i].flex);
        let room = look.width.map_or(usize::MAX, |w| (w as usize).saturating_sub(label_w + GAP).max(MIN_TEXT));
        let pad = " ".repeat(label_w - width(&label) + GAP);
        let shown = if look.color { format!("{BOLD}{label}{RESET}") } else { label };
        out.push_str(&format!("{shown}{pad}{}\n", cut(&value, room)));
    }
    out.push('\n');
    out
}

/// Which columns a table shows, in which form and how wide.
pub struct Layout {
    keep: Vec<usize>,
    widths: Vec<usize>,
    /// Per column: a `Ref` showing names only.
    bare: Vec<bool>,
    /// The widest value of each column among the rows it was made from.
    naturals: Vec<usize>,
    /// Headers of the columns hidden to fit the width.
    pub hidden: Vec<String>,
}

fn pieces(columns: &[Column], rows: &[Value], look: &Look<'_>) -> Vec<Vec<Piece>> {
    rows.iter().map(|r| columns.iter().map(|c| piece(c, r, look)).collect()).collect()
}

/// How wide column `i` wants to be over `cells`.
fn measure(c: &Column, i: usize, cells: &[Vec<Piece>], header: usize) -> Measure {
    let both = |p: &Piece| width(&p.whole) + width(&p.flex);
    let natural = cells.iter().map(|r| both(&r[i])).fold(header, usize::max);
    let whole = cells.iter().map(|r| width(&r[i].whole)).max().unwrap_or(0);
    let text = match c.kind {
        ColKind::Ref => cells.iter().map(|r| width(&r[i].whole) + width(&r[i].flex).min(1 + MIN_TEXT)).max(),
        ColKind::Serial => cells.iter().map(|r| width(&serial_tail(&r[i].flex)) + 1).max(),
        ColKind::Text | ColKind::Mixed => Some(natural.min(MIN_TEXT)),
        _ => None,
    };
    let min = header.max(whole).max(text.unwrap_or(0)).min(natural);
    let named = c.kind == ColKind::Ref && cells.iter().any(|r| !r[i].flex.is_empty());
    let bare = named.then(|| {
        let name = |p: &Piece| if p.flex.is_empty() { width(&p.whole) } else { width(&p.flex) - 1 };
        let nat = cells.iter().map(|r| name(&r[i])).fold(header, usize::max);
        let least = |p: &Piece| if p.flex.is_empty() { width(&p.whole) } else { name(p).min(MIN_TEXT) };
        let min = cells.iter().map(|r| least(&r[i])).fold(header, usize::max);
        (nat, min)
    });
    let hard =
        if matches!(c.kind, ColKind::Text | ColKind::Mixed) { fit::hard_min(ColKind::Text, natural, min) } else { min };
    Measure { natural, min, hard, bare }
}

/// The layout `cells` need under `columns`, leaving out the `lift`ed ones.
fn layout(columns: &[Column], cells: &[Vec<Piece>], look: &Look<'_>, lift: &[bool]) -> Layout {
    let headers: Vec<usize> = columns.iter().map(|c| width(&header_text(c, look.style))).collect();
    let m: Vec<Measure> = (0..columns.len()).map(|i| measure(&columns[i], i, cells, headers[i])).collect();
    let naturals: Vec<usize> = m.iter().map(|x| x.natural).collect();
    let (shown, bare, widths) = match look.width {
        Some(w) => {
            let d = fit::decide(columns, &m, lift, w as usize);
            (d.shown, d.bare, d.widths)
        }
        None => (vec![true; columns.len()], vec![false; columns.len()], naturals.clone()),
    };
    let keep: Vec<usize> = (0..columns.len()).filter(|&i| shown[i]).collect();
    let hidden = (0..columns.len()).filter(|&i| !shown[i] && !lift[i]).map(|i| sanitize(&columns[i].header)).collect();
    Layout { keep, widths, bare, naturals, hidden }
}

/// A table streamed in pieces: the layout comes from the first rows
/// ([`streamed_head`]); later rows are fitted to it ([`streamed_rows`]).
pub fn streamed_head(columns: &[Column], rows: &[Value], look: &Look<'_>) -> (Layout, String) {
    let cells = pieces(columns, rows, look);
    let layout = layout(columns, &cells, look, &vec![false; columns.len()]);
    let mut text = header(columns, &layout, look);
    push_cells(&mut text, &cells, &layout, columns);
    (layout, text)
}

/// Later rows of a streamed table, and whether a value was wider than any
/// of the rows the layout was made from (and so was cut or pushed the line out).
pub fn streamed_rows(columns: &[Column], rows: &[Value], layout: &Layout, look: &Look<'_>) -> (String, bool) {
    let cells = pieces(columns, rows, look);
    let wider =
        cells.iter().any(|r| layout.keep.iter().any(|&i| width(&r[i].whole) + width(&r[i].flex) > layout.naturals[i]));
    let mut text = String::new();
    push_cells(&mut text, &cells, layout, columns);
    (text, wider)
}

/// The header line of a table (a header wider than its column is cut).
fn header(columns: &[Column], layout: &Layout, look: &Look<'_>) -> String {
    let mut text = String::new();
    let header: Vec<String> =
        layout.keep.iter().zip(&layout.widths).map(|(&i, &w)| cut(&header_text(&columns[i], look.style), w)).collect();
    let rights: Vec<bool> = layout.keep.iter().map(|&i| columns[i].kind.is_right()).collect();
    let colors = vec![look.color.then_some(BOLD); header.len()];
    push_row(&mut text, &header, &layout.widths, &rights, &colors);
    text
}

fn push_cells(text: &mut String, cells: &[Vec<Piece>], layout: &Layout, columns: &[Column]) {
    for row in cells {
        let texts: Vec<String> = layout
            .keep
            .iter()
            .zip(&layout.widths)
            .map(|(&i, &w)| if layout.bare[i] { fit_bare(&row[i], w) } else { fit(&row[i], w) })
            .collect();
        let rights: Vec<bool> = layout.keep.iter().map(|&i| row[i].right || columns[i].kind.is_right()).collect();
        let colors: Vec<Option<&str>> = layout.keep.iter().map(|&i| row[i].color).collect();
        push_row(text, &texts, &layout.widths, &rights, &colors);
    }
}

pub(super) const BOLD: &str = "\u{1b}[1m";
pub(super) const RESET: &str = "\u{1b}[0m";

/// One line: each cell padded to its column (quantities and counts to the
/// right), two spaces between columns, no trailing blanks.
fn push_row(out: &mut String, cells: &[String], widths: &[usize], rights: &[bool], colors: &[Option<&str>]) {
    let mut line = String::new();
    for (n, (cell, w)) in cells.iter().zip(widths).enumerate() {
        if n > 0 {
            line.push_str(&" ".repeat(GAP));
        }
        let pad = " ".repeat(w.saturating_sub(width(cell)));
        let painted = match colors[n] {
            Some(code) if !cell.is_empty() => format!("{code}{cell}{RESET}"),
            _ => cell.clone(),
        };
        if rights[n] {
            line.push_str(&pad);
            line.push_str(&painted);
        } else {
            line.push_str(&painted);
            line.push_str(&pad);
        }
    }
    out.push_str(line.trim_end());
    out.push('\n');
}

/// The last two `-` parts of a serial number (its credit range).
fn serial_tail(s: &str) -> String {
    let parts: Vec<&str> = s.rsplitn(3, '-').collect();
    if parts.len() < 3 { s.to_string() } else { format!("{}-{}", parts[1], parts[0]) }
}

/// A `Ref` cell showing its name only (its ID when it has no name).
fn fit_bare(p: &Piece, w: usize) -> String {
    match p.flex.trim_start() {
        "" => p.whole.clone(),
        name => cut(name, w),
    }
}

/// The cell in `w` columns: whole if it fits; else the whole part and as
/// much of the rest as fits, ending in `…` (a name beside an ID is dropped
/// rather than shown as a lone `…`).
fn fit(p: &Piece, w: usize) -> String {
    let (whole, flex) = (width(&p.whole), width(&p.flex));
    if whole + flex <= w {
        return format!("{}{}", p.whole, p.flex);
    }
    if p.whole.is_empty() && p.left_cut {
        return cut_left(&p.flex, w);
    }
    if p.whole.is_empty() {
        return cut(&p.flex, w);
    }
    match w.checked_sub(whole) {
        Some(room) if room >= 3 => format!("{}{}", p.whole, cut(&p.flex, room)),
        _ => p.whole.clone(),
    }
}

/// `s` cut to `w` display columns, the last one an `…`.
pub(super) fn cut(s: &str, w: usize) -> String {
    if width(s) <= w {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = UnicodeWidthChar::width(c).unwrap_or(0);
        if used + cw + 1 > w {
            break;
        }
        out.push(c);
        used += cw;
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('…');
    out
}

/// `s` cut to `w` display columns from the left, the first one an `…`.
fn cut_left(s: &str, w: usize) -> String {
    let mut kept: Vec<char> = Vec::new();
    let mut used = 1;
    for c in s.chars().rev() {
        let cw = UnicodeWidthChar::width(c).unwrap_or(0);
        if used + cw > w {
            break;
        }
        kept.push(c);
        used += cw;
    }
    std::iter::once('…').chain(kept.into_iter().rev()).collect()
}

/// Display width (wide characters count two).
pub(super) fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// The paths a `Ref` row at `x.id` takes the name beside the ID from, when
/// the record carries it: `x.name`, or `x.organisation.name` (suppliers).
pub fn ref_name_paths(path: &str) -> Vec<String> {
    match path.strip_suffix(".id") {
        Some(parent) => vec![format!("{parent}.name"), format!("{parent}.organisation.name")],
        None => vec![],
    }
}

/// The name shown beside a `Ref` cell's ID: the one looked up, else the one
/// the record carries beside it.
fn ref_name(c: &Column, record: &Value, id: &str, look: &Look<'_>) -> Option<String> {
    if let Some(n) = look.names.get(id) {
        return Some(sanitize(n));
    }
    let found = ref_name_paths(&c.path).into_iter().find_map(|p| fields::get(record, &p).and_then(Value::as_str));
    found.map(sanitize)
}

pub(super) fn piece(c: &Column, record: &Value, look: &Look<'_>) -> Piece {
    let v = fields::get(record, &c.path);
    let s = text::cell(v, c.kind, look.style);
    let color = if look.color && c.kind == ColKind::Status { status_color(v) } else { None };
    let (whole, flex) = (String::new(), String::new());
    match c.kind {
        ColKind::Text | ColKind::Serial => {
            let right = v.is_some_and(Value::is_number);
            Piece { whole, flex: s, color, right, left_cut: c.kind == ColKind::Serial }
        }
        ColKind::Mixed if !v.is_some_and(|v| v.is_number() || text::is_time(v)) => {
            Piece { whole, flex: s, color, right: false, left_cut: false }
        }
        ColKind::Ref => {
            let name = v.and_then(Value::as_str).and_then(|id| ref_name(c, record, id, look));
            Piece {
                whole: s,
                flex: name.map(|n| format!(" {n}")).unwrap_or_default(),
                color,
                right: false,
                left_cut: false,
            }
        }
        _ => Piece { whole: s, flex, color, right: v.is_some_and(Value::is_number), left_cut: false },
    }
}

/// The ANSI colour of a status cell.
pub(super) fn status_color(v: Option<&Value>) -> Option<&'static str> {
    const GREEN: &str = "\u{1b}[32m";
    if let Some(b) = v.and_then(Value::as_bool) {
        return Some(if b { GREEN } else { "\u{1b}[31m" });
    }
    match v.and_then(Value::as_str) {
        Some("active") | Some("completed") | Some("validated") => Some(GREEN),
        Some("retired") => Some("\u{1b}[36m"),
        Some("split") | Some("in_progress") => Some("\u{1b}[33m"),
        _ => None,
    }
}

/// Header text; headers can come from the server's keys (`api`), so sanitised.
pub(super) fn header_text(c: &Column, style: CellStyle) -> String {
    match c.kind {
        ColKind::Qty => format!("{} ({})", sanitize(&c.header), crate::quantity::unit_symbol(style.units)),
        // Dates are shown in UTC for people; the header says so.
        ColKind::Date if style.human => format!("{} (UTC)", sanitize(&c.header)),
        _ => sanitize(&c.header),
    }
}

#[cfg(test)]
mod tests;
