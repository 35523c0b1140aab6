//! isoreg sends only requests the spec allows (issue 8, item 8): proven through the real binary
//! against the strict emulator (which answers 422, so exit 2, to anything the contract forbids)
//! and against a scripted server that records exactly what arrived.

use crate::common::server::{Reply, Script, page};
use crate::common::{Emu, stderr, stdout};
use serde_json::{Value, json};

const ORG: &str = "org_317WYCVEJN6WLZ5L";

fn batch(id: &str) -> Value {
    json!({"id": id, "status": "active", "size": {"credit_kgs": 1000, "credits": 1.0}})
}

/// A server with one page of one batch on every list, and `{nodes, total_count}` on `…/credit_batches`.
fn recorder() -> Script {
    Script::serve(|req| match req.path.as_str() {
        p if p.starts_with("/organisations/") => Reply::json(200, &page(vec![batch("ctb_1DRBTYA8Q1S07CBY")], 1, None)),
        p if p.ends_with("/credit_batches") => Reply::json(
            200,
            &json!({"nodes": [batch("ctb_1DRBTYA8Q1S07CBY"), batch("ctb_1CA2D3S73SBXYN70")], "total_count": 2}),
        ),
        _ => Reply::not_found(),
    })
}

/// The (key, value) pairs of the one request that reached `server`.
fn only_query(server: &Script) -> Vec<(String, String)> {
    let reqs = server.requests();
    assert_eq!(reqs.len(), 1, "{reqs:?}");
    reqs[0]
        .query
        .split('&')
        .filter(|kv| !kv.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (k.to_string(), v.to_string())
        })
        .collect()
}

fn statuses(q: &[(String, String)]) -> Vec<&str> {
    q.iter().filter(|(k, _)| k == "status").map(|(_, v)| v.as_str()).collect()
}

