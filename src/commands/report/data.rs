//! The report for scripts: one JSON object (`-o json`/`jsonl`) or CSV rows
//! (`-o csv`, one row per figure with a `section` column), holding the same
//! figures as the terminal and the page. Quantities are `credit_kgs`
//! (integers, exact at any size) and `credits` (tonnes with three decimals,
//! written from the integer, never through floating point).

use super::figures::{Line, Report, ReportKind};
use crate::quantity::tonnes;
use crate::render::{ColKind, Plan, col};
use serde_json::{Map, Value, json};

/// An exact JSON number from integer or decimal text.
fn exact(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.to_string()))
}

/// Kilograms as an exact JSON integer (beyond `i64` too).
pub fn number(kgs: i128) -> Value {
    exact(&kgs.to_string())
}

/// Tonnes with three decimals as an exact JSON number.
fn credits(kgs: i128) -> Value {
    exact(&tonnes(kgs))
}

/// `credit_kgs` and `credits` added to an object.
fn with_qty(mut m: Map<String, Value>, kgs: i128) -> Value {
    m.insert("credit_kgs".into(), number(kgs));
    m.insert("credits".into(), credits(kgs));
    Value::Object(m)
}

fn line(l: &Line, key_name: &str) -> Value {
    let mut m = Map::new();
    m.insert(key_name.into(), Value::String(l.key.clone()));
    if key_name == "key" {
        m.insert("label".into(), Value::String(l.label.clone()));
    }
    with_qty(m, l.kg.get())
}

/// The report as one JSON object.
pub fn to_json(r: &Report) -> Value {
    let mut breakdowns = Map::new();
    for b in &r.breakdowns {
        breakdowns.insert(b.name.into(), b.lines.iter().map(|l| line(l, "key")).collect());
    }
    let mut top = Map::new();
    let kind = if r.kind == ReportKind::Retirements { "retirements" } else { "holdings" };
    top.insert("report".into(), json!(kind));
    top.insert("organisation".into(), json!({"id": r.org_id, "name": r.org_name}));
    top.insert("registry".into(), json!(r.source.registry));
    top.insert("data_time".into(), json!(r.source.data_time));
    let snap = r.source.snapshot.as_ref().map(|(n, f)| json!({"number": n, "file": f}));
    top.insert("snapshot".into(), snap.unwrap_or(Value::Null));
    if let Some((from, to)) = r.period {
        top.insert("period".into(), json!({"from": from.to_string(), "to": to.to_string()}));
    }
    top.insert("total".into(), with_qty(Map::new(), r.total.get()));
    top.insert("credit_batches".into(), json!(r.batches));
    top.insert("breakdowns".into(), Value::Object(breakdowns));
    match r.kind {
        ReportKind::Retirements => {
            top.insert("months".into(), r.months.iter().map(|l| line(l, "month")).collect());
            top.insert("retirements".into(), r.retirements.iter().map(retirement).collect());
        }
        ReportKind::Holdings => {
            top.insert("open_orders".into(), r.orders.iter().map(order).collect());
        }
    }
    top.insert(
        "check".into(),
        json!({"agree": r.check.differ.is_empty(), "agreed": r.check.agreed, "differ": r.check.differ}),
    );
    top.insert("isoreg_version".into(), json!(env!("CARGO_PKG_VERSION")));
    Value::Object(top)
}

fn retirement(l: &super::figures::RetLine) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), json!(l.id));
    m.insert("date".into(), json!(l.date));
    m.insert("beneficiary".into(), json!(l.beneficiary));
    m.insert("purposes".into(), json!(l.purposes));
    m.insert("certificate".into(), json!(l.url));
    with_qty(m, l.kg.get())
}

fn order(o: &super::figures::OpenOrder) -> Value {
    json!({
        "id": o.id, "supplier": o.supplier, "status": o.status, "contract_date": o.contract_date,
        "ordered": {"credit_kgs": number(o.ordered.get()), "credits": credits(o.ordered.get())},
        "delivered": {"credit_kgs": number(o.delivered.get()), "credits": credits(o.delivered.get())},
        "outstanding": {"credit_kgs": number(o.outstanding.get()), "credits": credits(o.outstanding.get())},
    })
}

/// The CSV columns.
pub const CSV_PLAN: Plan = Plan {
    columns: &[
        col("SECTION", "section", ColKind::Text),
        col("KEY", "key", ColKind::Text),
        col("LABEL", "label", ColKind::Text),
        col("DATE", "date", ColKind::Text),
        col("CREDIT_KGS", "credit_kgs", ColKind::Count),
        col("CREDITS", "credits", ColKind::Text),
        col("CERTIFICATE", "certificate", ColKind::Url),
    ],
    detail: &[],
    fields: &["section", "key", "label", "date", "credit_kgs", "credits", "certificate"],
};

/// One CSV row.
fn row(section: &str, key: &str, label: &str, date: &str, kgs: i128, cert: Option<&str>) -> Value {
    json!({"section": section, "key": key, "label": label, "date": date,
           "credit_kgs": number(kgs), "credits": credits(kgs), "certificate": cert})
}

/// The report as CSV rows: the total, each breakdown line, each month, each retirement or open order.
pub fn to_rows(r: &Report) -> Vec<Value> {
    let mut out = vec![row("total", &r.org_id, r.org_name.as_deref().unwrap_or(""), "", r.total.get(), None)];
    for b in &r.breakdowns {
        out.extend(b.lines.iter().map(|l| row(b.name, &l.key, &l.label, "", l.kg.get(), None)));
    }
    out.extend(r.months.iter().map(|l| row("month", &l.key, &l.label, "", l.kg.get(), None)));
    for l in &r.retirements {
        out.push(row("retirement", &l.id, &l.beneficiary, &l.date, l.kg.get(), l.url.as_deref()));
    }
    for o in &r.orders {
        out.push(row("open_order", &o.id, &o.supplier, &o.contract_date, o.outstanding.get(), None));
    }
    out
}
