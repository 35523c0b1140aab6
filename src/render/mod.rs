//! Rendering: the only place that writes to stdout.
//!
//! Commands hand records (the server's `serde_json::Value`, never a lossy
//! model) plus a [`Plan`] of columns; the renderer owns the formats (table,
//! wide, json, jsonl, csv), `--fields`, units, colour and sanitising. Lists are
//! written page by page through a [`ListWriter`], so jsonl, csv and json
//! stream in constant memory; only the table view waits for all rows.
//!
//! Column selection lives here too: a table on a terminal is fitted to its
//! width by [`table::list`] (names shrink, then the highest-ranked columns are
//! hidden, and one stderr note names them); `-o wide` shows every column
//! whole; a detail view shows the planned rows, then every other field the
//! record or the contract has, as dotted labels.
//!
//! One writer per format: `json.rs` (JSON and JSONL), `csv_out.rs` (CSV),
//! `table_out.rs` (tables, detail views, streamed tables); `list.rs` feeds a
//! list to them page by page and `columns.rs` holds columns and plans. This
//! file keeps the [`Renderer`] and its dispatch on the format.

pub mod columns;
pub mod csv_out;
mod detail;
pub mod fields;
pub mod fit;
pub mod jq;
mod json;
pub mod json_paint;
mod list;
pub mod table;
mod table_out;
pub mod text;
pub mod tree;

use crate::error::{Error, Result};
use crate::quantity::Units;
use columns::known_fields;
pub use columns::{Column, Plan, RAW, col, col_ranked};
pub use list::ListWriter;
use serde_json::Value;
use std::collections::HashMap;
use std::io::{BufWriter, Write};
pub use table_out::{STREAM_SAMPLE, hidden_note};
pub use text::ColKind;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for people, fitted to the terminal.
    Table,
    /// The table with every column at full width, whatever the terminal.
    Wide,
    /// One JSON value: an object, or an array for lists.
    Json,
    /// One JSON object per line, streamed.
    Jsonl,
    /// A header row and one row per item, streamed.
    Csv,
}

/// Everything that decides how output looks.
#[derive(Debug, Clone)]
pub struct RenderOpts {
    pub format: Format,
    pub fields: Option<Vec<String>>,
    pub units: Units,
    pub color: bool,
    /// stdout is a terminal: readable dates, grouped numbers, fitted width.
    pub human: bool,
    pub width: Option<u16>,
    pub csv_raw: bool,
    /// `--jq`, compiled; applies to json and jsonl output after `--fields`.
    pub jq: Option<std::sync::Arc<jq::JqProgram>>,
    /// `-r`: `--jq` results that are strings are printed without quotes.
    pub raw_output: bool,
    /// `-o wide`: tables show every column whole, not fitted to the terminal
    /// (`format` is then [`Format::Table`]).
    pub wide: bool,
    /// `-q`: no note on stderr about hidden columns.
    pub quiet: bool,
}

/// Writes data to stdout (or any writer, for tests).
pub struct Renderer {
    pub opts: RenderOpts,
    out: BufWriter<Box<dyn Write + Send>>,
    names: HashMap<String, String>,
    /// Where notes about the output go (hidden columns, no items): the terminal's stderr.
    notes: crate::term::ErrStream,
}

impl Renderer {
    /// A renderer writing to `out` through a buffer (flushed after each page).
    pub fn new(opts: RenderOpts, out: Box<dyn Write + Send>) -> Self {
        let notes = crate::term::ErrStream::stderr(None);
        Renderer { opts, out: BufWriter::with_capacity(64 * 1024, out), names: HashMap::new(), notes }
    }

    /// The same renderer, its notes written to `notes` (the terminal's stream).
    pub fn with_notes(mut self, notes: crate::term::ErrStream) -> Self {
        self.notes = notes;
        self
    }

    /// Writes a note about the output on stderr, after what it is about.
    pub(crate) fn note(&self, msg: &str) {
        self.notes.line(msg)
    }

    /// A renderer writing to stdout, through the pager (see [`crate::term::pager`]) when
    /// `paged` and the output is a table, a detail view or JSON on a terminal.
    pub fn to_stdout(opts: RenderOpts, paged: bool) -> Self {
        let wanted = paged && opts.human && matches!(opts.format, Format::Table | Format::Json);
        let out = crate::term::pager::sink(Box::new(std::io::stdout()), wanted);
        Renderer::new(opts, out)
    }

    /// Names shown beside IDs in tables (`prj_… Alpha Biochar`).
    pub fn add_names(&mut self, names: impl IntoIterator<Item = (String, String)>) {
        self.names.extend(names);
    }

    /// Whether a name is already known for `id`.
    pub fn has_name(&self, id: &str) -> bool {
        self.names.contains_key(id)
    }

    /// Writes raw text (for commands whose output is not a record).
    pub fn text(&mut self, s: &str) -> Result<()> {
        self.out.write_all(s.as_bytes())?;
        self.out.flush()?;
        Ok(())
    }

