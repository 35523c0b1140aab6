//! Exactly-once writes under faults, through the real binary against `isoreg emulator`: every
//! write kind × every fault the emulator can inject before or after recording a POST, then a
//! re-run with the same request key — the registry must hold exactly one record, the exits must
//! be the documented ones and the journal must say the truth. Also each defect of issue 16
//! ("What was seen"), concurrent runs of one key, and a property test over random sequences of
//! faults, re-runs, concurrent runs and lookalike transactions made by others.

use crate::common;

use crate::common::{Emu, stderr};
use serde_json::Value;
use std::path::Path;
use std::process::Output;

/// An emulator that logs requests, a profile that allows writes, and a journal folder.
struct W {
    emu: Emu,
    state: tempfile::TempDir,
}

impl W {
    fn start(extra: &[&str]) -> W {
        let emu = Emu::start_logged(extra);
        std::fs::write(emu.config_path(), "[profiles.rw]\nallow_writes = true\n").unwrap();
        W { emu, state: tempfile::tempdir().unwrap() }
    }

    fn cmd_in(&self, state: &Path) -> assert_cmd::Command {
        let mut c = self.emu.cmd();
        c.env("ISOREG_STATE_DIR", state).env("ISOREG_PROFILE", "rw");
        c
    }

    fn cmd(&self) -> assert_cmd::Command {
        self.cmd_in(self.state.path())
    }

    fn posts(&self) -> usize {
        self.emu.logged().iter().filter(|l| l.starts_with("POST ")).count()
    }

