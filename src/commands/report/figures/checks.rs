//! The check of a report's totals against the credit balance: the same
//! kilograms summed from the batches and from the balance, per scope, and
//! each retirement against its credit batches.

use super::super::input::{ReportInput, Retirement};
use super::{BalanceCheck, ByScope, day, plus};
use crate::error::Result;
use crate::quantity::{Kg, tonnes, tonnes_grouped};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

/// Compares one figure; records where it agrees or differs.
pub(super) fn compare(check: &mut BalanceCheck, what: &str, balance: Kg, batches: Kg) {
    if balance == batches {
        check.agreed.push(format!("{what}: {} t", tonnes_grouped(batches.get())));
    } else {
        check.differ.push(format!(
            "{what}: the credit balance says {} t, the credit batches add up to {} t (difference {} t)",
            tonnes(balance.get()),
            tonnes(batches.get()),
            tonnes(batches.minus(balance))
        ));
    }
}

/// Sums of batches by project and supplier (all of them, any date), checked.
pub(super) fn sums_by(input: &ReportInput) -> Result<(Kg, ByScope, ByScope)> {
    let (mut total, mut proj, mut sup) = (Kg::ZERO, BTreeMap::new(), BTreeMap::new());
    for b in &input.batches {
        total = plus(total, b.size.credit_kgs)?;
        if let Some(p) = &b.project_id {
            let e: &mut Kg = proj.entry(p.clone()).or_default();
            *e = plus(*e, b.size.credit_kgs)?;
        }
        let s = b.supplier_id.clone().unwrap_or_else(|| "(unknown supplier)".into());
        let e: &mut Kg = sup.entry(s).or_default();
        *e = plus(*e, b.size.credit_kgs)?;
    }
    Ok((total, proj, sup))
}

/// The batches' totals against the balance: the whole organisation, each project, each supplier.
pub(super) fn check_balance(input: &ReportInput, retired: bool) -> Result<BalanceCheck> {
    let pick = |c: &crate::model::CreditBalance| {
        if retired { c.retired_credits_total.credit_kgs } else { c.active_credits_total.credit_kgs }
    };
    let (total, proj, sup) = sums_by(input)?;
    let mut check = BalanceCheck::default();
    let what = if retired { "retired" } else { "active" };
    compare(&mut check, &format!("{what}, all time"), pick(&input.balance.total), total);
    let bal = &input.balance;
    for (scope, list, sums) in [("project", &bal.project_balances, &proj), ("supplier", &bal.supplier_balances, &sup)] {
        let (mut ok, mut seen) = (0usize, Vec::new());
        for b in list {
            seen.push(b.id.clone());
            let found = sums.get(&b.id).copied().unwrap_or_default();
            if found == pick(&b.total) {
                ok += 1;
            } else {
                compare(&mut check, &format!("{what} credits of {scope} {}", b.id), pick(&b.total), found);
            }
        }
        for (id, kg) in sums.iter().filter(|(id, kg)| !seen.contains(id) && **kg != Kg::ZERO) {
            compare(&mut check, &format!("{what} credits of {scope} {id} (not in the balance)"), Kg::ZERO, *kg);
        }
        check.agreed.push(format!("{ok} of {} {scope}s", list.len()));
    }
    Ok(check)
}

/// The retired totals against the balance, and each retirement of the period against its batches.
pub(super) fn check_retired(
    input: &ReportInput,
    recs: &HashMap<&str, &Retirement>,
    per_ret: &BTreeMap<String, Kg>,
    period: (NaiveDate, NaiveDate),
) -> Result<BalanceCheck> {
    let mut check = check_balance(input, true)?;
    let mut n = 0;
    for r in input
        .retirements
        .iter()
        .filter(|r| day(r.retired_at.as_deref()).is_some_and(|d| d >= period.0 && d <= period.1))
    {
        let Some(size) = r.credit_batch_size_total else { continue };
        let found = per_ret.get(&r.id).copied().unwrap_or_default();
        if found == size.credit_kgs {
            n += 1;
        } else {
            compare(&mut check, &format!("retirement {}", r.id), size.credit_kgs, found);
        }
    }
    for id in per_ret.keys().filter(|id| !recs.contains_key(id.as_str())) {
        check
            .differ
            .push(format!("retirement {id}: its credit batches are retired, but the retirement record is missing"));
    }
    check.agreed.push(format!("{n} retirements equal their credit batches"));
    Ok(check)
}
