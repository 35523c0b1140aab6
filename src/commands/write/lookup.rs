//! Is this transaction the one we asked for? Two uses, one set of rules:
//!
//! - after a 2xx, [`disagreements`] checks that the answer is a transaction of the kind asked
//!   for and agrees with the request (every field the request set: owner or sender, counterpart,
//!   quantity, supplier, purposes, note, order, vintage, and the batches where they were named);
//! - after an unknown outcome, [`find`] looks for it in the registry. Before the first POST left,
//!   [`baseline`] recorded what the registry already listed (the newest transactions of that kind
//!   visible to the organisation), so only transactions that appeared after the send began are
//!   candidates; each must agree with the request in every field and not be claimed by another
//!   key of the journal. One match is the write; none means it was not recorded; more than one
//!   is reported, never guessed.
//!
//! Beneficiaries: organisations are matched by name and domain (case-insensitively); the API
//! never shows an individual's e-mail, so an individual is matched by name among the new
//! beneficiaries without a domain (the registry itself refuses a second one with the e-mail).

use crate::client::Pages;
use crate::commands::ctx::Ctx;
use crate::commands::write::verb::TxKind;
use crate::error::{Error, Result};
use crate::resource::Resource;
use serde_json::{Value, json};
use std::collections::{HashMap, HashSet};

/// The most transactions a lookup reads past the baseline before it gives up.
const MAX_SCAN: usize = 1000;

/// What a lookup found.
#[derive(Debug)]
pub enum Found {
    None,
    One(Value),
    Many(Vec<String>),
}

/// What the registry lists before the POST leaves: the ids of the newest page (movements,
/// listed newest first) or of every beneficiary (listed in the order they were added).
pub async fn baseline(ctx: &Ctx, kind: TxKind, req: &Value) -> Result<Value> {
    let (path, query) = (kind.verb().listing)(req)?;
    let client = ctx.client()?;
    let limit = kind.time_field().map(|_| 50);
    let mut pager = Pages::new(&client, path, query, 50, None, limit);
    let mut ids = Vec::new();
    while let Some(page) = pager.next_page().await? {
        ids.extend(page.nodes.iter().filter_map(id_of));
    }
    Ok(json!({ "ids": ids }))
}

fn id_of(v: &Value) -> Option<String> {
    v.get("id").and_then(Value::as_str).map(str::to_string)
}

/// Looks for the transaction of `req` among those that appeared after `baseline`, leaving out
/// the ones other keys of the journal claim.
pub async fn find(ctx: &Ctx, kind: TxKind, req: &Value, baseline: &Value, claimed: &HashSet<String>) -> Result<Found> {
    let before: HashSet<String> = baseline
        .get("ids")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        .ok_or_else(|| Error::unknown("The journal holds no record of what the registry listed before the send"))?;
    let mut found = Vec::new();
    for t in new_since(ctx, kind, req, &before).await? {
        let id = id_of(&t).unwrap_or_default();
        if claimed.contains(&id) {
            continue;
        }
        if check(ctx, kind, req, &t).await?.is_empty() {
            found.push(t);
        }
    }
    Ok(match found.len() {
        0 => Found::None,
        1 => Found::One(found.remove(0)),
        _ => Found::Many(found.iter().filter_map(id_of).collect()),
    })
}

/// The transactions listed now that were not in the baseline. Movements are listed newest first
/// (the OpenAPI says so for `/retirements`, `/transfers` and `/orders/{id}/deliveries`), so the
/// scan ends at the first item older than the first one already known: items of the same instant
/// may come in any order, so those are still read.
async fn new_since(ctx: &Ctx, kind: TxKind, req: &Value, before: &HashSet<String>) -> Result<Vec<Value>> {
    let (path, query) = (kind.verb().listing)(req)?;
    let client = ctx.client()?;
    let mut pager = Pages::new(&client, path, query, 50, None, None);
    let mut out = Vec::new();
    let mut seen = 0usize;
    let mut known_at: Option<i64> = None;
    while let Some(page) = pager.next_page().await? {
        for t in page.nodes {
            seen += 1;
            let at = time_of(kind, &t);
            if let (Some(k), Some(a)) = (known_at, at)
                && a < k
            {
                return Ok(out);
            }
            if id_of(&t).is_some_and(|id| before.contains(&id)) {
                if kind.time_field().is_some() && known_at.is_none() {
                    known_at = Some(at.unwrap_or(i64::MAX));
                }
                continue;
            }
            out.push(t);
        }
        if seen > MAX_SCAN + before.len() {
            return Err(Error::unknown(format!(
                "More than {MAX_SCAN} {}s appeared since the send began, too many to look through",
                kind.name()
            )));
        }
    }
    Ok(out)
}

