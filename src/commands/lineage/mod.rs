//! `batch lineage ID`: fetches the whole split tree a credit batch belongs to,
//! following parent and child links outward from it one concurrent round at a
//! time (IDs the server sent are percent-encoded into the path, never refused
//! as if a user had typed them), lays it out with [`split_tree`] (which
//! refuses cycles and batches with two parents, at any depth, without
//! recursion), checks in exact kilograms that every split parent equals the sum
//! of its children, and hands the renderer the tree (batches in pre-order, the
//! transaction that moved each, the totals at the leaves), which draws it per
//! format (see [`crate::render::tree`]).

mod dates;
pub mod split_tree;

use super::ctx::Ctx;
use crate::cli::options::Id;
use crate::error::{Error, Result};
use crate::model::{self, Batch};
use crate::quantity::{self, Kg};
use crate::render::{self, tree::Node, tree::Summary};
use serde_json::Value;
use split_tree::{Links, Shape};
use std::collections::{HashMap, HashSet};

/// A fetched split tree: its shape, and each batch's JSON, links and size.
struct FetchedTree {
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

pub async fn run(id: &Id, ctx: &mut Ctx) -> Result<()> {
    let id = id.as_str().to_string();
    let tree = explore(ctx, &id).await?;
    let problems = check_sizes(&tree)?;
    let mut drawn = view(&tree, &id)?;
    if ctx.out.shows_moves() {
        dates::fill(ctx, &mut drawn.nodes).await?;
    }
    ctx.out.tree(&drawn)?;
    if problems.is_empty() {
        return Ok(());
    }
    for p in &problems {
        ctx.term.line(&format!("size mismatch: {p}"));
    }
    Err(Error::check(format!("{} split(s) in this tree do not add up; see above.", problems.len())))
}

/// Fetches every batch linked to `start` by parent and child links: each round
/// fetches, concurrently and with one client, all the batches the previous
/// round referred to and that are not known yet. Rounds = the distance to the
/// farthest batch; no batch is fetched twice.
async fn explore(ctx: &Ctx, start: &str) -> Result<FetchedTree> {
    let mut bar = ctx.progress("credit batches in the split tree");
    let (mut nodes, mut links, mut sizes) = (HashMap::new(), HashMap::new(), HashMap::new());
    let mut wanted = vec![start.to_string()];
    for round in 0.. {
        if wanted.is_empty() {
            break;
        }
        if round == MAX_DEPTH {
            return Err(Error::bad_answer(format!(
                "This split tree reaches more than {MAX_DEPTH} levels from {}; isoreg stopped.",
                crate::sanitize::printable(start)
            )));
        }
        if nodes.len() + wanted.len() > MAX_TREE {
            return Err(Error::bad_answer(format!(
                "This split tree has more than {MAX_TREE} batches; isoreg stopped."
            )));
        }
        let paths =
            wanted.iter().map(|c| crate::resource::Resource::CreditBatch.item_path(c)).collect::<Result<_>>()?;
        bar.message(&format!("credit batches in the split tree (level {})", round + 1));
        let answers = ctx.get_each(paths, &mut bar, nodes.len() as u64, None).await?;
        let answers = answers.into_iter().collect::<Result<Vec<_>>>()?;
        let mut fresh = Vec::with_capacity(wanted.len());
        for (asked, v) in wanted.iter().zip(answers) {
            let b: Batch = model::read(&v, "credit batch")?;
            if b.id != *asked {
                return Err(Error::bad_answer(format!(
                    "Asked for credit batch {}, the server answered with {}.",
                    crate::sanitize::printable(asked),
                    crate::sanitize::printable(&b.id)
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
    bar.finish();
    let shape = split_tree::shape(start, &links)?;
    Ok(FetchedTree { shape, nodes, links, sizes })
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

fn children<'t>(tree: &'t FetchedTree, id: &str) -> Vec<&'t String> {
    tree.links.get(id).map(|l| l.children().collect()).unwrap_or_default()
}

fn size(tree: &FetchedTree, id: &str) -> Kg {
    tree.sizes.get(id).copied().unwrap_or_default()
}

/// Every split parent whose children do not add up to it, in tree order.
fn check_sizes(tree: &FetchedTree) -> Result<Vec<String>> {
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
                    crate::sanitize::printable(&row.id),
                    i128::MAX
                ))
            })?;
        }
        let parent = size(tree, &row.id);
        if parent != sum {
            let names: Vec<String> = kids.iter().map(|k| crate::sanitize::printable(k)).collect();
            problems.push(format!(
                "{} is {} t but its children {} add up to {} t",
                crate::sanitize::printable(&row.id),
                quantity::tonnes(parent.get()),
                names.join(" + "),
                quantity::tonnes(sum.get())
            ));
        }
    }
    Ok(problems)
}

/// The tree as the renderer takes it: batches in pre-order with their
/// children, the transaction that moved each, and the totals at the leaves.
fn view(tree: &FetchedTree, asked: &str) -> Result<render::tree::Tree> {
    let at: HashMap<&str, usize> = tree.shape.rows.iter().enumerate().map(|(i, r)| (r.id.as_str(), i)).collect();
    let nodes = tree
        .shape
        .rows
        .iter()
        .map(|r| {
            let record = tree.nodes.get(&r.id).cloned().unwrap_or(Value::Null);
            Node {
                id: r.id.clone(),
                depth: r.depth,
                parent: r.parent.clone(),
                children: children(tree, &r.id).iter().filter_map(|k| at.get(k.as_str()).copied()).collect(),
                moved: dates::moved(&record),
                record,
            }
        })
        .collect();
    let summary = summary(tree)?;
    Ok(render::tree::Tree { nodes, asked: asked.to_string(), summary })
}

/// How many batches, and per status the leaves' count and exact total.
fn summary(tree: &FetchedTree) -> Result<Summary> {
    let mut leaves: Vec<(String, usize, Kg)> = vec![("active".into(), 0, Kg::ZERO), ("retired".into(), 0, Kg::ZERO)];
    for row in tree.shape.rows.iter().filter(|r| children(tree, &r.id).is_empty()) {
        let status = tree.nodes.get(&row.id).and_then(|v| v.get("status")).and_then(Value::as_str).unwrap_or("?");
        let i = match leaves.iter().position(|l| l.0 == status) {
            Some(i) => i,
            None => {
                leaves.push((status.to_string(), 0, Kg::ZERO));
                leaves.len() - 1
            }
        };
        leaves[i].1 += 1;
        leaves[i].2 = leaves[i].2.checked_add(size(tree, &row.id)).ok_or_else(|| {
            Error::bad_answer(format!(
                "The sizes of the {status} credit batches of this tree add up to more than {} kg; the server's quantities are impossible.",
                i128::MAX
            ))
        })?;
    }
    Ok(Summary { count: tree.shape.rows.len(), leaves })
}
