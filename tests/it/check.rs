//! `isoreg check` end to end: every rule kind passing and failing against the
//! emulator with the exact figures in its messages, bad policy files (exit 2
//! with file:line:column), each request once per run, the JUnit file read back
//! with quick-junit, the GitHub workflow commands and step summary line by
//! line, Markdown, `--init`, and the exit codes for credentials and network.

use crate::common::{Emu, stderr, stdout};
use serde_json::Value;
use std::path::PathBuf;

/// Writes `text` as a policy file in the emulator's home; returns its path.
fn policy(emu: &Emu, text: &str) -> PathBuf {
    let p = emu.home.path().join("policy.toml");
    std::fs::write(&p, text).unwrap();
    p
}

/// Runs `check --policy FILE -o json ARGS`; returns the exit code and the report.
fn check(emu: &Emu, text: &str, args: &[&str]) -> (i32, Value) {
    let p = policy(emu, text);
    let o = emu.cmd().args(["check", "--policy"]).arg(&p).args(["-o", "json"]).args(args).output().unwrap();
    let v: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|_| panic!("json: {} {}", stdout(&o), stderr(&o)));
    (o.status.code().unwrap(), v)
}

/// The result of rule `name` in a report.
fn result<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["results"].as_array().unwrap().iter().find(|r| r["name"] == name).unwrap()
}

fn status_found(report: &Value, name: &str) -> (String, String) {
    let r = result(report, name);
    (r["status"].as_str().unwrap().to_string(), r["found"].as_str().unwrap().to_string())
}

/// Kilograms as exact tonnes with separators, as every report prints them
/// (`1234567` → `1,234.567`).
fn t(kgs: i64) -> String {
    let whole = (kgs / 1000).to_string();
    let grouped: Vec<String> =
        whole.as_bytes().rchunks(3).rev().map(|c| String::from_utf8(c.to_vec()).unwrap()).collect();
    format!("{}.{:03}", grouped.join(","), kgs % 1000)
}

fn kg(v: &Value, path: &[&str]) -> i64 {
    let mut cur = v;
    for p in path {
        cur = &cur[p];
    }
    cur["credit_kgs"].as_i64().unwrap()
}

#[test]
fn the_issue_example_passes_and_a_broken_threshold_fails_with_its_figures() {
    let emu = Emu::shared();
    let bal = emu.json(&["balance"]);
    let active = kg(&bal, &["total", "active_credits_total"]);
    let prj = bal["project_balances"][0].clone();
    let (pid, retired) = (prj["project_id"].as_str().unwrap(), kg(&prj, &["total", "retired_credits_total"]));
    let text = format!(
        "[[rule]]\nname = \"enough active credits\"\nbalance = {{ min_active = \"{active}kg\" }}\n\
         [[rule]]\nname = \"one kg more\"\nbalance = {{ min_active = \"{}kg\" }}\n\
         [[rule]]\nname = \"project cap\"\nbalance = {{ project = \"{pid}\", max_retired = \"{}kg\" }}\n\
         [[rule]]\nname = \"books agree\"\nreconcile = true\n\
         [[rule]]\nname = \"token fresh\"\ntoken = {{ min_days = 30 }}\n",
        active + 1,
        retired - 1
    );
    let (code, v) = check(&emu, &text, &[]);
    assert_eq!(code, 1, "{v}");
    let want = format!("active credits of the organisation: {} t", t(active));
    assert_eq!(status_found(&v, "enough active credits"), ("pass".into(), want.clone()));
    assert_eq!(status_found(&v, "one kg more"), ("fail".into(), want));
    assert_eq!(result(&v, "one kg more")["expected"], format!("active credits at least {} t", t(active + 1)));
    let found = format!("retired credits of project {pid}: {} t", t(retired));
    assert_eq!(status_found(&v, "project cap"), ("fail".into(), found));
    assert_eq!(result(&v, "project cap")["expected"], format!("retired credits at most {} t", t(retired - 1)));
    assert_eq!(result(&v, "books agree")["status"], "pass");
    assert_eq!(result(&v, "token fresh")["status"], "pass");
    assert_eq!((v["passed"].as_u64(), v["failed"].as_u64(), v["ok"].as_bool()), (Some(3), Some(2), Some(false)));
}

#[test]
fn a_warning_rule_reports_without_failing_the_run() {
    let emu = Emu::shared();
    let text = "[[rule]]\nname = \"w\"\nbalance = { min_active = \"100000000t\" }\nseverity = \"warning\"\n";
    let (code, v) = check(&emu, text, &[]);
    assert_eq!((code, result(&v, "w")["status"].as_str()), (0, Some("warn")));
    assert_eq!(result(&v, "w")["expected"], "active credits at least 100,000,000.000 t");
}

