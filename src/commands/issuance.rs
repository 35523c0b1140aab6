//! `issuance list`, `issuance get ID` and `issuance batches ID` (the original
//! supplier and buffer-pool batches of an issuance, with a pool column and the
//! three totals).

use super::ctx::{Ctx, id_path};
use crate::cli::options::{Id, LimitOpts, ListOpts};
use crate::error::Result;
use crate::ids::Resource;
use crate::quantity;
use crate::render::{ColKind, Plan, Shaped, col};
use clap::Subcommand;
use serde_json::Value;

/// How issuances are shown.
pub const PLAN: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        col("ISSUED", "issued_at", ColKind::Date),
        col("SUPPLIER", "supplier.organisation.name", ColKind::Text),
        col("PROJECT", "project_id", ColKind::Ref),
        col("TOTAL", "credit_batch_size_total", ColKind::Qty),
        col("BUFFER", "buffer_pool_credit_batch_size_total", ColKind::Qty),
    ],
    detail: &[
        col("ID", "id", ColKind::Id),
        col("ISSUED", "issued_at", ColKind::Date),
        col("SUPPLIER", "supplier.id", ColKind::Ref),
        col("PROJECT", "project_id", ColKind::Ref),
        col("PERIOD START", "reporting_period_start_at", ColKind::Date),
        col("PERIOD END", "reporting_period_end_at", ColKind::Date),
        col("SUPPLIER CREDITS", "supplier_credit_batch_size_total", ColKind::Qty),
        col("BUFFER POOL", "buffer_pool_credit_batch_size_total", ColKind::Qty),
        col("TOTAL", "credit_batch_size_total", ColKind::Qty),
    ],
    fields: &[
        "id",
        "buffer_pool_credit_batch_size_total.credit_kgs",
        "buffer_pool_credit_batch_size_total.credits",
        "credit_batch_size_total.credit_kgs",
        "credit_batch_size_total.credits",
        "issued_at",
        "project_id",
        "reporting_period_end_at",
        "reporting_period_start_at",
        "supplier.id",
        "supplier.location.country_code",
        "supplier.location.country_name",
        "supplier.location.latitude",
        "supplier.location.longitude",
        "supplier.long_description",
        "supplier.organisation.domain",
        "supplier.organisation.id",
        "supplier.organisation.name",
        "supplier.short_description",
        "supplier_credit_batch_size_total.credit_kgs",
        "supplier_credit_batch_size_total.credits",
    ],
};

/// Batches of an issuance, with the pool they belong to.
pub const BATCHES: Plan = Plan {
    columns: &[
        col("POOL", "pool", ColKind::Text),
        col("ID", "id", ColKind::Id),
        col("STATUS", "status", ColKind::Status),
        col("SIZE", "size", ColKind::Qty),
        col("OWNER", "owner.name", ColKind::Text),
        col("ISSUED", "issued_at", ColKind::Date),
    ],
    detail: &[],
    fields: &[],
};

pub async fn run(cmd: IssuanceCmd, ctx: &mut Ctx) -> Result<()> {
    match cmd {
        IssuanceCmd::List { list } => ctx.list("/issuances".into(), vec![], &PLAN, "issuances", &list).await,
        IssuanceCmd::Get { id } => ctx.show(&id_path("issuances", &id, ""), &PLAN).await,
        IssuanceCmd::Batches { id, limit } => batches(&id, &limit, ctx).await,
    }
}

/// The batches as rows (cut by `--limit`, with a note), then the three totals;
/// JSON is the server's object as it is.
async fn batches(id: &Id, limit: &LimitOpts, ctx: &mut Ctx) -> Result<()> {
    let v = ctx.get(&id_path("issuances", id, "credit_batches")).await?;
    let mut rows = pooled(&v, "supplier_credit_batches", "supplier");
    rows.extend(pooled(&v, "buffer_pool_credit_batches", "buffer_pool"));
    let total = rows.len() as u64;
    rows.truncate(limit.limit().map_or(rows.len(), |l| rows.len().min(usize::try_from(l).unwrap_or(usize::MAX))));
    let (human, units) = (ctx.out.opts.human, ctx.out.opts.units);
    let footer = [
        ("Supplier total", "supplier_credit_batch_size_total"),
        ("Buffer pool total", "buffer_pool_credit_batch_size_total"),
        ("Total", "credit_batch_size_total"),
    ]
    .into_iter()
    .map(|(label, key)| {
        let kgs = v.get(key).and_then(|q| q.get("credit_kgs")).and_then(quantity::integer);
        let shown = kgs.map_or_else(|| "?".into(), |k| quantity::format(k, units, human));
        format!("{label}: {shown} {}", quantity::unit_symbol(units))
    })
    .collect();
    let shaped = Shaped { record: &v, raw: &crate::render::RAW, rows, rows_plan: &BATCHES, footer, text: None };
    if let Some(shown) = ctx.out.shaped(shaped)?
        && shown < total
    {
        ctx.cut_note(shown, Some(total), "credit batches");
    }
    Ok(())
}

/// The batches under `key`, each with a `pool` field added first.
fn pooled(v: &Value, key: &str, pool: &str) -> Vec<Value> {
    let list = v.get(key).and_then(Value::as_array).cloned().unwrap_or_default();
    list.into_iter()
        .map(|b| {
            let mut m = serde_json::Map::new();
            m.insert("pool".into(), Value::String(pool.into()));
            if let Value::Object(o) = b {
                m.extend(o);
            }
            Value::Object(m)
        })
        .collect()
}

/// The verbs of `issuance`.
#[derive(Debug, Subcommand)]
pub enum IssuanceCmd {
    /// List issuances.
    #[command(after_help = "Example:\n  isoreg --demo issuance list --limit 5")]
    List {
        #[command(flatten)]
        list: ListOpts,
    },
    /// Show one issuance.
    #[command(after_help = "Example:\n  isoreg --demo issuance get iss_321FIIVF5M0W02B5")]
    Get {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Issuance))]
        id: Id,
    },
    /// The issuance's original supplier and buffer-pool batches, with totals.
    #[command(after_help = "Example:\n  isoreg --demo issuance batches iss_321FIIVF5M0W02B5")]
    Batches {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Issuance))]
        id: Id,
        #[command(flatten)]
        limit: LimitOpts,
    },
}
