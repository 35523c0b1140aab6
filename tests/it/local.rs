//! The local copy, end to end through the real binary: `sync`, `sql`, `diff`
//! and `find` against the emulator and against scripted servers whose
//! registry changes between two syncs in known ways.

use crate::common;
use crate::common::server::{Reply, Req, Script, page};
use crate::common::{Emu, stderr, stdout};
use serde_json::{Value, json};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

fn db_in(home: &tempfile::TempDir) -> String {
    home.path().join("copy.sqlite").display().to_string()
}

fn sql(emu: &Emu, db: &str, q: &str) -> Value {
    emu.json(&["sql", "--db", db, q])
}

#[test]
fn sync_twice_adds_only_the_snapshot_row_and_diff_is_empty() {
    let emu = Emu::shared();
    let db = db_in(&emu.home);
    let first = emu.json(&["sync", "--db", &db]);
    assert_eq!(first["snapshot"], 1);
    let records = first["records"].as_u64().unwrap();
    assert!(records > 900, "{first}");
    assert_eq!(first["changed"].as_u64(), Some(records));
    let rows = |emu: &Emu| sql(emu, &db, "SELECT count(*) AS n FROM main.record")[0]["n"].as_u64().unwrap();
    let before = rows(&emu);
    let second = emu.json(&["sync", "--db", &db]);
    assert_eq!(
        (second["snapshot"].as_u64(), second["changed"].as_u64(), second["gone"].as_u64()),
        (Some(2), Some(0), Some(0))
    );
    assert_eq!(rows(&emu), before, "an unchanged registry adds no record rows");
    let snaps = sql(&emu, &db, "SELECT id, changed FROM snapshots ORDER BY id");
    assert_eq!(snaps, json!([{"id": 1, "changed": records}, {"id": 2, "changed": 0}]));
    let o = emu.cmd().args(["diff", "--db", &db, "--fail-on-change", "-o", "json"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "[]");
    let bytes = std::fs::read(&db).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains(&emu.secret) && !text.contains(&emu.token), "no credentials in the file");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&db).unwrap().permissions().mode() & 0o777, 0o600);
    }
}

#[test]
fn sql_answers_equal_the_live_balance() {
    let emu = Emu::shared();
    let db = db_in(&emu.home);
    emu.json(&["sync", "--db", &db]);
    let live = emu.json(&["balance"]);
    let per_project = sql(
        &emu,
        &db,
        "SELECT project_id, sum(CASE status WHEN 'retired' THEN size_kg ELSE 0 END) AS retired, \
         sum(CASE status WHEN 'active' THEN size_kg ELSE 0 END) AS active FROM batches WHERE mine GROUP BY project_id",
    );
    let got: HashMap<String, (i64, i64)> = per_project
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["project_id"].as_str().unwrap().to_string(),
                (r["retired"].as_i64().unwrap(), r["active"].as_i64().unwrap()),
            )
        })
        .collect();
    let projects = live["project_balances"].as_array().unwrap();
    assert!(projects.len() > 2);
    for p in projects {
        let id = p["project_id"].as_str().unwrap();
        let want = (
            p["total"]["retired_credits_total"]["credit_kgs"].as_i64().unwrap(),
            p["total"]["active_credits_total"]["credit_kgs"].as_i64().unwrap(),
        );
        assert_eq!(got.get(id).copied().unwrap_or((0, 0)), want, "project {id}");
    }
    let total = sql(&emu, &db, "SELECT active_kg, retired_kg FROM balances WHERE scope = 'total'");
    assert_eq!(total[0]["active_kg"], live["total"]["active_credits_total"]["credit_kgs"]);
    assert_eq!(total[0]["retired_kg"], live["total"]["retired_credits_total"]["credit_kgs"]);
    let names = sql(&emu, &db, "SELECT DISTINCT project_name FROM batches WHERE mine AND project_name IS NULL");
    assert_eq!(names, json!([]), "every batch has its project's name beside the id");
}

