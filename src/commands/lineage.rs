//! `batch lineage ID`: fetches the whole split tree a credit batch belongs to,
//! following parent and child links outward from it one concurrent round at a
//! time (IDs the server sent are percent-encoded into the path, never refused
//! as if a user had typed them), lays it out with [`crate::split_tree`] (which
//! refuses cycles and batches with two parents, at any depth, without
//! recursion), checks in exact kilograms that every split parent equals the sum
//! of its children, and prints the tree from its root: nested JSON (built
//! without recursion, up to [`MAX_NESTED_DEPTH`] levels), or one row per batch
//! with its depth and parent (any depth).

use super::Ctx;
use super::batch::fetch_with;
use crate::error::{Error, Result};
use crate::ids::{self, Resource};
use crate::model::{self, Batch};
use crate::quantity::{self, Kg};
use crate::render::{ColKind, Format, Plan, col};
use crate::split_tree::{self, Links, Shape};
use serde_json::{Value, json};
use std::collections::{HashMap, HashSet};

/// One row per batch, with its depth in the tree.
pub const ROWS: Plan = Plan {
    columns: &[
        col("BATCH", "tree", ColKind::Id),
        col("STATUS", "status", ColKind::Status),
        col("SIZE", "size", ColKind::Qty),
        col("OWNER", "owner.name", ColKind::Text),
        col("RETIREMENT", "retirement_id", ColKind::Ref),
    ],
    detail: &[],
    fields: &[],
};

/// A fetched split tree: its shape, and each batch's JSON, links and size.
struct Tree {
    shape: Shape,
    nodes: HashMap<String, Value>,
    links: HashMap<String, Links>,
    sizes: HashMap<String, Kg>,
}

/// The most batches one tree may have before isoreg stops exploring it.
pub const MAX_TREE: usize = 100_000;

/// The most rounds of requests (levels up and down from the batch asked for)
/// before isoreg stops exploring: each is a network round trip, so a server
/// that invents ever deeper batches cannot keep isoreg busy for hours.
pub const MAX_DEPTH: usize = 10_000;

/// The deepest tree `-o json` nests (each level is two levels of JSON; most
/// JSON readers stop near 1,000). Deeper trees are exit 6 with a pointer to
/// `-o jsonl`/`-o csv`, which print any depth.
pub const MAX_NESTED_DEPTH: usize = 500;

/// Table labels are indented by depth up to this many levels; deeper ones show `[depth]`.
const MAX_INDENT: usize = 32;

pub async fn run(raw_id: &str, ctx: &mut Ctx) -> Result<()> {
    let id = ids::check(raw_id, Resource::CreditBatch)?;
    let tree = explore(ctx, &id).await?;
    let problems = check_sizes(&tree)?;
    match ctx.out.opts.format {
        Format::Json => ctx.out.one(&nested(&tree)?, &crate::render::RAW)?,
        _ => {
            let rows = flat(&tree);
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
/// fetches, concurrently and with one client, all the batches the previous
/// round referred to and that are not known yet. Rounds = the distance to the
/// farthest batch; no batch is fetched twice.
async fn explore(ctx: &Ctx, start: &str) -> Result<Tree> {
    let client = ctx.client()?;
    let concurrency = ctx.global.concurrency as usize;
    let (mut nodes, mut links, mut sizes) = (HashMap::new(), HashMap::new(), HashMap::new());
    let mut wanted = vec![start.to_string()];
    for round in 0.. {
        if wanted.is_empty() {
            break;
        }
        if round == MAX_DEPTH {
            return Err(Error::bad_answer(format!(
                "This split tree reaches more than {MAX_DEPTH} levels from {}; isoreg stopped.",
                ids::printable(start)
            )));
        }
        if nodes.len() + wanted.len() > MAX_TREE {
            return Err(Error::bad_answer(format!(
                "This split tree has more than {MAX_TREE} batches; isoreg stopped."
            )));
        }
        let paths =
            wanted.iter().map(|c| Ok(format!("/credit_batches/{}", ids::segment(c)?))).collect::<Result<_>>()?;
        let answers = fetch_with(&client, paths, concurrency).await?;
        let mut fresh = Vec::with_capacity(wanted.len());
        for (asked, v) in wanted.iter().zip(answers) {
            let b: Batch = model::read(&v, "credit batch")?;
            if b.id != *asked {
                return Err(Error::bad_answer(format!(
                    "Asked for credit batch {}, the server answered with {}.",
                    ids::printable(asked),
                    ids::printable(&b.id)
                )));
            }
            let l = Links { parent: b.parent_id, left: b.left_child_id, right: b.right_child_id };
            links.insert(b.id.clone(), l);
            sizes.insert(b.id.clone(), b.size.credit_kgs);
            nodes.insert(b.id.clone(), v);
            fresh.push(b.id);
        }
        wanted = unknown_links(&fresh, &links);
    }
    let shape = split_tree::shape(start, &links)?;
    Ok(Tree { shape, nodes, links, sizes })
}

/// The parent and child IDs of the `fresh` batches that are not fetched yet, without repeats.
fn unknown_links(fresh: &[String], links: &HashMap<String, Links>) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for l in fresh.iter().filter_map(|id| links.get(id)) {
        for link in l.parent.iter().chain(l.children()) {
            if !links.contains_key(link) && seen.insert(link) {
                out.push(link.clone());
            }
        }
    }
    out
}

fn children<'t>(tree: &'t Tree, id: &str) -> Vec<&'t String> {
    tree.links.get(id).map(|l| l.children().collect()).unwrap_or_default()
}

