//! `beneficiary add`: adding an organisation or a person as a beneficiary, and the one
//! description of that write.

use super::verb::{TxKind, WriteVerb, same};
use crate::cli::options::WriteFlags;
use crate::commands::ctx::Ctx;
use crate::commands::write::{self, Prepared};
use crate::error::{Error, Result};
use serde_json::{Value, json};

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
    let p = Prepared { kind: TxKind::Beneficiary, path: "/beneficiary".into(), body, plan, text, question };
    write::finish(ctx, &flags, go, p).await
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

/// The one description of adding a beneficiary.
pub const VERB: WriteVerb = WriteVerb {
    name: "beneficiary",
    lands_in: None,
    shown_as: &crate::render::RAW,
    listing: |_| Ok((crate::resource::list_path("beneficiary").into(), vec![])),
    differences,
};

/// The name as asked; an organisation's domain (case-insensitively), or no domain for a person.
fn differences(req: &Value, tx: &Value, out: &mut Vec<String>) {
    same(out, "the name", tx.get("name"), req.get("beneficiary_name"));
    let got = tx.get("domain").and_then(Value::as_str);
    match req.get("beneficiary_domain").and_then(Value::as_str) {
        Some(want) if !got.is_some_and(|g| g.trim().eq_ignore_ascii_case(want.trim())) => {
            out.push(format!("the domain is {}, not {want}", got.unwrap_or("none")))
        }
        None if got.is_some() => out.push("it has a domain, not an individual's e-mail".to_string()),
        _ => {}
    }
}
