//! Planning a movement of credits: which of the caller's active batches are used, how much
//! of each, which ones split and into what sizes, and the totals by project, supplier and
//! vintage. All in integer kilograms with checked arithmetic.
//!
//! Without `--batch`, batches are taken oldest `issued_at` first (ties by ID): whole batches,
//! and only the last one split, so a plan never splits more than one batch and is the same
//! every time for the same batches.

use crate::client::Pages;
use crate::commands::ctx::Ctx;
use crate::error::{Error, Result};
use crate::ids::{self, Resource};
use crate::quantity;
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// One active batch the caller may use.
#[derive(Debug, Clone)]
pub struct Avail {
    pub id: String,
    pub kgs: i64,
    pub project: String,
    pub supplier: String,
    pub issued_at: String,
}

impl Avail {
    fn vintage(&self) -> String {
        self.issued_at.chars().take(4).collect()
    }
}

/// A batch and how much of it the plan uses.
#[derive(Debug, Clone)]
pub struct Part {
    pub batch: Avail,
    pub kgs: i64,
}

impl Part {
    /// True when the batch is used in part (the registry splits it).
    pub fn splits(&self) -> bool {
        self.kgs < self.batch.kgs
    }
}

/// Extra filters of the pool (for `--from-oldest`).
#[derive(Debug, Default)]
pub struct PoolFilter {
    pub vintage: Option<i64>,
    pub order: Option<String>,
}

/// `--batch ID[=QTY]` values, checked.
pub fn parse_specs(raw: &[String]) -> Result<Vec<(String, Option<i64>)>> {
    let mut out: Vec<(String, Option<i64>)> = Vec::new();
    for r in raw {
        let (id, qty) =
            match r.split_once('=') {
                Some((id, q)) => (
                    id,
                    Some(quantity::parse_i64(q).map_err(|e| {
                        Error::usage(format!("--batch {}: {}", crate::sanitize::printable(r), e.message))
                    })?),
                ),
                None => (r.as_str(), None),
            };
        let id = ids::check(id.trim(), Resource::CreditBatch)?;
        if qty == Some(0) {
            return Err(Error::usage(format!("--batch {id}=0 uses nothing; leave it out.")));
        }
        if out.iter().any(|(x, _)| *x == id) {
            return Err(Error::usage(format!("--batch {id} is given twice; give each batch once.")));
        }
        out.push((id, qty));
    }
    Ok(out)
}

/// The caller's active batches from `supplier`, oldest first.
pub async fn active_batches(ctx: &Ctx, org: &str, supplier: &str, f: &PoolFilter) -> Result<Vec<Avail>> {
    let client = ctx.client()?;
    let mut q = vec![
        ("status".to_string(), "active".to_string()),
        ("supplier_id".to_string(), supplier.to_string()),
        ("sort_direction".to_string(), "asc".to_string()),
    ];
    if let Some(o) = &f.order {
        q.push(("order_id".to_string(), o.clone()));
    }
    let mut pager = Pages::new(
        &client,
        crate::resource::Resource::Organisation.below(org, crate::resource::Resource::CreditBatch)?,
        q,
        50,
        None,
        None,
    );
    let mut out = Vec::new();
    while let Some(page) = pager.next_page().await? {
        for b in &page.nodes {
            let a = avail(b)?;
            if a.supplier == supplier && f.vintage.is_none_or(|y| a.vintage() == y.to_string()) {
                out.push(a);
            }
        }
    }
    out.sort_by(|a, b| (&a.issued_at, &a.id).cmp(&(&b.issued_at, &b.id)));
    Ok(out)
}

fn avail(b: &Value) -> Result<Avail> {
    let id = b
        .get("id")
        .and_then(Value::as_str)
        .ok_or_else(|| Error::bad_answer("A credit batch in the answer has no `id`."))?;
    let s = |k: &str| b.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
    Ok(Avail {
        id: id.to_string(),
        kgs: kgs_at(b, "/size/credit_kgs")?,
        project: s("project_id"),
        supplier: s("supplier_id"),
        issued_at: s("issued_at"),
    })
}

