//! A report's [`ReportInput`] from the API: the organisation, its credit balance,
//! its credit batches of one status and (for statements) its retirements or
//! (for holdings) its orders, every page; then the projects the batches name
//! and the suppliers no project names.

use super::figures::ReportKind;
use super::input::{Batch, DataSource, ReportInput, ReportOrder, ReportProject, Retirement};
use crate::commands::ctx::Ctx;
use crate::error::Result;
use crate::model::{self, OrgBalance};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::HashMap;

/// Reads everything a report of `kind` needs for `org` (its id, as the server spells it).
pub async fn read(ctx: &Ctx, org: &str, kind: ReportKind) -> Result<ReportInput> {
    let data_time = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let org_rec = ctx.get(&crate::resource::Resource::Organisation.item_path(org)?).await?;
    let balance_raw = ctx.get(&crate::ids::balance_path(org)?).await?;
    let balance: OrgBalance = model::read(&balance_raw, "credit balance")?;
    let status = if kind == ReportKind::Retirements { "retired" } else { "active" };
    let q = vec![("status".to_string(), status.to_string()), ("sort_direction".into(), "asc".into())];
    let batches: Vec<Batch> = all(
        ctx,
        crate::resource::Resource::Organisation.below(org, crate::resource::Resource::CreditBatch)?,
        q,
        "credit batches",
        "credit batch",
    )
    .await?;
    let (retirements, orders) = match kind {
        ReportKind::Retirements => {
            let q = vec![("owner_org_id".to_string(), org.to_string())];
            (
                all::<Retirement>(ctx, crate::resource::Resource::Retirement.path(), q, "retirements", "retirement")
                    .await?,
                vec![],
            )
        }
        ReportKind::Holdings => (
            vec![],
            all::<ReportOrder>(
                ctx,
                crate::resource::Resource::Organisation.below(org, crate::resource::Resource::Order)?,
                vec![],
                "orders",
                "order",
            )
            .await?,
        ),
    };
    let mut input = ReportInput {
        org_id: org.to_string(),
        org_name: org_rec.get("name").and_then(Value::as_str).map(str::to_string),
        source: DataSource { registry: ctx.client()?.base_url().to_string(), data_time, snapshot: None },
        batches,
        retirements,
        orders,
        projects: HashMap::new(),
        suppliers: HashMap::new(),
        balance,
    };
    names(ctx, &mut input).await?;
    Ok(input)
}

/// Every item of a list, read as `T`.
async fn all<T: DeserializeOwned>(
    ctx: &Ctx,
    path: String,
    query: Vec<(String, String)>,
    what: &str,
    one: &str,
) -> Result<Vec<T>> {
    let client = ctx.client()?;
    let mut pager = crate::client::Pages::new(&client, path, query, 50, None, None);
    let mut bar = ctx.progress(what);
    let mut out = Vec::new();
    while let Some(page) = pager.next_page().await? {
        for v in &page.nodes {
            out.push(model::read::<T>(v, one)?);
        }
        bar.update(pager.fetched(), pager.total_count);
    }
    bar.finish();
    Ok(out)
}

/// The projects the batches name, and the names of suppliers no project gives.
async fn names(ctx: &Ctx, input: &mut ReportInput) -> Result<()> {
    for id in input.project_ids() {
        let v = ctx.get(&crate::resource::Resource::Project.item_path(&id)?).await?;
        if !v.is_null() {
            input.projects.insert(id, model::read::<ReportProject>(&v, "project")?);
        }
    }
    input.suppliers_from_projects();
    for id in input.unnamed_suppliers() {
        let v = ctx.get(&crate::resource::Resource::Supplier.item_path(&id)?).await?;
        let name = v.pointer("/organisation/name").and_then(Value::as_str);
        if let Some(n) = name {
            input.suppliers.insert(id, n.to_string());
        }
    }
    Ok(())
}
