//! What every handler of the emulator uses: the per-request state ([`App`], a snapshot of
//! the world), the caller's identity ([`Auth`]), the 200 answer, the paging arguments and the
//! ID filters of lists. A leaf of the handlers: routes, batch lists and writes all import it.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use tokio::sync::watch;

use super::Inner;
use super::auth::{self, TokenError};
use super::data::{CompactId, Ix, World, find};
use super::paging::{Listed, PageArgs, paginate};
use super::query::{ApiError, FieldError, Query};
use super::views::ViewCtx;

/// State shared by all handlers of one server, with a snapshot of the world.
///
/// Cloning an `App` (axum does it for every `State` extractor, so once per request) takes
/// a fresh snapshot: a request reads one consistent world even while a write replaces it.
pub struct App {
    pub inner: Arc<Inner>,
    pub shutdown: watch::Receiver<bool>,
    world: Arc<World>,
}

impl Clone for App {
    fn clone(&self) -> Self {
        App::new(self.inner.clone(), self.shutdown.clone())
    }
}

impl App {
    pub fn new(inner: Arc<Inner>, shutdown: watch::Receiver<bool>) -> App {
        let world = inner.snapshot();
        App { inner, shutdown, world }
    }
    pub fn w(&self) -> &World {
        &self.world
    }
    pub fn ctx(&self) -> ViewCtx<'_> {
        ViewCtx::new(&self.world, &self.inner.opts.quirks)
    }
}

pub type Res = Result<Response, ApiError>;

/// The caller's identity: the client secret was right; `org` is the bearer token's organisation.
pub struct Auth {
    pub org: Option<Ix>,
}

impl Auth {
    /// The token's organisation, or 401 when no token was sent.
    pub fn required(&self) -> Result<Ix, ApiError> {
        self.org.ok_or(ApiError::Unauthorized("Not authenticated: an access token is required"))
    }
}

impl FromRequestParts<App> for Auth {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Self::Rejection> {
        let secret = parts.headers.get("x-client-secret").and_then(|v| v.to_str().ok());
        if secret != Some(app.inner.creds.client_secret.as_str()) {
            return Err(ApiError::Unauthorized("Invalid or missing client secret"));
        }
        let Some(value) = parts.headers.get(header::AUTHORIZATION) else {
            return Ok(Auth { org: None });
        };
        let invalid = ApiError::Unauthorized("Invalid authorization header");
        let text = value.to_str().map_err(|_| ApiError::Unauthorized("Invalid authorization header"))?;
        let (scheme, token) = text.trim().split_once(' ').ok_or(invalid)?;
        if !scheme.eq_ignore_ascii_case("bearer") {
            return Err(ApiError::Unauthorized("Invalid authorization header"));
        }
        let org_id = auth::verify(&app.inner.jwt_key, token.trim()).map_err(|e| match e {
            TokenError::Expired => ApiError::Unauthorized("Token has expired"),
            _ => ApiError::Unauthorized("Could not validate credentials"),
        })?;
        let org = find(&app.w().maps.orgs, &org_id).ok_or(ApiError::Unauthorized("Unknown organisation"))?;
        Ok(Auth { org: Some(org) })
    }
}

/// Serializes a value as the 200 JSON answer.
pub fn json<T: Serialize>(value: &T) -> Response {
    match serde_json::to_vec(value) {
        Ok(body) => (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

pub fn lookup(map: &HashMap<CompactId, Ix>, id: &str, thing: &str) -> Result<Ix, ApiError> {
    find(map, id).ok_or_else(|| ApiError::not_found(thing))
}

/// Parses the paging arguments, or answers 422.
pub fn page_args(q: &Query) -> Result<PageArgs, ApiError> {
    let mut errs = Vec::new();
    let args = PageArgs::parse(q, &mut errs);
    check(errs)?;
    Ok(args)
}

pub fn check(errs: Vec<FieldError>) -> Result<(), ApiError> {
    match errs.is_empty() {
        true => Ok(()),
        false => Err(ApiError::Invalid(errs)),
    }
}

pub fn page_of<T: Serialize>(args: &PageArgs, list: &[Ix], render: impl Fn(Ix) -> T) -> Response {
    json(&paginate(args, list.len(), |i| render(list[i])))
}

pub fn list_page<T: Serialize>(raw: Option<String>, list: &[Ix], render: impl Fn(Ix) -> T) -> Res {
    let args = page_args(&Query::parse(raw.as_deref()))?;
    Ok(page_of(&args, list, render))
}

pub fn listed<T: Serialize>(list: &[Ix], render: impl Fn(Ix) -> T) -> Response {
    let nodes: Vec<T> = list.iter().map(|&b| render(b)).collect();
    json(&Listed { total_count: nodes.len(), nodes })
}

/// A list filter given as an ID in the query.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IdFilter {
    Any,
    NoMatch,
    Is(Ix),
}

impl IdFilter {
    pub fn from_query(q: &Query, name: &str, map: &HashMap<CompactId, Ix>) -> IdFilter {
        match q.get(name) {
            None | Some("") => IdFilter::Any,
            Some(id) => find(map, id).map_or(IdFilter::NoMatch, IdFilter::Is),
        }
    }
    pub fn accepts(self, value: Ix) -> bool {
        match self {
            IdFilter::Any => true,
            IdFilter::NoMatch => false,
            IdFilter::Is(x) => x == value,
        }
    }
}

/// The organisation in the path, if the token belongs to it (401, 404, 403 otherwise).
pub fn own_org(app: &App, auth: &Auth, id: &str) -> Result<Ix, ApiError> {
    let mine = auth.required()?;
    let o = lookup(&app.w().maps.orgs, id, "Organisation")?;
    match o == mine {
        true => Ok(o),
        false => Err(ApiError::Forbidden("You do not have access to this organisation")),
    }
}