    /// Renders a resource the server answered with `null` (the spec allows it
    /// for some lookups): `null` in JSON formats, nothing in tables and CSV.
    pub fn null(&mut self) -> Result<()> {
        match self.opts.format {
            Format::Json | Format::Jsonl => {
                self.json_line(&Value::Null, false)?;
                self.out.flush()?;
                Ok(())
            }
            Format::Table | Format::Wide | Format::Csv => Ok(()),
        }
    }

    /// Renders one record.
    pub fn one(&mut self, v: &Value, plan: &Plan) -> Result<()> {
        let known = known_fields(plan, Some(v));
        if let Some(f) = &self.opts.fields {
            fields::validate(f, &known)?;
        }
        match self.opts.format {
            Format::Json => self.json_line(&self.picked(v), true),
            Format::Jsonl => self.json_line(&self.picked(v), false),
            Format::Csv => {
                let paths = self.csv_paths(plan, std::slice::from_ref(v));
                self.csv_rows(&paths, std::slice::from_ref(v), true)
            }
            Format::Table | Format::Wide => {
                let (planned, extra) = self.detail_rows(plan, v);
                let s = detail::detail(&planned, &extra, v, &self.look());
                self.text(&s)
            }
        }
    }

    /// Renders a record the API sends as one object but people read as rows (a
    /// balance, an issuance's batches, a write's plan): JSON and JSONL get the
    /// object as it is; tables and CSV get the rows, and a table its footer lines
    /// (or, when `shaped.text` is given, that text instead of a table). Returns how
    /// many rows were written, or `None` when the object was.
    pub fn shaped(&mut self, shaped: Shaped<'_>) -> Result<Option<u64>> {
        match (self.opts.format, shaped.text) {
            (Format::Json | Format::Jsonl, _) => self.one(shaped.record, shaped.raw).map(|()| None),
            (Format::Table | Format::Wide, Some(text)) => self.text(&format!("{text}\n")).map(|()| None),
            (Format::Table | Format::Wide | Format::Csv, _) => {
                let mut w = self.list(shaped.rows_plan);
                w.page(shaped.rows)?;
                shaped.footer.into_iter().for_each(|f| w.footer(f));
                w.finish().map(Some)
            }
        }
    }

    /// For output that is JSON by nature (`api`): a table becomes JSON, and a
    /// table the user asked for (`asked`) is a usage error that says `why`.
    pub fn no_tables(&mut self, asked: Option<Format>, why: &str) -> Result<()> {
        if let Some(f @ (Format::Table | Format::Wide)) = asked {
            let name = if f == Format::Wide { "wide" } else { "table" };
            return Err(Error::usage(format!("{why}: use -o json, jsonl or csv, not -o {name}.")));
        }
        if matches!(self.opts.format, Format::Table | Format::Wide) {
            self.opts.format = Format::Json;
        }
        Ok(())
    }

    /// Renders an API answer as it is; a page (`{nodes: […]}`) is written as
    /// its rows in the row formats (JSONL, CSV).
    pub fn answer(&mut self, v: &Value) -> Result<()> {
        let nodes = v.get("nodes").and_then(Value::as_array);
        match (nodes, self.opts.format) {
            (Some(nodes), Format::Csv | Format::Jsonl) => {
                let mut w = self.list(&RAW);
                w.page(nodes.clone())?;
                w.finish().map(|_| ())
            }
            _ => self.one(v, &RAW),
        }
    }

    /// Whether this output shows names beside IDs (tables only), so that looking
    /// them up is worth a request.
    pub fn shows_names(&self) -> bool {
        matches!(self.opts.format, Format::Table | Format::Wide)
    }

    /// Whether a list must be complete before anything is printed (a table is
    /// laid out from all its rows); other formats stream page by page.
    pub fn wants_whole_list(&self) -> bool {
        matches!(self.opts.format, Format::Table | Format::Wide)
    }

    /// Starts a list; feed it pages, then call `finish`.
    pub fn list<'a>(&'a mut self, plan: &'a Plan) -> ListWriter<'a> {
        ListWriter {
            r: self,
            plan,
            count: 0,
            csv_paths: None,
            table_rows: Vec::new(),
            footer: Vec::new(),
            held: Vec::new(),
            stream: None,
        }
    }
}

/// A record with a row view, for [`Renderer::shaped`].
pub struct Shaped<'a> {
    /// The server's object, printed as is by JSON and JSONL.
    pub record: &'a Value,
    /// How the object is described for `--fields` in JSON.
    pub raw: &'a Plan,
    /// The rows tables and CSV show.
    pub rows: Vec<Value>,
    pub rows_plan: &'a Plan,
    /// Lines under the table (totals).
    pub footer: Vec<String>,
    /// Text a table shows instead of the rows (a write's plan, written for people).
    pub text: Option<&'a str>,
}
