//! The router of the API under `/registry/v0`: every route, read and write (the writes' handlers
//! live in `writes.rs`, the credit-batch lists in `batches.rs`), and the read handlers: lookups
//! by ID and paginated lists with their filters. The contract judge ([`judge`], from `spec.rs`)
//! answers unknown paths (404), wrong methods (405) and bad paths or queries (422) before any
//! handler runs; the caller's identity (401) is `state::Auth`.

use std::borrow::Cow;
use std::collections::HashMap;

use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Serialize;

use super::BASE_PATH;
use super::batches;
use super::data::{CompactId, Event, Indexes, Ix, Maps, World};
use super::paging::paginate;
use super::query::{ApiError, Query};
use super::spec;
use super::state::{App, Auth, IdFilter, Res, json, list_page, listed, lookup, own_org, page_args, page_of};
use super::views::ViewCtx;
use super::writes;

/// Events filtered by two keys, each with its own pre-built index.
fn two_filters<'a>(
    all: &'a [Ix],
    (a, a_idx): (IdFilter, &'a [Vec<Ix>]),
    (b, b_idx): (IdFilter, &'a [Vec<Ix>]),
    b_key: impl Fn(Ix) -> Ix,
) -> Cow<'a, [Ix]> {
    match (a, b) {
        (IdFilter::NoMatch, _) | (_, IdFilter::NoMatch) => Cow::Owned(Vec::new()),
        (IdFilter::Any, IdFilter::Any) => Cow::Borrowed(all),
        (IdFilter::Is(x), IdFilter::Any) => Cow::Borrowed(&a_idx[x as usize]),
        (IdFilter::Any, IdFilter::Is(y)) => Cow::Borrowed(&b_idx[y as usize]),
        (IdFilter::Is(x), IdFilter::Is(y)) => {
            Cow::Owned(a_idx[x as usize].iter().copied().filter(|&e| b_key(e) == y).collect())
        }
    }
}

fn key<'a>(events: &'a [Event], f: impl Fn(&Event) -> Ix + 'a) -> impl Fn(Ix) -> Ix + 'a {
    move |e| f(&events[e as usize])
}

/// All routes, nested under the base path.
pub fn router(app: App) -> Router {
    let app_for_judge = app.clone();
    let api = Router::new()
        .route("/beneficiaries", get(beneficiaries))
        .route("/beneficiary", post(writes::create_beneficiary))
        .route("/credit_batches/{id}", get(credit_batch))
        .route("/deliveries", post(writes::create_delivery))
        .route("/issuances", get(issuances))
        .route("/issuances/{id}", get(issuance))
        .route("/issuances/{id}/credit_batches", get(issuance_batches))
        .route("/orders/{id}", get(order))
        .route("/orders/{id}/deliveries", get(order_deliveries))
        .route("/organisation", get(current_organisation))
        .route("/organisations/{id}", get(organisation))
        .route("/organisations/{id}/credit_balance", get(credit_balance))
        .route("/organisations/{id}/credit_batches", get(batches::org_credit_batches))
        .route("/organisations/{id}/orders", get(org_orders))
        .route("/projects", get(projects))
        .route("/projects/{id}", get(project))
        .route("/projects/{id}/documents", get(project_documents))
        .route("/retirements", post(writes::create_retirement))
        .route("/retirements/from_oldest_credits", post(writes::retire_oldest))
        .route("/stripe/checkout", post(not_allowed))
        .route("/stripe/configuration", get(stripe_configuration))
        .route("/supplier", get(current_supplier))
        .route("/suppliers", get(suppliers))
        .route("/suppliers/{id}", get(supplier))
        .route("/suppliers/{id}/deliveries", get(supplier_deliveries))
        .route("/suppliers/{id}/issuances", get(supplier_issuances))
        .route("/suppliers/{id}/orders", get(supplier_orders))
        .route("/suppliers/{id}/projects", get(supplier_projects))
        .route("/transferees", get(transferees))
        .route("/transfers", post(writes::create_transfer));
    let movements =
        [("deliveries", &DELIVERIES), ("retirements", &RETIREMENTS), ("transfers", &TRANSFERS), ("refunds", &REFUNDS)];
    let api = movements
        .into_iter()
        .fold(api, |r, (collection, m)| movement_routes(r, collection, m))
        .method_not_allowed_fallback(not_allowed)
        .with_state(app);
    Router::new()
        .nest(BASE_PATH, api)
        .fallback(not_found)
        .method_not_allowed_fallback(not_allowed)
        .layer(axum::middleware::from_fn_with_state(app_for_judge, judge))
}

