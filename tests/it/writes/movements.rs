//! The other writes end to end: transfers to a transferee, a supplier's delivery the buyer then retires, a beneficiary added then retired for, and no credential in any write's output.

use super::*;

#[test]
fn transfer_moves_credits_to_a_transferee() {
    let w = W::start(&[]);
    let (sup, _, _) = two_batches(&w);
    let to = s(&w.json(&["transferee", "list", "--limit", "1"])[0], "id");
    let (active0, _) = w.balance();
    let out = w
        .cmd()
        .args(["transfer", "create", "1.5", "--to", &to, "--supplier", &sup, "--note", "to sub", "--yes", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let t: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(t["to_organisation"]["id"], to);
    assert_eq!(t["credit_batch_size_total"]["credit_kgs"], 1500);
    assert_eq!(w.balance().0, active0 - 1500);
    let listed = w.json(&["transfer", "list", "--from-org", &w.emu.buyer_org, "--limit", "1"]);
    assert_eq!(listed[0]["id"], t["id"]);
    // The read verbs still work.
    assert!(w.cmd().args(["transfer", "get", &s(&t, "id")]).output().unwrap().status.success());
}

#[test]
fn supplier_delivers_against_an_order_and_the_buyer_can_retire_it() {
    let w = W::start(&[]);
    let me = w.supplier_cmd().args(["supplier", "current", "-o", "json"]).output().unwrap();
    let sup = s(&serde_json::from_slice::<Value>(&me.stdout).unwrap(), "id");
    let orders = w.supplier_cmd().args(["supplier", "orders", &sup, "--all", "-o", "json"]).output().unwrap();
    let orders: Value = serde_json::from_slice(&orders.stdout).unwrap();
    let open = |o: &Value| {
        o["credits_ordered"]["credit_kgs"].as_i64().unwrap() - o["credits_delivered"]["credit_kgs"].as_i64().unwrap()
    };
    let order = orders.as_array().unwrap().iter().find(|o| open(o) > 1000).unwrap().clone();
    let batches =
        w.supplier_cmd().args(["batch", "list", "--status", "active", "--limit", "1", "-o", "json"]).output().unwrap();
    let batch = serde_json::from_slice::<Value>(&batches.stdout).unwrap()[0].clone();
    let spec = format!("{}=1t", s(&batch, "id"));
    let out = w
        .supplier_cmd()
        .args(["deliver", "--order", &s(&order, "id"), "--batch", &spec, "--note", "Q3", "--yes", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let d: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(d["order_id"], order["id"]);
    assert_eq!(d["credit_batch_size_total"]["credit_kgs"], 1000);
    let after = w.supplier_cmd().args(["order", "get", &s(&order, "id"), "-o", "json"]).output().unwrap();
    let after: Value = serde_json::from_slice(&after.stdout).unwrap();
    assert_eq!(
        after["credits_delivered"]["credit_kgs"].as_i64().unwrap(),
        order["credits_delivered"]["credit_kgs"].as_i64().unwrap() + 1000
    );
    assert_eq!(after["credits_ordered"], order["credits_ordered"]);
    // More than the order has left is refused before sending.
    let too_much = format!("{}={}kg", s(&batch, "id"), open(&order));
    let out = w
        .supplier_cmd()
        .args(["deliver", "--order", &s(&order, "id"), "--batch", &too_much, "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn beneficiary_add_then_retire_for_it() {
    let w = W::start(&[]);
    let out = w
        .cmd()
        .args(["beneficiary", "add", "--name", "Acme Corporation", "--domain", "acme.example", "--yes", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let org: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(org["name"], "Acme Corporation");
    let again =
        w.cmd().args(["beneficiary", "add", "--name", "Acme 2", "--domain", "acme.example", "--yes"]).output().unwrap();
    assert_eq!(again.status.code(), Some(2), "the registry refuses a duplicate domain");
    assert!(stderr(&again).contains("already exists"), "{}", stderr(&again));
    let (sup, _, _) = two_batches(&w);
    let id = s(&org, "id");
    let out = w
        .cmd()
        .args([
            "retire",
            "1kg",
            "--supplier",
            &sup,
            "--beneficiary",
            &id,
            "--purpose",
            "insetting,other",
            "--yes",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["beneficiary"]["id"], id.as_str());
    assert_eq!(r["purposes"], serde_json::json!(["insetting", "other"]));
}

#[test]
fn credentials_never_appear_in_write_output() {
    let w = W::start(&["--fail-first", "1", "--fail-with", "500", "--fail-method", "POST"]);
    let (sup, _, _) = two_batches(&w);
    let mut args = retire_args(&sup, "1kg");
    args.extend(["--yes", "-v"]);
    let out = w.cmd().args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(7), "a 5xx after sending is an unknown outcome: {}", stderr(&out));
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(!all.contains(&w.emu.secret) && !all.contains(&w.emu.token));
    let journal = std::fs::read(Path::new(w.state.path()).join("journal.db")).unwrap();
    let journal = String::from_utf8_lossy(&journal);
    assert!(journal.contains("POST /retirements"), "the journal holds the request");
    assert!(!journal.contains(&w.emu.secret) && !journal.contains(&w.emu.token));
}
