//! `diff`: what changed between two snapshots (default: the last two).
//!
//! For every record, the version valid at `--from` is compared with the
//! version valid at `--to`, whatever happened between (a record changed and
//! changed back, or born and gone in between, is no change). Only record
//! versions that begin or end between the two snapshots are read, so the work
//! is proportional to the change, not to the registry. Output is
//! one row per change: the balance per scope (before, after, delta), batches
//! that are new, gone, changed status (split, retired) or owner, and new,
//! changed or gone issuances, retirements, transfers, deliveries and the rest.
//! `--fail-on-change` ends with exit 1 when there is any row, for CI.

use super::{sql, sync::db_path};
use crate::cli::options::DbArg;
use crate::commands::ctx::Ctx;
use crate::error::{Error, Result};
use crate::render::{ColKind, Plan, col, col_ranked};
use crate::store::views::KINDS;
use crate::store::{Snapshot, Store};
use clap::Args;
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashMap};

/// How changes are shown.
pub const PLAN: Plan = Plan {
    columns: &[
        col_ranked("KIND", "kind", ColKind::Text, 1),
        col("ID", "id", ColKind::Id),
        col_ranked("CHANGE", "change", ColKind::Text, 1),
        // A balance's kilograms, a status, an owner or a date: each shown as what it is.
        // A narrow terminal keeps AFTER (what it is now) and hides BEFORE first.
        col_ranked("BEFORE", "before", ColKind::Mixed, 3),
        col_ranked("AFTER", "after", ColKind::Mixed, 2),
        col("DELTA", "delta_kg", ColKind::Qty),
        col_ranked("NAME", "name", ColKind::Text, 4),
        col_ranked("NOTE", "note", ColKind::Text, 7),
    ],
    detail: &[],
    fields: &["kind", "id", "change", "before", "after", "delta_kg", "name", "note"],
};

/// (kind's place in [`KINDS`], id) → (version at `--from`, version at `--to`).
pub type Versions = BTreeMap<(usize, String), (Option<Value>, Option<Value>)>;

pub async fn run(a: DiffArgs, ctx: &mut Ctx) -> Result<()> {
    let path = db_path(&a.db, ctx)?;
    let probe = Store::open_read(&path)?;
    let to = probe.snapshot(a.to)?;
    let from = match a.from {
        Some(n) => probe.snapshot(Some(n))?,
        None => probe.previous(to.id)?.ok_or_else(|| {
            Error::not_found(format!(
                "{} holds only snapshot {} up to there; run `isoreg sync` again, then diff.",
                path.display(),
                to.id
            ))
        })?,
    };
    if from.id >= to.id {
        return Err(Error::usage(format!("--from ({}) must be an older snapshot than --to ({}).", from.id, to.id)));
    }
    drop(probe);
    let store = sql::open(&path, Some(to.id))?;
    let names = names(&store)?;
    let rows = changes(&store, &from, &to, &names)?;
    let n = rows.len();
    let mut w = ctx.out.list(&PLAN);
    w.page(rows)?;
    w.finish()?;
    ctx.note(&format!(
        "Changes from snapshot {} ({}) to snapshot {} ({}).",
        from.id, from.taken_at, to.id, to.taken_at
    ));
    if n > 0 && a.fail_on_change {
        return Err(Error::check(format!("{n} changes between snapshot {} and snapshot {}.", from.id, to.id)));
    }
    Ok(())
}

/// Project and supplier names, from any snapshot (the latest version wins).
pub fn names(store: &Store) -> Result<HashMap<String, String>> {
    let mut st = store
        .conn
        .prepare(
            "SELECT id, coalesce(json_extract(json, '$.name'), json_extract(json, '$.organisation.name')) FROM main.record \
             WHERE kind IN ('project', 'supplier') ORDER BY from_snap",
        )
        .map_err(|e| sql::query_error(store, &e))?;
    let rows = st
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?.unwrap_or_default())))
        .map_err(|e| sql::query_error(store, &e))?;
    rows.collect::<std::result::Result<_, _>>().map_err(|e| sql::query_error(store, &e))
}

