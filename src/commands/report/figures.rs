//! The figures of a report, computed from an [`ReportInput`] with integer
//! kilograms only: totals, breakdowns (each sums to the total), retired
//! tonnes per month, the list of retirements, holdings' ages and open orders,
//! and the check of the totals against the credit balance. No I/O here: the
//! terminal, JSON, CSV and HTML views all show this one [`Report`].

use super::input::{Batch, ReportInput, ReportOrder, Retirement};
use crate::error::{Error, Result};
use crate::quantity::Kg;
use chrono::{Datelike, NaiveDate};
use std::collections::{BTreeMap, HashMap};

mod checks;
use checks::*;

/// Which report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportKind {
    Retirements,
    Holdings,
}

/// One line of a breakdown or of the monthly series.
#[derive(Debug, Clone)]
pub struct Line {
    pub key: String,
    pub label: String,
    pub kg: Kg,
}

/// Quantities by one dimension (project, pathway, …); its lines sum to the total.
#[derive(Debug, Clone)]
pub struct Breakdown {
    /// Machine name (`project`), used in JSON, CSV and element ids.
    pub name: &'static str,
    /// Title for people (`By project`).
    pub title: &'static str,
    pub lines: Vec<Line>,
}

/// One retirement of the statement.
#[derive(Debug, Clone)]
pub struct RetLine {
    pub id: String,
    pub date: String,
    pub beneficiary: String,
    pub purposes: String,
    pub kg: Kg,
    /// The public certificate; `None` when no safe link can be made.
    pub url: Option<String>,
}

/// An order not yet fully delivered.
#[derive(Debug, Clone)]
pub struct OpenOrder {
    pub id: String,
    pub supplier: String,
    pub status: String,
    pub contract_date: String,
    pub ordered: Kg,
    pub delivered: Kg,
    pub outstanding: Kg,
}

/// The comparison with the credit balance.
#[derive(Debug, Clone, Default)]
pub struct BalanceCheck {
    /// What was compared and agreed.
    pub agreed: Vec<String>,
    /// Where the figures differ (empty: they agree).
    pub differ: Vec<String>,
}

/// A whole report.
#[derive(Debug, Clone)]
pub struct Report {
    pub kind: ReportKind,
    pub org_id: String,
    pub org_name: Option<String>,
    pub source: super::input::DataSource,
    /// The period (first and last day, inclusive) of a retirement statement.
    pub period: Option<(NaiveDate, NaiveDate)>,
    pub total: Kg,
    pub batches: usize,
    pub breakdowns: Vec<Breakdown>,
    /// Retired per month (retirements) — every month of the period, zeros included.
    pub months: Vec<Line>,
    pub retirements: Vec<RetLine>,
    pub orders: Vec<OpenOrder>,
    pub check: BalanceCheck,
}

/// Lines being added up: key → (label, kilograms).
type Sums = BTreeMap<String, (String, Kg)>;

/// Every breakdown being added up, by name.
type Dims = BTreeMap<&'static str, Sums>;

/// Kilograms by project and by supplier.
type ByScope = BTreeMap<String, Kg>;

/// Adds `kg` to the line `key`, checked.
fn add(map: &mut Sums, key: &str, label: &str, kg: Kg) -> Result<()> {
    let e = map.entry(key.to_string()).or_insert_with(|| (label.to_string(), Kg::ZERO));
    e.1 = plus(e.1, kg)?;
    Ok(())
}

/// `a + b`, or a bad answer when the sum goes beyond what [`Kg`] holds.
pub fn plus(a: Kg, b: Kg) -> Result<Kg> {
    a.checked_add(b).ok_or_else(|| {
        Error::bad_answer(format!(
            "The report's sum goes beyond {} kg; the server's quantities are impossible.",
            i128::MAX
        ))
    })
}

