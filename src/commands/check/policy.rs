//! The policy file of `isoreg check`: TOML read with serde (unknown keys
//! refused), then checked rule by rule into [`Policy`]. Every mistake is a usage
//! error (exit 2) that names the file, line and column (from the `toml` crate's
//! spans): unknown keys, a threshold that is not a quantity, an id of the wrong
//! kind, an SQL statement that would write, a rule with no check or two.
//!
//! ```toml
//! [[rule]]
//! name = "enough active credits"
//! balance = { min_active = "4000t" }   # or project / supplier / order = "ID", org = "ID"
//! severity = "warning"                 # "error" (the default) fails the run
//! ```

use crate::commands::balance;
use crate::error::{Error, Result};
use crate::ids::{self, Resource};
use chrono::NaiveDate;
use serde::Deserialize;
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;
mod spec;
use spec::*;

/// A checked policy.
#[derive(Debug)]
pub struct Policy {
    pub path: PathBuf,
    pub rules: Vec<Rule>,
}

/// One named rule.
#[derive(Debug)]
pub struct Rule {
    pub name: String,
    pub severity: Severity,
    /// The line of the policy file where the rule starts (1-based).
    pub line: usize,
    pub check: Check,
}

/// What a failed rule does to the run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Fails the run (exit 1).
    #[default]
    Error,
    /// Reported only.
    Warning,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// The one check of a rule.
#[derive(Debug)]
pub enum Check {
    /// Thresholds on the balance of the organisation (`org`: another one than
    /// the token's) or of one project, supplier or order of it.
    Balance { org: Option<String>, scope: Option<(Resource, String)>, limits: Vec<balance::Threshold> },
    /// The balance equals the sum of the credit batches.
    Reconcile,
    /// At least `min_days` left on the access token.
    Token { min_days: i64 },
    /// Orders delivered to at least `min_pct` percent (by `by`, when given).
    Order { id: Option<String>, min_pct: u32, by: Option<NaiveDate> },
    /// Retirements (of the organisation, in a period) have a purpose, and a note when `note`.
    Retirements { since: Option<NaiveDate>, until: Option<NaiveDate>, note: bool },
    /// What changed between the last two snapshots of the local copy: nothing, or
    /// nothing of the given (kind, change) pairs (`None`: any change of that kind).
    Changes { none_of: Option<Vec<(String, Option<String>)>> },
    /// A read-only query over the local copy that must return no rows.
    Sql { query: String },
}

impl Check {
    /// The kind of check, as reports group and name it.
    pub fn kind(&self) -> &'static str {
        match self {
            Check::Balance { .. } => "balance",
            Check::Reconcile => "reconcile",
            Check::Token { .. } => "token",
            Check::Order { .. } => "order",
            Check::Retirements { .. } => "retirements",
            Check::Changes { .. } => "changes",
            Check::Sql { .. } => "sql",
        }
    }
}

/// Reads and checks the policy at `path`.
pub fn load(path: &Path) -> Result<Policy> {
    let text = std::fs::read_to_string(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::usage(format!(
            "There is no policy file {}; give one with --policy FILE, or write a starter with `isoreg check --init`.",
            path.display()
        )),
        _ => Error::usage(format!("Cannot read the policy file {}: {e}.", path.display())),
    })?;
    parse(path, &text)
}

/// Checks the policy `text` (read from `path`, which errors name).
pub fn parse(path: &Path, text: &str) -> Result<Policy> {
    let at = |span: Option<Range<usize>>, msg: &str| located(path, text, span, msg);
    let spec: FileSpec = toml::from_str(text).map_err(|e| at(e.span(), e.message()))?;
    if spec.rule.is_empty() {
        return Err(at(None, "the policy has no rules; add [[rule]] tables (`isoreg check --init` writes a starter)"));
    }
    let mut rules: Vec<Rule> = Vec::with_capacity(spec.rule.len());
    for r in spec.rule {
        let span = r.span();
        let rule = rule(r.into_inner(), line_of(text, span.start))
            .map_err(|(s, m)| at(Some(s.unwrap_or(span.clone())), &m))?;
        if rules.iter().any(|x| x.name == rule.name) {
            return Err(at(Some(span), &format!("two rules are named '{}'; give each rule its own name", rule.name)));
        }
        rules.push(rule);
    }
    Ok(Policy { path: path.to_path_buf(), rules })
}

/// A mistake in a rule: where (when more precise than the rule), and what.
type Bad = (Option<Range<usize>>, String);

fn rule(r: RuleSpec, line: usize) -> std::result::Result<Rule, Bad> {
    let name = r.name.get_ref().trim().to_string();
    if name.is_empty() {
        return Err((Some(r.name.span()), "a rule's name cannot be empty".into()));
    }
    let mut checks: Vec<(&str, std::result::Result<Check, Bad>)> = Vec::new();
    if let Some(b) = r.balance {
        checks.push(("balance", balance_check(b)));
    }
    if let Some(x) = r.reconcile {
        let c = if *x.get_ref() {
            Ok(Check::Reconcile)
        } else {
            Err((Some(x.span()), "reconcile = false checks nothing; remove the rule or write reconcile = true".into()))
        };
        checks.push(("reconcile", c));
    }
    if let Some(t) = r.token {
        checks.push(("token", Ok(Check::Token { min_days: i64::from(t.min_days) })));
    }
    if let Some(o) = r.order {
        checks.push(("order", order_check(o)));
    }
    if let Some(x) = r.retirements {
        checks.push(("retirements", retirements_check(x)));
    }
    if let Some(c) = r.changes {
        checks.push(("changes", changes_check(c)));
    }
    if let Some(q) = r.sql {
        checks.push(("sql", Ok(Check::Sql { query: q.0 })));
    }
    match checks.len() {
        0 => Err((None, format!("rule '{name}' checks nothing; give it one of {}", KEYS.join(", ")))),
        1 => {
            let (_, check) = checks.remove(0);
            Ok(Rule { name, severity: r.severity, line, check: check? })
        }
        _ => {
            let keys: Vec<&str> = checks.iter().map(|(k, _)| *k).collect();
            Err((None, format!("rule '{name}' has {}; give each rule one check", keys.join(" and "))))
        }
    }
}

