//! Tables that keep what matters, through the real binary on a forced
//! terminal (`ISOREG_FORCE_TTY=1`, `COLUMNS`): every list and detail table at
//! 80 and 120 columns keeps the columns it exists for and fits; the stderr note
//! names exactly the columns that were hidden; `-o wide` shows them all;
//! certificate URLs are never cut; `batch get` shows every field; CSV flattens
//! nested objects (and holds every field of the contract) in every command.

use crate::common;

use crate::common::{Emu, stderr, stdout};
use serde_json::Value;

/// One table to check: what to run, and the headers (lists) or labels
/// (details) that must be there at 80 columns.
struct Case {
    args: Vec<String>,
    must: &'static [&'static str],
    detail: bool,
}

fn case(args: &[&str], must: &'static [&'static str], detail: bool) -> Case {
    Case { args: args.iter().map(|a| a.to_string()).collect(), must, detail }
}

/// Every list and detail table, against the emulator's sample IDs.
fn cases(emu: &Emu) -> Vec<Case> {
    let id = |k: &str| emu.id(k);
    let (b, iss, dlv, ret) = (id("credit batch"), id("issuance"), id("delivery"), id("retirement"));
    let (trf, bpr, ord, spl, prj) = (id("transfer"), id("refund"), id("order"), id("supplier"), id("project"));
    let org = emu.buyer_org.clone();
    let serial = emu.json(&["batch", "get", &b])["serial_number"].as_str().unwrap().to_string();
    let batch_cols: &[&str] = &["ID", "STATUS", "SIZE", "PROJECT", "ISSUED AT"];
    vec![
        case(&["batch", "list", "--limit", "8"], batch_cols, false),
        case(&["batch", "get", &b], &["ID", "SIZE", "OWNER", "DELIVERY", "REMOVAL", "carbon_removal_data"], true),
        case(&["batch", "get", &b, &id("split credit batch")], batch_cols, false),
        case(&["issuance", "list", "--limit", "8"], &["ID", "ISSUED AT", "PROJECT", "TOTAL", "BUFFER"], false),
        case(&["issuance", "get", &iss], &["ID", "SUPPLIER", "PROJECT", "TOTAL", "BUFFER POOL"], true),
        case(&["issuance", "batches", &iss], &["POOL", "ID", "STATUS", "SIZE", "ISSUED AT"], false),
        case(&["delivery", "list", "--limit", "8"], &["ID", "DELIVERED AT", "SUPPLIER", "SIZE"], false),
        case(&["delivery", "get", &dlv], &["ID", "SUPPLIER", "TO", "ORDER", "SIZE", "URL", "NOTES"], true),
        case(&["delivery", "batches", &dlv], batch_cols, false),
        case(&["retirement", "list", "--limit", "8"], &["ID", "RETIRED AT", "OWNER", "BENEFICIARY", "SIZE"], false),
        case(&["retirement", "get", &ret], &["ID", "OWNER", "BENEFICIARY", "SIZE", "CERTIFICATE", "NOTES"], true),
        case(&["retirement", "batches", &ret], batch_cols, false),
        case(&["transfer", "list", "--limit", "8"], &["ID", "TRANSFERRED AT", "FROM", "TO", "SIZE"], false),
        case(&["transfer", "get", &trf], &["ID", "FROM", "TO", "SIZE", "NOTES"], true),
        case(&["transfer", "batches", &trf], batch_cols, false),
        case(&["refund", "get", &bpr], &["ID", "REFUNDED", "FROM", "TO", "SIZE"], true),
        case(&["refund", "batches", &bpr], batch_cols, false),
        case(&["order", "list"], &["ID", "STATUS", "SUPPLIER", "ORDERED", "DELIVERED"], false),
        case(&["order", "get", &ord], &["ID", "BUYER", "SUPPLIER", "ORDERED", "DELIVERED"], true),
        case(&["order", "deliveries", &ord], &["ID", "DELIVERED AT", "SUPPLIER", "ORDER", "SIZE"], false),
        case(&["supplier", "list"], &["ID", "NAME", "COUNTRY"], false),
        case(&["supplier", "get", &spl], &["ID", "ORGANISATION", "COUNTRY", "ABOUT"], true),
        case(&["supplier", "issuances", &spl], &["ID", "ISSUED AT", "TOTAL", "BUFFER"], false),
        case(&["supplier", "projects", &spl], &["ID", "NAME", "STATUS", "ISSUED", "RETIRED"], false),
        case(&["supplier", "orders", &spl], &["ID", "STATUS", "ORDERED", "DELIVERED"], false),
        case(&["supplier", "deliveries", &spl, "--limit", "8"], &["ID", "DELIVERED AT", "SIZE"], false),
        case(&["project", "list"], &["ID", "NAME", "STATUS", "ISSUED", "RETIRED"], false),
        case(&["project", "get", &prj], &["ID", "NAME", "SUPPLIER", "ISSUED", "RETIRED", "URL"], true),
        case(&["project", "documents", &prj], &["ID", "NAME"], false),
        case(&["org", "current"], &["ID", "NAME", "DOMAIN"], true),
        case(&["org", "get", &org], &["ID", "NAME", "DOMAIN"], true),
        case(&["beneficiary", "list"], &["ID", "NAME", "DOMAIN"], false),
        case(&["transferee", "list"], &["ID", "NAME", "DOMAIN"], false),
        case(&["balance"], &["SCOPE", "ID", "ACTIVE", "RETIRED"], false),
        case(&["reconcile"], &["ID", "STATUS", "DIFF", "BALANCE", "BATCHES"], false),
        case(&["find", "Biochar"], &["KIND", "ID", "NAME"], false),
        case(&["find", &serial], &["ID", "SERIAL", "STATUS", "CURRENT", "HOLDS", "SIZE"], false),
        case(
            &["find", &format!("{serial} #{}", first_credit(&serial))],
            &["ID", "SERIAL", "CURRENT", "HOLDS", "SIZE"],
            false,
        ),
    ]
}

