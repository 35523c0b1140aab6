//! Sharded listings (issue 12) through the real binary: `batch list --all`
//! fetched in time windows side by side must print exactly what the sequential
//! listing (`--shards 1`) prints, in every format, both directions, with
//! filters, with thousands of batches sharing one issue time, and must fall
//! back to the sequential listing when the server ignores the date filters.
//! The emulator answers in about a millisecond, where automatic sharding stays
//! off (round trips do not dominate), so most tests ask for it with `--shards`.

use crate::common;

use crate::common::{Emu, stderr, stdout};
use std::collections::HashSet;

/// Runs `batch list --all ARGS -v` sharded and with `--shards 1`; returns
/// (sharded stdout, its stderr, sequential stdout), both runs successful.
fn both(emu: &Emu, args: &[&str]) -> (String, String, String) {
    let run = |extra: &[&str]| {
        let out = emu.cmd().args(["batch", "list", "--all", "-v"]).args(args).args(extra).output().expect("run");
        assert!(out.status.success(), "{args:?} {extra:?} failed: {}", stderr(&out));
        out
    };
    let sharded = run(&["--shards", "8"]);
    let sequential = run(&["--shards", "1"]);
    assert!(
        !stderr(&sequential).contains("sharded into"),
        "--shards 1 must list sequentially: {}",
        stderr(&sequential)
    );
    (stdout(&sharded), stderr(&sharded), stdout(&sequential))
}

fn assert_sharded_same(emu: &Emu, args: &[&str]) -> String {
    let (sharded, err, sequential) = both(emu, args);
    assert!(err.contains("note: sharded into"), "{args:?} was not sharded: {}", last_notes(&err));
    assert!(sharded == sequential, "{args:?}: sharded output differs from the sequential one");
    sharded
}

fn last_notes(err: &str) -> String {
    err.lines().filter(|l| l.starts_with("note")).collect::<Vec<_>>().join("\n")
}

fn ids(jsonl: &str) -> Vec<String> {
    jsonl
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn sharded_output_is_identical_in_every_format_and_direction() {
    let emu = Emu::shared_with(&["--scale", "10"]);
    for sort in ["desc", "asc"] {
        for format in ["jsonl", "json", "csv"] {
            let out = assert_sharded_same(&emu, &["--sort", sort, "-o", format]);
            assert!(out.lines().count() > 500, "{sort} {format}: only {} lines", out.lines().count());
        }
    }
    let out = emu
        .cmd()
        .args(["batch", "list", "--all", "-o", "table", "--units", "kg", "-v", "--shards", "4"])
        .env("COLUMNS", "200")
        .output()
        .unwrap();
    let seq =
        emu.cmd().args(["batch", "list", "--all", "-o", "table", "--units", "kg", "--shards", "1"]).output().unwrap();
    assert!(stderr(&out).contains("sharded into"));
    assert_eq!(stdout(&out), stdout(&seq));
}

#[test]
fn sharded_output_is_identical_on_other_seeds_and_scales() {
    for (seed, scale) in [("7", "6"), ("1234", "25")] {
        let emu = Emu::start(&["--seed", seed, "--scale", scale]);
        for sort in ["desc", "asc"] {
            let out = assert_sharded_same(&emu, &["--sort", sort, "-o", "jsonl"]);
            let n = emu.json(&["batch", "list", "--limit", "1"]);
            assert_eq!(n.as_array().map(Vec::len), Some(1));
            let ids = ids(&out);
            let unique: HashSet<&String> = ids.iter().collect();
            assert_eq!(unique.len(), ids.len(), "seed {seed}: a batch appears twice");
        }
    }
}

#[test]
fn sharded_output_is_identical_with_filters() {
    let emu = Emu::shared_with(&["--scale", "20"]);
    let filtered: &[&[&str]] = &[
        &["--status", "active"],
        &["--status", "active,retired"],
        &["--issued-after", "2023-01-01", "--issued-before", "2025-06-01T12:00:00Z"],
        &["--issued-after", "2022-09-01T00:00:00Z", "--sort", "asc"],
    ];
    for args in filtered {
        let mut a = args.to_vec();
        a.extend(["-o", "jsonl"]);
        assert_sharded_same(&emu, &a);
    }
    // A filter that leaves a short list is not worth sharding, and still lists the same.
    let project = emu.id("project");
    let (sharded, err, sequential) = both(&emu, &["--project", &project, "-o", "csv"]);
    assert_eq!(sharded, sequential, "{}", last_notes(&err));
}

#[test]
fn a_burst_of_equal_issue_times_is_listed_once_in_order() {
    let emu = Emu::start(&["--scale", "10", "--quirk", "burst"]);
    for sort in ["desc", "asc"] {
        let out = assert_sharded_same(&emu, &["--sort", sort, "-o", "jsonl"]);
        let rows: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        let mut per_instant = std::collections::HashMap::new();
        for r in &rows {
            *per_instant.entry(r["issued_at"].as_str().unwrap().to_string()).or_insert(0) += 1;
        }
        let biggest = per_instant.values().max().copied().unwrap_or(0);
        assert!(biggest > 300, "the burst quirk should put hundreds of batches on one instant, got {biggest}");
        let unique: HashSet<String> = ids(&out).into_iter().collect();
        assert_eq!(unique.len(), rows.len());
    }
}

#[test]
fn a_server_that_ignores_date_filters_gets_the_sequential_listing() {
    let emu = Emu::shared_with(&["--scale", "10", "--quirk", "ignore-dates"]);
    for sort in ["desc", "asc"] {
        let (sharded, err, sequential) = both(&emu, &["--sort", sort, "-o", "jsonl"]);
        assert!(!err.contains("sharded into"), "{}", last_notes(&err));
        assert!(err.contains("note: listing sequentially, not in shards:"), "{}", last_notes(&err));
        assert_eq!(sharded, sequential);
        let ids = ids(&sharded);
        assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len());
        assert!(ids.len() > 500);
    }
}

