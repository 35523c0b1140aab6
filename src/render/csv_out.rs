//! CSV output through the `csv` crate: nested fields flattened as
//! `size.credit_kgs`, quantities exact from integer kilograms, and text cells
//! that a spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`, tab,
//! carriage return) prefixed with `'` unless `--csv-raw`.

use super::{ListWriter, Plan, Renderer, fields, text};
use crate::error::{Error, Result};
use crate::quantity;
use serde_json::Value;
use std::io::Write;

/// The CSV cell for the value at `path` of `record`.
pub fn cell(record: &Value, path: &str, raw: bool) -> String {
    if let Some(parent) = path.strip_suffix(".credits")
        && let Some(kgs) = fields::get(record, parent).and_then(|q| q.get("credit_kgs")).and_then(quantity::integer)
    {
        return quantity::tonnes(kgs);
    }
    match fields::get(record, path) {
        None | Some(Value::Null) => String::new(),
        Some(q) if fields::is_quantity(q) => q.get("credit_kgs").map(Value::to_string).unwrap_or_default(),
        Some(Value::String(s)) if raw => s.clone(),
        Some(Value::String(s)) => defuse(s),
        Some(Value::Array(items)) => {
            let parts: Vec<String> =
                items.iter().map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_string)).collect();
            let joined = parts.join(";");
            if raw { joined } else { defuse(&joined) }
        }
        // An empty object is a leaf with nothing in it; every other object is flattened into columns.
        Some(Value::Object(m)) if m.is_empty() => String::new(),
        Some(other) => other.to_string(),
    }
}

/// Prefixes text that a spreadsheet would treat as a formula.
pub fn defuse(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

/// Encodes rows (already turned into cells) as CSV bytes.
pub fn encode(rows: &[Vec<String>]) -> Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(Vec::new());
    for r in rows {
        w.write_record(r).map_err(|e| Error::bad_answer(format!("Cannot write CSV: {e}.")))?;
    }
    w.into_inner().map_err(|e| Error::bad_answer(format!("Cannot write CSV: {e}.")))
}

impl Renderer {
    /// The CSV columns: `--fields`, or the contract's leaf fields, then any
    /// other leaf of the records in hand (the first page), nested objects
    /// flattened (`beneficiary.name`). A leaf that is `null` in one record and
    /// an object in another becomes the object's leaves.
    pub(super) fn csv_paths(&self, plan: &Plan, records: &[Value]) -> Vec<String> {
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

    pub(super) fn csv_rows(&mut self, paths: &[String], records: &[Value], header: bool) -> Result<()> {
        let raw = self.opts.csv_raw;
        let mut rows: Vec<Vec<String>> = Vec::with_capacity(records.len() + 1);
        if header {
            rows.push(paths.iter().map(|p| if raw { p.clone() } else { defuse(p) }).collect());
        }
        for r in records {
            rows.push(paths.iter().map(|p| cell(r, p, raw)).collect());
        }
        if self.opts.human {
            for row in &mut rows {
                row.iter_mut().for_each(|c| *c = text::sanitize(c));
            }
        }
        let bytes = encode(&rows)?;
        self.out.write_all(&bytes)?;
        Ok(())
    }
}

impl ListWriter<'_> {
    pub(super) fn csv_page(&mut self, nodes: &[Value]) -> Result<()> {
        if nodes.is_empty() {
            return Ok(());
        }
        let header = self.csv_paths.is_none();
        let paths = self.csv_paths.get_or_insert_with(|| self.r.csv_paths(self.plan, nodes)).clone();
        self.r.csv_rows(&paths, nodes, header)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Format, RAW, RenderOpts};
    use super::*;
    use crate::quantity::Units;
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
    fn csv_defuses_header_names_and_is_sanitised_on_a_terminal() {
        let rec = vec![json!({"=cmd": "x\u{1b}[31my"})];
        let piped = render(Format::Csv, false, rec.clone());
        assert!(piped.starts_with("'=cmd\n"), "{piped}");
        assert!(piped.contains('\u{1b}'), "piped CSV is the data as received");
        let tty = render(Format::Csv, true, rec);
        assert!(!tty.contains('\u{1b}'), "{tty}");
    }

    #[test]
    fn quantities_and_formulas() {
        let v = json!({"size":{"credit_kgs":1500,"credits":1.49999},"name":"=HYPERLINK(\"x\")","n":-3});
        assert_eq!(cell(&v, "size.credits", false), "1.500");
        assert_eq!(cell(&v, "size.credit_kgs", false), "1500");
        assert_eq!(cell(&v, "size", false), "1500");
        assert_eq!(cell(&v, "name", false), "'=HYPERLINK(\"x\")");
        assert_eq!(cell(&v, "name", true), "=HYPERLINK(\"x\")");
        assert_eq!(cell(&v, "n", false), "-3");
    }

    #[test]
    fn quoting_is_real_csv() {
        let out = encode(&[vec!["a,b".into(), "c\"d".into(), "e\nf".into()]]).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "\"a,b\",\"c\"\"d\",\"e\nf\"\n");
    }
}
