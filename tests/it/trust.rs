//! Trust: promises that must hold against servers the project did not write.
//! Each test plays such a server with the scriptable server of
//! `tests/common/script.rs` and runs the real binary against it: listings that
//! loop or stop short, lying counts, nulls the spec allows, a `--jq` filter
//! that reaches for the environment, credentials, local write failures and the
//! bounds on time and retries. Each asserts the exit code, the one sentence on
//! stderr, and what reached stdout.

use crate::common;
use crate::common::server::{Reply, Req, SECRET, Script, TOKEN, page};
use crate::common::{Emu, bin, stderr, stdout};
use serde_json::{Value, json};
use std::process::{Output, Stdio};

fn issuance(n: usize) -> Value {
    json!({"id": format!("iss_{n:016}"), "project_id": "prj_0000000000000001", "supplier_id": "spl_0000000000000001"})
}

fn issuances(range: std::ops::Range<usize>) -> Vec<Value> {
    range.map(issuance).collect()
}

/// No panic, no backtrace, and never a credential.
fn assert_calm(o: &Output) {
    common::assert_calm(o);
    let (out, err) = (stdout(o), stderr(o));
    for text in [&out, &err] {
        assert!(!text.contains(SECRET) && !text.contains("DO_NOT_PRINT"), "a credential leaked: {text}");
    }
}

/// Runs isoreg against `script` and returns its output after checking it is calm.
fn run(script: &Script, args: &[&str]) -> Output {
    let o = script.cmd().args(args).output().expect("run isoreg");
    assert_calm(&o);
    o
}

// ---------------------------------------------------------------------------
// Listings that would loop or stop short
// ---------------------------------------------------------------------------

/// A server whose cursors go A → B → A → …, each page with fresh items.
fn alternating() -> Script {
    Script::serve(|req: &Req| {
        let next = match req.param("after").as_deref() {
            None | Some("B") => "A",
            _ => "B",
        };
        Reply::json(200, &page(issuances(0..2), 1000, Some(next)))
    })
}

#[test]
fn alternating_cursors_end_with_exit_6_in_every_format() {
    let script = alternating();
    for format in ["json", "jsonl", "csv", "table"] {
        let o = run(&script, &["issuance", "list", "--all", "-o", format]);
        assert_eq!(o.status.code(), Some(6), "{format}: {}", stderr(&o));
        assert!(stderr(&o).contains("round in circles"), "{format}: {}", stderr(&o));
        assert!(stderr(&o).contains("got 6 of 1000 items"), "{format}: {}", stderr(&o));
    }
    assert!(script.requests().len() <= 4 * 4, "each listing stopped at the third page");
}

#[test]
fn a_lying_total_count_cannot_make_a_listing_endless() {
    let script = Script::serve(|req: &Req| {
        let n: usize = req.param("after").and_then(|a| a.parse().ok()).unwrap_or(0);
        Reply::json(200, &page(issuances(n..n + 50), 120, Some(&(n + 50).to_string())))
    });
    for format in ["table", "jsonl"] {
        let o = run(&script, &["issuance", "list", "--all", "-o", format]);
        assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
        assert!(stderr(&o).contains("but said there are 120"), "{}", stderr(&o));
        assert!(stderr(&o).contains("would not end"), "{}", stderr(&o));
    }
    let jsonl = run(&script, &["issuance", "list", "--all", "-o", "jsonl"]);
    assert!(stdout(&jsonl).lines().count() <= 250, "items stop near the count, not after memory runs out");
}

/// Pages of `nodes` whose last page says more follow but has no cursor.
fn no_cursor_at_end(cursor: Value) -> Script {
    Script::serve(move |req: &Req| match req.param("after").as_deref() {
        None => Reply::json(200, &page(issuances(0..2), 5, Some("p2"))),
        _ => {
            let mut p = page(issuances(2..4), 5, None);
            p["page_info"]["has_next_page"] = json!(true);
            p["page_info"]["end_cursor"] = cursor.clone();
            Reply::json(200, &p)
        }
    })
}

/// `batch list --all` reads its first page for the shard planner: an empty page
/// that says more follow is not an empty list there either.
#[test]
fn an_empty_first_page_that_says_more_follow_is_not_an_empty_list() {
    let script = Script::serve(|req: &Req| match req.path.as_str() {
        "/organisation" => Reply::json(200, &json!({"id": "org_0000000000000001", "name": "Buyer"})),
        _ => Reply::json(200, &page(vec![], 5, Some("p2"))),
    });
    let o = run(&script, &["batch", "list", "--all", "-o", "jsonl"]);
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("no items that says more follow") && stderr(&o).contains("got 0 of 5"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).is_empty(), "{}", stdout(&o));
}

#[test]
fn more_pages_without_a_cursor_are_not_a_whole_list() {
    for cursor in [Value::Null, json!("")] {
        let script = no_cursor_at_end(cursor);
        let o = run(&script, &["issuance", "list", "--all", "-o", "json"]);
        assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
        let err: Value = serde_json::from_str(stderr(&o).trim()).expect("a JSON error with -o json");
        let msg = err["error"]["message"].as_str().unwrap_or_default();
        assert!(msg.contains("gives no cursor") && msg.contains("got 4 of 5 items"), "{msg}");
        assert_eq!(err["error"]["exit_code"], 6);
        let out = stdout(&o);
        assert!(out.starts_with('['), "{out}");
        assert!(serde_json::from_str::<Value>(&out).is_err(), "a partial list is left unclosed: {out}");
    }
}