#[test]
fn the_fallback_note_is_only_shown_with_verbose() {
    let emu = Emu::shared_with(&["--scale", "10", "--quirk", "ignore-dates"]);
    let out = emu.cmd().args(["batch", "list", "--all", "-o", "jsonl"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(stderr(&out), "");
}

#[test]
fn a_registry_growing_during_the_listing_shows_no_duplicate_and_no_gap() {
    let growing = Emu::start(&["--scale", "10", "--quirk", "growing"]);
    let still = Emu::shared_with(&["--scale", "10"]);
    let full = ids(&stdout(
        &still
            .cmd()
            .args(["batch", "list", "--all", "--sort", "asc", "-o", "jsonl", "--shards", "1"])
            .output()
            .unwrap(),
    ));
    let args = ["batch", "list", "--all", "--sort", "asc", "-o", "jsonl", "-v", "--shards", "16"];
    let out = growing.cmd().args(args).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("sharded into"), "planned before the growth: {}", last_notes(&stderr(&out)));
    let got = ids(&stdout(&out));
    // Oldest first: what existed at the start, then some of the batches issued meanwhile, in order.
    assert!(got.len() >= full.len() - 40 && got.len() <= full.len(), "{} of {}", got.len(), full.len());
    assert_eq!(got, full[..got.len()], "a duplicate, a gap or a change of order");
}

#[test]
fn growth_while_planning_falls_back_to_the_sequential_listing() {
    let growing = Emu::start(&["--scale", "10", "--quirk", "growing"]);
    // Use up the quiet start, so the registry grows while the windows are planned.
    let args = ["batch", "list", "--all", "--sort", "asc", "-o", "jsonl", "--shards", "16"];
    let first = growing.cmd().args(args).output().unwrap();
    let out = growing.cmd().args(args).arg("-v").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("listing sequentially"), "{}", last_notes(&stderr(&out)));
    let (before, after) = (ids(&stdout(&first)), ids(&stdout(&out)));
    assert_eq!(after.iter().collect::<HashSet<_>>().len(), after.len(), "a duplicate");
    assert_eq!(after[..before.len()], before[..], "a gap or a change of order");
}

