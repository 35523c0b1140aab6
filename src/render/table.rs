//! The human view: lists as aligned columns (fitted to the terminal width on a
//! terminal, full width when piped or with `-o wide`) and single records as
//! `FIELD  value` lines.
//!
//! Fitting keeps what a table is for: IDs, quantities, dates and URLs are
//! never cut; text and the names beside IDs shrink first (with `…`); only then
//! are whole columns hidden, highest [`Column::rank`] first, and the caller is
//! told which ([`Fitted::hidden`]) so it can say so.

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

/// The smallest width a name or other text column shrinks to (with `…`).
const MIN_TEXT: usize = 8;

/// The gap between two columns.
const GAP: usize = 2;

/// One cell, split into the part that is never cut (an ID, a quantity, a
/// date, a URL) and the part that may shrink (text, the name beside an ID).
struct Piece {
    whole: String,
    flex: String,
    color: Option<&'static str>,
}

/// Renders `rows` under `columns` (with a trailing newline). With a width
/// (a terminal, not `-o wide`), the table is fitted: IDs, quantities, dates
/// and URLs stay whole, text shrinks to [`MIN_TEXT`] with `…`, and if that is
/// not enough the highest-ranked columns are hidden (and returned).
pub fn list(columns: &[Column], rows: &[Value], look: &Look<'_>) -> Fitted {
    let (layout, cells) = layout(columns, rows, look);
    let mut text = header(columns, &layout, look);
    push_cells(&mut text, &cells, &layout, columns);
    Fitted { text, hidden: layout.hidden }
}

/// Which columns a table shows and how wide, worked out from some rows.
pub struct Layout {
    keep: Vec<usize>,
    widths: Vec<usize>,
    /// The widest value of each column among the rows it was made from.
    naturals: Vec<usize>,
    /// Headers of the columns hidden to fit the width.
    pub hidden: Vec<String>,
}

/// The layout `rows` need under `columns`, and their cells.
fn layout(columns: &[Column], rows: &[Value], look: &Look<'_>) -> (Layout, Vec<Vec<Piece>>) {
    let cells: Vec<Vec<Piece>> = rows.iter().map(|r| columns.iter().map(|c| piece(c, r, look)).collect()).collect();
    let headers: Vec<String> = columns.iter().map(|c| header_text(c, look.style)).collect();
    let naturals: Vec<usize> = (0..columns.len())
        .map(|i| cells.iter().map(|r| width(&r[i].whole) + width(&r[i].flex)).fold(width(&headers[i]), usize::max))
        .collect();
    let mins: Vec<usize> = (0..columns.len())
        .map(|i| {
            let whole = cells.iter().map(|r| width(&r[i].whole)).max().unwrap_or(0);
            let text = if columns[i].kind.is_whole() { 0 } else { naturals[i].min(MIN_TEXT) };
            width(&headers[i]).max(whole).max(text)
        })
        .collect();
    let shown = match look.width {
        Some(w) => visible(columns, &mins, w as usize),
        None => vec![true; columns.len()],
    };
    let keep: Vec<usize> = (0..columns.len()).filter(|&i| shown[i]).collect();
    let widths: Vec<usize> = match look.width {
        Some(w) => share_widths(&pick(&mins, &keep), &pick(&naturals, &keep), w as usize),
        None => pick(&naturals, &keep),
    };
    let hidden = (0..columns.len()).filter(|&i| !shown[i]).map(|i| sanitize(&columns[i].header)).collect();
    (Layout { keep, widths, naturals, hidden }, cells)
}

/// A table streamed in pieces: the layout comes from the first rows
/// ([`streamed_head`]); later rows are fitted to it ([`streamed_rows`]).
pub fn streamed_head(columns: &[Column], rows: &[Value], look: &Look<'_>) -> (Layout, String) {
    let (layout, cells) = layout(columns, rows, look);
    let mut text = header(columns, &layout, look);
    push_cells(&mut text, &cells, &layout, columns);
    (layout, text)
}

/// Later rows of a streamed table, and whether a value was wider than any
/// of the rows the layout was made from (and so was cut or pushed the line out).
pub fn streamed_rows(columns: &[Column], rows: &[Value], layout: &Layout, look: &Look<'_>) -> (String, bool) {
    let cells: Vec<Vec<Piece>> = rows.iter().map(|r| columns.iter().map(|c| piece(c, r, look)).collect()).collect();
    let wider =
        cells.iter().any(|r| layout.keep.iter().any(|&i| width(&r[i].whole) + width(&r[i].flex) > layout.naturals[i]));
    let mut text = String::new();
    push_cells(&mut text, &cells, layout, columns);
    (text, wider)
}

/// The header line of a table.
fn header(columns: &[Column], layout: &Layout, look: &Look<'_>) -> String {
    let mut text = String::new();
    let header: Vec<String> = layout.keep.iter().map(|&i| header_text(&columns[i], look.style)).collect();
    push_line(&mut text, &header, &layout.widths, &layout.keep, columns, look.color.then_some(BOLD));
    text
}

