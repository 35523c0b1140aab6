//! Tables fitted by meaning (issue 19), through the real binary on a forced
//! terminal at 80 and 120 columns: a column with one value on every row is
//! one line above the table (tables only, never JSON or CSV); names beside
//! IDs drop the ID before a column goes; `find` and `sql` never hide what
//! was asked; quantities and dates read the same in every table; detail
//! views collapse embedded records unless `-o wide`.

use crate::common::{Emu, stderr, stdout};
use crate::tables::{header_line, headers, lifted, on_terminal, widest};
use serde_json::Value;
use std::collections::HashMap;

fn run(emu: &Emu, args: &[&str], cols: u16) -> (String, String) {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let o = on_terminal(emu, &args, cols);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    (stdout(&o), stderr(&o))
}

/// The table's rows (below the header line).
fn body(out: &str) -> Vec<&str> {
    let rest = out.split_once(header_line(out)).map_or("", |(_, r)| r);
    rest.lines().filter(|l| !l.is_empty()).collect()
}

fn project_names(emu: &Emu) -> HashMap<String, String> {
    let list = emu.json(&["project", "list", "--all"]);
    let all = list.as_array().unwrap().iter();
    all.map(|p| (p["id"].as_str().unwrap().to_string(), p["name"].as_str().unwrap().to_string())).collect()
}

#[test]
fn batch_list_names_the_project_and_says_the_owner_once() {
    let emu = Emu::shared();
    let names = project_names(&emu);
    let batches = emu.json(&["batch", "list", "--limit", "8"]);
    let batches = batches.as_array().unwrap();
    let owner = batches[0]["owner"]["name"].as_str().unwrap();
    for cols in [80u16, 120] {
        let (out, err) = run(&emu, &["batch", "list", "--limit", "8"], cols);
        assert!(widest(&out) <= cols as usize, "{cols}:\n{out}");
        assert_eq!(lifted(&out), ["OWNER"], "{cols}:\n{out}");
        assert!(out.starts_with(&format!("OWNER  {owner}\n\n")), "{cols}:\n{out}");
        assert_eq!(headers(&out), ["ID", "STATUS", "SIZE", "PROJECT", "ISSUED AT"], "{cols}:\n{out}");
        assert!(!err.contains("Hid column"), "nothing hidden at {cols}: {err}");
        for (b, row) in batches.iter().zip(body(&out)) {
            let name = &names[b["project_id"].as_str().unwrap()];
            let shown = name.chars().take(12).collect::<String>();
            assert!(row.contains(&shown), "{cols}: the project's name {name:?} in {row:?}");
            assert_eq!(row.contains(b["project_id"].as_str().unwrap()), cols == 120, "the ID only when it fits: {row}");
        }
    }
    let json = emu.json(&["batch", "list", "--limit", "2"]);
    assert!(json[0]["owner"]["name"].is_string(), "JSON keeps the owner on every record");
    let csv = stdout(&emu.cmd().args(["batch", "list", "--limit", "2", "-o", "csv"]).output().unwrap());
    assert!(csv.lines().next().unwrap().split(',').any(|h| h == "owner.name"), "CSV keeps the column:\n{csv}");
}

#[test]
fn delivery_list_hides_the_order_and_recipient_before_it_cuts_the_supplier() {
    let emu = Emu::shared();
    let list = emu.json(&["delivery", "list", "--limit", "8"]);
    let suppliers: Vec<&str> =
        list.as_array().unwrap().iter().map(|d| d["from_supplier"]["organisation"]["name"].as_str().unwrap()).collect();
    let (out, err) = run(&emu, &["delivery", "list", "--limit", "8"], 80);
    assert!(widest(&out) <= 80, "{out}");
    assert_eq!(headers(&out), ["ID", "DELIVERED AT", "SUPPLIER", "SIZE"], "{out}");
    assert!(err.contains("Hid columns TO, ORDER to fit 80 columns"), "lesser names go first: {err}");
    for (s, row) in suppliers.iter().zip(body(&out)) {
        assert!(row.contains(s), "the supplier {s:?} is whole, not \"Charred…\": {row}");
    }
    let (out, _) = run(&emu, &["delivery", "list", "--limit", "8"], 120);
    assert!(suppliers.iter().all(|s| out.contains(s)), "whole at 120:\n{out}");
}

