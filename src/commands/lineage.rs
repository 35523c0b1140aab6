//! `batch lineage ID`: fetches the whole split tree a credit batch belongs to,
//! following parent and child links outward from it one concurrent round at a
//! time, checks that every split parent equals the sum of its children, and
//! prints the tree from its root.

use super::Ctx;
use super::batch::fetch_all;
use crate::error::{Error, Result};
use crate::ids::{self, Resource};
use crate::model::{self, Batch};
use crate::quantity;
use crate::render::{ColKind, Format, Plan, col};
use serde_json::{Value, json};
use std::collections::HashMap;

/// One row per batch, with its depth in the tree.
pub const ROWS: Plan = Plan {
    columns: &[
        col("BATCH", "tree", ColKind::Id),
        col("STATUS", "status", ColKind::Status),
        col("SIZE", "size", ColKind::Qty),
        col("OWNER", "owner.name", ColKind::Text),
        col("RETIREMENT", "retirement_id", ColKind::Text),
    ],
    detail: &[],
    fields: &[],
};

struct Tree {
    root: String,
    nodes: HashMap<String, Value>,
}

/// The most batches one tree may have before isoreg stops exploring it.
pub const MAX_TREE: usize = 100_000;

pub async fn run(raw_id: &str, ctx: &mut Ctx) -> Result<()> {
    let id = ids::check(raw_id, Resource::CreditBatch)?;
    let start = ctx.get(&format!("/credit_batches/{id}")).await?;
    let tree = explore(ctx, start).await?;
    let problems = check_sizes(&tree);
    match ctx.out.opts.format {
        Format::Json => ctx.out.one(&nested(&tree, &tree.root), &crate::render::RAW)?,
        _ => {
            let mut rows = Vec::new();
            flatten(&tree, &tree.root, None, 0, &mut rows);
            let mut w = ctx.out.list(&ROWS);
            w.page(rows)?;
            w.finish()?;
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    for p in &problems {
        crate::say!("size mismatch: {p}");
    }
    Err(Error::check(format!("{} split(s) in this tree do not add up; see above.", problems.len())))
}

/// Fetches every batch linked to `start` by parent and child links: each round
/// fetches, concurrently, all the batches the previous round referred to and
/// that are not known yet. Rounds = the distance to the farthest batch.
async fn explore(ctx: &Ctx, start: Value) -> Result<Tree> {
    let first: Batch = model::read(&start, "credit batch")?;
    let start_id = first.id.clone();
    let mut nodes = HashMap::from([(start_id.clone(), start)]);
    let mut fresh = vec![first];
    while !fresh.is_empty() {
        let wanted = unknown_links(&fresh, &nodes)?;
        if nodes.len() + wanted.len() > MAX_TREE {
            return Err(Error::bad_answer(format!(
                "This split tree has more than {MAX_TREE} batches; isoreg stopped."
            )));
        }
        let paths = wanted.iter().map(|c| format!("/credit_batches/{c}")).collect();
        fresh = Vec::with_capacity(wanted.len());
        for v in fetch_all(ctx, paths).await? {
            let b: Batch = model::read(&v, "credit batch")?;
            nodes.insert(b.id.clone(), v);
            fresh.push(b);
        }
    }
    let root = root_of(&start_id, &nodes)?;
    Ok(Tree { root, nodes })
}

/// The parent and child IDs of `batches` that are not in `known`, checked and without repeats.
fn unknown_links(batches: &[Batch], known: &HashMap<String, Value>) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for b in batches {
        for link in [&b.parent_id, &b.left_child_id, &b.right_child_id].into_iter().flatten() {
            if !known.contains_key(link) && !out.contains(link) {
                out.push(ids::check(link, Resource::CreditBatch)?);
            }
        }
    }
    Ok(out)
}

/// Walks parent links inside the fetched tree up to the batch without a parent.
fn root_of(start: &str, nodes: &HashMap<String, Value>) -> Result<String> {
    let mut cur = start.to_string();
    for _ in 0..=nodes.len() {
        let parent = nodes.get(&cur).and_then(|v| v.get("parent_id")).and_then(Value::as_str);
        match parent {
            Some(p) if nodes.contains_key(p) => cur = p.to_string(),
            _ => return Ok(cur),
        }
    }
    Err(Error::bad_answer("The parent links of this credit batch form a cycle."))
}

fn children_of(tree: &Tree, id: &str) -> Vec<String> {
    let Some(v) = tree.nodes.get(id) else { return vec![] };
    ["left_child_id", "right_child_id"]
        .iter()
        .filter_map(|k| v.get(*k).and_then(Value::as_str).map(str::to_string))
        .filter(|c| tree.nodes.contains_key(c))
        .collect()
}

fn kgs(tree: &Tree, id: &str) -> Option<i64> {
    tree.nodes.get(id)?.get("size")?.get("credit_kgs")?.as_i64()
}

fn check_sizes(tree: &Tree) -> Vec<String> {
    let mut problems = Vec::new();
    let mut ids: Vec<&String> = tree.nodes.keys().collect();
    ids.sort();
    for id in ids {
        let kids = children_of(tree, id);
        if kids.is_empty() {
            continue;
        }
        let parent = kgs(tree, id).unwrap_or(0);
        let sum: i64 = kids.iter().filter_map(|k| kgs(tree, k)).sum();
        if parent != sum {
            problems.push(format!(
                "{id} is {} t but its children {} add up to {} t",
                quantity::tonnes(parent),
                kids.join(" + "),
                quantity::tonnes(sum)
            ));
        }
    }
    problems
}

fn nested(tree: &Tree, id: &str) -> Value {
    let mut v = tree.nodes.get(id).cloned().unwrap_or(Value::Null);
    let kids: Vec<Value> = children_of(tree, id).iter().map(|k| nested(tree, k)).collect();
    if let Value::Object(m) = &mut v {
        m.insert("children".into(), Value::Array(kids));
    }
    v
}

fn flatten(tree: &Tree, id: &str, parent: Option<&str>, depth: usize, out: &mut Vec<Value>) {
    let Some(v) = tree.nodes.get(id) else { return };
    let label = format!("{}{id}", "  ".repeat(depth));
    let mut row = json!({"tree": label, "depth": depth, "parent": parent});
    if let (Value::Object(r), Value::Object(b)) = (&mut row, v) {
        for (k, val) in b {
            r.insert(k.clone(), val.clone());
        }
    }
    out.push(row);
    for k in children_of(tree, id) {
        flatten(tree, &k, Some(id), depth + 1, out);
    }
}
