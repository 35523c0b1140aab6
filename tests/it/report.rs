//! `report retirements` and `report holdings` on the demo data, through the
//! real binary: every figure equals a sum made here, independently, over the
//! credit batches, retirements, projects and orders that other isoreg
//! commands list; CSV and the local copy give the same figures; the terminal
//! charts fit 80 and 120 columns; a balance that disagrees exits 1; and the
//! page opens in headless Chromium (no console errors, the right number of
//! bars, the totals in the text, a screenshot that is not blank, a PDF with
//! one page per section).

use crate::common;

use crate::common::{Emu, on_terminal, stderr, stdout};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

/// Exact tonnes from kilograms, as the report writes them.
fn t(kg: i128) -> String {
    format!("{}.{:03}", kg / 1000, kg % 1000)
}

fn kg(v: &Value) -> i128 {
    v["credit_kgs"].to_string().parse().expect("integer credit_kgs")
}

fn s(v: &Value, p: &str) -> String {
    v.pointer(p).and_then(Value::as_str).unwrap_or("").to_string()
}

/// `report … -o json`, parsed.
fn report(emu: &Emu, args: &[&str]) -> Value {
    emu.json(&[&["report"], args].concat())
}

/// A breakdown of the report as key → kg, checking that `credits` is the exact tonnes of `credit_kgs`.
fn lines(v: &Value, key: &str) -> BTreeMap<String, i128> {
    let mut out = BTreeMap::new();
    for l in v.as_array().expect("array of lines") {
        assert_eq!(l["credits"].to_string(), t(kg(l)), "credits of {l}");
        out.insert(l[key].as_str().expect("key").to_string(), kg(l));
    }
    out
}

fn add(m: &mut BTreeMap<String, i128>, k: &str, v: i128) {
    *m.entry(k.to_string()).or_default() += v;
}

/// Projects by id, from `project list --all`.
fn projects(emu: &Emu) -> HashMap<String, Value> {
    let all = emu.json(&["project", "list", "--all"]);
    all.as_array().expect("projects").iter().map(|p| (s(p, "/id"), p.clone())).collect()
}

#[test]
fn retirement_figures_equal_independent_sums() {
    let emu = Emu::shared();
    let r = report(&emu, &["retirements", "--year", "2025"]);
    let batches = emu.json(&["batch", "list", "--all", "--status", "retired"]);
    let rets = emu.json(&["retirement", "list", "--all", "--owner", "me"]);
    let projects = projects(&emu);
    let rets: HashMap<String, &Value> = rets.as_array().unwrap().iter().map(|r| (s(r, "/id"), r)).collect();
    let mut want: BTreeMap<&str, BTreeMap<String, i128>> = BTreeMap::new();
    let (mut total, mut per_ret, mut months) = (0i128, BTreeMap::new(), BTreeMap::new());
    for m in 1..=12 {
        months.insert(format!("2025-{m:02}"), 0i128);
    }
    for b in batches.as_array().unwrap() {
        let rec = rets[&s(b, "/retirement_id")];
        let date = s(rec, "/retired_at");
        if !date.starts_with("2025-") {
            continue;
        }
        let size = kg(&b["size"]);
        total += size;
        add(&mut per_ret, &s(b, "/retirement_id"), size);
        add(&mut months, &date[..7], size);
        let p = &projects[&s(b, "/project_id")];
        let mut purposes: Vec<String> =
            rec["purposes"].as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_string()).collect();
        purposes.sort();
        for (dim, key) in [
            ("project", s(b, "/project_id")),
            ("pathway", s(p, "/pathway")),
            ("country", s(b, "/country_of_issue")),
            ("vintage", s(b, "/sequestered_on")[..4].to_string()),
            ("supplier", s(b, "/supplier_id")),
            ("beneficiary", s(rec, "/beneficiary/id")),
            ("purpose", purposes.join(", ")),
        ] {
            add(want.entry(dim).or_default(), &key, size);
        }
    }
    assert!(total > 0 && want["project"].len() > 1, "the demo year has retirements from several projects");
    assert_eq!(kg(&r["total"]), total);
    assert_eq!(r["total"]["credits"].to_string(), t(total));
    for (dim, sums) in &want {
        assert_eq!(&lines(&r["breakdowns"][dim], "key"), sums, "breakdown by {dim}");
    }
    assert_eq!(lines(&r["months"], "month"), months);
    let listed: BTreeMap<String, i128> =
        r["retirements"].as_array().unwrap().iter().map(|l| (s(l, "/id"), kg(l))).collect();
    assert_eq!(listed, per_ret);
    for l in r["retirements"].as_array().unwrap() {
        let id = s(l, "/id");
        assert_eq!(s(l, "/certificate"), s(rets[&id], "/url"));
        assert!(s(l, "/certificate").ends_with(&id));
        assert_eq!(s(l, "/date"), s(rets[&id], "/retired_at")[..10]);
        assert_eq!(s(l, "/beneficiary"), s(rets[&id], "/beneficiary/name"));
    }
    assert_eq!(r["check"]["agree"], true);
    assert_eq!(r["period"]["from"], "2025-01-01");
    assert_eq!(r["period"]["to"], "2025-12-31");
}

