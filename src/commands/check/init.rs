//! `check --init`: writes a commented starter policy from the organisation's
//! current state (its balance figures as thresholds, its open orders), so a
//! team starts from its own numbers. It never replaces a file without
//! `--force`, and what it writes is checked by the policy reader first.

use super::policy;
use super::rules::pct_text;
use crate::commands::ctx::Ctx;
use crate::error::{Error, Result};
use crate::ids;
use crate::model::{self, OrgBalance};
use crate::quantity::tonnes;
use crate::sanitize::sanitize;
use chrono::{Datelike, Days, NaiveDate};
use serde_json::Value;
use std::path::Path;

/// Projects given a (commented) rule of their own, at most.
const MAX_PROJECTS: usize = 5;

pub async fn run(path: &Path, force: bool, ctx: &mut Ctx) -> Result<()> {
    if path.exists() && !force {
        return Err(Error::usage(format!(
            "{} already exists; add --force to replace it, or give another file with --policy.",
            path.display()
        )));
    }
    let client = ctx.client()?;
    let me = client.get("/organisation", &[]).await?;
    let org = me.get("id").and_then(Value::as_str).map(str::to_string);
    let org = org.ok_or_else(|| Error::bad_answer("The answer to GET /organisation has no `id`."))?;
    let raw = client.get(&crate::ids::balance_path(&org)?, &[]).await?;
    let bal: OrgBalance = model::read(&raw, "credit balance")?;
    let mut pager = crate::client::Pages::new(
        &client,
        crate::resource::Resource::Organisation.below(&org, crate::resource::Resource::Order)?,
        vec![],
        50,
        None,
        None,
    );
    let mut open = Vec::new();
    while let Some(page) = pager.next_page().await? {
        open.extend(page.nodes.into_iter().filter(|o| o.get("status").and_then(Value::as_str) != Some("completed")));
    }
    let today = chrono::Utc::now().date_naive();
    let text = starter(&me, &org, &bal, &open, today);
    policy::parse(path, &text).map_err(|e| {
        Error::bad_answer(format!("The starter policy made from the server's figures is not valid: {e}"))
    })?;
    write(path, &text, force)?;
    ctx.note(&format!(
        "Wrote {}; edit the thresholds, then run `isoreg check --policy {}`.",
        path.display(),
        path.display()
    ));
    Ok(())
}

/// Writes the file: created new (refusing an existing one) unless `force`.
fn write(path: &Path, text: &str, force: bool) -> Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true);
    if force {
        opts.create(true).truncate(true);
    } else {
        opts.create_new(true);
    }
    let mut f = opts.open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => {
            Error::usage(format!("{} already exists; add --force to replace it.", path.display()))
        }
        _ => Error::local(format!("Cannot write {}: {e}.", path.display())),
    })?;
    f.write_all(text.as_bytes()).map_err(|e| Error::local(format!("Cannot write {}: {e}.", path.display())))
}

/// Server text fit for a TOML comment (where it only ever goes): one line, no controls.
fn clean(s: &str) -> String {
    sanitize(s)
}

