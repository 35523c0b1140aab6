//! The transaction that moved each batch of a split tree, and its date: taken
//! from the batch itself (`retirement_id`/`retired_at`, `transfer_id`/
//! `transferred_at`, `delivery_id`/`delivered_at`; the latest kind wins), and
//! fetched only when the batch names a transaction without its date: each
//! distinct one once, concurrently, bounded by `--concurrency`. A transaction
//! that cannot be fetched leaves its date blank, with one note on stderr.

use super::super::ctx::Ctx;
use crate::error::Result;
use crate::ids;
use crate::render::tree::{Move, Node};
use serde_json::Value;
use std::collections::HashMap;

/// A kind of transaction a batch may name: its ID field and its date field
/// (on the batch and on the transaction), and the collection to fetch it from.
struct MoveKind {
    id_field: &'static str,
    at_field: &'static str,
    collection: &'static str,
}

/// The kinds the resource registry says a batch may name, latest first
/// (retirement, then transfer, then delivery).
fn kinds() -> impl Iterator<Item = MoveKind> {
    crate::resource::KINDS
        .iter()
        .filter_map(|k| k.moved.map(|(id_field, at_field)| MoveKind { id_field, at_field, collection: k.collection }))
}

/// The latest transaction a batch names (retirement, then transfer, then delivery).
pub fn moved(batch: &Value) -> Option<Move> {
    kinds().find_map(|k| {
        let id = batch.get(k.id_field)?.as_str()?;
        let at = batch.get(k.at_field).and_then(Value::as_str).map(str::to_string);
        Some(Move { id: id.to_string(), at })
    })
}

/// Fetches the date of every transaction named without one, each distinct one once.
pub async fn fill(ctx: &Ctx, nodes: &mut [Node]) -> Result<()> {
    let mut wanted: Vec<(String, String, &str)> = Vec::new();
    for n in nodes.iter() {
        let Some((m, kind)) = undated(n) else { continue };
        if !wanted.iter().any(|w| w.0 == m.id) {
            let path = format!("/{}/{}", kind.collection, ids::segment(&m.id)?);
            wanted.push((m.id.clone(), path, kind.at_field));
        }
    }
    if wanted.is_empty() {
        return Ok(());
    }
    let dates = fetch(ctx, wanted).await?;
    for m in nodes.iter_mut().filter_map(|n| n.moved.as_mut()).filter(|m| m.at.is_none()) {
        m.at = dates.get(&m.id).cloned();
    }
    Ok(())
}

/// GETs each `(id, path, date field)` concurrently; the dates found, by ID.
/// Transactions that cannot be fetched get one note on stderr.
async fn fetch(ctx: &Ctx, wanted: Vec<(String, String, &str)>) -> Result<HashMap<String, String>> {
    let paths = wanted.iter().map(|(_, path, _)| path.clone()).collect();
    let mut bar = ctx.progress("transactions, for the dates of the splits");
    let total = Some(wanted.len() as u64);
    let answers = ctx.get_each(paths, &mut bar, 0, total).await?;
    bar.finish();
    let mut dates = HashMap::new();
    let mut failed = Vec::new();
    for ((id, _, field), got) in wanted.into_iter().zip(answers) {
        match got {
            Ok(v) => {
                if let Some(at) = v.get(field).and_then(Value::as_str) {
                    dates.insert(id, at.to_string());
                }
            }
            Err(e) => failed.push(e.to_string()),
        }
    }
    if let Some(first) = failed.first() {
        ctx.note(&format!("{} transaction(s) could not be fetched for their dates: {first}", failed.len()));
    }
    Ok(dates)
}

/// A node's transaction when it has no date, with the kind it came from.
fn undated(n: &Node) -> Option<(&Move, MoveKind)> {
    let m = n.moved.as_ref().filter(|m| m.at.is_none())?;
    let kind = kinds().find(|k| n.record.get(k.id_field).and_then(Value::as_str) == Some(m.id.as_str()))?;
    Some((m, kind))
}