#[test]
fn a_slow_server_is_sharded_automatically() {
    let emu = Emu::start(&["--scale", "6", "--latency-ms", "20"]);
    let out = emu.cmd().args(["batch", "list", "--all", "-o", "jsonl", "-v"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("note: sharded into"), "{}", last_notes(&stderr(&out)));
    let seq = emu.cmd().args(["batch", "list", "--all", "-o", "jsonl", "--shards", "1"]).output().unwrap();
    assert!(stdout(&out) == stdout(&seq), "sharded output differs from the sequential one");
}

#[test]
fn limits_and_cursors_are_never_sharded() {
    let emu = Emu::shared_with(&["--scale", "10"]);
    let out = emu.cmd().args(["batch", "list", "--limit", "700", "-o", "jsonl", "-v"]).output().unwrap();
    assert!(out.status.success());
    assert!(!stderr(&out).contains("shard"), "{}", last_notes(&stderr(&out)));
    assert_eq!(stdout(&out).lines().count(), 700);
}

// ---- Servers whose order the windows must not change (issue 17, item 9) ----------------------

/// How a scripted registry orders a listing.
#[derive(Clone, Copy)]
enum Order {
    /// By instant; batches of one instant by id, but the other way round when
    /// the request has a date filter.
    TiesFlipWithFilters,
    /// By day only (then by id), whatever the instant within the day.
    ByDay,
    /// As `TiesFlipWithFilters` on the first day, by day from the second on.
    FlipThenByDay,
}

/// A scripted registry of `(id, issued_at µs)` batches that pages, filters by
/// strict `issued_after`/`issued_before`, and orders as `order` says.
fn ordered_server(items: Vec<(String, i64)>, order: Order) -> common::server::Script {
    use common::server::{Reply, Req, Script, page};
    const ORG: &str = "org_SHARDORDER00001";
    let at =
        |s: Option<String>| s.and_then(|v| chrono::DateTime::parse_from_rfc3339(&v).ok()).map(|t| t.timestamp_micros());
    Script::serve(move |req: &Req| {
        if req.path == "/organisation" {
            return Reply::json(200, &serde_json::json!({"id": ORG}));
        }
        if req.path != format!("/organisations/{ORG}/credit_batches") {
            return Reply::not_found();
        }
        let (after, before) = (at(req.param("issued_after")), at(req.param("issued_before")));
        let filtered = after.is_some() || before.is_some();
        let mut rows: Vec<&(String, i64)> =
            items.iter().filter(|(_, t)| after.is_none_or(|a| *t > a) && before.is_none_or(|b| *t < b)).collect();
        let desc = req.param("sort_direction").as_deref() != Some("asc");
        const DAY: i64 = 86_400_000_000;
        rows.sort_by(|a, b| {
            let sort_key = |t: i64| match order {
                Order::TiesFlipWithFilters => t,
                Order::ByDay => t.div_euclid(DAY),
                Order::FlipThenByDay if t - T0 < DAY => t,
                Order::FlipThenByDay => t - t.rem_euclid(DAY),
            };
            let (ka, kb) = (sort_key(a.1), sort_key(b.1));
            let main = if desc { kb.cmp(&ka) } else { ka.cmp(&kb) };
            let tie = match order {
                Order::TiesFlipWithFilters | Order::FlipThenByDay if filtered => b.0.cmp(&a.0),
                _ => a.0.cmp(&b.0),
            };
            main.then(tie)
        });
        let from: usize = req.param("after").and_then(|c| c.strip_prefix('o')?.parse().ok()).unwrap_or(0);
        let first: usize = req.param("first").and_then(|f| f.parse().ok()).unwrap_or(10);
        let to = (from + first).min(rows.len());
        let nodes = rows[from.min(to)..to]
            .iter()
            .map(|(id, t)| {
                let when = chrono::DateTime::from_timestamp_micros(*t).expect("a time");
                serde_json::json!({"id": id, "status": "active", "size": {"credit_kgs": 1000, "credits": 1.0},
                    "issued_at": when.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)})
            })
            .collect();
        let next = (to < rows.len()).then(|| format!("o{to}"));
        Reply::json(200, &page(nodes, rows.len() as u64, next.as_deref()))
    })
}

