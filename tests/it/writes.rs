//! Writes through the real binary against `isoreg emulator`: retire, transfer, deliver and
//! beneficiary add; the plan in each format, `--dry-run`, `--yes`, `allow_writes`, the
//! journal (replay after success, lookup after an unknown outcome), no resend after an
//! injected failure, every validation error, the invariants after writes, and two racing
//! retirements of the same batch.

use crate::common::{Emu, stderr, stdout};
use serde_json::Value;
use std::path::Path;

/// An emulator that logs requests, and a state dir for the journal.
struct W {
    emu: Emu,
    state: tempfile::TempDir,
}

impl W {
    fn start(extra: &[&str]) -> W {
        let state = tempfile::tempdir().unwrap();
        let emu = Emu::start_logged(extra);
        std::fs::write(emu.config_path(), "[profiles.rw]\nallow_writes = true\n").unwrap();
        W { emu, state }
    }

    /// isoreg as the demo buyer, under a profile with `allow_writes = true`, with its own journal.
    fn cmd(&self) -> assert_cmd::Command {
        let mut c = self.emu.cmd();
        c.env("ISOREG_STATE_DIR", self.state.path()).env("ISOREG_PROFILE", "rw");
        c
    }

    fn supplier_cmd(&self) -> assert_cmd::Command {
        let mut c = self.cmd();
        c.env("ISOMETRIC_ACCESS_TOKEN", &self.emu.supplier_token);
        c
    }

    fn posts(&self) -> usize {
        self.emu.logged().iter().filter(|l| l.starts_with("POST ")).count()
    }

