//! The read path tells the truth (issue 17, items 3, 7 and 10), through the
//! real binary against scripted servers that lie: a listing is complete or it
//! fails with the true counts (and `sync` then saves nothing), `find` reads
//! every serial shape and refuses what it cannot look up, and what is shown is
//! checked first: impossible quantities, totals that disagree with their rows
//! and answers about another record are exit 6 in every command that shows them.

use crate::common::server::{Reply, Req, Script, page};
use crate::common::{Emu, stderr, stdout};
use serde_json::{Value, json};
use std::io::{Read, Write};
use std::process::Output;

const ORG: &str = "org_READTRUTH000001";

fn batch(n: usize) -> Value {
    json!({
        "id": format!("ctb_RT{n:014}"), "status": "active",
        "size": {"credit_kgs": 1000 + n, "credits": (1000 + n) as f64 / 1000.0},
        "issued_at": format!("2024-01-01T00:{:02}:{:02}Z", n / 60 % 60, n % 60),
        "serial_number": format!("ISO-1-BSTORE-GBR-F5X7-2024-{}-{}", 10 * n + 1, 10 * n + 10),
        "owner": {"id": ORG, "name": "Read Truth Ltd"}, "project_id": "prj_RT00000000000001",
    })
}

fn batches(r: std::ops::Range<usize>) -> Vec<Value> {
    r.map(batch).collect()
}

/// A server whose own organisation lists `pages(after)` as its credit batches.
fn org_batches(pages: impl Fn(Option<&str>) -> Value + Send + Sync + 'static) -> Script {
    Script::serve(move |req: &Req| match req.path.as_str() {
        "/organisation" => Reply::json(200, &json!({"id": ORG, "name": "Read Truth Ltd"})),
        p if p == format!("/organisations/{ORG}/credit_batches") => {
            Reply::json(200, &pages(req.param("after").as_deref()))
        }
        _ => Reply::not_found(),
    })
}

fn run(script: &Script, args: &[&str]) -> Output {
    script.cmd().args(args).output().expect("run isoreg")
}

fn assert_exit(o: &Output, code: i32, words: &[&str]) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(code), "stderr: {err}");
    for w in words {
        assert!(err.contains(w), "{w:?} missing from: {err}");
    }
    assert!(!err.contains("panicked"), "{err}");
}

// ---- 3. A listing is complete or it fails --------------------------------------------------

/// Two pages that say 10 items, then a last page that ends at 3.
fn ends_early() -> Script {
    org_batches(|after| match after {
        None => page(batches(0..2), 10, Some("c1")),
        Some(_) => page(batches(2..3), 10, None),
    })
}

#[test]
fn a_listing_that_ends_before_its_total_count_is_exit_6_with_the_true_counts() {
    let s = ends_early();
    for extra in [&["--shards", "1"][..], &[][..], &["--shards", "4"][..]] {
        let o = run(&s, &[&["batch", "list", "--all", "-o", "jsonl"][..], extra].concat());
        assert_exit(&o, 6, &["says the list ends", "got 3 of 10 items"]);
        assert_eq!(stdout(&o).lines().count(), 3, "{extra:?}: every item that came is printed");
    }
    // Without --all, too: the listing ended before the limit and before its count.
    let o = run(&s, &["batch", "list", "--limit", "20", "-o", "csv"]);
    assert_exit(&o, 6, &["got 3 of 10 items"]);
    // A first and only page that stops short.
    let one = org_batches(|_| page(batches(0..3), 10, None));
    let o = run(&one, &["batch", "list", "--all", "-o", "json"]);
    assert_exit(&o, 6, &["got 3 of 10 items"]);
}

#[test]
fn a_null_cursor_on_the_first_page_says_the_true_count() {
    let s = org_batches(
        |_| json!({"page_info": {"has_next_page": true, "end_cursor": null}, "nodes": batches(0..3), "total_count": 10}),
    );
    let o = run(&s, &["batch", "list", "--all", "-o", "jsonl"]);
    assert_exit(&o, 6, &["gives no cursor", "got 3 of 10 items"]);
    assert!(!stderr(&o).contains("got 0 of"), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 3);
}

#[test]
fn counts_are_never_more_than_announced() {
    // One item on a page that announces none, then the same cursor again.
    let s = org_batches(|after| {
        let n = usize::from(after.is_some());
        page(batches(n..n + 1), 0, Some("again"))
    });
    let o = run(&s, &["batch", "list", "--limit", "5", "-o", "jsonl"]);
    assert_exit(&o, 6, &["round in circles", "got 2 items though the server announced 0"]);
    assert!(!stderr(&o).contains("of 0"), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 2, "the count is what was printed");
}

