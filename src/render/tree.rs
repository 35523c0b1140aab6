//! Trees (the split tree of `batch lineage`) in every format. The command hands
//! the renderer a [`Tree`]: its batches in pre-order, each with its depth, its
//! parent, the server's record and the transaction that moved it; the renderer
//! draws it per format:
//!
//! - table: a drawn tree (`├─ └─ │`) with aligned columns, the batch asked for
//!   marked `◀ asked`, and a summary line (batches; active and retired totals
//!   at the leaves, in exact kilograms). IDs are never cut; on a narrow
//!   terminal owner names shrink, the marker shortens to `◀`, then the owner,
//!   date and transaction columns go in that order, with one stderr note.
//! - json: one nested value (each batch with its `children`), built without
//!   recursion, up to [`MAX_NESTED_DEPTH`] levels.
//! - jsonl and csv: one row per batch with its label, depth and parent (any depth).

use super::text::{self, CellStyle, ColKind};
use super::{Column, Format, Plan, RAW, Renderer, col, fields, known_fields, table};
use crate::error::{Error, Result};
use crate::quantity::{self, Kg};
use serde_json::{Value, json};
use std::collections::HashMap;

/// One row per batch, with its depth in the tree (jsonl and csv).
pub const ROWS: Plan = Plan { columns: &[], detail: &[], fields: &[] };

/// Per-node columns of the drawn tree, after the batch ID (`--fields` replaces them).
const NODE_COLUMNS: &[Column] = &[col("STATUS", "status", ColKind::Status), col("SIZE", "size", ColKind::Qty)];

/// The owner column, drawn last (it shrinks and goes first when room runs out).
const OWNER: Column = col("OWNER", "owner.name", ColKind::Text);

/// The deepest tree `-o json` nests (each level is two levels of JSON; most
/// JSON readers stop near 1,000). Deeper trees are exit 6 with a pointer to
/// `-o jsonl`/`-o csv`, which print any depth.
pub const MAX_NESTED_DEPTH: usize = 500;

/// Labels are indented by depth up to this many levels; deeper ones show `[depth]`.
const MAX_INDENT: usize = 32;

/// The marker after the batch that was asked for.
const ASKED: &str = "◀ asked";
/// The marker when the line has no room for the whole one.
const ASKED_SHORT: &str = "◀";
/// The columns that go, in order, when the tree is wider than the terminal.
const DROP_ORDER: [&str; 4] = ["OWNER", "ON (UTC)", "ON", "MOVED BY"];

/// The narrowest an owner name may get before the column goes.
const MIN_NAME: usize = 6;

/// A tree of records, root first, in pre-order (left child before right).
#[derive(Debug, Clone, Default)]
pub struct Tree {
    pub nodes: Vec<Node>,
    /// The ID the user asked for (marked in the drawing).
    pub asked: String,
    pub summary: Summary,
}

/// One record of a [`Tree`].
#[derive(Debug, Clone)]
pub struct Node {
    pub id: String,
    pub depth: usize,
    pub parent: Option<String>,
    /// The record as the server sent it.
    pub record: Value,
    /// Positions in [`Tree::nodes`] of its children, in order.
    pub children: Vec<usize>,
    /// The transaction that last moved it, when the record names one.
    pub moved: Option<Move>,
}

/// A transaction (delivery, transfer or retirement) and when it happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    pub id: String,
    /// As the server sent it (a date-time), if known.
    pub at: Option<String>,
}

/// What the summary line says: how many records, and totals at the leaves.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub count: usize,
    /// Per status of the leaves (active, retired, …): how many, and their exact sum.
    pub leaves: Vec<(String, usize, Kg)>,
}

impl Renderer {
    /// Whether the current format shows each node's [`Move`] (only the drawn tree does).
    pub fn shows_moves(&self) -> bool {
        matches!(self.opts.format, Format::Table | Format::Wide)
    }

    /// Renders a tree in the current format.
    pub fn tree(&mut self, t: &Tree) -> Result<()> {
        match self.opts.format {
            Format::Json => self.one(&nested(t)?, &RAW),
            Format::Jsonl | Format::Csv => {
                let mut w = self.list(&ROWS);
                w.page(flat(t))?;
                w.finish().map(|_| ())
            }
            Format::Table | Format::Wide => self.draw(t),
        }
    }

