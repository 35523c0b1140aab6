//! Finding a write whose outcome was unknown: before sending it again, isoreg looks for a
//! transaction that matches the journalled request (same owner or sender, counterpart,
//! total, note, and for batch requests the same batches and amounts, split children
//! counting for their parent), made after the request was journalled, and not already
//! claimed by another journal entry.

use super::ctx::Ctx;
use crate::client::Pager;
use crate::error::Result;
use crate::journal::{Entry, TxKind};
use serde_json::Value;
use std::collections::HashSet;

/// How far the registry's clock may be behind this machine's, in seconds.
const CLOCK_SKEW: i64 = 600;

/// The transaction the entry describes, if the registry has it.
pub async fn find(ctx: &Ctx, kind: TxKind, e: &Entry, claimed: &HashSet<String>) -> Result<Option<Value>> {
    let r = &e.request;
    let s = |k: &str| r.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
    let (path, query, party, time) = match kind {
        TxKind::Retirement => (
            "/retirements".to_string(),
            vec![("owner_org_id", s("owner_organisation_id"))],
            ("beneficiary", s("beneficiary_organisation_id")),
            "retired_at",
        ),
        TxKind::Transfer => (
            "/transfers".to_string(),
            vec![("from_organisation_id", s("from_organisation_id"))],
            ("to_organisation", s("to_organisation_id")),
            "transferred_at",
        ),
        TxKind::Delivery => {
            (format!("/orders/{}/deliveries", s("order_id")), vec![], ("order_id", s("order_id")), "delivered_at")
        }
        TxKind::Beneficiary => return find_beneficiary(ctx, r).await,
    };
    let query = query.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    let client = ctx.client()?;
    let mut pager = Pager::new(&client, path, query, 50, None, Some(100));
    while let Some(page) = pager.next_page().await? {
        for t in page.nodes {
            let id = t.get("id").and_then(Value::as_str).unwrap_or_default().to_string();
            let party_ok = match t.get(party.0) {
                Some(Value::String(x)) => *x == party.1,
                Some(o) => o.get("id").and_then(Value::as_str) == Some(party.1.as_str()),
                None => false,
            };
            let recent = t
                .get(time)
                .and_then(Value::as_str)
                .and_then(|x| chrono::DateTime::parse_from_rfc3339(x).ok())
                .is_some_and(|at| at.timestamp() >= e.at - CLOCK_SKEW);
            if claimed.contains(&id) || !party_ok || !recent || t.get("notes") != r.get("notes").or(Some(&Value::Null))
            {
                continue;
            }
            let total = t.pointer("/credit_batch_size_total/credit_kgs").and_then(Value::as_i64);
            if total.is_none() || total != expected_total(r) {
                continue;
            }
            if same_batches(ctx, kind, &id, r).await? {
                return Ok(Some(t));
            }
        }
    }
    Ok(None)
}

fn expected_total(r: &Value) -> Option<i64> {
    if let Some(k) = r.get("credit_quantity_kg") {
        return k.as_i64();
    }
    r.get("credit_batch_quantities")?
        .as_array()?
        .iter()
        .try_fold(0i64, |s, q| s.checked_add(q.get("credit_quantity_kg")?.as_i64()?))
}

/// Whether the transaction holds exactly the requested batches and amounts (a split
/// child stands for its parent). Requests by oldest credits name no batches: any match.
async fn same_batches(ctx: &Ctx, kind: TxKind, id: &str, r: &Value) -> Result<bool> {
    let Some(wanted) = r.get("credit_batch_quantities").and_then(Value::as_array) else { return Ok(true) };
    let coll = match kind {
        TxKind::Retirement => "retirements",
        TxKind::Transfer => "transfers",
        _ => "deliveries",
    };
    let got = ctx.get(&format!("/{coll}/{id}/credit_batches")).await?;
    let got = got.get("nodes").and_then(Value::as_array).cloned().unwrap_or_default();
    if got.len() != wanted.len() {
        return Ok(false);
    }
    Ok(wanted.iter().all(|w| {
        let bid = w.get("credit_batch_id").and_then(Value::as_str);
        let kg = w.get("credit_quantity_kg").and_then(Value::as_i64);
        got.iter().any(|b| {
            let is = b.get("id").and_then(Value::as_str) == bid || b.get("parent_id").and_then(Value::as_str) == bid;
            is && kg.is_some() && b.pointer("/size/credit_kgs").and_then(Value::as_i64) == kg
        })
    }))
}

async fn find_beneficiary(ctx: &Ctx, r: &Value) -> Result<Option<Value>> {
    let client = ctx.client()?;
    let mut pager = Pager::new(&client, "/beneficiaries".to_string(), vec![], 50, None, None);
    let name = r.get("beneficiary_name");
    let domain = r.get("beneficiary_domain");
    while let Some(page) = pager.next_page().await? {
        if let Some(found) =
            page.nodes.into_iter().find(|o| o.get("name") == name && (domain.is_none() || o.get("domain") == domain))
        {
            return Ok(Some(found));
        }
    }
    Ok(None)
}