/// Runs `isoreg args…` on a forced terminal `cols` wide, without colour.
pub fn on_terminal(emu: &Emu, args: &[String], cols: u16) -> std::process::Output {
    let mut c = emu.cmd();
    common::on_terminal(c.args(args), cols);
    let mut o = c.output().unwrap();
    o.stderr = common::without_progress(&stderr(&o)).into_bytes();
    o
}

/// The first credit number of a serial (`…-624512-670139` → 624512).
fn first_credit(serial: &str) -> u64 {
    serial.rsplit('-').nth(1).unwrap().parse().unwrap()
}

/// The labels of the lines a table lifted above itself (a column with one
/// value on every row), before the blank line.
pub fn lifted(table: &str) -> Vec<String> {
    let Some((above, _)) = table.split_once("\n\n") else { return vec![] };
    above.lines().map(|l| l.split("  ").next().unwrap_or_default().to_string()).collect()
}

/// The header line of a list table: the first, or the one after the lifted lines.
pub fn header_line(table: &str) -> &str {
    let body = table.split_once("\n\n").map_or(table, |(_, b)| b);
    body.lines().next().unwrap_or_default()
}

/// The header names of a list table (`SIZE (t)` is `SIZE`).
pub fn headers(table: &str) -> Vec<String> {
    let first = header_line(table);
    let cleaned = first.replace(" (t)", "").replace(" (kg)", "").replace(" (UTC)", "");
    cleaned.split("  ").map(str::trim).filter(|h| !h.is_empty()).map(str::to_string).collect()
}

/// The columns named in the hidden-columns note, if there is one.
pub fn hidden(err: &str, cols: u16) -> Vec<String> {
    let Some(line) = err.lines().find(|l| l.starts_with("Hid column")) else { return vec![] };
    let tail = format!(" to fit {cols} columns; use -o wide or --fields to see ");
    let names = line.split_once(' ').unwrap().1.split_once(' ').unwrap().1;
    let names = names.split(&tail).next().unwrap();
    names.split(", ").map(str::to_string).collect()
}

