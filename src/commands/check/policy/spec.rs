//! The policy file as serde reads it: one struct per table of the TOML, and
//! the values that check themselves while being read (quantities, ids,
//! percentages, dates, change kinds, read-only SQL).

use super::super::local;
use super::Severity;
use crate::quantity::{self, Kg};
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};
use toml::Spanned;

/// The file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileSpec {
    #[serde(default)]
    pub(super) rule: Vec<Spanned<RuleSpec>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RuleSpec {
    pub(super) name: Spanned<String>,
    #[serde(default)]
    pub(super) severity: Severity,
    pub(super) balance: Option<BalanceSpec>,
    pub(super) reconcile: Option<Spanned<bool>>,
    pub(super) token: Option<TokenSpec>,
    pub(super) order: Option<Spanned<OrderSpec>>,
    pub(super) retirements: Option<Spanned<RetirementsSpec>>,
    pub(super) changes: Option<Spanned<ChangesSpec>>,
    pub(super) sql: Option<SqlText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct BalanceSpec {
    pub(super) org: Option<IdText>,
    pub(super) project: Option<IdText>,
    pub(super) supplier: Option<IdText>,
    pub(super) order: Option<IdText>,
    pub(super) min_active: Option<QtySpec>,
    pub(super) max_active: Option<QtySpec>,
    pub(super) min_retired: Option<QtySpec>,
    pub(super) max_retired: Option<QtySpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TokenSpec {
    pub(super) min_days: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct OrderSpec {
    pub(super) id: Option<IdText>,
    pub(super) open: Option<bool>,
    pub(super) min_delivered_pct: Pct,
    pub(super) by: Option<Date>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RetirementsSpec {
    pub(super) since: Option<Date>,
    pub(super) until: Option<Date>,
    #[serde(default)]
    pub(super) note: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ChangesSpec {
    pub(super) none: Option<bool>,
    pub(super) none_of: Option<Vec<ChangeKind>>,
}

/// A quantity: `"4000t"`, `"125.632"`, `"125632kg"` or a whole number of tonnes.
pub(super) struct QtySpec(pub(super) Kg);

impl<'de> Deserialize<'de> for QtySpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<QtySpec, D::Error> {
        let text = match toml::Value::deserialize(d)? {
            toml::Value::String(s) => s,
            toml::Value::Integer(i) => i.to_string(),
            other => other.to_string(),
        };
        quantity::parse(&text).map(QtySpec).map_err(|e| serde::de::Error::custom(e.message))
    }
}

/// An id, checked for its path safety here and for its kind by the rule.
pub(super) struct IdText(pub(super) Spanned<String>);

impl<'de> Deserialize<'de> for IdText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<IdText, D::Error> {
        Spanned::<String>::deserialize(d).map(IdText)
    }
}

/// A percentage from 0 to 100.
pub(super) struct Pct(pub(super) u32);

impl<'de> Deserialize<'de> for Pct {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Pct, D::Error> {
        let n = i64::deserialize(d)?;
        match u32::try_from(n) {
            Ok(p) if p <= 100 => Ok(Pct(p)),
            _ => Err(serde::de::Error::custom(format!("{n} is not a percentage; give a whole number from 0 to 100"))),
        }
    }
}

/// A date written `"YYYY-MM-DD"`.
pub(super) struct Date(pub(super) NaiveDate);

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Date, D::Error> {
        let text = match toml::Value::deserialize(d)? {
            toml::Value::String(s) => s,
            toml::Value::Datetime(t) => t.to_string(),
            other => other.to_string(),
        };
        NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .map(Date)
            .map_err(|_| serde::de::Error::custom(format!("{text} is not a date; write it like \"2026-12-31\"")))
    }
}

/// `KIND` or `KIND.CHANGE` of `isoreg diff` (`batch.owner`, `retirement.new`, `balance`).
pub(super) struct ChangeKind(pub(super) String, pub(super) Option<String>);

/// The changes `diff` reports, per row.
pub(super) const CHANGES: &[&str] = &["new", "gone", "status", "owner", "updated", "active", "retired"];

impl<'de> Deserialize<'de> for ChangeKind {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<ChangeKind, D::Error> {
        let raw = String::deserialize(d)?;
        let (kind, change) = match raw.split_once('.') {
            Some((k, c)) => (k, Some(c)),
            None => (raw.as_str(), None),
        };
        let kinds = local::change_kinds();
        if !kinds.contains(&kind) {
            return Err(serde::de::Error::custom(format!(
                "'{kind}' is not a kind of record; use one of {}",
                kinds.join(", ")
            )));
        }
        if let Some(c) = change.filter(|c| !CHANGES.contains(c)) {
            return Err(serde::de::Error::custom(format!(
                "'{c}' is not a change diff reports; use one of {}",
                CHANGES.join(", ")
            )));
        }
        Ok(ChangeKind(kind.to_string(), change.map(str::to_string)))
    }
}

/// An SQL statement, refused here when it would write or does not compile.
pub(super) struct SqlText(pub(super) String);

impl<'de> Deserialize<'de> for SqlText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<SqlText, D::Error> {
        let q = String::deserialize(d)?;
        local::check_query(&q).map_err(serde::de::Error::custom)?;
        Ok(SqlText(q))
    }
}
