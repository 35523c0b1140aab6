//! Everything `check` reads from the local copy, in one place: the changes of
//! the last sync (through `diff`'s own logic) and read-only SQL assertions
//! (opened the way `sql` opens the copy). [`open_latest`] is the one function
//! that opens the store, so a change in how the store is opened is made here.

use crate::commands::local::{diff, sql};
use crate::error::{Error, Result};
use crate::store::{Snapshot, Store, views};
use rusqlite::types::ValueRef;
use serde_json::{Map, Value};
use std::path::Path;

/// Opens the local copy read-only with the views of its latest snapshot.
pub fn open_latest(path: &Path) -> Result<Store> {
    sql::open(path, None)
}

/// The kinds of records `diff` reports changes of.
pub fn change_kinds() -> &'static [&'static str] {
    views::KINDS
}

/// The snapshots of the last sync (the one before the latest, the latest) and
/// every change between them, as `diff` rows.
pub fn last_changes(path: &Path) -> Result<(Snapshot, Snapshot, Vec<Value>)> {
    let store = open_latest(path)?;
    let to = store.snapshot(None)?;
    let from = store.previous(to.id)?.ok_or_else(|| {
        Error::not_found(format!(
            "{} holds one snapshot ({}), so there is nothing to compare it with; run `isoreg sync` again.",
            path.display(),
            to.id
        ))
    })?;
    let names = diff::names(&store)?;
    let rows = diff::changes(&store, &from, &to, &names)?;
    Ok((from, to, rows))
}

/// Runs a read-only query on the latest snapshot: how many rows it returned,
/// and the first `keep` of them.
pub fn query(path: &Path, q: &str, keep: usize) -> Result<(u64, Vec<Value>)> {
    let store = open_latest(path)?;
    let mut st = store.conn.prepare(q).map_err(|e| sql::sql_error(&e))?;
    if !st.readonly() {
        return Err(Error::usage("The policy's SQL would write; check runs read-only queries (SELECT or WITH …)."));
    }
    let names: Vec<String> = st.column_names().map(str::to_string).collect();
    let mut rows = st.query([]).map_err(|e| sql::sql_error(&e))?;
    let (mut n, mut kept) = (0u64, Vec::new());
    while let Some(r) = rows.next().map_err(|e| sql::sql_error(&e))? {
        n += 1;
        if kept.len() < keep {
            let mut obj = Map::new();
            for (i, name) in names.iter().enumerate() {
                obj.insert(name.clone(), cell(r.get_ref(i).map_err(|e| sql::sql_error(&e))?));
            }
            kept.push(Value::Object(obj));
        }
    }
    Ok((n, kept))
}

/// An SQLite value as JSON: integers stay integers.
fn cell(v: ValueRef<'_>) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::from(i),
        ValueRef::Real(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::String(b.iter().map(|x| format!("{x:02x}")).collect()),
    }
}

/// Checks, before any copy is opened, that a policy's query compiles against
/// the local copy's views and would not write (an empty in-memory copy with
/// the same schema). When that empty copy cannot be made, only the run-time
/// check remains.
pub fn check_query(q: &str) -> std::result::Result<(), String> {
    let Some(store) = empty_copy() else { return Ok(()) };
    let st = store.conn.prepare(q).map_err(|e| match e {
        rusqlite::Error::MultipleStatement => "give one SQL statement, not several".to_string(),
        other => format!("SQL error: {}", sql::sql_error(&other).message.trim_start_matches("SQL error: ")),
    })?;
    if !st.readonly() {
        return Err("that SQL statement would write; a policy's SQL must be read-only (SELECT or WITH …)".into());
    }
    Ok(())
}

/// An in-memory copy with the schema and views, and no data.
fn empty_copy() -> Option<Store> {
    let store = Store::in_memory().ok()?;
    views::create(&store, &Snapshot { id: 1, taken_at: String::new(), org_id: None }).ok()?;
    store.conn.execute_batch("PRAGMA query_only = ON;").ok()?;
    Some(store)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_checked_without_a_copy() {
        assert_eq!(check_query("SELECT id FROM retirements WHERE mine AND purposes = '[]'"), Ok(()));
        let e = check_query("DELETE FROM record").unwrap_err();
        assert!(e.contains("would write"), "{e}");
        let e = check_query("SELECT nope FROM batches").unwrap_err();
        assert!(e.contains("no such column: nope"), "{e}");
        let e = check_query("SELECT 1; SELECT 2").unwrap_err();
        assert!(e.contains("one SQL statement"), "{e}");
    }
}
