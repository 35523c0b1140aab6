//! `batch lineage` against scripted servers the project did not write: split
//! links that loop (a batch that is its own child, two batches that are each
//! other's child, a child with two parents), a 100,000-deep chain, ids the spec
//! allows but a user could not type (spaces, slashes), and sizes beyond
//! `u64::MAX`. Each case checks the exit code, the one sentence on stderr and
//! what reached stdout.

use crate::common;

use crate::common::server::{Reply, Script};
use crate::common::{stderr, stdout};
use serde_json::{Value, json};

/// A credit batch with its split links and size (in kg, as JSON text so it can exceed u64).
fn batch(id: &str, parent: Option<&str>, kids: [Option<&str>; 2], kgs: &str) -> String {
    let status = if kids.iter().any(Option::is_some) { "split" } else { "active" };
    let v = json!({
        "id": id, "status": status, "size": {"credit_kgs": "KGS", "credits": 1.0},
        "parent_id": parent, "left_child_id": kids[0], "right_child_id": kids[1],
        "owner": {"id": "org_SCRIPT0000000001", "name": "Owner"},
    });
    v.to_string().replace("\"KGS\"", kgs)
}

/// Serves batches by their percent-encoded path; anything else is a 404.
fn serve(batches: Vec<(&str, String)>) -> Script {
    Script::routes(
        batches.into_iter().map(|(p, b)| (format!("/credit_batches/{p}"), Reply::raw_json(200, &b))).collect(),
    )
}

/// The one-line error of a run that must fail with exit 6 and print nothing.
fn bad_answer(s: &Script, args: &[&str]) -> String {
    let o = s.cmd().args(["batch", "lineage"]).args(args).output().unwrap();
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    assert_eq!(stdout(&o), "", "nothing on stdout");
    let err = stderr(&o);
    assert_eq!(err.trim_end().lines().count(), 1, "one sentence: {err}");
    err
}

#[test]
fn a_batch_that_is_its_own_child_is_exit_6_naming_it() {
    let s = serve(vec![(
        "ctb_0000000000000000SELF",
        batch("ctb_0000000000000000SELF", None, [Some("ctb_0000000000000000SELF"), None], "10"),
    )]);
    for f in ["json", "jsonl", "table", "csv"] {
        let err = bad_answer(&s, &["ctb_0000000000000000SELF", "-o", f]);
        assert!(err.contains("ctb_0000000000000000SELF names itself as its own child"), "{f}: {err}");
    }
    let s = serve(vec![(
        "ctb_0000000000000000SELF",
        batch("ctb_0000000000000000SELF", Some("ctb_0000000000000000SELF"), [None, None], "10"),
    )]);
    assert!(
        bad_answer(&s, &["ctb_0000000000000000SELF"])
            .contains("ctb_0000000000000000SELF names itself as its own parent")
    );
}

#[test]
fn two_batches_that_are_each_others_child_are_a_cycle() {
    let s = serve(vec![
        (
            "ctb_0000000000000000A",
            batch("ctb_0000000000000000A", Some("ctb_0000000000000000B"), [Some("ctb_0000000000000000B"), None], "10"),
        ),
        (
            "ctb_0000000000000000B",
            batch("ctb_0000000000000000B", Some("ctb_0000000000000000A"), [Some("ctb_0000000000000000A"), None], "10"),
        ),
    ]);
    let err = bad_answer(&s, &["ctb_0000000000000000A", "-o", "table"]);
    assert!(
        err.contains("form a cycle: ctb_0000000000000000A → ctb_0000000000000000B → ctb_0000000000000000A"),
        "{err}"
    );
    assert_eq!(s.requests().len(), 2, "each batch fetched once");
    let s = serve(vec![
        ("ctb_0000000000000000A", batch("ctb_0000000000000000A", None, [Some("ctb_0000000000000000B"), None], "10")),
        ("ctb_0000000000000000B", batch("ctb_0000000000000000B", None, [Some("ctb_0000000000000000A"), None], "10")),
    ]);
    assert!(bad_answer(&s, &["ctb_0000000000000000B"]).contains("cycle"));
}

