//! The human view: lists as aligned columns (fitted to the terminal width on a
//! terminal, full width when piped) and single records as `FIELD  value` lines.

use super::text::{self, CellStyle, ColKind};
use super::{Column, fields};
use comfy_table::{
    Attribute, Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Row, Table, Width, presets,
};
use serde_json::Value;
use std::collections::HashMap;

/// How the table should look.
pub struct Look<'a> {
    pub style: CellStyle,
    pub color: bool,
    pub width: Option<u16>,
    pub names: &'a HashMap<String, String>,
}

/// Renders `rows` under `columns` as a table string (with a trailing newline).
/// On a terminal, columns are dropped from the right while even their minimum
/// widths cannot fit; the spare room then goes to the columns that want more,
/// and what still does not fit is cut with `…`.
pub fn list(columns: &[Column], rows: &[Value], look: &Look<'_>) -> String {
    let cells: Vec<Vec<Cell>> = rows.iter().map(|r| columns.iter().map(|c| body_cell(c, r, look)).collect()).collect();
    let mins: Vec<usize> = columns.iter().map(|c| min_width(c, rows, look)).collect();
    let keep = look.width.map_or(columns.len(), |w| fitting_columns(&mins, w as usize));
    let mut t = base_table(look);
    let mut header = Row::from(columns[..keep].iter().map(|c| header_cell(c, look)).collect::<Vec<_>>());
    header.max_height(1);
    t.set_header(header);
    for r in cells {
        let mut row = Row::from(r.into_iter().take(keep).collect::<Vec<_>>());
        row.max_height(1);
        t.add_row(row);
    }
    let widths = look.width.map(|w| {
        let naturals: Vec<usize> = (0..keep).map(|i| natural_width(&t, i)).collect();
        share_widths(&mins[..keep], &naturals, w as usize)
    });
    for (i, c) in columns[..keep].iter().enumerate() {
        let Some(col) = t.column_mut(i) else { continue };
        col.set_padding((0, 2));
        if matches!(c.kind, ColKind::Qty | ColKind::Count) {
            col.set_cell_alignment(CellAlignment::Right);
        }
        if let Some(w) = &widths {
            col.set_constraint(ColumnConstraint::Absolute(Width::Fixed(w[i] as u16 + 2)));
        }
    }
    finish(t)
}

/// The narrowest a column may get: its header; IDs, numbers and dates whole.
fn min_width(c: &Column, rows: &[Value], look: &Look<'_>) -> usize {
    let header = header_text(c, look).chars().count();
    if c.kind == ColKind::Text {
        return header.max(6);
    }
    let widest = rows.iter().map(|r| text::cell(fields::get(r, &c.path), c.kind, look.style).chars().count()).max();
    let room_for_name = if c.kind == ColKind::Ref { 2 } else { 0 };
    header.max(widest.unwrap_or(0) + room_for_name)
}

/// The width a column's widest cell (or header) asks for.
fn natural_width(t: &Table, i: usize) -> usize {
    let cells = t.column_cells_with_header_iter(i);
    cells.filter_map(|c| c.map(|c| c.content().chars().count())).max().unwrap_or(0)
}

/// How many leading columns fit in `width` at their minimum widths.
fn fitting_columns(mins: &[usize], width: usize) -> usize {
    let mut used = 0;
    for (i, m) in mins.iter().enumerate() {
        if i >= 2 && used + m + 2 > width {
            return i;
        }
        used += m + 2;
    }
    mins.len()
}

/// Starts every column at its minimum and shares the spare room out evenly
/// among the columns that want more, until none does or the room is gone.
fn share_widths(mins: &[usize], naturals: &[usize], width: usize) -> Vec<usize> {
    let mut w: Vec<usize> = mins.iter().zip(naturals).map(|(m, n)| (*m).min(*n).max(1)).collect();
    let mut spare = width.saturating_sub(w.iter().map(|x| x + 2).sum());
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

/// Renders one record as `LABEL  value` lines.
pub fn detail(columns: &[Column], record: &Value, look: &Look<'_>) -> String {
    let mut t = base_table(look);
    for c in columns {
        let label = Cell::new(text::sanitize(&c.header));
        let label = if look.color { label.add_attribute(Attribute::Bold) } else { label };
        let mut value = body_cell(c, record, look);
        if c.kind == ColKind::Qty && !value.content().is_empty() {
            value = Cell::new(format!("{} {}", value.content(), crate::quantity::unit_symbol(look.style.units)));
        }
        if c.kind == ColKind::Date && text::is_human_date(&value.content()) {
            value = Cell::new(format!("{} UTC", value.content()));
        }
        t.add_row(vec![label, value]);
    }
    for col in t.column_iter_mut() {
        col.set_padding((0, 2));
    }
    finish(t)
}

fn base_table(look: &Look<'_>) -> Table {
    let mut t = Table::new();
    t.load_style(presets::NOTHING);
    t.set_truncation_indicator("…");
    if look.color {
        t.enforce_styling();
    } else {
        t.force_no_tty();
    }
    match look.width {
        Some(w) => {
            t.set_content_arrangement(ContentArrangement::Dynamic);
            t.set_width(w);
        }
        None => {
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    t
}

fn finish(t: Table) -> String {
    let mut s = String::new();
    for line in t.lines() {
        let line = line.trim_end();
        s.push_str(line);
        s.push('\n');
    }
    s
}

/// Header text; headers can come from the server's keys (`api`), so sanitised.
fn header_text(c: &Column, look: &Look<'_>) -> String {
    match c.kind {
        ColKind::Qty => format!("{} ({})", text::sanitize(&c.header), crate::quantity::unit_symbol(look.style.units)),
        // Dates are shown in UTC for people; the header says so.
        ColKind::Date if look.style.human => format!("{} (UTC)", text::sanitize(&c.header)),
        _ => text::sanitize(&c.header),
    }
}

fn header_cell(c: &Column, look: &Look<'_>) -> Cell {
    let cell = Cell::new(header_text(c, look));
    if look.color { cell.add_attribute(Attribute::Bold) } else { cell }
}

fn body_cell(c: &Column, record: &Value, look: &Look<'_>) -> Cell {
    let v = fields::get(record, &c.path);
    let mut s = text::cell(v, c.kind, look.style);
    if c.kind == ColKind::Ref
        && let Some(name) = v.and_then(Value::as_str).and_then(|id| look.names.get(id))
    {
        s = format!("{s} {}", text::sanitize(name));
    }
    let cell = Cell::new(s);
    if !look.color || c.kind != ColKind::Status {
        return cell;
    }
    if let Some(b) = v.and_then(Value::as_bool) {
        return cell.fg(if b { Color::Green } else { Color::Red });
    }
    match v.and_then(Value::as_str) {
        Some("active") | Some("completed") | Some("validated") => cell.fg(Color::Green),
        Some("retired") => cell.fg(Color::Cyan),
        Some("split") | Some("in_progress") => cell.fg(Color::Yellow),
        _ => cell,
    }
}
