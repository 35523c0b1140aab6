//! `transfer QTY --to ORG`: moving credits to one of the caller's transferees, and the one
//! description of a transfer.

use super::allocate;
use super::prepare::{all_orgs, amount, describe, note, positive, prepared};
use super::verb::{TxKind, WriteVerb, req_str, same};
use crate::commands::ctx::Ctx;
use crate::commands::transfer::TransferSend;
use crate::commands::write;
use crate::error::{Error, Result};
use crate::ids::{self, Resource};
use serde_json::{Value, json};

/// `transfer create QTY --to ORG --supplier S [--note] [--batch…]`.
pub async fn transfer(a: TransferSend, ctx: &mut Ctx) -> Result<()> {
    let kgs = positive(&a.qty)?;
    let to = ids::check(&a.to, Resource::Organisation)?;
    let supplier = ids::check(&a.supplier, Resource::Supplier)?;
    let notes = note(&a.note)?;
    let specs = allocate::parse_specs(&a.batch)?;
    let fingerprint = format!("transfer {kgs}kg to={to} supplier={supplier} note={notes} batches={:?}", a.batch);
    let Some(go) = write::begin(ctx, &a.write, TxKind::Transfer, fingerprint).await? else { return Ok(()) };
    let me = go.me.clone();
    let transferees = all_orgs(ctx, crate::resource::list_path("transferee")).await?;
    let Some(to_org) = transferees.into_iter().find(|o| o.get("id").and_then(Value::as_str) == Some(&to)) else {
        return Err(Error::usage(format!("{to} is not one of your transferees; see `isoreg transferee list`.")));
    };
    let pool = allocate::active_batches(ctx, &me, &supplier, &allocate::PoolFilter::default()).await?;
    let parts = allocate::choose(&pool, &specs, kgs, &supplier)?;
    let body = json!({
        "from_organisation_id": me,
        "to_organisation_id": to,
        "supplier_id": supplier,
        "notes": notes,
        "credit_batch_quantities": allocate::quantities(&parts),
    });
    let who = json!({"id": to, "name": to_org.get("name")});
    let head = format!("transfer {} from supplier {supplier} to {}", amount(kgs), describe(&who));
    let p =
        prepared(TxKind::Transfer, Resource::Transfer.path(), body, &head, kgs, &parts, json!({"to": who}), &go.key);
    write::finish(ctx, &a.write, go, p).await
}

/// The one description of a transfer.
pub const VERB: WriteVerb = WriteVerb {
    name: "transfer",
    lands_in: Some(Resource::Transfer),
    shown_as: &crate::commands::transfer::PLAN,
    listing: |req| {
        Ok((Resource::Transfer.path(), vec![("from_organisation_id".into(), req_str(req, "from_organisation_id"))]))
    },
    differences,
};

/// Sender, receiver and note as asked.
fn differences(req: &Value, tx: &Value, out: &mut Vec<String>) {
    same(out, "the sender", tx.pointer("/from_organisation/id"), req.get("from_organisation_id"));
    same(out, "the receiver", tx.pointer("/to_organisation/id"), req.get("to_organisation_id"));
    same(out, "the note", tx.get("notes"), req.get("notes"));
}
