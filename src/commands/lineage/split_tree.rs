//! The shape of a credit batch's split tree, as a pure function of the
//! batches' links (no HTTP, no output): which batch is the root, and every
//! batch in pre-order (left child before right) with its depth and parent.
//!
//! Nothing here recurses, so a chain of any depth is safe. A graph that is not
//! a tree is refused with one sentence naming the ids (a bad answer, exit 6):
//! a batch that is its own parent or child, a cycle, a child claimed by two
//! parents (by child links or by its `parent_id`), and a link to a batch that
//! is not among the ones given.

use crate::error::{Error, Result};
use crate::sanitize::printable;
use std::collections::{HashMap, HashSet};

/// The split links of one batch, as the server sent them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Links {
    pub parent: Option<String>,
    pub left: Option<String>,
    pub right: Option<String>,
}

impl Links {
    /// The child links, left first.
    pub fn children(&self) -> impl Iterator<Item = &String> {
        self.left.iter().chain(self.right.iter())
    }
}

/// One batch of the tree: its id, depth (the root is 0) and parent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub depth: usize,
    pub parent: Option<String>,
}

/// A checked tree: its root and every batch in pre-order.
#[derive(Debug, Clone)]
pub struct Shape {
    pub root: String,
    pub rows: Vec<Row>,
}

impl Shape {
    /// The depth of the deepest batch (0 for a lone batch).
    pub fn depth(&self) -> usize {
        self.rows.iter().map(|r| r.depth).max().unwrap_or(0)
    }
}

/// Checks that `links` (every batch linked to `start`, by id) form one tree and
/// lays it out from its root.
pub fn shape(start: &str, links: &HashMap<String, Links>) -> Result<Shape> {
    if !links.contains_key(start) {
        return Err(Error::bad_answer(format!("Credit batch {} is not among the batches fetched.", printable(start))));
    }
    let parent_of = parents(links)?;
    let root = climb(start, &parent_of)?;
    let rows = walk(&root, links)?;
    if rows.len() < links.len() {
        let reached: HashSet<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        let mut stray: Vec<&String> = links.keys().filter(|k| !reached.contains(k.as_str())).collect();
        stray.sort();
        return Err(Error::bad_answer(format!(
            "{} credit batch(es) linked to this tree, such as {}, cannot be reached from its root {}: their links form a cycle.",
            stray.len(),
            printable(stray[0]),
            printable(&root)
        )));
    }
    Ok(Shape { root, rows })
}

/// Each child's one parent, from the child links, cross-checked with `parent_id`.
fn parents(links: &HashMap<String, Links>) -> Result<HashMap<&str, &str>> {
    let mut ids: Vec<&String> = links.keys().collect();
    ids.sort();
    let mut parent_of: HashMap<&str, &str> = HashMap::with_capacity(links.len());
    for id in &ids {
        for child in links[*id].children() {
            if child == *id {
                return Err(bad(format!("Credit batch {} names itself as its own child.", printable(id))));
            }
            if !links.contains_key(child) {
                return Err(missing(id, child));
            }
            if let Some(other) = parent_of.insert(child, id) {
                return Err(two_parents(child, other, id));
            }
        }
    }
    for id in &ids {
        let Some(p) = &links[*id].parent else { continue };
        match parent_of.get(id.as_str()) {
            _ if p == *id => {
                return Err(bad(format!("Credit batch {} names itself as its own parent.", printable(id))));
            }
            Some(q) if *q == p => {}
            Some(q) => return Err(two_parents(id, p, q)),
            None if !links.contains_key(p) => return Err(missing(id, p)),
            None => {
                return Err(bad(format!(
                    "Credit batch {} names {} as its parent, but {} does not list it as a child.",
                    printable(id),
                    printable(p),
                    printable(p)
                )));
            }
        }
    }
    Ok(parent_of)
}

/// Walks parent links up from `start` to the root; coming back to a batch is a cycle.
fn climb(start: &str, parent_of: &HashMap<&str, &str>) -> Result<String> {
    let mut path: Vec<&str> = vec![start];
    let mut seen: HashSet<&str> = HashSet::from([start]);
    let mut cur = start;
    while let Some(&p) = parent_of.get(cur) {
        if !seen.insert(p) {
            let from = path.iter().position(|x| *x == p).unwrap_or(0);
            let mut ring: Vec<String> = path[from..].iter().take(6).map(|x| printable(x)).collect();
            if path.len() - from > 6 {
                ring.push("…".into());
            }
            ring.push(printable(p));
            return Err(bad(format!("The split links of these credit batches form a cycle: {}.", ring.join(" → "))));
        }
        path.push(p);
        cur = p;
    }
    Ok(cur.to_string())
}