    fn draw(&mut self, t: &Tree) -> Result<()> {
        let Some(root) = t.nodes.first() else { return Ok(()) };
        if let Some(f) = &self.opts.fields {
            fields::validate(f, &known_fields(&RAW, Some(&root.record)))?;
        }
        let columns = match &self.opts.fields {
            Some(_) => self.columns(NODE_COLUMNS, &root.record).into_iter().filter(|c| c.path != "id").collect(),
            None => NODE_COLUMNS.to_vec(),
        };
        let style = CellStyle { units: self.opts.units, human: self.opts.human };
        let mut grid = Grid::new(t, &columns, style, self.opts.fields.is_none());
        let width = if self.opts.human && !self.opts.wide { self.opts.width } else { None };
        let hidden = width.map(|w| grid.fit(usize::from(w))).unwrap_or_default();
        let mut s = grid.render(t, self.opts.color);
        s.push_str(&summary_line(&t.summary, style));
        self.text(&s)?;
        if let (false, Some(w)) = (hidden.is_empty() || self.opts.quiet, width) {
            self.note(&super::hidden_note(&hidden, w));
        }
        Ok(())
    }
}

/// The drawn tree's cells: a header and one row per node, column by column.
struct Grid {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    /// Whether each column is right-aligned (quantities, counts).
    right: Vec<bool>,
    /// The position of the status column, for colour.
    status: Option<usize>,
    /// The position of the column that may shrink and go (owner names).
    shrinkable: Option<usize>,
    /// What marks the asked batch's line.
    marker: &'static str,
}

impl Grid {
    fn new(t: &Tree, columns: &[Column], style: CellStyle, defaults: bool) -> Grid {
        let mut headers = vec!["BATCH".to_string()];
        headers.extend(columns.iter().map(|c| table::header_text(c, style)));
        let mut right = vec![false];
        right.extend(columns.iter().map(|c| matches!(c.kind, ColKind::Qty | ColKind::Count)));
        let status = columns.iter().position(|c| c.kind == ColKind::Status).map(|i| i + 1);
        if defaults {
            headers.extend(["MOVED BY".to_string(), if style.human { "ON (UTC)" } else { "ON" }.to_string()]);
            headers.push(OWNER.header.to_string());
            right.extend([false, false, false]);
        }
        let labels = labels(t);
        let rows = t
            .nodes
            .iter()
            .zip(labels)
            .map(|(n, label)| {
                let mut row = vec![label];
                row.extend(columns.iter().map(|c| text::cell(fields::get(&n.record, &c.path), c.kind, style)));
                if defaults {
                    let m = n.moved.as_ref();
                    row.push(m.map(|m| text::sanitize(&m.id)).unwrap_or_default());
                    row.push(m.and_then(|m| m.at.as_deref()).map(|a| day(a, style)).unwrap_or_default());
                    row.push(text::cell(fields::get(&n.record, &OWNER.path), OWNER.kind, style));
                }
                row
            })
            .collect();
        let shrinkable = defaults.then(|| headers.len() - 1);
        Grid { headers, rows, right, status, shrinkable, marker: ASKED }
    }

    fn widths(&self) -> Vec<usize> {
        (0..self.headers.len())
            .map(|i| {
                let cells = self.rows.iter().map(|r| table::width(&r[i]));
                cells.chain([table::width(&self.headers[i])]).max().unwrap_or(0)
            })
            .collect()
    }

    /// How wide the widest line is, with the marker of the asked batch.
    fn total(&self) -> usize {
        self.widths().iter().map(|w| w + 2).sum::<usize>() + table::width(self.marker)
    }

    /// Makes lines fit `width`: the owner column shrinks first, then the marker
    /// shortens to `◀`, then whole columns go (owner, the date, the transaction);
    /// returns the headers of the columns that went. IDs are never cut, so a tree
    /// deeper than the width allows still prints whole lines.
    fn fit(&mut self, width: usize) -> Vec<String> {
        for marker in [ASKED, ASKED_SHORT] {
            self.marker = marker;
            if self.total() <= width || self.shrink_owner(width) {
                return Vec::new();
            }
        }
        let mut hidden = Vec::new();
        for header in DROP_ORDER {
            if self.total() <= width {
                break;
            }
            if let Some(i) = self.headers.iter().position(|h| h == header) {
                self.rows.iter_mut().for_each(|r| drop(r.remove(i)));
                self.right.remove(i);
                hidden.push(self.headers.remove(i));
                if self.shrinkable == Some(i) {
                    self.shrinkable = None;
                }
            }
        }
        hidden
    }

