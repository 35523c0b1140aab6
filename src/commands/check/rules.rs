//! Evaluating one rule of a policy into an [`Outcome`]: what was found, what
//! was expected, one line of advice and the details (rows) behind a failure.
//! Network rules read through the run's [`Fetcher`] (each request once per
//! run); `changes` and `sql` read the local copy. A rule that cannot be
//! evaluated (no local copy, a 404, a refused token) fails with that sentence;
//! it never passes silently.

use super::fetch::Fetcher;
use super::local;
use super::policy::{Check, Rule};
use crate::commands::{auth, balance, reconcile};
use crate::config::Settings;
use crate::error::{Error, Kind, Result};
use crate::ids::Resource;
use crate::model::{self, Batch, OrgBalance, Qty};
use crate::quantity::tonnes_grouped;
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

mod order;
use order::{date_of, order_rule};
pub use order::{pct_text, reaches};

/// Rows kept as a failure's details (a query may return more; they are counted).
pub const MAX_DETAILS: usize = 1000;

/// What a rule needs from the run.
pub struct Env<'a> {
    pub fetch: &'a Fetcher,
    pub settings: &'a Settings,
    /// The local copy's file (or why there is none).
    pub db: Result<PathBuf>,
    pub now: DateTime<Utc>,
}

/// The result of one rule.
#[derive(Debug)]
pub struct Outcome {
    pub ok: bool,
    pub found: String,
    pub expected: String,
    /// One line of advice when the rule failed (empty when it held).
    pub advice: String,
    pub details: Vec<Value>,
    /// Why the rule could not be evaluated, when it could not.
    pub error: Option<Error>,
}

/// What a check found.
struct Finding {
    ok: bool,
    found: String,
    advice: String,
    details: Vec<Value>,
}

impl Finding {
    fn new(ok: bool, found: String, advice: impl Into<String>) -> Finding {
        Finding { ok, found, advice: advice.into(), details: Vec::new() }
    }
}

/// Evaluates one rule; never fails (a failure to evaluate is a failed outcome).
pub async fn evaluate(rule: &Rule, env: &Env<'_>) -> Outcome {
    let expected = expected(&rule.check);
    match run(&rule.check, env).await {
        Ok(f) => {
            let advice = if f.ok { String::new() } else { crate::sanitize::sanitize(&f.advice) };
            // Server text (ids, timestamps) in a sentence is made safe once, for every output.
            let found = crate::sanitize::sanitize(&f.found);
            Outcome { ok: f.ok, found, expected, advice, details: f.details, error: None }
        }
        Err(e) => Outcome {
            ok: false,
            found: format!("could not be checked: {}", e.printable()),
            expected,
            advice: error_advice(check_is_local(&rule.check), &e).into(),
            details: Vec::new(),
            error: Some(e),
        },
    }
}

async fn run(check: &Check, env: &Env<'_>) -> Result<Finding> {
    match check {
        Check::Balance { org, scope, limits } => balance_rule(env, org.as_deref(), scope.as_ref(), limits).await,
        Check::Reconcile => reconcile_rule(env).await,
        Check::Token { min_days } => token_rule(env, *min_days),
        Check::Order { id, min_pct, by } => order_rule(env, id.as_deref(), *min_pct, *by).await,
        Check::Retirements { since, until, note } => retirements_rule(env, *since, *until, *note).await,
        Check::Changes { none_of } => {
            let (path, none_of) = (env.db.clone()?, none_of.clone());
            off_runtime(move || changes_rule(&path, none_of.as_deref())).await
        }
        Check::Sql { query } => {
            let (path, query) = (env.db.clone()?, query.clone());
            off_runtime(move || sql_rule(&path, &query)).await
        }
    }
}

/// Runs a rule that reads the local copy on a blocking thread, so the network
/// rules go on meanwhile.
async fn off_runtime(f: impl FnOnce() -> Result<Finding> + Send + 'static) -> Result<Finding> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| Error::local(format!("A rule over the local copy stopped: {e}.")))?
}

