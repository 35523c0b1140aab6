//! CSV output through the `csv` crate: nested fields flattened as
//! `size.credit_kgs`, quantities exact from integer kilograms, and text cells
//! that a spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`, tab,
//! carriage return) prefixed with `'` unless `--csv-raw`.

use super::fields;
use crate::error::{Error, Result};
use crate::quantity;
use serde_json::Value;

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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
