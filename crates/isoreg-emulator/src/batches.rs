//! `/organisations/{id}/credit_batches`: the organisation's batches with every filter of the
//! API, sorted by `issued_at` (ties by id), newest first unless `sort_direction=asc`. As the
//! spec says, `split` batches are left out unless `status` asks for them; both `issued_after`
//! and `issued_before` are strict. Listings by status alone are served straight from
//! pre-sorted indexes (date filters by binary search in them); other filters scan the
//! organisation's own list, within the dates, once.

use std::borrow::Cow;

use axum::extract::{Path, RawQuery, State};

use super::Quirk;
use super::data::{Ix, Status, World};
use super::dates::parse_query_time_us;
use super::paging::{PageArgs, paginate};
use super::query::{ApiError, FieldError, Query};
use super::state::{App, Auth, IdFilter, check, json, own_org};

/// The filters of a credit-batch listing.
#[derive(Debug)]
pub struct BatchFilter {
    supplier: IdFilter,
    project: IdFilter,
    issuance: IdFilter,
    delivery: IdFilter,
    order: IdFilter,
    retirement: IdFilter,
    statuses: Vec<Status>,
    /// `issued_after` / `issued_before`, in microseconds since the epoch (both strict).
    after: Option<i64>,
    before: Option<i64>,
    pub ascending: bool,
}

fn parse_statuses(q: &Query, errs: &mut Vec<FieldError>) -> Vec<Status> {
    let mut out = Vec::new();
    for (i, v) in q.all("status").enumerate() {
        match Status::parse(v) {
            Some(s) if !out.contains(&s) => out.push(s),
            Some(_) => {}
            None => errs.push(FieldError {
                loc: vec!["query".into(), "status".into(), i.into()],
                msg: "Input should be 'active', 'split' or 'retired'".into(),
                kind: "enum",
                input: v.into(),
            }),
        }
    }
    out
}

fn parse_time(q: &Query, name: &str, errs: &mut Vec<FieldError>) -> Option<i64> {
    let raw = q.get(name).filter(|v| !v.is_empty())?;
    let t = parse_query_time_us(raw);
    if t.is_none() {
        let msg = "Input should be a valid datetime or date, invalid character in year";
        errs.push(FieldError::query(name, msg, "datetime_from_date_parsing", raw));
    }
    t
}

fn parse_sort(q: &Query, errs: &mut Vec<FieldError>) -> bool {
    if let Some(f) = q.get("sort_field").filter(|f| *f != "issued_at") {
        errs.push(FieldError::query("sort_field", "Input should be 'issued_at'", "enum", f));
    }
    match q.get("sort_direction") {
        None | Some("desc") => false,
        Some("asc") => true,
        Some(d) => {
            errs.push(FieldError::query("sort_direction", "Input should be 'asc' or 'desc'", "enum", d));
            false
        }
    }
}

impl BatchFilter {
    pub fn parse(q: &Query, w: &World, errs: &mut Vec<FieldError>) -> BatchFilter {
        let m = &w.maps;
        BatchFilter {
            supplier: IdFilter::from_query(q, "supplier_id", &m.suppliers),
            project: IdFilter::from_query(q, "project_id", &m.projects),
            issuance: IdFilter::from_query(q, "issuance_id", &m.issuances),
            delivery: IdFilter::from_query(q, "delivery_id", &m.deliveries),
            order: IdFilter::from_query(q, "order_id", &m.orders),
            retirement: IdFilter::from_query(q, "retirement_id", &m.retirements),
            statuses: parse_statuses(q, errs),
            after: parse_time(q, "issued_after", errs),
            before: parse_time(q, "issued_before", errs),
            ascending: parse_sort(q, errs),
        }
    }

    fn id_filters(&self) -> [IdFilter; 6] {
        [self.supplier, self.project, self.issuance, self.delivery, self.order, self.retirement]
    }

    /// True when only the pre-sorted lists are needed (no scan): the dates are
    /// found by binary search in them.
    fn is_indexed(&self) -> bool {
        self.id_filters().iter().all(|f| *f == IdFilter::Any)
    }

    /// The statuses asked for: by default every status but `split` (the spec's default filter).
    fn statuses(&self) -> &[Status] {
        match self.statuses.is_empty() {
            true => &[Status::Active, Status::Retired],
            false => &self.statuses,
        }
    }