#[test]
fn detail_views_collapse_embedded_records_unless_wide() {
    let emu = Emu::shared();
    let dlv = emu.id("delivery");
    for cols in [80u16, 120] {
        let (out, _) = run(&emu, &["delivery", "get", &dlv], cols);
        assert!(widest(&out) <= cols as usize, "{out}");
        for gone in ["latitude", "longitude", "long_description", "from_supplier.", "to_organisation."] {
            assert!(!out.contains(gone), "{cols}: no {gone} by default:\n{out}");
        }
        assert!(out.lines().any(|l| l.starts_with("SUPPLIER   spl_")), "the supplier as `id name`:\n{out}");
        let (wide, _) = run(&emu, &["delivery", "get", &dlv, "-o", "wide"], cols);
        assert!(wide.contains("from_supplier.location.latitude"), "-o wide shows every field:\n{wide}");
    }
    let b = emu.id("credit batch");
    for cols in [80u16, 120] {
        let (out, _) = run(&emu, &["batch", "get", &b], cols);
        assert!(out.lines().count() <= 23, "batch get fits a 24-row terminal at {cols}:\n{out}");
        assert!(widest(&out) <= cols as usize, "{out}");
        assert!(!out.contains("owner.domain"), "the owner is one `id name` row:\n{out}");
        let crd = out.lines().filter(|l| l.starts_with("carbon_removal_data")).count();
        assert_eq!(crd, 1, "carbon removal data is one row of pairs:\n{out}");
        assert!(out.contains("gross_carbon_removed_kg ") && out.contains("losses_kg "), "{out}");
        assert!(out.lines().any(|l| l.starts_with("CHILDREN ")), "{out}");
    }
    let split = emu.id("split credit batch");
    let v = emu.json(&["batch", "get", &split]);
    let (out, _) = run(&emu, &["batch", "get", &split], 80);
    let kids = format!("{} + {}", v["left_child_id"].as_str().unwrap(), v["right_child_id"].as_str().unwrap());
    assert!(out.lines().any(|l| l.starts_with("CHILDREN") && l.ends_with(&kids)), "{kids}:\n{out}");
}

/// A synced copy of `emu` in its home.
fn synced(emu: &Emu) -> String {
    let db = emu.home.path().join("fit.sqlite").display().to_string();
    emu.json(&["sync", "--db", &db]);
    db
}

#[test]
fn find_a_serial_keeps_current_and_holds_and_shows_tonnes() {
    let emu = Emu::shared();
    let db = synced(&emu);
    let split = emu.id("split credit batch");
    let v = emu.json(&["batch", "get", &split]);
    let serial = v["serial_number"].as_str().unwrap();
    let first: u64 = serial.rsplit('-').nth(1).unwrap().parse().unwrap();
    let tonnes = isoreg::quantity::tonnes_grouped(v["size"]["credit_kgs"].as_i64().unwrap().into());
    for cols in [80u16, 120] {
        let (out, err) = run(&emu, &["find", "--db", &db, &format!("{serial} #{}", first + 1)], cols);
        assert!(widest(&out) <= cols as usize, "{out}");
        let h = headers(&out);
        for want in ["ID", "SERIAL", "CURRENT", "HOLDS", "SIZE"] {
            assert!(h.iter().any(|x| x == want), "{cols}: {want} in {h:?}");
        }
        assert!(header_line(&out).contains("SIZE (t)") && !out.contains("SIZE KG"), "{out}");
        assert!(!err.contains("CURRENT") && !err.contains("HOLDS"), "{err}");
        let row = body(&out).into_iter().find(|r| r.starts_with(&split)).expect("the split batch");
        assert!(row.contains(&format!(" {tonnes}")), "tonnes with separators: {row}");
        let tail = serial.rsplitn(3, '-').take(2).collect::<Vec<_>>();
        assert!(row.contains(&format!("{}-{}", tail[1], tail[0])), "the serial keeps its range: {row}");
    }
}

