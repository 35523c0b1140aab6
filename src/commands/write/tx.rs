//! The write commands: `retire`, `transfer QTY --to`, `deliver` and `beneficiary add`.
//!
//! Each checks its input, fetches what the plan needs (the caller's active batches from the
//! supplier, the beneficiaries or transferees, the order), checks every rule it can, and hands
//! a [`Prepared`] write to [`write::finish`]. Batches are chosen by `allocate.rs`.

use super::allocate::{self, Part};
use crate::cli::options::Id;
use crate::cli::options::WriteFlags;
use crate::commands::ctx::Ctx;
use crate::commands::transfer::TransferSend;
use crate::commands::write::journal::TxKind;
use crate::commands::write::{self, Prepared};
use crate::error::{Error, Kind, Result};
use crate::ids::{self, Resource};
use crate::quantity;
use clap::builder::TypedValueParser;
use clap::{Args, ValueEnum};
use serde_json::{Value, json};

fn note(raw: &Option<String>) -> Result<Value> {
    match raw {
        None => Ok(Value::Null),
        Some(n) if n.chars().count() > 256 => {
            Err(Error::usage(format!("--note has {} characters; the registry takes at most 256.", n.chars().count())))
        }
        Some(n) => Ok(json!(n)),
    }
}

fn positive(raw: &str) -> Result<i64> {
    let kgs = quantity::parse_i64(raw)?;
    if kgs <= 0 {
        return Err(Error::usage("The quantity must be more than 0."));
    }
    Ok(kgs)
}

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
    let filter = allocate::BatchFilter { vintage: a.vintage, order: order.clone() };
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
        "/retirements/from_oldest_credits"
    } else {
        body["credit_batch_quantities"] = allocate::quantities(&parts);
        "/retirements"
    };
    let who = json!({"id": ben_id, "name": ben_name});
    let head = format!(
        "retire {} t ({} kg) from supplier {supplier} for {}",
        quantity::tonnes(i128::from(kgs)),
        quantity::group(&kgs.to_string()),
        describe(&who)
    );
    let extra = json!({"beneficiary": who, "purposes": purposes, "chosen_by": if a.from_oldest { "registry (oldest credits first; predicted)" } else { "isoreg" }});
    let p = prepared(TxKind::Retirement, path, body, &head, kgs, &parts, extra, &go.key);
    write::finish(ctx, &a.write, go, p).await
}

/// `transfer QTY --to ORG --supplier S [--note] [--batch…]`.
pub async fn transfer(a: TransferSend, ctx: &mut Ctx) -> Result<()> {
    let (Some(qty), Some(to), Some(supplier)) = (&a.qty, &a.to, &a.supplier) else {
        return Err(Error::usage("transfer needs QTY, --to and --supplier (or a verb: list, get, batches)."));
    };
    let kgs = positive(qty)?;
    let to = ids::check(to, Resource::Organisation)?;
    let supplier = ids::check(supplier, Resource::Supplier)?;
    let notes = note(&a.note)?;
    let specs = allocate::parse_specs(&a.batch)?;
    let fingerprint = format!("transfer {kgs}kg to={to} supplier={supplier} note={notes} batches={:?}", a.batch);
    let Some(go) = write::begin(ctx, &a.write, TxKind::Transfer, fingerprint).await? else { return Ok(()) };
    let me = go.me.clone();
    let transferees = all_orgs(ctx, "/transferees").await?;
    let Some(to_org) = transferees.into_iter().find(|o| o.get("id").and_then(Value::as_str) == Some(&to)) else {
        return Err(Error::usage(format!("{to} is not one of your transferees; see `isoreg transferee list`.")));
    };
    let pool = allocate::active_batches(ctx, &me, &supplier, &allocate::BatchFilter::default()).await?;
    let parts = allocate::choose(&pool, &specs, kgs, &supplier)?;
    let body = json!({
        "from_organisation_id": me,
        "to_organisation_id": to,
        "supplier_id": supplier,
        "notes": notes,
        "credit_batch_quantities": allocate::quantities(&parts),
    });
    let who = json!({"id": to, "name": to_org.get("name")});
    let head = format!(
        "transfer {} t ({} kg) from supplier {supplier} to {}",
        quantity::tonnes(i128::from(kgs)),
        quantity::group(&kgs.to_string()),
        describe(&who)
    );
    let p = prepared(TxKind::Transfer, "/transfers", body, &head, kgs, &parts, json!({"to": who}), &go.key);
    write::finish(ctx, &a.write, go, p).await
}

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
    let ord = ctx.get(&format!("/orders/{order}")).await?;
    if ord.pointer("/supplier/id").and_then(Value::as_str) != Some(&supplier) {
        return Err(Error::usage(format!("Order {order} is not one of your supplier's orders ({supplier}).")));
    }
    let open = allocate::kgs_at(&ord, "/credits_ordered/credit_kgs")?
        .saturating_sub(allocate::kgs_at(&ord, "/credits_delivered/credit_kgs")?);
    let pool = allocate::active_batches(ctx, &me, &supplier, &allocate::BatchFilter::default()).await?;
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
    let head = format!(
        "deliver {} t ({} kg) against order {order} to {}",
        quantity::tonnes(i128::from(kgs)),
        quantity::group(&kgs.to_string()),
        describe(&buyer)
    );
    let p = prepared(
        TxKind::Delivery,
        "/deliveries",
        body,
        &head,
        kgs,
        &parts,
        json!({"order_id": order, "to": buyer}),
        &go.key,
    );
    write::finish(ctx, &a.write, go, p).await
}

