//! `retire`: retiring credits for a beneficiary, from batches isoreg picks (or `--batch`), or
//! from the registry's oldest credits (`--from-oldest`), and the one description of a retirement.

use super::allocate;
use super::prepare::{all_orgs, amount, describe, note, positive, prepared};
use super::verb::{TxKind, WriteVerb, req_str, same};
use crate::cli::options::Id;
use crate::cli::options::WriteFlags;
use crate::commands::ctx::Ctx;
use crate::commands::write;
use crate::error::{Error, Result};
use crate::ids::{self, Resource};
use clap::builder::TypedValueParser;
use clap::{Args, ValueEnum};
use serde_json::{Value, json};

/// `retire QTY --supplier S --beneficiary ORG|me --purpose P… [--note] [--from-oldest|--batch…]`.
pub async fn retire(a: RetireArgs, ctx: &mut Ctx) -> Result<()> {
    let kgs = positive(&a.qty)?;
    let supplier = ids::check(&a.supplier, Resource::Supplier)?;
    let notes = note(&a.note)?;
    let specs = allocate::parse_specs(&a.batch)?;
    let order = a.order.as_deref().map(|o| ids::check(o, Resource::Order)).transpose()?;
    let purposes: Vec<&str> = dedup(a.purpose.iter().map(|p| p.api_name()).collect());
    let fingerprint = format!(
        "retire {kgs}kg supplier={supplier} beneficiary={} purposes={} note={notes} oldest={} vintage={:?} order={order:?} batches={:?}",
        a.beneficiary,
        purposes.join(","),
        a.from_oldest,
        a.vintage,
        a.batch
    );
    let Some(go) = write::begin(ctx, &a.write, TxKind::Retirement, fingerprint).await? else { return Ok(()) };
    let me = go.me.clone();
    let (ben_id, ben_name) = beneficiary(ctx, &a.beneficiary, &me).await?;
    let filter = allocate::PoolFilter { vintage: a.vintage, order: order.clone() };
    let pool = allocate::active_batches(ctx, &me, &supplier, &filter).await?;
    let parts = allocate::choose(&pool, &specs, kgs, &supplier)?;
    let mut body = json!({
        "owner_organisation_id": me,
        "beneficiary_organisation_id": ben_id,
        "supplier_id": supplier,
        "retirement_purposes": purposes,
        "notes": notes,
    });
    let path = if a.from_oldest {
        body["credit_quantity_kg"] = json!(kgs);
        body["vintage"] = json!(a.vintage);
        body["order_id"] = json!(order);
        format!("{}/from_oldest_credits", Resource::Retirement.path())
    } else {
        body["credit_batch_quantities"] = allocate::quantities(&parts);
        Resource::Retirement.path()
    };
    let who = json!({"id": ben_id, "name": ben_name});
    let head = format!("retire {} from supplier {supplier} for {}", amount(kgs), describe(&who));
    let extra = json!({"beneficiary": who, "purposes": purposes, "chosen_by": if a.from_oldest { "registry (oldest credits first; predicted)" } else { "isoreg" }});
    let p = prepared(TxKind::Retirement, path, body, &head, kgs, &parts, extra, &go.key);
    write::finish(ctx, &a.write, go, p).await
}

fn dedup(v: Vec<&'static str>) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for p in v {
        if !out.contains(&p) {
            out.push(p);
        }
    }
    out
}

/// The beneficiary: `me` (the caller) or an organisation from `beneficiary list`.
async fn beneficiary(ctx: &mut Ctx, raw: &str, me: &str) -> Result<(String, Value)> {
    let id = if raw == "me" { me.to_string() } else { ids::check(raw, Resource::Organisation)? };
    if id == me {
        let org = ctx.get("/organisation").await?;
        return Ok((id, org.get("name").cloned().unwrap_or(Value::Null)));
    }
    let list = all_orgs(ctx, crate::resource::list_path("beneficiary")).await?;
    match list.into_iter().find(|o| o.get("id").and_then(Value::as_str) == Some(&id)) {
        Some(o) => Ok((id, o.get("name").cloned().unwrap_or(Value::Null))),
        None => Err(Error::usage(format!(
            "{id} is not one of your beneficiaries; see `isoreg beneficiary list`, add one with `isoreg beneficiary add`, or use --beneficiary me."
        ))),
    }
}

