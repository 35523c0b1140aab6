//! A list written page by page: each page goes to its format's writer as it
//! comes (JSON, JSONL, CSV stream; a table waits for all its rows unless
//! streamed), and `finish` closes the output.

use super::columns::known_fields;
use super::table_out::{STREAM_SAMPLE, Stream};
use super::{Format, Plan, Renderer, fields};
use crate::error::Result;
use serde_json::Value;
use std::io::Write;

/// Writes a list page by page.
pub struct ListWriter<'a> {
    pub(super) r: &'a mut Renderer,
    pub(super) plan: &'a Plan,
    pub(super) count: u64,
    pub(super) csv_paths: Option<Vec<String>>,
    pub(super) table_rows: Vec<Value>,
    pub(super) footer: Vec<String>,
    /// With `--jq` on JSON, the whole array is filtered at once.
    pub(super) held: Vec<Value>,
    /// A streamed table (see [`ListWriter::streaming`]).
    pub(super) stream: Option<Stream>,
}

impl ListWriter<'_> {
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
}
