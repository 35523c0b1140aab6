//! Black-box tests of the explorer commands: every noun against the emulator
//! in each output format, counts against `total_count`, filters, lineage,
//! reconcile (agreeing and disagreeing), `api`, `--jq` and progress output.

use crate::common::{Emu, stderr, stdout};
use serde_json::Value;

fn arr(v: &Value) -> &Vec<Value> {
    v.as_array().expect("array")
}

fn total_count(emu: &Emu, path: &str) -> u64 {
    let v = emu.json(&["api", path, "-f", "first=1"]);
    v["total_count"].as_u64().expect("total_count")
}

#[test]
fn every_list_with_all_matches_total_count() {
    let emu = Emu::shared();
    let spl = emu.id("supplier");
    let prj = emu.id("project");
    let ord = emu.id("order");
    let cases: Vec<(Vec<String>, String)> = vec![
        (vec!["issuance".into(), "list".into()], "/issuances".into()),
        (vec!["delivery".into(), "list".into()], "/deliveries".into()),
        (vec!["retirement".into(), "list".into()], "/retirements".into()),
        (vec!["transfer".into(), "list".into()], "/transfers".into()),
        (vec!["supplier".into(), "list".into()], "/suppliers".into()),
        (vec!["project".into(), "list".into()], "/projects".into()),
        (vec!["beneficiary".into(), "list".into()], "/beneficiaries".into()),
        (vec!["transferee".into(), "list".into()], "/transferees".into()),
        (vec!["order".into(), "list".into()], format!("/organisations/{}/orders", emu.buyer_org)),
        (vec!["order".into(), "deliveries".into(), ord.clone()], format!("/orders/{ord}/deliveries")),
        (vec!["supplier".into(), "issuances".into(), spl.clone()], format!("/suppliers/{spl}/issuances")),
        (vec!["supplier".into(), "projects".into(), spl.clone()], format!("/suppliers/{spl}/projects")),
        (vec!["supplier".into(), "deliveries".into(), spl.clone()], format!("/suppliers/{spl}/deliveries")),
        (vec!["project".into(), "documents".into(), prj.clone()], format!("/projects/{prj}/documents")),
    ];
    for (args, path) in cases {
        let mut a: Vec<&str> = args.iter().map(String::as_str).collect();
        a.extend(["--all", "--page-size", "7"]);
        let v = emu.json(&a);
        assert_eq!(arr(&v).len() as u64, total_count(&emu, &path), "{args:?}");
    }
}

#[test]
fn every_get_and_batches_in_every_format() {
    let emu = Emu::shared();
    let cases = [
        ("delivery", "delivery"),
        ("retirement", "retirement"),
        ("transfer", "transfer"),
        ("refund", "refund"),
        ("order", "order"),
        ("supplier", "supplier"),
        ("project", "project"),
        ("issuance", "issuance"),
    ];
    for (noun, sample) in cases {
        let id = emu.id(sample);
        let v = emu.json(&[noun, "get", &id]);
        assert_eq!(v["id"], id.as_str(), "{noun}");
        for f in ["table", "jsonl", "csv"] {
            let o = emu.cmd().args([noun, "get", &id, "-o", f]).output().unwrap();
            assert!(o.status.success(), "{noun} {f}: {}", stderr(&o));
            assert!(stdout(&o).contains(&id), "{noun} get -o {f} shows the ID");
        }
    }
    for (noun, sample, path) in [
        ("delivery", "delivery", "deliveries"),
        ("retirement", "retirement", "retirements"),
        ("transfer", "transfer", "transfers"),
        ("refund", "refund", "refunds"),
    ] {
        let id = emu.id(sample);
        let parent = emu.json(&[noun, "get", &id]);
        let b = emu.json(&[noun, "batches", &id, "--all"]);
        let sum: i64 = arr(&b).iter().map(|x| x["size"]["credit_kgs"].as_i64().unwrap()).sum();
        assert_eq!(sum, parent["credit_batch_size_total"]["credit_kgs"].as_i64().unwrap(), "{noun}");
        let raw = emu.json(&["api", &format!("/{path}/{id}/credit_batches")]);
        assert_eq!(arr(&b).len() as u64, raw["total_count"].as_u64().unwrap());
        for f in ["table", "csv", "jsonl"] {
            let o = emu.cmd().args([noun, "batches", &id, "-o", f]).output().unwrap();
            assert!(o.status.success() && stdout(&o).contains("ctb_"), "{noun} batches -o {f}");
        }
    }
}

