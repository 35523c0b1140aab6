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
    /// A serial number: whole when it fits, else cut from the left so the
    /// credit range at its end stays readable (`…624512-670139`).
    Serial,
    /// Values of several kinds in one column (`diff`'s BEFORE and AFTER): a
    /// whole number is kilograms, shown as a quantity with its unit and
    /// right-aligned; a time is a UTC date with `UTC`; other text may shrink.
    Mixed,
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
            ColKind::Text | ColKind::Serial | ColKind::Mixed => 6,
        }
    }

    /// Whether cells of this kind are shown whole or not at all (a `Ref`'s
    /// name may shrink, its ID may not).
    pub const fn is_whole(self) -> bool {
        !matches!(self, ColKind::Text | ColKind::Serial | ColKind::Mixed)
    }

    /// Whether the column is right-aligned (quantities and counts).
    pub const fn is_right(self) -> bool {
        matches!(self, ColKind::Qty | ColKind::Count)
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
        (ColKind::Mixed, Value::Number(_)) => {
            format!("{} {}", qty(v, style), quantity::unit_symbol(style.units))
        }
        (ColKind::Mixed, Value::String(s)) if style.human && is_time(v) => format!("{} UTC", human_date(s)),
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

/// Whether `v` is a time the server wrote (RFC 3339), shown as a UTC date.
pub fn is_time(v: &Value) -> bool {
    v.as_str().is_some_and(|s| chrono::DateTime::parse_from_rfc3339(s).is_ok())
}

/// A quantity in the chosen units, from its integer kilograms: a quantity
/// object's `credit_kgs`, or a whole number of kilograms (`size_kg`).
pub fn qty(v: &Value, style: CellStyle) -> String {
    let kgs = if v.is_number() { quantity::integer(v) } else { v.get("credit_kgs").and_then(quantity::integer) };
    match kgs {
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
