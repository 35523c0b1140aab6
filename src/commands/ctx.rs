//! What every command gets: [`Ctx`] (the settings, the renderer, the terminal
//! and the one HTTP client of the run) and the few helpers commands share
//! (lookups by ID, notes on stderr, a progress bar). Built once in `main`;
//! commands import it, never the dispatcher in `mod.rs`. Showing and listing
//! records ([`Ctx::show`], [`Ctx::list`]) live in `listing.rs`, which also
//! resolves names, so that this file imports no command module.

use crate::cli::options::{Global, Id};
use crate::client::{Client, ClientOptions};
use crate::config::{EnvVars, Settings};
use crate::error::{Error, Result};
use crate::render::{Plan, Renderer};
use crate::term::Terminal;
use crate::term::progress::Progress;
use serde_json::Value;
use std::time::Duration;

/// Everything a command needs.
pub struct Ctx {
    pub global: Global,
    pub settings: Settings,
    pub env: EnvVars,
    /// The terminal: facts (ttys, width, colour), notes, prompts.
    pub term: Terminal,
    pub out: Renderer,
    /// The one HTTP client of this run (built on first use, then shared).
    pub client: std::sync::OnceLock<Client>,
    /// The completion script for a shell, made from the whole command line (the
    /// root passes it in, so that commands never import the root).
    pub completions: fn(clap_complete::Shell) -> String,
}

impl Ctx {
    /// The API client for the settings in force, built once per run and shared
    /// (one connection pool, one TLS session); fails on missing or unsafe
    /// configuration, and on an expired access token (before any request).
    pub fn client(&self) -> Result<Client> {
        if let Some(c) = self.client.get() {
            return Ok(c.clone());
        }
        if let Some(e) = crate::token::expired(&self.settings) {
            return Err(e);
        }
        let c = Client::new(ClientOptions {
            base_url: self.settings.base_url.clone(),
            client_secret: self.settings.client_secret.clone(),
            access_token: self.settings.access_token.clone(),
            timeout: Duration::from_secs_f64(self.global.timeout.min(crate::client::MAX_TIMEOUT.as_secs_f64())),
            retries: self.global.retries,
            log: self.global.verbose.then(|| self.term.notes()),
        })?;
        Ok(self.client.get_or_init(|| c).clone())
    }

    /// Prints a note on stderr unless `--quiet`.
    pub fn note(&self, msg: &str) {
        if !self.global.quiet {
            self.term.line(msg);
        }
    }

    /// A progress bar on stderr for fetching `what` (inert unless stderr is a terminal and not `--quiet`).
    pub fn progress(&self, what: &str) -> Progress {
        Progress::new(&self.term, self.global.quiet, what)
    }

    /// GETs every path (`--concurrency` at once) and returns each answer (or
    /// error) in the order given, moving `bar` on as each arrives: `before`
    /// items were fetched before these, of `total` if known.
    pub async fn get_each(
        &self,
        paths: Vec<String>,
        bar: &mut Progress,
        before: u64,
        total: Option<u64>,
    ) -> Result<Vec<Result<Value>>> {
        use futures::StreamExt;
        let client = self.client()?;
        let mut out = Vec::with_capacity(paths.len());
        let fetch = |p: String| {
            let c = client.clone();
            async move { c.get(&p, &[]).await }
        };
        let mut answers = futures::stream::iter(paths).map(fetch).buffered(self.global.concurrency.max(1) as usize);
        while let Some(a) = answers.next().await {
            out.push(a);
            bar.update(before + out.len() as u64, total);
        }
        Ok(out)
    }

    /// GETs one resource.
    pub async fn get(&self, path: &str) -> Result<Value> {
        self.client()?.get(path, &[]).await
    }

    /// Tells (on stderr) that `shown` of `total` items were shown (a list cut by `--limit`).
    /// A server that announced fewer than were shown is quoted, not believed ("5 of 0" is never said).
    pub fn cut_note(&self, shown: u64, total: Option<u64>, what: &str) {
        let group = |t: u64| crate::quantity::group(&t.to_string());
        let (of, said) = match total {
            Some(t) if t >= shown => (format!(" of {}", group(t)), String::new()),
            Some(t) => (String::new(), format!(" (the server announced {})", group(t))),
            None => (String::new(), String::new()),
        };
        self.note(&format!("Showing {shown}{of} {what}{said}; use --all to list them all, or --limit N for more."))
    }

    /// The organisation to act on: the given ID (checked when the command line
    /// was read), or for none or `me` the token's own (as the server sent it:
    /// callers put it into paths with [`crate::ids::segment`]).
    pub async fn org_or_current(&self, org: Option<&Id>) -> Result<String> {
        if let Some(o) = org.filter(|o| !o.is_me()) {
            return Ok(o.as_str().to_string());
        }
        let me = self.get("/organisation").await?;
        me.get("id")
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| Error::bad_answer("The answer to GET /organisation has no `id`."))
    }
}

/// Checks every quantity a record shows under `plan` (its list columns and its
/// detail rows): an impossible one is a bad answer (exit 6), whatever the
/// output format, as lineage, balance and sync say it.
pub fn check_shown(v: &Value, plan: &Plan) -> Result<()> {
    let record = match v.get("id").and_then(Value::as_str) {
        Some(id) => {
            let kind = crate::ids::kind_of(id).map_or("record", |r| r.name());
            format!("{kind} {}", crate::sanitize::printable(id))
        }
        None => "record".to_string(),
    };
    let qty = plan.columns.iter().chain(plan.detail).filter(|c| c.kind == crate::render::ColKind::Qty);
    for c in qty {
        let at = c.path.split('.').try_fold(v, |cur, k| cur.get(k));
        if let Some(q) = at {
            crate::model::shown_quantity(q, &c.path, &record)?;
        }
    }
    Ok(())
}

/// [`check_shown`] for each record of a list.
pub fn check_all_shown(rows: &[Value], plan: &Plan) -> Result<()> {
    rows.iter().try_for_each(|v| check_shown(v, plan))
}

/// The error for a lookup the server answered with `null`: nothing there (exit 4).
pub fn nothing_at(path: &str) -> Error {
    let what = match crate::client::resource_named(path) {
        Some((name, id, _)) => format!("{name} {id}"),
        None => format!("the current {}", path.trim_matches('/')),
    };
    Error::not_found(format!(
        "The server returned nothing (null) for {what}: it does not exist, or is not visible to these credentials."
    ))
}

/// Builds `/<collection>/<id>[/<tail>]` from an ID the command line has
/// already checked (an [`Id`] cannot change the path).
pub fn id_path(collection: &str, id: &Id, tail: &str) -> String {
    let id = id.as_str();
    if tail.is_empty() { format!("/{collection}/{id}") } else { format!("/{collection}/{id}/{tail}") }
}
