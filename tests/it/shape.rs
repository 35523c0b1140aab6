//! The shape of the code that README → Code layout promises, checked: no
//! source file over 450 lines, and no two modules of a crate that import each
//! other, directly or round a circle. These read the source, they run nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Every `.rs` file below `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
        let p = entry.path();
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
    out
}

#[test]
fn no_source_file_is_over_450_lines() {
    let dirs = ["src", "crates", "tests"].map(|d| Path::new(ROOT).join(d));
    let long: Vec<String> = dirs
        .iter()
        .flat_map(|d| rust_files(d))
        .filter_map(|p| {
            let n = std::fs::read_to_string(&p).unwrap().lines().count();
            (n > 450).then(|| format!("{} ({n} lines)", p.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these: {long:?}");
}

#[test]
fn no_two_types_share_a_name() {
    let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in ["src", "crates"].iter().flat_map(|d| rust_files(&Path::new(ROOT).join(d))) {
        let text = code(&std::fs::read_to_string(&file).unwrap());
        let words: Vec<&str> =
            text.split(|c: char| !c.is_alphanumeric() && c != '_').filter(|w| !w.is_empty()).collect();
        for pair in words.windows(2) {
            if ["struct", "enum", "type", "trait"].contains(&pair[0]) && pair[1].starts_with(char::is_uppercase) {
                seen.entry(pair[1].to_string()).or_default().push(file.display().to_string());
            }
        }
    }
    // One type under two `cfg`s: the emulator's arguments, or the usage error without the emulator.
    let twice: Vec<_> = seen.iter().filter(|(name, files)| files.len() > 1 && *name != "EmulatorCmdArgs").collect();
    assert!(twice.is_empty(), "give each its own name: {twice:?}");
}

/// A module's path in its crate (`src/term/mod.rs` → `["term"]`).
type Module = Vec<String>;

/// The module a file is, or none for test-only files.
fn module_of(src: &Path, file: &Path) -> Option<Module> {
    let rel = file.strip_prefix(src).ok()?.with_extension("");
    let mut m: Module = rel.iter().map(|s| s.to_string_lossy().into_owned()).collect();
    if m.last().is_some_and(|l| l == "tests") {
        return None;
    }
    if m.last().is_some_and(|l| ["mod", "lib", "main"].contains(&l.as_str())) {
        m.pop();
    }
    Some(m)
}

/// A file's code without comments and without its `#[cfg(test)]` part.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines().map(|l| l.split("//").next().unwrap_or_default()).collect::<Vec<_>>().join("\n")
}

/// `a::{b, c::{d}}` → `a::b`, `a::c::d`.
fn expand(tree: &str) -> Vec<String> {
    let Some(open) = tree.find('{') else { return vec![tree.to_string()] };
    let (head, inner) = (&tree[..open], &tree[open + 1..tree.len() - 1]);
    let (mut parts, mut depth, mut cur) = (Vec::new(), 0, String::new());
    for c in inner.chars() {
        match c {
            ',' if depth == 0 => parts.push(std::mem::take(&mut cur)),
            _ => {
                depth += i32::from(c == '{') - i32::from(c == '}');
                cur.push(c);
            }
        }
    }
    parts.push(cur);
    parts.iter().filter(|p| !p.is_empty()).flat_map(|p| expand(&format!("{head}{p}"))).collect()
}

/// The paths a file names: its `use` trees and the `crate::…`/`super::…` paths in its code.
fn paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for stmt in code.split(';') {
        if let Some(at) = stmt.find("use ").filter(|at| stmt[..*at].trim().trim_start_matches("pub").is_empty()) {
            let tree: String = stmt[at + 4..].chars().filter(|c| !c.is_whitespace()).collect();
            out.extend(expand(&tree));
        }
    }
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == ':';
    for start in ["crate::", "super::"] {
        for (at, _) in code.match_indices(start) {
            if code[..at].chars().last().is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
                continue;
            }
            let rest = &code[at..];
            out.push(rest[..rest.find(|c| !ident(c)).unwrap_or(rest.len())].trim_end_matches(':').to_string());
        }
    }
    out
}

/// The module `path`, as written in module `from`, lands in (`self` is
/// `from`, each `super` its parent), if it names one of `modules`.
fn resolve(path: &str, from: &Module, modules: &BTreeSet<Module>) -> Option<Module> {
    let segs: Vec<&str> = path.split("::").collect();
    let mut base = match segs.first() {
        Some(&"crate") => Vec::new(),
        Some(&"self") | Some(&"super") => from.clone(),
        _ => return None,
    };
    let supers = segs.iter().take_while(|s| **s == "super").count();
    base.truncate(base.len().saturating_sub(supers));
    let skip = if segs[0] == "super" { supers } else { 1 };
    base.extend(segs[skip..].iter().map(|s| s.to_string()));
    while !base.is_empty() && !modules.contains(&base) {
        base.pop();
    }
    (!base.is_empty()).then_some(base)
}

/// The import graph of one crate's `src`.
fn graph(src: &Path) -> BTreeMap<Module, BTreeSet<Module>> {
    let files: Vec<(PathBuf, Module)> =
        rust_files(src).into_iter().filter_map(|f| module_of(src, &f).map(|m| (f, m))).collect();
    let modules: BTreeSet<Module> = files.iter().map(|(_, m)| m.clone()).collect();
    let mut edges = BTreeMap::new();
    for (file, m) in &files {
        let to: BTreeSet<Module> = paths(&code(&std::fs::read_to_string(file).unwrap()))
            .iter()
            .filter_map(|p| resolve(p, m, &modules))
            .filter(|t| t != m)
            .collect();
        edges.insert(m.clone(), to);
    }
    edges
}

/// One circle of imports, if there is any.
fn a_cycle(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Option<Vec<Module>> {
    fn visit(
        m: &Module,
        edges: &BTreeMap<Module, BTreeSet<Module>>,
        done: &mut BTreeSet<Module>,
        path: &mut Vec<Module>,
    ) -> Option<Vec<Module>> {
        if let Some(at) = path.iter().position(|p| p == m) {
            return Some(path[at..].to_vec());
        }
        if !done.insert(m.clone()) {
            return None;
        }
        path.push(m.clone());
        for t in edges.get(m).into_iter().flatten() {
            if let Some(c) = visit(t, edges, done, path) {
                return Some(c);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    edges.keys().find_map(|m| visit(m, edges, &mut done, &mut Vec::new()))
}

#[test]
fn the_modules_import_each_other_without_a_cycle() {
    for src in ["src", "crates/isoreg-emulator/src"] {
        let edges = graph(&Path::new(ROOT).join(src));
        assert!(edges.len() > 20, "{src}: the modules were found ({})", edges.len());
        assert!(edges.values().map(BTreeSet::len).sum::<usize>() > 40, "{src}: imports were found");
        let cycle = a_cycle(&edges).map(|c| c.iter().map(|m| m.join("::")).collect::<Vec<_>>());
        assert!(cycle.is_none(), "{src}: these import each other round a circle: {cycle:?}");
    }
}

#[test]
fn the_cycle_finder_finds_a_circle_through_use_trees_and_inline_paths() {
    let modules: BTreeSet<Module> = [vec!["a".to_string()], vec!["b".into()], vec!["b".into(), "c".into()]].into();
    let named = |text: &str, from: &[&str]| -> BTreeSet<Module> {
        let from: Module = from.iter().map(|s| s.to_string()).collect();
        paths(&code(text)).iter().filter_map(|p| resolve(p, &from, &modules)).collect()
    };
    assert_eq!(named("use crate::{b::{c::X, Y}};", &["a"]), [vec!["b".into()], vec!["b".into(), "c".into()]].into());
    assert_eq!(named("fn f() { super::c::g() }", &["b", "d"]), [vec!["b".to_string(), "c".into()]].into());
    assert_eq!(named("use super::a; // crate::b\n", &["b"]), [vec!["a".to_string()]].into());
    let mut edges = BTreeMap::new();
    edges.insert(vec!["a".to_string()], [vec!["b".to_string(), "c".into()]].into());
    edges.insert(vec!["b".to_string(), "c".into()], [vec!["a".to_string()]].into());
    assert!(a_cycle(&edges).is_some_and(|c| c.len() == 2));
}
