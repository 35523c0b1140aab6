//! `reconcile [ORG]`: the audit a CI job runs. Fetches the organisation's
//! credit balance and all its credit batches, re-adds the batches per status,
//! project and supplier with integer kilograms, prints the comparison
//! (differing rows first; `--only-diff` for only those), and fails (exit 1) on
//! any difference, naming the totals that differ in its last line.

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
pub struct KgTotals {
    active: Kg,
    retired: Kg,
}

/// The batch totals by (scope, id), as [`add`] builds them.
pub type Totals = BTreeMap<(&'static str, String), KgTotals>;

pub async fn run(a: ReconcileArgs, ctx: &mut Ctx) -> Result<()> {
    let org = ctx.org_or_current(a.org_flag.as_ref().or(a.org.as_ref())).await?;
    let raw = ctx.get(&crate::ids::balance_path(&org)?).await?;
    let bal: OrgBalance = model::read(&raw, "credit balance")?;
    let sums = sum_batches(ctx, &org).await?;
    let mut rows = compare(&org, &bal, &sums);
    let total = rows.len();
    // Differing rows first (a stable sort keeps the order within each group).
    rows.sort_by_key(|r| r["ok"] == true);
    let differ: Vec<String> = rows.iter().filter(|r| r["ok"] == false).map(named).collect();
    if a.only_diff {
        rows.retain(|r| r["ok"] == false);
    }
    super::resolve::ids_and_names(ctx, &rows).await;
    let mut w = ctx.out.list(&PLAN);
    w.page(rows)?;
    w.finish()?;
    if differ.is_empty() {
        ctx.note(&format!("All {total} totals agree: the balance equals the sum of the credit batches."));
        return Ok(());
    }
    Err(Error::check(last_line(&differ, total)))
}

/// "2 of 32 totals differ between the credit balance and the credit batches: …" naming
/// the first few that differ.
fn last_line(differ: &[String], total: usize) -> String {
    const NAMED: usize = 5;
    let mut names = differ.iter().take(NAMED).cloned().collect::<Vec<_>>().join("; ");
    if differ.len() > NAMED {
        names.push_str(&format!("; and {} more", differ.len() - NAMED));
    }
    format!("{} of {total} totals differ between the credit balance and the credit batches: {names}.", differ.len())
}

/// "project prj_… active (batches 1.000 t more)".
fn named(r: &Value) -> String {
    let s = |k: &str| r[k].as_str().unwrap_or_default().to_string();
    let by = match r["difference"]["credit_kgs"].to_string().parse::<i128>() {
        Ok(d) if d > 0 => format!(" (batches {} t more)", crate::quantity::tonnes_grouped(d)),
        Ok(d) => format!(" (batches {} t less)", crate::quantity::tonnes_grouped(-d)),
        Err(_) => String::new(),
    };
    let scope = match s("scope").as_str() {
        "total" => "organisation".to_string(),
        other => other.to_string(),
    };
    format!("{scope} {} {}{by}", crate::sanitize::printable(&s("id")), s("status"))
}

/// Totals of the batches: by (scope, id), for the whole organisation, each project and each supplier.
async fn sum_batches(ctx: &Ctx, org: &str) -> Result<BTreeMap<(&'static str, String), KgTotals>> {
    let mut q = vec![("status".to_string(), "active".to_string()), ("status".to_string(), "retired".to_string())];
    q.push(("sort_direction".into(), "asc".into()));
    let client = ctx.client()?;
    let path = crate::resource::Resource::Organisation.below(org, crate::resource::Resource::CreditBatch)?;
    let mut pager = crate::client::Pages::new(&client, path, q, 50, None, None);
    let mut bar = ctx.progress("credit batches");
    let mut sums: BTreeMap<(&'static str, String), KgTotals> = BTreeMap::new();
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
                crate::sanitize::printable(&b.id),
                b.status,
                key.0,
                crate::sanitize::printable(&key.1),
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
    /// The organisation, or `me` [default: yours, the token's]; also --org ORG.
    #[arg(value_name = "ORG|me", value_parser = Id::or_me(Resource::Organisation))]
    pub org: Option<Id>,
    /// The organisation, as other commands take it (the same as the ORG argument).
    #[arg(long = "org", value_name = "ORG|me", conflicts_with = "org", value_parser = Id::or_me(Resource::Organisation))]
    pub org_flag: Option<Id>,
    /// Show only the totals that differ (none when all agree).
    #[arg(long)]
    pub only_diff: bool,
}
