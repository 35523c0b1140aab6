//! What a view is made of: [`Column`]s, a record kind's [`Plan`], and the
//! columns guessed for fields a plan does not name (`--fields`, detail rows,
//! records with no plan).

use super::fields;
use super::table;
use super::text::ColKind;
use serde_json::Value;
use std::borrow::Cow;

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

/// `path`, or the object on its way that the record has as `null` (one
/// `location  —` row rather than one per field of the missing location).
pub(super) fn null_parent(record: &Value, path: &str) -> String {
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
pub(super) fn covers(c: &Column, path: &str) -> bool {
    if c.parts().count() > 1 {
        let one = |p: &str| Column { path: Cow::Owned(p.to_string()), ..c.clone() };
        return c.parts().any(|p| covers(&one(p), path));
    }
    let p = c.path.as_ref();
    if p == path || fields::is_below(path, p) || fields::is_below(p, path) {
        return true;
    }
    c.kind == ColKind::Ref && table::ref_name_paths(p).iter().any(|n| n == path)
}

/// A column for a path that the plan does not name (`--fields`, detail rows).
pub(super) fn guess_column(name: &str, sample: &Value) -> Column {
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

/// How a detail row that shows several fields joins their paths
/// (`left_child_id + right_child_id`: one CHILDREN row).
pub const JOIN: &str = " + ";

impl Column {
    /// The fields the column shows: its path, or the paths it joins ([`JOIN`]).
    pub fn parts(&self) -> impl Iterator<Item = &str> {
        self.path.split(JOIN)
    }

    /// The column with its dotted path as its label (`carbon_removal_data.losses_kg`),
    /// the name `--fields` takes.
    pub(super) fn labelled_by_path(self) -> Column {
        Column { header: self.path.clone(), ..self }
    }
}

/// Columns for a record that has no plan (`sql`, raw views): its top-level
/// scalars, quantities and the names of nested organisations, none hidden to
/// fit (text is cut instead).
pub(super) fn auto_columns(sample: &Value) -> Vec<Column> {
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
            // Kilograms (`kg`, `size_kg`, `sum(size_kg)`): right-aligned with separators.
            _ if k.eq_ignore_ascii_case("kg") || k.to_ascii_lowercase().contains("_kg") => ColKind::Count,
            _ if k == "status" => ColKind::Status,
            _ if k.ends_with("_at") => ColKind::Date,
            _ if k == "id" => ColKind::Id,
            _ if k.ends_with("_id") => ColKind::Ref,
            _ => ColKind::Text,
        };
        let header = Cow::Owned(path.to_uppercase().replace('_', " "));
        // What the record has is what was asked for (`sql`'s SELECT): never hidden, cut instead.
        cols.push(Column { header, path: Cow::Owned(path), kind, rank: 0 });
    }
    cols
}

/// The fields `--fields` may name: the plan's, and whatever the record has.
pub fn known_fields(plan: &Plan, sample: Option<&Value>) -> Vec<String> {
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
        c.parts().for_each(|p| add(p.to_string()));
    }
    if let Some(s) = sample {
        fields::all_paths(s).into_iter().for_each(add);
    }
    known
}