#[test]
fn a_limit_note_never_says_more_shown_than_announced() {
    let s = org_batches(|_| page(batches(0..5), 2, Some("more")));
    let o = run(&s, &["batch", "list", "--limit", "5", "-o", "jsonl"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 5);
    assert!(stderr(&o).contains("Showing 5 credit batches (the server announced 2)"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("5 of 2"), "{}", stderr(&o));
}

#[test]
fn other_lists_are_complete_or_fail_too() {
    let s = Script::serve(|req: &Req| match (req.path.as_str(), req.param("after")) {
        ("/issuances", None) => Reply::json(200, &page(vec![json!({"id": "iss_RT00000000000001"})], 7, Some("n"))),
        ("/issuances", Some(_)) => Reply::json(200, &page(vec![json!({"id": "iss_RT00000000000002"})], 7, None)),
        _ => Reply::not_found(),
    });
    let o = run(&s, &["issuance", "list", "--all", "-o", "jsonl"]);
    assert_exit(&o, 6, &["got 2 of 7 items"]);
}

/// A proxy in front of the emulator that answers as the emulator does, except
/// that `cut(path, query)` may replace an answer.
fn proxy(emu: &Emu, cut: impl Fn(&Req, Value) -> Value + Send + Sync + 'static) -> Script {
    let (base, secret, token) = (emu.base.clone(), emu.secret.clone(), emu.token.clone());
    Script::serve(move |req: &Req| {
        let (status, body) = forward(&base, &secret, &token, req);
        match serde_json::from_slice::<Value>(&body) {
            Ok(v) if status == 200 => Reply::json(200, &cut(req, v)),
            _ => Reply::text(status, "application/json", &String::from_utf8_lossy(&body)),
        }
    })
}

/// One GET to the emulator over a plain socket: (status, body).
fn forward(base: &str, secret: &str, token: &str, req: &Req) -> (u16, Vec<u8>) {
    let rest = base.strip_prefix("http://").expect("http base");
    let (host, prefix) = rest.split_once('/').expect("base path");
    let q = if req.query.is_empty() { String::new() } else { format!("?{}", req.query) };
    let mut s = std::net::TcpStream::connect(host).expect("connect to the emulator");
    let head = format!(
        "GET /{prefix}{}{q} HTTP/1.1\r\nHost: {host}\r\nx-client-secret: {secret}\r\nAuthorization: Bearer {token}\r\nConnection: close\r\n\r\n",
        req.path
    );
    s.write_all(head.as_bytes()).expect("send");
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("read");
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("a head");
    let head = String::from_utf8_lossy(&raw[..split]).to_lowercase();
    let status = head.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(502);
    let mut body = raw[split + 4..].to_vec();
    if head.contains("transfer-encoding: chunked") {
        body = dechunk(&body);
    }
    (status, body)
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(i) = b.windows(2).position(|w| w == b"\r\n") {
        let n = usize::from_str_radix(String::from_utf8_lossy(&b[..i]).trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.extend_from_slice(&b[i + 2..i + 2 + n]);
        b = &b[i + 4 + n..];
    }
    out
}

#[test]
fn a_sync_whose_listing_ends_early_saves_nothing_and_records_no_deletion() {
    let emu = Emu::shared();
    let db = emu.home.path().join("copy.db").to_string_lossy().into_owned();
    let honest = proxy(&emu, |_, v| v);
    let sync = |s: &Script| {
        s.cmd()
            .env("ISOMETRIC_CLIENT_SECRET", &emu.secret)
            .env("ISOMETRIC_ACCESS_TOKEN", &emu.token)
            .args(["sync", "--db", &db, "-o", "json"])
            .output()
            .expect("sync")
    };
    let first = sync(&honest);
    assert!(first.status.success(), "{}", stderr(&first));
    // The retirements listing now ends after its first page, while its count says more.
    let lying = proxy(&emu, |req, mut v| {
        if req.path == "/retirements" && req.param("after").is_none() {
            v["page_info"]["has_next_page"] = json!(false);
            v["page_info"]["end_cursor"] = Value::Null;
        }
        v
    });
    let second = sync(&lying);
    assert_exit(&second, 6, &["/retirements says the list ends", "the list is incomplete (got 50 of"]);
    assert!(!stdout(&second).contains("gone"), "{}", stdout(&second));
    let snaps = emu.json(&["sql", "--db", &db, "SELECT id, changed FROM snapshots ORDER BY id"]);
    assert_eq!(snaps.as_array().map(Vec::len), Some(1), "nothing saved: {snaps}");
    let gone = emu.json(&["sql", "--db", &db, "SELECT count(*) AS n FROM main.record WHERE until_snap IS NOT NULL"]);
    assert_eq!(gone[0]["n"], 0, "no deletion recorded");
}

// ---- 7. find ----------------------------------------------------------------------------------

fn digits_batch() -> Value {
    let mut b = batch(1);
    b["serial_number"] = json!("ISO-1-ERW-GBR-4217-2023-78177-81177");
    b["size"] = json!({"credit_kgs": 3001, "credits": 3.001});
    b
}

#[test]
fn find_reads_serials_whose_project_code_is_all_digits() {
    let s = org_batches(|_| page(vec![digits_batch()], 1, None));
    for q in ["ISO-1-ERW-GBR-4217-2023-79000", "ISO-1-ERW-GBR-4217-2023-78177-81177 #79000"] {
        let o = run(&s, &["find", q, "-o", "json"]);
        assert_eq!(o.status.code(), Some(0), "{q}: {}", stderr(&o));
        let rows: Value = serde_json::from_slice(&o.stdout).expect("json");
        assert_eq!(rows[0]["id"], digits_batch()["id"], "{q}");
        assert_eq!(rows[0]["holds"], "the credit", "{q}");
    }
}

#[test]
fn find_refuses_empty_text_and_credits_outside_the_range() {
    let s = org_batches(|_| page(vec![digits_batch()], 1, None));
    for empty in ["", "   "] {
        let o = run(&s, &["find", empty]);
        assert_exit(&o, 2, &["find needs something to look for"]);
        assert_eq!(stdout(&o), "");
    }
    let o = run(&s, &["find", "ISO-1-ERW-GBR-4217-2023-78177-81177 #5"]);
    assert_exit(
        &o,
        2,
        &["Credit 5 is outside the range of ISO-1-ERW-GBR-4217-2023-78177-81177 (credits 78177 to 81177)"],
    );
    assert!(!stderr(&o).contains("not a serial number"), "{}", stderr(&o));
}

#[test]
fn find_names_kinds_with_the_right_article_and_checks_the_answer() {
    let s = Script::serve(|req: &Req| match req.path.as_str() {
        "/organisations/org_RT00000000000001" => Reply::json(200, &json!({"id": "org_RT00000000000001", "name": "A"})),
        "/issuances/iss_RT00000000000001" => Reply::json(200, &json!({"id": "iss_RT00000000000001"})),
        "/projects/prj_RT00000000000001" => Reply::json(200, &json!({"id": "prj_RT00000000000001", "name": "P"})),
        "/credit_batches/ctb_RT00000000000001" => Reply::json(200, &batch(2)),
        _ => Reply::not_found(),
    });
    for (id, said) in [
        ("org_RT00000000000001", "is an organisation."),
        ("iss_RT00000000000001", "is an issuance."),
        ("prj_RT00000000000001", "is a project."),
    ] {
        let o = run(&s, &["find", id, "-o", "json"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(stderr(&o).contains(&format!("{id} {said}")), "{}", stderr(&o));
    }
    let o = run(&s, &["find", "ctb_RT00000000000001", "-o", "json"]);
    assert_exit(
        &o,
        6,
        &["Asked for credit batch ctb_RT00000000000001, the server answered with ctb_RT00000000000002."],
    );
    assert_eq!(stdout(&o), "");
}

// ---- 10. What is shown is checked first -------------------------------------------------------

fn negative() -> Value {
    let mut b = batch(7);
    b["size"] = json!({"credit_kgs": -83_540_735, "credits": -83540.735});
    b
}

#[test]
fn an_impossible_quantity_is_exit_6_in_every_command_that_shows_it() {
    let id = negative()["id"].as_str().expect("id").to_string();
    let s = Script::serve(move |req: &Req| match req.path.as_str() {
        "/organisation" => Reply::json(200, &json!({"id": ORG})),
        p if p == format!("/organisations/{ORG}/credit_batches") => {
            Reply::json(200, &page(vec![batch(1), negative()], 2, None))
        }
        p if p == format!("/credit_batches/{id}") => Reply::json(200, &negative()),
        "/retirements/ret_RT00000000000001/credit_batches" => {
            Reply::json(200, &json!({"nodes": [negative()], "total_count": 1}))
        }
        _ => Reply::not_found(),
    });
    let id = negative()["id"].as_str().expect("id").to_string();
    for args in [
        vec!["batch", "get", id.as_str()],
        vec!["batch", "list"],
        vec!["batch", "list", "--all"],
        vec!["retirement", "batches", "ret_RT00000000000001"],
    ] {
        for format in ["table", "json", "csv"] {
            let o = run(&s, &[&args[..], &["-o", format]].concat());
            assert_exit(&o, 6, &[&format!("credit batch {id} has an impossible `size`"), "-83540735 is negative"]);
            assert!(!stdout(&o).contains("83540"), "{args:?} {format}: {}", stdout(&o));
        }
    }
}

#[test]
fn an_answer_about_another_batch_is_exit_6() {
    let s = Script::serve(|req: &Req| match req.path.as_str() {
        "/credit_batches/ctb_RT00000000000001" => Reply::json(200, &batch(2)),
        "/credit_batches/ctb_RT00000000000002" => Reply::json(200, &batch(2)),
        _ => Reply::not_found(),
    });
    for ids in [&["ctb_RT00000000000001"][..], &["ctb_RT00000000000002", "ctb_RT00000000000001"][..]] {
        let o = run(&s, &[&["batch", "get"][..], ids, &["-o", "json"][..]].concat());
        assert_exit(
            &o,
            6,
            &["Asked for credit batch ctb_RT00000000000001, the server answered with ctb_RT00000000000002."],
        );
        assert_eq!(stdout(&o), "");
    }
    let o = run(&s, &["batch", "get", "ctb_RT00000000000002", "-o", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

fn issuance_answer(supplier_total: i64) -> Value {
    let mut b1 = batch(1);
    b1["size"] = json!({"credit_kgs": 15_000_000, "credits": 15000.0});
    let mut b2 = batch(2);
    b2["size"] = json!({"credit_kgs": 500_000, "credits": 500.0});
    json!({
        "issuance_id": "iss_RT00000000000001",
        "supplier_credit_batches": [b1], "buffer_pool_credit_batches": [b2],
        "supplier_credit_batch_size_total": {"credit_kgs": supplier_total, "credits": supplier_total as f64 / 1000.0},
        "buffer_pool_credit_batch_size_total": {"credit_kgs": 500_000, "credits": 500.0},
        "credit_batch_size_total": {"credit_kgs": supplier_total + 500_000, "credits": 0.0},
    })
}

#[test]
fn issuance_batches_totals_must_match_their_rows() {
    let s = Script::serve(|req: &Req| match req.path.as_str() {
        "/issuances/iss_RT00000000000001/credit_batches" => Reply::json(200, &issuance_answer(70_800_000)),
        "/issuances/iss_RT00000000000002/credit_batches" => Reply::json(200, &issuance_answer(15_000_000)),
        _ => Reply::not_found(),
    });
    for format in ["table", "json"] {
        let o = run(&s, &["issuance", "batches", "iss_RT00000000000001", "-o", format]);
        assert_exit(
            &o,
            6,
            &["says `supplier_credit_batch_size_total` is 70800.000 t, but its credit batches add up to 15000.000 t"],
        );
        assert_eq!(stdout(&o), "");
    }
    // The right totals, but for another issuance.
    let o = run(&s, &["issuance", "batches", "iss_RT00000000000002", "-o", "table"]);
    assert_exit(&o, 6, &["the server answered with those of iss_RT00000000000001"]);
    let ok = Script::serve(|_: &Req| Reply::json(200, &issuance_answer(15_000_000)));
    let o = run(&ok, &["issuance", "batches", "iss_RT00000000000001", "-o", "table"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Total: 15500.000 t"), "{}", stdout(&o));
}

#[test]
fn a_sub_list_whose_total_count_disagrees_with_its_rows_is_exit_6() {
    let s = Script::serve(|_: &Req| Reply::json(200, &json!({"nodes": [batch(1), batch(2)], "total_count": 9})));
    let o = run(&s, &["delivery", "batches", "dlv_RT00000000000001", "-o", "jsonl"]);
    assert_exit(&o, 6, &["has 2 credit batches but says `total_count` 9"]);
}