/// Retirement purposes (the API's enum).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum Purpose {
    CorporateTargets,
    PublicEnvironmentalClaims,
    Insetting,
    RegulatoryRequirement,
    Other,
}

impl Purpose {
    /// The API's name of the purpose.
    pub fn api_name(self) -> &'static str {
        match self {
            Purpose::CorporateTargets => "corporate_targets",
            Purpose::PublicEnvironmentalClaims => "public_environmental_claims",
            Purpose::Insetting => "insetting",
            Purpose::RegulatoryRequirement => "regulatory_requirement",
            Purpose::Other => "other",
        }
    }
}

/// Arguments of `retire`.
#[derive(Debug, Args)]
pub struct RetireArgs {
    /// How much to retire: 100, 100t, 125.632 (tonnes) or 125632kg.
    #[arg(value_name = "QTY")]
    pub qty: String,
    /// The supplier the credits come from (one supplier per retirement).
    #[arg(long, value_name = "ID", value_parser = Id::of(Resource::Supplier).map(String::from))]
    pub supplier: String,
    /// The organisation the credits are retired for: an ID from `beneficiary list`, or `me`.
    #[arg(long, value_name = "ORG|me", value_parser = Id::or_me(Resource::Organisation).map(String::from))]
    pub beneficiary: String,
    /// Why (repeat or comma-separate).
    #[arg(long, value_enum, value_delimiter = ',', required = true)]
    pub purpose: Vec<Purpose>,
    /// A note shown publicly with the retirement (at most 256 characters).
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Let the registry pick its oldest credits (POST /retirements/from_oldest_credits).
    #[arg(long, conflicts_with = "batch")]
    pub from_oldest: bool,
    /// With --from-oldest: only credits issued in this year.
    #[arg(long, value_name = "YEAR", requires = "from_oldest", value_parser = clap::value_parser!(i64).range(1900..=2100))]
    pub vintage: Option<i64>,
    /// With --from-oldest: only credits delivered under this order.
    #[arg(long, value_name = "ID", requires = "from_oldest", value_parser = Id::of(Resource::Order).map(String::from))]
    pub order: Option<String>,
    /// Retire from this batch (ID, or ID=QTY for part of it); repeat. Without --batch or
    /// --from-oldest, isoreg picks the oldest batches itself.
    #[arg(long, value_name = "ID[=QTY]")]
    pub batch: Vec<String>,
    #[command(flatten)]
    pub write: WriteFlags,
}

/// The one description of a retirement.
pub const VERB: WriteVerb = WriteVerb {
    name: "retirement",
    lands_in: Some(Resource::Retirement),
    shown_as: &crate::commands::retirement::PLAN,
    listing: |req| {
        Ok((Resource::Retirement.path(), vec![("owner_org_id".into(), req_str(req, "owner_organisation_id"))]))
    },
    differences,
};

/// Owner, beneficiary, note and purposes (in any order) as asked.
fn differences(req: &Value, tx: &Value, out: &mut Vec<String>) {
    same(out, "the owner", tx.pointer("/owner/id"), req.get("owner_organisation_id"));
    same(out, "the beneficiary", tx.pointer("/beneficiary/id"), req.get("beneficiary_organisation_id"));
    same(out, "the note", tx.get("notes"), req.get("notes"));
    let set = |v: Option<&Value>| -> Option<Vec<String>> {
        let mut p: Vec<String> = v?.as_array()?.iter().filter_map(|x| x.as_str().map(str::to_string)).collect();
        p.sort();
        Some(p)
    };
    if set(tx.get("purposes")) != set(req.get("retirement_purposes")) {
        out.push(format!(
            "the purposes are {}, not {}",
            tx.get("purposes").unwrap_or(&Value::Null),
            req.get("retirement_purposes").unwrap_or(&Value::Null)
        ));
    }
}