/// A finished breakdown: largest first, then by label.
fn finish(name: &'static str, title: &'static str, map: Sums) -> Breakdown {
    let mut lines: Vec<Line> = map.into_iter().map(|(key, (label, kg))| Line { key, label, kg }).collect();
    lines.sort_by(|a, b| b.kg.cmp(&a.kg).then_with(|| a.label.cmp(&b.label)).then_with(|| a.key.cmp(&b.key)));
    Breakdown { name, title, lines }
}

/// A dimension a batch is counted under: (breakdown name, key, label).
type Dim = (&'static str, String, String);

/// The project, pathway, country, vintage and supplier of a batch.
fn origin(input: &ReportInput, b: &Batch) -> Vec<Dim> {
    let project = b.project_id.as_ref().and_then(|p| input.projects.get(p));
    let unknown = || "(unknown)".to_string();
    let pid = b.project_id.clone().unwrap_or_else(unknown);
    let pname = project.and_then(|p| p.name.clone()).unwrap_or_else(|| pid.clone());
    let pathway = project.and_then(|p| p.pathway.clone()).unwrap_or_else(unknown);
    let country = b.country_of_issue.clone().or_else(|| project.and_then(|p| p.country_code.clone()));
    let country = country.unwrap_or_else(unknown);
    let vintage = b.vintage().unwrap_or_else(unknown);
    let sid = b.supplier_id.clone().or_else(|| project.and_then(|p| p.supplier.as_ref()?.id.clone()));
    let sid = sid.unwrap_or_else(unknown);
    let sname = input.suppliers.get(&sid).cloned().unwrap_or_else(|| sid.clone());
    vec![
        ("project", pid, pname),
        ("pathway", pathway.clone(), pathway),
        ("country", country.clone(), country),
        ("vintage", vintage.clone(), vintage),
        ("supplier", sid, sname),
    ]
}

/// The date (`YYYY-MM-DD`) a retirement happened: the record's, else the batch's.
fn day(s: Option<&str>) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s?.get(..10)?, "%Y-%m-%d").ok()
}

/// The certificate link: the record's own `https://` URL, else the public one.
pub fn certificate(r: Option<&Retirement>, id: &str) -> Option<String> {
    if let Some(u) = r.and_then(|r| r.url.as_deref())
        && u.starts_with("https://")
        && !u.chars().any(|c| c.is_control() || c.is_whitespace() || c == '"' || c == '<' || c == '>')
    {
        return Some(u.to_string());
    }
    crate::ids::segment(id).ok().map(|s| format!("https://to.isometric.com/{s}"))
}

/// Running totals: kilograms, batches, and every breakdown.
#[derive(Default)]
struct Tally {
    total: Kg,
    batches: usize,
    dims: Dims,
}

impl Tally {
    /// Counts one batch of `kg` under each of `dims`.
    fn count(&mut self, kg: Kg, dims: Vec<Dim>) -> Result<()> {
        self.total = plus(self.total, kg)?;
        self.batches += 1;
        for (name, key, label) in dims {
            add(self.dims.entry(name).or_default(), &key, &label, kg)?;
        }
        Ok(())
    }

    /// The breakdowns `names`, in that order.
    fn breakdowns(&mut self, names: &[&str]) -> Vec<Breakdown> {
        names.iter().map(|n| take(&mut self.dims, n)).collect()
    }
}

/// An empty report of `kind` about the input's organisation and source.
fn blank(kind: ReportKind, input: &ReportInput, tally: &Tally, check: BalanceCheck) -> Report {
    Report {
        kind,
        org_id: input.org_id.clone(),
        org_name: input.org_name.clone(),
        source: input.source.clone(),
        period: None,
        total: tally.total,
        batches: tally.batches,
        breakdowns: vec![],
        months: vec![],
        retirements: vec![],
        orders: vec![],
        check,
    }
}

