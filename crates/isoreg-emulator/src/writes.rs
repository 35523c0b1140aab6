//! The write side of the emulator: `POST /retirements`, `/retirements/from_oldest_credits`,
//! `/transfers`, `/deliveries` and `/beneficiary`, with the API's rules as FastAPI-style 422s.
//!
//! Every write runs under the world's write lock ([`Inner::write`]): it checks the whole
//! request first, then splits batches (the parent becomes `split`, two `active` children carry
//! `parent_id`, sizes conserved), moves or retires them, records the event and rebuilds every
//! derived total, index and balance (`World::finish`) before the lock is released. Two racing
//! writes are therefore serialised, and the second one sees the first one's result.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;
use serde_json::{Map, Value, json};

use super::Inner;
use super::data::{BatchData, CompactId, Event, Ix, NONE, Org, Status, World, find};
use super::dates::{now, year_of};
use super::generate::Rng;
use super::query::ApiError;
use super::state::{App, Auth, Res, check, json as ok_json};
use super::views::ViewCtx;

mod body;
use body::{Body, err, object, rule};

impl Inner {
    /// Runs `f` on the current world under the write lock; the result is visible at once.
    /// `f` must check everything before it changes anything.
    fn write<T>(&self, f: impl FnOnce(&mut World, &mut IdMaker) -> Result<T, ApiError>) -> Result<T, ApiError> {
        let mut guard = match self.world.write() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        let mut ids = IdMaker { inner: self };
        f(Arc::make_mut(&mut guard), &mut ids)
    }
}

/// Makes new IDs: deterministic from the seed and how many were made before.
struct IdMaker<'a> {
    inner: &'a Inner,
}

impl IdMaker<'_> {
    fn make(&mut self, prefix: &str, taken: impl Fn(&CompactId) -> bool) -> CompactId {
        loop {
            let n = self.inner.made_ids.fetch_add(1, Ordering::SeqCst);
            let mut rng = Rng::new(self.inner.opts.seed ^ 0xA11C_E5E7 ^ n.wrapping_mul(0x9E37_79B9));
            let id = CompactId::new(prefix, rng.chars::<16>());
            if !taken(&id) {
                return id;
            }
        }
    }
}

// ---- checks against the world ---------------------------------------------------------------

/// The owning organisation named in the body must be the token's.
fn own(w: &World, me: Ix, key: &str, id: &str) -> Result<(), ApiError> {
    match find(&w.maps.orgs, id) {
        Some(o) if o == me => Ok(()),
        Some(_) => Err(ApiError::Forbidden("You do not have access to this organisation")),
        None => Err(rule(&[json!(key)], "Organisation not found", id)),
    }
}

fn supplier_of(w: &World, id: &str) -> Result<Ix, ApiError> {
    find(&w.maps.suppliers, id).ok_or_else(|| rule(&[json!("supplier_id")], "Supplier not found", id))
}

/// Checks each requested batch: it exists, is the caller's, `active`, from the supplier, large
/// enough, and named once. Returns `(batch, kilograms)` pairs.
fn check_batches(w: &World, me: Ix, sup: Ix, wanted: &[(String, i64)]) -> Result<Vec<(Ix, i64)>, ApiError> {
    let mut out: Vec<(Ix, i64)> = Vec::new();
    for (i, (id, kg)) in wanted.iter().enumerate() {
        let loc = [json!("credit_batch_quantities"), json!(i), json!("credit_batch_id")];
        let b = find(&w.maps.batches, id).ok_or_else(|| rule(&loc, "Credit batch not found", id))?;
        let batch = &w.batches[b as usize];
        let problem = if batch.owner != me {
            Some("Credit batch is not owned by your organisation".to_string())
        } else if batch.status != Status::Active {
            Some(format!("Credit batch is {}, not active", batch.status.name()))
        } else if w.batch_supplier(b) != sup {
            Some("All credit batches must originate from the given supplier".to_string())
        } else if out.iter().any(|(x, _)| *x == b) {
            Some("Credit batch is listed more than once".to_string())
        } else if *kg > batch.kgs {
            Some(format!("Requested {kg} kg but the credit batch holds {} kg", batch.kgs))
        } else {
            None
        };
        if let Some(msg) = problem {
            return Err(rule(&loc, msg, id));
        }
        out.push((b, *kg));
    }
    Ok(out)
}

/// The caller's active batches from `sup`, oldest `issued_at` first (ties by id), that pass `keep`.
fn oldest(w: &World, me: Ix, sup: Ix, keep: impl Fn(Ix) -> bool) -> Vec<Ix> {
    let active = &w.org_batches_by_status[me as usize][Status::Active as usize];
    active.iter().copied().filter(|&b| w.batch_supplier(b) == sup && keep(b)).collect()
}

