//! `batch lineage ID`: walks `parent_id` up to the root of a split tree, then
//! fetches the tree down level by level (each level concurrently), checks that
//! every split parent equals the sum of its children, and prints the tree.

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

pub async fn run(raw_id: &str, ctx: &mut Ctx) -> Result<()> {
    let id = ids::check(raw_id, Resource::CreditBatch)?;
    let root = walk_up(ctx, &id).await?;
    let tree = walk_down(ctx, root).await?;
    let problems = check_sizes(&tree)?;
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
        eprintln!("size mismatch: {p}");
    }
    Err(Error::check(format!("{} split(s) in this tree do not add up; see above.", problems.len())))
}

async fn walk_up(ctx: &Ctx, start: &str) -> Result<Value> {
    let mut cur = ctx.get(&format!("/credit_batches/{start}")).await?;
    for _ in 0..10_000 {
        let b: Batch = model::read(&cur, "credit batch")?;
        let Some(parent) = b.parent_id else { return Ok(cur) };
        let parent = ids::check(&parent, Resource::CreditBatch)?;
        cur = ctx.get(&format!("/credit_batches/{parent}")).await?;
    }
    Err(Error::bad_answer("The parent links of this credit batch form a cycle."))
}

async fn walk_down(ctx: &Ctx, root: Value) -> Result<Tree> {
    let root_b: Batch = model::read(&root, "credit batch")?;
    let root_id = root_b.id.clone();
    let mut nodes = HashMap::from([(root_id.clone(), root)]);
    let mut level = vec![root_b];
    while !level.is_empty() {
        let mut child_ids = Vec::new();
        for b in &level {
            for c in [&b.left_child_id, &b.right_child_id].into_iter().flatten() {
                if !nodes.contains_key(c) {
                    child_ids.push(ids::check(c, Resource::CreditBatch)?);
                }
            }
        }
        let paths = child_ids.iter().map(|c| format!("/credit_batches/{c}")).collect();
        let children = fetch_all(ctx, paths).await?;
        level = Vec::with_capacity(children.len());
        for v in children {
            let b: Batch = model::read(&v, "credit batch")?;
            nodes.insert(b.id.clone(), v);
            level.push(b);
        }
    }
    Ok(Tree { root: root_id, nodes })
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

fn check_sizes(tree: &Tree) -> Result<Vec<String>> {
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
    Ok(problems)
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