/// The retirement statement for `period`.
pub fn retirements(input: &ReportInput, period: (NaiveDate, NaiveDate)) -> Result<Report> {
    let recs: HashMap<&str, &Retirement> = input.retirements.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut tally = Tally::default();
    let mut per_ret: BTreeMap<String, Kg> = BTreeMap::new();
    let mut months = month_keys(period);
    for b in input.batches.iter().filter(|b| b.status == "retired") {
        let rid = b.retirement_id.clone().unwrap_or_else(|| "(no retirement id)".into());
        let rec = recs.get(rid.as_str()).copied();
        let date = day(rec.and_then(|r| r.retired_at.as_deref())).or_else(|| day(b.retired_at.as_deref()));
        let Some(date) = date.filter(|d| *d >= period.0 && *d <= period.1) else { continue };
        let e = per_ret.entry(rid).or_default();
        *e = plus(*e, b.size.credit_kgs)?;
        let month = format!("{:04}-{:02}", date.year(), date.month());
        add(&mut months, &month, &month, b.size.credit_kgs)?;
        let mut dims = origin(input, b);
        dims.extend(beneficiary_and_purpose(rec, b));
        tally.count(b.size.credit_kgs, dims)?;
    }
    let check = check_retired(input, &recs, &per_ret, period)?;
    let mut r = blank(ReportKind::Retirements, input, &tally, check);
    r.period = Some(period);
    r.breakdowns =
        tally.breakdowns(&["project", "pathway", "country", "vintage", "supplier", "beneficiary", "purpose"]);
    r.months = months.into_iter().map(|(key, (label, kg))| Line { key, label, kg }).collect();
    r.retirements = ret_lines(&recs, &per_ret, input, period)?;
    Ok(r)
}

/// The breakdown `name` out of `dims` (empty when no batch had it).
fn take(dims: &mut Dims, name: &str) -> Breakdown {
    let titles = [
        ("project", "By project"),
        ("pathway", "By pathway"),
        ("country", "By country"),
        ("vintage", "By vintage"),
        ("supplier", "By supplier"),
        ("beneficiary", "By beneficiary"),
        ("purpose", "By purpose"),
        ("age", "By age"),
    ];
    let (n, t) = titles.iter().copied().find(|(n, _)| *n == name).unwrap_or(("other", "Other"));
    let map = dims.remove(name).unwrap_or_default();
    finish(n, t, map)
}

/// The beneficiary and purposes of a retired batch (from its retirement record).
fn beneficiary_and_purpose(rec: Option<&Retirement>, b: &Batch) -> Vec<Dim> {
    let ben = rec.and_then(|r| r.beneficiary.clone()).or_else(|| b.beneficiary.clone()).unwrap_or_default();
    let bname = ben.name.clone().or(ben.id.clone()).unwrap_or_else(|| "(none)".into());
    let bid = ben.id.unwrap_or_else(|| bname.clone());
    let purposes = purposes_of(rec);
    vec![("beneficiary", bid, bname), ("purpose", purposes.clone(), purposes)]
}

/// A retirement's purposes as one label (`corporate_targets, insetting`), so each kilogram counts once.
fn purposes_of(rec: Option<&Retirement>) -> String {
    let mut p = rec.and_then(|r| r.purposes.clone()).unwrap_or_default();
    p.sort();
    if p.is_empty() { "(none)".into() } else { p.join(", ") }
}