/// (year, month, day) of an ISO date or date-time.
fn ymd(d: &str) -> (i32, u32, u32) {
    (d[..4].parse().unwrap(), d[5..7].parse().unwrap(), d[8..10].parse().unwrap())
}

#[test]
fn holdings_figures_equal_independent_sums() {
    let emu = Emu::shared();
    let r = report(&emu, &["holdings"]);
    let batches = emu.json(&["batch", "list", "--all", "--status", "active"]);
    let today = ymd(&s(&r, "/data_time"));
    let mut want: BTreeMap<&str, BTreeMap<String, i128>> = BTreeMap::new();
    let mut total = 0i128;
    for b in batches.as_array().unwrap() {
        let size = kg(&b["size"]);
        total += size;
        let issued = ymd(&s(b, "/issued_at"));
        let years = today.0 - issued.0 - i32::from((today.1, today.2) < (issued.1, issued.2));
        for (dim, key) in [
            ("project", s(b, "/project_id")),
            ("vintage", s(b, "/sequestered_on")[..4].to_string()),
            ("supplier", s(b, "/supplier_id")),
            ("age", years.min(3).to_string()),
        ] {
            add(want.entry(dim).or_default(), &key, size);
        }
    }
    assert_eq!(kg(&r["total"]), total);
    for (dim, sums) in &want {
        assert_eq!(&lines(&r["breakdowns"][dim], "key"), sums, "breakdown by {dim}");
    }
    let orders = emu.json(&["order", "list", "--all"]);
    let open: BTreeMap<String, i128> = orders
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| kg(&o["credits_delivered"]) < kg(&o["credits_ordered"]))
        .map(|o| (s(o, "/id"), kg(&o["credits_ordered"]) - kg(&o["credits_delivered"])))
        .collect();
    assert!(!open.is_empty(), "the demo buyer has orders still to deliver");
    let listed: BTreeMap<String, i128> =
        r["open_orders"].as_array().unwrap().iter().map(|o| (s(o, "/id"), kg(&o["outstanding"]))).collect();
    assert_eq!(listed, open);
    assert_eq!(r["check"]["agree"], true);
}