fn push_cells(text: &mut String, cells: &[Vec<Piece>], layout: &Layout, columns: &[Column]) {
    for row in cells {
        let texts: Vec<String> = layout.keep.iter().zip(&layout.widths).map(|(&i, &w)| fit(&row[i], w)).collect();
        let colors: Vec<Option<&str>> = layout.keep.iter().map(|&i| row[i].color).collect();
        push_row(text, &texts, &layout.widths, &layout.keep, columns, &colors);
    }
}

const BOLD: &str = "\u{1b}[1m";
const RESET: &str = "\u{1b}[0m";

fn pick(v: &[usize], idx: &[usize]) -> Vec<usize> {
    idx.iter().map(|&i| v[i]).collect()
}

/// The header line (bold on a colour terminal).
fn push_line(out: &mut String, cells: &[String], widths: &[usize], keep: &[usize], cols: &[Column], st: Option<&str>) {
    let colors = vec![st; cells.len()];
    push_row(out, cells, widths, keep, cols, &colors);
}

/// One line: each cell padded to its column (quantities and counts to the
/// right), two spaces between columns, no trailing blanks.
fn push_row(
    out: &mut String,
    cells: &[String],
    widths: &[usize],
    keep: &[usize],
    cols: &[Column],
    colors: &[Option<&str>],
) {
    let mut line = String::new();
    for (n, ((cell, w), &i)) in cells.iter().zip(widths).zip(keep).enumerate() {
        if n > 0 {
            line.push_str(&" ".repeat(GAP));
        }
        let pad = " ".repeat(w.saturating_sub(width(cell)));
        let right = matches!(cols[i].kind, ColKind::Qty | ColKind::Count);
        let painted = match colors[n] {
            Some(code) if !cell.is_empty() => format!("{code}{cell}{RESET}"),
            _ => cell.clone(),
        };
        if right {
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

/// Which columns to show in `width`: hides the highest-ranked (then the
/// rightmost) until the minimum widths fit, then brings back, most important
/// first, any hidden column that still fits. Rank 0 and the first column
/// are never hidden.
fn visible(columns: &[Column], mins: &[usize], width: usize) -> Vec<bool> {
    let mut shown = vec![true; columns.len()];
    let need = |shown: &[bool]| {
        let ws: Vec<usize> = (0..mins.len()).filter(|&i| shown[i]).map(|i| mins[i]).collect();
        ws.iter().sum::<usize>() + GAP * ws.len().saturating_sub(1)
    };
    let mut order: Vec<usize> = (1..columns.len()).filter(|&i| columns[i].rank > 0).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(columns[i].rank), std::cmp::Reverse(i)));
    let mut gone = Vec::new();
    for &i in &order {
        if need(&shown) <= width {
            break;
        }
        shown[i] = false;
        gone.push(i);
    }
    for &i in gone.iter().rev() {
        shown[i] = true;
        if need(&shown) > width {
            shown[i] = false;
        }
    }
    shown
}

/// Shares the room beyond the minimum widths out evenly among the columns
/// that want more, until none does or the room is gone.
fn share_widths(mins: &[usize], naturals: &[usize], width: usize) -> Vec<usize> {
    let mut w: Vec<usize> = mins.iter().zip(naturals).map(|(m, n)| (*m).min(*n)).collect();
    let used = w.iter().sum::<usize>() + GAP * w.len().saturating_sub(1);
    let mut spare = width.saturating_sub(used);
    while spare > 0 {
        let growing: Vec<usize> = (0..w.len()).filter(|&i| w[i] < naturals[i]).collect();
        if growing.is_empty() {
            break;
        }
        let share = (spare / growing.len()).max(1);
        for i in growing {
            let add = share.min(naturals[i] - w[i]).min(spare);
            w[i] += add;
            spare -= add;
        }
    }
    w
}

/// The cell in `w` columns: whole if it fits; else the whole part and as
/// much of the rest as fits, ending in `…` (a name beside an ID is dropped
/// rather than shown as a lone `…`).
fn fit(p: &Piece, w: usize) -> String {
    let (whole, flex) = (width(&p.whole), width(&p.flex));
    if whole + flex <= w {
        return format!("{}{}", p.whole, p.flex);
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

fn piece(c: &Column, record: &Value, look: &Look<'_>) -> Piece {
    let v = fields::get(record, &c.path);
    let s = text::cell(v, c.kind, look.style);
    let color = if look.color && c.kind == ColKind::Status { status_color(v) } else { None };
    match c.kind {
        ColKind::Text => Piece { whole: String::new(), flex: s, color },
        ColKind::Ref => {
            let name = v.and_then(Value::as_str).and_then(|id| ref_name(c, record, id, look));
            Piece { whole: s, flex: name.map(|n| format!(" {n}")).unwrap_or_default(), color }
        }
        _ => Piece { whole: s, flex: String::new(), color },
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
    let mut value = format!("{}{}", p.whole, p.flex);
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
    let lines = wrap(&value, avail, !c.kind.is_whole());
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