    fn json_as(&self, supplier: bool, args: &[&str]) -> Value {
        let mut c = self.cmd();
        if supplier {
            c.env("ISOMETRIC_ACCESS_TOKEN", &self.emu.supplier_token);
        }
        let all: &[&str] = if args.contains(&"current") { &[] } else { &["--all"] };
        let out = c.args(args).args(["-o", "json"]).args(all).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// The journal row of a key: (state, transaction id, note).
    fn row(&self, key: &str) -> (String, Option<String>, Option<String>) {
        let db = rusqlite::Connection::open(self.state.path().join("journal.db")).unwrap();
        db.query_row("SELECT state, tx_id, note FROM writes WHERE key = ?1", [key], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap()
    }
}

fn s(v: &Value, k: &str) -> String {
    v[k].as_str().unwrap_or_default().to_string()
}

/// The write kinds of the proof.
#[derive(Debug, Clone, Copy, PartialEq)]
enum K {
    RetireBatches,
    RetirePick,
    RetireOldest,
    Transfer,
    Deliver,
    Beneficiary,
}

const KINDS: [K; 6] = [K::RetireBatches, K::RetirePick, K::RetireOldest, K::Transfer, K::Deliver, K::Beneficiary];

/// What the kinds need from the dataset.
#[derive(Clone)]
struct Setup {
    sup: String,
    batches: Vec<String>,
    to: String,
    order: String,
    sup_batch: String,
}

/// The setup of a fresh emulator. Every `W` starts from the default dataset (seed 42), which
/// holds the same records whatever faults are injected into its POSTs, so this is read once,
/// from the shared read-only emulator, instead of five listings per test.
fn setup(_fresh: &W) -> Setup {
    static FRESH: std::sync::OnceLock<Setup> = std::sync::OnceLock::new();
    FRESH
        .get_or_init(|| {
            let emu = Emu::shared();
            read_setup(&|supplier, args| {
                let mut c = emu.cmd();
                if supplier {
                    c.env("ISOMETRIC_ACCESS_TOKEN", &emu.supplier_token);
                }
                let all: &[&str] = if args.contains(&"current") { &[] } else { &["--all"] };
                let out = c.args(args).args(["-o", "json"]).args(all).output().unwrap();
                assert!(out.status.success(), "{args:?}: {}", stderr(&out));
                serde_json::from_slice(&out.stdout).unwrap()
            })
        })
        .clone()
}

/// The setup of `w` as it is now (after writes).
fn setup_now(w: &W) -> Setup {
    read_setup(&|supplier, args| w.json_as(supplier, args))
}

/// Reads the setup with `json_as(as the supplier?, args)`.
fn read_setup(json_as: &dyn Fn(bool, &[&str]) -> Value) -> Setup {
    let active = json_as(false, &["batch", "list", "--status", "active", "--sort", "asc"]);
    let active = active.as_array().unwrap();
    let big = |b: &&Value| b["size"]["credit_kgs"].as_i64().unwrap() > 100;
    // The supplier with the most large batches: the oldest ones for isoreg's pick, the newest
    // ones for the kinds that name their batches.
    let mut sups: Vec<String> = active.iter().filter(big).map(|b| s(b, "supplier_id")).collect();
    sups.sort();
    let count = |x: &String| sups.iter().filter(|y| *y == x).count();
    let sup = sups.iter().max_by_key(|x| count(x)).unwrap().clone();
    let batches = active
        .iter()
        .filter(|b| s(b, "supplier_id") == sup && b["size"]["credit_kgs"].as_i64().unwrap() > 100)
        .map(|b| s(b, "id"))
        .collect();
    let to = s(&json_as(false, &["transferee", "list"])[0], "id");
    let me = json_as(true, &["supplier", "current"]);
    let orders = json_as(true, &["supplier", "orders", &s(&me, "id")]);
    let open = |o: &Value| {
        o["credits_ordered"]["credit_kgs"].as_i64().unwrap() - o["credits_delivered"]["credit_kgs"].as_i64().unwrap()
    };
    let order = s(orders.as_array().unwrap().iter().find(|o| open(o) > 100_000).unwrap(), "id");
    let sb = json_as(true, &["batch", "list", "--status", "active"]);
    let sup_batch =
        s(sb.as_array().unwrap().iter().find(|b| b["size"]["credit_kgs"].as_i64().unwrap() > 10_000).unwrap(), "id");
    Setup { sup, batches, to, order, sup_batch }
}

/// The command line of kind `k`, tagged (the note, or the beneficiary's name and domain) with `tag`;
/// `n` picks a distinct batch for `RetireBatches`, from the newest.
fn args(k: K, st: &Setup, tag: &str, n: usize) -> Vec<String> {
    let v = |a: &[&str]| a.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let retire = |extra: &[&str]| {
        let mut a = v(&[
            "retire",
            "5kg",
            "--supplier",
            &st.sup,
            "--beneficiary",
            "me",
            "--purpose",
            "insetting",
            "--note",
            tag,
        ]);
        a.extend(v(extra));
        a
    };
    match k {
        // The newest batches: isoreg's pick takes the oldest.
        K::RetireBatches => {
            retire(&["--batch", &format!("{}=5kg", st.batches[st.batches.len() - 1 - n % st.batches.len()])])
        }
        K::RetirePick => retire(&[]),
        K::RetireOldest => retire(&["--from-oldest"]),
        K::Transfer => {
            let b = format!("{}=5kg", st.batches[st.batches.len() - 1 - n % st.batches.len()]);
            v(&["transfer", "create", "5kg", "--to", &st.to, "--supplier", &st.sup, "--note", tag, "--batch", &b])
        }
        K::Deliver => v(&["deliver", "--order", &st.order, "--batch", &format!("{}=5kg", st.sup_batch), "--note", tag]),
        K::Beneficiary => {
            v(&["beneficiary", "add", "--name", tag, "--domain", &format!("{}.Example", tag.to_uppercase())])
        }
    }
}

/// Runs kind `k` under `key`.
fn run(w: &W, k: K, a: &[String], key: &str, extra: &[&str]) -> Output {
    let mut c = w.cmd();
    if k == K::Deliver {
        c.env("ISOMETRIC_ACCESS_TOKEN", &w.emu.supplier_token);
    }
    c.args(a).args(["--yes", "--request-key", key, "-o", "json"]).args(extra).output().unwrap()
}

/// The ids of the records of kind `k` tagged `tag` in the registry.
fn records(w: &W, k: K, st: &Setup, tag: &str) -> Vec<String> {
    let (supplier, list, field, want): (bool, Vec<&str>, &str, String) = match k {
        K::RetireBatches | K::RetirePick | K::RetireOldest => {
            (false, vec!["retirement", "list", "--owner", "me"], "notes", tag.to_string())
        }
        K::Transfer => (false, vec!["transfer", "list", "--from", "me"], "notes", tag.to_string()),
        K::Deliver => (true, vec!["order", "deliveries", &st.order], "notes", tag.to_string()),
        K::Beneficiary => (false, vec!["beneficiary", "list"], "domain", format!("{tag}.example")),
    };
    let v = w.json_as(supplier, &list);
    v.as_array().unwrap().iter().filter(|r| s(r, field) == want).map(|r| s(r, "id")).collect()
}

/// Every kind under fault `f` (one emulator): the faulty runs (exit 7, journalled unknown),
/// then the re-runs with the same keys (exit 0): exactly one record each, the journal done with
/// its id, and a POST resent only when the fault came before the registry recorded it.
fn matrix(f: &str, committed: bool, extra: &[&str]) {
    let w = W::start(&["--fail-first", "6", "--fail-with", f, "--fail-method", "POST"]);
    let st = setup(&w);
    let tag = |k: K| format!("t{}{}", f.replace('-', ""), k as u8);
    let runs: Vec<(K, Vec<String>, String)> =
        KINDS.iter().enumerate().map(|(i, &k)| (k, args(k, &st, &tag(k), i), format!("{f}-{i}"))).collect();
    for (k, a, key) in &runs {
        let out = run(&w, *k, a, key, extra);
        assert_eq!(out.status.code(), Some(7), "{f} {k:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(&format!("--request-key {key}")) && err.contains("outcome_unknown"), "{f} {k:?}: {err}");
        assert_eq!(w.row(key).0, "unknown", "{f} {k:?}");
    }
    assert_eq!(w.posts(), 6, "{f}: one POST per run, never re-sent or redirected");
    if f == "commit-late" {
        for (k, _, _) in &runs {
            let t0 = std::time::Instant::now();
            while records(&w, *k, &st, &tag(*k)).is_empty() {
                assert!(t0.elapsed().as_secs() < 10, "{f} {k:?}: never recorded");
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
        }
    }
    for (k, a, key) in &runs {
        let out = run(&w, *k, a, key, &[]);
        assert_eq!(out.status.code(), Some(0), "{f} {k:?} re-run: {}", stderr(&out));
        let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
        let found = records(&w, *k, &st, &tag(*k));
        assert_eq!(found.len(), 1, "{f} {k:?}: exactly one record, got {found:?}");
        assert_eq!(shown["id"].as_str(), Some(found[0].as_str()), "{f} {k:?}");
        let (state, id, _) = w.row(key);
        assert_eq!((state.as_str(), id.as_deref()), ("done", Some(found[0].as_str())), "{f} {k:?}");
        let want = if committed { "It was recorded; nothing was sent again" } else { "It is not in the registry" };
        assert!(stderr(&out).contains(want), "{f} {k:?}: {}", stderr(&out));
    }
    assert_eq!(w.posts(), if committed { 6 } else { 12 }, "{f}");
}

#[test]
fn every_kind_survives_faults_before_the_registry_records_it() {
    for f in ["500", "reset", "redirect-307", "empty-200"] {
        matrix(f, false, &[]);
    }
    matrix("hang", false, &["--timeout", "1"]);
}

#[test]
fn every_kind_survives_a_spoilt_answer_after_the_registry_recorded_it() {
    for f in ["commit-500", "commit-500-cut", "commit-cut", "truncate"] {
        matrix(f, true, &[]);
    }
}

#[test]
fn every_kind_survives_resets_redirects_lies_and_late_commits_after_recording() {
    for f in ["commit-reset", "commit-302", "commit-303-away", "commit-wrong"] {
        matrix(f, true, &[]);
    }
    matrix("commit-late", true, &["--timeout", "1"]);
}

/// The retirement the "What was seen" tests make: `tag` is the note, `purpose` the purpose.
fn retire_args(st: &Setup, tag: &str, purpose: &str) -> Vec<String> {
    ["retire", "5kg", "--supplier", &st.sup, "--beneficiary", "me", "--purpose", purpose, "--note", tag]
        .iter()
        .map(|x| x.to_string())
        .collect()
}

fn retirements_tagged(w: &W, tag: &str) -> Vec<Value> {
    let v = w.json_as(false, &["retirement", "list", "--owner", "me"]);
    v.as_array().unwrap().iter().filter(|r| s(r, "notes") == tag).cloned().collect()
}

/// Seen 3: three runs of one key at once send one POST; the others stop (exit 8) or replay it.
#[test]
fn three_concurrent_runs_of_one_key_send_one_post() {
    let w = W::start(&["--latency-ms", "150"]);
    let st = setup(&w);
    let a = retire_args(&st, "concurrent", "insetting");
    let children: Vec<_> = (0..3)
        .map(|_| {
            let mut c = w.emu.cmd_std();
            c.env("ISOREG_STATE_DIR", w.state.path()).env("ISOREG_PROFILE", "rw");
            c.args(&a).args(["--yes", "--request-key", "same-key", "-o", "json"]);
            c.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap()
        })
        .collect();
    let outs: Vec<Output> = children.into_iter().map(|c| c.wait_with_output().unwrap()).collect();
    let codes: Vec<Option<i32>> = outs.iter().map(|o| o.status.code()).collect();
    assert!(codes.iter().all(|c| matches!(c, Some(0) | Some(8))), "{codes:?}");
    assert!(codes.contains(&Some(0)), "{codes:?}");
    for o in outs.iter().filter(|o| o.status.code() == Some(8)) {
        assert!(stderr(o).contains("Another isoreg run is sending request key same-key"), "{}", stderr(o));
    }
    assert_eq!(w.posts(), 1);
    assert_eq!(retirements_tagged(&w, "concurrent").len(), 1);
}

/// Seen 4: the lookup after an unknown outcome claims neither a lookalike made before the send
/// nor one made since with other purposes; it sends, and the journal holds our own retirement.
#[test]
fn the_lookup_claims_no_lookalike() {
    let w = W::start(&["--fail-script", "ok,reset"]);
    let st = setup(&w);
    let others = tempfile::tempdir().unwrap();
    let a = retire_args(&st, "lookalike", "insetting");
    // Someone else (another journal) made the same retirement before ours.
    let before = w.cmd_in(others.path()).args(&a).args(["--yes", "-o", "json"]).output().unwrap();
    assert_eq!(before.status.code(), Some(0), "{}", stderr(&before));
    let out = run(&w, K::RetirePick, &a, "mine", &[]);
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    // And one with other purposes while ours was in doubt.
    let other = retire_args(&st, "lookalike", "other");
    let since = w.cmd_in(others.path()).args(&other).args(["--yes", "-o", "json"]).output().unwrap();
    assert_eq!(since.status.code(), Some(0), "{}", stderr(&since));
    let out = run(&w, K::RetirePick, &a, "mine", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("It is not in the registry; sending it now."), "{}", stderr(&out));
    let mine: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(mine["purposes"], serde_json::json!(["insetting"]));
    assert_eq!(retirements_tagged(&w, "lookalike").len(), 3);
    assert_eq!(w.row("mine").1.as_deref(), mine["id"].as_str());
}

/// Seen 4: two matching transactions appeared since the send: exit 7 naming both, no guess.
#[test]
fn two_matches_are_named_never_guessed() {
    let w = W::start(&["--fail-script", "commit-500"]);
    let st = setup(&w);
    // By oldest credits: the registry picks, so a twin made since cannot be told apart.
    let mut a = retire_args(&st, "twin", "insetting");
    a.push("--from-oldest".into());
    let out = run(&w, K::RetirePick, &a, "twin-key", &[]);
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    let others = tempfile::tempdir().unwrap();
    let twin = w.cmd_in(others.path()).args(&a).args(["--yes", "-o", "json"]).output().unwrap();
    assert_eq!(twin.status.code(), Some(0), "{}", stderr(&twin));
    let out = run(&w, K::RetirePick, &a, "twin-key", &[]);
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    for r in retirements_tagged(&w, "twin") {
        assert!(stderr(&out).contains(&s(&r, "id")), "{}", stderr(&out));
    }
    assert_eq!(w.posts(), 2);
    assert_eq!(w.row("twin-key").0, "unknown");
}

/// Seen 5: a key belongs to a registry and an organisation; the plan names profile and host.
#[test]
fn a_key_belongs_to_one_registry_and_one_organisation() {
    let a_reg = W::start(&[]);
    let b_reg = W::start(&[]);
    let st = setup(&a_reg);
    let args = retire_args(&st, "fy25", "insetting");
    let out = run(&a_reg, K::RetirePick, &args, "fy25-q1", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let port = a_reg.emu.base.split(':').nth(2).unwrap().split('/').next().unwrap().to_string();
    assert!(stderr(&out).contains(&format!("registry: 127.0.0.1:{port} (profile rw)")), "{}", stderr(&out));
    // The same command and journal against another registry sends it there.
    let out = b_reg
        .emu
        .cmd()
        .env("ISOREG_STATE_DIR", a_reg.state.path())
        .env("ISOREG_PROFILE", "rw")
        .env("ISOREG_CONFIG", a_reg.emu.config_path())
        .args(&args)
        .args(["--yes", "--request-key", "fy25-q1", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("Already done"), "{}", stderr(&out));
    assert_eq!(b_reg.posts(), 1);
    // Another organisation (the supplier's token) may use the same key for its own write.
    let d = args_for_deliver(&a_reg);
    let mut c = a_reg.cmd();
    c.env("ISOMETRIC_ACCESS_TOKEN", &a_reg.emu.supplier_token);
    let out = c.args(&d).args(["--yes", "--request-key", "fy25-q1", "-o", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(a_reg.posts(), 2);
}

fn args_for_deliver(w: &W) -> Vec<String> {
    let st = setup_now(w);
    args(K::Deliver, &st, "scoped", 0)
}

mod journal;

mod property;

/// A scripted registry for `beneficiary add`: `/organisation`, an empty `/beneficiaries`, and
/// `post` as the answer to the POST.
fn beneficiary_registry(post: common::server::Reply) -> common::server::Script {
    use common::server::{Reply, Script, page};
    Script::serve(move |req| match (req.method.as_str(), req.path.as_str()) {
        ("GET", "/organisation") => {
            Reply::json(200, &serde_json::json!({"id": "org_SCRIPTED0000000001", "name": "Me", "domain": "me.example"}))
        }
        ("GET", "/beneficiaries") => Reply::json(200, &page(vec![], 0, None)),
        ("POST", "/beneficiary") => post.clone(),
        _ => Reply::not_found(),
    })
}

/// `beneficiary add Acme --yes` against a registry answering its POST with `post`.
fn add_beneficiary_against(post: common::server::Reply) -> std::process::Output {
    let script = beneficiary_registry(post);
    std::fs::write(script.home.path().join("config.toml"), "[profiles.rw]\nallow_writes = true\n").unwrap();
    let mut c = script.cmd();
    c.env("ISOREG_PROFILE", "rw").env("ISOREG_STATE_DIR", script.home.path().join("state"));
    c.args(["beneficiary", "add", "--name", "Acme", "--domain", "acme.example", "--yes"]).output().unwrap()
}

/// Seen 7: any 2xx JSON that is not the transaction asked for is an unknown outcome (exit 7);
/// and a 401 on the POST reads "nothing was done. The access token …" with one period.
#[test]
fn a_2xx_that_is_not_the_transaction_is_unknown_and_a_401_reads_well() {
    use common::server::Reply;
    for body in [
        "null",
        "{}",
        "[]",
        "{\"id\":12345}",
        "{\"id\":\"org_X0000000000000001\",\"name\":\"Other\",\"domain\":\"acme.example\"}",
    ] {
        let out = add_beneficiary_against(Reply::raw_json(200, body));
        assert_eq!(out.status.code(), Some(7), "{body}: {}", stderr(&out));
        assert!(stderr(&out).contains("does not agree with the request"), "{body}: {}", stderr(&out));
    }
    let out = add_beneficiary_against(Reply::json(401, &serde_json::json!({"detail": "Token has expired"})));
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("nothing was done. The access token"), "{}", stderr(&out));
    assert!(!stderr(&out).contains(".."), "{}", stderr(&out));
}