#[test]
fn repeated_statuses_are_sent_once_in_order() {
    let server = recorder();
    let o = server
        .cmd()
        .args(["batch", "list", "--org", ORG, "--status", "retired,active,retired", "--status", "active"])
        .args(["-o", "json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(statuses(&only_query(&server)), ["retired", "active"], "repeated keys, each status once");

    let emu = Emu::shared();
    let both = emu.json(&["batch", "list", "--all", "--status", "active", "--status", "active,retired"]);
    let once = emu.json(&["batch", "list", "--all", "--status", "active,retired"]);
    assert_eq!(both, once, "the strict emulator accepts the deduplicated request");
}

#[test]
fn an_empty_cursor_is_a_usage_error_before_any_request() {
    let server = recorder();
    for args in [vec!["batch", "list", "--org", ORG], vec!["issuance", "list"]] {
        let o = server.cmd().args(&args).args(["--after", ""]).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o).trim(), "error: --after needs a cursor (a page's end_cursor); it cannot be empty.");
        assert!(stdout(&o).is_empty());
    }
    // `api` pages with `-f after=…`; the list options are not its own.
    let o = server.cmd().args(["api", "/issuances", "--paginate", "--after", ""]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(server.requests().is_empty(), "{:?}", server.requests());
}

#[test]
fn movement_batches_are_one_plain_get() {
    let server = recorder();
    for noun in ["delivery", "retirement", "transfer", "refund"] {
        let server = recorder();
        let o = server.cmd().args([noun, "batches", "abc_1DRBTYA8Q1S07CBY", "-o", "jsonl"]).output().unwrap();
        assert!(o.status.success(), "{noun}: {}", stderr(&o));
        assert_eq!(stdout(&o).lines().count(), 2, "{noun}");
        let reqs = server.requests();
        assert_eq!(reqs.len(), 1, "{noun}: {reqs:?}");
        assert_eq!((reqs[0].method.as_str(), reqs[0].query.as_str()), ("GET", ""), "{noun}: no query at all");
        let o = server.cmd().args([noun, "batches", "abc_1DRBTYA8Q1S07CBY", "--after", "xyz"]).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{noun}: a cursor cannot apply");
        assert!(stderr(&o).contains("unexpected argument '--after'"), "{}", stderr(&o));
    }
    let o = server.cmd().args(["issuance", "batches", "iss_1EWT8R5FY1S0GFCY", "--after", "xyz"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = server
        .cmd()
        .args(["delivery", "batches", "abc_1DRBTYA8Q1S07CBY", "--limit", "1", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(serde_json::from_slice::<Value>(&o.stdout).unwrap().as_array().unwrap().len(), 1);
    assert!(stderr(&o).contains("Showing 1 of 2 credit batches"), "{}", stderr(&o));

    let emu = Emu::shared();
    for (noun, kind) in
        [("delivery", "delivery"), ("retirement", "retirement"), ("transfer", "transfer"), ("refund", "refund")]
    {
        let listed = emu.json(&[noun, "batches", &emu.id(kind), "--all"]);
        let path = format!(
            "/{}/{}/credit_batches",
            if noun == "delivery" { "deliveries".to_string() } else { format!("{noun}s") },
            emu.id(kind)
        );
        let raw = emu.json(&["api", &path]);
        assert_eq!(listed.as_array().unwrap().len() as u64, raw["total_count"].as_u64().unwrap(), "{noun}");
    }
}

#[test]
fn times_carry_a_timezone_and_ids_the_allowed_length() {
    let server = recorder();
    let o = server
        .cmd()
        .args([
            "batch",
            "list",
            "--org",
            ORG,
            "--issued-after",
            "2024-01-31",
            "--issued-before",
            "2024-02-01T01:00:00+01:00",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let q = only_query(&server);
    assert_eq!(q.len(), 5, "{q:?}");
    let get = |k: &str| server.requests()[0].param(k);
    assert_eq!(get("issued_after").as_deref(), Some("2024-01-31T00:00:00Z"));
    assert_eq!(get("issued_before").as_deref(), Some("2024-02-01T00:00:00Z"));
    assert_eq!((get("sort_field").as_deref(), get("sort_direction").as_deref()), (Some("issued_at"), Some("desc")));

    for args in [
        vec!["batch", "get", "ctb_1"],
        vec!["batch", "list", "--org", ORG, "--project", "prj_short"],
        vec!["delivery", "batches", &"dlv_1".repeat(8)],
    ] {
        let server = recorder();
        let o = server.cmd().args(&args).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("IDs have 20 to 37"), "{}", stderr(&o));
        assert_eq!(stderr(&o).lines().count(), 1);
        assert!(server.requests().is_empty(), "{args:?}");
    }
}

/// Every command and filter, run against the strict emulator: a request the contract does not
/// allow would be a 422 and fail the command.
#[test]
fn every_command_sends_requests_the_strict_emulator_accepts() {
    let emu = Emu::shared();
    let (spl, prj, iss, ord, dlv, ret) = (
        emu.id("supplier"),
        emu.id("project"),
        emu.id("issuance"),
        emu.id("order"),
        emu.id("delivery"),
        emu.id("retirement"),
    );
    let (org, ctb, split) = (emu.buyer_org.clone(), emu.id("credit batch"), emu.id("split credit batch"));
    let runs: Vec<Vec<&str>> = vec![
        vec!["balance"],
        vec!["reconcile"],
        vec!["batch", "list", "--all", "--page-size", "50"],
        vec!["batch", "list", "--supplier", &spl, "--project", &prj, "--issuance", &iss, "--sort", "asc"],
        vec![
            "batch",
            "list",
            "--order",
            &ord,
            "--delivery",
            &dlv,
            "--retirement",
            &ret,
            "--status",
            "split,active,retired",
        ],
        vec![
            "batch",
            "list",
            "--issued-after",
            "2023-01-01",
            "--issued-before",
            "2025-06-30T12:00:00Z",
            "--limit",
            "7",
        ],
        vec!["batch", "get", &ctb, &split],
        vec!["batch", "lineage", &ctb],
        vec!["issuance", "list", "--limit", "3"],
        vec!["issuance", "batches", &iss],
        vec!["delivery", "list", "--from-supplier", &spl, "--to-org", &org],
        vec!["retirement", "list", "--owner", &org, "--limit", "1"],
        vec!["transfer", "list", "--from-org", &org],
        vec!["order", "list", "--all"],
        vec!["order", "deliveries", &ord],
        vec!["supplier", "list"],
        vec!["supplier", "orders", &spl],
        vec!["project", "documents", &prj],
        vec!["beneficiary", "list", "--all", "--page-size", "1"],
        vec!["transferee", "list"],
        vec!["org", "get", &org],
    ];
    for args in runs {
        let o = emu.cmd().args(&args).args(["-o", "json"]).output().unwrap();
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    }
    let cursor =
        emu.json(&["api", "/issuances", "-f", "first=2"])["page_info"]["end_cursor"].as_str().unwrap().to_string();
    let next = emu.json(&["issuance", "list", "--after", &cursor, "--limit", "2"]);
    assert_eq!(next.as_array().unwrap().len(), 2);
}

/// The balance is the sum of the active and retired batches a plain listing shows (no split parents).
#[test]
fn balance_equals_the_listed_batches() {
    let emu = Emu::shared();
    let kgs = |v: &Value| v["credit_kgs"].as_i64().unwrap();
    let listed = emu.json(&["batch", "list", "--all"]);
    let sum: i64 = listed.as_array().unwrap().iter().map(|b| kgs(&b["size"])).sum();
    let raw = emu.json(&["api", &format!("/organisations/{}/credit_balance", emu.buyer_org)]);
    let expected = kgs(&raw["total"]["active_credits_total"]) + kgs(&raw["total"]["retired_credits_total"]);
    assert_eq!(sum, expected, "batch list --all adds up to the balance");
    assert!(listed.as_array().unwrap().iter().all(|b| b["status"] != "split"));
}
