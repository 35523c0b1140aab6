//! Black-box tests of the core commands (balance, batch get/list, issuance)
//! in every output format, the exit codes, pagination, and the balance checks.

use crate::common;
use crate::common::{Emu, dead_url, stderr, stdout};
use serde_json::Value;

fn kgs(v: &Value) -> i64 {
    v["credit_kgs"].as_i64().expect("credit_kgs")
}

#[test]
fn balance_json_is_the_servers_object_and_adds_up() {
    let emu = Emu::shared();
    let b = emu.json(&["balance"]);
    let active = kgs(&b["total"]["active_credits_total"]);
    let by_project: i64 =
        b["project_balances"].as_array().unwrap().iter().map(|p| kgs(&p["total"]["active_credits_total"])).sum();
    assert!(active > 0);
    assert_eq!(active, by_project);
    let batches = emu.json(&["batch", "list", "--all", "--status", "active"]);
    let sum: i64 = batches.as_array().unwrap().iter().map(|x| kgs(&x["size"])).sum();
    assert_eq!(sum, active, "balance equals the sum of active batches");
}

#[test]
fn balance_table_csv_and_jsonl() {
    let emu = Emu::shared();
    let b = emu.json(&["balance"]);
    let active = kgs(&b["total"]["active_credits_total"]);
    let tonnes = format!("{}.{:03}", active / 1000, active % 1000);
    let o = emu.cmd().args(["balance", "-o", "table"]).output().unwrap();
    let t = stdout(&o);
    assert!(t.starts_with("SCOPE"), "{t}");
    assert!(t.contains("ACTIVE (t)") && t.contains(&tonnes), "{t}");
    let o = emu.cmd().args(["balance", "-o", "csv"]).output().unwrap();
    let c = stdout(&o);
    assert!(c.starts_with("scope,id,active_credits_total.credit_kgs"), "{c}");
    assert!(c.contains(&format!("total,{},{active},{tonnes}", emu.buyer_org)), "{c}");
    let o = emu.cmd().args(["balance", "-o", "jsonl"]).output().unwrap();
    let line: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(line, b);
    // CSV names its units in its headers (`….credit_kgs`, `….credits`): --units changes tables only.
    let o = emu.cmd().args(["balance", "-o", "csv", "--units", "kg"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), c, "--units kg leaves CSV as it is");
    let o = emu.cmd().args(["balance", "--units", "kg"]).env("ISOREG_FORCE_TTY", "1").output().unwrap();
    let grouped = active
        .to_string()
        .as_bytes()
        .rchunks(3)
        .rev()
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join(",");
    assert!(stdout(&o).contains(&grouped), "the table shows kilograms: {}", stdout(&o));
    let help = stdout(&emu.cmd().args(["help", "options"]).output().unwrap());
    assert!(help.contains("Units for quantities in tables (CSV and JSON"), "{help}");
}

#[test]
fn balance_table_on_a_terminal_groups_and_resolves_names() {
    let emu = Emu::shared();
    let o = emu.cmd().args(["balance"]).env("ISOREG_FORCE_TTY", "1").env("COLUMNS", "100").output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let t = stdout(&o);
    let project_line = t.lines().find(|l| l.starts_with("project")).expect("a project row");
    let words: Vec<&str> = project_line.split_whitespace().collect();
    assert!(
        words[1].starts_with("prj_") && !words[2].chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.'),
        "name beside the ID: {project_line}"
    );
    let o = emu.cmd().args(["balance", "--no-resolve"]).env("ISOREG_FORCE_TTY", "1").output().unwrap();
    let line = stdout(&o).lines().find(|l| l.starts_with("project")).unwrap().to_string();
    assert!(line.split_whitespace().nth(2).unwrap().chars().next().unwrap().is_ascii_digit(), "{line}");
}