/// When a movement happened (Unix seconds), from its `…_at` field.
fn time_of(kind: TxKind, t: &Value) -> Option<i64> {
    let raw = t.get(kind.time_field()?)?.as_str()?;
    chrono::DateTime::parse_from_rfc3339(raw).ok().map(|d| d.timestamp())
}

/// Fetches what a full comparison needs (the transaction's batches, and the orders they were
/// delivered under for `--order`) and returns what disagrees with the request.
pub async fn check(ctx: &Ctx, kind: TxKind, req: &Value, tx: &Value) -> Result<Vec<String>> {
    let Some(lands_in) = kind.verb().lands_in else {
        return Ok(disagreements(kind, req, tx, &Batches::default()));
    };
    let Some(id) = id_of(tx) else { return Ok(vec![format!("the answer is not a {} (it has no id)", kind.name())]) };
    let got = ctx.get(&lands_in.below(&id, Resource::CreditBatch)?).await?;
    let list = got.get("nodes").and_then(Value::as_array).cloned().unwrap_or_default();
    let mut orders = HashMap::new();
    if req.get("order_id").is_some_and(|o| !o.is_null()) && kind == TxKind::Retirement {
        for d in list.iter().filter_map(|b| b.get("delivery_id").and_then(Value::as_str)) {
            if !orders.contains_key(d) {
                let dv = ctx.get(&Resource::Delivery.item_path(d)?).await?;
                orders.insert(d.to_string(), dv.get("order_id").and_then(Value::as_str).map(str::to_string));
            }
        }
    }
    Ok(disagreements(kind, req, tx, &Batches { list: Some(list), orders }))
}

/// A transaction's credit batches, and the order behind each delivery id among them.
#[derive(Default)]
pub struct Batches {
    pub list: Option<Vec<Value>>,
    pub orders: HashMap<String, Option<String>>,
}

/// What in `tx` disagrees with the request `req` (empty: it is the transaction asked for).
pub fn disagreements(kind: TxKind, req: &Value, tx: &Value, b: &Batches) -> Vec<String> {
    let mut out = Vec::new();
    if !tx.is_object() || id_of(tx).is_none() {
        return vec![format!("the answer is not a {} (it has no id)", kind.name())];
    }
    (kind.verb().differences)(req, tx, &mut out);
    if kind.verb().lands_in.is_none() {
        return out;
    }
    let total = tx.pointer("/credit_batch_size_total/credit_kgs").and_then(Value::as_i64);
    let want = expected_total(req);
    if total.is_none() || total != want {
        out.push(format!("the quantity is {} kg, not {} kg", fmt_opt(total), fmt_opt(want)));
    }
    out.extend(batch_disagreements(req, b));
    out
}

fn fmt_opt(v: Option<i64>) -> String {
    v.map_or_else(|| "unknown".to_string(), |k| k.to_string())
}

/// The total the request asks for.
pub fn expected_total(r: &Value) -> Option<i64> {
    if let Some(k) = r.get("credit_quantity_kg") {
        return k.as_i64();
    }
    r.get("credit_batch_quantities")?
        .as_array()?
        .iter()
        .try_fold(0i64, |s, q| s.checked_add(q.get("credit_quantity_kg")?.as_i64()?))
}