/// Middleware: the contract judges every request before its handler (404, 405, 422). A wrong
/// client secret goes straight to the handler's 401, as authentication comes first upstream.
async fn judge(State(app): State<App>, req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let secret = req.headers().get("x-client-secret").and_then(|v| v.to_str().ok());
    if secret == Some(app.inner.creds.client_secret.as_str())
        && let Some(path) = req.uri().path().strip_prefix(BASE_PATH)
        && let Err(e) = spec::check_request(req.method().as_str(), path, req.uri().query())
    {
        return e.into_response();
    }
    next.run(req).await
}

async fn not_found() -> ApiError {
    ApiError::NotFound("Not Found".to_string())
}

async fn not_allowed() -> ApiError {
    ApiError::MethodNotAllowed
}

// ---- organisations -------------------------------------------------------------------------

async fn current_organisation(State(app): State<App>, auth: Auth) -> Res {
    Ok(json(&app.ctx().org(auth.required()?)))
}

async fn organisation(State(app): State<App>, _auth: Auth, Path(id): Path<String>) -> Res {
    let o = lookup(&app.w().maps.orgs, &id, "Organisation")?;
    Ok(json(&app.ctx().org(o)))
}

async fn credit_balance(State(app): State<App>, auth: Auth, Path(id): Path<String>) -> Res {
    let o = own_org(&app, &auth, &id)?;
    Ok(json(&app.ctx().balance(o)))
}

async fn org_orders(State(app): State<App>, auth: Auth, Path(id): Path<String>, RawQuery(q): RawQuery) -> Res {
    let o = own_org(&app, &auth, &id)?;
    list_page(q, &app.w().idx.org_orders[o as usize], |i| app.ctx().order(i))
}

async fn beneficiaries(State(app): State<App>, auth: Auth, RawQuery(q): RawQuery) -> Res {
    let me = auth.required()?;
    let mut list = vec![me];
    list.extend(app.w().beneficiaries.iter().copied().filter(|&b| b != me));
    list_page(q, &list, |o| app.ctx().org(o))
}

async fn transferees(State(app): State<App>, auth: Auth, RawQuery(q): RawQuery) -> Res {
    let me = auth.required()?;
    let list: Vec<Ix> = app.w().buyers.iter().copied().filter(|&b| b != me).collect();
    list_page(q, &list, |o| app.ctx().org(o))
}

// ---- suppliers ---------------------------------------------------------------------------

fn token_supplier(app: &App, auth: &Auth, thing: &str) -> Result<Ix, ApiError> {
    let org = auth.required()?;
    app.w().supplier_of_org.get(&org).copied().ok_or_else(|| ApiError::not_found(thing))
}

async fn current_supplier(State(app): State<App>, auth: Auth) -> Res {
    let s = token_supplier(&app, &auth, "Supplier")?;
    Ok(json(&app.ctx().supplier(s)))
}

async fn stripe_configuration(State(app): State<App>, auth: Auth) -> Res {
    let s = token_supplier(&app, &auth, "Stripe configuration")?;
    Ok(json(&app.ctx().stripe(s)))
}

async fn suppliers(State(app): State<App>, _auth: Auth, RawQuery(q): RawQuery) -> Res {
    let all: Vec<Ix> = (0..app.w().suppliers.len() as Ix).collect();
    list_page(q, &all, |s| app.ctx().supplier(s))
}

async fn supplier(State(app): State<App>, _auth: Auth, Path(id): Path<String>) -> Res {
    let s = lookup(&app.w().maps.suppliers, &id, "Supplier")?;
    Ok(json(&app.ctx().supplier(s)))
}