#[test]
fn balance_checks_pass_and_fail() {
    let emu = Emu::shared();
    let b = emu.json(&["balance"]);
    let active = kgs(&b["total"]["active_credits_total"]);
    let ok = format!("{active}kg");
    let o = emu.cmd().args(["balance", "-o", "json", "--min-active", &ok, "--max-active", &ok]).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let above = format!("{}kg", active + 1);
    let o = emu.cmd().args(["balance", "-o", "json", "--min-active", &above]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains("expected at least") && e.contains("found"), "{e}");
    let prj = b["project_balances"][0]["project_id"].as_str().unwrap();
    let pk = kgs(&b["project_balances"][0]["total"]["active_credits_total"]);
    let o = emu.cmd().args(["balance", "--project", prj, "--max-active", &format!("{}kg", pk - 1)]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains(prj));
    let o = emu.cmd().args(["balance", "--project", prj, "--min-active", &format!("{}kg", pk)]).output().unwrap();
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn bad_quantities_are_usage_errors_before_any_request() {
    let emu = Emu::shared();
    for q in ["1e3", "-5", "12.3456", "ten", "5 t"] {
        let o = emu.cmd().args(["balance", "--min-active", q]).env("ISOREG_BASE_URL", dead_url()).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{q}: {}", stderr(&o));
        assert!(stderr(&o).contains("not a quantity"), "{}", stderr(&o));
    }
}

#[test]
fn batch_get_one_object_many_array_in_order() {
    let emu = Emu::shared();
    let list = emu.json(&["batch", "list", "--limit", "5"]);
    let ids: Vec<&str> = list.as_array().unwrap().iter().map(|b| b["id"].as_str().unwrap()).collect();
    let one = emu.json(&["batch", "get", ids[0]]);
    assert_eq!(one["id"], ids[0]);
    assert_eq!(one, list[0], "JSON passes the server's object through");
    let mut rev = ids.clone();
    rev.reverse();
    let mut args = vec!["batch", "get"];
    args.extend(rev.iter());
    let many = emu.json(&args);
    let got: Vec<&str> = many.as_array().unwrap().iter().map(|b| b["id"].as_str().unwrap()).collect();
    assert_eq!(got, rev);
}

#[test]
fn batch_get_table_csv_jsonl() {
    let emu = Emu::shared();
    let id = emu.id("credit batch");
    let b = emu.json(&["batch", "get", &id]);
    let o = emu.cmd().args(["batch", "get", &id, "-o", "table"]).output().unwrap();
    let t = stdout(&o);
    assert!(t.contains("SERIAL") && t.contains(b["serial_number"].as_str().unwrap()), "{t}");
    let o = emu.cmd().args(["batch", "get", &id, "-o", "csv"]).output().unwrap();
    let mut rdr = csv::Reader::from_reader(o.stdout.as_slice());
    let headers = rdr.headers().unwrap().clone();
    let row = rdr.records().next().unwrap().unwrap();
    let i = headers.iter().position(|h| h == "size.credit_kgs").unwrap();
    assert_eq!(row[i].parse::<i64>().unwrap(), kgs(&b["size"]));
    let o = emu.cmd().args(["batch", "get", &id, &id, "-o", "jsonl"]).output().unwrap();
    assert_eq!(stdout(&o).lines().count(), 2);
}

#[test]
fn batch_list_pages_limits_and_notes() {
    let emu = Emu::shared();
    let o = emu.cmd().args(["batch", "list", "-o", "jsonl"]).output().unwrap();
    assert_eq!(stdout(&o).lines().count(), 50, "default limit is 50");
    let note = stderr(&o);
    assert!(note.contains("Showing 50 of") && note.contains("--all"), "{note}");
    let raw = emu.cmd().args(["api", "--help"]).output().unwrap();
    assert!(raw.status.success());
    let o = emu.cmd().args(["batch", "list", "-o", "jsonl", "--all", "--page-size", "7"]).output().unwrap();
    let n = stdout(&o).lines().count();
    let all: std::collections::HashSet<String> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(all.len(), n, "no duplicates across pages");
    assert!(n > 50);
    assert!(stderr(&o).is_empty(), "no note with --all: {}", stderr(&o));
    let o = emu.cmd().args(["batch", "list", "-o", "json", "--limit", "3", "-q"]).output().unwrap();
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 3);
    assert!(stderr(&o).is_empty(), "--quiet silences the note");
    let o = emu.cmd().args(["batch", "list", "--page-size", "51"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn batch_list_filters_narrow() {
    let emu = Emu::shared();
    let retired = emu.json(&["batch", "list", "--all", "--status", "retired"]);
    assert!(!retired.as_array().unwrap().is_empty());
    assert!(retired.as_array().unwrap().iter().all(|b| b["status"] == "retired"));
    let b = emu.json(&["balance"]);
    let prj = b["project_balances"][0]["project_id"].as_str().unwrap().to_string();
    let by_prj = emu.json(&["batch", "list", "--all", "--project", &prj]);
    assert!(by_prj.as_array().unwrap().iter().all(|x| x["project_id"] == prj.as_str()));
    let asc = emu.json(&["batch", "list", "--limit", "10", "--sort", "asc"]);
    let dates: Vec<&str> = asc.as_array().unwrap().iter().map(|x| x["issued_at"].as_str().unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    let late = emu.json(&["batch", "list", "--all", "--issued-after", "2025-01-01"]);
    assert!(late.as_array().unwrap().iter().all(|x| x["issued_at"].as_str().unwrap() >= "2025-01-01"));
    let o = emu.cmd().args(["batch", "list", "--issued-after", "last tuesday"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn csv_is_streamed_with_one_header() {
    let emu = Emu::shared();
    let o = emu.cmd().args(["batch", "list", "-o", "csv", "--all", "--page-size", "10"]).output().unwrap();
    let mut rdr = csv::Reader::from_reader(o.stdout.as_slice());
    assert_eq!(&rdr.headers().unwrap()[0], "id");
    let rows: Vec<_> = rdr.records().map(|r| r.unwrap()).collect();
    assert!(rows.iter().all(|r| r[0].starts_with("ctb_")), "no repeated header");
}

#[test]
fn fields_pick_and_order_and_reject_unknown() {
    let emu = Emu::shared();
    let o = emu
        .cmd()
        .args(["batch", "list", "--limit", "2", "-o", "csv", "--fields", "status,id,size.credit_kgs"])
        .output()
        .unwrap();
    assert!(stdout(&o).starts_with("status,id,size.credit_kgs\n"), "{}", stdout(&o));
    let o = emu
        .cmd()
        .args(["batch", "list", "--limit", "1", "-o", "jsonl", "--fields", "id,size.credit_kgs"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v.as_object().unwrap().keys().collect::<Vec<_>>(), vec!["id", "size"]);
    assert!(v["size"].get("credits").is_none());
    let o =
        emu.cmd().args(["batch", "list", "--limit", "1", "-o", "table", "--fields", "id,owner.name"]).output().unwrap();
    assert!(stdout(&o).starts_with("ID"), "{}", stdout(&o));
    let o = emu.cmd().args(["batch", "list", "--limit", "1", "--fields", "id,bogus"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bogus") && stderr(&o).contains("serial_number"), "{}", stderr(&o));
}

#[test]
fn issuance_list_get_and_batches_with_totals() {
    let emu = Emu::shared();
    let list = emu.json(&["issuance", "list", "--limit", "3"]);
    assert_eq!(list.as_array().unwrap().len(), 3);
    let id = emu.id("issuance");
    let one = emu.json(&["issuance", "get", &id]);
    assert_eq!(one["id"], id.as_str());
    let b = emu.json(&["issuance", "batches", &id]);
    let sum = |k: &str| b[k].as_array().unwrap().iter().map(|x| kgs(&x["size"])).sum::<i64>();
    assert_eq!(sum("supplier_credit_batches"), kgs(&b["supplier_credit_batch_size_total"]));
    assert_eq!(sum("buffer_pool_credit_batches"), kgs(&b["buffer_pool_credit_batch_size_total"]));
    let o = emu.cmd().args(["issuance", "batches", &id, "-o", "table"]).output().unwrap();
    let t = stdout(&o);
    assert!(t.starts_with("POOL") && t.contains("buffer_pool") && t.contains("supplier"), "{t}");
    let total = kgs(&b["credit_batch_size_total"]);
    assert!(t.contains(&format!("Total: {}.{:03} t", total / 1000, total % 1000)), "{t}");
    let o = emu.cmd().args(["issuance", "batches", &id, "-o", "csv"]).output().unwrap();
    assert!(stdout(&o).starts_with("pool,"), "{}", stdout(&o));
    let o = emu.cmd().args(["issuance", "list", "-o", "table", "--limit", "2"]).output().unwrap();
    assert!(stdout(&o).starts_with("ID"), "{}", stdout(&o));
}

#[test]
fn tables_fit_80_columns_on_a_terminal() {
    let emu = Emu::shared();
    for args in [&["batch", "list", "--limit", "20"][..], &["issuance", "list"], &["balance"]] {
        let o = emu
            .cmd()
            .args(args)
            .env("ISOREG_FORCE_TTY", "1")
            .env("COLUMNS", "80")
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        for line in stdout(&o).lines() {
            assert!(line.chars().count() <= 80, "{args:?}: {} chars: {line}", line.chars().count());
        }
        assert!(!stdout(&o).contains('\u{1b}'), "NO_COLOR means no escapes");
    }
}

#[test]
fn color_always_colours_and_piped_has_none() {
    let emu = Emu::shared();
    let o = emu.cmd().args(["batch", "list", "--limit", "3", "-o", "table", "--color", "always"]).output().unwrap();
    assert!(stdout(&o).contains("\u{1b}["));
    let o = emu.cmd().args(["batch", "list", "--limit", "3", "-o", "table"]).output().unwrap();
    assert!(!stdout(&o).contains('\u{1b}'));
}

#[test]
fn exit_codes_and_error_sentences() {
    let emu = Emu::shared();
    // 4: unknown ID
    let o = emu.cmd().args(["batch", "get", "ctb_0000000000000000"]).output().unwrap();
    assert_eq!(o.status.code(), Some(4));
    assert!(stderr(&o).starts_with("error: No credit batch ctb_0000000000000000 (404)."), "{}", stderr(&o));
    // JSON error object with -o json
    let o = emu.cmd().args(["batch", "get", "ctb_0000000000000000", "-o", "json"]).output().unwrap();
    let e: Value = serde_json::from_slice(&o.stderr).unwrap();
    assert_eq!(e["error"]["exit_code"], 4);
    assert_eq!(e["error"]["http_status"], 404);
    assert_eq!(e["error"]["kind"], "not_found");
    // 2: path-changing IDs, never sent (the base URL points nowhere)
    for bad in ["../organisations/x", "ctb_1/../../x", "a b", "ctb_\u{7}x", "x?y=1", "%2e%2e"] {
        let o = emu.cmd().args(["batch", "get", bad]).env("ISOREG_BASE_URL", dead_url()).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{bad:?}: {}", stderr(&o));
    }
    let o = emu.cmd().args(["batch", "get", "prj_1CTWZQGKE1S0VAXA"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("isoreg project get"), "{}", stderr(&o));
    // 3: missing credentials, wrong secret
    let o = common::bare(emu.home.path()).args(["balance"]).env("ISOREG_BASE_URL", &emu.base).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("ISOMETRIC_CLIENT_SECRET"), "{}", stderr(&o));
    let o = emu.cmd().args(["balance"]).env("ISOMETRIC_CLIENT_SECRET", "wrong").output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(!stderr(&o).contains(&emu.secret) && !stderr(&o).contains("wrong"));
    // 3: token missing on an account endpoint
    let o = emu.cmd().args(["balance"]).env_remove("ISOMETRIC_ACCESS_TOKEN").output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("ISOMETRIC_ACCESS_TOKEN"));
    // 5: nothing listening
    let o = emu.cmd().args(["issuance", "list", "--retries", "0"]).env("ISOREG_BASE_URL", dead_url()).output().unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    // 2: bad flag
    let o = emu.cmd().args(["balance", "--frobnicate"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn answer_that_cannot_be_understood_is_exit_6() {
    let emu = Emu::start(&["--fail-first", "1", "--fail-with", "truncate"]);
    let o = emu.cmd().args(["issuance", "list"]).output().unwrap();
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    assert!(stderr(&o).contains("truncated JSON"), "{}", stderr(&o));
    let emu = Emu::shared_with(&["--quirk", "missing-field"]);
    let o = emu.cmd().args(["balance", "--no-resolve", "-o", "json"]).output().unwrap();
    assert!(o.status.success());
    let id = emu.id("split credit batch");
    let o = emu.cmd().args(["batch", "lineage", &id]).output().unwrap();
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    assert!(stderr(&o).contains("size"), "{}", stderr(&o));
}

#[test]
fn older_batch_shape_renders_in_every_format() {
    let emu = Emu::start(&["--quirk", "legacy-shape"]);
    let id = emu.id("credit batch");
    let b = emu.json(&["batch", "get", &id]);
    assert!(b.get("sequestered_at").is_some() && b.get("supplier_id").is_none(), "legacy shape served: {b}");
    for f in ["table", "json", "jsonl", "csv"] {
        let o = emu.cmd().args(["batch", "get", &id, "-o", f]).output().unwrap();
        assert!(o.status.success(), "{f}: {}", stderr(&o));
        assert!(stdout(&o).contains(&id), "{f}");
        let o = emu.cmd().args(["batch", "list", "--limit", "5", "-o", f]).output().unwrap();
        assert!(o.status.success(), "{f}: {}", stderr(&o));
    }
    let o = emu.cmd().args(["batch", "get", &id, "-o", "csv"]).output().unwrap();
    assert!(stdout(&o).lines().next().unwrap().contains("sequestered_at"), "unknown fields kept as columns");
    let o = emu.cmd().args(["batch", "get", &id, "-o", "table"]).output().unwrap();
    let out = stdout(&o);
    assert!(out.lines().any(|l| l.starts_with("sequestered_at ") && !l.ends_with('—')), "every field shown:\n{out}");
}
