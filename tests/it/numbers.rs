//! Exact numbers against scripted servers: integers above `u64::MAX` and
//! floats with more digits than an `f64` round-trips pass through every output
//! format digit for digit; sums and comparisons of `credit_kgs` (reconcile,
//! balance checks, issuance totals) are exact or end in exit 6 naming the
//! record and the field; negative, fractional, string and null quantities are
//! bad answers, never summed.

use crate::common::server::{Reply, Script, page};
use crate::common::{stderr, stdout};
use serde_json::{Value, json};

/// JSON text from a value whose strings `"<…>"` stand for raw number literals.
fn raw(v: &Value) -> String {
    v.to_string().replace("\"<", "").replace(">\"", "")
}

/// A quantity whose `credit_kgs` is the literal `kgs` (`"5"` with quotes: a JSON string).
fn qty(kgs: &str) -> Value {
    let kgs = match kgs.strip_prefix('"') {
        Some(s) => Value::String(s.trim_end_matches('"').into()),
        None => Value::String(format!("<{kgs}>")),
    };
    json!({"credit_kgs": kgs, "credits": 1.5})
}

const ORG: &str = "org_NUMBERS000000001";
const HUGE: &str = "123456789012345678901234567890";
const FLOAT: &str = "93071036.36193633";

fn big_batch() -> Value {
    json!({"id": "ctb_0000000000000000BIG", "status": "active",
           "size": {"credit_kgs": format!("<{HUGE}>"), "credits": format!("<{FLOAT}>")},
           "owner": {"id": ORG, "name": "Numbers"}, "extra": "<1.00000000000000000001>"})
}

/// A server with one organisation, its batches (one page) and its balance.
fn registry(batches: Vec<Value>, balance: Value) -> Script {
    let list = raw(&page(batches.clone(), batches.len() as u64, None));
    let balance = raw(&balance);
    let one = raw(&big_batch());
    Script::serve(move |req| match req.path.as_str() {
        "/organisation" => Reply::json(200, &json!({"id": ORG, "name": "Numbers"})),
        "/credit_batches/ctb_0000000000000000BIG" => Reply::raw_json(200, &one),
        p if p == format!("/organisations/{ORG}/credit_batches") => Reply::raw_json(200, &list),
        p if p == format!("/organisations/{ORG}/credit_balance") => Reply::raw_json(200, &balance),
        _ => Reply::not_found(),
    })
}

fn run(s: &Script, args: &[&str]) -> std::process::Output {
    s.cmd().args(args).output().unwrap()
}

#[test]
fn numbers_pass_through_every_format_digit_for_digit() {
    let s = registry(vec![big_batch()], json!({}));
    for args in [&["batch", "get", "ctb_0000000000000000BIG"][..], &["batch", "list"][..]] {
        let json = stdout(&run(&s, &[args, &["-o", "json"]].concat()));
        for want in
            [format!("\"credit_kgs\": {HUGE}"), format!("\"credits\": {FLOAT}"), "1.00000000000000000001".into()]
        {
            assert!(
                json.contains(&want) || json.contains(&want.replace(": ", ":")),
                "{args:?} json lacks {want}: {json}"
            );
        }
        let jsonl = stdout(&run(&s, &[args, &["-o", "jsonl"]].concat()));
        assert!(jsonl.contains(&format!("\"credit_kgs\":{HUGE},\"credits\":{FLOAT}}}")), "{args:?}: {jsonl}");
        let csv_text = stdout(&run(&s, &[args, &["-o", "csv"]].concat()));
        let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
        let head = rdr.headers().unwrap().clone();
        let row = rdr.records().next().unwrap().unwrap();
        let cell = |name: &str| row.get(head.iter().position(|h| h == name).unwrap()).unwrap().to_string();
        assert_eq!(cell("size.credit_kgs"), HUGE, "{args:?}");
        assert_eq!(cell("size.credits"), "123456789012345678901234567.890", "{args:?}: tonnes from the kilograms");
        let jq = stdout(&run(&s, &[args, &["-o", "json", "--jq", ".. | .credit_kgs? // empty"]].concat()));
        assert_eq!(jq.trim(), HUGE, "{args:?}");
        let table = stdout(&run(&s, &[args, &["-o", "table", "--units", "kg", "--no-resolve"]].concat()));
        assert!(table.contains(HUGE), "{args:?}: {table}");
        let table = stdout(&run(&s, &[args, &["-o", "table", "--no-resolve"]].concat()));
        assert!(table.contains("123456789012345678901234567.890"), "{args:?}: {table}");
    }
}

fn batch(id: &str, status: &str, kgs: &str) -> Value {
    json!({"id": id, "status": status, "size": qty(kgs), "project_id": "prj_0000000000000000A", "supplier_id": "spl_0000000000000000A"})
}

/// A balance with the same active total for the organisation, project prj_0000000000000000A and supplier spl_0000000000000000A.
fn balance(active: &str) -> Value {
    let total = json!({"active_credits_total": qty(active), "retired_credits_total": qty("0")});
    json!({"total": total, "project_balances": [{"project_id": "prj_0000000000000000A", "total": total}],
           "supplier_balances": [{"supplier_id": "spl_0000000000000000A", "total": total}], "order_balances": []})
}