/// Every change between the two snapshots, as output rows.
pub fn changes(store: &Store, from: &Snapshot, to: &Snapshot, names: &HashMap<String, String>) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    for ((k, id), (before, after)) in changed(store, from.id, to.id)? {
        match (KINDS[k], before, after) {
            ("balance", b, a) => balance(&mut out, b.as_ref(), a.as_ref(), names)?,
            ("batch", b, a) => batch(&mut out, &id, b.as_ref(), a.as_ref()),
            (kind, b, a) => other(&mut out, kind, &id, b.as_ref(), a.as_ref()),
        }
    }
    Ok(out)
}

/// Every record whose version at `from` differs from its version at `to`
/// (as JSON values: key order does not count), with both versions.
pub fn changed(store: &Store, from: i64, to: i64) -> Result<Versions> {
    let mut all = versions(store, from, to)?;
    all.retain(|_, (b, a)| b != a);
    Ok(all)
}

/// The version at `from` and at `to` of each record with a version that
/// begins or ends between them (both `None`: it lived only in between).
fn versions(store: &Store, from: i64, to: i64) -> Result<Versions> {
    let mut st = store
        .conn
        .prepare(
            "SELECT kind, id, from_snap, until_snap, json FROM main.record \
             WHERE (from_snap > ?1 AND from_snap <= ?2) OR (until_snap >= ?1 AND until_snap < ?2)",
        )
        .map_err(|e| store.err(&e))?;
    let mut rows = st.query([from, to]).map_err(|e| store.err(&e))?;
    let mut out = Versions::new();
    while let Some(r) = rows.next().map_err(|e| store.err(&e))? {
        let kind: String = r.get(0).map_err(|e| store.err(&e))?;
        let Some(k) = KINDS.iter().position(|x| *x == kind) else { continue };
        let id: String = r.get(1).map_err(|e| store.err(&e))?;
        let (f, u): (i64, Option<i64>) = (r.get(2).map_err(|e| store.err(&e))?, r.get(3).map_err(|e| store.err(&e))?);
        let text: String = r.get(4).map_err(|e| store.err(&e))?;
        let v: Value = serde_json::from_str(&text)
            .map_err(|e| Error::local(format!("The local copy holds a record that is not JSON: {e}.")))?;
        let visible = |s: i64| f <= s && u.is_none_or(|u| u >= s);
        let slot = out.entry((k, id)).or_default();
        if visible(from) {
            slot.0 = Some(v.clone());
        }
        if visible(to) {
            slot.1 = Some(v);
        }
    }
    Ok(out)
}

fn row(kind: &str, id: &str, change: &str, before: Value, after: Value, delta: Option<i64>) -> Value {
    json!({"kind": kind, "id": id, "change": change, "before": before, "after": after, "delta_kg": delta,
        "name": null, "note": null})
}

fn kgs(v: Option<&Value>, path: &[&str]) -> Option<i64> {
    let mut cur = v?;
    for p in path {
        cur = cur.get(p)?;
    }
    cur.get("credit_kgs")?.as_i64()
}

fn text(v: Option<&Value>, path: &[&str]) -> Value {
    let mut cur = v;
    for p in path {
        cur = cur.and_then(|c| c.get(p));
    }
    cur.cloned().unwrap_or(Value::Null)
}

