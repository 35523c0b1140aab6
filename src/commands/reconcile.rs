//! `reconcile [ORG]`: the audit a CI job runs. Fetches the organisation's
//! credit balance and all its credit batches, re-adds the batches per status,
//! project and supplier with integer kilograms, prints the comparison, and
//! fails (exit 1) on any difference.

use super::ctx::Ctx;
use crate::cli::options::Id;
use crate::error::{Error, Result};
use crate::ids::Resource;
use crate::model::{self, Batch, CreditBalance, OrgBalance};
use crate::quantity::Kg;
use crate::render::{ColKind, Plan, col, col_ranked};
use clap::Args;
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// One comparison per row.
pub const PLAN: Plan = Plan {
    columns: &[
        col("OK", "ok", ColKind::Status),
        // What each ID is (organisation, project, supplier) stays when its ID gives way to its name.
        col_ranked("SCOPE", "scope", ColKind::Text, 3),
        col("ID", "id", ColKind::Ref),
        col("STATUS", "status", ColKind::Status),
        col("DIFF", "difference", ColKind::Qty),
        col("BALANCE", "balance", ColKind::Qty),
        col("BATCHES", "batches", ColKind::Qty),
    ],
    detail: &[],
    fields: &["scope", "id", "status", "balance.credit_kgs", "batches.credit_kgs", "difference.credit_kgs", "ok"],
};

/// Sums of active and retired kilograms.
#[derive(Default, Clone, Copy)]
pub struct Sums {
    active: Kg,
    retired: Kg,
}

/// The batch totals by (scope, id), as [`add`] builds them.
pub type Totals = BTreeMap<(&'static str, String), Sums>;

pub async fn run(a: ReconcileArgs, ctx: &mut Ctx) -> Result<()> {
    let org = ctx.org_or_current(a.org.as_ref()).await?;
    let raw = ctx.get(&format!("/organisations/{}/credit_balance", crate::ids::segment(&org)?)).await?;
    let bal: OrgBalance = model::read(&raw, "credit balance")?;
    let sums = sum_batches(ctx, &org).await?;
    let rows = compare(&org, &bal, &sums);
    let bad = rows.iter().filter(|r| r["ok"] == false).count();
    super::resolve::ids_and_names(ctx, &rows).await;
    let total = rows.len();
    let mut w = ctx.out.list(&PLAN);
    w.page(rows)?;
    w.finish()?;
    if bad == 0 {
        ctx.note(&format!("All {total} totals agree: the balance equals the sum of the credit batches."));
        return Ok(());
    }
    Err(Error::check(format!("{bad} of {total} totals differ between the credit balance and the credit batches.")))
}

/// Totals of the batches: by (scope, id), for the whole organisation, each project and each supplier.
async fn sum_batches(ctx: &Ctx, org: &str) -> Result<BTreeMap<(&'static str, String), Sums>> {
    let mut q = vec![("status".to_string(), "active".to_string()), ("status".to_string(), "retired".to_string())];
    q.push(("sort_direction".into(), "asc".into()));
    let client = ctx.client()?;
    let path = format!("/organisations/{}/credit_batches", crate::ids::segment(org)?);
    let mut pager = crate::client::Pages::new(&client, path, q, 50, None, None);
    let mut bar = ctx.progress("credit batches");
    let mut sums: BTreeMap<(&'static str, String), Sums> = BTreeMap::new();
    while let Some(page) = pager.next_page().await? {
        for v in &page.nodes {
            add(&mut sums, model::read::<Batch>(v, "credit batch")?, org)?;
        }
        bar.update(pager.fetched(), pager.total_count);
    }
    bar.finish();
    Ok(sums)
}

/// Adds one batch to its totals; a sum beyond what [`Kg`] holds is a bad answer.
pub fn add(sums: &mut Totals, b: Batch, org: &str) -> Result<()> {
    let keys = [
        Some(("total", org.to_string())),
        b.project_id.clone().map(|p| ("project", p)),
        Some(("supplier", b.supplier_id.clone().unwrap_or_else(|| "(unknown supplier)".into()))),
    ];
    for key in keys.into_iter().flatten() {
        let s = sums.entry(key.clone()).or_default();
        let total = match b.status.as_str() {
            "active" => &mut s.active,
            "retired" => &mut s.retired,
            _ => continue,
        };
        *total = total.checked_add(b.size.credit_kgs).ok_or_else(|| {
            Error::bad_answer(format!(
                "Adding size.credit_kgs of credit batch {} to the {} total of {} {} goes beyond {} kg; the server's quantities are impossible.",
                crate::ids::printable(&b.id),
                b.status,
                key.0,
                crate::ids::printable(&key.1),
                i128::MAX
            ))
        })?;
    }
    Ok(())
}

/// One row per scope and status: balance, batches, difference and `ok`.
pub fn compare(org: &str, bal: &OrgBalance, sums: &Totals) -> Vec<Value> {
    let mut scopes: Vec<(&'static str, String, CreditBalance)> = vec![("total", org.to_string(), bal.total)];
    scopes.extend(bal.project_balances.iter().map(|b| ("project", b.id.clone(), b.total)));
    scopes.extend(bal.supplier_balances.iter().map(|b| ("supplier", b.id.clone(), b.total)));
    for (scope, id) in sums.keys() {
        if !scopes.iter().any(|(s, i, _)| s == scope && i == id) {
            scopes.push((scope, id.clone(), CreditBalance::default()));
        }
    }
    let mut rows = Vec::new();
    for (scope, id, b) in scopes {
        let s = sums.get(&(scope, id.clone())).copied().unwrap_or_default();
        rows.push(row(scope, &id, "active", b.active_credits_total.credit_kgs, s.active));
        rows.push(row(scope, &id, "retired", b.retired_credits_total.credit_kgs, s.retired));
    }
    rows
}

fn row(scope: &str, id: &str, status: &str, balance: Kg, batches: Kg) -> Value {
    json!({
        "scope": scope, "id": id, "status": status,
        "balance": {"credit_kgs": balance.get()}, "batches": {"credit_kgs": batches.get()},
        "difference": {"credit_kgs": batches.minus(balance)}, "ok": balance == batches,
    })
}

/// Arguments of `reconcile`.
#[derive(Debug, Args)]
pub struct ReconcileArgs {
    /// Organisation ID [default: the token's organisation].
    #[arg(value_parser = Id::of(Resource::Organisation))]
    pub org: Option<Id>,
}