/// What the rule expects, in words (known before any data is read).
pub fn expected(check: &Check) -> String {
    match check {
        Check::Balance { limits, .. } => limits
            .iter()
            .map(|l| {
                let what = if l.retired { "retired" } else { "active" };
                let bound = if l.min { "at least" } else { "at most" };
                format!("{what} credits {bound} {} t", tonnes_grouped(l.kgs.get()))
            })
            .collect::<Vec<_>>()
            .join("; "),
        Check::Reconcile => {
            "the credit balance equals the sum of the credit batches (organisation, each project and supplier)".into()
        }
        Check::Token { min_days } => format!("at least {min_days} days left on the access token"),
        Check::Order { id, min_pct, by } => {
            let which = id.as_ref().map_or("every open order".to_string(), |i| format!("order {i}"));
            let by = by.map(|d| format!(" by {d}")).unwrap_or_default();
            format!("{which} at least {min_pct} % delivered{by}")
        }
        Check::Retirements { since, until, note } => {
            let what = if *note { "a purpose and a note" } else { "a purpose" };
            format!("every retirement of the organisation{} has {what}", period(*since, *until))
        }
        Check::Changes { none_of: None } => "no change since the previous snapshot".into(),
        Check::Changes { none_of: Some(kinds) } => {
            let names: Vec<String> =
                kinds.iter().map(|(k, c)| c.as_ref().map_or(k.clone(), |c| format!("{k}.{c}"))).collect();
            format!("no {} change since the previous snapshot", names.join(" or "))
        }
        Check::Sql { .. } => "no rows".into(),
    }
}

/// " from A to B", " from A", " to B" or "".
fn period(since: Option<NaiveDate>, until: Option<NaiveDate>) -> String {
    let mut s = String::new();
    if let Some(a) = since {
        s.push_str(&format!(" from {a}"));
    }
    if let Some(b) = until {
        s.push_str(&format!(" to {b}"));
    }
    s
}

/// Whether the rule reads the local copy rather than the API.
fn check_is_local(check: &Check) -> bool {
    matches!(check, Check::Changes { .. } | Check::Sql { .. })
}

/// One line of advice for a rule that could not be evaluated.
fn error_advice(local: bool, e: &Error) -> &'static str {
    match e.kind {
        Kind::NotFound | Kind::Local if local => {
            "Run `isoreg sync --db FILE` before the check (twice, for changes), and give the same --db FILE to check."
        }
        Kind::Auth | Kind::Config => "Check the credentials of the profile in use (`isoreg auth status`).",
        Kind::Network => "The registry could not be reached; re-run the check, or raise --timeout or --retries.",
        Kind::NotFound => "Check the ids and files the rule names (ids must be visible to these credentials).",
        Kind::Local => "Something on this machine failed; see the sentence above.",
        Kind::BadAnswer => "The server's answer breaks the API's rules; report it to the registry.",
        _ => "Fix the rule in the policy file.",
    }
}

/// The organisation of the rule: the one it names, or the token's.
async fn org_of(env: &Env<'_>, org: Option<&str>) -> Result<String> {
    if let Some(o) = org {
        return Ok(o.to_string());
    }
    let me = env.fetch.get("/organisation").await?;
    me.get("id")
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| Error::bad_answer("The answer to GET /organisation has no `id`."))
}

async fn org_balance(env: &Env<'_>, org: &str) -> Result<OrgBalance> {
    let raw = env.fetch.get(&crate::ids::balance_path(org)?).await?;
    model::read(&raw, "credit balance")
}

