//! The copy tells the truth exactly: key order and repeats make no change, sql never rounds an integer, streamed tables say when a value was cut, an older journal is named and repaired, and the README's exact numbers.

use super::*;

/// A registry of one batch (in your list and in its issuance's list, as two
/// representations) whose JSON keys come in another order when `state` is 2;
/// state 3 makes the issuance's list answer first, state 4 your own list.
fn reordering_registry(state: Arc<AtomicU8>) -> impl Fn(&Req) -> Reply + Send + Sync + 'static {
    move |req: &Req| {
        let s = state.load(Ordering::SeqCst);
        let flip = |v: Value| -> Value {
            if s != 2 {
                return v;
            }
            let Value::Object(m) = v else { return v };
            Value::Object(m.into_iter().rev().collect())
        };
        let me = flip(json!({"id": "org_ME", "name": "Me Ltd", "domain": "me.example"}));
        let own = flip(json!({"id": "ctb_B1", "status": "active", "size": {"credit_kgs": 1000}, "owner": me,
            "serial_number": "ISO-1-X-GBR-P1-2025-1-1000", "issuance_id": "iss_1", "issued_at": "2025-01-01T00:00:00Z"}));
        let listed = flip(json!({"id": "ctb_B1", "status": "active", "size": {"credit_kgs": 1000},
            "serial_number": "ISO-1-X-GBR-P1-2025-1-1000", "issuance_id": "iss_1", "issued_at": "2025-01-01T00:00:00Z"}));
        let later = |wait: bool| {
            if wait {
                std::thread::sleep(Duration::from_millis(300));
            }
        };
        let list = |nodes: Vec<Value>| Reply::json(200, &page(nodes.clone(), nodes.len() as u64, None));
        match req.path.as_str() {
            "/organisation" => Reply::json(200, &me),
            "/organisations/org_ME/credit_balance" => Reply::json(
                200,
                &flip(
                    json!({"total": {"active_credits_total": {"credit_kgs": 1000}, "retired_credits_total": {"credit_kgs": 0}},
                    "project_balances": [], "supplier_balances": [], "order_balances": []}),
                ),
            ),
            "/organisations/org_ME/credit_batches" => {
                later(s == 3);
                list(vec![own])
            }
            "/issuances" => list(vec![flip(
                json!({"id": "iss_1", "issued_at": "2025-01-01T00:00:00Z", "credit_batch_size_total": {"credit_kgs": 1000}}),
            )]),
            "/issuances/iss_1/credit_batches" => {
                later(s == 4);
                Reply::json(200, &json!({"supplier_credit_batches": [listed], "buffer_pool_credit_batches": []}))
            }
            "/projects"
            | "/suppliers"
            | "/retirements"
            | "/transfers"
            | "/deliveries"
            | "/organisations/org_ME/orders"
            | "/beneficiaries"
            | "/transferees" => list(vec![]),
            _ => Reply::not_found(),
        }
    }
}

#[test]
fn key_order_and_a_record_seen_twice_make_no_change() {
    let state = Arc::new(AtomicU8::new(1));
    let server = Script::serve(reordering_registry(state.clone()));
    let home = tempfile::tempdir().unwrap();
    let db = db_in(home.path());
    let mut changed = Vec::new();
    for s in [1, 2, 3, 4, 3] {
        state.store(s, Ordering::SeqCst);
        let o = server.cmd().arg("sync").arg("--db").arg(&db).args(["-o", "json"]).output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        changed.push(v["changed"].as_u64().unwrap());
    }
    assert_eq!(changed, [4, 0, 0, 0, 0], "only the first sync adds records");
    let owner = sql_json(home.path(), &db, "SELECT owner_id FROM batches").unwrap();
    assert_eq!(owner, json!([{"owner_id": "org_ME"}]), "your own list's version is kept");
    let mut c = offline(home.path());
    c.arg("diff").arg("--db").arg(&db).args(["--from", "1", "-o", "json"]);
    assert_eq!(stdout(&run(c)).trim(), "[]");
}