/// `beneficiary add --name N (--domain D | --email E)`.
pub async fn beneficiary_add(
    name: String,
    domain: Option<String>,
    email: Option<String>,
    flags: WriteFlags,
    ctx: &mut Ctx,
) -> Result<()> {
    if name.trim().is_empty() || name.chars().count() > 256 {
        return Err(Error::usage("--name must have 1 to 256 characters."));
    }
    let body = match (&domain, &email) {
        (Some(d), _) if !d.is_empty() && d.len() <= 256 && !d.contains(char::is_whitespace) => {
            json!({"__typename": "CreateOrganizationBeneficiary", "beneficiary_name": name, "beneficiary_domain": d})
        }
        (None, Some(e)) if looks_like_email(e) => {
            json!({"__typename": "CreateIndividualBeneficiary", "beneficiary_name": name, "beneficiary_email": e})
        }
        _ => {
            return Err(Error::usage(
                "Give --domain like acme.com for an organisation, or --email like jo@example.com for a person.",
            ));
        }
    };
    let fingerprint = format!("beneficiary add {body}");
    let Some(go) = write::begin(ctx, &flags, TxKind::Beneficiary, fingerprint).await? else { return Ok(()) };
    let text = format!(
        "Plan: add the beneficiary \"{}\" ({}). The name is public: it appears on retirement certificates.\n  POST /beneficiary",
        crate::render::text::sanitize(&name),
        domain
            .as_deref()
            .map_or("an individual; the email is not shown".to_string(), |d| format!("domain {d}, not shown"))
    );
    let plan =
        json!({"action": "beneficiary", "request_key": go.key, "endpoint": "POST /beneficiary", "request": body});
    let question = format!("Add the beneficiary \"{}\"?", crate::render::text::sanitize(&name));
    let p = Prepared { kind: TxKind::Beneficiary, path: "/beneficiary", body, plan, text, question };
    write::finish(ctx, &flags, go, p).await
}

/// The plan of a batch movement, as JSON and as text.
#[allow(clippy::too_many_arguments)]
fn prepared(
    kind: TxKind,
    path: &'static str,
    body: Value,
    head: &str,
    kgs: i64,
    parts: &[Part],
    extra: Value,
    key: &str,
) -> Prepared {
    let mut plan = json!({
        "action": kind.name(),
        "quantity": allocate::qty(kgs),
        "supplier_id": body.get("supplier_id"),
        "notes": body.get("notes"),
        "notes_are_public": true,
        "batches": allocate::rows(parts),
        "totals": allocate::totals(parts),
        "splits": parts.iter().filter(|p| p.splits()).count(),
        "request_key": key,
        "endpoint": format!("POST {path}"),
        "request": body,
    });
    if let (Some(p), Some(e)) = (plan.as_object_mut(), extra.as_object()) {
        p.extend(e.clone());
    }
    let text = allocate::text(head, &plan, parts);
    let question = format!("{}{}?", head[..1].to_uppercase(), &head[1..]);
    Prepared { kind, path, body: plan["request"].clone(), plan, text, question }
}

/// `user@host.tld`: one `@`, something before it, a host with an inner dot, no spaces.
fn looks_like_email(s: &str) -> bool {
    let Some((user, host)) = s.split_once('@') else { return false };
    !user.is_empty()
        && !host.contains('@')
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !host.contains("..")
        && !s.contains(char::is_whitespace)
}

fn describe(org: &Value) -> String {
    let id = str_at(org, "id").unwrap_or_default();
    match org.get("name").and_then(Value::as_str) {
        Some(n) => format!("{} ({id})", crate::render::text::sanitize(n)),
        None => id,
    }
}

fn str_at(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
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
    let list = all_orgs(ctx, "/beneficiaries").await?;
    match list.into_iter().find(|o| o.get("id").and_then(Value::as_str) == Some(&id)) {
        Some(o) => Ok((id, o.get("name").cloned().unwrap_or(Value::Null))),
        None => Err(Error::usage(format!(
            "{id} is not one of your beneficiaries; see `isoreg beneficiary list`, add one with `isoreg beneficiary add`, or use --beneficiary me."
        ))),
    }
}

/// Every organisation of a small list endpoint (`/beneficiaries`, `/transferees`).
async fn all_orgs(ctx: &Ctx, path: &str) -> Result<Vec<Value>> {
    let client = ctx.client()?;
    let mut pager = crate::client::Pages::new(&client, path.to_string(), vec![], 50, None, None);
    let mut out = Vec::new();
    while let Some(page) = pager.next_page().await? {
        out.extend(page.nodes);
    }
    Ok(out)
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
