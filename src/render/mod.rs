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

pub mod csv_out;
pub mod fields;
pub mod jq;
pub mod table;
pub mod text;
pub mod tree;

use crate::error::{Error, Result};
use crate::quantity::Units;
use serde_json::Value;
use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{BufWriter, Write};
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

/// One column of a table view: header, dotted path, kind and hiding rank.
#[derive(Debug, Clone)]
pub struct Column {
    pub header: Cow<'static, str>,
    pub path: Cow<'static, str>,
    pub kind: ColKind,
    /// How readily the column is hidden when the table does not fit the
    /// terminal: 0 never, higher ranks first (ties: the rightmost first).
    pub rank: u8,
}

/// Shorthand to declare a column (ranked by its kind, see [`ColKind::default_rank`]).
pub const fn col(header: &'static str, path: &'static str, kind: ColKind) -> Column {
    Column { header: Cow::Borrowed(header), path: Cow::Borrowed(path), kind, rank: kind.default_rank() }
}

/// A column with its own hiding rank (0: never hidden; higher: hidden sooner;
/// [`ColKind::default_rank`] gives the usual ones).
pub const fn col_ranked(header: &'static str, path: &'static str, kind: ColKind, rank: u8) -> Column {
    Column { header: Cow::Borrowed(header), path: Cow::Borrowed(path), kind, rank }
}

/// How a kind of record is shown.
#[derive(Debug, Clone, Copy)]
pub struct Plan {
    /// Columns of the list table.
    pub columns: &'static [Column],
    /// Rows of the single-record table (empty: use `columns`).
    pub detail: &'static [Column],
    /// Leaf fields of the record per the API contract, in CSV order (empty:
    /// taken from the first record).
    pub fields: &'static [&'static str],
}

/// A plan for objects shown as they are (JSON), with no columns of their own.
pub const RAW: Plan = Plan { columns: &[], detail: &[], fields: &[] };

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
    pub jq: Option<std::sync::Arc<jq::Filter>>,
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
}

impl Renderer {
    /// A renderer writing to `out` through a buffer (flushed after each page).
    pub fn new(opts: RenderOpts, out: Box<dyn Write + Send>) -> Self {
        Renderer { opts, out: BufWriter::with_capacity(64 * 1024, out), names: HashMap::new() }
    }