/// Lists `batch list --all` sharded (forced, -v) and sequentially; asserts the
/// same bytes and the fallback note; returns the sharded run's stderr.
fn same_as_sequential(s: &common::server::Script, sort: &str) -> String {
    let run = |extra: &[&str]| {
        let o =
            s.cmd().args(["batch", "list", "--all", "-o", "jsonl", "-v", "--sort", sort]).args(extra).output().unwrap();
        assert!(o.status.success(), "{sort} {extra:?}: {}", stderr(&o));
        o
    };
    let (sharded, sequential) = (run(&["--shards", "4"]), run(&["--shards", "1"]));
    assert_eq!(stdout(&sequential).lines().count(), 600);
    assert!(stdout(&sharded) == stdout(&sequential), "{sort}: the sharded output differs from the sequential one");
    let err = stderr(&sharded);
    assert!(err.contains("note: listing sequentially, not in shards:"), "{sort}: {}", last_notes(&err));
    err
}

const T0: i64 = 1_704_067_200_000_000; // 2024-01-01T00:00:00Z

#[test]
fn a_server_ordering_ties_differently_with_date_filters_gets_the_sequential_order() {
    // 600 batches on 120 instants, five to an instant.
    let items = (0..600).map(|i| (format!("ctb_TIE{i:013}"), T0 + (i / 5) as i64 * 1_000_000)).collect();
    let s = ordered_server(items, Order::TiesFlipWithFilters);
    for sort in ["asc", "desc"] {
        let err = same_as_sequential(&s, sort);
        assert!(err.contains("differently with and without date filters"), "{sort}: {}", last_notes(&err));
    }
}

#[test]
fn a_server_sorting_by_day_gets_the_sequential_order() {
    // Three days of 200 batches (more than a window holds, so windows cut days).
    // On the first day ids follow the instants; on the others they are
    // shuffled (slot 37·k mod 200), which only a sort by day allows.
    let items = (0..600i64)
        .map(|i| {
            let (day, k) = (i / 200, i % 200);
            let slot = if day == 0 { k } else { k * 37 % 200 };
            (format!("ctb_DAY{i:013}"), T0 + day * 86_400_000_000 + slot * 432_000_000)
        })
        .collect();
    let s = ordered_server(items, Order::ByDay);
    let err = same_as_sequential(&s, "asc");
    // Cut into windows first: the order was caught in a later window, after
    // batches were already written, and the sequential listing took over.
    assert!(err.contains("note: sharded into"), "{}", last_notes(&err));
    assert!(err.contains("not the order of the issue times"), "{}", last_notes(&err));
    assert!(err.contains("batches already written are read again and must match"), "{}", last_notes(&err));
    same_as_sequential(&s, "desc");
}

#[test]
fn a_fallback_whose_sequential_listing_disagrees_with_what_was_written_is_exit_6() {
    // The first day: 100 batches on distinct instants, then 100 on 20 instants
    // (ties the windows order the other way round, past the first page, where
    // nothing compares them); the days after are sorted by day, which makes the
    // windows fall back: the sequential listing then does not start with what
    // was written, and that is said, never passed off as the listing.
    let items = (0..600i64)
        .map(|i| {
            let at = match i {
                0..100 => i * 60_000_000,
                100..200 => (100 + (i - 100) / 5) * 60_000_000,
                _ => (1 + (i - 200) / 200) * 86_400_000_000 + ((i - 200) % 200 * 37 % 200) * 432_000_000,
            };
            (format!("ctb_MIX{i:013}"), T0 + at)
        })
        .collect();
    let s = ordered_server(items, Order::FlipThenByDay);
    let o = s
        .cmd()
        .args(["batch", "list", "--all", "-o", "jsonl", "-v", "--sort", "asc", "--shards", "4"])
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(6), "{err}");
    assert!(err.contains("batches already written are read again and must match"), "{}", last_notes(&err));
    assert!(err.contains("listing does not start with the 201 batches already written"), "{err}");
    assert!(err.contains("differs with and without date filters") && err.contains("--shards 1"), "{err}");
    let seq =
        s.cmd().args(["batch", "list", "--all", "-o", "jsonl", "--sort", "asc", "--shards", "1"]).output().unwrap();
    assert!(seq.status.success());
    assert_eq!(stdout(&seq).lines().count(), 600);
}