/// A non-negative integer quantity at a JSON pointer; anything else is a bad answer (exit 6).
pub fn kgs_at(v: &Value, pointer: &str) -> Result<i64> {
    let n = v.pointer(pointer).ok_or_else(|| Error::bad_answer(format!("The answer has no `{pointer}`.")))?;
    match n.as_i64() {
        Some(k) if k >= 0 => Ok(k),
        _ => Err(Error::bad_answer(format!(
            "The answer's `{pointer}` is {n}: not a whole, non-negative number of kilograms isoreg can plan with."
        ))),
    }
}

/// Chooses the parts: the given batches (`specs`), or the oldest ones for `kgs`.
/// With `kgs == 0` (deliveries) the batches' own amounts are the total.
pub fn choose(pool: &[Avail], specs: &[(String, Option<i64>)], kgs: i64, supplier: &str) -> Result<Vec<Part>> {
    if specs.is_empty() {
        return oldest_first(pool, kgs, supplier);
    }
    let mut parts = Vec::new();
    let explicit = specs.iter().filter_map(|(_, q)| *q).try_fold(0i64, i64::checked_add).ok_or_else(too_much)?;
    let mut left = if kgs == 0 {
        i64::MAX
    } else {
        kgs.checked_sub(explicit).filter(|l| *l >= 0).ok_or_else(|| {
            Error::usage(format!(
                "The --batch amounts add up to {} t, more than the {} t asked for.",
                quantity::tonnes(i128::from(explicit)),
                quantity::tonnes(i128::from(kgs))
            ))
        })?
    };
    for (id, qty) in specs {
        let b = pool.iter().find(|b| b.id == *id).ok_or_else(|| {
            Error::usage(format!("{id} is not an active credit batch of yours from supplier {supplier}; see `isoreg batch list --status active --supplier {supplier}`."))
        })?;
        let use_kgs = match qty {
            Some(q) if *q > b.kgs => {
                return Err(Error::usage(format!(
                    "{id} holds {} t; --batch asks for {} t.",
                    quantity::tonnes(i128::from(b.kgs)),
                    quantity::tonnes(i128::from(*q))
                )));
            }
            Some(q) => *q,
            None => b.kgs.min(left),
        };
        if use_kgs == 0 {
            return Err(Error::usage(format!(
                "{id} is not needed: the other batches already make the quantity; leave it out."
            )));
        }
        if qty.is_none() {
            left -= use_kgs;
        }
        parts.push(Part { batch: b.clone(), kgs: use_kgs });
    }
    if kgs != 0 && left != 0 {
        return Err(Error::usage(format!(
            "The given batches hold {} t less than the {} t asked for; add batches or lower the quantity.",
            quantity::tonnes(i128::from(left)),
            quantity::tonnes(i128::from(kgs))
        )));
    }
    Ok(parts)
}

fn too_much() -> Error {
    Error::usage("The --batch amounts are too large to add up.")
}

fn oldest_first(pool: &[Avail], kgs: i64, supplier: &str) -> Result<Vec<Part>> {
    let mut left = kgs;
    let mut parts = Vec::new();
    for b in pool {
        if left == 0 {
            break;
        }
        let take = left.min(b.kgs);
        if take > 0 {
            parts.push(Part { batch: b.clone(), kgs: take });
            left -= take;
        }
    }
    if left > 0 {
        let have = pool.iter().try_fold(0i64, |s, b| s.checked_add(b.kgs)).unwrap_or(i64::MAX);
        return Err(Error::usage(format!(
            "You have {} t of active credits from supplier {supplier} that qualify; {} t were asked for.",
            quantity::tonnes(i128::from(have)),
            quantity::tonnes(i128::from(kgs))
        )));
    }
    Ok(parts)
}

/// The total of the parts (checked).
pub fn total(parts: &[Part]) -> Result<i64> {
    parts.iter().try_fold(0i64, |s, p| s.checked_add(p.kgs)).ok_or_else(too_much)
}