    /// Cuts the owner names so lines fit, if they can keep a few characters.
    fn shrink_owner(&mut self, width: usize) -> bool {
        let Some(i) = self.shrinkable else { return false };
        let room = self.widths()[i].saturating_sub(self.total() - width);
        if room < MIN_NAME.max(table::width(&self.headers[i])) {
            return false;
        }
        self.rows.iter_mut().for_each(|r| r[i] = table::cut(&r[i], room));
        true
    }

    fn render(&self, t: &Tree, color: bool) -> String {
        let widths = self.widths();
        let mut s = line(&self.headers, &widths, &self.right).trim_end().to_string();
        if color {
            s = format!("\x1b[1m{s}\x1b[0m");
        }
        s.push('\n');
        for (row, n) in self.rows.iter().zip(&t.nodes) {
            let mut cells = row.clone();
            if color {
                paint_row(&mut cells, &widths, self.status, n.id == t.asked);
            }
            let mut l = line(&cells, &widths, &self.right);
            if n.id == t.asked {
                l = format!("{}  {}", l.trim_end(), self.marker);
            }
            s.push_str(l.trim_end());
            s.push('\n');
        }
        s
    }
}

/// Colours the status cell and makes the asked-for ID bold (padding kept outside the codes).
fn paint_row(cells: &mut [String], widths: &[usize], status: Option<usize>, asked: bool) {
    if let Some(i) = status
        && let Some(code) = table::status_color(Some(&Value::String(cells[i].clone())))
    {
        let pad = " ".repeat(widths[i].saturating_sub(table::width(&cells[i])));
        cells[i] = format!("{code}{}\x1b[0m{pad}", cells[i]);
    }
    if asked {
        let pad = " ".repeat(widths[0].saturating_sub(table::width(&cells[0])));
        cells[0] = format!("\x1b[1m{}\x1b[0m{pad}", cells[0]);
    }
}

/// Cells padded to their widths (right-aligned where asked), two spaces apart.
fn line(cells: &[String], widths: &[usize], right: &[bool]) -> String {
    let mut out = String::new();
    for (i, c) in cells.iter().enumerate() {
        let pad = widths[i].saturating_sub(table::width(c));
        if right.get(i).copied().unwrap_or(false) {
            out.push_str(&" ".repeat(pad));
            out.push_str(c);
        } else {
            out.push_str(c);
            out.push_str(&" ".repeat(pad));
        }
        out.push_str("  ");
    }
    out
}

/// A transaction's date: the UTC day for people, as sent otherwise.
fn day(at: &str, style: CellStyle) -> String {
    match chrono::DateTime::parse_from_rfc3339(at) {
        Ok(t) if style.human => t.with_timezone(&chrono::Utc).format("%Y-%m-%d").to_string(),
        _ => text::sanitize(at),
    }
}

/// Each node's ID with the branches above it (`│  ├─ └─`); past [`MAX_INDENT`]
/// levels the branches stop and the label says its depth (`[600] ctb_…`).
fn labels(t: &Tree) -> Vec<String> {
    let last = last_children(t);
    let mut open: Vec<bool> = Vec::new();
    let mut out = Vec::with_capacity(t.nodes.len());
    for (i, n) in t.nodes.iter().enumerate() {
        open.truncate(n.depth.saturating_sub(1));
        let mut label = String::new();
        let shown = n.depth.min(MAX_INDENT);
        for more in open.iter().take(shown.saturating_sub(1)) {
            label.push_str(if *more { "│  " } else { "   " });
        }
        if n.depth > 0 {
            label.push_str(if last[i] { "└─ " } else { "├─ " });
            open.push(!last[i]);
        }
        if n.depth > MAX_INDENT {
            label.push_str(&format!("[{}] ", n.depth));
        }
        label.push_str(&text::sanitize(&n.id));
        out.push(label);
    }
    out
}

/// Whether each node is the last child of its parent.
fn last_children(t: &Tree) -> Vec<bool> {
    let mut last = vec![true; t.nodes.len()];
    for n in &t.nodes {
        if let Some((_, rest)) = n.children.split_last() {
            for &c in rest {
                if let Some(l) = last.get_mut(c) {
                    *l = false;
                }
            }
        }
    }
    last
}