pub fn widest(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

#[test]
fn every_table_keeps_its_columns_fits_and_names_what_it_hid() {
    let emu = Emu::shared();
    for c in cases(&emu) {
        let mut wide_args = c.args.clone();
        wide_args.extend(["-o".into(), "wide".into()]);
        let wide = on_terminal(&emu, &wide_args, 80);
        assert!(wide.status.success(), "{:?} -o wide: {}", c.args, stderr(&wide));
        assert!(!stderr(&wide).contains("Hid column"), "{:?}: -o wide hides nothing", c.args);
        for cols in [80u16, 120] {
            let o = on_terminal(&emu, &c.args, cols);
            let (out, err) = (stdout(&o), stderr(&o));
            assert!(o.status.success(), "{:?} at {cols}: {err}", c.args);
            assert!(widest(&out) <= cols as usize, "{:?}: a line is wider than {cols}:\n{out}", c.args);
            if c.detail {
                for label in c.must {
                    assert!(out.lines().any(|l| l.starts_with(label)), "{:?} at {cols}: no {label}:\n{out}", c.args);
                }
                assert!(!err.contains("Hid column"), "{:?}: detail views hide nothing: {err}", c.args);
                continue;
            }
            let (shown, up, all) = (headers(&out), lifted(&out), headers(&stdout(&wide)));
            assert!(lifted(&stdout(&wide)).is_empty(), "{:?}: -o wide lifts nothing", c.args);
            for h in c.must {
                let there = shown.iter().chain(&up).any(|s| s == h);
                assert!(there, "{:?} at {cols}: no {h} in {shown:?} or above it {up:?}", c.args);
            }
            let missing: Vec<String> = all.iter().filter(|h| !shown.contains(h) && !up.contains(h)).cloned().collect();
            assert_eq!(
                hidden(&common::unwrapped(&common::without_progress(&err)), cols),
                missing,
                "{:?} at {cols}: the note names what was hidden:\n{err}",
                c.args
            );
            assert_eq!(err.matches("Hid column").count(), usize::from(!missing.is_empty()), "one note: {err}");
        }
    }
}

#[test]
fn retirements_show_owner_and_beneficiary_and_whole_certificate_urls() {
    let emu = Emu::shared();
    let list = emu.json(&["retirement", "list", "--limit", "5"]);
    let urls: Vec<&str> = list.as_array().unwrap().iter().map(|r| r["url"].as_str().unwrap()).collect();
    let args = |extra: &[&str]| -> Vec<String> {
        ["retirement", "list", "--limit", "5"].iter().chain(extra).map(|s| s.to_string()).collect()
    };
    let o = on_terminal(&emu, &args(&[]), 80);
    let (out, err) = (stdout(&o), stderr(&o));
    assert_eq!(headers(&out), ["ID", "RETIRED AT", "BENEFICIARY", "SIZE"], "{out}");
    assert!(out.starts_with("OWNER  Northwind Climate Ltd\n\n"), "one owner on every row: one line above:\n{out}");
    assert!(out.contains("Northwind"), "owners and beneficiaries are named:\n{out}");
    assert!(
        common::unwrapped(&err)
            .contains("Hid columns PURPOSES, CERTIFICATE to fit 80 columns; use -o wide or --fields to see them.\n"),
        "{err}"
    );
    assert!(!out.contains("https:"), "a URL is hidden whole, never cut:\n{out}");
    let quiet = on_terminal(&emu, &args(&["-q"]), 80);
    assert!(!stderr(&quiet).contains("Hid column"), "-q: {}", stderr(&quiet));
    for (extra, cols) in [(&[][..], 120), (&["--fields", "id,url"][..], 80), (&["-o", "wide"][..], 80)] {
        let out = stdout(&on_terminal(&emu, &args(extra), cols));
        for u in &urls {
            assert!(out.contains(u), "{extra:?} at {cols}: {u} whole:\n{out}");
        }
    }
    let one = stdout(&on_terminal(&emu, &["retirement".into(), "get".into(), emu.id("retirement")], 80));
    let cert = one.lines().find(|l| l.starts_with("CERTIFICATE")).unwrap_or_default();
    assert!(cert.ends_with(&format!("https://to.isometric.com/{}", emu.id("retirement"))), "{one}");
}

#[test]
fn wide_is_a_table_at_full_width_with_units() {
    let emu = Emu::shared();
    let args: Vec<String> =
        ["retirement", "list", "--limit", "3", "-o", "wide", "--units", "kg"].map(String::from).into();
    let o = on_terminal(&emu, &args, 80);
    let out = stdout(&o);
    assert_eq!(headers(&out), ["ID", "RETIRED AT", "OWNER", "BENEFICIARY", "PURPOSES", "SIZE", "CERTIFICATE"], "{out}");
    assert!(out.lines().next().unwrap().contains("SIZE (kg)"), "{out}");
    assert!(widest(&out) > 80 && !out.contains('…'), "nothing fitted or cut:\n{out}");
    let kgs = emu.json(&["retirement", "list", "--limit", "1"])[0]["credit_batch_size_total"]["credit_kgs"].to_string();
    let grouped = isoreg::quantity::group(&kgs);
    assert!(out.lines().nth(1).unwrap().contains(&format!(" {grouped} ")), "{grouped} kg:\n{out}");
    let piped = stdout(&emu.cmd().args(&args).output().unwrap());
    assert_eq!(headers(&piped), headers(&out), "piped, -o wide is the same table:\n{piped}");
    assert!(piped.lines().nth(1).unwrap().contains(&format!(" {kgs} ")), "{kgs} kg, raw when piped:\n{piped}");
}

#[test]
fn batch_get_wide_shows_every_field_once_with_dashes_for_blanks() {
    let emu = Emu::shared();
    let id = emu.id("credit batch");
    let v = emu.json(&["batch", "get", &id]);
    // -o wide: every field on its own row (the default collapses, see fit.rs).
    let o = on_terminal(&emu, &["batch".into(), "get".into(), id.clone(), "-o".into(), "wide".into()], 80);
    let out = stdout(&o);
    for key in ["delivery_id", "removal_id", "issuance_id", "supplier_id", "project_id"] {
        let value = v[key].as_str().unwrap_or_else(|| panic!("{key} in {v}"));
        assert!(out.contains(value), "{key} {value}:\n{out}");
    }
    let crd = v["carbon_removal_data"].as_object().expect("carbon removal data");
    for k in crd.keys() {
        let row = format!("carbon_removal_data.{k} ");
        assert!(out.lines().any(|l| l.starts_with(&row) && !l.ends_with('—')), "{k}:\n{out}");
    }
    let owner = v["owner"]["id"].as_str().unwrap();
    let name = v["owner"]["name"].as_str().unwrap();
    let owner_line = format!("OWNER         {owner} {name}");
    assert!(out.lines().any(|l| l == owner_line), "{owner_line:?}:\n{out}");
    assert_eq!(out.matches(owner).count(), 1, "the owner once:\n{out}");
    assert_eq!(out.matches(name).count(), 1, "the owner once:\n{out}");
    let blanks: Vec<&str> = out.lines().filter(|l| l.ends_with(" —")).collect();
    assert!(blanks.iter().any(|l| l.starts_with("RETIRED ")), "blanks show as —:\n{out}");
    assert!(!out.lines().any(|l| l.split("  ").filter(|p| !p.is_empty()).count() < 2), "no empty row:\n{out}");
}

/// Every leaf of a contract schema, as the dotted paths CSV uses.
fn contract_leaves(name: &str) -> Vec<String> {
    let text = std::fs::read_to_string("crates/isoreg-emulator/contract/registry-contract.json").unwrap();
    let c: Value = serde_json::from_str(&text).unwrap();
    let schemas = &c["components"]["schemas"];
    let mut out = Vec::new();
    leaves(schemas, &schemas[name], String::new(), &mut out);
    out
}

fn leaves(schemas: &Value, s: &Value, prefix: String, out: &mut Vec<String>) {
    if let Some(r) = s["$ref"].as_str() {
        return leaves(schemas, &schemas[r.rsplit('/').next().unwrap()], prefix, out);
    }
    if let Some(any) = s["anyOf"].as_array() {
        let non_null: Vec<&Value> = any.iter().filter(|x| x["type"] != "null").collect();
        if let [one] = non_null[..] {
            return leaves(schemas, one, prefix, out);
        }
    }
    match s["properties"].as_object() {
        Some(props) => {
            for (k, v) in props {
                leaves(schemas, v, if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") }, out);
            }
        }
        None => out.push(prefix),
    }
}

#[test]
fn csv_flattens_nested_objects_everywhere_with_every_contract_field() {
    let emu = Emu::shared();
    let o = emu.cmd().args(["retirement", "list", "--limit", "20", "-o", "csv"]).output().unwrap();
    let out = stdout(&o);
    let header: Vec<&str> = out.lines().next().unwrap().split(',').collect();
    for h in ["beneficiary.name", "beneficiary.id", "owner.name", "url", "purposes"] {
        assert!(header.contains(&h), "{h} in {header:?}");
    }
    assert!(out.contains("public_environmental_claims;other"), "arrays of scalars joined with ';':\n{out}");
    let contract = [
        ("Retirement", vec!["retirement", "list"]),
        ("Delivery", vec!["delivery", "list"]),
        ("Transfer", vec!["transfer", "list"]),
        ("Order", vec!["order", "list"]),
        ("Issuance", vec!["issuance", "list"]),
        ("Project", vec!["project", "list"]),
        ("Supplier", vec!["supplier", "list"]),
        ("CreditBatch", vec!["batch", "list"]),
        ("Organisation", vec!["beneficiary", "list"]),
    ];
    for (schema, args) in contract {
        let o = emu.cmd().args(&args).args(["-o", "csv"]).output().unwrap();
        let out = stdout(&o);
        let header: Vec<&str> = out.lines().next().unwrap_or_default().split(',').collect();
        for leaf in contract_leaves(schema) {
            assert!(header.contains(&leaf.as_str()), "{args:?}: {leaf} ({schema}) in {header:?}");
        }
    }
    for c in cases(&emu) {
        let o = emu.cmd().args(&c.args).args(["-o", "csv"]).output().unwrap();
        assert!(o.status.success(), "{:?}: {}", c.args, stderr(&o));
        let out = stdout(&o);
        assert!(!out.contains('{') && !out.contains("[\""), "{:?}: a JSON blob in a cell:\n{out}", c.args);
    }
}
