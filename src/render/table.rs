//! The human view: lists as aligned columns (fitted to the terminal width on a
//! terminal, full width when piped) and single records as `FIELD  value` lines.

use super::text::{self, CellStyle, ColKind};
use super::{Column, fields};
use comfy_table::{Attribute, Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Row, Table, presets};
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
/// On a terminal, columns are dropped from the right while the ones that must
/// not be squeezed (IDs, numbers, dates) cannot fit; text columns then shrink.
pub fn list(columns: &[Column], rows: &[Value], look: &Look<'_>) -> String {
    let cells: Vec<Vec<Cell>> = rows.iter().map(|r| columns.iter().map(|c| body_cell(c, r, look)).collect()).collect();
    let keep = match look.width {
        Some(w) => fitting_columns(columns, &cells, w as usize),
        None => columns.len(),
    };
    let mut t = base_table(look);
    t.set_header(columns[..keep].iter().map(|c| header_cell(c, look)).collect::<Vec<_>>());
    for r in cells {
        let mut row = Row::from(r.into_iter().take(keep).collect::<Vec<_>>());
        row.max_height(1);
        t.add_row(row);
    }
    for (i, c) in columns[..keep].iter().enumerate() {
        if let Some(col) = t.column_mut(i) {
            if matches!(c.kind, ColKind::Qty | ColKind::Count) {
                col.set_cell_alignment(CellAlignment::Right);
            }
            if c.kind != ColKind::Text && look.width.is_some() {
                col.set_constraint(ColumnConstraint::ContentWidth);
            }
        }
    }
    finish(t)
}

/// How many leading columns fit in `width` when text columns may shrink to 6.
fn fitting_columns(columns: &[Column], cells: &[Vec<Cell>], width: usize) -> usize {
    let natural = |i: usize| {
        let body = cells.iter().map(|r| r[i].content().chars().count()).max().unwrap_or(0);
        body.max(columns[i].header.chars().count() + 5)
    };
    let mut used = 0;
    for (i, c) in columns.iter().enumerate() {
        let need = if c.kind == ColKind::Text { 6 } else { natural(i) } + 2;
        if i >= 2 && used + need > width {
            return i;
        }
        used += need;
    }
    columns.len()
}

/// Renders one record as `LABEL  value` lines.
pub fn detail(columns: &[Column], record: &Value, look: &Look<'_>) -> String {
    let mut t = base_table(look);
    for c in columns {
        let label = Cell::new(&c.header);
        let label = if look.color { label.add_attribute(Attribute::Bold) } else { label };
        t.add_row(vec![label, body_cell(c, record, look)]);
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
        let line = line.strip_prefix(' ').unwrap_or(line);
        s.push_str(line);
        s.push('\n');
    }
    s
}

fn header_cell(c: &Column, look: &Look<'_>) -> Cell {
    let h = match c.kind {
        ColKind::Qty => format!("{} ({})", c.header, crate::quantity::unit_symbol(look.style.units)),
        _ => c.header.to_string(),
    };
    let cell = Cell::new(h);
    if look.color { cell.add_attribute(Attribute::Bold) } else { cell }
}

fn body_cell(c: &Column, record: &Value, look: &Look<'_>) -> Cell {
    let v = fields::get(record, &c.path);
    let mut s = text::cell(v, c.kind, look.style);
    if c.kind == ColKind::Id
        && let Some(name) = v.and_then(Value::as_str).and_then(|id| look.names.get(id))
    {
        s = format!("{s} {}", text::sanitize(name));
    }
    let cell = Cell::new(s);
    if !look.color || c.kind != ColKind::Status {
        return cell;
    }
    match v.and_then(Value::as_str) {
        Some("active") | Some("completed") | Some("validated") => cell.fg(Color::Green),
        Some("retired") => cell.fg(Color::Cyan),
        Some("split") | Some("in_progress") => cell.fg(Color::Yellow),
        _ => cell,
    }
}
