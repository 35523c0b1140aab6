//! Turning JSON values into cell text: quantities from integer `credit_kgs`,
//! readable dates on a terminal, and escaping of anything that could drive a
//! terminal (control characters, bidirectional overrides).

use super::fields;
use crate::quantity::{self, Units};
pub use crate::sanitize::{is_dangerous, sanitize};
use serde_json::Value;

/// What a column holds, which decides how its cells are formatted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColKind {
    /// Plain text (or any JSON value shown compactly).
    Text,
    /// The record's own ID: never cut.
    Id,
    /// The ID of another resource: never cut, and shown with its name in tables when known.
    Ref,
    /// A credit quantity object; shown from `credit_kgs`, right-aligned.
    Qty,
    /// A date or date-time.
    Date,
    /// A status, coloured on a terminal.
    Status,
    /// A whole number, right-aligned.
    Count,
    /// A link that identifies something (a retirement certificate): never cut.
    Url,
}

impl ColKind {
    /// How readily a column of this kind is hidden when a table does not fit
    /// (0: never; higher ranks go first). A plan may override it per column.
    pub const fn default_rank(self) -> u8 {
        match self {
            ColKind::Id => 0,
            ColKind::Qty | ColKind::Count => 1,
            ColKind::Status => 2,
            ColKind::Date => 3,
            ColKind::Ref => 4,
            ColKind::Url => 5,
            ColKind::Text => 6,
        }
    }

    /// Whether cells of this kind are shown whole or not at all (a `Ref`'s
    /// name may shrink, its ID may not).
    pub const fn is_whole(self) -> bool {
        !matches!(self, ColKind::Text)
    }
}

/// Options that decide how cells look.
#[derive(Debug, Clone, Copy)]
pub struct CellStyle {
    pub units: Units,
    pub human: bool,
}

/// The text of a cell for `v` (the value at the column's path).
pub fn cell(v: Option<&Value>, kind: ColKind, style: CellStyle) -> String {
    let Some(v) = v else { return String::new() };
    match (kind, v) {
        (_, Value::Null) => String::new(),
        (ColKind::Qty, q) => qty(q, style),
        (ColKind::Date, Value::String(s)) if style.human => human_date(s),
        (ColKind::Count, Value::Number(n)) if style.human => {
            n.as_i64().map_or_else(|| n.to_string(), |i| quantity::group(&i.to_string()))
        }
        (_, Value::String(s)) => sanitize(s),
        (_, Value::Array(items)) => items.iter().map(plain).collect::<Vec<_>>().join(", "),
        (_, other) => sanitize(&other.to_string()),
    }
}

fn plain(v: &Value) -> String {
    match v {
        Value::String(s) => sanitize(s),
        other => sanitize(&other.to_string()),
    }
}

/// A quantity in the chosen units, from its integer kilograms.
pub fn qty(v: &Value, style: CellStyle) -> String {
    match v.get("credit_kgs").and_then(quantity::integer) {
        Some(kgs) => quantity::format(kgs, style.units, style.human),
        // An integer beyond 1.7e38 kg: shown as the server wrote it (kilograms).
        None if fields::is_quantity(v) => v.get("credit_kgs").map(Value::to_string).unwrap_or_default(),
        None => "?".into(),
    }
}

/// `2023-11-07T05:31:56Z` → `2023-11-07 05:31` (UTC); dates stay as they are.
pub fn human_date(s: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(s) {
        Ok(t) => t.with_timezone(&chrono::Utc).format("%Y-%m-%d %H:%M").to_string(),
        Err(_) => sanitize(s),
    }
}

/// Whether `s` is a time as [`human_date`] writes it (so it is in UTC).
pub fn is_human_date(s: &str) -> bool {
    chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const H: CellStyle = CellStyle { units: Units::Credits, human: true };
    const P: CellStyle = CellStyle { units: Units::Credits, human: false };

    #[test]
    fn quantities_come_from_kgs() {
        let q = json!({"credit_kgs": 1234567, "credits": 9.9});
        assert_eq!(cell(Some(&q), ColKind::Qty, H), "1,234.567");
        assert_eq!(cell(Some(&q), ColKind::Qty, P), "1234.567");
        let kg = CellStyle { units: Units::Kg, human: false };
        assert_eq!(cell(Some(&q), ColKind::Qty, kg), "1234567");
        let big: Value = serde_json::from_str(r#"{"credit_kgs": 18446744073709551616123}"#).unwrap();
        assert_eq!(cell(Some(&big), ColKind::Qty, H), "18,446,744,073,709,551,616.123");
        assert_eq!(cell(Some(&big), ColKind::Qty, kg), "18446744073709551616123");
    }

    #[test]
    fn dates_are_readable_only_for_people() {
        let d = json!("2023-11-07T05:31:56Z");
        assert_eq!(cell(Some(&d), ColKind::Date, H), "2023-11-07 05:31");
        assert!(is_human_date("2023-11-07 05:31") && !is_human_date("2023-11-07T05:31:56Z"));
        assert_eq!(cell(Some(&d), ColKind::Date, P), "2023-11-07T05:31:56Z");
    }
}
