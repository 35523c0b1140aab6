//! Commands: one file per noun. Each turns arguments into client calls and
//! hands records to the renderer; no HTTP details and no formatting here.
//!
//! [`Ctx`] is built once in `main` and passed down: it holds the settings, the
//! renderer (the only stdout) and terminal facts, and builds the client.

pub mod api;
pub mod auth;
pub mod balance;
pub mod batch;
pub mod config_cmd;
pub mod delivery;
pub mod demo;
pub mod diff;
pub mod emulator_cmd;
pub mod find;
pub mod issuance;
pub mod lineage;
pub mod lookup;
pub mod movement;
pub mod order;
pub mod org;
pub mod plan;
pub mod progress;
pub mod project;
pub mod reconcile;
pub mod refund;
pub mod resolve;
pub mod retirement;
pub mod sql;
pub mod supplier;
pub mod sync;
pub mod transfer;
pub mod tx;
pub mod write;

use crate::cli::{Command, Global, LimitOpts, ListOpts};
use crate::client::shard::Listing;
use crate::client::{Client, ClientOptions, Pager};
use crate::config::{EnvVars, Settings};
use crate::error::{Error, Result};
use crate::ids::{self, Resource};
use crate::render::{Plan, Renderer};
use org::{BeneficiaryCmd, SimpleListCmd};
use serde_json::Value;
use std::time::Duration;

/// Facts about the terminal, found once in `main` (overridable for tests).
#[derive(Debug, Clone, Copy)]
pub struct Term {
    pub stdout_tty: bool,
    pub stderr_tty: bool,
    /// Labels on stderr (`error:`, `ok:`, `FAILED:`) are coloured.
    pub stderr_color: bool,
    pub width: u16,
}

/// Everything a command needs.
pub struct Ctx {
    pub global: Global,
    pub settings: Settings,
    pub env: EnvVars,
    pub term: Term,
    pub out: Renderer,
    /// The one HTTP client of this run (built on first use, then shared).
    pub client: std::sync::OnceLock<Client>,
}

impl Ctx {
    /// The API client for the settings in force, built once per run and shared
    /// (one connection pool, one TLS session); fails on missing or unsafe configuration.
    pub fn client(&self) -> Result<Client> {
        if let Some(c) = self.client.get() {
            return Ok(c.clone());
        }
        let c = Client::new(ClientOptions {
            base_url: self.settings.base_url.clone(),
            client_secret: self.settings.client_secret.clone(),
            access_token: self.settings.access_token.clone(),
            timeout: Duration::from_secs_f64(self.global.timeout.min(crate::client::MAX_TIMEOUT.as_secs_f64())),
            retries: self.global.retries,
            verbose: self.global.verbose,
        })?;
        Ok(self.client.get_or_init(|| c).clone())
    }

    /// Prints a note on stderr unless `--quiet`.
    pub fn note(&self, msg: &str) {
        if !self.global.quiet {
            crate::say!("{msg}");
        }
    }

    /// GETs one resource.
    pub async fn get(&self, path: &str) -> Result<Value> {
        self.client()?.get(path, &[]).await
    }

    /// GETs one resource and renders it (with names beside IDs in tables).
    pub async fn show(&mut self, path: &str, plan: &Plan) -> Result<()> {
        let v = self.get(path).await?;
        if v.is_null() {
            self.out.null()?;
            return Err(nothing_at(path));
        }
        resolve::ids_and_names(self, std::slice::from_ref(&v)).await;
        self.out.one(&v, plan)
    }

    /// Lists an endpoint through the renderer, page by page (streamed for
    /// json, jsonl and csv; tables wait for every row, then resolve names).
    pub async fn list(
        &mut self,
        path: String,
        query: Vec<(String, String)>,
        plan: &Plan,
        what: &str,
        opts: &ListOpts,
    ) -> Result<()> {
        let client = self.client()?;
        let pager = Pager::new(&client, path, query, opts.page_size, opts.after()?, opts.limit());
        self.list_from(Listing::sequential(pager), plan, what, opts.all).await
    }

    /// Renders a listing (sequential or sharded) as [`Ctx::list`] does; `all`: `--all` was given.
    pub async fn list_from(&mut self, mut pager: Listing, plan: &Plan, what: &str, all: bool) -> Result<()> {
        let mut bar = progress::Progress::new(self, what);
        let shown = if self.out.wants_whole_list() {
            let mut rows = Vec::new();
            while let Some(page) = pager.next_page().await? {
                rows.extend(page.nodes);
                bar.update(pager.fetched(), pager.total_count());
            }
            bar.finish();
            resolve::ids_and_names(self, &rows).await;
            let mut w = self.out.list(plan);
            w.page(rows)?;
            w.finish()?
        } else {
            let mut w = self.out.list(plan);
            while let Some(page) = pager.next_page().await? {
                w.page(page.nodes)?;
                bar.update(pager.fetched(), pager.total_count());
            }
            bar.finish();
            w.finish()?
        };
        if pager.more() && !all {
            self.cut_note(shown, pager.total_count(), what);
        }
        Ok(())
    }

    /// Tells (on stderr) that `shown` of `total` items were shown (a list cut by `--limit`).
    pub fn cut_note(&self, shown: u64, total: Option<u64>, what: &str) {
        let total = total.map(|t| crate::quantity::group(&t.to_string()));
        let of = total.map(|t| format!(" of {t}")).unwrap_or_default();
        self.note(&format!("Showing {shown}{of} {what}; use --all to list them all, or --limit N for more."));
    }

