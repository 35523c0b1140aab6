//! `find TEXT`: one lookup for anything a user may hold.
//!
//! - An id with a known prefix (`ctb_…`, `prj_…`, …) is fetched live from its
//!   endpoint and shown like `NOUN get` would (`rmv_…`, which has no endpoint,
//!   is looked up among the batches of the local copy).
//! - A serial number, a range, or a serial with one credit number finds the
//!   batches holding those credits: from the latest snapshot when there is one,
//!   otherwise by scanning the caller's batches live; a note says which. A split
//!   family shows the parent and its children, and says which one is current.
//! - Anything else is a word, searched in project, supplier and organisation
//!   names (the snapshot, or the live lists).
//!
//! A text that starts like a serial but cannot be read is not guessed at: it
//! is matched exactly as written.

use super::sync;
use crate::cli::options::DbArg;
use crate::client::Pages;
use crate::commands::ctx::Ctx;
use crate::error::{Error, Result};
use crate::ids::{self, Resource};
use crate::render::{ColKind, Plan, col, col_ranked};
use crate::store::Store;
use crate::store::serial::{self, Serial};
use clap::Args;
use serde_json::{Value, json};

/// How batches found by serial are shown.
const SERIAL_PLAN: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        // What a serial lookup answers: which batch holds it now, and how
        // much of it. A serial too long for the terminal keeps its range
        // (`…624512-670139`) rather than hiding the answer.
        col_ranked("SERIAL", "serial_number", ColKind::Serial, 0),
        col("STATUS", "status", ColKind::Status),
        col_ranked("CURRENT", "current", ColKind::Text, 0),
        col_ranked("HOLDS", "holds", ColKind::Text, 0),
        col("SIZE", "size_kg", ColKind::Qty),
        col_ranked("OWNER", "owner", ColKind::Text, 7),
    ],
    detail: &[],
    fields: &["id", "serial_number", "status", "current", "holds", "size_kg", "owner", "project_id", "parent_id"],
};

/// How names found are shown.
const NAME_PLAN: Plan = Plan {
    columns: &[col("KIND", "kind", ColKind::Text), col("ID", "id", ColKind::Id), col("NAME", "name", ColKind::Text)],
    detail: &[],
    fields: &["kind", "id", "name"],
};

/// Where a kind of record is fetched from, and how it is shown: both from
/// the registry (removals have no endpoint of their own).
fn collection_of(res: Resource) -> Option<(&'static str, &'static Plan)> {
    let kind = res.kind();
    kind.find.then_some((kind.collection, kind.view))
}

pub async fn run(a: FindArgs, ctx: &mut Ctx) -> Result<()> {
    let text = a.text.trim().to_string();
    if text.is_empty() {
        return Err(Error::usage(
            "find needs something to look for: an id (ctb_…), a serial number, a serial and a credit number, or a word.",
        ));
    }
    let db = sync::db_path(&a.db, ctx)?;
    // The kind the prefix names, in any case (the check below says a prefix must be lower-case).
    let kind = ids::kind_of(&text.to_ascii_lowercase());
    if let Some(res) = kind
        && let Some((coll, plan)) = collection_of(res)
    {
        let id = ids::check(&text, res)?;
        let shown = ctx.show(&format!("/{coll}/{id}"), plan).await;
        ctx.note(&format!("{id} is {} {}.", res.article(), res.name()));
        return shown;
    }
    if kind == Some(Resource::Removal) {
        ids::check(&text, Resource::Removal)?;
        return removal(ctx, &db, &text);
    }
    if let Some(s) = serial::parse(&text) {
        return by_serial(ctx, &db, FindQuery::Serial(s)).await;
    }
    if let Some((whole, n)) = serial::credit_outside(&text) {
        return Err(Error::usage(format!(
            "Credit {n} is outside the range of {}-{}-{} (credits {} to {}).",
            whole.prefix, whole.first, whole.last, whole.first, whole.last
        )));
    }
    if text.to_ascii_uppercase().starts_with("ISO-") {
        ctx.note(&format!(
            "'{}' is not a serial number isoreg can read; matching it exactly.",
            crate::sanitize::printable(&text)
        ));
        return by_serial(ctx, &db, FindQuery::Exact(text)).await;
    }
    by_name(ctx, &db, &text).await
}

/// What a serial lookup matches.
enum FindQuery {
    Serial(Serial),
    Exact(String),
}

impl FindQuery {
    /// How much of the query `serial` holds, if any.
    fn holds(&self, serial: &str) -> Option<&'static str> {
        match self {
            FindQuery::Exact(t) => (serial.trim() == t.trim()).then_some("all"),
            FindQuery::Serial(q) => {
                let s = serial::parse(serial)?;
                match (s.contains(q), s.overlaps(q)) {
                    (true, _) if q.first == q.last => Some("the credit"),
                    (true, _) => Some("all"),
                    (false, true) => Some("part"),
                    _ => None,
                }
            }
        }
    }
}

