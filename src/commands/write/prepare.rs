//! What the write verbs share: checking a note and a quantity, the plan of a batch movement
//! (JSON and text), naming an organisation, and reading a small list of organisations.

use super::Prepared;
use super::allocate::{self, Part};
use super::verb::TxKind;
use crate::commands::ctx::Ctx;
use crate::error::{Error, Result};
use crate::quantity;
use serde_json::{Value, json};

pub(super) fn note(raw: &Option<String>) -> Result<Value> {
    match raw {
        None => Ok(Value::Null),
        Some(n) if n.chars().count() > 256 => {
            Err(Error::usage(format!("--note has {} characters; the registry takes at most 256.", n.chars().count())))
        }
        Some(n) => Ok(json!(n)),
    }
}

pub(super) fn positive(raw: &str) -> Result<i64> {
    let kgs = quantity::parse_i64(raw)?;
    if kgs <= 0 {
        return Err(Error::usage("The quantity must be more than 0."));
    }
    Ok(kgs)
}

/// The plan of a batch movement, as JSON and as text.
#[allow(clippy::too_many_arguments)]
pub(super) fn prepared(
    kind: TxKind,
    path: String,
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

/// A plan's amount, in tonnes and exact kilograms: `1.500 t (1,500 kg)`.
pub(super) fn amount(kgs: impl Into<i128>) -> String {
    let kgs: i128 = kgs.into();
    format!("{} t ({} kg)", quantity::tonnes(kgs), quantity::group(&kgs.to_string()))
}

pub(super) fn describe(org: &Value) -> String {
    let id = str_at(org, "id").unwrap_or_default();
    match org.get("name").and_then(Value::as_str) {
        Some(n) => format!("{} ({id})", crate::render::text::sanitize(n)),
        None => id,
    }
}

pub(super) fn str_at(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

/// Every organisation of a small list endpoint (`/beneficiaries`, `/transferees`).
pub(super) async fn all_orgs(ctx: &Ctx, path: &str) -> Result<Vec<Value>> {
    let client = ctx.client()?;
    let mut pager = crate::client::Pages::new(&client, path.to_string(), vec![], 50, None, None);
    let mut out = Vec::new();
    while let Some(page) = pager.next_page().await? {
        out.extend(page.nodes);
    }
    Ok(out)
}
