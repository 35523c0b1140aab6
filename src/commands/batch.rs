//! `batch get`, `batch list` and `batch lineage`: credit batches by ID
//! (fetched concurrently, printed in the order given), an organisation's
//! batches with every filter the API has (a long `--all` listing is fetched in
//! time windows side by side, see [`crate::client::shard`]), and split trees.

use super::ctx::{Ctx, id_path};
use crate::cli::options::{Filter, Id, ListOpts};
use crate::client::shard::{self, ShardOpts};
use crate::error::{Error, Result};
use crate::ids::Resource;
use clap::{Args, Subcommand, ValueEnum};
use serde_json::Value;

pub use crate::resource::views::CREDIT_BATCH_FIELDS as FIELDS;

/// How batch records are shown: the registry's view ([`crate::resource::views`]).
pub use crate::resource::views::CREDIT_BATCH as PLAN;

pub async fn run(cmd: BatchCmd, ctx: &mut Ctx) -> Result<()> {
    match cmd {
        BatchCmd::Get { ids, web: false } => get(ids, ctx).await,
        BatchCmd::Get { ids, web: true } => {
            for id in ids {
                super::web::open(ctx, Resource::CreditBatch, &id).await?;
            }
            Ok(())
        }
        BatchCmd::List(a) => list(*a, ctx).await,
        BatchCmd::Lineage { id } => super::lineage::run(&id, ctx).await,
    }
}

/// Prints the batches found, in the order given; each missing ID is named in
/// the error (exit 4) after the others are printed.
async fn get(ids: Vec<Id>, ctx: &mut Ctx) -> Result<()> {
    let paths: Vec<String> = ids.iter().map(|i| id_path("credit_batches", i, "")).collect();
    let mut bar = ctx.progress("credit batches");
    let results = ctx.get_each(paths.clone(), &mut bar, 0, Some(paths.len() as u64)).await?;
    bar.finish();
    let (mut batches, mut missing) = (Vec::new(), Vec::new());
    for (r, path) in results.into_iter().zip(&paths) {
        let id = path.rsplit('/').next().unwrap_or_default().to_string();
        match r {
            Ok(Value::Null) => missing.push((id, super::ctx::nothing_at(path))),
            Ok(v) => {
                crate::model::answer_for(path, &v, "credit batch")?;
                super::ctx::check_shown(&v, &PLAN)?;
                batches.push(v);
            }
            Err(e) if e.kind == crate::error::Kind::NotFound => missing.push((id, e)),
            Err(e) => return Err(e),
        }
    }
    super::resolve::ids_and_names(ctx, &batches).await;
    match (batches.as_slice(), paths.len()) {
        ([], _) => {}
        ([one], 1) => ctx.out.one(one, &PLAN)?,
        _ => {
            let mut w = ctx.out.list(&PLAN);
            w.page(batches)?;
            w.finish()?;
        }
    }
    missing_error(missing, &paths)
}

/// One error naming every missing batch (the server's own sentence for one).
fn missing_error(mut missing: Vec<(String, Error)>, paths: &[String]) -> Result<()> {
    if missing.len() <= 1 {
        return missing.pop().map_or(Ok(()), |(_, e)| Err(e));
    }
    let ids: Vec<&str> = missing.iter().map(|(id, _)| id.as_str()).collect();
    Err(Error::http(
        crate::error::Kind::NotFound,
        404,
        format!(
            "{} of {} credit batches were not found: {}. List your batches with `isoreg batch list`.",
            missing.len(),
            paths.len(),
            ids.join(", ")
        ),
    ))
}

async fn list(a: BatchListArgs, ctx: &mut Ctx) -> Result<()> {
    let mut q = Vec::new();
    let values = [&a.supplier, &a.project, &a.issuance, &a.delivery, &a.order, &a.retirement];
    for (f, v) in FILTERS.iter().zip(values) {
        if let Some(id) = v {
            q.push((f.key.to_string(), id.to_string()));
        }
    }
    // The API takes `status` as a set (`uniqueItems`): each status once, in the order given.
    let mut statuses: Vec<BatchStatus> = Vec::new();
    for s in &a.status {
        if !statuses.contains(s) {
            statuses.push(*s);
        }
    }
    for s in &statuses {
        let v = match s {
            BatchStatus::Active => "active",
            BatchStatus::Split => "split",
            BatchStatus::Retired => "retired",
        };
        q.push(("status".into(), v.into()));
    }
    if let Some(t) = &a.issued_after {
        q.push(("issued_after".into(), timestamp(t, "--issued-after")?));
    }
    if let Some(t) = &a.issued_before {
        q.push(("issued_before".into(), timestamp(t, "--issued-before")?));
    }
    q.push(("sort_field".into(), "issued_at".into()));
    q.push(("sort_direction".into(), if a.sort == SortDir::Asc { "asc" } else { "desc" }.into()));
    let org = ctx.org_or_current(a.org.as_ref()).await?;
    let path = crate::resource::Resource::Organisation.below(&org, crate::resource::Resource::CreditBatch)?;
    if !a.list.all || a.list.after.is_some() || a.shards == Some(1) {
        return ctx.list(path, q, &PLAN, "credit batches", &a.list).await;
    }
    let g = &ctx.global;
    let opts = ShardOpts {
        shards: a.shards.unwrap_or(g.concurrency),
        concurrency: g.concurrency,
        page_size: a.list.page_size,
        verbose: g.verbose,
        auto: a.shards.is_none(),
    };
    let listing = shard::open(&ctx.client()?, path, q, opts).await?;
    ctx.list_from(listing, &PLAN, "credit batches", true).await
}