#[test]
fn reconcile_adds_past_i64_and_u64_exactly() {
    let max = i64::MAX.to_string();
    let batches = vec![
        batch("ctb_00000000000000001", "active", &max),
        batch("ctb_00000000000000002", "active", &max),
        batch("ctb_00000000000000003", "active", "3"),
    ];
    // A wrapping i64 (or u64) sum of these is 1.
    let s = registry(batches.clone(), balance("1"));
    let o = run(&s, &["reconcile", "-o", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("3 of 6 totals differ"), "{}", stderr(&o));
    let rows: Value = serde_json::from_slice(&o.stdout).unwrap();
    let total = &rows[0];
    assert_eq!(
        (total["scope"].as_str(), total["status"].as_str(), total["ok"].as_bool()),
        (Some("total"), Some("active"), Some(false))
    );
    let text = stdout(&o);
    assert!(text.contains("\"batches\":{\"credit_kgs\":18446744073709551617}"), "{text}");
    assert!(text.contains("\"difference\":{\"credit_kgs\":18446744073709551616}"), "{text}");
    let s = registry(batches, balance("18446744073709551617"));
    let o = run(&s, &["reconcile", "-o", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("All 6 totals agree"), "{}", stderr(&o));
}

#[test]
fn reconcile_refuses_sums_no_integer_type_can_hold() {
    let max = i128::MAX.to_string();
    let s = registry(
        vec![batch("ctb_00000000000000001", "active", &max), batch("ctb_00000000000000002", "active", "1")],
        balance("0"),
    );
    let o = run(&s, &["reconcile", "-o", "json"]);
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("credit batch ctb_00000000000000002") && stderr(&o).contains("size.credit_kgs"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn impossible_quantities_are_exit_6_naming_the_record_and_the_field() {
    for (kgs, why) in [
        ("-5", "-5 is negative"),
        ("1.5", "1.5 is not a whole number of kilograms"),
        ("\"5\"", "invalid type: string"),
        ("null", "invalid type: null"),
        ("1701411834604692317316873037158841057280", "more kilograms than isoreg can add exactly"),
    ] {
        let s = registry(
            vec![batch("ctb_0000000000000000OK", "active", "10"), batch("ctb_0000000000000000ODD", "active", kgs)],
            balance("10"),
        );
        let o = run(&s, &["reconcile"]);
        assert_eq!(o.status.code(), Some(6), "{kgs}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains("credit batch ctb_0000000000000000ODD has an impossible `size.credit_kgs`")
                && err.contains(why),
            "{kgs}: {err}"
        );
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert_eq!(stdout(&o), "", "nothing summed, nothing printed");
    }
    let s = registry(vec![], balance("-1"));
    let o = run(&s, &["balance", "--min-active", "1"]);
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("credit balance has an impossible `total.active_credits_total.credit_kgs`: -1 is negative"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn balance_checks_compare_quantities_above_u64_exactly() {
    let s = registry(vec![], balance("18446744073709551616000"));
    let o = run(
        &s,
        &["balance", "--min-active", "18446744073709551616", "--project", "prj_0000000000000000A", "-o", "json"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("18446744073709551616000"), "{}", stdout(&o));
    let o = run(&s, &["balance", "--min-active", "18446744073709551616001kg", "-o", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o)
            .contains("expected at least 18,446,744,073,709,551,616.001 t, found 18,446,744,073,709,551,616.000 t"),
        "{}",
        stderr(&o)
    );
    let o = run(&s, &["balance", "--max-active", "18446744073709551615.999", "-o", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let o = run(&s, &["balance", "-o", "table", "--units", "kg", "--no-resolve"]);
    assert!(stdout(&o).contains("18446744073709551616000"), "{}", stdout(&o));
}

#[test]
fn issuance_totals_above_u64_are_shown_exactly() {
    let body = raw(&json!({
        "supplier_credit_batches": [batch("ctb_0000000000000000S", "active", "18446744073709551616")],
        "buffer_pool_credit_batches": [batch("ctb_0000000000000000B", "active", "18446744073709551617")],
        "supplier_credit_batch_size_total": qty("18446744073709551616"),
        "buffer_pool_credit_batch_size_total": qty("18446744073709551617"),
        "credit_batch_size_total": qty("36893488147419103233"),
    }));
    let s = Script::routes(vec![("/issuances/iss_0000000000000000BIG/credit_batches", Reply::raw_json(200, &body))]);
    let o = run(&s, &["issuance", "batches", "iss_0000000000000000BIG", "-o", "table", "--no-resolve"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Total: 36893488147419103.233 t"), "{}", stdout(&o));
    let o = run(&s, &["issuance", "batches", "iss_0000000000000000BIG", "-o", "json"]);
    assert!(stdout(&o).contains("36893488147419103233"), "{}", stdout(&o));
}