/// Every batch under `root` in pre-order, with an explicit stack.
fn walk(root: &str, links: &HashMap<String, Links>) -> Result<Vec<Row>> {
    let mut rows = Vec::with_capacity(links.len());
    let mut seen: HashSet<&str> = HashSet::with_capacity(links.len());
    let mut stack: Vec<(&str, usize, Option<&str>)> = vec![(root, 0, None)];
    while let Some((id, depth, parent)) = stack.pop() {
        if !seen.insert(id) {
            return Err(bad(format!("Credit batch {} is reached twice in its split tree.", printable(id))));
        }
        rows.push(Row { id: id.to_string(), depth, parent: parent.map(str::to_string) });
        let Some(l) = links.get(id) else { continue };
        let kids: Vec<&String> = l.children().collect();
        for k in kids.into_iter().rev() {
            stack.push((k, depth + 1, Some(id)));
        }
    }
    Ok(rows)
}

fn bad(m: String) -> Error {
    Error::bad_answer(m)
}

fn missing(id: &str, link: &str) -> Error {
    bad(format!("Credit batch {} links to {}, which is not among the batches fetched.", printable(id), printable(link)))
}

fn two_parents(child: &str, a: &str, b: &str) -> Error {
    if a == b {
        return bad(format!("Credit batch {} lists {} as both of its children.", printable(a), printable(child)));
    }
    let (a, b) = if a < b { (a, b) } else { (b, a) };
    bad(format!(
        "Credit batch {} has two parents, {} and {}; a split tree gives each batch one.",
        printable(child),
        printable(a),
        printable(b)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A batch id with its parent, left and right links.
    type Edge<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>);

    fn graph(edges: &[Edge<'_>]) -> HashMap<String, Links> {
        let s = |x: Option<&str>| x.map(str::to_string);
        edges.iter().map(|(id, p, l, r)| (id.to_string(), Links { parent: s(*p), left: s(*l), right: s(*r) })).collect()
    }

    fn err(start: &str, g: &HashMap<String, Links>) -> String {
        let e = shape(start, g).unwrap_err();
        assert_eq!(e.exit_code(), 6);
        e.message
    }

    #[test]
    fn lays_out_a_tree_from_any_batch() {
        let g = graph(&[
            ("r", None, Some("a"), Some("b")),
            ("a", Some("r"), None, None),
            ("b", Some("r"), Some("c"), Some("d")),
            ("c", Some("b"), None, None),
            ("d", Some("b"), None, None),
        ]);
        let s = shape("d", &g).unwrap();
        assert_eq!(s.root, "r");
        let order: Vec<(&str, usize)> = s.rows.iter().map(|r| (r.id.as_str(), r.depth)).collect();
        assert_eq!(order, [("r", 0), ("a", 1), ("b", 1), ("c", 2), ("d", 2)]);
        assert_eq!(s.rows[3].parent.as_deref(), Some("b"));
        assert_eq!(s.depth(), 2);
    }

    #[test]
    fn refuses_what_is_not_a_tree() {
        assert!(err("a", &graph(&[("a", None, Some("a"), None)])).contains("a names itself as its own child"));
        assert!(err("a", &graph(&[("a", Some("a"), None, None)])).contains("a names itself as its own parent"));
        let mutual = graph(&[("a", Some("b"), Some("b"), None), ("b", Some("a"), Some("a"), None)]);
        assert!(err("a", &mutual).contains("form a cycle: a → b → a"), "{}", err("a", &mutual));
        let mutual_no_parents = graph(&[("a", None, Some("b"), None), ("b", None, Some("a"), None)]);
        assert!(err("a", &mutual_no_parents).contains("cycle"));
        let two = graph(&[("p", None, Some("c"), None), ("q", None, Some("c"), None), ("c", None, None, None)]);
        assert!(err("c", &two).contains("c has two parents, p and q"));
        let twice = graph(&[("p", None, Some("c"), Some("c")), ("c", Some("p"), None, None)]);
        assert!(err("p", &twice).contains("p lists c as both of its children"));
        let disowned = graph(&[("p", None, None, None), ("c", Some("p"), None, None)]);
        assert!(err("c", &disowned).contains("does not list it as a child"));
        assert!(err("a", &graph(&[("a", None, Some("x"), None)])).contains("links to x, which is not among"));
    }

    #[test]
    fn a_chain_of_a_hundred_thousand_is_no_problem() {
        let n = 100_000;
        let g: HashMap<String, Links> = (0..n)
            .map(|i| {
                let links = Links {
                    parent: (i > 0).then(|| format!("b{}", i - 1)),
                    left: (i + 1 < n).then(|| format!("b{}", i + 1)),
                    right: None,
                };
                (format!("b{i}"), links)
            })
            .collect();
        let s = shape("b50000", &g).unwrap();
        assert_eq!((s.root.as_str(), s.rows.len(), s.depth()), ("b0", n, n - 1));
        let mut ring = g.clone();
        ring.get_mut("b0").unwrap().parent = Some(format!("b{}", n - 1));
        ring.get_mut(&format!("b{}", n - 1)).unwrap().left = Some("b0".into());
        assert!(err("b7", &ring).contains("cycle"));
    }

    /// Arbitrary graphs over a few ids: self-links, cycles, two parents, dangling links.
    fn any_graph() -> impl Strategy<Value = (String, HashMap<String, Links>)> {
        let link = || proptest::option::weighted(0.6, 0u8..8);
        let node = (link(), link(), link());
        (proptest::collection::vec(node, 1..8), 0u8..8).prop_map(|(nodes, start)| {
            let name = |i: u8| format!("ctb_{i}");
            let g: HashMap<String, Links> = nodes
                .iter()
                .enumerate()
                .map(|(i, (p, l, r))| {
                    (name(i as u8), Links { parent: p.map(name), left: l.map(name), right: r.map(name) })
                })
                .collect();
            (name(start % nodes.len() as u8), g)
        })
    }

    /// Arbitrary real trees (every batch fetched, links consistent), rooted at 0.
    fn any_tree() -> impl Strategy<Value = HashMap<String, Links>> {
        proptest::collection::vec(any::<prop::sample::Index>(), 0..60).prop_map(|picks| {
            let mut g: HashMap<String, Links> = HashMap::from([("n0".to_string(), Links::default())]);
            for (i, pick) in picks.iter().enumerate() {
                let open: Vec<String> = {
                    let mut v: Vec<String> =
                        g.iter().filter(|(_, l)| l.right.is_none()).map(|(k, _)| k.clone()).collect();
                    v.sort();
                    v
                };
                let parent = open[pick.index(open.len())].clone();
                let child = format!("n{}", i + 1);
                let p = g.get_mut(&parent).unwrap();
                if p.left.is_none() {
                    p.left = Some(child.clone())
                } else {
                    p.right = Some(child.clone())
                }
                g.insert(child, Links { parent: Some(parent), ..Links::default() });
            }
            g
        })
    }

    proptest! {
        #[test]
        fn any_graph_gives_a_tree_or_a_bad_answer((start, g) in any_graph()) {
            match shape(&start, &g) {
                Ok(s) => {
                    prop_assert_eq!(s.rows.len(), g.len());
                    prop_assert_eq!(s.rows[0].depth, 0);
                    let ids: HashSet<&String> = s.rows.iter().map(|r| &r.id).collect();
                    prop_assert_eq!(ids.len(), g.len(), "each batch once");
                    for r in &s.rows[1..] {
                        let p = r.parent.as_ref().unwrap();
                        prop_assert!(g[p].children().any(|c| c == &r.id));
                    }
                }
                Err(e) => prop_assert_eq!(e.exit_code(), 6),
            }
        }

        #[test]
        fn deep_chains_with_or_without_a_loop_back(n in 1usize..3000, back in proptest::option::of(any::<prop::sample::Index>()), start in any::<prop::sample::Index>()) {
            let mut g: HashMap<String, Links> = (0..n)
                .map(|i| {
                    let l = Links { parent: i.checked_sub(1).map(|p| format!("c{p}")), left: (i + 1 < n).then(|| format!("c{}", i + 1)), right: None };
                    (format!("c{i}"), l)
                })
                .collect();
            if let Some(b) = back {
                let to = b.index(n);
                g.get_mut(&format!("c{}", n - 1)).unwrap().right = Some(format!("c{to}"));
            }
            match shape(&format!("c{}", start.index(n)), &g) {
                Ok(s) => {
                    prop_assert!(back.is_none());
                    prop_assert_eq!((s.rows.len(), s.depth()), (n, n - 1));
                }
                Err(e) => {
                    prop_assert!(back.is_some());
                    prop_assert_eq!(e.exit_code(), 6);
                }
            }
        }

        #[test]
        fn every_real_tree_is_laid_out_whole(g in any_tree(), start in any::<prop::sample::Index>()) {
            let mut ids: Vec<&String> = g.keys().collect();
            ids.sort();
            let s = shape(ids[start.index(ids.len())], &g).unwrap();
            prop_assert_eq!(s.root.as_str(), "n0");
            prop_assert_eq!(s.rows.len(), g.len());
        }
    }
}
