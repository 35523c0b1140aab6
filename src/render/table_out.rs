//! The table writer: the detail view of one record, a list laid out from all
//! its rows or streamed in bounded memory, and the stderr notes about
//! columns hidden to fit the terminal.

use super::columns::{auto_columns, guess_column, null_parent};
use super::{Column, ListWriter, Plan, Renderer, fields, table, text};
use crate::error::Result;
use serde_json::Value;

impl Renderer {
    /// The rows of a detail view: `--fields` when given; else the planned
    /// rows, then the other fields of the contract or the record under their
    /// dotted paths (embedded records collapsed unless `-o wide`).
    pub(super) fn detail_rows(&self, plan: &Plan, v: &Value) -> (Vec<Column>, Vec<Column>) {
        let planned = if plan.detail.is_empty() { plan.columns } else { plan.detail };
        let rows = self.columns(planned, v);
        if self.opts.fields.is_some() || planned.is_empty() {
            return (rows, Vec::new());
        }
        let paths = plan.fields.iter().map(|f| null_parent(v, f)).chain(fields::leaf_paths(v)).collect();
        let extra = super::detail::collapsed(&rows, paths, v, self.opts.wide);
        (rows, extra)
    }

    pub(super) fn columns(&self, default: &[Column], sample: &Value) -> Vec<Column> {
        let Some(f) = &self.opts.fields else {
            return if default.is_empty() { auto_columns(sample) } else { default.to_vec() };
        };
        f.iter()
            .map(|name| {
                let known = default.iter().find(|c| c.path == name.as_str());
                known.cloned().unwrap_or_else(|| guess_column(name, sample))
            })
            .collect()
    }

    pub(super) fn look(&self) -> table::Look<'_> {
        table::Look {
            style: text::CellStyle { units: self.opts.units, human: self.opts.human },
            color: self.opts.color,
            width: if self.opts.human && !self.opts.wide { self.opts.width } else { None },
            names: &self.names,
        }
    }
}

/// Rows a streamed table lays its columns out from.
pub const STREAM_SAMPLE: usize = 1000;

/// The state of a streamed table.
pub(super) struct Stream {
    pub(super) columns: Vec<Column>,
    pub(super) layout: Option<table::Layout>,
    /// A later row had a value wider than the first rows.
    pub(super) wider: bool,
}

impl ListWriter<'_> {
    /// Prints a table as the rows come, in bounded memory: the columns are
    /// laid out from the first [`STREAM_SAMPLE`] rows, later rows are fitted
    /// to them, and a note says when a later value was wider. A list shorter
    /// than that prints exactly as without streaming.
    pub fn streaming(mut self) -> Self {
        self.stream = Some(Stream { columns: Vec::new(), layout: None, wider: false });
        self
    }

    /// Prints the rows held so far of a streamed table.
    pub(super) fn stream_out(&mut self) -> Result<()> {
        let rows = std::mem::take(&mut self.table_rows);
        let (Some(st), Some(first)) = (self.stream.as_mut(), rows.first()) else { return Ok(()) };
        let look = self.r.look();
        let text = match &st.layout {
            None => {
                st.columns = self.r.columns(self.plan.columns, first);
                let (layout, text) = table::streamed_head(&st.columns, &rows, &look);
                st.layout = Some(layout);
                text
            }
            Some(layout) => {
                let (text, wider) = table::streamed_rows(&st.columns, &rows, layout, &look);
                st.wider |= wider;
                text
            }
        };
        self.r.text(&text)
    }

    pub(super) fn stream_finish(&mut self) -> Result<()> {
        self.stream_out()?;
        let Some(st) = self.stream.take() else { return Ok(()) };
        let mut s = String::new();
        for f in &self.footer {
            s.push_str(f);
            s.push('\n');
        }
        self.r.text(&s)?;
        if self.r.opts.quiet {
            return Ok(());
        }
        if let (Some(layout), Some(w)) = (&st.layout, self.r.look().width)
            && !layout.hidden.is_empty()
        {
            self.r.note(&hidden_note(&layout.hidden, w));
        }
        if st.wider {
            self.r.note(&format!(
                "Column widths were set from the first {STREAM_SAMPLE} rows; a later value was wider, so it was cut or its line runs longer."
            ));
        }
        Ok(())
    }

    pub(super) fn table_finish(&mut self) -> Result<()> {
        if self.table_rows.is_empty() {
            self.r.note("No items.");
            return Ok(());
        }
        let cols = self.r.columns(self.plan.columns, &self.table_rows[0]);
        let look = self.r.look();
        let (fitted, width) = (table::list(&cols, &self.table_rows, &look), look.width);
        let mut s = fitted.text;
        for f in &self.footer {
            s.push_str(f);
            s.push('\n');
        }
        self.r.text(&s)?;
        if let (false, Some(w)) = (fitted.hidden.is_empty() || self.r.opts.quiet, width) {
            self.r.note(&hidden_note(&fitted.hidden, w));
        }
        Ok(())
    }
}

/// The stderr note after a table that lost columns to the terminal's width.
pub fn hidden_note(hidden: &[String], width: u16) -> String {
    let (noun, them) = if hidden.len() == 1 { ("column", "it") } else { ("columns", "them") };
    format!("Hid {noun} {} to fit {width} columns; use -o wide or --fields to see {them}.", hidden.join(", "))
}