#[test]
fn sql_is_read_only_and_says_what_is_wrong() {
    let emu = Emu::shared();
    let db = db_in(&emu.home);
    emu.json(&["sync", "--db", &db]);
    for (q, code, words) in [
        ("DELETE FROM main.record", 2, "read-only"),
        ("PRAGMA user_version = 7", 2, "read-only"),
        ("SELECT nope FROM batches", 2, "no such column"),
        ("SELECT 1; DELETE FROM main.record", 2, "SQL error"),
    ] {
        let o = emu.cmd().args(["sql", "--db", &db, q]).output().unwrap();
        assert_eq!(o.status.code(), Some(code), "{q}: {}", stderr(&o));
        assert!(stderr(&o).contains(words), "{q}: {}", stderr(&o));
    }
    let o = emu.cmd().args(["sql", "--db", &db, "--snapshot", "9", "SELECT 1"]).output().unwrap();
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(stderr(&o).contains("no snapshot 9"), "{}", stderr(&o));
    assert_eq!(sql(&emu, &db, "SELECT count(*) AS n FROM snapshots"), json!([{"n": 1}]));
    let csv = emu
        .cmd()
        .args(["sql", "--db", &db, "SELECT id, size_kg FROM batches ORDER BY id LIMIT 2", "-o", "csv"])
        .output()
        .unwrap();
    assert!(stdout(&csv).starts_with("id,size_kg\nctb_"), "{}", stdout(&csv));
    let schema = emu.cmd().args(["sql", "--schema", "-o", "jsonl"]).output().unwrap();
    assert!(stdout(&schema).contains(r#""view":"batches","column":"size_kg""#), "{}", stdout(&schema));
}

#[test]
fn find_recognises_every_id_kind() {
    let emu = Emu::shared();
    let kinds =
        ["credit batch", "issuance", "project", "supplier", "order", "delivery", "retirement", "transfer", "refund"];
    let mut ids: Vec<String> = kinds.iter().map(|k| emu.id(k)).collect();
    ids.push(emu.buyer_org.clone());
    for id in ids {
        let o = emu.cmd().args(["find", &id, "-o", "json"]).output().unwrap();
        assert!(o.status.success(), "{id}: {}", stderr(&o));
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["id"], json!(id));
    }
    let o = emu.cmd().args(["find", "prj_NOSUCHPROJECT0000", "-o", "json"]).output().unwrap();
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    // The OpenAPI's own examples spell transfers `tfr_…`: still a transfer, looked up as one.
    let o = emu.cmd().args(["find", "tfr_NOSUCHTRANSFER000"]).output().unwrap();
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(stderr(&o).contains("tfr_NOSUCHTRANSFER000 is a transfer."), "{}", stderr(&o));
}

/// A split batch, its serial and its children's.
fn split_family(emu: &Emu) -> (Value, Value, Value) {
    let parent = emu.json(&["batch", "get", &emu.id("split credit batch")]);
    let parent = if parent.is_array() { parent[0].clone() } else { parent };
    let kids = emu.json(&[
        "batch",
        "get",
        parent["left_child_id"].as_str().unwrap(),
        parent["right_child_id"].as_str().unwrap(),
    ]);
    (parent, kids[0].clone(), kids[1].clone())
}

fn found_ids(o: &std::process::Output) -> HashMap<String, Value> {
    assert!(o.status.success(), "{}", stderr(o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    v.as_array().unwrap().iter().map(|r| (r["id"].as_str().unwrap().to_string(), r.clone())).collect()
}

#[test]
fn find_serials_and_credit_numbers_in_a_split_family() {
    let emu = Emu::shared();
    let db = db_in(&emu.home);
    let (parent, left, right) = split_family(&emu);
    let (pid, lid, rid) = (parent["id"].as_str().unwrap(), left["id"].as_str().unwrap(), right["id"].as_str().unwrap());
    let serial = parent["serial_number"].as_str().unwrap();
    let right_first: u64 = right["serial_number"].as_str().unwrap().rsplit('-').nth(1).unwrap().parse().unwrap();
    for with_copy in [false, true] {
        if with_copy {
            emu.json(&["sync", "--db", &db]);
        }
        let o = emu.cmd().args(["find", "--db", &db, serial, "-o", "json"]).output().unwrap();
        let source = if with_copy { "From snapshot 1" } else { "live scan" };
        assert!(stderr(&o).contains(source), "{}", stderr(&o));
        let found = found_ids(&o);
        assert!(found[pid]["current"].as_str().unwrap().starts_with("no: split into"), "{:?}", found[pid]);
        assert_eq!(found[pid]["holds"], "all");
        for kid in [lid, rid] {
            let current = found[kid]["current"].as_str().unwrap();
            let split = found[kid]["status"] == "split";
            assert_eq!(current.starts_with("no: split into"), split, "{kid}: {current}");
            assert_eq!(current == "yes", !split, "{kid}: {current}");
            assert_eq!(found[kid]["holds"], "part", "{kid}");
        }
        assert!(found.values().any(|r| r["current"] == "yes"), "some batch of the family is current");
        let credit = format!("{} #{right_first}", serial.to_lowercase());
        let o = emu.cmd().args(["find", "--db", &db, &credit, "-o", "json"]).output().unwrap();
        let found = found_ids(&o);
        assert!(found.contains_key(pid) && found.contains_key(rid), "{found:?}");
        assert!(!found.contains_key(lid), "the left child does not hold credit {right_first}");
        assert_eq!(found[rid]["holds"], "the credit");
    }
    let o = emu.cmd().args(["find", "--db", &db, "ISO-1-not-a-serial"]).output().unwrap();
    assert_eq!(o.status.code(), Some(4));
    assert!(stderr(&o).contains("not a serial number isoreg can read"), "{}", stderr(&o));
    let o = emu.cmd().args(["find", "--db", &db, "kansas", "-o", "json"]).output().unwrap();
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v[0]["kind"], "project");
    assert_eq!(v[0]["name"], "Kansas Plains Pilot");
}

/// `isoreg sync --db DB` against `emu`, as a child process we can kill.
fn spawn_sync(emu: &Emu, db: &str) -> std::process::Child {
    emu.cmd_std()
        .args(["sync", "--db", db, "-o", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn an_interrupted_sync_leaves_the_previous_snapshot() {
    let fast = Emu::shared();
    let db = db_in(&fast.home);
    fast.json(&["sync", "--db", &db]);
    let slow = Emu::start_logged(&["--latency-ms", "150"]);
    let mut child = spawn_sync(&slow, &db);
    // Interrupt once the sync is fetching (its first requests are logged).
    common::wait_until(std::time::Duration::from_secs(20), "the sync's first requests", || slow.logged().len() > 2);
    assert!(child.try_wait().unwrap().is_none(), "the slow sync should still be running");
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(sql(&fast, &db, "SELECT id FROM snapshots"), json!([{"id": 1}]));
    let again = fast.json(&["sync", "--db", &db]);
    assert_eq!((again["snapshot"].as_u64(), again["changed"].as_u64()), (Some(2), Some(0)));
}

#[test]
fn two_syncs_racing_one_wins_the_other_says_so() {
    let slow = Emu::start(&["--latency-ms", "100"]);
    let db = db_in(&slow.home);
    let (a, b) = (spawn_sync(&slow, &db), spawn_sync(&slow, &db));
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    let codes: BTreeSet<Option<i32>> = [a.status.code(), b.status.code()].into();
    assert_eq!(codes, [Some(0), Some(8)].into(), "{} / {}", stderr(&a), stderr(&b));
    let loser = if a.status.success() { &b } else { &a };
    assert!(stderr(loser).contains("being written by another isoreg sync"), "{}", stderr(loser));
    assert_eq!(sql(&slow, &db, "SELECT id FROM snapshots"), json!([{"id": 1}]));
    assert_eq!(sql(&slow, &db, "SELECT count(*) > 0 AS ok FROM batches"), json!([{"ok": 1}]));
}

#[test]
fn old_schema_files_are_read_without_writing_and_newer_ones_refused() {
    let home = tempfile::tempdir().unwrap();
    let old = home.path().join("old.sqlite");
    let c = rusqlite::Connection::open(&old).unwrap();
    c.execute_batch(isoreg::store::SCHEMA_V1).unwrap();
    c.execute_batch(
        "PRAGMA user_version = 1;
         INSERT INTO snapshot VALUES (1, '2026-01-01T00:00:00Z', 'http://127.0.0.1/registry/v0', 'org_A', 1, 1);
         INSERT INTO record(kind, id, from_snap, hash, json) VALUES ('project', 'prj_1', 1, x'00', '{\"id\":\"prj_1\",\"name\":\"Old Peat\"}');",
    )
    .unwrap();
    drop(c);
    let before = std::fs::read(&old).unwrap();
    let o = common::bare(home.path())
        .args(["sql", "--db"])
        .arg(&old)
        .args(["SELECT p.id, p.name, s.duration_ms FROM projects p, snapshots s", "-o", "json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        serde_json::from_slice::<Value>(&o.stdout).unwrap(),
        json!([{"id": "prj_1", "name": "Old Peat", "duration_ms": null}])
    );
    assert!(std::fs::read(&old).unwrap() == before, "reading an older schema must not migrate or touch the file");
    let newer = home.path().join("newer.sqlite");
    rusqlite::Connection::open(&newer).unwrap().execute_batch("PRAGMA user_version = 99;").unwrap();
    let o = common::bare(home.path()).args(["sql", "--db"]).arg(&newer).arg("SELECT 1").output().unwrap();
    assert_eq!(o.status.code(), Some(8));
    assert!(stderr(&o).contains("newer isoreg"), "{}", stderr(&o));
}

/// A tiny registry that a test moves from state 1 to state 2 (one batch
/// split and half retired) or 3 (a quantity beyond 64 bits).
fn scripted_registry(state: Arc<AtomicU8>) -> impl Fn(&Req) -> Reply + Send + Sync + 'static {
    move |req: &Req| {
        let s = state.load(Ordering::SeqCst);
        let me = json!({"id": "org_ME", "name": "Me Ltd", "domain": "me.example"});
        let batch = |id: &str, status: &str, kgs: Value, range: &str, kids: (Value, Value), parent: Value| {
            json!({"id": id, "status": status, "size": {"credit_kgs": kgs}, "serial_number": format!("ISO-1-X-GBR-P1-2025-{range}"),
                   "owner": me, "project_id": "prj_P1", "supplier_id": "spl_S1", "issuance_id": "iss_1",
                   "parent_id": parent, "left_child_id": kids.0, "right_child_id": kids.1})
        };
        let none = (Value::Null, Value::Null);
        let b1 = match s {
            1 => batch("ctb_B1", "active", json!(1000), "1-1000", none.clone(), Value::Null),
            3 => batch("ctb_B1", "active", json!(0), "1-1000", none.clone(), Value::Null),
            _ => batch("ctb_B1", "split", json!(1000), "1-1000", (json!("ctb_B2"), json!("ctb_B3")), Value::Null),
        };
        let mut own = vec![b1.clone()];
        if s == 2 {
            own.push(batch("ctb_B2", "active", json!(600), "1-600", none.clone(), json!("ctb_B1")));
            own.push(batch("ctb_B3", "retired", json!(400), "601-1000", none, json!("ctb_B1")));
        }
        let ret = |id: &str, kgs: i64| json!({"id": id, "retired_at": "2025-06-01T00:00:00Z", "owner": me, "credit_batch_size_total": {"credit_kgs": kgs}});
        let mut rets = vec![ret("ret_R1", 5)];
        if s == 2 {
            rets.push(ret("ret_R2", 400));
        }
        let (active, retired) = if s == 2 { (600, 400) } else { (1000, 0) };
        let totals =
            json!({"active_credits_total": {"credit_kgs": active}, "retired_credits_total": {"credit_kgs": retired}});
        let supplier = json!({"id": "spl_S1", "organisation": {"id": "org_S", "name": "Supplier Co"}});
        let list = |nodes: Vec<Value>| Reply::json(200, &page(nodes.clone(), nodes.len() as u64, None));
        match req.path.as_str() {
            "/organisation" => Reply::json(200, &me),
            "/organisations/org_ME/credit_balance" => Reply::json(
                200,
                &json!({"total": totals,
                "project_balances": [{"project_id": "prj_P1", "total": totals}], "supplier_balances": [], "order_balances": []}),
            ),
            "/organisations/org_ME/credit_batches" if s == 3 => Reply::raw_json(
                200,
                &page(own, 1, None).to_string().replace(r#""credit_kgs":0"#, r#""credit_kgs":18446744073709551616"#),
            ),
            "/organisations/org_ME/credit_batches" => list(own),
            "/issuances" => list(vec![json!({"id": "iss_1", "project_id": "prj_P1", "supplier": supplier,
                "issued_at": "2025-01-01T00:00:00Z", "credit_batch_size_total": {"credit_kgs": 1000}})]),
            "/issuances/iss_1/credit_batches" => {
                Reply::json(200, &json!({"supplier_credit_batches": [b1], "buffer_pool_credit_batches": []}))
            }
            "/projects" => list(vec![json!({"id": "prj_P1", "name": "Peat Project", "supplier": supplier})]),
            "/suppliers" => list(vec![supplier]),
            "/retirements" => list(rets),
            "/transfers" | "/deliveries" | "/organisations/org_ME/orders" | "/beneficiaries" | "/transferees" => {
                list(vec![])
            }
            _ => Reply::not_found(),
        }
    }
}

#[test]
fn diff_shows_exactly_the_change() {
    let state = Arc::new(AtomicU8::new(1));
    let server = Script::serve(scripted_registry(state.clone()));
    let db = db_in(&server.home);
    let sync = |server: &Script| {
        let o = server.cmd().args(["sync", "--db", &db, "-o", "json"]).output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
    };
    sync(&server);
    state.store(2, Ordering::SeqCst);
    sync(&server);
    let o = server.cmd().args(["diff", "--db", &db, "-o", "json"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let rows: Vec<Value> = serde_json::from_slice(&o.stdout).unwrap();
    let got: BTreeSet<String> = rows
        .iter()
        .map(|r| format!("{} {} {} {} {} {}", r["kind"], r["id"], r["change"], r["before"], r["after"], r["delta_kg"]))
        .collect();
    let want: BTreeSet<String> = [
        r#""balance" "total" "active" 1000 600 -400"#,
        r#""balance" "total" "retired" 0 400 400"#,
        r#""balance" "prj_P1" "active" 1000 600 -400"#,
        r#""balance" "prj_P1" "retired" 0 400 400"#,
        r#""batch" "ctb_B1" "status" "active" "split" null"#,
        r#""batch" "ctb_B2" "new" null "active" 600"#,
        r#""batch" "ctb_B3" "new" null "retired" 400"#,
        r#""retirement" "ret_R2" "new" null "2025-06-01T00:00:00Z" 400"#,
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(got, want, "{rows:#?}");
    let split = rows.iter().find(|r| r["id"] == "ctb_B1").unwrap();
    assert_eq!(split["note"], "split into ctb_B2 + ctb_B3");
    let named = rows.iter().find(|r| r["id"] == "prj_P1").unwrap();
    assert_eq!(named["name"], "project Peat Project");
    let o = server.cmd().args(["diff", "--db", &db, "--fail-on-change", "-o", "csv"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o).lines().count(), 9, "a header and eight changes:\n{}", stdout(&o));
    assert!(stderr(&o).contains("8 changes between snapshot 1 and snapshot 2"), "{}", stderr(&o));
    let retired_2025 = server
        .cmd()
        .args([
            "sql",
            "--db",
            &db,
            "SELECT project_name, sum(size_kg) AS kg FROM batches WHERE mine AND status = 'retired' GROUP BY 1",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        serde_json::from_slice::<Value>(&retired_2025.stdout).unwrap(),
        json!([{"project_name": "Peat Project", "kg": 400}])
    );
}

#[test]
fn a_quantity_beyond_64_bits_is_exit_6_and_saves_nothing() {
    let state = Arc::new(AtomicU8::new(1));
    let server = Script::serve(scripted_registry(state.clone()));
    let db = db_in(&server.home);
    let o = server.cmd().args(["sync", "--db", &db, "-o", "json"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    state.store(3, Ordering::SeqCst);
    let o = server.cmd().args(["sync", "--db", &db]).output().unwrap();
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("ctb_B1") && err.contains("size.credit_kgs") && err.contains("nothing was saved"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "one sentence: {err}");
    let o = server.cmd().args(["sql", "--db", &db, "SELECT id, size_kg FROM batches", "-o", "json"]).output().unwrap();
    assert_eq!(serde_json::from_slice::<Value>(&o.stdout).unwrap(), json!([{"id": "ctb_B1", "size_kg": 1000}]));
}

#[test]
fn diff_across_a_changed_seed_matches_the_live_figures() {
    let (a, b) = (Emu::shared(), Emu::shared_with(&["--seed", "43"]));
    let db = db_in(&a.home);
    a.json(&["sync", "--db", &db]);
    b.json(&["sync", "--db", &db]);
    let rows = a.json(&["diff", "--db", &db]);
    let rows = rows.as_array().unwrap();
    let (before, after) = (a.json(&["balance"]), b.json(&["balance"]));
    for (change, key) in [("active", "active_credits_total"), ("retired", "retired_credits_total")] {
        let (x, y) = (&before["total"][key]["credit_kgs"], &after["total"][key]["credit_kgs"]);
        let row = rows.iter().find(|r| r["kind"] == "balance" && r["id"] == "total" && r["change"] == change);
        match row {
            Some(r) => assert_eq!((&r["before"], &r["after"]), (x, y)),
            None => assert_eq!(x, y, "an unchanged total has no row"),
        }
    }
    let count = |change: &str| rows.iter().filter(|r| r["kind"] == "issuance" && r["change"] == change).count();
    let total = |emu: &Emu| emu.json(&["api", "/issuances", "-f", "first=1"])["total_count"].as_u64().unwrap() as usize;
    assert_eq!((count("new"), count("gone")), (total(&b), total(&a)), "every issuance id differs between the seeds");
}

#[test]
fn a_slow_server_is_synced_in_shards_with_the_same_batches() {
    let ids = |emu: &Emu, db: &str| sql(emu, db, "SELECT id, status, size_kg FROM batches WHERE mine ORDER BY id");
    let plain = Emu::start(&["--scale", "2"]);
    let db = db_in(&plain.home);
    plain.json(&["sync", "--db", &db]);
    let expected = ids(&plain, &db);
    assert!(expected.as_array().map_or(0, Vec::len) > 500, "enough pages to be worth sharding: {expected}");
    let slow = Emu::start_logged(&["--scale", "2", "--latency-ms", "10"]);
    let slow_db = db_in(&slow.home);
    slow.json(&["sync", "--db", &slow_db]);
    let seen = slow.logged().join("\n");
    assert!(seen.contains("issued_before="), "the batches were fetched in time windows:\n{seen}");
    assert_eq!(ids(&slow, &slow_db), expected, "the sharded sync holds exactly the sequential one's batches");
}