/// The latest snapshot of the copy at `db`, if there is one (a missing or
/// empty file is no copy: the caller scans live). The file is only read.
fn snapshot_store(db: &std::path::Path) -> Result<Option<(Store, crate::store::Snapshot)>> {
    if std::fs::metadata(db).map_or(true, |m| m.len() == 0) {
        return Ok(None);
    }
    let store = super::sql::open(db, None);
    match store {
        Ok(s) => {
            let snap = s.snapshot(None)?;
            Ok(Some((s, snap)))
        }
        Err(e) if e.exit_code() == crate::error::EXIT_NOT_FOUND => Ok(None),
        Err(e) => Err(e),
    }
}

async fn by_serial(ctx: &mut Ctx, db: &std::path::Path, q: FindQuery) -> Result<()> {
    let mut found = Vec::new();
    let source = if let Some((store, snap)) = snapshot_store(db)? {
        let mut st = store
            .conn
            .prepare("SELECT serial_number, json FROM batches WHERE serial_number IS NOT NULL")
            .map_err(|e| super::sql::query_error(&store, &e))?;
        let mut rows = st.query([]).map_err(|e| super::sql::query_error(&store, &e))?;
        while let Some(r) = rows.next().map_err(|e| super::sql::query_error(&store, &e))? {
            let serial: String = r.get(0).map_err(|e| super::sql::query_error(&store, &e))?;
            if let Some(holds) = q.holds(&serial) {
                let text: String = r.get(1).map_err(|e| super::sql::query_error(&store, &e))?;
                let v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
                found.push(found_row(&v, holds));
            }
        }
        format!("snapshot {} ({}) of {}", snap.id, snap.taken_at, db.display())
    } else {
        let n = live_scan(ctx, &q, &mut found).await?;
        format!("a live scan of your {n} credit batches (no local copy at {})", db.display())
    };
    if found.is_empty() {
        return Err(Error::not_found(format!("No credit batch holds that serial in {source}.")));
    }
    found.sort_by_key(|r| (r["first"].as_u64(), std::cmp::Reverse(r["size_kg"].as_i64())));
    found.iter_mut().filter_map(Value::as_object_mut).for_each(|m| drop(m.remove("first")));
    let mut w = ctx.out.list(&SERIAL_PLAN);
    w.page(found)?;
    w.finish()?;
    ctx.note(&format!("From {source}."));
    Ok(())
}

/// Scans the caller's batches; returns how many were read.
async fn live_scan(ctx: &Ctx, q: &FindQuery, found: &mut Vec<Value>) -> Result<u64> {
    let client = ctx.client()?;
    let org = ctx.org_or_current(None).await?;
    let (tx, mut rx) = tokio::sync::mpsc::channel(16);
    let scan = tokio::spawn(sync::own_batches(tx, client, org, ctx.global.concurrency as usize));
    let mut n = 0u64;
    while let Some(chunk) = rx.recv().await {
        let chunk: sync::Chunk = chunk?;
        crate::commands::ctx::check_all_shown(&chunk.nodes, &crate::commands::batch::PLAN)?;
        for b in &chunk.nodes {
            n += 1;
            if let Some(holds) = b.get("serial_number").and_then(Value::as_str).and_then(|s| q.holds(s)) {
                found.push(found_row(b, holds));
            }
        }
    }
    scan.await.map_err(|e| Error::network(format!("The scan was interrupted: {e}.")))??;
    Ok(n)
}

/// One output row for a batch that holds (part of) the serial asked for.
fn found_row(b: &Value, holds: &str) -> Value {
    let s = |k: &str| b.get(k).cloned().unwrap_or(Value::Null);
    let status = b.get("status").and_then(Value::as_str).unwrap_or("");
    let current = if status == "split" {
        let kids: Vec<&str> =
            ["left_child_id", "right_child_id"].iter().filter_map(|k| b.get(*k).and_then(Value::as_str)).collect();
        format!("no: split into {}", kids.join(" + "))
    } else {
        "yes".to_string()
    };
    let serial = b.get("serial_number").and_then(Value::as_str).unwrap_or("");
    json!({
        "id": s("id"), "serial_number": s("serial_number"), "status": s("status"), "current": current,
        "holds": holds, "size_kg": b.get("size").and_then(|x| x.get("credit_kgs")).cloned(),
        "owner": b.get("owner").and_then(|o| o.get("name")).cloned(), "project_id": s("project_id"),
        "parent_id": s("parent_id"), "first": serial::parse(serial).map(|x| x.first),
    })
}