/// The starter policy's text.
fn starter(me: &Value, org: &str, bal: &OrgBalance, open: &[Value], today: NaiveDate) -> String {
    let name = clean(me.get("name").and_then(Value::as_str).unwrap_or("your organisation"));
    let active = bal.total.active_credits_total.credit_kgs.get();
    let retired = bal.total.retired_credits_total.credit_kgs.get();
    let mut s = format!(
        "# isoreg policy for {name} ({org}), written by `isoreg check --init` on {today}\n\
         # from the registry's figures of that day. `isoreg check` evaluates every rule;\n\
         # severity = \"error\" (the default) fails the run, \"warning\" only reports.\n\
         # Quantities: 100 or \"100t\" (tonnes), \"125.632\" (tonnes), \"125632kg\".\n\n\
         # Today: {} t active. Set the floor your commitments need.\n\
         [[rule]]\nname = \"active credits above the floor\"\nbalance = {{ min_active = \"{}t\" }}\n\n\
         # Retired credits never go down; today: {} t.\n\
         [[rule]]\nname = \"retired credits never shrink\"\nbalance = {{ min_retired = \"{}t\" }}\n",
        tonnes(active),
        tonnes(active),
        tonnes(retired),
        tonnes(retired)
    );
    s.push_str(&projects(bal));
    s.push_str(
        "\n# The balance equals the sum of the credit batches (as `isoreg reconcile`).\n\
         [[rule]]\nname = \"books agree\"\nreconcile = true\n\n\
         [[rule]]\nname = \"token fresh\"\ntoken = { min_days = 30 }\n",
    );
    s.push_str(&orders(open, today));
    s.push_str(&format!(
        "\n[[rule]]\nname = \"every retirement says why\"\nretirements = {{ since = \"{}-01-01\" }}\n\n\
         [[rule]]\nname = \"every retirement has a note\"\nretirements = {{ note = true }}\nseverity = \"warning\"\n",
        today.year()
    ));
    s.push_str(LOCAL_RULES);
    s
}

/// Commented rules for the largest projects, with today's figures.
fn projects(bal: &OrgBalance) -> String {
    let mut list: Vec<_> = bal.project_balances.iter().collect();
    list.sort_by_key(|p| std::cmp::Reverse(p.total.retired_credits_total.credit_kgs));
    let mut s = String::new();
    for p in list.into_iter().take(MAX_PROJECTS) {
        if ids::check(&p.id, ids::Resource::Project).is_err() {
            continue;
        }
        let (a, r) = (p.total.active_credits_total.credit_kgs.get(), p.total.retired_credits_total.credit_kgs.get());
        s.push_str(&format!(
            "\n# Project {}: today {} t active, {} t retired. A cap on its retirements:\n\
             # [[rule]]\n# name = \"retired cap {}\"\n# balance = {{ project = \"{}\", max_retired = \"{}t\" }}\n",
            p.id,
            tonnes(a),
            tonnes(r),
            p.id,
            p.id,
            tonnes(r)
        ));
    }
    s
}

/// One rule per open order: fully delivered within 90 days (a warning).
fn orders(open: &[Value], today: NaiveDate) -> String {
    let by = today.checked_add_days(Days::new(90)).unwrap_or(today);
    let mut s = String::new();
    for o in open {
        let id = o.get("id").and_then(Value::as_str).unwrap_or_default();
        if ids::check(id, ids::Resource::Order).is_err() {
            continue;
        }
        let kg = |k: &str| o.get(k).and_then(|q| q.get("credit_kgs")).and_then(crate::quantity::integer).unwrap_or(0);
        let date = clean(o.get("effective_contract_date").and_then(Value::as_str).unwrap_or("?"));
        let status = clean(o.get("status").and_then(Value::as_str).unwrap_or("?"));
        s.push_str(&format!(
            "\n# Order {id} ({status}, contract of {date}): {} of {} t delivered today ({} %).\n\
             [[rule]]\nname = \"order {id} delivered\"\norder = {{ id = \"{id}\", min_delivered_pct = 100, by = \"{by}\" }}\nseverity = \"warning\"\n",
            tonnes(kg("credits_delivered")),
            tonnes(kg("credits_ordered")),
            pct_text(kg("credits_delivered"), kg("credits_ordered"))
        ));
    }
    s
}

/// Rules over the local copy, commented: they need `isoreg sync` first.
const LOCAL_RULES: &str = "
# Rules over the local copy (run `isoreg sync --db FILE` before the check, twice for changes):
# [[rule]]
# name = \"no batch changed owner\"
# changes = { none_of = [\"batch.owner\"] }
#
# [[rule]]
# name = \"no retirement without a purpose\"
# sql = \"SELECT id FROM retirements WHERE mine AND purposes = '[]'\"
";