/// `9 batches. Leaves: 4 active (20.035 t), 2 retired (34.285 t).`
fn summary_line(s: &Summary, style: CellStyle) -> String {
    let unit = quantity::unit_symbol(style.units);
    let noun = if s.count == 1 { "batch" } else { "batches" };
    let leaves: Vec<String> = s
        .leaves
        .iter()
        .map(|(status, n, kg)| {
            format!("{n} {} ({} {unit})", text::sanitize(status), quantity::format(kg.get(), style.units, style.human))
        })
        .collect();
    format!("{} {noun}. Leaves: {}.\n", s.count, leaves.join(", "))
}

/// The tree as one nested JSON value (each record with its `children`), built
/// from the leaves up without recursion.
fn nested(t: &Tree) -> Result<Value> {
    let depth = t.nodes.iter().map(|n| n.depth).max().unwrap_or(0);
    if depth > MAX_NESTED_DEPTH {
        return Err(Error::bad_answer(format!(
            "This split tree is {depth} levels deep; nested JSON stops at {MAX_NESTED_DEPTH} levels, as deep as most JSON readers go. Use -o jsonl or -o csv for one batch per line with its depth and parent."
        )));
    }
    let mut built: HashMap<usize, Value> = HashMap::with_capacity(t.nodes.len());
    for (i, n) in t.nodes.iter().enumerate().rev() {
        let mut v = n.record.clone();
        let kids: Vec<Value> = n.children.iter().filter_map(|k| built.remove(k)).collect();
        if let Value::Object(m) = &mut v {
            m.insert("children".into(), Value::Array(kids));
        }
        built.insert(i, v);
    }
    Ok(built.remove(&0).unwrap_or(Value::Null))
}

/// One row per record in tree order: an indented label, depth, parent, then the record's fields.
fn flat(t: &Tree) -> Vec<Value> {
    let mut rows = Vec::with_capacity(t.nodes.len());
    for n in &t.nodes {
        let Value::Object(b) = &n.record else { continue };
        let mut row = json!({"tree": flat_label(&n.id, n.depth), "depth": n.depth, "parent": n.parent});
        if let Value::Object(m) = &mut row {
            m.extend(b.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        rows.push(row);
    }
    rows
}

/// `  ctb_…` indented by depth; past [`MAX_INDENT`] levels, `[depth] ctb_…`.
fn flat_label(id: &str, depth: usize) -> String {
    let indent = "  ".repeat(depth.min(MAX_INDENT));
    if depth > MAX_INDENT { format!("{indent}[{depth}] {id}") } else { format!("{indent}{id}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(id: &str, depth: usize, children: Vec<usize>) -> Node {
        Node { id: id.into(), depth, parent: None, record: json!({"id": id}), children, moved: None }
    }

    #[test]
    fn branches_show_which_children_come_last() {
        let t = Tree {
            nodes: vec![
                node("R", 0, vec![1, 4]),
                node("A", 1, vec![2, 3]),
                node("A1", 2, vec![]),
                node("A2", 2, vec![]),
                node("B", 1, vec![]),
            ],
            ..Tree::default()
        };
        assert_eq!(labels(&t), ["R", "├─ A", "│  ├─ A1", "│  └─ A2", "└─ B"]);
    }

    #[test]
    fn owner_names_shrink_then_columns_go_in_order() {
        let mut t = Tree::default();
        t.nodes.push(node("ctb_0000000000000001", 0, vec![]));
        t.nodes[0].record = json!({"id": "x", "status": "active", "owner": {"name": "A very long owner name indeed"}});
        let style = CellStyle { units: crate::quantity::Units::Credits, human: true };
        let mut g = Grid::new(&t, NODE_COLUMNS, style, true);
        let natural: usize = g.widths().iter().map(|w| w + 2).sum();
        assert!(g.fit(natural + 2).is_empty());
        assert!(g.rows[0].last().is_some_and(|o| o.ends_with('…')), "{:?}", g.rows[0]);
        assert_eq!(g.fit(30), ["OWNER", "ON (UTC)", "MOVED BY"], "owner first, then the date, then the move");
        assert_eq!(g.marker, ASKED_SHORT);
        assert!(g.rows[0][0] == "ctb_0000000000000001", "the ID stays whole");
    }
}