/// Takes `kgs` from `batches` in order; `None` when they hold less.
fn take_oldest(w: &World, batches: &[Ix], kgs: i64) -> Option<Vec<(Ix, i64)>> {
    let mut left = kgs;
    let mut out = Vec::new();
    for &b in batches {
        if left == 0 {
            break;
        }
        let take = left.min(w.batches[b as usize].kgs);
        out.push((b, take));
        left -= take;
    }
    (left == 0).then_some(out)
}

// ---- changing the world ---------------------------------------------------------------------

/// Splits `b` so that a batch of exactly `kgs` exists, and returns it (`b` itself when whole).
/// The parent becomes `split`; the left child holds `kgs`, the right child the rest.
fn carve(w: &mut World, ids: &mut IdMaker, b: Ix, kgs: i64) -> Ix {
    let parent = w.batches[b as usize].clone();
    if kgs >= parent.kgs {
        return b;
    }
    let mut child = |w: &mut World, size: i64, serial: i64| {
        let id = ids.make("ctb", |id| w.maps.batches.contains_key(id));
        let c = BatchData {
            id,
            kgs: size,
            serial_start: serial,
            status: Status::Active,
            parent: b,
            left: NONE,
            right: NONE,
            retirement: NONE,
            ..parent.clone()
        };
        w.batches.push(c);
        let ix = (w.batches.len() - 1) as Ix;
        w.maps.batches.insert(id, ix);
        ix
    };
    let left = child(w, kgs, parent.serial_start);
    let right = child(w, parent.kgs - kgs, parent.serial_start + kgs);
    let p = &mut w.batches[b as usize];
    p.status = Status::Split;
    p.left = left;
    p.right = right;
    left
}

/// What happens to the batches of a movement.
#[derive(Clone, Copy)]
enum MoveEffect {
    Retire { event: Ix },
    Give { to: Ix, delivery: Ix },
}

/// Carves every `(batch, kgs)` and applies the move; returns the batches the event holds.
fn apply(w: &mut World, ids: &mut IdMaker, parts: &[(Ix, i64)], mv: MoveEffect) -> Vec<Ix> {
    let mut out = Vec::with_capacity(parts.len());
    for &(b, kgs) in parts {
        let used = carve(w, ids, b, kgs);
        let batch = &mut w.batches[used as usize];
        match mv {
            MoveEffect::Retire { event } => {
                batch.status = Status::Retired;
                batch.retirement = event;
            }
            MoveEffect::Give { to, delivery } => {
                batch.owner = to;
                if delivery != NONE {
                    batch.delivery = delivery;
                }
            }
        }
        out.push(used);
    }
    out
}

fn event(id: CompactId, from: Ix, to: Ix, notes: Option<String>) -> Event {
    Event { id, at: now(), from, to, order: NONE, notes, purposes: Vec::new(), batches: Vec::new(), total: 0 }
}

// ---- the handlers -----------------------------------------------------------------------------

/// What both retirement endpoints share.
struct RetireCommon {
    me: Ix,
    beneficiary: Ix,
    supplier: Ix,
    purposes: Vec<&'static str>,
    notes: Option<String>,
}

fn retire_common<'m>(
    w: &World,
    me: Ix,
    m: &'m Map<String, Value>,
    extra: impl FnOnce(&mut Body<'m>),
) -> Result<RetireCommon, ApiError> {
    let mut b = Body::new(m);
    let owner = b.string("owner_organisation_id", 20, 37);
    let beneficiary = b.string("beneficiary_organisation_id", 20, 37);
    let supplier = b.string("supplier_id", 20, 37);
    let purposes = b.purposes();
    let notes = b.notes();
    extra(&mut b);
    check(b.errs)?;
    let (Some(owner), Some(ben), Some(sup), Some(purposes), Some(notes)) =
        (owner, beneficiary, supplier, purposes, notes)
    else {
        return Err(ApiError::Invalid(Vec::new()));
    };
    own(w, me, "owner_organisation_id", owner)?;
    let loc = [json!("beneficiary_organisation_id")];
    let beneficiary = find(&w.maps.orgs, ben).ok_or_else(|| rule(&loc, "Organisation not found", ben))?;
    if beneficiary != me && !w.beneficiaries.contains(&beneficiary) {
        return Err(rule(&loc, "Organisation is not one of your beneficiaries", ben));
    }
    Ok(RetireCommon { me, beneficiary, supplier: supplier_of(w, sup)?, purposes, notes })
}