/// The keys that make a rule's check.
const KEYS: &[&str] = &["balance", "reconcile", "token", "order", "retirements", "changes", "sql"];

fn balance_check(b: BalanceSpec) -> std::result::Result<Check, Bad> {
    // `org = "me"` is the token's own organisation, as when `org` is left out.
    let org = b.org.filter(|o| o.0.get_ref() != "me").map(|o| checked_id(&o, Resource::Organisation)).transpose()?;
    let scopes = [(Resource::Project, b.project), (Resource::Supplier, b.supplier), (Resource::Order, b.order)];
    let mut scope = None;
    for (kind, v) in scopes {
        if let Some(id) = v {
            if scope.is_some() {
                return Err((Some(id.0.span()), "a balance rule has one scope: project, supplier or order".into()));
            }
            scope = Some((kind, checked_id(&id, kind)?));
        }
    }
    let limits: Vec<balance::Threshold> = [
        ("min_active", b.min_active, false, true),
        ("max_active", b.max_active, false, false),
        ("min_retired", b.min_retired, true, true),
        ("max_retired", b.max_retired, true, false),
    ]
    .into_iter()
    .filter_map(|(flag, q, retired, min)| q.map(|q| balance::Threshold { flag, retired, min, kgs: q.0 }))
    .collect();
    if limits.is_empty() {
        return Err((
            None,
            "a balance rule needs a threshold: min_active, max_active, min_retired or max_retired".into(),
        ));
    }
    Ok(Check::Balance { org, scope, limits })
}

/// The id, when it is one of `kind` (as the command line checks them).
fn checked_id(id: &IdText, kind: Resource) -> std::result::Result<String, Bad> {
    let raw = id.0.get_ref();
    ids::check(raw, kind).map_err(|e| {
        let scopes = [Resource::Project, Resource::Supplier, Resource::Order, Resource::Organisation];
        let msg = match ids::kind_of(raw).filter(|k| *k != kind && scopes.contains(k)) {
            Some(other) => format!(
                "{}; did you mean {} = \"{}\"?",
                ids::wrong_kind(raw, other, kind),
                if other == Resource::Organisation { "org" } else { other.name() },
                crate::sanitize::printable(raw)
            ),
            None => e.message.trim_end_matches('.').to_string(),
        };
        (Some(id.0.span()), msg)
    })
}

fn order_check(o: Spanned<OrderSpec>) -> std::result::Result<Check, Bad> {
    let span = o.span();
    let o = o.into_inner();
    let id = match (o.id, o.open) {
        (Some(id), None) => Some(checked_id(&id, Resource::Order)?),
        (None, Some(true)) => None,
        _ => {
            return Err((
                Some(span),
                "an order rule names one order (id = \"ord_…\") or every open order (open = true)".into(),
            ));
        }
    };
    Ok(Check::Order { id, min_pct: o.min_delivered_pct.0, by: o.by.map(|d| d.0) })
}

fn retirements_check(x: Spanned<RetirementsSpec>) -> std::result::Result<Check, Bad> {
    let span = x.span();
    let x = x.into_inner();
    let (since, until) = (x.since.map(|d| d.0), x.until.map(|d| d.0));
    if let (Some(s), Some(u)) = (since, until)
        && s > u
    {
        return Err((Some(span), format!("since ({s}) is after until ({u})")));
    }
    Ok(Check::Retirements { since, until, note: x.note })
}

fn changes_check(c: Spanned<ChangesSpec>) -> std::result::Result<Check, Bad> {
    let span = c.span();
    match c.into_inner() {
        ChangesSpec { none: Some(true), none_of: None } => Ok(Check::Changes { none_of: None }),
        ChangesSpec { none: None, none_of: Some(list) } if !list.is_empty() => {
            Ok(Check::Changes { none_of: Some(list.into_iter().map(|k| (k.0, k.1)).collect()) })
        }
        _ => Err((
            Some(span),
            "a changes rule says none = true (no change at all) or none_of = [\"batch.owner\", …]".into(),
        )),
    }
}

/// The 1-based line of byte `offset`.
pub fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).map_or(1, |t| t.matches('\n').count() + 1)
}

/// The usage error "FILE:LINE:COLUMN: message." for a span of the policy.
fn located(path: &Path, text: &str, span: Option<Range<usize>>, msg: &str) -> Error {
    let msg = msg.trim().trim_end_matches('.');
    let msg = msg.replace('\n', " ") + if msg.ends_with('?') { "" } else { "." };
    let Some(span) = span else {
        return Error::usage(format!("{}: {msg}", path.display()));
    };
    let start = span.start.min(text.len());
    let line = line_of(text, start);
    let line_start = text.get(..start).and_then(|t| t.rfind('\n')).map_or(0, |i| i + 1);
    let col = text.get(line_start..start).map_or(1, |t| t.chars().count() + 1);
    Error::usage(format!("{}:{line}:{col}: {msg}", path.display()))
}

#[cfg(test)]
mod tests;