fn size(tree: &Tree, id: &str) -> Kg {
    tree.sizes.get(id).copied().unwrap_or_default()
}

/// Every split parent whose children do not add up to it, in tree order.
fn check_sizes(tree: &Tree) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    for row in &tree.shape.rows {
        let kids = children(tree, &row.id);
        if kids.is_empty() {
            continue;
        }
        let mut sum = Kg::ZERO;
        for k in &kids {
            sum = sum.checked_add(size(tree, k)).ok_or_else(|| {
                Error::bad_answer(format!(
                    "The size.credit_kgs of the children of credit batch {} add up to more than {} kg; the server's quantities are impossible.",
                    ids::printable(&row.id),
                    i128::MAX
                ))
            })?;
        }
        let parent = size(tree, &row.id);
        if parent != sum {
            let names: Vec<String> = kids.iter().map(|k| ids::printable(k)).collect();
            problems.push(format!(
                "{} is {} t but its children {} add up to {} t",
                ids::printable(&row.id),
                quantity::tonnes(parent.get()),
                names.join(" + "),
                quantity::tonnes(sum.get())
            ));
        }
    }
    Ok(problems)
}

/// The tree as one nested JSON value (each batch with its `children`), built
/// from the leaves up without recursion.
fn nested(tree: &Tree) -> Result<Value> {
    let depth = tree.shape.depth();
    if depth > MAX_NESTED_DEPTH {
        return Err(Error::bad_answer(format!(
            "This split tree is {depth} levels deep; nested JSON stops at {MAX_NESTED_DEPTH} levels, as deep as most JSON readers go. Use -o jsonl or -o csv for one batch per line with its depth and parent."
        )));
    }
    let mut built: HashMap<&str, Value> = HashMap::with_capacity(tree.shape.rows.len());
    for row in tree.shape.rows.iter().rev() {
        let mut v = tree.nodes.get(&row.id).cloned().unwrap_or(Value::Null);
        let kids: Vec<Value> = children(tree, &row.id).iter().filter_map(|k| built.remove(k.as_str())).collect();
        if let Value::Object(m) = &mut v {
            m.insert("children".into(), Value::Array(kids));
        }
        built.insert(&row.id, v);
    }
    Ok(built.remove(tree.shape.root.as_str()).unwrap_or(Value::Null))
}

/// One row per batch in tree order: an indented label, depth, parent, then the batch's fields.
fn flat(tree: &Tree) -> Vec<Value> {
    let mut rows = Vec::with_capacity(tree.shape.rows.len());
    for r in &tree.shape.rows {
        let Some(Value::Object(b)) = tree.nodes.get(&r.id) else { continue };
        let mut row = json!({"tree": label(&r.id, r.depth), "depth": r.depth, "parent": r.parent});
        if let Value::Object(m) = &mut row {
            m.extend(b.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        rows.push(row);
    }
    rows
}

/// `  ctb_…` indented by depth; past [`MAX_INDENT`] levels, `[depth] ctb_…`.
fn label(id: &str, depth: usize) -> String {
    let indent = "  ".repeat(depth.min(MAX_INDENT));
    if depth > MAX_INDENT { format!("{indent}[{depth}] {id}") } else { format!("{indent}{id}") }
}