fn record_retirement(
    w: &mut World,
    ids: &mut IdMaker,
    c: RetireCommon,
    parts: &[(Ix, i64)],
    quirks: &[super::Quirk],
) -> Response {
    let id = ids.make("ret", |id| w.maps.retirements.contains_key(id));
    let r = w.retirements.len() as Ix;
    let mut e = event(id, c.me, c.beneficiary, c.notes);
    e.purposes = c.purposes;
    w.retirements.push(e);
    let batches = apply(w, ids, parts, MoveEffect::Retire { event: r });
    w.retirements[r as usize].batches = batches;
    w.finish();
    ok_json(&ViewCtx::new(w, quirks).retirement(r))
}

/// `POST /retirements`: retire given amounts of given batches.
pub async fn create_retirement(State(app): State<App>, auth: Auth, body: Bytes) -> Res {
    let me = auth.required()?;
    let m = object(&body)?;
    let quirks = app.inner.opts.quirks.clone();
    app.inner.write(|w, ids| {
        let mut wanted = None;
        let c = retire_common(w, me, &m, |b| wanted = b.batch_quantities(1))?;
        let wanted = wanted.ok_or(ApiError::Invalid(Vec::new()))?;
        let parts = check_batches(w, me, c.supplier, &wanted)?;
        Ok(record_retirement(w, ids, c, &parts, &quirks))
    })
}

/// `POST /retirements/from_oldest_credits`: retire the oldest active credits of a supplier,
/// optionally of one vintage (year of issue) or one order.
pub async fn retire_oldest(State(app): State<App>, auth: Auth, body: Bytes) -> Res {
    let me = auth.required()?;
    let m = object(&body)?;
    let quirks = app.inner.opts.quirks.clone();
    app.inner.write(|w, ids| {
        let mut kgs = None;
        let c = retire_common(w, me, &m, |b| {
            if let Some(v) = b.required("credit_quantity_kg") {
                kgs = b.kgs(&[json!("credit_quantity_kg")], v);
            }
            match m.get("vintage") {
                None | Some(Value::Null) => {}
                Some(v) if v.as_i64().is_some_and(|y| (1900..=2100).contains(&y)) => {}
                Some(v) => {
                    b.errs.push(err(&[json!("vintage")], "Input should be between 1900 and 2100", "int_range", v))
                }
            }
            if let Some(v) = m.get("order_id").filter(|v| !v.is_null()) {
                b.check_string(&[json!("order_id")], v, 20, 37);
            }
        })?;
        let kgs = kgs.ok_or(ApiError::Invalid(Vec::new()))?;
        let vintage = m.get("vintage").and_then(Value::as_i64);
        let order = match m.get("order_id").and_then(Value::as_str) {
            None => NONE,
            Some(o) => match find(&w.maps.orders, o) {
                Some(ix) if w.orders[ix as usize].buyer == me => ix,
                _ => return Err(rule(&[json!("order_id")], "Order not found among your organisation's orders", o)),
            },
        };
        let pool = oldest(w, me, c.supplier, |b| {
            vintage.is_none_or(|y| year_of(w.batch_issued_at(b)) == y) && (order == NONE || w.batch_order(b) == order)
        });
        let parts = take_oldest(w, &pool, kgs).ok_or_else(|| {
            let have: i64 = pool.iter().map(|&b| w.batches[b as usize].kgs).sum();
            rule(
                &[json!("credit_quantity_kg")],
                format!("Insufficient active credits: requested {kgs} kg, {have} kg available"),
                &kgs.to_string(),
            )
        })?;
        Ok(record_retirement(w, ids, c, &parts, &quirks))
    })
}

/// `POST /transfers`: move given amounts of given batches to another organisation.
pub async fn create_transfer(State(app): State<App>, auth: Auth, body: Bytes) -> Res {
    let me = auth.required()?;
    let m = object(&body)?;
    let quirks = app.inner.opts.quirks.clone();
    app.inner.write(|w, ids| {
        let mut b = Body::new(&m);
        let (from, to, sup) = (
            b.string("from_organisation_id", 20, 37),
            b.string("to_organisation_id", 20, 37),
            b.string("supplier_id", 20, 37),
        );
        let (notes, wanted) = (b.notes(), b.batch_quantities(1));
        check(b.errs)?;
        let (Some(from), Some(to), Some(sup), Some(notes), Some(wanted)) = (from, to, sup, notes, wanted) else {
            return Err(ApiError::Invalid(Vec::new()));
        };
        own(w, me, "from_organisation_id", from)?;
        let loc = [json!("to_organisation_id")];
        let to_ix = find(&w.maps.orgs, to).ok_or_else(|| rule(&loc, "Organisation not found", to))?;
        if to_ix == me || !w.buyers.contains(&to_ix) {
            return Err(rule(&loc, "Organisation is not one of your transferees", to));
        }
        let parts = check_batches(w, me, supplier_of(w, sup)?, &wanted)?;
        let id = ids.make("trf", |id| w.maps.transfers.contains_key(id));
        let t = w.transfers.len() as Ix;
        w.transfers.push(event(id, me, to_ix, notes));
        let batches = apply(w, ids, &parts, MoveEffect::Give { to: to_ix, delivery: NONE });
        w.transfers[t as usize].batches = batches;
        w.finish();
        Ok(ok_json(&ViewCtx::new(w, &quirks).transfer(t)))
    })
}

