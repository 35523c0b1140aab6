//! `balance [ORG]`: an organisation's credit balance (total, per project,
//! supplier and order), and the `--min-…/--max-…` checks that CI jobs use.

use super::ctx::Ctx;
use super::resolve::ids_and_names;
use crate::cli::options::{Filter, Id};
use crate::error::{Error, Result};
use crate::ids::Resource;
use crate::model::{self, CreditBalance, OrgBalance};
use crate::quantity::{self, Kg};
use crate::render::{ColKind, Plan, Shaped, col};
use clap::Args;
use serde_json::{Value, json};

/// The table/CSV view: one row per scope.
pub const ROWS: Plan = Plan {
    columns: &[
        col("SCOPE", "scope", ColKind::Text),
        col("ID", "id", ColKind::Ref),
        col("ACTIVE", "active_credits_total", ColKind::Qty),
        col("RETIRED", "retired_credits_total", ColKind::Qty),
    ],
    detail: &[],
    fields: &[
        "scope",
        "id",
        "active_credits_total.credit_kgs",
        "active_credits_total.credits",
        "retired_credits_total.credit_kgs",
        "retired_credits_total.credits",
    ],
};

/// The JSON view: the server's object as is.
pub const RAW: Plan =
    Plan { columns: &[], detail: &[], fields: &["total", "project_balances", "supplier_balances", "order_balances"] };

/// One threshold to check (also used by `check`'s balance rules).
#[derive(Debug)]
pub struct Threshold {
    /// The flag or policy key that set it (`--min-active`, `min_active`).
    pub flag: &'static str,
    pub retired: bool,
    pub min: bool,
    pub kgs: Kg,
}

/// A threshold compared with a balance: exact integer kilograms.
pub struct Judged {
    pub ok: bool,
    /// "active credits of the organisation".
    pub subject: String,
    /// "at least 4000.000 t".
    pub expected: String,
    /// "1234.567 t".
    pub found: String,
}

impl Threshold {
    /// Compares the threshold with `total` (the balance of `label`).
    pub fn judge(&self, total: &CreditBalance, label: &str) -> Judged {
        let (found, what) = if self.retired {
            (total.retired_credits_total.credit_kgs, "retired")
        } else {
            (total.active_credits_total.credit_kgs, "active")
        };
        let bound = if self.min { "at least" } else { "at most" };
        Judged {
            ok: if self.min { found >= self.kgs } else { found <= self.kgs },
            subject: format!("{what} credits of {label}"),
            expected: format!("{bound} {} t", quantity::tonnes_grouped(self.kgs.get())),
            found: format!("{} t", quantity::tonnes_grouped(found.get())),
        }
    }
}

pub async fn run(a: BalanceArgs, ctx: &mut Ctx) -> Result<()> {
    let rules = parse_rules(&a)?;
    let scope = scope_of(&a)?;
    let org = ctx.org_or_current(a.org_flag.as_ref().or(a.org.as_ref())).await?;
    let raw = ctx.get(&crate::ids::balance_path(&org)?).await?;
    let bal: OrgBalance = model::read(&raw, "credit balance")?;
    let rows = rows(&org, &raw);
    ids_and_names(ctx, &rows).await;
    let shaped = Shaped { record: &raw, raw: &RAW, rows, rows_plan: &ROWS, footer: vec![], text: None };
    ctx.out.shaped(shaped)?;
    check(ctx, &rules, &bal, scope.as_ref())
}

fn parse_rules(a: &BalanceArgs) -> Result<Vec<Threshold>> {
    let specs = [
        ("--min-active", &a.min_active, false, true),
        ("--max-active", &a.max_active, false, false),
        ("--min-retired", &a.min_retired, true, true),
        ("--max-retired", &a.max_retired, true, false),
    ];
    let mut rules = Vec::new();
    for (flag, v, retired, min) in specs {
        if let Some(q) = v {
            let kgs = quantity::parse(q).map_err(|e| Error::usage(format!("{flag}: {}", e.message)))?;
            rules.push(Threshold { flag, retired, min, kgs });
        }
    }
    Ok(rules)
}

/// The scope a check applies to: (kind, id).
fn scope_of(a: &BalanceArgs) -> Result<Option<(Resource, String)>> {
    let pick = [(Resource::Project, &a.project), (Resource::Supplier, &a.supplier), (Resource::Order, &a.order)];
    for (res, v) in pick {
        if let Some(id) = v {
            return Ok(Some((res, id.as_str().to_string())));
        }
    }
    Ok(None)
}