#[test]
fn sql_never_hides_a_selected_column_and_groups_kilograms_in_tables_only() {
    let emu = Emu::shared();
    let db = synced(&emu);
    let q = "SELECT id, serial_number, project_name, supplier_name, status, size_kg, issued_at, owner_name \
             FROM batches ORDER BY size_kg DESC LIMIT 3";
    let (out, err) = run(&emu, &["sql", "--db", &db, q], 80);
    assert!(widest(&out) <= 80, "{out}");
    assert!(!err.contains("Hid column"), "{err}");
    assert_eq!(header_line(&out).split("  ").filter(|h| !h.trim().is_empty()).count(), 8, "{out}");
    let json = emu.json(&["sql", "--db", &db, q]);
    let kg = json[0]["size_kg"].as_i64().unwrap();
    assert!(kg >= 1000, "a size with a separator: {kg}");
    let grouped = isoreg::quantity::group(&kg.to_string());
    let row = body(&out)[0].to_string();
    assert!(row.contains(&format!(" {grouped}  ")), "kilograms grouped in the table: {row}");
    let at = row.find(&grouped).unwrap();
    let col = header_line(&out).find("SIZE KG").unwrap();
    assert_eq!(at + grouped.len(), col + "SIZE KG".len(), "right-aligned under its header:\n{out}");
    let csv = stdout(&emu.cmd().args(["sql", "--db", &db, q, "-o", "csv"]).output().unwrap());
    assert!(csv.lines().nth(1).unwrap().contains(&format!(",{kg},")), "raw in CSV:\n{csv}");
}

#[test]
fn diff_shows_quantities_in_tonnes_and_dates_in_utc() {
    let (a, b) = (Emu::shared(), Emu::start(&["--seed", "43"]));
    let db = synced(&a);
    b.json(&["sync", "--db", &db]);
    let rows = a.json(&["diff", "--db", &db]);
    let rows = rows.as_array().unwrap();
    let dated = rows.iter().find(|r| r["after"].as_str().is_some_and(|s| s.ends_with('Z'))).expect("a dated row");
    let (out, _) = run(&a, &["diff", "--db", &db, "-o", "wide"], 120);
    let (fitted, _) = run(&a, &["diff", "--db", &db], 120);
    assert!(widest(&fitted) <= 120, "{fitted}");
    let (narrow, note) = run(&a, &["diff", "--db", &db], 80);
    let n = header_line(&narrow);
    assert!(widest(&narrow) <= 80 && n.contains("AFTER") && n.contains("DELTA"), "what it is now, at 80:\n{narrow}");
    assert!(!n.contains("BEFORE") && note.contains("BEFORE"), "BEFORE hidden first, and said:\n{narrow}{note}");
    let h = header_line(&out);
    assert!(h.contains("DELTA (t)") && !h.contains("DELTA KG"), "{h}");
    let when = isoreg::render::text::human_date(dated["after"].as_str().unwrap());
    for table in [&out, &fitted] {
        assert!(table.contains(&format!("{when} UTC")), "dates whole with UTC:\n{table}");
    }
    let bal = rows.iter().find(|r| r["kind"] == "balance" && r["after"].as_i64().unwrap_or(0) >= 1000);
    let bal = bal.expect("a balance row");
    let t = isoreg::quantity::tonnes_grouped(bal["after"].as_i64().unwrap().into());
    assert!(out.contains(&format!("{t} t")), "a balance in tonnes with its unit ({t} t):\n{out}");
    let json: Value =
        serde_json::from_str(&stdout(&a.cmd().args(["diff", "--db", &db, "-o", "json"]).output().unwrap())).unwrap();
    assert_eq!(json[0]["delta_kg"], rows[0]["delta_kg"], "JSON keeps raw kilograms");
}

#[test]
fn dates_and_quantities_have_headers_that_cannot_be_confused() {
    let emu = Emu::shared();
    let (projects, _) = run(&emu, &["project", "list"], 120);
    let (batches, _) = run(&emu, &["batch", "list", "--limit", "3"], 120);
    assert!(header_line(&projects).contains("ISSUED (t)"), "{projects}");
    assert!(header_line(&batches).contains("ISSUED AT (UTC)"), "{batches}");
}