    fn requests(&self) -> usize {
        self.emu.logged().len()
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self.cmd().args(args).args(["-o", "json"]).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// The buyer's active batches, oldest first.
    fn active(&self) -> Vec<Value> {
        let v = self.json(&["batch", "list", "--status", "active", "--all", "--sort", "asc"]);
        v.as_array().unwrap().clone()
    }

    fn balance(&self) -> (i64, i64) {
        let b = self.json(&["balance"]);
        let kg = |k: &str| b["total"][k]["credit_kgs"].as_i64().unwrap();
        (kg("active_credits_total"), kg("retired_credits_total"))
    }
}

fn kgs(b: &Value) -> i64 {
    b["size"]["credit_kgs"].as_i64().unwrap()
}

fn s(v: &Value, k: &str) -> String {
    v[k].as_str().unwrap().to_string()
}

/// A supplier of the buyer's active batches and two of its batches (sizes > 1 kg).
fn two_batches(w: &W) -> (String, Value, Value) {
    let all = w.active();
    let first = all.iter().find(|b| kgs(b) > 10).unwrap().clone();
    let sup = s(&first, "supplier_id");
    let second = all.iter().find(|b| s(b, "supplier_id") == sup && s(b, "id") != s(&first, "id")).unwrap().clone();
    (sup, first, second)
}

fn retire_args<'a>(sup: &'a str, qty: &'a str) -> Vec<&'a str> {
    vec!["retire", qty, "--supplier", sup, "--beneficiary", "me", "--purpose", "corporate_targets", "--note", "FY25"]
}

#[test]
fn retire_by_batch_splits_and_keeps_every_invariant() {
    let w = W::start(&[]);
    let (sup, a, b) = two_batches(&w);
    let (active0, retired0) = w.balance();
    let part = kgs(&a) / 2;
    let whole = kgs(&b);
    let spec_a = format!("--batch={}={part}kg", s(&a, "id"));
    let spec_b = format!("--batch={}", s(&b, "id"));
    let qty = format!("{}kg", part + whole);
    let mut args = retire_args(&sup, &qty);
    args.extend([spec_a.as_str(), spec_b.as_str(), "--yes", "-o", "json"]);
    let out = w.cmd().args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    let id = s(&r, "id");
    assert!(id.starts_with("ret_"));
    assert_eq!(r["url"], format!("https://to.isometric.com/{id}"));
    assert_eq!(r["credit_batch_size_total"]["credit_kgs"], part + whole);
    assert_eq!(r["notes"], "FY25");
    assert_eq!(w.posts(), 1);
    // Balance moved by exactly the retired kilograms.
    assert_eq!(w.balance(), (active0 - part - whole, retired0 + part + whole));
    // The parent split into two children that add up; the used child is retired.
    let parent = w.json(&["batch", "get", &s(&a, "id")]);
    let parent = if parent.is_array() { parent[0].clone() } else { parent };
    assert_eq!(parent["status"], "split");
    let left = w.json(&["batch", "get", &s(&parent, "left_child_id")]);
    let right = w.json(&["batch", "get", &s(&parent, "right_child_id")]);
    let (left, right) = (left.get(0).cloned().unwrap_or(left), right.get(0).cloned().unwrap_or(right));
    assert_eq!(kgs(&left) + kgs(&right), kgs(&a));
    assert_eq!((kgs(&left), left["status"].as_str()), (part, Some("retired")));
    assert_eq!(right["status"], "active");
    assert_eq!(left["parent_id"], s(&a, "id"));
    let batches = w.json(&["retirement", "batches", &id]);
    assert_eq!(batches.as_array().unwrap().len(), 2);
    // reconcile and lineage stay clean.
    let rec = w.cmd().args(["reconcile"]).output().unwrap();
    assert_eq!(rec.status.code(), Some(0), "{}{}", stdout(&rec), stderr(&rec));
    let lin = w.cmd().args(["batch", "lineage", &s(&left, "id")]).output().unwrap();
    assert_eq!(lin.status.code(), Some(0), "{}", stderr(&lin));
    // The public list shows it first.
    let list = w.json(&["retirement", "list", "--limit", "1"]);
    assert_eq!(list[0]["id"], id);
}

#[test]
fn auto_choice_and_from_oldest_take_the_oldest_batches() {
    let w = W::start(&[]);
    let (sup, _, _) = two_batches(&w);
    let oldest: Vec<Value> = w.active().into_iter().filter(|b| s(b, "supplier_id") == sup).collect();
    let qty = format!("{}kg", kgs(&oldest[0]) + 1);
    let mut args = retire_args(&sup, &qty);
    args.extend(["--dry-run", "-o", "json"]);
    let plan: Value = serde_json::from_slice(&w.cmd().args(&args).output().unwrap().stdout).unwrap();
    let rows = plan["batches"].as_array().unwrap();
    assert_eq!(rows[0]["credit_batch_id"], oldest[0]["id"]);
    assert_eq!(rows[1]["use"]["credit_kgs"], 1);
    assert_eq!(rows[1]["split_into_kgs"][0], 1);
    assert_eq!(plan["splits"], 1);
    assert_eq!(plan["notes_are_public"], true);
    let mut args = retire_args(&sup, &qty);
    args.extend(["--from-oldest", "--yes", "-o", "json"]);
    let out = w.cmd().args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    let got = w.json(&["retirement", "batches", &s(&r, "id")]);
    let ids: Vec<String> = got.as_array().unwrap().iter().map(|b| s(b, "id")).collect();
    assert!(ids.contains(&s(&oldest[0], "id")), "{ids:?}");
}

#[test]
fn dry_run_prints_the_plan_in_every_format_and_sends_nothing() {
    let w = W::start(&[]);
    let (sup, a, _) = two_batches(&w);
    let id = s(&a, "id");
    for (fmt, want) in [
        ("json", "\"credit_batch_id\""),
        ("jsonl", "\"request_key\""),
        ("csv", "credit_batch_id,"),
        ("table", "public note"),
    ] {
        let mut args = retire_args(&sup, "1kg");
        args.extend(["--batch", &id, "--dry-run", "-o", fmt]);
        let out = w.cmd().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{fmt}: {}", stderr(&out));
        assert!(stdout(&out).contains(want), "{fmt}: {}", stdout(&out));
        assert!(stdout(&out).contains(&id), "{fmt}");
        assert!(stderr(&out).contains("Dry run: nothing was sent."));
    }
    assert_eq!(w.posts(), 0);
}

#[test]
fn refused_before_any_request_without_yes_or_allow_writes() {
    let w = W::start(&[]);
    let args = retire_args("spl_489Y98D1126RYQ3E", "1");
    // Not on a terminal and no --yes.
    let out = w.cmd().args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("pass --yes"), "{}", stderr(&out));
    // A profile without allow_writes (and no --allow-writes).
    let out = w.emu.cmd().env("ISOREG_STATE_DIR", w.state.path()).args(&args).arg("--yes").output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("allow_writes = true"), "{}", stderr(&out));
    assert_eq!(w.requests(), 0, "no request may be made");
    // The explicit flag allows one run.
    let (sup, _, _) = two_batches(&w);
    let ok = retire_args(&sup, "1kg");
    let out = w
        .emu
        .cmd()
        .env("ISOREG_STATE_DIR", w.state.path())
        .args(&ok)
        .args(["--yes", "--allow-writes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // `config set allow_writes true` turns them on.
    let set = w.emu.cmd().args(["config", "set", "allow_writes", "true"]).output().unwrap();
    assert!(set.status.success(), "{}", stderr(&set));
    let (sup, _, _) = two_batches(&w);
    let args = retire_args(&sup, "1kg");
    let out = w.emu.cmd().env("ISOREG_STATE_DIR", w.state.path()).args(&args).arg("--yes").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn confirmation_on_a_terminal() {
    let w = W::start(&[]);
    let (sup, _, _) = two_batches(&w);
    let args = retire_args(&sup, "1kg");
    let no = w.cmd().env("ISOREG_FORCE_TTY", "1").args(&args).write_stdin("n\n").output().unwrap();
    assert_eq!(no.status.code(), Some(2));
    assert!(stderr(&no).contains("Retire 0.001 t"), "{}", stderr(&no));
    assert_eq!(w.posts(), 0);
    let yes =
        w.cmd().env("ISOREG_FORCE_TTY", "1").args(&args).args(["-o", "json"]).write_stdin("yes\n").output().unwrap();
    assert_eq!(yes.status.code(), Some(0), "{}", stderr(&yes));
    assert_eq!(w.posts(), 1);
}

#[test]
fn journal_replays_a_finished_write_without_sending() {
    let w = W::start(&[]);
    let (sup, _, _) = two_batches(&w);
    let mut args = retire_args(&sup, "2kg");
    args.extend(["--yes", "--request-key", "order-42", "-o", "json"]);
    let first = w.cmd().args(&args).output().unwrap();
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let again = w.cmd().args(&args).output().unwrap();
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(first.stdout, again.stdout, "the same transaction, as recorded");
    assert!(stderr(&again).contains("Already done under request key order-42"));
    assert_eq!(w.posts(), 1);
    // The same key for something else is refused.
    let mut other = retire_args(&sup, "3kg");
    other.extend(["--yes", "--request-key", "order-42"]);
    let out = w.cmd().args(&other).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(w.posts(), 1);
}

#[test]
fn no_resend_after_a_reset_then_the_key_finishes_it() {
    let w = W::start(&["--fail-first", "1", "--fail-with", "reset", "--fail-method", "POST"]);
    let (sup, _, _) = two_batches(&w);
    let mut args = retire_args(&sup, "5kg");
    args.extend(["--yes", "--request-key", "k-reset"]);
    let out = w.cmd().args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    assert!(stderr(&out).contains("--request-key k-reset"), "{}", stderr(&out));
    assert_eq!(w.posts(), 1, "a POST is never retried");
    // Re-run: looked up (not there: the reset came before the write), then sent once.
    let out = w.cmd().args(&args).args(["-o", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("not in the registry"), "{}", stderr(&out));
    assert_eq!(w.posts(), 2);
    let out = w.cmd().args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(w.posts(), 2);
}

#[test]
fn unknown_outcome_is_looked_up_and_not_sent_again() {
    // The write happens, but the answer is cut in half.
    let w = W::start(&["--fail-first", "1", "--fail-with", "truncate", "--fail-method", "POST"]);
    let (sup, _, _) = two_batches(&w);
    let mut args = retire_args(&sup, "7kg");
    args.extend(["--yes", "--request-key", "k-trunc", "-o", "json"]);
    let out = w.cmd().args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    let newest = w.json(&["retirement", "list", "--limit", "1"]);
    let out = w.cmd().args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("It was recorded; nothing was sent again"), "{}", stderr(&out));
    let found: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(found["id"], newest[0]["id"]);
    assert_eq!(found["credit_batch_size_total"]["credit_kgs"], 7);
    assert_eq!(w.posts(), 1);
}

#[test]
fn every_rule_is_a_usage_error_before_sending() {
    let w = W::start(&[]);
    let (sup, a, _) = two_batches(&w);
    let other_sup = w.active().into_iter().map(|b| s(&b, "supplier_id")).find(|x| *x != sup).unwrap();
    let long = "x".repeat(257);
    let big = format!("{}kg", kgs(&a) + 1);
    let batch_big = format!("{}={big}", s(&a, "id"));
    let order = w.emu.id("order");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (retire_args(&sup, "0"), "more than 0"),
        (retire_args(&sup, "1.2345"), "not a quantity"),
        (vec!["retire", "1", "--supplier", &sup, "--beneficiary", "me", "--purpose", "fun"], "invalid value"),
        (
            vec!["retire", "1", "--supplier", &sup, "--beneficiary", "me", "--purpose", "other", "--note", &long],
            "at most 256",
        ),
        (
            vec!["retire", "1", "--supplier", &sup, "--beneficiary", "org_NOTABENEFICIARY01", "--purpose", "other"],
            "not one of your beneficiaries",
        ),
        (retire_args(&sup, "999999999"), "active credits from supplier"),
        (
            [retire_args(&other_sup, "1kg"), vec!["--batch", a["id"].as_str().unwrap()]].concat(),
            "not an active credit batch of yours",
        ),
        ([retire_args(&sup, &big), vec!["--batch", &batch_big]].concat(), "holds"),
        (
            vec!["transfer", "create", "1", "--to", "org_NOTATRANSFEREE01", "--supplier", &sup],
            "not one of your transferees",
        ),
        (vec!["deliver", "--order", &order, "--batch", a["id"].as_str().unwrap()], "not a supplier"),
    ];
    for (args, want) in cases {
        let out = w.cmd().args(&args).arg("--yes").output().unwrap();
        let code = out.status.code();
        assert!(matches!(code, Some(2) | Some(4)), "{args:?}: {code:?} {}", stderr(&out));
        assert!(stderr(&out).contains(want), "{args:?}: {}", stderr(&out));
    }
    assert_eq!(w.posts(), 0);
}

#[test]
fn two_racing_retirements_never_spend_the_same_kilogram() {
    let w = W::start(&[]);
    let (sup, a, _) = two_batches(&w);
    let spec = format!("--batch={}", s(&a, "id"));
    let qty = format!("{}kg", kgs(&a));
    let run = |key: &'static str| {
        let mut c = w.cmd();
        let mut args = retire_args(&sup, &qty);
        args.extend([spec.as_str(), "--yes", "--request-key", key]);
        c.args(&args);
        std::thread::spawn(move || c.output().unwrap())
    };
    let (x, y) = (run("race-1"), run("race-2"));
    let (x, y) = (x.join().unwrap(), y.join().unwrap());
    let mut codes = [x.status.code(), y.status.code()];
    codes.sort();
    assert_eq!(codes, [Some(0), Some(2)], "{} / {}", stderr(&x), stderr(&y));
    let loser = if x.status.code() == Some(2) { &x } else { &y };
    let msg = stderr(loser);
    assert!(msg.contains("refused") || msg.contains("not an active credit batch"), "{msg}");
    let retired = w.json(&["batch", "list", "--status", "retired", "--all"]);
    let n = retired.as_array().unwrap().iter().filter(|b| b["id"] == a["id"]).count();
    assert_eq!(n, 1);
}

mod movements;