/// `credit_batch_quantities` for the request body.
pub fn quantities(parts: &[Part]) -> Value {
    parts.iter().map(|p| json!({"credit_batch_id": p.batch.id, "credit_quantity_kg": p.kgs})).collect()
}

/// A quantity in the API's shape.
/// `credits` is a JSON number, as the API sends it (exact: `2.500`, never a float's rounding).
pub fn qty(kgs: i64) -> Value {
    let tonnes = quantity::tonnes(i128::from(kgs));
    let credits = tonnes.parse::<serde_json::Number>().map_or(Value::String(tonnes), Value::Number);
    json!({"credit_kgs": kgs, "credits": credits})
}

/// The plan's rows, one per batch.
pub fn rows(parts: &[Part]) -> Value {
    parts
        .iter()
        .map(|p| {
            let b = &p.batch;
            json!({
                "credit_batch_id": b.id, "project_id": b.project, "supplier_id": b.supplier,
                "vintage": b.vintage(), "issued_at": b.issued_at,
                "size": qty(b.kgs), "use": qty(p.kgs),
                "split_into_kgs": if p.splits() { json!([p.kgs, b.kgs - p.kgs]) } else { Value::Null },
            })
        })
        .collect()
}

/// Totals by project, supplier and vintage.
pub fn totals(parts: &[Part]) -> Value {
    let sum = |key: fn(&Avail) -> String| {
        let mut m: BTreeMap<String, i64> = BTreeMap::new();
        for p in parts {
            let e = m.entry(key(&p.batch)).or_default();
            *e = e.saturating_add(p.kgs);
        }
        m.into_iter().map(|(k, v)| json!({"id": k, "credit_kgs": v})).collect::<Vec<_>>()
    };
    json!({
        "by_project": sum(|b| b.project.clone()),
        "by_supplier": sum(|b| b.supplier.clone()),
        "by_vintage": sum(Avail::vintage),
    })
}

/// The plan for people.
pub fn text(head: &str, plan: &Value, parts: &[Part]) -> String {
    let mut s = format!("Plan: {head}\n");
    for p in parts {
        let b = &p.batch;
        let split = if p.splits() {
            format!(
                ", splits into {} t + {} t",
                quantity::tonnes(i128::from(p.kgs)),
                quantity::tonnes(i128::from(b.kgs) - i128::from(p.kgs))
            )
        } else {
            String::new()
        };
        s.push_str(&format!(
            "  {}  project {}  vintage {}  uses {} t of {} t{split}\n",
            b.id,
            b.project,
            b.vintage(),
            quantity::tonnes(i128::from(p.kgs)),
            quantity::tonnes(i128::from(b.kgs))
        ));
    }
    for (label, key) in [("project", "by_project"), ("supplier", "by_supplier"), ("vintage", "by_vintage")] {
        let items: Vec<String> = plan["totals"][key]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|t| {
                        format!(
                            "{} {} t",
                            t["id"].as_str().unwrap_or(""),
                            quantity::tonnes(i128::from(t["credit_kgs"].as_i64().unwrap_or(0)))
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        s.push_str(&format!("  total by {label}: {}\n", items.join(", ")));
    }
    if let Some(p) = plan.get("purposes").and_then(Value::as_array) {
        let names: Vec<&str> = p.iter().filter_map(Value::as_str).collect();
        s.push_str(&format!("  purposes: {}\n", names.join(", ")));
    }
    match plan.get("notes").and_then(Value::as_str) {
        Some(n) => s.push_str(&format!(
            "  public note (anyone can read it on the registry): \"{}\"\n",
            crate::render::text::sanitize(n)
        )),
        None => s.push_str("  no note\n"),
    }
    if let Some(c) = plan.get("chosen_by").and_then(Value::as_str) {
        s.push_str(&format!("  batches chosen by: {c}\n"));
    }
    s.push_str(&format!(
        "  {} batch(es) will split; request: {}",
        plan["splits"],
        plan["endpoint"].as_str().unwrap_or("")
    ));
    s
}