#[test]
fn org_supplier_current_and_tables() {
    let emu = Emu::shared();
    let me = emu.json(&["org", "current"]);
    assert_eq!(me["id"], emu.buyer_org.as_str());
    let same = emu.json(&["org", "get", &emu.buyer_org]);
    assert_eq!(same, me);
    let o = emu
        .cmd()
        .args(["supplier", "current"])
        .env("ISOMETRIC_ACCESS_TOKEN", &emu.supplier_token)
        .args(["-o", "json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let s: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(s["id"].as_str().unwrap().starts_with("spl_"));
    let o = emu.cmd().args(["supplier", "current"]).output().unwrap();
    assert_eq!(o.status.code(), Some(4), "a buyer is no supplier: {}", stderr(&o));
    let o = emu
        .cmd()
        .args(["order", "list", "--supplier", &emu.id("supplier")])
        .env("ISOMETRIC_ACCESS_TOKEN", &emu.supplier_token)
        .args(["-o", "json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let o = emu.cmd().args(["project", "list", "-o", "table"]).output().unwrap();
    let head = stdout(&o).lines().next().unwrap().to_string();
    for h in ["NAME", "PATHWAY", "STATUS", "COUNTRY", "ISSUED (t)", "RETIRED (t)"] {
        assert!(head.contains(h), "{head}");
    }
    let o = emu.cmd().args(["retirement", "list", "-o", "table", "--limit", "3"]).output().unwrap();
    let t = stdout(&o);
    assert!(t.contains("BENEFICIARY") && t.contains("https://to.isometric.com/ret_"), "{t}");
}

#[test]
fn list_filters_narrow_results() {
    let emu = Emu::shared();
    let spl = emu.id("supplier");
    let d = emu.json(&["delivery", "list", "--all", "--from-supplier", &spl]);
    assert!(!arr(&d).is_empty());
    assert!(arr(&d).iter().all(|x| x["from_supplier"]["id"] == spl.as_str()));
    let r = emu.json(&["retirement", "list", "--all", "--owner", &emu.buyer_org]);
    assert!(arr(&r).iter().all(|x| x["owner"]["id"] == emu.buyer_org.as_str()));
    let t = emu.json(&["transfer", "list", "--all", "--from-org", &emu.buyer_org]);
    assert!(arr(&t).iter().all(|x| x["from_organisation"]["id"] == emu.buyer_org.as_str()));
    let all = emu.json(&["delivery", "list", "--all"]);
    assert!(arr(&all).len() > arr(&d).len());
    let lim = emu.json(&["delivery", "list", "--limit", "2"]);
    assert_eq!(arr(&lim).len(), 2);
}

#[test]
fn lineage_walks_up_and_down_and_checks_sizes() {
    let emu = Emu::shared();
    let id = emu.id("split credit batch");
    let tree = emu.json(&["batch", "lineage", &id]);
    assert!(tree["parent_id"].is_null(), "the root comes first");
    fn check(n: &Value, depth: usize, max: &mut usize) {
        *max = (*max).max(depth);
        let kids = n["children"].as_array().unwrap();
        if !kids.is_empty() {
            let sum: i64 = kids.iter().map(|k| k["size"]["credit_kgs"].as_i64().unwrap()).sum();
            assert_eq!(sum, n["size"]["credit_kgs"].as_i64().unwrap());
        }
        kids.iter().for_each(|k| check(k, depth + 1, max));
    }
    let mut depth = 0;
    check(&tree, 0, &mut depth);
    assert!(depth >= 1);
    let o = emu.cmd().args(["batch", "lineage", &id, "-o", "jsonl"]).output().unwrap();
    let rows: Vec<Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(rows.iter().any(|r| r["id"] == id.as_str()));
    assert_eq!(rows[0]["depth"], 0);
    assert!(rows[1]["parent"].is_string());
    let o = emu.cmd().args(["batch", "lineage", &id, "-o", "table"]).output().unwrap();
    assert!(stdout(&o).contains(&format!("├─ {}", rows[1]["id"].as_str().unwrap())), "drawn as a tree");
    let o = emu.cmd().args(["batch", "lineage", &id, "-o", "csv"]).output().unwrap();
    assert!(stdout(&o).starts_with("tree,depth,parent,"), "{}", stdout(&o));
}

#[test]
fn lineage_reports_a_tree_that_does_not_add_up() {
    let emu = Emu::start(&["--quirk", "bad-split"]);
    let splits = emu.json(&["batch", "list", "--all", "--status", "split", "--sort", "asc"]);
    let mut seen = std::collections::HashSet::new();
    for b in arr(&splits) {
        let id = b["id"].as_str().unwrap();
        if seen.contains(id) {
            continue;
        }
        let o = emu.cmd().args(["batch", "lineage", id, "-o", "jsonl"]).output().unwrap();
        for line in stdout(&o).lines() {
            let row: Value = serde_json::from_str(line).unwrap();
            seen.insert(row["id"].as_str().unwrap().to_string());
        }
        if o.status.code() == Some(1) {
            assert!(stderr(&o).contains("size mismatch") && stderr(&o).contains("add up to"), "{}", stderr(&o));
            return;
        }
        assert!(o.status.success());
    }
    panic!("no split tree failed to add up");
}

#[test]
fn reconcile_passes_on_consistent_data_and_fails_on_skew() {
    let emu = Emu::shared();
    let o = emu.cmd().args(["reconcile", "-o", "json"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let rows: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(arr(&rows).iter().all(|r| r["ok"] == true));
    assert!(arr(&rows).iter().any(|r| r["scope"] == "project") && arr(&rows).iter().any(|r| r["scope"] == "supplier"));
    let skew = Emu::shared_with(&["--quirk", "skew-balance"]);
    let o = skew.cmd().args(["reconcile", "-o", "table"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let t = stdout(&o);
    let bad: Vec<&str> = t.lines().filter(|l| l.starts_with("false")).collect();
    assert!(!bad.is_empty() && bad.iter().all(|l| l.contains("0.001") || l.contains("-0.001")), "{t}");
    assert!(stderr(&o).contains("differ"), "{}", stderr(&o));
}

#[test]
fn api_gets_paginates_and_refuses_bad_paths() {
    let emu = Emu::shared();
    let v = emu.json(&["api", "/issuances", "-f", "first=3"]);
    assert_eq!(arr(&v["nodes"]).len(), 3);
    assert!(v["page_info"]["has_next_page"].as_bool().unwrap());
    let all = emu.json(&["api", "/issuances", "--paginate", "-f", "first=7"]);
    assert_eq!(arr(&all).len() as u64, v["total_count"].as_u64().unwrap());
    let o = emu.cmd().args(["api", "/issuances", "-f", "first=51"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "422 is a usage error: {}", stderr(&o));
    assert!(stderr(&o).contains("first"), "{}", stderr(&o));
    for bad in ["/../x", "/issuances?first=1", "//evil/x", "/a b"] {
        let o = emu.cmd().args(["api", bad]).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{bad}");
    }
    let o = emu.cmd().args(["api", "/organisation", "-o", "table"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "api never prints a table: {}", stdout(&o));
    assert!(stderr(&o).contains("-o json"), "{}", stderr(&o));
}

#[test]
fn api_prints_pretty_json_on_a_terminal_never_a_table() {
    let emu = Emu::shared();
    for path in ["/organisation", "/issuances"] {
        let mut c = emu.cmd();
        c.args(["api", path]).env("ISOREG_FORCE_TTY", "1").env("COLUMNS", "80").env("NO_COLOR", "1");
        let o = c.output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        let text = stdout(&o);
        let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: not JSON ({e}): {text}"));
        assert!(text.starts_with("{\n  \""), "pretty on a terminal: {text}");
        if path == "/issuances" {
            assert!(v["nodes"].is_array() && v["page_info"].is_object(), "the whole answer: {text}");
        } else {
            assert_eq!(v["id"], emu.buyer_org.as_str());
        }
    }
}

#[test]
fn jq_raw_output_prints_strings_without_quotes() {
    let emu = Emu::shared();
    let ids = |extra: &[&str]| {
        let o = emu.cmd().args(["batch", "list", "--limit", "3", "--jq", ".[].id"]).args(extra).output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o).lines().map(str::to_string).collect::<Vec<_>>()
    };
    let quoted = ids(&[]);
    let raw = ids(&["-r"]);
    assert_eq!(raw.len(), 3, "{raw:?}");
    assert!(raw.iter().all(|l| l.starts_with("ctb_")), "{raw:?}");
    assert_eq!(quoted, raw.iter().map(|l| format!("\"{l}\"")).collect::<Vec<_>>());
    assert_eq!(ids(&["--raw-output"]), raw);
    let o = emu.cmd().args(["batch", "list", "--limit", "3", "-r", "--jq", "length, {n: 1}"]).output().unwrap();
    assert_eq!(stdout(&o), "3\n{\"n\":1}\n", "only strings lose their quotes");
    let o = emu.cmd().args(["batch", "list", "-r"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "-r needs --jq: {}", stderr(&o));
    assert!(stderr(&o).contains("--jq"), "{}", stderr(&o));
}

#[test]
fn jq_filters_json_after_fields() {
    let emu = Emu::shared();
    let o = emu.cmd().args(["batch", "list", "--limit", "5", "--jq", "map(.id) | length"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "5");
    let o = emu
        .cmd()
        .args(["batch", "list", "--limit", "3", "-o", "jsonl", "--fields", "id,status", "--jq", "keys"])
        .output()
        .unwrap();
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(serde_json::from_str::<Value>(lines[0]).unwrap(), serde_json::json!(["id", "status"]));
    let o = emu.cmd().args(["balance", "--jq", ".total.active_credits_total.credit_kgs"]).output().unwrap();
    assert!(stdout(&o).trim().parse::<i64>().unwrap() > 0);
    let o = emu.cmd().args(["batch", "list", "--jq", ".[] | selct(.x)"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("selct"), "{}", stderr(&o));
    let o = emu.cmd().args(["batch", "list", "-o", "csv", "--jq", "."]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn no_progress_or_notes_when_piped_or_quiet() {
    let emu = Emu::start(&["--latency-ms", "40"]);
    let o = emu.cmd().args(["batch", "list", "--all", "-o", "jsonl", "--page-size", "10"]).output().unwrap();
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    let o = emu.cmd().args(["batch", "list", "-o", "jsonl", "-q", "--limit", "5"]).output().unwrap();
    assert!(stderr(&o).is_empty());
}

#[test]
fn names_resolved_only_in_tables() {
    let emu = Emu::shared();
    let id = emu.id("issuance");
    let o = emu.cmd().args(["issuance", "get", &id, "-o", "table"]).output().unwrap();
    let t = stdout(&o);
    let line = t.lines().find(|l| l.starts_with("PROJECT")).unwrap();
    assert!(line.split_whitespace().count() > 2, "name beside the project ID: {line}");
    let v = emu.json(&["issuance", "get", &id]);
    assert!(v["project_id"].as_str().unwrap().starts_with("prj_"));
    let o = emu.cmd().args(["issuance", "get", &id, "-o", "table", "--no-resolve"]).output().unwrap();
    let line = stdout(&o).lines().find(|l| l.starts_with("PROJECT")).unwrap().to_string();
    assert_eq!(line.split_whitespace().count(), 2, "{line}");
}

#[test]
fn every_list_in_every_format_agrees_on_count() {
    let emu = Emu::shared();
    let spl = emu.id("supplier");
    let lists: Vec<Vec<&str>> = vec![
        vec!["issuance", "list"],
        vec!["delivery", "list"],
        vec!["retirement", "list"],
        vec!["transfer", "list"],
        vec!["supplier", "list"],
        vec!["project", "list"],
        vec!["order", "list"],
        vec!["beneficiary", "list"],
        vec!["transferee", "list"],
        vec!["batch", "list"],
        vec!["supplier", "projects", &spl],
    ];
    for args in lists {
        let mut a = args.clone();
        a.extend(["--limit", "4"]);
        let json = emu.json(&a);
        let n = arr(&json).len();
        assert!(n > 0 && n <= 4, "{args:?}");
        let run = |f: &str| {
            let o = emu.cmd().args(&a).args(["-o", f]).output().unwrap();
            assert!(o.status.success(), "{args:?} -o {f}: {}", stderr(&o));
            stdout(&o)
        };
        assert_eq!(run("jsonl").lines().count(), n, "{args:?} jsonl");
        let csv_text = run("csv");
        let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
        assert_eq!(rdr.records().count(), n, "{args:?} csv");
        assert_eq!(run("table").lines().count(), n + 1, "{args:?} table: header + rows");
        let first_id = json[0]["id"].as_str().unwrap();
        assert!(csv_text.contains(first_id) && run("table").contains(first_id), "{args:?}");
    }
}

#[test]
fn lineage_of_a_wide_tree_fetches_each_batch_once() {
    let emu = Emu::shared();
    let leaf = emu.id("wide split tree");
    let o = emu.cmd().args(["batch", "lineage", &leaf, "-o", "jsonl", "-v"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let rows = stdout(&o).lines().count();
    assert!(rows >= 255, "{rows} batches");
    let gets = stderr(&o).lines().filter(|l| l.starts_with("> GET")).count();
    assert_eq!(gets, rows, "every batch fetched exactly once");
    let leaves: i64 = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|r| r["status"] != "split")
        .map(|r| r["size"]["credit_kgs"].as_i64().unwrap())
        .sum();
    let root: Value = serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    assert_eq!(leaves, root["size"]["credit_kgs"].as_i64().unwrap(), "leaves add up to the root");
}
