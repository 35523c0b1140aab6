//! `deliver`: a supplier delivering batches against one of its orders, and the one description
//! of a delivery.

use super::allocate;
use super::prepare::{amount, describe, note, prepared, str_at};
use super::verb::{TxKind, WriteVerb, req_str, same};
use crate::cli::options::Id;
use crate::cli::options::WriteFlags;
use crate::commands::ctx::Ctx;
use crate::commands::write;
use crate::error::{Error, Kind, Result};
use crate::ids::{self, Resource};
use crate::quantity;
use clap::Args;
use clap::builder::TypedValueParser;
use serde_json::{Value, json};

/// `deliver --order ORD --batch ID[=QTY]… [--note]` with a supplier's token.
pub async fn deliver(a: DeliverArgs, ctx: &mut Ctx) -> Result<()> {
    let order = ids::check(&a.order, Resource::Order)?;
    let notes = note(&a.note)?;
    let specs = allocate::parse_specs(&a.batch)?;
    let fingerprint = format!("deliver order={order} note={notes} batches={:?}", a.batch);
    let Some(go) = write::begin(ctx, &a.write, TxKind::Delivery, fingerprint).await? else { return Ok(()) };
    let me = go.me.clone();
    let not_supplier =
        || Error::usage("Only a supplier's token can deliver; this token's organisation is not a supplier.");
    let sup = ctx.get("/supplier").await.map_err(|e| if e.kind == Kind::NotFound { not_supplier() } else { e })?;
    let supplier = str_at(&sup, "id").ok_or_else(not_supplier)?;
    let ord = ctx.get(&Resource::Order.item_path(&order)?).await?;
    if ord.pointer("/supplier/id").and_then(Value::as_str) != Some(&supplier) {
        return Err(Error::usage(format!("Order {order} is not one of your supplier's orders ({supplier}).")));
    }
    let open = allocate::kgs_at(&ord, "/credits_ordered/credit_kgs")?
        .saturating_sub(allocate::kgs_at(&ord, "/credits_delivered/credit_kgs")?);
    let pool = allocate::active_batches(ctx, &me, &supplier, &allocate::PoolFilter::default()).await?;
    let parts = allocate::choose(&pool, &specs, 0, &supplier)?;
    let kgs = allocate::total(&parts)?;
    if kgs > open {
        return Err(Error::usage(format!(
            "Order {order} has {} t left to deliver; the batches add up to {} t.",
            quantity::tonnes(i128::from(open)),
            quantity::tonnes(i128::from(kgs))
        )));
    }
    let body = json!({"order_id": order, "notes": notes, "credit_batch_quantities": allocate::quantities(&parts)});
    let buyer = ord.get("buyer_organisation").cloned().unwrap_or(Value::Null);
    let head = format!("deliver {} against order {order} to {}", amount(kgs), describe(&buyer));
    let p = prepared(
        TxKind::Delivery,
        Resource::Delivery.path(),
        body,
        &head,
        kgs,
        &parts,
        json!({"order_id": order, "to": buyer}),
        &go.key,
    );
    write::finish(ctx, &a.write, go, p).await
}

/// Arguments of `deliver`.
#[derive(Debug, Args)]
pub struct DeliverArgs {
    /// The order to deliver against (one of your supplier's orders).
    #[arg(long, value_name = "ID", value_parser = Id::of(Resource::Order).map(String::from))]
    pub order: String,
    /// Deliver this batch (ID for all of it, or ID=QTY); repeat.
    #[arg(long, value_name = "ID[=QTY]", required = true)]
    pub batch: Vec<String>,
    /// A note shown publicly with the delivery (at most 256 characters).
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[command(flatten)]
    pub write: WriteFlags,
}

/// The one description of a delivery.
pub const VERB: WriteVerb = WriteVerb {
    name: "delivery",
    lands_in: Some(Resource::Delivery),
    shown_as: &crate::commands::delivery::PLAN,
    listing: |req| Ok((Resource::Order.below(&req_str(req, "order_id"), Resource::Delivery)?, vec![])),
    differences,
};

/// Order and note as asked.
fn differences(req: &Value, tx: &Value, out: &mut Vec<String>) {
    same(out, "the order", tx.get("order_id"), req.get("order_id"));
    same(out, "the note", tx.get("notes"), req.get("notes"));
}