#[test]
fn sql_never_prints_a_rounded_integer() {
    let emu = Emu::shared();
    let home = tempfile::tempdir().unwrap();
    let db = db_in(home.path());
    sync(&emu, &db);
    let max = "9223372036854775807";
    let exact = sql_json(home.path(), &db, "SELECT 9223372036854775806 + 1 AS x, 7 - 9 AS y, 2.5 * 2 AS z").unwrap();
    assert_eq!(exact.to_string(), format!(r#"[{{"x":{max},"y":-2,"z":5.0}}]"#));
    for q in [
        format!("SELECT {max} + 1 AS x"),
        format!("SELECT ({max} + {max}) / 2 AS x"),
        format!("SELECT {max} * 3 - {max} AS x"),
        format!("SELECT sum(x) AS x FROM (SELECT {max} AS x UNION ALL SELECT 1)"),
    ] {
        let mut c = offline(home.path());
        c.arg("sql").arg("--db").arg(&db).arg(&q);
        let o = run(c);
        assert_eq!(o.status.code(), Some(6), "{q}: {}", stdout(&o));
        assert_eq!(stdout(&o).trim(), "", "{q}");
        assert!(!stderr(&o).contains("9223372036854775808"), "{}", stderr(&o));
    }
}

#[test]
fn sql_tables_stream_and_say_when_a_later_value_was_cut() {
    let emu = Emu::shared();
    let home = tempfile::tempdir().unwrap();
    let db = db_in(home.path());
    sync(&emu, &db);
    // Rows are printed before the query ends: here it fails at row 3000, after 2999 rows.
    let failing = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 5000) \
                   SELECT x, CASE WHEN x < 3000 THEN 'row ' || x ELSE json('not json') END AS label FROM c";
    let mut c = offline(home.path());
    c.arg("sql").arg("--db").arg(&db).args([failing, "-o", "table"]);
    let o = run(c);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let text = stdout(&o);
    let first: Vec<&str> = text.lines().take(3).collect();
    assert!(first.len() == 3 && first[0].starts_with('X') && first[0].ends_with("LABEL"), "{first:?}");
    assert!(first[1].ends_with("row 1") && first[2].ends_with("row 2"), "{first:?}");
    assert!(text.lines().count() > 1000, "the rows before the failure are printed");
    // `| head -3` ends a long query at once, quietly.
    let long = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 1000000) SELECT x FROM c";
    let mut child = offline(home.path())
        .arg("sql")
        .arg("--db")
        .arg(&db)
        .args([long, "-o", "table"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut out, &mut line).unwrap();
    assert_eq!(line.trim(), "X");
    drop(out);
    let status = common::wait_bounded(&mut child, Duration::from_secs(60));
    assert_eq!(status.code(), Some(0), "a closed pipe is not a failure");
    let q = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 1500) \
             SELECT x, CASE x WHEN 1400 THEN 'a much longer label than any before' ELSE 'short' END AS label FROM c";
    let mut c = offline(home.path());
    c.arg("sql").arg("--db").arg(&db).args([q, "-o", "table"]);
    let o = run(c);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    assert_eq!(lines.len(), 1501);
    assert_eq!(lines[1400], "1400  a mu…", "cut to the width of the first 1000 rows");
    assert_eq!(lines[1401], "1401  short");
    assert!(
        stderr(&o).contains("Column widths were set from the first 1000 rows; a later value was wider"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_journal_left_by_an_older_isoreg_is_named_and_sync_repairs_it() {
    let emu = Emu::shared();
    let home = tempfile::tempdir().unwrap();
    let db = db_in(home.path());
    let c = rusqlite::Connection::open(&db).unwrap();
    c.execute_batch(isoreg::store::SCHEMA_V1).unwrap();
    c.execute_batch(
        "PRAGMA user_version = 1; INSERT INTO snapshot VALUES (1, '2026-01-01T00:00:00Z', 'u', NULL, 0, 0);",
    )
    .unwrap();
    drop(c);
    // A rollback journal as an older isoreg's killed sync leaves it (SQLite's journal magic first).
    let journal = PathBuf::from(format!("{}-journal", db.display()));
    let mut bytes = vec![0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7];
    bytes.resize(4096, 0);
    std::fs::write(&journal, &bytes).unwrap();
    let before = state(home.path());
    let mut c = offline(home.path());
    c.arg("sql").arg("--db").arg(&db).arg("SELECT 1");
    let o = run(c);
    assert_eq!(o.status.code(), Some(8), "{}", stderr(&o));
    assert!(stderr(&o).contains("was left half-written by an interrupted sync of an older isoreg"), "{}", stderr(&o));
    assert_eq!(state(home.path()), before, "the reader touched nothing");
    let v = sync(&emu, &db);
    assert_eq!(v["snapshot"], 2);
    assert_eq!(sql_json(home.path(), &db, "SELECT count(*) AS n FROM snapshots"), Ok(json!([{"n": 2}])));
}

#[test]
fn the_readme_shows_the_real_exact_numbers_output() {
    let emu = Emu::shared();
    let home = tempfile::tempdir().unwrap();
    let db = db_in(home.path());
    sync(&emu, &db);
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    for q in ["SELECT 9223372036854775806 + 1 AS fits, 7 / 2 AS whole", "SELECT 9223372036854775807 + 1 AS x"] {
        assert!(readme.contains(&format!("$ isoreg sql --db /tmp/demo.sqlite \"{q}\"")), "{q}");
        let mut c = offline(home.path());
        c.arg("sql").arg("--db").arg(&db).arg(q);
        let o = run(c);
        for line in stdout(&o).lines().chain(stderr(&o).lines()) {
            assert!(readme.contains(&format!("\n{line}\n")), "the README lacks: {line}");
        }
    }
}