    /// The pre-sorted list holding exactly the asked statuses, or `None` when none does.
    fn status_index<'a>(&self, w: &'a World, org: Ix) -> Option<&'a [Ix]> {
        let (has, n) = (|s: Status| self.statuses().contains(&s), self.statuses().len());
        match (has(Status::Split), n) {
            (_, 3) => Some(&w.org_batches[org as usize]),
            (false, 2) => Some(&w.org_batches_current[org as usize]),
            (_, 1) => Some(&w.org_batches_by_status[org as usize][self.statuses()[0] as usize]),
            _ => None,
        }
    }

    /// The part of a pre-sorted list inside the date filters.
    fn within_dates<'a>(&self, w: &World, list: &'a [Ix]) -> &'a [Ix] {
        let at = |b: &Ix| w.batch_issued_at(*b).saturating_mul(1_000_000);
        let start = self.after.map_or(0, |t| list.partition_point(|b| at(b) <= t));
        let end = self.before.map_or(list.len(), |t| list.partition_point(|b| at(b) < t));
        &list[start..end.max(start)]
    }

    fn accepts(&self, w: &World, b: Ix) -> bool {
        let batch = &w.batches[b as usize];
        let at = w.batch_issued_at(b).saturating_mul(1_000_000);
        self.statuses().contains(&batch.status)
            && self.after.is_none_or(|t| at > t)
            && self.before.is_none_or(|t| at < t)
            && self.supplier.accepts(w.batch_supplier(b))
            && self.project.accepts(w.batch_project(b))
            && self.issuance.accepts(batch.issuance)
            && self.delivery.accepts(batch.delivery)
            && self.order.accepts(w.batch_order(b))
            && self.retirement.accepts(batch.retirement)
    }

    /// The organisation's matching batches, in ascending (issued_at, id) order.
    pub fn select<'a>(&self, w: &'a World, org: Ix) -> Cow<'a, [Ix]> {
        let index = self.status_index(w, org);
        if let (Some(list), true) = (index, self.is_indexed()) {
            return Cow::Borrowed(self.within_dates(w, list));
        }
        if self.id_filters().contains(&IdFilter::NoMatch) {
            return Cow::Owned(Vec::new());
        }
        let base = self.within_dates(w, index.unwrap_or(&w.org_batches[org as usize]));
        Cow::Owned(base.iter().copied().filter(|&b| self.accepts(w, b)).collect())
    }
}

pub async fn org_credit_batches(
    State(app): State<App>,
    auth: Auth,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<axum::response::Response, ApiError> {
    let org = own_org(&app, &auth, &id)?;
    let (w, query) = (app.w(), Query::parse(q.as_deref()));
    let mut errs = Vec::new();
    let args = PageArgs::parse(&query, &mut errs);
    let mut filter = BatchFilter::parse(&query, w, &mut errs);
    check(errs)?;
    if app.inner.opts.has(Quirk::IgnoreDates) {
        (filter.after, filter.before) = (None, None);
    }
    let list = grown(&app, org, filter.select(w, org));
    let n = list.len();
    let at = |i: usize| {
        if filter.ascending { list[i] } else { list[n - 1 - i] }
    };
    let ctx = app.ctx();
    Ok(json(&paginate(&args, n, |i| ctx.batch(at(i)))))
}

/// How many of an organisation's newest batches the `growing` quirk hides at first.
const GROWING_HIDDEN: u32 = 40;
/// Listing requests served before the hidden batches start to appear (one per request).
const GROWING_AFTER: u32 = 70;

/// With the `growing` quirk, `list` without the organisation's newest batches that have not
/// "been issued" yet: they appear one per listing request once a few have been served.
fn grown<'a>(app: &App, org: Ix, list: Cow<'a, [Ix]>) -> Cow<'a, [Ix]> {
    if !app.inner.opts.has(Quirk::Growing) {
        return list;
    }
    let w = app.w();
    let served = app.inner.batch_lists.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let hidden = GROWING_HIDDEN.saturating_sub(served.saturating_sub(GROWING_AFTER)) as usize;
    let all = &w.org_batches[org as usize];
    let key = |b: Ix| (w.batch_issued_at(b), w.batches[b as usize].id);
    let n = match all.len().checked_sub(hidden + 1) {
        Some(last) => list.partition_point(|&b| key(b) <= key(all[last])),
        None => 0,
    };
    match list {
        Cow::Borrowed(s) => Cow::Borrowed(&s[..n]),
        Cow::Owned(mut v) => {
            v.truncate(n);
            Cow::Owned(v)
        }
    }
}
