//! Unit tests of the dataset: split conservation, balances, totals, lineage depth and size.

use super::data::{Bal, Ix, NONE, Status, World};
use super::{Emulator, Options, Quirk};

fn world(seed: u64, quirks: Vec<Quirk>) -> Emulator {
    Emulator::new(Options { seed, quirks, ..Options::default() })
}

fn sum(w: &World, list: &[Ix]) -> i64 {
    list.iter().map(|&b| w.batches[b as usize].kgs).sum()
}

fn check_splits(w: &World) {
    for (i, b) in w.batches.iter().enumerate() {
        if b.status == Status::Split {
            let (l, r) = (&w.batches[b.left as usize], &w.batches[b.right as usize]);
            assert_eq!(b.kgs, l.kgs + r.kgs, "split conservation of {}", b.id.as_str());
            assert_eq!((l.parent, r.parent), (i as Ix, i as Ix));
            assert!(l.kgs > 0 && r.kgs > 0);
            assert_eq!(l.removal, b.removal);
        } else {
            assert_eq!((b.left, b.right), (NONE, NONE));
        }
        assert_eq!(b.status == Status::Retired, b.retirement != NONE);
    }
}

fn check_balances(w: &World) {
    for org in 0..w.orgs.len() {
        let mut total = Bal::default();
        for &b in &w.org_batches[org] {
            let batch = &w.batches[b as usize];
            assert_eq!(batch.owner as usize, org);
            total.add(batch.status, batch.kgs);
        }
        let bal = &w.balances[org];
        assert_eq!(bal.total, total);
        for part in [&bal.suppliers, &bal.projects, &bal.orders] {
            let (a, r) = part.iter().fold((0, 0), |(a, r), (_, b)| (a + b.active, r + b.retired));
            if std::ptr::eq(part, &bal.orders) {
                assert!(a <= total.active && r <= total.retired);
            } else {
                assert_eq!((a, r), (total.active, total.retired));
            }
        }
        for (o, b) in &bal.orders {
            let mut expect = Bal::default();
            for &x in &w.org_batches[org] {
                if w.batch_order(x) == *o {
                    expect.add(w.batches[x as usize].status, w.batches[x as usize].kgs);
                }
            }
            assert_eq!(*b, expect);
        }
    }
}

fn check_totals(w: &World) {
    for i in &w.issuances {
        assert_eq!(i.supplier_total, sum(w, &i.supplier_batches));
        assert_eq!(i.buffer_total, sum(w, &i.buffer_batches));
        for &b in i.supplier_batches.iter().chain(&i.buffer_batches) {
            assert_eq!(w.batches[b as usize].parent, NONE, "issuance lists originals");
        }
        assert!(i.buffer_total * 100 >= (i.supplier_total + i.buffer_total) * 4);
    }
    for list in [&w.deliveries, &w.transfers, &w.retirements, &w.refunds] {
        for e in list {
            assert!(!e.batches.is_empty());
            assert_eq!(e.total, sum(w, &e.batches));
        }
    }
    for o in &w.orders {
        assert!(o.ordered >= o.delivered);
        let d: i64 = o.deliveries.iter().map(|&d| w.deliveries[d as usize].total).sum();
        assert_eq!(d, o.delivered);
    }
}

fn check_projects(w: &World) {
    for (p, proj) in w.projects.iter().enumerate() {
        let orig: i64 =
            w.issuances.iter().filter(|i| i.project as usize == p).map(|i| i.supplier_total + i.buffer_total).sum();
        assert_eq!(proj.totals.issued, orig);
        let leaves = w.batches.iter().enumerate().filter(|(b, _)| w.batch_project(*b as Ix) as usize == p);
        let retired: i64 = leaves.filter(|(_, b)| b.status == Status::Retired).map(|(_, b)| b.kgs).sum();
        assert_eq!(proj.totals.retired, retired);
        assert!(proj.totals.retired_buffer <= proj.totals.retired);
        assert!(proj.totals.retired <= proj.totals.issued);
    }
}

fn depth(w: &World, mut b: Ix) -> usize {
    let mut d = 0;
    while w.batches[b as usize].parent != NONE {
        b = w.batches[b as usize].parent;
        d += 1;
    }
    d
}

fn check_demo_buyer(w: &World) {
    let demo = w.demo_buyer as usize;
    let own = &w.org_batches[demo];
    assert!((360..=480).contains(&own.len()), "demo buyer owns {}", own.len());
    let [a, s, r] = &w.org_batches_by_status[demo];
    assert!(!a.is_empty() && !s.is_empty() && !r.is_empty());
    assert!(w.balances[demo].projects.len() >= 3);
    assert!(w.balances[demo].suppliers.len() >= 2);
    assert!(own.iter().any(|&b| depth(w, b) >= 3), "a lineage chain of depth >= 3");
    assert!(depth(w, w.samples.batch) >= 3);
}