/// `POST /deliveries`: a supplier delivers given amounts of its batches against an order.
pub async fn create_delivery(State(app): State<App>, auth: Auth, body: Bytes) -> Res {
    let me = auth.required()?;
    let m = object(&body)?;
    let quirks = app.inner.opts.quirks.clone();
    app.inner.write(|w, ids| {
        let mut b = Body::new(&m);
        let (order, notes, wanted) = (b.string("order_id", 20, 37), b.notes(), b.batch_quantities(1));
        check(b.errs)?;
        let (Some(order), Some(notes), Some(wanted)) = (order, notes, wanted) else {
            return Err(ApiError::Invalid(Vec::new()));
        };
        let Some(&sup) = w.supplier_of_org.get(&me) else {
            return Err(ApiError::Forbidden("Only a supplier's organisation can deliver credits"));
        };
        let loc = [json!("order_id")];
        let o = match find(&w.maps.orders, order) {
            Some(o) if w.orders[o as usize].supplier == sup => o,
            _ => return Err(rule(&loc, "Order not found among your supplier's orders", order)),
        };
        let parts = check_batches(w, me, sup, &wanted)?;
        let total: i64 = parts.iter().map(|(_, k)| k).sum();
        let open = w.orders[o as usize].extra;
        if total > open {
            return Err(rule(&loc, format!("The order has {open} kg left to deliver; {total} kg requested"), order));
        }
        let id = ids.make("dlv", |id| w.maps.deliveries.contains_key(id));
        let d = w.deliveries.len() as Ix;
        let buyer = w.orders[o as usize].buyer;
        let mut e = event(id, sup, buyer, notes);
        e.order = o;
        w.deliveries.push(e);
        let batches = apply(w, ids, &parts, MoveEffect::Give { to: buyer, delivery: d });
        w.deliveries[d as usize].batches = batches;
        let ord = &mut w.orders[o as usize];
        ord.deliveries.push(d);
        ord.extra -= total;
        w.finish();
        Ok(ok_json(&ViewCtx::new(w, &quirks).delivery(d)))
    })
}

/// `POST /beneficiary`: a new organisation or individual to retire on behalf of.
pub async fn create_beneficiary(State(app): State<App>, auth: Auth, body: Bytes) -> Res {
    auth.required()?;
    let m = object(&body)?;
    let individual = match m.get("__typename").and_then(Value::as_str) {
        Some(t) => t == "CreateIndividualBeneficiary",
        None => m.contains_key("beneficiary_email"),
    };
    let mut b = Body::new(&m);
    let name = b.string("beneficiary_name", 1, 256);
    let key = if individual { "beneficiary_email" } else { "beneficiary_domain" };
    let contact = b.string(key, 1, 256);
    if individual && contact.is_some_and(|e| !looks_like_email(e)) {
        b.errs.push(err(&[json!(key)], "value is not a valid email address", "value_error", &m[key]));
    }
    check(b.errs)?;
    let (Some(name), Some(contact)) = (name, contact) else { return Err(ApiError::Invalid(Vec::new())) };
    let contact = contact.trim().to_ascii_lowercase();
    let quirks = app.inner.opts.quirks.clone();
    app.inner.write(|w, ids| {
        let taken = if individual {
            app.inner.emails.lock().map(|s| s.contains(&contact)).unwrap_or(false)
        } else {
            w.orgs.iter().any(|o| o.domain.as_deref().is_some_and(|d| d.eq_ignore_ascii_case(&contact)))
        };
        if taken {
            return Err(rule(&[json!(key)], "A beneficiary with this value already exists", &contact));
        }
        let id = ids.make("org", |id| w.maps.orgs.contains_key(id));
        let domain = (!individual).then(|| contact.clone());
        w.orgs.push(Org { id, name: name.to_string(), domain });
        let o = (w.orgs.len() - 1) as Ix;
        w.beneficiaries.push(o);
        if individual && let Ok(mut s) = app.inner.emails.lock() {
            s.insert(contact.clone());
        }
        w.finish();
        Ok(ok_json(&ViewCtx::new(w, &quirks).org(o)))
    })
}

fn looks_like_email(s: &str) -> bool {
    let Some((user, host)) = s.split_once('@') else { return false };
    !user.is_empty()
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !s.contains(char::is_whitespace)
}
