//! The four movement nouns (delivery, retirement, transfer, refund) share one
//! implementation: `list` with two ID filters, `get ID` and `batches ID`.
//!
//! Each noun's file holds only what differs: its [`Noun`] descriptor (the
//! registry's kind, filters, plan, words), its PLAN, and its clap enum, which
//! turns into a [`Verb`]. A filter given `me` means the caller's organisation
//! (GET /organisation), or for a supplier filter the caller's supplier (GET /supplier).

use super::ctx::{Ctx, id_path};
use crate::cli::options::{Filter, Id, LimitOpts, ListOpts};
use crate::error::{Error, Kind, Result};
use crate::ids::Resource;
use crate::render::Plan;
use serde_json::Value;

/// What one movement noun is to the shared commands.
pub struct Noun {
    /// The kind it lists; the registry gives its collection and plural.
    pub resource: Resource,
    /// The list's filters, in the order the clap enum gives their values.
    pub filters: &'static [Filter],
    /// How the noun is shown.
    pub plan: &'static Plan,
}

/// A parsed movement command.
pub enum Verb {
    /// `list`: one value (or none) per filter of the noun, in order.
    List {
        filters: Vec<Option<Id>>,
        list: ListOpts,
    },
    Get(Id),
    /// `get ID --web`: the record's public page in a browser.
    Web(Id),
    Batches(Id, LimitOpts),
}

/// Runs a movement command for `noun`.
pub async fn run(noun: &Noun, verb: Verb, ctx: &mut Ctx) -> Result<()> {
    match verb {
        Verb::List { filters, list } => self::list(noun, filters, &list, ctx).await,
        Verb::Get(id) => ctx.show(&id_path(noun.resource.kind().collection, &id, ""), noun.plan).await,
        Verb::Web(id) => super::web::open(ctx, noun.resource, &id).await,
        Verb::Batches(id, limit) => batches_of(ctx, noun.resource.kind().collection, &id, &limit).await,
    }
}

async fn list(noun: &Noun, values: Vec<Option<Id>>, opts: &ListOpts, ctx: &mut Ctx) -> Result<()> {
    let mut q = Vec::new();
    for (f, v) in noun.filters.iter().zip(values) {
        if let Some(id) = v {
            q.push((f.key.to_string(), resolve(ctx, f, &id).await?));
        }
    }
    let kind = noun.resource.kind();
    ctx.list(format!("/{}", kind.collection), q, noun.plan, kind.plural, opts).await
}

/// The ID as given, or for `me` the caller's own organisation (or supplier).
async fn resolve(ctx: &Ctx, f: &Filter, id: &Id) -> Result<String> {
    if !id.is_me() {
        return Ok(id.to_string());
    }
    if f.kind != Resource::Supplier {
        return ctx.org_or_current(None).await;
    }
    let not_supplier = || {
        format!(
            "`--{} me` means your own supplier, but the organisation of this token is not a supplier; give a supplier ID (see `isoreg supplier list`).",
            f.flag
        )
    };
    match ctx.get("/supplier").await {
        Ok(v) => match v.get("id").and_then(Value::as_str) {
            Some(s) => Ok(s.to_string()),
            None if v.is_null() => Err(Error::not_found(not_supplier())),
            None => Err(Error::bad_answer("The answer to GET /supplier has no `id`.")),
        },
        Err(e) if e.kind == Kind::NotFound || e.http_status == Some(403) => Err(Error { message: not_supplier(), ..e }),
        Err(e) => Err(e),
    }
}

/// The `total_count` a server sends beside a whole (unpaginated) list must be
/// the number of its rows: a footer or note that disagrees with the rows is a
/// bad answer (exit 6).
fn said_total_matches(v: &Value, rows: u64, path: &str) -> Result<()> {
    match v.get("total_count") {
        None | Some(Value::Null) => Ok(()),
        Some(t) if t.as_u64() == Some(rows) => Ok(()),
        Some(t) => Err(Error::bad_answer(format!(
            "The answer to GET {path} has {rows} credit batches but says `total_count` {}.",
            crate::sanitize::printable(&t.to_string())
        ))),
    }
}

/// `NOUN batches ID`: the credit batches of a delivery, retirement, transfer or refund.
/// These endpoints are not paginated and take no query: one plain GET answers
/// `{nodes, total_count}`; `--limit` cuts what is shown, as for other lists.
pub async fn batches_of(ctx: &mut Ctx, collection: &str, id: &Id, opts: &LimitOpts) -> Result<()> {
    let path = id_path(collection, id, "credit_batches");
    let v = ctx.get(&path).await?;
    let Some(Value::Array(mut nodes)) = v.get("nodes").cloned() else {
        return Err(Error::bad_answer(format!("The answer to GET {path} has no `nodes` list.")));
    };
    let total = nodes.len() as u64;
    said_total_matches(&v, total, &path)?;
    super::ctx::check_all_shown(&nodes, &super::batch::PLAN)?;
    let keep = opts.limit().map_or(nodes.len(), |l| nodes.len().min(usize::try_from(l).unwrap_or(usize::MAX)));
    nodes.truncate(keep);
    super::resolve::ids_and_names(ctx, &nodes).await;
    let mut w = ctx.out.list(&super::batch::PLAN);
    w.page(nodes)?;
    let shown = w.finish()?;
    if shown < total && !opts.all {
        ctx.cut_note(shown, Some(total), "credit batches");
    }
    Ok(())
}