async fn balance_rule(
    env: &Env<'_>,
    org: Option<&str>,
    scope: Option<&(Resource, String)>,
    limits: &[balance::Threshold],
) -> Result<Finding> {
    let org_id = org_of(env, org).await?;
    let bal = org_balance(env, &org_id).await?;
    let (total, mut label) = balance::scoped_total(&bal, scope);
    if org.is_some() && scope.is_none() {
        label = format!("organisation {org_id}");
    }
    let judged: Vec<balance::Judged> = limits.iter().map(|l| l.judge(&total, &label)).collect();
    let mut found: Vec<String> = Vec::new();
    for j in &judged {
        let line = format!("{}: {}", j.subject, j.found);
        if !found.contains(&line) {
            found.push(line);
        }
    }
    let broken = limits.iter().zip(&judged).find(|(_, j)| !j.ok).map(|(l, _)| l);
    let advice = match broken {
        Some(l) if l.min && !l.retired => "Acquire credits, or lower min_active if the floor is no longer needed.",
        Some(l) if !l.min && l.retired => {
            "More credits were retired than the cap allows: review `isoreg retirement list`."
        }
        Some(l) if l.min => "Fewer credits were retired than required: plan the retirements the target needs.",
        _ => "More active credits are held than the cap allows: retire, transfer, or raise max_active.",
    };
    Ok(Finding::new(judged.iter().all(|j| j.ok), found.join("; "), advice))
}

async fn reconcile_rule(env: &Env<'_>) -> Result<Finding> {
    let org = org_of(env, None).await?;
    let bal = org_balance(env, &org).await?;
    let path = crate::resource::Resource::Organisation.below(&org, crate::resource::Resource::CreditBatch)?;
    let q = [("status", "active"), ("status", "retired"), ("sort_field", "issued_at"), ("sort_direction", "asc")];
    let org_for_sums = org.clone();
    let sums = env
        .fetch
        .fold(&path, &q, "reconcile sums", reconcile::Totals::new(), move |acc, nodes| {
            for v in &nodes {
                reconcile::add(acc, model::read::<Batch>(v, "credit batch")?, &org_for_sums)?;
            }
            Ok(())
        })
        .await?;
    let rows = reconcile::compare(&org, &bal, &sums);
    let bad: Vec<Value> = rows.iter().filter(|r| r["ok"] != true).cloned().collect();
    if bad.is_empty() {
        return Ok(Finding::new(true, format!("all {} totals agree", rows.len()), ""));
    }
    let first: Vec<String> = bad.iter().take(3).map(difference).collect();
    let more = if bad.len() > 3 { format!("; and {} more", bad.len() - 3) } else { String::new() };
    let found = format!("{} of {} totals differ: {}{more}", bad.len(), rows.len(), first.join("; "));
    let mut f = Finding::new(
        false,
        found,
        "Run `isoreg reconcile` for every total, and report the difference to the registry.",
    );
    f.details = bad;
    Ok(f)
}

/// "total org_… active: balance 1.000 t, batches 1.001 t".
fn difference(r: &Value) -> String {
    let t = |k: &str| model::read::<Qty>(&r[k], k).map_or_else(|_| "?".into(), |q| tonnes_grouped(q.credit_kgs.get()));
    let s = |k: &str| r[k].as_str().unwrap_or_default().to_string();
    format!("{} {} {}: balance {} t, batches {} t", s("scope"), s("id"), s("status"), t("balance"), t("batches"))
}

fn token_rule(env: &Env<'_>, min_days: i64) -> Result<Finding> {
    let fix = auth::token_fix(env.settings);
    let Some(token) = env.settings.access_token.as_ref() else {
        return Ok(Finding::new(false, "no access token is set".into(), fix));
    };
    let Some(exp) = crate::secret::jwt_expiry(token) else {
        let found = "the access token is not a JWT with an `exp` claim, so its expiry is unknown".into();
        return Ok(Finding::new(false, found, fix));
    };
    let now = env.now.timestamp();
    if exp <= now {
        return Ok(Finding::new(false, format!("the access token expired on {}", auth::date(exp)), fix));
    }
    let days = (exp - now) / 86_400;
    let found = format!("the access token expires on {} ({days} days left)", auth::date(exp));
    Ok(Finding::new(days >= min_days, found, fix))
}