/// A date (`2024-01-31`, taken as midnight UTC), an RFC 3339 time, or an age
/// back from now (`7d`, `12h`: see [`crate::cli::when`]), as RFC 3339.
pub fn timestamp(raw: &str, flag: &str) -> Result<String> {
    crate::cli::when::instant(raw, chrono::Utc::now())
        .map(crate::cli::when::rfc3339)
        .map_err(|e| Error::usage(format!("{flag}: {e}")))
}

#[derive(Debug, Subcommand)]
pub enum BatchCmd {
    /// Show credit batches by ID (fetched concurrently, printed in the order given).
    #[command(
        after_help = "Examples:\n  isoreg --demo batch get ctb_RHMUE52F5CXYNL3Y\n  isoreg --demo batch get ctb_RHMUE52F5CXYNL3Y ctb_4V9FKPAEQNNQN5JD -o json"
    )]
    Get {
        /// Credit batch IDs.
        #[arg(required = true, value_name = "ID", value_parser = Id::of(Resource::CreditBatch))]
        ids: Vec<Id>,
        /// Open each batch's page in a browser: its retirement's certificate, else its project's
        /// registry page (print the URL when no browser can be opened).
        #[arg(long)]
        web: bool,
    },
    /// List an organisation's credit batches.
    #[command(
        after_help = "Examples:\n  isoreg --demo batch list --status active --limit 10\n  isoreg --demo batch list --all -o csv > batches.csv"
    )]
    List(Box<BatchListArgs>),
    /// Show the split tree a credit batch belongs to.
    #[command(after_help = "Example:\n  isoreg --demo batch lineage ctb_4V9FKPAEQNNQN5JD")]
    Lineage {
        /// Any credit batch of the tree.
        #[arg(value_name = "ID", value_parser = Id::of(Resource::CreditBatch))]
        id: Id,
    },
}

/// Filters of `batch list`.
#[derive(Debug, Args)]
pub struct BatchListArgs {
    /// The organisation, or `me` [default: yours, the token's].
    #[arg(long, value_name = "ORG|me", value_parser = Id::or_me(Resource::Organisation))]
    pub org: Option<Id>,
    /// Only batches from this supplier.
    #[arg(long, value_name = "ID", value_parser = Id::of(Resource::Supplier).among(FILTERS))]
    pub supplier: Option<Id>,
    /// Only batches of this project.
    #[arg(long, value_name = "ID", value_parser = Id::of(Resource::Project).among(FILTERS))]
    pub project: Option<Id>,
    /// Only batches of this issuance.
    #[arg(long, value_name = "ID", value_parser = Id::of(Resource::Issuance).among(FILTERS))]
    pub issuance: Option<Id>,
    /// Only batches of this delivery.
    #[arg(long, value_name = "ID", value_parser = Id::of(Resource::Delivery).among(FILTERS))]
    pub delivery: Option<Id>,
    /// Only batches of this order.
    #[arg(long, value_name = "ID", value_parser = Id::of(Resource::Order).among(FILTERS))]
    pub order: Option<Id>,
    /// Only batches of this retirement.
    #[arg(long, value_name = "ID", value_parser = Id::of(Resource::Retirement).among(FILTERS))]
    pub retirement: Option<Id>,
    /// Only batches with these statuses (repeat or comma-separate).
    #[arg(long, value_enum, value_delimiter = ',')]
    pub status: Vec<BatchStatus>,
    /// Only batches issued after this date or time (2024-01-31, 2024-01-31T12:00:00Z, or an age: 7d, 12h).
    #[arg(long, value_name = "WHEN")]
    pub issued_after: Option<String>,
    /// Only batches issued before this date or time (the same forms).
    #[arg(long, value_name = "WHEN")]
    pub issued_before: Option<String>,
    /// Sort by issue date.
    #[arg(long, value_enum, default_value_t = SortDir::Desc)]
    pub sort: SortDir,
    /// With --all: time windows fetched side by side (1 = off) [default: --concurrency, when the list is long and the server slow to answer].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=256))]
    pub shards: Option<u32>,
    #[command(flatten)]
    pub list: ListOpts,
}

/// The ID filters of `batch list`, in the order they go into the query.
pub const FILTERS: &[Filter] = &[
    Filter { flag: "supplier", key: "supplier_id", kind: Resource::Supplier },
    Filter { flag: "project", key: "project_id", kind: Resource::Project },
    Filter { flag: "issuance", key: "issuance_id", kind: Resource::Issuance },
    Filter { flag: "delivery", key: "delivery_id", kind: Resource::Delivery },
    Filter { flag: "order", key: "order_id", kind: Resource::Order },
    Filter { flag: "retirement", key: "retirement_id", kind: Resource::Retirement },
];

/// Credit batch statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BatchStatus {
    Active,
    Split,
    Retired,
}

/// Sort direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortDir {
    Asc,
    Desc,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        assert_eq!(timestamp("2024-01-31", "x").unwrap(), "2024-01-31T00:00:00Z");
        assert_eq!(timestamp("2024-01-31T12:00:00+01:00", "x").unwrap(), "2024-01-31T11:00:00Z");
        assert_eq!(timestamp("yesterday", "x").unwrap_err().exit_code(), 2);
    }
}