#[test]
fn reconcile_fails_on_a_skewed_balance_naming_the_difference() {
    let emu = Emu::shared_with(&["--quirk", "skew-balance"]);
    let (code, v) = check(&emu, "[[rule]]\nname = \"books agree\"\nreconcile = true\n", &[]);
    assert_eq!(code, 1);
    let r = result(&v, "books agree");
    let found = r["found"].as_str().unwrap();
    assert!(found.contains(" totals differ: total "), "{found}");
    for d in r["details"].as_array().unwrap() {
        assert_eq!(d["difference"]["credit_kgs"].as_i64().map(i64::abs), Some(1), "{d}");
    }
}

/// The `exp` claim of a JWT (as the test reads it, independently of isoreg).
fn exp_of(token: &str) -> i64 {
    use base64::Engine;
    let payload = token.split('.').nth(1).unwrap();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).unwrap();
    serde_json::from_slice::<Value>(&bytes).unwrap()["exp"].as_i64().unwrap()
}

#[test]
fn token_rule_fails_under_min_days_with_the_date() {
    let emu = Emu::shared_with(&["--token-ttl-days", "10"]);
    let (code, v) = check(&emu, "[[rule]]\nname = \"token fresh\"\ntoken = { min_days = 30 }\n", &[]);
    assert_eq!(code, 1);
    let exp = exp_of(&emu.token);
    let date = chrono::DateTime::from_timestamp(exp, 0).unwrap().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let (status, found) = status_found(&v, "token fresh");
    assert_eq!(status, "fail");
    assert!(
        found == format!("the access token expires on {date} (9 days left)") || found.ends_with("(10 days left)"),
        "{found}"
    );
    assert!(found.starts_with(&format!("the access token expires on {date}")), "{found}");
    assert!(!stdout_has_secret(&v, &emu.token));
}

fn stdout_has_secret(v: &Value, token: &str) -> bool {
    v.to_string().contains(token)
}

#[test]
fn order_rules_count_deliveries_up_to_the_date() {
    let emu = Emu::shared();
    let orders = emu.json(&["order", "list", "--all"]);
    let orders = orders.as_array().unwrap();
    let done = orders.iter().find(|o| o["status"] == "completed").unwrap();
    let id = done["id"].as_str().unwrap();
    let ordered = kg(done, &["credits_ordered"]);
    let fulfilled = chrono::DateTime::parse_from_rfc3339(done["fulfilled_at"].as_str().unwrap()).unwrap();
    let after = fulfilled.date_naive().succ_opt().unwrap();
    let open: Vec<&Value> = orders.iter().filter(|o| o["status"] != "completed").collect();
    let short: Vec<&&Value> =
        open.iter().filter(|o| kg(o, &["credits_delivered"]) * 2 < kg(o, &["credits_ordered"])).collect();
    let text = format!(
        "[[rule]]\nname = \"done\"\norder = {{ id = \"{id}\", min_delivered_pct = 100, by = \"{after}\" }}\n\
         [[rule]]\nname = \"too early\"\norder = {{ id = \"{id}\", min_delivered_pct = 1, by = \"2000-01-01\" }}\n\
         [[rule]]\nname = \"open half\"\norder = {{ open = true, min_delivered_pct = 50 }}\n\
         [[rule]]\nname = \"not due\"\norder = {{ open = true, min_delivered_pct = 100, by = \"2999-12-31\" }}\n"
    );
    let (code, v) = check(&emu, &text, &[]);
    assert_eq!(code, 1);
    let full = format!("{id}: {} of {} t delivered (100.00 %) by {after}", t(ordered), t(ordered));
    assert_eq!(status_found(&v, "done"), ("pass".into(), full));
    let none = format!("{id}: 0.000 of {} t delivered (0.00 %) by 2000-01-01", t(ordered));
    assert_eq!(status_found(&v, "too early"), ("fail".into(), none));
    let (status, found) = status_found(&v, "open half");
    assert_eq!(status, if short.is_empty() { "pass" } else { "fail" });
    assert!(found.starts_with(&format!("{} of {} open orders fall short: ", short.len(), open.len())), "{found}");
    let first = short[0];
    let line = format!(
        "{}: {} of {} t delivered",
        first["id"].as_str().unwrap(),
        t(kg(first, &["credits_delivered"])),
        t(kg(first, &["credits_ordered"]))
    );
    assert!(found.contains(&line), "{found} lacks {line}");
    assert_eq!(result(&v, "open half")["details"].as_array().unwrap().len(), short.len());
    assert_eq!(result(&v, "not due")["status"], "pass");
    assert!(result(&v, "not due")["found"].as_str().unwrap().ends_with("(due 2999-12-31, not yet due)"));
}