#[test]
fn csv_has_the_figures_of_json() {
    let emu = Emu::shared();
    let r = report(&emu, &["retirements", "--year", "2025"]);
    let out = emu.cmd().args(["report", "retirements", "--year", "2025", "-o", "csv"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let mut rd = csv::Reader::from_reader(out.stdout.as_slice());
    let mut got: BTreeMap<(String, String), i128> = BTreeMap::new();
    for rec in rd.records() {
        let rec = rec.unwrap();
        assert_eq!(&rec[5], t(rec[4].parse().unwrap()), "credits column of {rec:?}");
        got.insert((rec[0].to_string(), rec[1].to_string()), rec[4].parse().unwrap());
    }
    assert_eq!(got[&("total".into(), s(&r, "/organisation/id"))], kg(&r["total"]));
    for (dim, ls) in r["breakdowns"].as_object().unwrap() {
        for (k, v) in lines(ls, "key") {
            assert_eq!(got[&(dim.clone(), k)], v);
        }
    }
    for (m, v) in lines(&r["months"], "month") {
        assert_eq!(got[&("month".into(), m)], v);
    }
    for l in r["retirements"].as_array().unwrap() {
        assert_eq!(got[&("retirement".into(), s(l, "/id"))], kg(l));
    }
}

/// The report on a forced terminal `cols` wide.
fn on_cols(emu: &Emu, cols: u16) -> String {
    let mut c = emu.cmd();
    on_terminal(&mut c, cols);
    let out = c.args(["report", "retirements", "--year", "2025"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

/// The bar of the chart row that starts with `label`, in cells (eighths count as one).
fn bar_of(text: &str, label: &str) -> usize {
    let line = text.lines().find(|l| l.starts_with(label)).unwrap_or_else(|| panic!("no row {label} in\n{text}"));
    line.chars().filter(|c| ('\u{2588}'..='\u{258F}').contains(c)).count()
}

#[test]
fn terminal_charts_fit_80_and_120_columns() {
    let emu = Emu::shared();
    let r = report(&emu, &["retirements", "--year", "2025"]);
    let (narrow, wide) = (on_cols(&emu, 80), on_cols(&emu, 120));
    for (text, cols) in [(&narrow, 80), (&wide, 120)] {
        for l in text.lines() {
            assert!(l.chars().count() <= cols, "line wider than {cols}: {l:?}");
        }
        assert!(text.contains(&format!("Retired  {} t in", t(kg(&r["total"])))), "{text}");
        assert!(text.contains("Check    the figures agree with the credit balance"), "{text}");
        assert!(text.contains("2025-08"), "{text}");
    }
    let top = &r["breakdowns"]["project"][0];
    let label = &s(top, "/label")[..8];
    assert!(bar_of(&wide, label) > bar_of(&narrow, label), "wider terminal, longer bars");
    assert_eq!(bar_of(&narrow, "2025-02"), 0, "an empty month has no bar");
    let rows = narrow.lines().filter(|l| l.chars().any(|c| ('\u{2588}'..='\u{258F}').contains(&c))).count();
    let nonzero = r["breakdowns"].as_object().unwrap().values().flat_map(|v| v.as_array().unwrap()).count()
        + r["months"].as_array().unwrap().iter().filter(|m| kg(m) > 0).count();
    assert_eq!(rows, nonzero, "one bar per non-zero figure:\n{narrow}");
    assert!(wide.contains("https://to.isometric.com/ret_"), "certificates at 120 columns:\n{wide}");
}

#[test]
fn the_local_copy_gives_the_same_figures_and_names_its_snapshot() {
    let emu = Emu::shared();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("copy.sqlite");
    let db = db.to_str().unwrap();
    emu.json(&["sync", "--db", db]);
    for args in [&["retirements", "--year", "2025"][..], &["holdings"][..]] {
        let mut online = report(&emu, args);
        let out = emu.cmd().arg("report").args(args).args(["--db", db, "-o", "json"]).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stderr(&out).contains("snapshot 1"), "{}", stderr(&out));
        let mut offline: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(offline["snapshot"]["number"], 1);
        for v in [&mut online, &mut offline] {
            let o = v.as_object_mut().unwrap();
            for k in ["registry", "data_time", "snapshot"] {
                o.remove(k);
            }
        }
        if args[0] == "holdings" {
            // Ages are seen from the time of the data, which differs; the rest must not.
            online["breakdowns"].as_object_mut().unwrap().remove("age");
            offline["breakdowns"].as_object_mut().unwrap().remove("age");
        }
        assert_eq!(online, offline, "{args:?}");
    }
    let mut c = emu.cmd();
    on_terminal(&mut c, 100);
    let out = c.args(["report", "holdings", "--db", db]).output().unwrap();
    assert!(stdout(&out).contains("local copy") && stdout(&out).contains("(snapshot 1, taken"), "{}", stdout(&out));
}

#[test]
fn a_balance_that_disagrees_exits_1_and_says_where() {
    let emu = Emu::shared_with(&["--quirk", "skew-balance"]);
    let out = emu.cmd().args(["report", "holdings", "-o", "table"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let e = stderr(&out);
    assert!(e.contains("do not agree with the credit balance"), "{e}");
    assert!(e.contains("active, all time") && e.contains("difference -0.001 t"), "{e}");
    assert!(stdout(&out).contains("DO NOT agree"), "the report itself says so too");
}

#[test]
fn bad_periods_and_orgs_are_usage_errors() {
    let emu = Emu::shared();
    for args in [
        &["report", "retirements", "--from", "2025-03-01", "--to", "2025-01-01"][..],
        &["report", "retirements", "--year", "2025", "--from", "2025-01-01"][..],
        &["report", "retirements", "--from", "2025-13-01"][..],
        &["report", "holdings", "--org", "prj_ATZROTOF1RXQG2Q1"][..],
        &["report", "holdings", "--snapshot", "2"][..],
    ] {
        let out = emu.cmd().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).contains("panicked"));
    }
}

// ---- In a real browser ----

mod browser;

#[test]
fn the_readme_shows_the_real_statement_at_80_columns() {
    let home = tempfile::tempdir().unwrap();
    let mut c = common::bare_std(home.path());
    c.args(["--demo", "report", "retirements", "--year", "2025", "--no-pager"]);
    on_terminal(&mut c, 80);
    let out = c.output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let seen = format!("{}{}", stdout(&out), common::without_progress(&stderr(&out)));
    let shown: Vec<String> = seen.lines().map(str::to_string).collect();
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let doc: Vec<&str> = readme.lines().collect();
    let at = doc.iter().position(|l| *l == "$ isoreg --demo report retirements --year 2025").expect("README example");
    assert_eq!(shown.len() + 1, doc[at + 1..].iter().position(|l| *l == "```").unwrap() + 1);
    for (got, want) in shown.iter().zip(&doc[at + 1..]) {
        if got.starts_with("Data     http://127.0.0.1:") {
            assert!(want.starts_with("Data     http://127.0.0.1:"), "{want}");
        } else {
            assert_eq!(got, want);
        }
    }
}

#[test]
fn hostile_names_cannot_drive_the_terminal_or_the_page() {
    let emu = Emu::shared_with(&["--quirk", "hostile"]);
    let mut c = emu.cmd();
    on_terminal(&mut c, 100);
    let out = c.args(["report", "retirements", "--year", "2025", "--no-pager"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'), "raw escapes in the terminal report");
    assert!(text.contains("\\u{1b}"), "escapes are shown, not dropped");
    for l in text.lines() {
        assert!(l.chars().count() <= 100, "line wider than 100: {l:?}");
    }
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("p.html");
    let out = emu.cmd().args(["report", "retirements", "--year", "2025", "--html"]).arg(&page).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(!html.contains('\u{1b}') && !html.contains("<script"), "hostile text reached the page raw");
    assert!(html.contains("=HYPERLINK(&quot;https://evil.example&quot;"), "names are escaped, not dropped");
}
