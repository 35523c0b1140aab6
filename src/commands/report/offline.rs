//! A report's [`ReportInput`] from the local copy (`--db FILE`): one snapshot (the
//! latest, or `--snapshot N`), opened read-only through [`open`], the one
//! place this command opens the store. The records are the server's JSON as
//! synced, read into the same types as online, so both paths compute the same
//! figures. The organisation must be the one the snapshot was taken for (the
//! local copy holds that organisation's balance, batches and orders only).

use super::figures::ReportKind;
use super::input::{DataSource, ReportInput};
use crate::error::{Error, Result};
use crate::model::{self, OrgBalance};
use crate::store::Store;
use serde::de::DeserializeOwned;
use std::collections::HashMap;
use std::path::Path;

/// Opens the local copy read-only, with the views of `snapshot` (or the latest). A report
/// scans every credit batch record once, so the file is read through a memory map (no copy
/// per page; nothing is written).
pub fn open(path: &Path, snapshot: Option<i64>) -> Result<Store> {
    let store = crate::commands::local::sql::open(path, snapshot)?;
    store.conn.pragma_update(None, "mmap_size", MMAP_BYTES).map_err(|e| store.err(&e))?;
    Ok(store)
}

/// How much of the file SQLite may map (it maps no more than the file's size).
const MMAP_BYTES: i64 = 1 << 40;

/// Reads everything a report of `kind` needs from the copy at `path`.
pub fn read(path: &Path, snapshot: Option<i64>, org: Option<&str>, kind: ReportKind) -> Result<ReportInput> {
    let store = open(path, snapshot)?;
    let snap = store.snapshot(snapshot)?;
    let Some(own) = snap.org_id.clone() else {
        return Err(Error::local(format!(
            "Snapshot {} of {} holds no organisation's data; run `isoreg sync` with a token.",
            snap.id,
            path.display()
        )));
    };
    if let Some(o) = org.filter(|o| *o != own) {
        return Err(Error::usage(format!(
            "The local copy {} holds the data of {own}, not {}; report on {own}, or report on {} online (without --db).",
            path.display(),
            crate::sanitize::printable(o),
            crate::sanitize::printable(o)
        )));
    }
    let base: String = store
        .conn
        .query_row("SELECT base_url FROM main.snapshot WHERE id = ?1", [snap.id], |r| r.get(0))
        .map_err(|e| store.err(&e))?;
    let status = if kind == ReportKind::Retirements { "retired" } else { "active" };
    let mut input = ReportInput {
        org_id: own.clone(),
        org_name: one_text(&store, "SELECT json_extract(json, '$.name') FROM _organisation LIMIT 1")?,
        source: DataSource {
            registry: base,
            data_time: snap.taken_at.clone(),
            snapshot: Some((snap.id, path.display().to_string())),
        },
        batches: rows(
            &store,
            // `instr` skips other owners' batches before SQLite parses their JSON; json_extract decides.
            "SELECT json FROM _batch WHERE instr(json, ?1) AND json_extract(json, '$.owner.id') = ?1 \
             AND json_extract(json, '$.status') = ?2",
            &[&own, status],
            "credit batch",
        )?,
        retirements: match kind {
            ReportKind::Retirements => rows(
                &store,
                "SELECT json FROM _retirement WHERE json_extract(json, '$.owner.id') = ?1",
                &[&own],
                "retirement",
            )?,
            ReportKind::Holdings => vec![],
        },
        orders: match kind {
            ReportKind::Holdings => rows(&store, "SELECT json FROM _order", &[], "order")?,
            ReportKind::Retirements => vec![],
        },
        projects: HashMap::new(),
        suppliers: HashMap::new(),
        balance: balance(&store, path, snap.id)?,
    };
    let projects: Vec<super::input::ReportProject> = rows(&store, "SELECT json FROM _project", &[], "project")?;
    input.projects = projects.into_iter().map(|p| (p.id.clone(), p)).collect();
    input.suppliers = suppliers(&store)?;
    input.suppliers_from_projects();
    Ok(input)
}

/// One text value (or none).
fn one_text(store: &Store, sql: &str) -> Result<Option<String>> {
    use rusqlite::OptionalExtension;
    let v: Option<Option<String>> =
        store.conn.query_row(sql, [], |r| r.get(0)).optional().map_err(|e| store.err(&e))?;
    Ok(v.flatten())
}

/// The records a query's `json` column holds, read as `T`.
fn rows<T: DeserializeOwned>(store: &Store, sql: &str, args: &[&str], what: &str) -> Result<Vec<T>> {
    let mut st = store.conn.prepare(sql).map_err(|e| store.err(&e))?;
    let mut q = st.query(rusqlite::params_from_iter(args.iter())).map_err(|e| store.err(&e))?;
    let mut out = Vec::new();
    while let Some(r) = q.next().map_err(|e| store.err(&e))? {
        let text = r.get_ref(0).and_then(|v| Ok(v.as_str()?)).map_err(|e| store.err(&e))?;
        out.push(parse(text, what)?);
    }
    Ok(out)
}

/// One record's JSON as `T`; on failure, parsed again to say where it is wrong.
fn parse<T: DeserializeOwned>(text: &str, what: &str) -> Result<T> {
    serde_json::from_str(text).or_else(|_| {
        let mut de = serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize(&mut de).map_err(|e| {
            Error::bad_answer(format!("A {what} in the local copy cannot be read: {} at `{}`.", e.inner(), e.path()))
        })
    })
}

/// The organisation's credit balance in the snapshot.
fn balance(store: &Store, path: &Path, snap: i64) -> Result<OrgBalance> {
    let text = one_text(store, "SELECT json FROM _balance LIMIT 1")?.ok_or_else(|| {
        Error::local(format!(
            "Snapshot {snap} of {} has no credit balance to check the report against.",
            path.display()
        ))
    })?;
    let v: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| Error::bad_answer(format!("The credit balance in the local copy cannot be read: {e}.")))?;
    model::read(&v, "credit balance")
}

/// Supplier names by id.
fn suppliers(store: &Store) -> Result<HashMap<String, String>> {
    let mut st = store
        .conn
        .prepare("SELECT id, json_extract(json, '$.organisation.name') FROM _supplier")
        .map_err(|e| store.err(&e))?;
    let mut q = st.query([]).map_err(|e| store.err(&e))?;
    let mut out = HashMap::new();
    while let Some(r) = q.next().map_err(|e| store.err(&e))? {
        let (id, name): (String, Option<String>) =
            (r.get(0).map_err(|e| store.err(&e))?, r.get(1).map_err(|e| store.err(&e))?);
        if let Some(n) = name {
            out.insert(id, n);
        }
    }
    Ok(out)
}