#[test]
fn invariants_hold_for_several_seeds() {
    for seed in [42, 7, 2024] {
        let emu = world(seed, Vec::new());
        let w = &*emu.inner.snapshot();
        assert_eq!(w.maps.batches.len(), w.batches.len(), "batch ids unique");
        check_splits(w);
        check_balances(w);
        check_totals(w);
        check_projects(w);
        check_demo_buyer(w);
    }
}

#[test]
fn samples_belong_to_the_demo_buyer() {
    let emu = world(42, Vec::new());
    let w = &*emu.inner.snapshot();
    let s = &w.samples;
    assert_eq!(w.batches[s.batch as usize].owner, w.demo_buyer);
    assert_eq!(w.batches[s.split_batch as usize].owner, w.demo_buyer);
    assert_eq!(w.batches[s.split_batch as usize].status, Status::Split);
    assert_eq!(w.orders[s.order as usize].buyer, w.demo_buyer);
    assert_eq!(w.retirements[s.retirement as usize].from, w.demo_buyer);
    assert_eq!(w.transfers[s.transfer as usize].from, w.demo_buyer);
    assert_eq!(w.refunds[s.refund as usize].to, w.demo_buyer);
    let leaf = s.wide_leaf.expect("a wide split tree");
    assert_eq!(w.batches[leaf as usize].owner, w.demo_buyer);
    let ids = emu.sample_ids();
    assert_eq!(ids.len(), 11);
    assert!(ids.iter().all(|(_, id)| id.len() == 20));
}

#[test]
fn wide_tree_has_every_level_split() {
    let emu = world(42, Vec::new());
    let w = &*emu.inner.snapshot();
    let mut cur = w.samples.wide_leaf.expect("a wide split tree");
    let mut depth = 0;
    while w.batches[cur as usize].parent != NONE {
        cur = w.batches[cur as usize].parent;
        depth += 1;
    }
    let mut count = 0;
    let mut stack = vec![cur];
    while let Some(b) = stack.pop() {
        count += 1;
        let batch = &w.batches[b as usize];
        if batch.status == Status::Split {
            stack.extend([batch.left, batch.right]);
        }
    }
    assert!(depth >= 7, "leaf depth {depth}");
    assert!(count >= 255, "{count} batches in the tree");
}

#[test]
fn same_seed_same_data() {
    let (a, b) = (world(5, Vec::new()), world(5, Vec::new()));
    assert_eq!(a.sample_ids(), b.sample_ids());
    let ctx = |e: &Emulator| {
        let w = &*e.inner.snapshot();
        let c = super::views::ViewCtx::new(w, &[]);
        serde_json::to_string(&(0..w.batches.len() as Ix).map(|i| c.batch(i)).collect::<Vec<_>>()).unwrap()
    };
    assert_eq!(ctx(&a), ctx(&b));
    assert_ne!(a.sample_ids(), world(6, Vec::new()).sample_ids());
}

#[test]
fn bad_split_breaks_exactly_one_split() {
    let emu = world(42, vec![Quirk::BadSplit]);
    let w = &*emu.inner.snapshot();
    let bad: Vec<_> = w
        .batches
        .iter()
        .filter(|b| b.status == Status::Split)
        .filter(|b| b.kgs != w.batches[b.left as usize].kgs + w.batches[b.right as usize].kgs)
        .collect();
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0].owner, w.demo_buyer);
    check_balances(w);
}

#[test]
fn scale_100_gives_ten_thousand_demo_batches() {
    let emu = Emulator::new(Options { scale: 100, ..Options::default() });
    // Active and retired batches, what a listing shows (about 10,000; split parents come on top).
    let n = emu.demo_buyer_batch_count();
    assert!((9_000..=20_000).contains(&n), "demo buyer owns {n}");
}

#[test]
fn names_parse() {
    use clap::ValueEnum;
    let fail: Vec<String> = super::FailKind::value_variants().iter().map(|k| k.to_string()).collect();
    let want = [
        "503",
        "502",
        "504",
        "500",
        "429",
        "html",
        "truncate",
        "reset",
        "hang",
        "redirect-307",
        "empty-200",
        "commit-500",
        "commit-500-cut",
        "commit-cut",
        "commit-reset",
        "commit-late",
        "commit-302",
        "commit-303-away",
        "commit-wrong",
    ];
    assert_eq!(fail, want);
    for n in want {
        assert_eq!(super::FailKind::from_str(n, true).unwrap().to_string(), n);
    }
    let quirks: Vec<String> = Quirk::value_variants().iter().map(|q| q.to_string()).collect();
    let want =
        ["hostile", "skew-balance", "bad-split", "legacy-shape", "missing-field", "ignore-dates", "burst", "growing"];
    assert_eq!(quirks, want);
    for n in want {
        assert_eq!(Quirk::from_str(n, true).unwrap().to_string(), n);
    }
    assert!(Quirk::from_str("nope", true).is_err());
}