/// Balance rows: per scope, active and retired before, after and delta.
fn balance(out: &mut Vec<Value>, b: Option<&Value>, a: Option<&Value>, names: &HashMap<String, String>) -> Result<()> {
    let (b, a) = (scopes(b), scopes(a));
    let keys: std::collections::BTreeSet<&(usize, String)> = b.keys().chain(a.keys()).collect();
    for key in keys {
        let (bv, av) = (b.get(key), a.get(key));
        for (label, i) in [("active", 0), ("retired", 1)] {
            let (x, y) = (bv.map_or(0, |v| v[i]), av.map_or(0, |v| v[i]));
            if x == y {
                continue;
            }
            let scope = ["total", "project", "supplier", "order"][key.0];
            let mut r = row("balance", &key.1, label, json!(x), json!(y), Some(y - x));
            let name = names.get(&key.1).map_or(scope.to_string(), |n| format!("{scope} {n}"));
            r["name"] = json!(name);
            out.push(r);
        }
    }
    Ok(())
}

/// A balance as (scope rank, id) → [active kg, retired kg].
fn scopes(v: Option<&Value>) -> BTreeMap<(usize, String), [i64; 2]> {
    let mut m = BTreeMap::new();
    let Some(v) = v else { return m };
    let pair = |t: &Value| {
        [
            kgs(Some(t), &["total", "active_credits_total"]).unwrap_or(0),
            kgs(Some(t), &["total", "retired_credits_total"]).unwrap_or(0),
        ]
    };
    m.insert((0, "total".to_string()), pair(v));
    for (rank, list, key) in [
        (1, "project_balances", "project_id"),
        (2, "supplier_balances", "supplier_id"),
        (3, "order_balances", "order_id"),
    ] {
        for s in v.get(list).and_then(Value::as_array).into_iter().flatten() {
            if let Some(id) = s.get(key).and_then(Value::as_str) {
                m.insert((rank, id.to_string()), pair(s));
            }
        }
    }
    m
}

/// Batch rows: new, gone, status, owner, or other fields changed.
fn batch(out: &mut Vec<Value>, id: &str, b: Option<&Value>, a: Option<&Value>) {
    let size = kgs(a.or(b), &["size"]);
    let status = |v: Option<&Value>| text(v, &["status"]);
    let owner = |v: Option<&Value>| text(v, &["owner", "name"]);
    let mut rows = Vec::new();
    match (b, a) {
        (None, Some(_)) => rows.push(row("batch", id, "new", Value::Null, status(a), size)),
        (Some(_), None) => rows.push(row("batch", id, "gone", status(b), Value::Null, size.map(|s| -s))),
        _ => {
            if status(b) != status(a) {
                let mut r = row("batch", id, "status", status(b), status(a), None);
                if status(a) == "split" {
                    let kids = [text(a, &["left_child_id"]), text(a, &["right_child_id"])];
                    let kids: Vec<&str> = kids.iter().filter_map(Value::as_str).collect();
                    r["note"] = json!(format!("split into {}", kids.join(" + ")));
                }
                rows.push(r);
            }
            if owner(b) != owner(a) {
                rows.push(row("batch", id, "owner", owner(b), owner(a), None));
            }
            if rows.is_empty() {
                let mut r = row("batch", id, "updated", Value::Null, Value::Null, None);
                r["note"] = json!(changed_keys(b, a));
                rows.push(r);
            }
        }
    }
    for mut r in rows {
        r["name"] = text(a.or(b), &["serial_number"]);
        out.push(r);
    }
}

/// Rows for the other kinds: new, gone, or which fields changed.
fn other(out: &mut Vec<Value>, kind: &str, id: &str, b: Option<&Value>, a: Option<&Value>) {
    let size = kgs(a.or(b), &["credit_batch_size_total"]);
    let when = |v: Option<&Value>| {
        let v = v.and_then(Value::as_object);
        v.and_then(|m| m.iter().find(|(k, x)| k.ends_with("_at") && x.is_string()).map(|(_, x)| x.clone()))
            .unwrap_or(Value::Null)
    };
    let mut r = match (b, a) {
        (None, _) => row(kind, id, "new", Value::Null, when(a), size),
        (_, None) => row(kind, id, "gone", when(b), Value::Null, size.map(|s| -s)),
        _ => {
            let mut r = row(kind, id, "updated", Value::Null, Value::Null, None);
            r["note"] = json!(changed_keys(b, a));
            r
        }
    };
    let v = a.or(b);
    let name = [text(v, &["name"]), text(v, &["organisation", "name"]), text(v, &["notes"])];
    r["name"] = name.into_iter().find(|n| n.is_string()).unwrap_or(Value::Null);
    out.push(r);
}