#[test]
fn a_limit_reached_before_the_missing_cursor_is_fine() {
    let script = no_cursor_at_end(Value::Null);
    let o = run(&script, &["issuance", "list", "--limit", "4", "-o", "jsonl"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 4);
}

// ---------------------------------------------------------------------------
// Nulls the spec allows
// ---------------------------------------------------------------------------

#[test]
fn a_null_resource_is_not_found_in_every_format() {
    let script = Script::serve(|_: &Req| Reply::raw_json(200, "null"));
    let cases = [
        (vec!["org", "get", "org_0000000000000001"], "organisation org_0000000000000001"),
        (vec!["project", "get", "prj_0000000000000001"], "project prj_0000000000000001"),
        (vec!["supplier", "get", "spl_0000000000000001"], "supplier spl_0000000000000001"),
    ];
    for (args, what) in cases {
        for format in ["table", "csv", "json", "jsonl"] {
            let o = run(&script, &[args.as_slice(), &["-o", format]].concat());
            assert_eq!(o.status.code(), Some(4), "{args:?} {format}: {}", stderr(&o));
            assert!(stderr(&o).contains(&format!("returned nothing (null) for {what}")), "{}", stderr(&o));
            let expected = if format.starts_with("json") { "null\n" } else { "" };
            assert_eq!(stdout(&o), expected, "{args:?} {format}");
        }
    }
}

// ---------------------------------------------------------------------------
// --jq and the environment; credentials
// ---------------------------------------------------------------------------

#[test]
fn jq_cannot_read_the_environment() {
    let script = Script::serve(|_: &Req| Reply::json(200, &json!({"id": "org_0000000000000001", "name": "A"})));
    let o = run(&script, &["org", "current", "--jq", "env.ISOMETRIC_CLIENT_SECRET"]);
    assert_eq!((o.status.code(), stdout(&o).trim()), (Some(0), "null"), "{}", stderr(&o));
    let o = run(&script, &["org", "current", "--jq", "env | length"]);
    assert_eq!(stdout(&o).trim(), "0");
    let o = run(&script, &["org", "current", "--jq", "$ENV.ISOMETRIC_ACCESS_TOKEN"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--jq"), "{}", stderr(&o));
}

#[test]
fn one_connection_serves_a_whole_run() {
    // A connection goes back to the pool a moment after its answer is read, so
    // on a busy machine a shared client may still open a second one now and
    // then; a client built per request always does. Three runs tell them apart.
    let reused = (0..3).any(|_| connections_for_one_run() == 1);
    assert!(reused, "one client, one pooled connection, for every request of the run");
}

/// Runs `project get` (the project, then its supplier's name) against a
/// keep-alive server; returns how many connections the run opened.
fn connections_for_one_run() -> usize {
    let script = Script::serve_keep_alive(|req: &Req| {
        let v = match req.path.as_str() {
            "/projects/prj_0000000000000001" => json!({"id": "prj_0000000000000001", "name": "P",
                "supplier_id": "spl_0000000000000001", "url": "https://example.invalid/p"}),
            "/suppliers/spl_0000000000000001" => json!({"id": "spl_0000000000000001", "name": "S"}),
            _ => return Reply::not_found(),
        };
        Reply::json(200, &v)
    });
    let o = script
        .cmd()
        .args(["project", "get", "prj_0000000000000001", "--concurrency", "1"])
        .env("ISOREG_FORCE_TTY", "1")
        .output()
        .expect("run");
    assert_calm(&o);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(script.requests().len() >= 2, "the supplier's name was looked up too: {:?}", script.requests());
    for r in script.requests() {
        assert!(r.head.contains(SECRET) && r.head.contains(TOKEN), "both credentials are sent");
    }
    script.connections()
}

// ---------------------------------------------------------------------------
// Local failures and bounds
// ---------------------------------------------------------------------------

#[test]
fn a_full_disk_is_a_local_failure_not_the_servers() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else { return };
    let emu = Emu::shared();
    let o = std::process::Command::new(bin())
        .args(["issuance", "list", "--all", "-o", "jsonl"])
        .env_clear()
        .env("HOME", emu.home.path())
        .env("ISOREG_CONFIG", emu.config_path())
        .env("ISOREG_BASE_URL", &emu.base)
        .env("ISOMETRIC_CLIENT_SECRET", &emu.secret)
        .stdout(Stdio::from(full))
        .stderr(Stdio::piped())
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(8), "{err}");
    assert!(err.contains("Local input/output failed") && err.contains("not the server's"), "{err}");
    assert!(!err.contains("network"), "{err}");
}

#[test]
fn retries_and_timeouts_are_bounded_at_parse_time() {
    let script = Script::serve(|_: &Req| Reply::json(200, &page(vec![], 0, None)));
    for args in
        [["--retries", "11"], ["--timeout", "0"], ["--timeout", "121"], ["--timeout", "abc"], ["--timeout", "NaN"]]
    {
        let o = run(&script, &[&["issuance", "list"], args.as_slice()].concat());
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(args[0]), "{args:?}: {}", stderr(&o));
    }
    assert!(script.requests().is_empty(), "nothing is sent with bad bounds");
    let o = run(&script, &["issuance", "list", "--retries", "10", "--timeout", "120"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}