#[test]
fn a_child_with_two_parents_is_exit_6_naming_all_three() {
    let s = serve(vec![
        (
            "ctb_0000000000000000P",
            batch("ctb_0000000000000000P", None, [Some("ctb_0000000000000000C"), Some("ctb_0000000000000000D")], "10"),
        ),
        ("ctb_0000000000000000D", batch("ctb_0000000000000000D", Some("ctb_0000000000000000P"), [None, None], "5")),
        ("ctb_0000000000000000C", batch("ctb_0000000000000000C", Some("ctb_0000000000000000Q"), [None, None], "5")),
        ("ctb_0000000000000000Q", batch("ctb_0000000000000000Q", None, [Some("ctb_0000000000000000C"), None], "5")),
    ]);
    let err = bad_answer(&s, &["ctb_0000000000000000P", "-o", "jsonl"]);
    assert!(
        err.contains("ctb_0000000000000000C has two parents, ctb_0000000000000000P and ctb_0000000000000000Q"),
        "{err}"
    );
}

#[test]
fn a_server_answering_with_another_batch_is_exit_6() {
    let s = serve(vec![
        ("ctb_0000000000000000P", batch("ctb_0000000000000000P", None, [Some("ctb_0000000000000000C"), None], "10")),
        ("ctb_0000000000000000C", batch("ctb_0000000000000000X", Some("ctb_0000000000000000P"), [None, None], "10")),
    ]);
    assert!(
        bad_answer(&s, &["ctb_0000000000000000P"])
            .contains("Asked for credit batch ctb_0000000000000000C, the server answered with ctb_0000000000000000X")
    );
}