/// Every month the period touches, at zero.
fn month_keys(period: (NaiveDate, NaiveDate)) -> Sums {
    let mut out = BTreeMap::new();
    let (mut y, mut m) = (period.0.year(), period.0.month());
    let end = (period.1.year(), period.1.month());
    while (y, m) <= end {
        let k = format!("{y:04}-{m:02}");
        out.insert(k.clone(), (k, Kg::ZERO));
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    out
}

/// The statement's list: every retirement of the period (by its record, or its batches when the record is missing).
fn ret_lines(
    recs: &HashMap<&str, &Retirement>,
    per_ret: &BTreeMap<String, Kg>,
    input: &ReportInput,
    period: (NaiveDate, NaiveDate),
) -> Result<Vec<RetLine>> {
    let mut ids: Vec<String> = per_ret.keys().cloned().collect();
    for r in &input.retirements {
        if day(r.retired_at.as_deref()).is_some_and(|d| d >= period.0 && d <= period.1) && !per_ret.contains_key(&r.id)
        {
            ids.push(r.id.clone());
        }
    }
    let mut out: Vec<RetLine> = ids
        .into_iter()
        .map(|id| {
            let rec = recs.get(id.as_str()).copied();
            let ben = rec.and_then(|r| r.beneficiary.as_ref());
            RetLine {
                date: rec.and_then(|r| r.retired_at.clone()).map(|d| d.chars().take(10).collect()).unwrap_or_default(),
                beneficiary: ben.and_then(|b| b.name.clone().or(b.id.clone())).unwrap_or_else(|| "(none)".into()),
                purposes: purposes_of(rec),
                kg: per_ret.get(&id).copied().unwrap_or_default(),
                url: certificate(rec, &id),
                id,
            }
        })
        .collect();
    out.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    Ok(out)
}

/// The holdings view: active credits by project, vintage, supplier and age, and open orders.
pub fn holdings(input: &ReportInput, today: NaiveDate) -> Result<Report> {
    let mut tally = Tally::default();
    for b in input.batches.iter().filter(|b| b.status == "active") {
        let mut dims: Vec<Dim> =
            origin(input, b).into_iter().filter(|d| matches!(d.0, "project" | "vintage" | "supplier")).collect();
        let (key, label) = age(day(b.issued_at.as_deref()), today);
        dims.push(("age", key, label));
        tally.count(b.size.credit_kgs, dims)?;
    }
    let mut r = blank(ReportKind::Holdings, input, &tally, check_balance(input, false)?);
    r.breakdowns = tally.breakdowns(&["project", "vintage", "supplier", "age"]);
    if let Some(ages) = r.breakdowns.last_mut() {
        ages.lines.sort_by(|a, b| a.key.cmp(&b.key));
    }
    r.orders = open_orders(input)?;
    Ok(r)
}

/// The age bucket of credits issued on `issued`, seen on `today`: key sorts by age.
pub fn age(issued: Option<NaiveDate>, today: NaiveDate) -> (String, String) {
    let Some(years) = issued.map(|d| today.years_since(d).unwrap_or(0)) else {
        return ("9".into(), "issue date unknown".into());
    };
    match years {
        0 => ("0".into(), "under 1 year".into()),
        1 => ("1".into(), "1 to 2 years".into()),
        2 => ("2".into(), "2 to 3 years".into()),
        _ => ("3".into(), "3 years or more".into()),
    }
}

/// Orders with fewer credits delivered than ordered.
fn open_orders(input: &ReportInput) -> Result<Vec<OpenOrder>> {
    let mut out: Vec<OpenOrder> = input
        .orders
        .iter()
        .filter(|o| o.credits_delivered.credit_kgs < o.credits_ordered.credit_kgs)
        .map(|o: &ReportOrder| {
            let sid = o.supplier.as_ref().and_then(|s| s.id.clone()).unwrap_or_default();
            let name = o.supplier.as_ref().and_then(|s| s.organisation.as_ref()?.name.clone());
            OpenOrder {
                id: o.id.clone(),
                supplier: name.or_else(|| input.suppliers.get(&sid).cloned()).unwrap_or(sid),
                status: o.status.clone().unwrap_or_default(),
                contract_date: o.effective_contract_date.clone().unwrap_or_default(),
                ordered: o.credits_ordered.credit_kgs,
                delivered: o.credits_delivered.credit_kgs,
                outstanding: Kg::new(o.credits_ordered.credit_kgs.minus(o.credits_delivered.credit_kgs))
                    .unwrap_or_default(),
            }
        })
        .collect();
    out.sort_by(|a, b| a.contract_date.cmp(&b.contract_date).then_with(|| a.id.cmp(&b.id)));
    Ok(out)
}

#[cfg(test)]
mod tests;