#[test]
fn retirement_rules_name_those_without_a_note() {
    let emu = Emu::shared();
    let all = emu.json(&["api", "/retirements", "-f", &format!("owner_org_id={}", emu.buyer_org), "--paginate"]);
    let all: Vec<Value> = match all {
        Value::Array(pages) if pages.iter().all(|p| p.get("nodes").is_some()) => {
            pages.iter().flat_map(|p| p["nodes"].as_array().unwrap().clone()).collect()
        }
        Value::Array(nodes) => nodes,
        other => other["nodes"].as_array().unwrap().clone(),
    };
    let no_note = all.iter().filter(|r| r["notes"].as_str().is_none_or(|n| n.trim().is_empty())).count();
    assert!(no_note > 0, "the demo data has retirements without notes");
    let text = "[[rule]]\nname = \"purposes\"\nretirements = {}\n\
                [[rule]]\nname = \"notes\"\nretirements = { note = true }\n\
                [[rule]]\nname = \"nothing in 1999\"\nretirements = { since = \"1999-01-01\", until = \"1999-12-31\", note = true }\n";
    let (code, v) = check(&emu, text, &[]);
    assert_eq!(code, 1);
    assert_eq!(status_found(&v, "purposes"), ("pass".into(), format!("all {} retirements have a purpose", all.len())));
    let (status, found) = status_found(&v, "notes");
    assert_eq!(status, "fail");
    assert!(
        found.starts_with(&format!("{no_note} of {} retirements lack a purpose or a note: ret_", all.len())),
        "{found}"
    );
    assert_eq!(result(&v, "notes")["details"].as_array().unwrap().len(), no_note);
    assert_eq!(result(&v, "notes")["details"][0]["missing"], serde_json::json!(["note"]));
    let (status, found) = status_found(&v, "nothing in 1999");
    assert_eq!(
        (status.as_str(), found.as_str()),
        ("pass", "all 0 retirements from 1999-01-01 to 1999-12-31 have a purpose and a note")
    );
}

fn db_of(emu: &Emu) -> String {
    emu.home.path().join("copy.sqlite").display().to_string()
}

#[test]
fn local_rules_fail_with_a_sentence_when_there_is_no_copy() {
    let emu = Emu::shared();
    let text = "[[rule]]\nname = \"q\"\nsql = \"SELECT id FROM batches WHERE 0\"\n[[rule]]\nname = \"c\"\nchanges = { none = true }\n";
    let db = db_of(&emu);
    let (code, v) = check(&emu, text, &["--db", &db]);
    assert_eq!(code, 1);
    for name in ["q", "c"] {
        let (status, found) = status_found(&v, name);
        assert_eq!(status, "fail");
        assert_eq!(
            found,
            format!(
                "could not be checked: There is no local copy yet at {db}: run `isoreg sync` (or give another file with --db)."
            )
        );
    }
}

#[test]
fn sql_rules_pass_on_no_rows_and_fail_with_the_rows() {
    let emu = Emu::shared();
    let db = db_of(&emu);
    emu.json(&["sync", "--db", &db]);
    let rows = emu.json(&[
        "sql",
        "--db",
        &db,
        "SELECT id, size_kg FROM batches WHERE mine AND status = 'retired' ORDER BY id LIMIT 3",
    ]);
    let text = "[[rule]]\nname = \"issue example\"\nsql = \"SELECT id FROM retirements WHERE mine AND purposes = '[]'\"\n\
                [[rule]]\nname = \"three retired\"\nsql = \"SELECT id, size_kg FROM batches WHERE mine AND status = 'retired' ORDER BY id LIMIT 3\"\n";
    let (code, v) = check(&emu, text, &["--db", &db]);
    assert_eq!(code, 1);
    assert_eq!(status_found(&v, "issue example"), ("pass".into(), "no rows".into()));
    let r = result(&v, "three retired");
    assert_eq!(r["details"], rows, "the failure's details are the rows");
    let first = rows[0].to_string();
    assert!(r["found"].as_str().unwrap().starts_with(&format!("3 rows: {first}")), "{}", r["found"]);
}