async fn supplier_deliveries(
    State(app): State<App>,
    _auth: Auth,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Res {
    let s = lookup(&app.w().maps.suppliers, &id, "Supplier")?;
    list_page(q, &app.w().idx.supplier_deliveries[s as usize], |d| app.ctx().delivery(d))
}

async fn supplier_issuances(State(app): State<App>, _auth: Auth, Path(id): Path<String>, RawQuery(q): RawQuery) -> Res {
    let s = lookup(&app.w().maps.suppliers, &id, "Supplier")?;
    list_page(q, &app.w().idx.supplier_issuances[s as usize], |i| app.ctx().issuance(i))
}

async fn supplier_orders(State(app): State<App>, auth: Auth, Path(id): Path<String>, RawQuery(q): RawQuery) -> Res {
    auth.required()?;
    let s = lookup(&app.w().maps.suppliers, &id, "Supplier")?;
    list_page(q, &app.w().idx.supplier_orders[s as usize], |o| app.ctx().order(o))
}

async fn supplier_projects(State(app): State<App>, _auth: Auth, Path(id): Path<String>, RawQuery(q): RawQuery) -> Res {
    let s = lookup(&app.w().maps.suppliers, &id, "Supplier")?;
    list_page(q, &app.w().idx.supplier_projects[s as usize], |p| app.ctx().project(p))
}

// ---- projects and issuances --------------------------------------------------------------

async fn projects(State(app): State<App>, _auth: Auth, RawQuery(q): RawQuery) -> Res {
    list_page(q, &app.w().idx.projects, |p| app.ctx().project(p))
}

async fn project(State(app): State<App>, _auth: Auth, Path(id): Path<String>) -> Res {
    let p = lookup(&app.w().maps.projects, &id, "Project")?;
    Ok(json(&app.ctx().project(p)))
}

async fn project_documents(State(app): State<App>, _auth: Auth, Path(id): Path<String>, RawQuery(q): RawQuery) -> Res {
    let p = lookup(&app.w().maps.projects, &id, "Project")?;
    let args = page_args(&Query::parse(q.as_deref()))?;
    let n = app.w().projects[p as usize].documents.len();
    Ok(json(&paginate(&args, n, |d| app.ctx().document(p, d))))
}

async fn issuances(State(app): State<App>, _auth: Auth, RawQuery(q): RawQuery) -> Res {
    list_page(q, &app.w().idx.issuances, |i| app.ctx().issuance(i))
}

async fn issuance(State(app): State<App>, _auth: Auth, Path(id): Path<String>) -> Res {
    let i = lookup(&app.w().maps.issuances, &id, "Issuance")?;
    Ok(json(&app.ctx().issuance(i)))
}

async fn issuance_batches(State(app): State<App>, _auth: Auth, Path(id): Path<String>) -> Res {
    let i = lookup(&app.w().maps.issuances, &id, "Issuance")?;
    Ok(json(&app.ctx().issuance_batches(i)))
}

// ---- batches, orders and movements -------------------------------------------------------

async fn credit_batch(State(app): State<App>, auth: Auth, Path(id): Path<String>) -> Res {
    auth.required()?;
    let b = lookup(&app.w().maps.batches, &id, "Credit batch")?;
    Ok(json(&app.ctx().batch(b)))
}

async fn order(State(app): State<App>, auth: Auth, Path(id): Path<String>) -> Res {
    auth.required()?;
    let o = lookup(&app.w().maps.orders, &id, "Order")?;
    Ok(json(&app.ctx().order(o)))
}

async fn order_deliveries(State(app): State<App>, auth: Auth, Path(id): Path<String>, RawQuery(q): RawQuery) -> Res {
    auth.required()?;
    let o = lookup(&app.w().maps.orders, &id, "Order")?;
    list_page(q, &app.w().idx.order_deliveries[o as usize], |d| app.ctx().delivery(d))
}

/// One movement noun (delivery, retirement, transfer, refund): its events, IDs and
/// view, and for those with a list its two filters. `list`, `get` and `batches` are
/// one implementation each, shared by the four.
struct Movement {
    thing: &'static str,
    events: fn(&World) -> &[Event],
    map: fn(&Maps) -> &HashMap<CompactId, Ix>,
    view: fn(&ViewCtx<'_>, Ix) -> serde_json::Value,
    list: Option<MovementList>,
}

/// A filter of a movement list: its query key, the map its IDs come from, and the index of events per value.
type MovementFilter = (&'static str, fn(&Maps) -> &HashMap<CompactId, Ix>, fn(&Indexes) -> &[Vec<Ix>]);

/// A movement list: every event newest first, and two filters.
struct MovementList {
    all: fn(&Indexes) -> &[Ix],
    a: MovementFilter,
    b: MovementFilter,
    /// The second filter's value on an event.
    b_key: fn(&Event) -> Ix,
}

fn view<T: Serialize>(v: T) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or(serde_json::Value::Null)
}

/// A [`Movement`] whose events, ID map and index of all events are the world's `$events`,
/// viewed by `Ctx::$one`; with a list, filtered by two (query key, map, index) triples, the
/// second matched on the event's `$b_key`.
macro_rules! movement {
    ($thing:literal, $events:ident, $one:ident) => {
        Movement {
            thing: $thing,
            events: |w| &w.$events,
            map: |m| &m.$events,
            view: |c, i| view(c.$one(i)),
            list: None,
        }
    };
    ($thing:literal, $events:ident, $one:ident, ($ak:literal, $am:ident, $ai:ident), ($bk:literal, $bm:ident, $bi:ident), $b_key:ident) => {
        Movement {
            list: Some(MovementList {
                all: |x| &x.$events,
                a: ($ak, |m| &m.$am, |x| &x.$ai),
                b: ($bk, |m| &m.$bm, |x| &x.$bi),
                b_key: |e| e.$b_key,
            }),
            ..movement!($thing, $events, $one)
        }
    };
}

#[rustfmt::skip]
static DELIVERIES: Movement = movement!("Delivery", deliveries, delivery,
    ("from_supplier_id", suppliers, supplier_deliveries), ("to_organisation_id", orgs, org_deliveries_in), to);
#[rustfmt::skip]
static RETIREMENTS: Movement = movement!("Retirement", retirements, retirement,
    ("beneficiary_org_id", orgs, org_beneficiary_retirements), ("owner_org_id", orgs, org_retirements), from);
#[rustfmt::skip]
static TRANSFERS: Movement = movement!("Transfer", transfers, transfer,
    ("from_organisation_id", orgs, org_transfers_out), ("to_organisation_id", orgs, org_transfers_in), to);
static REFUNDS: Movement = movement!("Refund", refunds, refund);

/// `GET /<movements>`: a page of the list, filtered by the two query keys.
fn movement_list(m: &Movement, app: &App, q: Option<String>) -> Res {
    let (w, query) = (app.w(), Query::parse(q.as_deref()));
    let args = page_args(&query)?;
    let Some(l) = &m.list else { return Err(ApiError::NotFound("Not Found".to_string())) };
    let a = IdFilter::from_query(&query, l.a.0, (l.a.1)(&w.maps));
    let b = IdFilter::from_query(&query, l.b.0, (l.b.1)(&w.maps));
    let list = two_filters((l.all)(&w.idx), (a, (l.a.2)(&w.idx)), (b, (l.b.2)(&w.idx)), key((m.events)(w), l.b_key));
    let ctx = app.ctx();
    Ok(page_of(&args, &list, |i| (m.view)(&ctx, i)))
}

/// `GET /<movements>/{id}`.
fn movement_get(m: &Movement, app: &App, id: &str) -> Res {
    let i = lookup((m.map)(&app.w().maps), id, m.thing)?;
    Ok(json(&(m.view)(&app.ctx(), i)))
}

/// `GET /<movements>/{id}/credit_batches`: every batch in one answer.
fn movement_batches(m: &Movement, app: &App, id: &str) -> Res {
    let i = lookup((m.map)(&app.w().maps), id, m.thing)?;
    Ok(listed(&(m.events)(app.w())[i as usize].batches, |b| app.ctx().batch(b)))
}

/// The read routes of one movement noun under `/<collection>` (its list, when it has one,
/// keeps the write `post` already routed there).
fn movement_routes(r: Router<App>, collection: &str, m: &'static Movement) -> Router<App> {
    let r = r
        .route(
            &format!("/{collection}/{{id}}"),
            get(move |State(app): State<App>, _auth: Auth, Path(id): Path<String>| async move {
                movement_get(m, &app, &id)
            }),
        )
        .route(
            &format!("/{collection}/{{id}}/credit_batches"),
            get(move |State(app): State<App>, _auth: Auth, Path(id): Path<String>| async move {
                movement_batches(m, &app, &id)
            }),
        );
    if m.list.is_none() {
        return r;
    }
    r.route(
        &format!("/{collection}"),
        get(move |State(app): State<App>, _auth: Auth, RawQuery(q): RawQuery| async move { movement_list(m, &app, q) }),
    )
}