    /// A renderer writing to stdout, through the pager (see [`crate::term::pager`]) when
    /// `paged` and the output is a table or detail view on a terminal.
    pub fn to_stdout(opts: RenderOpts, paged: bool) -> Self {
        let wanted = paged && opts.human && opts.format == Format::Table;
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
                let s = table::detail(&planned, &extra, v, &self.look());
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

    /// The record as output: only `--fields` when given (borrowed otherwise).
    fn picked<'v>(&self, v: &'v Value) -> Cow<'v, Value> {
        match &self.opts.fields {
            Some(f) => Cow::Owned(fields::select(v, f)),
            None => Cow::Borrowed(v),
        }
    }

    /// Writes a JSON value (through `--jq` when given: one line per output).
    fn json_line(&mut self, v: &Value, pretty: bool) -> Result<()> {
        let Some(f) = &self.opts.jq else { return self.write_json(v, pretty) };
        for o in f.run(v)? {
            match o {
                Value::String(s) if self.opts.raw_output => self.write_raw(&s)?,
                o => self.write_json(&o, pretty)?,
            }
        }
        Ok(())
    }

    fn write_json(&mut self, v: &Value, pretty: bool) -> Result<()> {
        self.out.write_all(&json_bytes(v, pretty)?)?;
        self.out.write_all(b"\n")?;
        Ok(())
    }

    /// A `-r` string: as is when piped; on a terminal, controls other than
    /// newline and tab are escaped (they could drive the terminal).
    fn write_raw(&mut self, s: &str) -> Result<()> {
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

    /// The CSV columns: `--fields`, or the contract's leaf fields, then any
    /// other leaf of the records in hand (the first page), nested objects
    /// flattened (`beneficiary.name`). A leaf that is `null` in one record and
    /// an object in another becomes the object's leaves.
    fn csv_paths(&self, plan: &Plan, records: &[Value]) -> Vec<String> {
        if let Some(f) = &self.opts.fields {
            return f.clone();
        }
        let mut seen = std::collections::HashSet::new();
        let all: Vec<String> = plan
            .fields
            .iter()
            .map(|f| f.to_string())
            .chain(records.iter().flat_map(fields::leaf_paths))
            .filter(|p| seen.insert(p.clone()))
            .collect();
        let mut paths: Vec<String> =
            all.iter().filter(|p| !all.iter().any(|q| fields::is_below(q, p))).cloned().collect();
        let top = |p: &str| p.split('.').next().unwrap_or_default().to_string();
        let group_of = |p: &String| all.iter().position(|q| top(q) == top(p)).unwrap_or(usize::MAX);
        paths.sort_by_key(group_of);
        paths
    }

    fn csv_rows(&mut self, paths: &[String], records: &[Value], header: bool) -> Result<()> {
        let raw = self.opts.csv_raw;
        let mut rows: Vec<Vec<String>> = Vec::with_capacity(records.len() + 1);
        if header {
            rows.push(paths.iter().map(|p| if raw { p.clone() } else { csv_out::defuse(p) }).collect());
        }
        for r in records {
            rows.push(paths.iter().map(|p| csv_out::cell(r, p, raw)).collect());
        }
        if self.opts.human {
            for row in &mut rows {
                row.iter_mut().for_each(|c| *c = text::sanitize(c));
            }
        }
        let bytes = csv_out::encode(&rows)?;
        self.out.write_all(&bytes)?;
        Ok(())
    }

    /// The rows of a detail view: `--fields` when given; else the planned
    /// rows, then every other field of the contract or the record, each
    /// under its dotted path.
    fn detail_rows(&self, plan: &Plan, v: &Value) -> (Vec<Column>, Vec<Column>) {
        let planned = if plan.detail.is_empty() { plan.columns } else { plan.detail };
        let rows = self.columns(planned, v);
        let mut extra: Vec<Column> = Vec::new();
        if self.opts.fields.is_some() || planned.is_empty() {
            return (rows, extra);
        }
        let contract = plan.fields.iter().map(|f| null_parent(v, f));
        for p in contract.chain(fields::leaf_paths(v)) {
            if !rows.iter().chain(&extra).any(|c| covers(c, &p)) {
                extra.push(guess_column(&p, v).labelled_by_path());
            }
        }
        (rows, extra)
    }

    fn columns(&self, default: &[Column], sample: &Value) -> Vec<Column> {
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

    fn look(&self) -> table::Look<'_> {
        table::Look {
            style: text::CellStyle { units: self.opts.units, human: self.opts.human },
            color: self.opts.color,
            width: if self.opts.human && !self.opts.wide { self.opts.width } else { None },
            names: &self.names,
        }
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

/// `path`, or the object on its way that the record has as `null` (one
/// `location  —` row rather than one per field of the missing location).
fn null_parent(record: &Value, path: &str) -> String {
    let mut at = String::new();
    for part in path.split('.') {
        if !at.is_empty() {
            at.push('.');
        }
        at.push_str(part);
        if fields::get(record, &at).is_some_and(Value::is_null) {
            return at;
        }
    }
    at
}

/// Whether a planned row shows the field at `path`: the same path, a part
/// of it (`size` shows `size.credits`), an object around it (`beneficiary`
/// when the planned row is `beneficiary.id`), or the name a `Ref` row at
/// `x.id` shows beside the ID.
fn covers(c: &Column, path: &str) -> bool {
    let p = c.path.as_ref();
    if p == path || fields::is_below(path, p) || fields::is_below(p, path) {
        return true;
    }
    c.kind == ColKind::Ref && table::ref_name_paths(p).iter().any(|n| n == path)
}

/// A column for a path that the plan does not name (`--fields`, detail rows).
fn guess_column(name: &str, sample: &Value) -> Column {
    let last = name.rsplit('.').next().unwrap_or(name);
    let kind = match fields::get(sample, name) {
        Some(v) if fields::is_quantity(v) => ColKind::Qty,
        Some(Value::Number(_)) => ColKind::Count,
        _ if last.ends_with("_at") => ColKind::Date,
        _ if last.ends_with("_id") => ColKind::Ref,
        _ => ColKind::Text,
    };
    Column {
        header: Cow::Owned(name.to_uppercase()),
        path: Cow::Owned(name.to_string()),
        kind,
        rank: kind.default_rank(),
    }
}

impl Column {
    /// The column with its dotted path as its label (`carbon_removal_data.losses_kg`),
    /// the name `--fields` takes.
    fn labelled_by_path(self) -> Column {
        Column { header: self.path.clone(), ..self }
    }
}

/// Columns for a record that has no plan (`api`, raw views): its top-level
/// scalars, quantities and the names of nested organisations.
fn auto_columns(sample: &Value) -> Vec<Column> {
    let Value::Object(m) = sample else { return vec![] };
    let mut cols = Vec::new();
    for (k, v) in m {
        let path = match v {
            Value::Object(o) if o.get("name").is_some_and(Value::is_string) => format!("{k}.name"),
            Value::Object(_) if !fields::is_quantity(v) => continue,
            _ => k.clone(),
        };
        let kind = match v {
            _ if fields::is_quantity(v) => ColKind::Qty,
            _ if k == "status" => ColKind::Status,
            _ if k.ends_with("_at") => ColKind::Date,
            _ if k == "id" => ColKind::Id,
            _ if k.ends_with("_id") => ColKind::Ref,
            _ => ColKind::Text,
        };
        let header = Cow::Owned(path.to_uppercase().replace('_', " "));
        cols.push(Column { header, path: Cow::Owned(path), kind, rank: kind.default_rank() });
    }
    cols
}

/// The fields `--fields` may name: the plan's, and whatever the record has.
fn known_fields(plan: &Plan, sample: Option<&Value>) -> Vec<String> {
    let mut known: Vec<String> = Vec::new();
    let mut add = |p: String| {
        if !known.contains(&p) {
            known.push(p);
        }
    };
    for f in plan.fields {
        let parts: Vec<&str> = f.split('.').collect();
        for i in 1..=parts.len() {
            add(parts[..i].join("."));
        }
    }
    for c in plan.columns.iter().chain(plan.detail) {
        add(c.path.to_string());
    }
    if let Some(s) = sample {
        fields::all_paths(s).into_iter().for_each(add);
    }
    known
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

/// Writes a list page by page.
pub struct ListWriter<'a> {
    r: &'a mut Renderer,
    plan: &'a Plan,
    count: u64,
    csv_paths: Option<Vec<String>>,
    table_rows: Vec<Value>,
    footer: Vec<String>,
    /// With `--jq` on JSON, the whole array is filtered at once.
    held: Vec<Value>,
    /// A streamed table (see [`ListWriter::streaming`]).
    stream: Option<Stream>,
}

/// Rows a streamed table lays its columns out from.
pub const STREAM_SAMPLE: usize = 1000;

/// The state of a streamed table.
struct Stream {
    columns: Vec<Column>,
    layout: Option<table::Layout>,
    /// A later row had a value wider than the first rows.
    wider: bool,
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
    fn stream_out(&mut self) -> Result<()> {
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

    /// Writes (or, for tables, keeps) one page of records.
    pub fn page(&mut self, nodes: Vec<Value>) -> Result<()> {
        let n = nodes.len() as u64;
        if self.count == 0
            && let Some(first) = nodes.first()
            && let Some(f) = &self.r.opts.fields
        {
            fields::validate(f, &known_fields(self.plan, Some(first)))?;
        }
        match self.r.opts.format {
            Format::Table | Format::Wide => {
                self.table_rows.extend(nodes);
                let started = self.stream.as_ref().is_some_and(|s| s.layout.is_some());
                if self.stream.is_some() && (started || self.table_rows.len() >= STREAM_SAMPLE) {
                    self.stream_out()?;
                }
            }
            Format::Json if self.r.opts.jq.is_some() => {
                self.held.extend(nodes.iter().map(|n| self.r.picked(n).into_owned()))
            }
            Format::Json => self.json_page(&nodes)?,
            Format::Jsonl => {
                for n in &nodes {
                    let v = self.r.picked(n);
                    self.r.json_line(&v, false)?;
                }
            }
            Format::Csv => self.csv_page(&nodes)?,
        }
        self.count += n;
        self.r.out.flush()?;
        Ok(())
    }

    /// A line printed under the table (table format only), e.g. totals.
    pub fn footer(&mut self, line: String) {
        self.footer.push(line);
    }

    fn json_page(&mut self, nodes: &[Value]) -> Result<()> {
        let mut buf = String::new();
        for n in nodes {
            buf.push_str(if self.count == 0 && buf.is_empty() { "[\n" } else { ",\n" });
            let v = self.r.picked(n);
            buf.push_str(
                &serde_json::to_string(&v).map_err(|e| Error::bad_answer(format!("Cannot encode JSON: {e}.")))?,
            );
        }
        self.r.out.write_all(buf.as_bytes())?;
        Ok(())
    }

    fn csv_page(&mut self, nodes: &[Value]) -> Result<()> {
        if nodes.is_empty() {
            return Ok(());
        }
        let header = self.csv_paths.is_none();
        let paths = self.csv_paths.get_or_insert_with(|| self.r.csv_paths(self.plan, nodes)).clone();
        self.r.csv_rows(&paths, nodes, header)
    }

    /// Ends the list; returns how many records were written.
    pub fn finish(mut self) -> Result<u64> {
        if let Some(f) = &self.r.opts.fields
            && self.count == 0
        {
            fields::validate(f, &known_fields(self.plan, None))?;
        }
        match self.r.opts.format {
            Format::Json if self.r.opts.jq.is_some() => {
                let all = Value::Array(std::mem::take(&mut self.held));
                self.r.json_line(&all, false)?;
            }
            Format::Json if self.count == 0 => self.r.text("[]\n")?,
            Format::Json => self.r.text("\n]\n")?,
            Format::Csv if self.csv_paths.is_none() => {
                let paths = self
                    .r
                    .opts
                    .fields
                    .clone()
                    .unwrap_or_else(|| self.plan.fields.iter().map(|s| s.to_string()).collect());
                if !paths.is_empty() {
                    self.r.csv_rows(&paths, &[], true)?;
                }
            }
            Format::Table | Format::Wide if self.stream.as_ref().is_some_and(|s| s.layout.is_some()) => {
                self.stream_finish()?
            }
            Format::Table | Format::Wide => self.table_finish()?,
            _ => {}
        }
        self.r.out.flush()?;
        Ok(self.count)
    }

    fn stream_finish(&mut self) -> Result<()> {
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
            crate::say!("{}", hidden_note(&layout.hidden, w));
        }
        if st.wider {
            crate::say!(
                "Column widths were set from the first {STREAM_SAMPLE} rows; a later value was wider, so it was cut or its line runs longer."
            );
        }
        Ok(())
    }

    fn table_finish(&mut self) -> Result<()> {
        if self.table_rows.is_empty() {
            crate::say!("No items.");
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
            crate::say!("{}", hidden_note(&fitted.hidden, w));
        }
        Ok(())
    }
}

/// The stderr note after a table that lost columns to the terminal's width.
pub fn hidden_note(hidden: &[String], width: u16) -> String {
    let (noun, them) = if hidden.len() == 1 { ("column", "it") } else { ("columns", "them") };
    format!("Hid {noun} {} to fit {width} columns; use -o wide or --fields to see {them}.", hidden.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::Captured;
    use serde_json::json;

    fn render(format: Format, human: bool, records: Vec<Value>) -> String {
        let opts = RenderOpts {
            format,
            fields: None,
            units: Units::Credits,
            color: false,
            human,
            width: Some(80),
            csv_raw: false,
            jq: None,
            raw_output: false,
            wide: false,
            quiet: true,
        };
        let out = Captured::default();
        let mut r = Renderer::new(opts, Box::new(out.clone()));
        let mut w = r.list(&RAW);
        w.page(records).unwrap();
        w.finish().unwrap();
        out.text()
    }

    #[test]
    fn json_escapes_terminal_drivers_but_keeps_the_value() {
        let v = json!({"name": "a\u{202e}b\u{85}c\u{1b}d"});
        let text = String::from_utf8(json_bytes(&v, true).unwrap()).unwrap();
        assert!(!text.chars().any(|c| c != '\n' && text::is_dangerous(c)), "{text}");
        assert!(text.contains("\\u202e"));
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), v);
    }

    #[test]
    fn csv_defuses_header_names_and_is_sanitised_on_a_terminal() {
        let rec = vec![json!({"=cmd": "x\u{1b}[31my"})];
        let piped = render(Format::Csv, false, rec.clone());
        assert!(piped.starts_with("'=cmd\n"), "{piped}");
        assert!(piped.contains('\u{1b}'), "piped CSV is the data as received");
        let tty = render(Format::Csv, true, rec);
        assert!(!tty.contains('\u{1b}'), "{tty}");
    }
}