#[test]
fn changes_rules_read_the_last_sync() {
    let (a, b) = (Emu::shared(), Emu::shared_with(&["--seed", "43"]));
    let db = db_of(&a);
    a.json(&["sync", "--db", &db]);
    a.json(&["sync", "--db", &db]);
    let text = "[[rule]]\nname = \"nothing\"\nchanges = { none = true }\n\
                [[rule]]\nname = \"no owner change\"\nchanges = { none_of = [\"batch.owner\"] }\n\
                [[rule]]\nname = \"no new issuance\"\nchanges = { none_of = [\"issuance.new\", \"project\"] }\n";
    let (code, v) = check(&a, text, &["--db", &db]);
    assert_eq!(code, 0, "{v}");
    assert!(result(&v, "nothing")["found"].as_str().unwrap().starts_with("no such change between snapshot 1 ("));
    b.json(&["sync", "--db", &db]);
    let rows = a.json(&["diff", "--db", &db]);
    let rows = rows.as_array().unwrap();
    let new_iss = rows.iter().filter(|r| r["kind"] == "issuance" && r["change"] == "new").count();
    let projects = rows.iter().filter(|r| r["kind"] == "project").count();
    let (code, v) = check(&a, text, &["--db", &db]);
    assert_eq!(code, 1);
    let (status, found) = status_found(&v, "nothing");
    assert_eq!(status, "fail");
    assert!(found.starts_with(&format!("{} changes between snapshot 2 (", rows.len())), "{found}");
    assert_eq!(result(&v, "no owner change")["status"], "pass");
    let (status, found) = status_found(&v, "no new issuance");
    assert_eq!(status, "fail");
    assert!(found.starts_with(&format!("{} changes between snapshot 2", new_iss + projects)), "{found}");
}

#[test]
fn bad_policy_files_are_exit_2_naming_file_line_and_column() {
    let emu = Emu::shared();
    let p = emu.home.path().join("policy.toml");
    let shown = p.display().to_string();
    for (text, want) in [
        (
            "[[rule]]\nname = \"a\"\nbalance = { min_active = \"lots\" }\n",
            ":3:26: 'lots' is not a quantity; use tonnes like 100",
        ),
        (
            "[[rule]]\nname = \"a\"\nreconcile = true\ncolour = \"red\"\n",
            ":4:1: unknown field `colour`, expected one of",
        ),
        (
            "[[rule]]\nname = \"a\"\nbalance = { project = \"ord_HLYF2LZA8FNL7O9X\", max_retired = 3 }\n",
            ":3:23: 'ord_HLYF2LZA8FNL7O9X' is an order ID",
        ),
        ("[[rule]]\nname = \"a\"\nsql = \"UPDATE record SET json = '{}'\"\n", ":3:7: that SQL statement would write"),
        ("[[rule]]\nname = \"a\"\nsql = \"SELECT nope FROM batches\"\n", ":3:7: SQL error: no such column: nope"),
        ("[[rule]]\nname = \"a\"\nbalance = { min_active = 1 \n", ":3:"),
    ] {
        std::fs::write(&p, text).unwrap();
        let o = emu.cmd().args(["check", "--policy", &shown]).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{text}: {}", stderr(&o));
        assert!(stderr(&o).contains(&format!("{shown}{want}")), "{text}: {}", stderr(&o));
        assert!(stdout(&o).is_empty());
        assert_eq!(stderr(&o).trim().lines().count(), 1, "one sentence: {}", stderr(&o));
    }
    let o = emu.cmd().args(["check", "--policy", "/nonexistent/p.toml"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("There is no policy file /nonexistent/p.toml"), "{}", stderr(&o));
}

#[test]
fn each_distinct_request_is_sent_once_per_run() {
    let emu = Emu::start_logged(&[]);
    let mut text = String::new();
    for i in 0..10 {
        text.push_str(&format!("[[rule]]\nname = \"r{i}\"\nbalance = {{ min_active = {i} }}\n"));
    }
    text.push_str("[[rule]]\nname = \"books\"\nreconcile = true\n[[rule]]\nname = \"books again\"\nreconcile = true\n");
    text.push_str("[[rule]]\nname = \"open\"\norder = { open = true, min_delivered_pct = 0 }\n");
    text.push_str("[[rule]]\nname = \"ret a\"\nretirements = { note = false }\n[[rule]]\nname = \"ret b\"\nretirements = { note = true }\n");
    let (code, _) = check(&emu, &text, &[]);
    assert!(code == 0 || code == 1);
    let log = emu.logged();
    let mut seen = std::collections::HashSet::new();
    for line in &log {
        assert!(seen.insert(line.clone()), "sent twice: {line}\n{}", log.join("\n"));
    }
    assert_eq!(log.iter().filter(|l| l.contains("/credit_balance")).count(), 1);
    assert_eq!(
        log.iter().filter(|l| l.starts_with("GET /registry/v0/organisation") && !l.contains("organisations")).count(),
        1
    );
}

mod outputs;
