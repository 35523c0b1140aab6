//! `issuance list`, `issuance get ID` and `issuance batches ID` (the original
//! supplier and buffer-pool batches of an issuance, with a pool column and the
//! three totals).

use super::ctx::{Ctx, id_path};
use crate::cli::options::{Id, LimitOpts, ListOpts};
use crate::error::{Error, Result};
use crate::ids::Resource;
use crate::model::Qty;
use crate::quantity;
use crate::quantity::Kg;
use crate::render::Shaped;
use clap::Subcommand;
use serde_json::Value;

/// How issuance records are shown: the registry's view ([`crate::resource::views`]).
pub use crate::resource::views::ISSUANCE as PLAN;

pub use crate::resource::views::ISSUANCE_BATCHES as BATCHES;

pub async fn run(cmd: IssuanceCmd, ctx: &mut Ctx) -> Result<()> {
    match cmd {
        IssuanceCmd::List { list } => {
            ctx.list(crate::resource::Resource::Issuance.path(), vec![], &PLAN, "issuances", &list).await
        }
        IssuanceCmd::Get { id } => ctx.show(&id_path("issuances", &id, ""), &PLAN).await,
        IssuanceCmd::Batches { id, limit } => batches(&id, &limit, ctx).await,
    }
}

/// The batches as rows (cut by `--limit`, with a note), then the three totals;
/// JSON is the server's object as it is. The totals are checked against the
/// rows first (and the answer must be about this issuance).
async fn batches(id: &Id, limit: &LimitOpts, ctx: &mut Ctx) -> Result<()> {
    let path = id_path("issuances", id, "credit_batches");
    let v = ctx.get(&path).await?;
    let mut rows = pooled(&v, "supplier_credit_batches", "supplier");
    let supplier_rows = rows.len();
    rows.extend(pooled(&v, "buffer_pool_credit_batches", "buffer_pool"));
    check_totals(&v, &rows, supplier_rows, id.as_str())?;
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

/// The server's three totals must be what its rows add up to: the supplier
/// batches, the buffer-pool batches, and both (every size a possible quantity).
fn check_totals(v: &Value, rows: &[Value], supplier_rows: usize, id: &str) -> Result<()> {
    if let Some(other) = v.get("issuance_id").and_then(Value::as_str).filter(|o| *o != id) {
        return Err(Error::bad_answer(format!(
            "Asked for the credit batches of issuance {id}, the server answered with those of {}.",
            crate::sanitize::printable(other)
        )));
    }
    let record = format!("issuance {id}");
    let mut sums = [Kg::ZERO; 2];
    for (i, b) in rows.iter().enumerate() {
        super::ctx::check_shown(b, &BATCHES)?;
        let size = b.get("size").unwrap_or(&Value::Null);
        let kgs: Qty = crate::model::read(size, "credit batch size")?;
        let pool = usize::from(i >= supplier_rows);
        sums[pool] = sums[pool].checked_add(kgs.credit_kgs).ok_or_else(|| too_large(&record))?;
    }
    let both = sums[0].checked_add(sums[1]).ok_or_else(|| too_large(&record))?;
    for (key, rows_say) in [
        ("supplier_credit_batch_size_total", sums[0]),
        ("buffer_pool_credit_batch_size_total", sums[1]),
        ("credit_batch_size_total", both),
    ] {
        let Some(q) = v.get(key).filter(|q| !q.is_null()) else { continue };
        crate::model::shown_quantity(q, key, &record)?;
        let said = q.get("credit_kgs").and_then(quantity::integer);
        if said != Some(rows_say.get()) {
            let said = said.map_or_else(|| q.to_string(), |k| format!("{} t", quantity::tonnes(k)));
            return Err(Error::bad_answer(format!(
                "The server's {record} says `{key}` is {said}, but its credit batches add up to {} t.",
                quantity::tonnes(rows_say.get())
            )));
        }
    }
    Ok(())
}

fn too_large(record: &str) -> Error {
    Error::bad_answer(format!(
        "The credit batches of the server's {record} add up to more than isoreg can add exactly."
    ))
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