/// The balance as rows: the total, then each project, supplier and order.
fn rows(org: &str, raw: &Value) -> Vec<Value> {
    let mut out = vec![row("total", org, raw.get("total"))];
    for (list, key, scope) in [
        ("project_balances", "project_id", "project"),
        ("supplier_balances", "supplier_id", "supplier"),
        ("order_balances", "order_id", "order"),
    ] {
        for b in raw.get(list).and_then(Value::as_array).into_iter().flatten() {
            let id = b.get(key).and_then(Value::as_str).unwrap_or("");
            out.push(row(scope, id, b.get("total")));
        }
    }
    out
}

fn row(scope: &str, id: &str, total: Option<&Value>) -> Value {
    let get = |k: &str| total.and_then(|t| t.get(k)).cloned().unwrap_or(Value::Null);
    json!({"scope": scope, "id": id, "active_credits_total": get("active_credits_total"), "retired_credits_total": get("retired_credits_total")})
}

/// The balance of the scope (the organisation's total when `None`) and its label.
pub fn scoped_total(bal: &OrgBalance, scope: Option<&(Resource, String)>) -> (CreditBalance, String) {
    let Some((res, id)) = scope else { return (bal.total, "the organisation".into()) };
    let list = match res {
        Resource::Project => &bal.project_balances,
        Resource::Supplier => &bal.supplier_balances,
        _ => &bal.order_balances,
    };
    let found = list.iter().find(|b| &b.id == id).map(|b| b.total).unwrap_or_default();
    (found, format!("{} {id}", res.name()))
}

fn check(ctx: &Ctx, rules: &[Threshold], bal: &OrgBalance, scope: Option<&(Resource, String)>) -> Result<()> {
    let (total, label) = scoped_total(bal, scope);
    let mut failures = Vec::new();
    for r in rules {
        let j = r.judge(&total, &label);
        let ok = j.ok;
        let line = format!("{}: expected {}, found {} ({})", j.subject, j.expected, j.found, r.flag);
        let paint = |label, code| crate::term::colour::paint(label, code, ctx.term.stderr_color);
        if ok {
            ctx.note(&format!("{} {line}", paint("ok:", crate::term::colour::GREEN)));
        } else {
            ctx.term.line(&format!("{} {line}", paint("FAILED:", crate::term::colour::RED)));
            failures.push(line);
        }
    }
    match failures.len() {
        0 => Ok(()),
        n => Err(Error::check(format!("{n} of {} balance checks failed (see above).", rules.len()))),
    }
}

/// Arguments of `balance`.
#[derive(Debug, Args)]
pub struct BalanceArgs {
    /// The organisation, or `me` [default: yours, the token's]; also --org ORG.
    #[arg(value_name = "ORG|me", value_parser = Id::or_me(Resource::Organisation))]
    pub org: Option<Id>,
    /// The organisation, as other commands take it (the same as the ORG argument).
    #[arg(long = "org", value_name = "ORG|me", conflicts_with = "org", value_parser = Id::or_me(Resource::Organisation))]
    pub org_flag: Option<Id>,
    /// Fail (exit 1) unless active credits are at least QTY (100, 100t, 125.632, 125632kg).
    #[arg(long, value_name = "QTY", allow_hyphen_values = true)]
    pub min_active: Option<String>,
    /// Fail unless active credits are at most QTY.
    #[arg(long, value_name = "QTY", allow_hyphen_values = true)]
    pub max_active: Option<String>,
    /// Fail unless retired credits are at least QTY.
    #[arg(long, value_name = "QTY", allow_hyphen_values = true)]
    pub min_retired: Option<String>,
    /// Fail unless retired credits are at most QTY.
    #[arg(long, value_name = "QTY", allow_hyphen_values = true)]
    pub max_retired: Option<String>,
    /// Check the balance of one project instead of the whole organisation.
    #[arg(long, value_name = "ID", value_parser = Id::of(Resource::Project).among(SCOPES), conflicts_with_all = ["supplier", "order"])]
    pub project: Option<Id>,
    /// Check the balance of one supplier.
    #[arg(long, value_name = "ID", value_parser = Id::of(Resource::Supplier).among(SCOPES), conflicts_with = "order")]
    pub supplier: Option<Id>,
    /// Check the balance of one order.
    #[arg(long, value_name = "ID", value_parser = Id::of(Resource::Order).among(SCOPES))]
    pub order: Option<Id>,
}

/// The scopes a check can apply to (one at a time).
const SCOPES: &[Filter] = &[
    Filter { flag: "project", key: "project_id", kind: Resource::Project },
    Filter { flag: "supplier", key: "supplier_id", kind: Resource::Supplier },
    Filter { flag: "order", key: "order_id", kind: Resource::Order },
];