/// "fields changed: a, b" for two versions of a record.
fn changed_keys(b: Option<&Value>, a: Option<&Value>) -> String {
    let (Some(Value::Object(b)), Some(Value::Object(a))) = (b, a) else { return String::new() };
    let mut keys: Vec<&str> = b.keys().chain(a.keys()).map(String::as_str).filter(|k| b.get(*k) != a.get(*k)).collect();
    keys.dedup();
    keys.sort_unstable();
    keys.dedup();
    format!("fields changed: {}", keys.join(", "))
}

/// The examples of `diff --help`.
pub const DIFF_HELP: &str = "\
Examples:
  isoreg --demo sync --db /tmp/demo.sqlite; isoreg --demo sync --db /tmp/demo.sqlite
  isoreg diff --db /tmp/demo.sqlite
  isoreg diff --db /tmp/demo.sqlite --from 1 --to 2 --fail-on-change -o json";

/// Arguments of `diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// The older snapshot [default: the one before --to].
    #[arg(long, value_name = "SNAPSHOT")]
    pub from: Option<i64>,
    /// The newer snapshot [default: the latest].
    #[arg(long, value_name = "SNAPSHOT")]
    pub to: Option<i64>,
    /// Exit 1 when anything changed (for CI).
    #[arg(long)]
    pub fail_on_change: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::write::SyncWriter;
    use proptest::prelude::*;

    /// One sync: for each of a few ids, absent or one of a few bodies.
    fn registry() -> impl Strategy<Value = Vec<Option<u8>>> {
        proptest::collection::vec(proptest::option::of(0u8..3), 4)
    }

    fn body(id: usize, b: u8) -> Value {
        // Key order varies with the body too: it must not make a version.
        if b == 2 {
            json!({"status": "active", "id": format!("ctb_{id}")})
        } else {
            let status = ["active", "split"][b as usize];
            json!({"id": format!("ctb_{id}"), "status": status})
        }
    }

    /// The value at snapshot `s` (1-based) of record `id`, from what was synced
    /// (bodies 0 and 2 are the same record in another key order).
    fn model(syncs: &[Vec<Option<u8>>], s: i64, id: usize) -> Option<Value> {
        syncs[(s - 1) as usize][id].map(|b| body(id, if b == 2 { 0 } else { b }))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn diff_between_any_two_snapshots_equals_the_stored_versions(syncs in proptest::collection::vec(registry(), 2..6)) {
            let dir = tempfile::tempdir().unwrap();
            let (mut store, _) = Store::open_write(&dir.path().join("p.sqlite")).unwrap();
            for sync in &syncs {
                let mut w = SyncWriter::begin(&mut store).unwrap();
                for (id, b) in sync.iter().enumerate() {
                    if let Some(b) = b {
                        w.put("batch", &format!("ctb_{id}"), &body(id, *b), 1).unwrap();
                    }
                }
                w.commit("http://127.0.0.1/x", None).unwrap();
            }
            let n = syncs.len() as i64;
            let k = KINDS.iter().position(|x| *x == "batch").unwrap();
            for i in 1..n {
                for j in i + 1..=n {
                    let got = changed(&store, i, j).unwrap();
                    let mut want = Versions::new();
                    for id in 0..4 {
                        let (b, a) = (model(&syncs, i, id), model(&syncs, j, id));
                        if b != a {
                            want.insert((k, format!("ctb_{id}")), (b, a));
                        }
                    }
                    prop_assert_eq!(&got, &want, "diff {} {}", i, j);
                }
            }
        }
    }
}