#[test]
fn odd_but_legal_ids_from_the_server_are_percent_encoded_not_refused() {
    let root = "voluptate sed et esse labor";
    let sibling = "a/b?c#d%e";
    let s = serve(vec![
        ("ctb_0000000000000000LEAF", batch("ctb_0000000000000000LEAF", Some(root), [None, None], "7")),
        (
            "voluptate%20sed%20et%20esse%20labor",
            batch(root, None, [Some("ctb_0000000000000000LEAF"), Some(sibling)], "10"),
        ),
        ("a%2Fb%3Fc%23d%25e", batch(sibling, Some(root), [None, None], "3")),
    ]);
    let o = s.cmd().args(["batch", "lineage", "ctb_0000000000000000LEAF", "-o", "jsonl"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let rows: Vec<Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [root, "ctb_0000000000000000LEAF", sibling]);
    assert_eq!(rows[2]["parent"], root);
    let o = s.cmd().args(["batch", "lineage", "ctb_0000000000000000LEAF", "-o", "json"]).output().unwrap();
    let tree: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(tree["id"], root);
    assert_eq!(tree["children"][1]["id"], sibling);
    let o = s.cmd().args(["batch", "lineage", "a b"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "an id the user types is still checked");
}

#[test]
fn sizes_beyond_u64_are_added_exactly() {
    // 2^64 + 2^64 + 1: a u64 (or wrapping i64) sum could not say whether they agree.
    let parent = "36893488147419103233";
    // A parent with two children of 2^64 kg and `right` kg.
    let family = |right: &str| {
        let (p, l, r) = ("ctb_0000000000000000P", "ctb_0000000000000000L", "ctb_0000000000000000R");
        serve(vec![
            (p, batch(p, None, [Some(l), Some(r)], parent)),
            (l, batch(l, Some(p), [None, None], "18446744073709551616")),
            (r, batch(r, Some(p), [None, None], right)),
        ])
    };
    let s = family("18446744073709551617");
    let o = s.cmd().args(["batch", "lineage", "ctb_0000000000000000L", "-o", "json"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains(&format!("\"credit_kgs\": {parent}")), "{}", stdout(&o));
    let s = family("18446744073709551616");
    let o = s.cmd().args(["batch", "lineage", "ctb_0000000000000000L", "-o", "csv"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "ctb_0000000000000000P is 36893488147419103.233 t but its children ctb_0000000000000000L + ctb_0000000000000000R add up to 36893488147419103.232 t"
        ),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).contains("36893488147419103233"), "the tree is still printed: {}", stdout(&o));
}

#[test]
fn a_negative_size_in_a_tree_is_exit_6_naming_the_batch() {
    let s = serve(vec![
        (
            "ctb_0000000000000000P",
            batch("ctb_0000000000000000P", None, [Some("ctb_0000000000000000L"), Some("ctb_0000000000000000R")], "10"),
        ),
        ("ctb_0000000000000000L", batch("ctb_0000000000000000L", Some("ctb_0000000000000000P"), [None, None], "15")),
        ("ctb_0000000000000000R", batch("ctb_0000000000000000R", Some("ctb_0000000000000000P"), [None, None], "-5")),
    ]);
    let err = bad_answer(&s, &["ctb_0000000000000000P"]);
    assert!(
        err.contains("credit batch ctb_0000000000000000R has an impossible `size.credit_kgs`: -5 is negative"),
        "{err}"
    );
}

/// A chain `ctb_0000000000000000C0 → ctb_0000000000000000C1 → …` of `depth` levels (each batch the left child of
/// the one before), generated per request so it is served quickly.
fn chain(depth: usize) -> Script {
    Script::serve_keep_alive(move |req| {
        let n = req.path.strip_prefix("/credit_batches/ctb_0000000000000000C").and_then(|n| n.parse::<usize>().ok());
        let Some(n) = n.filter(|n| *n <= depth) else { return Reply::not_found() };
        let (me, up, down) = (
            format!("ctb_0000000000000000C{n}"),
            format!("ctb_0000000000000000C{}", n.wrapping_sub(1)),
            format!("ctb_0000000000000000C{}", n + 1),
        );
        let parent = (n > 0).then_some(up.as_str());
        let child = (n < depth).then_some(down.as_str());
        Reply::raw_json(200, &batch(&me, parent, [child, None], "1000"))
    })
}

#[test]
fn a_deep_chain_prints_flat_at_any_depth_and_refuses_to_nest_past_the_limit() {
    let s = chain(600);
    let o = s.cmd().args(["batch", "lineage", "ctb_0000000000000000C300", "-o", "jsonl"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let rows: Vec<Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 601);
    assert_eq!((rows[0]["id"].as_str(), rows[600]["depth"].as_u64()), (Some("ctb_0000000000000000C0"), Some(600)));
    let o = s.cmd().args(["batch", "lineage", "ctb_0000000000000000C300", "-o", "table"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("[600] ctb_0000000000000000C600"), "deep labels say their depth");
    let err = bad_answer(&s, &["ctb_0000000000000000C300", "-o", "json"]);
    assert!(err.contains("600 levels deep; nested JSON stops at 500 levels") && err.contains("-o jsonl"), "{err}");
    let s = chain(400);
    let o = s.cmd().args(["batch", "lineage", "ctb_0000000000000000C400", "-o", "json"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert_eq!(text.matches("\"children\": [").count(), 401, "every level nested");
    assert!(text.contains("\"id\": \"ctb_0000000000000000C400\"") && text.trim_end().ends_with('}'));
    let o = s
        .cmd()
        .args([
            "batch",
            "lineage",
            "ctb_0000000000000000C0",
            "-o",
            "json",
            "--jq",
            "[.. | objects | select(has(\"children\"))] | length",
        ])
        .output()
        .unwrap();
    assert_eq!((o.status.code(), stdout(&o).trim()), (Some(0), "401"), "{}", stderr(&o));
    let s = chain(50);
    let tree: Value =
        serde_json::from_slice(&s.cmd().args(["batch", "lineage", "ctb_0000000000000000C7"]).output().unwrap().stdout)
            .unwrap();
    let mut node = &tree;
    let mut depth = 0;
    while let Some(next) = node["children"].get(0) {
        node = next;
        depth += 1;
    }
    assert_eq!((depth, node["id"].as_str()), (50, Some("ctb_0000000000000000C50")));
}

#[test]
fn a_hundred_thousand_deep_chain_ends_with_exit_6_quickly() {
    let s = chain(100_000);
    let started = std::time::Instant::now();
    let err = bad_answer(&s, &["ctb_0000000000000000C99999", "-o", "jsonl"]);
    eprintln!("took {:?}", started.elapsed());
    assert!(err.contains("reaches more than 10000 levels from ctb_0000000000000000C99999; isoreg stopped"), "{err}");
    assert!(s.requests().len() <= 20_001, "{} requests", s.requests().len());
}

/// A small tree as a real registry might send it: a delivered root split into a
/// retired batch (its retirement dated on the batch) and an active one split
/// again; the two grandchildren name a transfer and a delivery without dates.
fn moved_family() -> Script {
    let (p, r, a, a1, a2) = (
        "ctb_00000000000000RT",
        "ctb_0000000000000RET",
        "ctb_0000000000000ACT",
        "ctb_000000000000ACT1",
        "ctb_000000000000ACT2",
    );
    let with = |b: String, extra: Value| {
        let mut v: Value = serde_json::from_str(&b).unwrap();
        v.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        v.to_string()
    };
    let dlv = json!({"delivery_id": "dlv_00000000000000D1", "delivered_at": "2024-01-02T03:04:05Z"});
    let mut retired = json!({"retirement_id": "ret_00000000000000R1", "retired_at": "2024-06-30T23:59:59Z"});
    retired["status"] = json!("retired");
    let batches = vec![
        (p, with(batch(p, None, [Some(r), Some(a)], "10000"), dlv.clone())),
        (r, with(batch(r, Some(p), [None, None], "2500"), retired)),
        (a, with(batch(a, Some(p), [Some(a1), Some(a2)], "7500"), dlv)),
        (a1, with(batch(a1, Some(a), [None, None], "7000"), json!({"transfer_id": "trf_00000000000000T1"}))),
        (a2, with(batch(a2, Some(a), [None, None], "500"), json!({"delivery_id": "dlv_00000000000000D2"}))),
    ];
    let mut table: Vec<(String, Reply)> =
        batches.into_iter().map(|(id, b)| (format!("/credit_batches/{id}"), Reply::raw_json(200, &b))).collect();
    table.push((
        "/transfers/trf_00000000000000T1".into(),
        Reply::json(200, &json!({"id": "trf_00000000000000T1", "transferred_at": "2024-08-09T10:11:12Z"})),
    ));
    table.push((
        "/deliveries/dlv_00000000000000D2".into(),
        Reply::json(200, &json!({"id": "dlv_00000000000000D2", "delivered_at": "2024-09-10T00:00:00Z"})),
    ));
    Script::routes(table)
}

/// `batch lineage` on a forced terminal, `cols` wide, without colour.
fn drawn(s: &Script, args: &[&str], cols: &str) -> std::process::Output {
    let o = common::on_terminal(s.cmd().args(["batch", "lineage"]).args(args), cols).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    o
}

#[test]
fn the_tree_is_drawn_with_the_asked_batch_marked_and_each_move_dated() {
    let s = moved_family();
    let o = drawn(&s, &["ctb_000000000000ACT1"], "120");
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("BATCH") && lines[0].contains("MOVED BY") && lines[0].contains("ON (UTC)"), "{out}");
    let row = |id: &str| *lines.iter().find(|l| l.contains(id)).unwrap_or_else(|| panic!("{id} in {out}"));
    assert!(row("ctb_00000000000000RT").starts_with("ctb_00000000000000RT "), "{out}");
    assert!(row("ctb_0000000000000RET").starts_with("├─ ctb_0000000000000RET"), "{out}");
    assert!(row("ctb_0000000000000ACT ").starts_with("└─ ctb_0000000000000ACT"), "{out}");
    assert!(row("ctb_000000000000ACT1").starts_with("   ├─ ctb_000000000000ACT1"), "{out}");
    assert!(row("ctb_000000000000ACT2").starts_with("   └─ ctb_000000000000ACT2"), "{out}");
    assert!(row("ctb_000000000000ACT1").trim_end().ends_with("◀ asked"), "{out}");
    assert_eq!(out.matches("◀ asked").count(), 1, "{out}");
    assert!(row("ctb_0000000000000RET").contains("ret_00000000000000R1  2024-06-30"), "{out}");
    assert!(row("ctb_000000000000ACT1").contains("trf_00000000000000T1  2024-08-09"), "fetched: {out}");
    assert!(row("ctb_000000000000ACT2").contains("dlv_00000000000000D2  2024-09-10"), "fetched: {out}");
    assert!(row("ctb_0000000000000ACT ").contains("dlv_00000000000000D1  2024-01-02"), "{out}");
    assert_eq!(
        lines.last().copied(),
        Some("5 batches. Leaves: 2 active (7.500 t), 1 retired (2.500 t)."),
        "exact totals at the leaves: {out}"
    );
    let fetched: Vec<String> =
        s.requests().into_iter().map(|r| r.path).filter(|p| !p.starts_with("/credit_batches/")).collect();
    assert_eq!(fetched.len(), 2, "only the undated transactions, once each: {fetched:?}");
    let o = drawn(&s, &["ctb_000000000000ACT1", "--units", "kg"], "120");
    assert!(stdout(&o).ends_with("5 batches. Leaves: 2 active (7,500 kg), 1 retired (2,500 kg).\n"), "{}", stdout(&o));
}

#[test]
fn fields_keep_the_tree_and_ids_stay_whole_at_80_columns() {
    let s = moved_family();
    let o = drawn(&s, &["ctb_00000000000000RT", "--fields", "id,status"], "80");
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0].split_whitespace().collect::<Vec<_>>(), ["BATCH", "STATUS"], "{out}");
    assert!(lines[2].starts_with("├─ ctb_0000000000000RET") && lines[2].contains("retired"), "{out}");
    assert!(lines[1].ends_with("◀ asked") && !out.contains("MOVED BY"), "{out}");
    assert!(lines.last().unwrap().starts_with("5 batches."), "{out}");
    let o = drawn(&s, &["ctb_000000000000ACT2"], "80");
    let out = stdout(&o);
    for id in ["ctb_000000000000ACT1", "ctb_000000000000ACT2", "trf_00000000000000T1", "dlv_00000000000000D2"] {
        assert!(out.contains(id), "{id} whole: {out}");
    }
    assert!(!out.contains('…') || out.contains("Owner"), "{out}");
    let o = drawn(&s, &["ctb_000000000000ACT2"], "60");
    let note = "Hid columns OWNER, ON (UTC), MOVED BY to fit 60 columns; use -o wide or --fields to see them.";
    assert!(common::unwrapped(&stderr(&o)).contains(note), "{}", stderr(&o));
    assert!(stdout(&o).lines().all(|l| l.chars().count() <= 60), "every line fits: {}", stdout(&o));
    assert!(stdout(&o).contains("ctb_000000000000ACT2") && !stdout(&o).contains("Owner"), "{}", stdout(&o));
    let j = s.cmd().args(["batch", "lineage", "ctb_000000000000ACT2", "-o", "json"]).output().unwrap();
    let tree: Value = serde_json::from_slice(&j.stdout).unwrap();
    assert_eq!(tree["children"][1]["children"][0]["id"], "ctb_000000000000ACT1", "JSON stays nested");
    assert!(tree.get("moved").is_none(), "JSON carries the server's values only");
}

#[test]
fn a_transaction_that_cannot_be_fetched_leaves_its_date_blank_with_a_note() {
    let id = "ctb_0000000000000LONE";
    let mut b: Value = serde_json::from_str(&batch(id, None, [None, None], "1000")).unwrap();
    b["retirement_id"] = json!("ret_0000000000000GONE");
    b["status"] = json!("retired");
    let s = serve(vec![(id, b.to_string())]);
    let o = drawn(&s, &[id], "120");
    let row = stdout(&o).lines().nth(1).unwrap_or_default().to_string();
    assert!(row.starts_with(id) && row.contains("ret_0000000000000GONE"), "{}", stdout(&o));
    assert!(stdout(&o).contains("1 batch. Leaves: 0 active (0.000 t), 1 retired (1.000 t)."), "{}", stdout(&o));
    assert!(stderr(&o).contains("1 transaction(s) could not be fetched for their dates"), "{}", stderr(&o));
}