/// `rmv_…`: the batches of that removal in the local copy.
fn removal(ctx: &mut Ctx, db: &std::path::Path, id: &str) -> Result<()> {
    let Some((store, snap)) = snapshot_store(db)? else {
        return Err(Error::not_found(format!(
            "The API has no endpoint for removals; run `isoreg sync` so that {id} can be looked up among your batches."
        )));
    };
    let mut st = store
        .conn
        .prepare("SELECT json FROM batches WHERE json_extract(json, '$.removal_id') = ?1")
        .map_err(|e| super::sql::query_error(&store, &e))?;
    let rows = st.query_map([id], |r| r.get::<_, String>(0)).map_err(|e| super::sql::query_error(&store, &e))?;
    let mut found = Vec::new();
    for r in rows {
        let v: Value =
            serde_json::from_str(&r.map_err(|e| super::sql::query_error(&store, &e))?).unwrap_or(Value::Null);
        found.push(found_row(&v, "all"));
    }
    if found.is_empty() {
        return Err(Error::not_found(format!(
            "No credit batch of removal {id} in snapshot {} of {}.",
            snap.id,
            db.display()
        )));
    }
    let mut w = ctx.out.list(&SERIAL_PLAN);
    w.page(found)?;
    w.finish()?;
    ctx.note(&format!("{id} is a removal; those are its credit batches in snapshot {}.", snap.id));
    Ok(())
}

/// Organisations named anywhere in a snapshot.
const ORGS: &str = "SELECT id, name FROM organisation UNION SELECT id, name FROM beneficiaries \
    UNION SELECT id, name FROM transferees UNION SELECT owner_id, owner_name FROM batches \
    UNION SELECT owner_id, owner_name FROM retirements UNION SELECT beneficiary_id, beneficiary_name FROM retirements \
    UNION SELECT from_org_id, from_org_name FROM transfers UNION SELECT to_org_id, to_org_name FROM transfers \
    UNION SELECT to_org_id, to_org_name FROM deliveries UNION SELECT org_id, name FROM suppliers";

async fn by_name(ctx: &mut Ctx, db: &std::path::Path, word: &str) -> Result<()> {
    let (found, source) = match snapshot_store(db)? {
        Some((store, snap)) => {
            let source = format!("From snapshot {} ({}) of {}.", snap.id, snap.taken_at, db.display());
            (names_in_snapshot(&store, word)?, source)
        }
        None => {
            let source = format!(
                "No local copy at {}; searched the live project, supplier and organisation lists.",
                db.display()
            );
            (names_live(ctx, word).await?, source)
        }
    };
    if found.is_empty() {
        return Err(Error::not_found(format!(
            "No project, supplier or organisation name contains '{}'.",
            crate::sanitize::printable(word)
        )));
    }
    let mut w = ctx.out.list(&NAME_PLAN);
    w.page(found)?;
    w.finish()?;
    ctx.note(&source);
    Ok(())
}

fn names_in_snapshot(store: &Store, word: &str) -> Result<Vec<Value>> {
    let pattern = format!("%{}%", word.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
    let sql = format!(
        "SELECT 'project', id, name FROM projects WHERE name LIKE ?1 ESCAPE '\\' \
         UNION ALL SELECT 'supplier', id, name FROM suppliers WHERE name LIKE ?1 ESCAPE '\\' \
         UNION ALL SELECT * FROM (SELECT 'organisation', id, name FROM ({ORGS}) WHERE id IS NOT NULL AND name LIKE ?1 ESCAPE '\\' ORDER BY name)"
    );
    let mut st = store.conn.prepare(&sql).map_err(|e| super::sql::query_error(store, &e))?;
    let rows = st
        .query_map([pattern], |r| {
            Ok(json!({"kind": r.get::<_, String>(0)?, "id": r.get::<_, String>(1)?, "name": r.get::<_, Option<String>>(2)?}))
        })
        .map_err(|e| super::sql::query_error(store, &e))?;
    rows.collect::<std::result::Result<_, _>>().map_err(|e| super::sql::query_error(store, &e))
}

async fn names_live(ctx: &Ctx, word: &str) -> Result<Vec<Value>> {
    let client = ctx.client()?;
    let needle = word.to_lowercase();
    let mut out = Vec::new();
    for list in crate::resource::LISTS.iter().filter(|l| l.find_names) {
        let (kind, name) = (list.shows.name(), list.shows.kind().name_path);
        let mut pager = Pages::new(&client, list.path.into(), vec![], 50, None, Some(10_000));
        while let Some(page) = pager.next_page().await? {
            for v in page.nodes {
                let n = name.iter().try_fold(&v, |cur, k| cur.get(k)).and_then(Value::as_str).unwrap_or("");
                let id = v.get("id").cloned().unwrap_or(Value::Null);
                let row = json!({"kind": kind, "id": id, "name": n});
                if n.to_lowercase().contains(&needle) && !out.contains(&row) {
                    out.push(row);
                }
            }
        }
    }
    Ok(out)
}

/// The examples of `find --help`.
pub const FIND_HELP: &str = "\
Examples:
  isoreg --demo find ctb_RHMUE52F5CXYNL3Y
  isoreg --demo find ISO-1-BSTORE-USA-UVC2-2024-199819-405778
  isoreg --demo find 'ISO-1-BSTORE-USA-UVC2-2024-199819-405778 #200000'
  isoreg --demo find kansas";

/// Arguments of `find`.
#[derive(Debug, Args)]
pub struct FindArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// An id (ctb_…, prj_…), a serial number, a serial and one credit number, or a word.
    #[arg(value_name = "TEXT")]
    pub text: String,
}
