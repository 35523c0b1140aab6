//! `sql`: one read-only SQL statement over a snapshot of the local copy,
//! printed through the usual renderer (table, json, jsonl, csv, `--fields`,
//! `--jq`), streamed a few hundred rows at a time. `--schema` lists the views.
//!
//! Read-only three ways: the file is opened read-only, `query_only` is set,
//! and a statement that SQLite says would write is refused before it runs.
//! A table is streamed too (columns laid out from the first rows), so memory
//! stays bounded and `| head` prints at once.
//!
//! Numbers are never rounded silently: integers are exact; `sum()` stops with
//! an error on overflow (exit 6); `+`, `-`, `*` of integers past 2⁶³−1 give
//! SQLite's floating-point number instead, so a floating-point result of 2⁵³
//! or more (beyond which a double cannot hold every integer) is refused with
//! exit 6 rather than printed.

use super::sync::db_path;
use crate::cli::options::DbArg;
use crate::commands::ctx::Ctx;
use crate::error::{Error, Result};
use crate::render::{ColKind, Plan, RAW, col};
use crate::store::{Store, views};
use clap::Args;
use rusqlite::types::ValueRef;
use serde_json::{Map, Value};

/// How `--schema` is shown.
const SCHEMA_PLAN: Plan = Plan {
    columns: &[
        col("VIEW", "view", ColKind::Text),
        col("COLUMN", "column", ColKind::Text),
        col("DESCRIPTION", "description", ColKind::Text),
    ],
    detail: &[],
    fields: &["view", "column", "description", "view_holds"],
};

/// Rows handed to the renderer at a time.
const CHUNK: usize = 256;

pub async fn run(a: SqlArgs, ctx: &mut Ctx) -> Result<()> {
    if a.schema {
        let mut w = ctx.out.list(&SCHEMA_PLAN);
        w.page(views::describe())?;
        return w.finish().map(drop);
    }
    let query = a.query.ok_or_else(|| Error::usage("Give one SQL query, or --schema to see the views."))?;
    let store = open(&db_path(&a.db, ctx)?, a.snapshot)?;
    let fail = |e: rusqlite::Error| query_error(&store, &e);
    let mut st = store.conn.prepare(&query).map_err(fail)?;
    if !st.readonly() {
        return Err(Error::usage("isoreg sql runs read-only queries (SELECT or WITH …); that statement would write."));
    }
    let names = column_names(&st);
    let mut rows = st.query([]).map_err(fail)?;
    let mut w = ctx.out.list(&RAW).streaming();
    let mut page = Vec::with_capacity(CHUNK);
    while let Some(r) = rows.next().map_err(fail)? {
        let mut obj = Map::with_capacity(names.len());
        for (i, n) in names.iter().enumerate() {
            obj.insert(n.clone(), cell(r.get_ref(i).map_err(fail)?, n)?);
        }
        page.push(Value::Object(obj));
        if page.len() == CHUNK {
            w.page(std::mem::replace(&mut page, Vec::with_capacity(CHUNK)))?;
        }
    }
    w.page(page)?;
    w.finish().map(drop)
}

/// Opens the copy read-only with the views of `snapshot` (or the latest).
pub fn open(path: &std::path::Path, snapshot: Option<i64>) -> Result<Store> {
    let store = Store::open_read(path)?;
    let snap = store.snapshot(snapshot)?;
    views::create(&store, &snap)?;
    store.conn.set_limit(rusqlite::limits::Limit::SQLITE_LIMIT_ATTACHED, 0).map_err(|e| store.err(&e))?;
    store.conn.execute_batch("PRAGMA query_only = ON;").map_err(|e| store.err(&e))?;
    Ok(store)
}

/// Column names, made unique (`id`, `id_2`) so no value is lost in JSON.
fn column_names(st: &rusqlite::Statement<'_>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for n in st.column_names() {
        let mut name = n.to_string();
        let mut k = 2;
        while out.contains(&name) {
            name = format!("{n}_{k}");
            k += 1;
        }
        out.push(name);
    }
    out
}

/// Floating-point results from here up may be rounded integers.
const ROUNDED: f64 = 9_007_199_254_740_992.0; // 2^53

/// An SQLite value as JSON: integers stay integers, blobs become hex; a
/// floating-point number of 2⁵³ or more in `column` is refused (it may be an
/// integer SQLite rounded).
fn cell(v: ValueRef<'_>, column: &str) -> Result<Value> {
    Ok(match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::from(i),
        ValueRef::Real(f) if f.is_finite() && f.abs() < ROUNDED => {
            serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)
        }
        ValueRef::Real(f) => {
            return Err(Error::bad_answer(format!(
                "Column {} is the floating-point number {f:e}, which may be a rounded integer (SQLite turns integer arithmetic past 2^63-1 into floating point); isoreg prints no rounded figure.",
                crate::sanitize::printable(column)
            )));
        }
        ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::String(b.iter().map(|x| format!("{x:02x}")).collect()),
    })
}

/// A failed query on `store`, as one sentence: a damaged file says so.
pub fn query_error(store: &Store, e: &rusqlite::Error) -> Error {
    if crate::store::is_damage(e) {
        return crate::store::damaged(&store.path);
    }
    sql_error(e)
}

/// A failed query, as one sentence.
pub fn sql_error(e: &rusqlite::Error) -> Error {
    if crate::store::is_damage(e) {
        return Error::local("The local copy is damaged: move it away and run `isoreg sync`.");
    }
    let msg = match e {
        rusqlite::Error::SqliteFailure(_, Some(m)) => m.clone(),
        other => other.to_string(),
    };
    if msg.contains("integer overflow") {
        return Error::bad_answer("The sum does not fit in 64 bits (integer overflow); no rounded figure is given.");
    }
    Error::usage(format!("SQL error: {msg}. `isoreg sql --schema` lists the views and columns."))
}

/// The examples of `sql --help`.
pub const SQL_HELP: &str = "\
Examples:
  isoreg --demo sync --db /tmp/demo.sqlite
  isoreg sql --db /tmp/demo.sqlite \"SELECT project_name, sum(size_kg) FROM batches WHERE mine AND status = 'retired' GROUP BY 1\"
  isoreg sql --db /tmp/demo.sqlite --schema";

/// Arguments of `sql`.
#[derive(Debug, Args)]
pub struct SqlArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// One read-only SQL statement (SELECT or WITH …).
    #[arg(value_name = "QUERY", required_unless_present = "schema")]
    pub query: Option<String>,
    /// Query this snapshot instead of the latest.
    #[arg(long, value_name = "N")]
    pub snapshot: Option<i64>,
    /// Print the views and their columns instead.
    #[arg(long, conflicts_with = "query")]
    pub schema: bool,
}