async fn retirements_rule(
    env: &Env<'_>,
    since: Option<NaiveDate>,
    until: Option<NaiveDate>,
    note: bool,
) -> Result<Finding> {
    let org = org_of(env, None).await?;
    let list = env.fetch.all(&crate::resource::Resource::Retirement.path(), &[("owner_org_id", org.as_str())]).await?;
    let (mut seen, mut bad) = (0usize, Vec::new());
    for r in list.iter() {
        let at = r.get("retired_at").and_then(Value::as_str).unwrap_or_default();
        let day = date_of(at, "retired_at")?;
        if since.is_some_and(|s| day < s) || until.is_some_and(|u| day > u) {
            continue;
        }
        seen += 1;
        let missing = missing_parts(r, note);
        if !missing.is_empty() {
            bad.push(json!({"id": r.get("id").cloned().unwrap_or(Value::Null), "retired_at": at, "missing": missing}));
        }
    }
    let span = period(since, until);
    if bad.is_empty() {
        let what = if note { "a purpose and a note" } else { "a purpose" };
        return Ok(Finding::new(true, format!("all {seen} retirements{span} have {what}"), ""));
    }
    let what = if note { "a purpose or a note" } else { "a purpose" };
    let ids: Vec<String> =
        bad.iter().take(5).map(|b| crate::sanitize::printable(b["id"].as_str().unwrap_or_default())).collect();
    let more = if bad.len() > 5 { format!(" and {} more", bad.len() - 5) } else { String::new() };
    let found = format!("{} of {seen} retirements{span} lack {what}: {}{more}", bad.len(), ids.join(", "));
    let mut f = Finding::new(
        false,
        found,
        "Record why each retirement was made; purposes and notes are public on its certificate.",
    );
    f.details = bad;
    Ok(f)
}

/// "purpose" and/or "note", for what a retirement lacks.
pub fn missing_parts(r: &Value, note: bool) -> Vec<&'static str> {
    let mut out = Vec::new();
    if r.get("purposes").and_then(Value::as_array).is_none_or(Vec::is_empty) {
        out.push("purpose");
    }
    if note && r.get("notes").and_then(Value::as_str).is_none_or(|n| n.trim().is_empty()) {
        out.push("note");
    }
    out
}

fn changes_rule(path: &Path, none_of: Option<&[(String, Option<String>)]>) -> Result<Finding> {
    let (from, to, rows) = local::last_changes(path)?;
    let counted: Vec<Value> = rows
        .into_iter()
        .filter(|r| {
            none_of.is_none_or(|kinds| {
                kinds
                    .iter()
                    .any(|(k, c)| r["kind"] == k.as_str() && c.as_ref().is_none_or(|c| r["change"] == c.as_str()))
            })
        })
        .collect();
    let between = format!("snapshot {} ({}) and snapshot {} ({})", from.id, from.taken_at, to.id, to.taken_at);
    if counted.is_empty() {
        return Ok(Finding::new(true, format!("no such change between {between}"), ""));
    }
    let shown: Vec<String> = counted.iter().take(3).map(change_line).collect();
    let more = if counted.len() > 3 { format!("; and {} more", counted.len() - 3) } else { String::new() };
    let found = format!("{} changes between {between}: {}{more}", counted.len(), shown.join("; "));
    let advice = format!("Run `isoreg diff --db {}` to see every change.", path.display());
    let mut f = Finding::new(false, found, advice);
    f.details = counted.into_iter().take(MAX_DETAILS).collect();
    Ok(f)
}

/// "batch ctb_… owner: A → B".
fn change_line(r: &Value) -> String {
    let s = |k: &str| match &r[k] {
        Value::String(s) => crate::sanitize::printable(s),
        Value::Null => "∅".into(),
        v => v.to_string(),
    };
    format!("{} {} {}: {} → {}", s("kind"), s("id"), s("change"), s("before"), s("after"))
}

fn sql_rule(path: &Path, query: &str) -> Result<Finding> {
    let (n, rows) = local::query(path, query, MAX_DETAILS)?;
    if n == 0 {
        return Ok(Finding::new(true, "no rows".into(), ""));
    }
    let first: Vec<String> = rows.iter().take(3).map(Value::to_string).collect();
    let more = if n > 3 { format!(", and {} more", n - 3) } else { String::new() };
    let found = format!("{n} row{}: {}{more}", if n == 1 { "" } else { "s" }, first.join(", "));
    let advice = format!("Run the query with `isoreg sql --db {}` to see every row.", path.display());
    let mut f = Finding::new(false, found, advice);
    f.details = rows;
    Ok(f)
}

#[cfg(test)]
mod tests;