/// The batches against the request: exactly the named ones and amounts (a split child stands
/// for its parent), all from the supplier, of the vintage and order asked for.
fn batch_disagreements(req: &Value, b: &Batches) -> Vec<String> {
    let Some(got) = &b.list else { return vec![] };
    let mut out = Vec::new();
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    if let Some(wanted) = req.get("credit_batch_quantities").and_then(Value::as_array) {
        let all_there = wanted.iter().all(|w| {
            let bid = w.get("credit_batch_id").and_then(Value::as_str);
            let kg = w.get("credit_quantity_kg").and_then(Value::as_i64);
            got.iter().any(|g| {
                let is =
                    g.get("id").and_then(Value::as_str) == bid || g.get("parent_id").and_then(Value::as_str) == bid;
                is && kg.is_some() && g.pointer("/size/credit_kgs").and_then(Value::as_i64) == kg
            })
        });
        if got.len() != wanted.len() || !all_there {
            out.push("its credit batches are not the ones asked for".to_string());
        }
    }
    if let Some(sup) = s(req, "supplier_id")
        && got.iter().any(|g| s(g, "supplier_id").is_some_and(|x| x != sup))
    {
        out.push(format!("some of its credit batches are not from supplier {sup}"));
    }
    if let Some(y) = req.get("vintage").and_then(Value::as_i64)
        && got.iter().any(|g| !s(g, "issued_at").is_some_and(|t| t.starts_with(&y.to_string())))
    {
        out.push(format!("some of its credit batches are not of vintage {y}"));
    }
    if let Some(o) = s(req, "order_id").filter(|_| req.get("credit_quantity_kg").is_some()) {
        let under = |g: &Value| s(g, "delivery_id").and_then(|d| b.orders.get(&d).cloned().flatten());
        if got.iter().any(|g| under(g).as_deref() != Some(o.as_str())) {
            out.push(format!("some of its credit batches were not delivered under order {o}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req() -> Value {
        json!({"owner_organisation_id": "org_A", "beneficiary_organisation_id": "org_B", "supplier_id": "spl_S",
               "retirement_purposes": ["insetting", "other"], "notes": "n",
               "credit_batch_quantities": [{"credit_batch_id": "ctb_1", "credit_quantity_kg": 5}]})
    }

    fn tx() -> Value {
        json!({"id": "ret_1", "owner": {"id": "org_A"}, "beneficiary": {"id": "org_B"}, "notes": "n",
               "purposes": ["other", "insetting"], "credit_batch_size_total": {"credit_kgs": 5}})
    }

    fn batches() -> Batches {
        Batches {
            list: Some(vec![
                json!({"id": "ctb_9", "parent_id": "ctb_1", "supplier_id": "spl_S", "size": {"credit_kgs": 5}}),
            ]),
            ..Batches::default()
        }
    }

    #[test]
    fn a_matching_retirement_agrees() {
        assert!(disagreements(TxKind::Retirement, &req(), &tx(), &batches()).is_empty());
    }

    #[test]
    fn any_other_field_disagrees() {
        for (k, v) in [
            ("purposes", json!(["insetting"])),
            ("notes", Value::Null),
            ("beneficiary", json!({"id": "org_C"})),
            ("credit_batch_size_total", json!({"credit_kgs": 6})),
        ] {
            let mut t = tx();
            t[k] = v;
            assert!(!disagreements(TxKind::Retirement, &req(), &t, &batches()).is_empty(), "{k}");
        }
        for body in [Value::Null, json!({}), json!([]), json!({"id": 12345})] {
            assert!(!disagreements(TxKind::Retirement, &req(), &body, &batches()).is_empty(), "{body}");
        }
        let mut other = batches();
        other.list = Some(vec![json!({"id": "ctb_2", "supplier_id": "spl_S", "size": {"credit_kgs": 5}})]);
        assert!(!disagreements(TxKind::Retirement, &req(), &tx(), &other).is_empty());
    }

    #[test]
    fn domains_match_case_insensitively() {
        let r = json!({"beneficiary_name": "Acme", "beneficiary_domain": "Acme.Example"});
        let t = json!({"id": "org_1", "name": "Acme", "domain": "acme.example"});
        assert!(disagreements(TxKind::Beneficiary, &r, &t, &Batches::default()).is_empty());
        let t = json!({"id": "org_1", "name": "Acme", "domain": "acme.other"});
        assert!(!disagreements(TxKind::Beneficiary, &r, &t, &Batches::default()).is_empty());
    }
}