    /// The organisation to act on: the given ID (checked), or the token's own
    /// (as the server sent it: callers put it into paths with [`ids::segment`]).
    pub async fn org_or_current(&self, org: Option<&str>) -> Result<String> {
        if let Some(o) = org {
            return ids::check(o, Resource::Organisation);
        }
        let me = self.get("/organisation").await?;
        me.get("id")
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| Error::bad_answer("The answer to GET /organisation has no `id`."))
    }
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

/// Builds `/<collection>/<id>[/<tail>]` after checking the ID.
pub fn id_path(collection: &str, raw: &str, res: Resource, tail: &str) -> Result<String> {
    let id = ids::check(raw, res)?;
    Ok(if tail.is_empty() { format!("/{collection}/{id}") } else { format!("/{collection}/{id}/{tail}") })
}

/// `NOUN batches ID`: the credit batches of a delivery, retirement, transfer or refund.
/// These endpoints are not paginated and take no query: one plain GET answers
/// `{nodes, total_count}`; `--limit` cuts what is shown, as for other lists.
pub async fn batches_of(ctx: &mut Ctx, collection: &str, raw_id: &str, res: Resource, opts: &LimitOpts) -> Result<()> {
    let path = id_path(collection, raw_id, res, "credit_batches")?;
    let v = ctx.get(&path).await?;
    let Some(Value::Array(mut nodes)) = v.get("nodes").cloned() else {
        return Err(Error::bad_answer(format!("The answer to GET {path} has no `nodes` list.")));
    };
    let total = nodes.len() as u64;
    let keep = opts.limit().map_or(nodes.len(), |l| nodes.len().min(usize::try_from(l).unwrap_or(usize::MAX)));
    nodes.truncate(keep);
    resolve::ids_and_names(ctx, &nodes).await;
    let mut w = ctx.out.list(&batch::PLAN);
    w.page(nodes)?;
    let shown = w.finish()?;
    if shown < total && !opts.all {
        ctx.cut_note(shown, Some(total), "credit batches");
    }
    Ok(())
}

/// Runs the parsed command.
pub async fn run(cmd: Command, ctx: &mut Ctx) -> Result<()> {
    match cmd {
        Command::Balance(a) => balance::run(a, ctx).await,
        Command::Batch(c) => batch::run(c, ctx).await,
        Command::Issuance(c) => issuance::run(c, ctx).await,
        Command::Delivery(c) => movement::run(&delivery::NOUN, c.into(), ctx).await,
        Command::Retirement(c) => movement::run(&retirement::NOUN, c.into(), ctx).await,
        Command::Transfer(a) => match a.cmd {
            Some(c) => movement::run(&transfer::NOUN, c.into(), ctx).await,
            None => tx::transfer(a.send, ctx).await,
        },
        Command::Retire(a) => tx::retire(*a, ctx).await,
        Command::Deliver(a) => tx::deliver(a, ctx).await,
        Command::Order(c) => order::run(c, ctx).await,
        Command::Supplier(c) => supplier::run(c, ctx).await,
        Command::Project(c) => project::run(c, ctx).await,
        Command::Org(c) => org::run(c, ctx).await,
        Command::Refund(c) => movement::run(&refund::NOUN, c.into(), ctx).await,
        Command::Beneficiary(BeneficiaryCmd::List { list }) => {
            org::list("/beneficiaries", SimpleListCmd::List { list }, ctx).await
        }
        Command::Beneficiary(BeneficiaryCmd::Add { name, domain, email, write }) => {
            tx::beneficiary_add(name, domain, email, write, ctx).await
        }
        Command::Transferee(c) => org::list("/transferees", c, ctx).await,
        Command::Reconcile(a) => reconcile::run(a, ctx).await,
        Command::Api(a) => api::run(a, ctx).await,
        Command::Config(c) => config_cmd::run(c, ctx).await,
        Command::Auth(c) => auth::run(c, ctx).await,
        Command::Completions(a) => {
            let s = completions_script(a.shell);
            ctx.out.text(&s)
        }
        Command::Sync(a) => sync::run(a, ctx).await,
        Command::Sql(a) => sql::run(a, ctx).await,
        Command::Diff(a) => diff::run(a, ctx).await,
        Command::Find(a) => find::run(a, ctx).await,
        Command::Emulator(a) => emulator_cmd::run(a, ctx).await,
    }
}

/// The man pages, one per command (`isoreg.1`, `isoreg-batch.1`,
/// `isoreg-batch-get.1`, …), generated from the same clap definitions as
/// `--help`; checked in under `man/` and kept fresh by a test.
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    use clap::CommandFactory;
    let mut root = crate::cli::Cli::command();
    root.build();
    let mut pages = Vec::new();
    add_man_pages(&root, "isoreg", &mut pages);
    pages
}

fn add_man_pages(cmd: &clap::Command, name: &str, pages: &mut Vec<(String, Vec<u8>)>) {
    let mut buf = Vec::new();
    let page = cmd.clone().name(name.to_string()).bin_name(name.replace('-', " "));
    if clap_mangen::Man::new(page).render(&mut buf).is_ok() {
        pages.push((format!("{name}.1"), buf));
    }
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        add_man_pages(sub, &format!("{name}-{}", sub.get_name()), pages);
    }
}

/// The completion script for `shell`.
pub fn completions_script(shell: clap_complete::Shell) -> String {
    use clap::CommandFactory;
    let mut cmd = crate::cli::Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "isoreg", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// Arguments of `completions`.
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}
