//! `sync`: copies the public registry (issuances and their original batches,
//! projects, suppliers, retirements, transfers, deliveries) and the caller's
//! own data (organisation, balance, credit batches in every status, orders,
//! beneficiaries, transferees) into the local SQLite file as a new snapshot.
//!
//! Every list is fetched at once, page by page, by its own task; the pages
//! flow through one channel to this task, which alone writes to the file, so
//! memory holds a few pages, not the registry. The write lock is taken before
//! the first request and nothing is committed until every list is complete:
//! a failed or interrupted sync leaves the previous snapshot as it was. Ctrl-C
//! drops the writer (its transaction rolls back) and ends with exit 130 and
//! "nothing saved; snapshot N is still the latest"; kill -9 leaves only
//! uncommitted pages in the WAL, which readers ignore. The writer never waits
//! for readers (WAL), so the fetches are never stalled behind a long `sql`.

use super::sync_progress::{ISSUANCE_BATCHES, Phases};
use crate::cli::options::DbArg;
use crate::client::shard::{self, ShardOpts};
use crate::client::{Client, Pages};
use crate::commands::ctx::Ctx;
use crate::error::{Error, Result};
use crate::ids;
use crate::render::{ColKind, Plan, col};
use crate::resource;
use crate::store::{Store, write::SyncWriter};
use clap::Args;
use futures::{StreamExt, TryStreamExt};
use serde_json::{Value, json};
use tokio::sync::mpsc;

/// Pages travelling from the fetching tasks to the writer.
type Msg = Result<Chunk>;

/// Some records of one kind, from a source of some rank: a record that
/// arrives twice in one sync is kept from the higher rank ([`OWN`] over
/// [`LISTED`]), so the same registry always gives the same snapshot.
pub struct Chunk {
    pub kind: &'static str,
    pub nodes: Vec<Value>,
    pub rank: u8,
    /// Which list (phase of the sync) it came from, and how far that list is.
    pub step: Step,
}

/// How far one list of a sync has come, for the progress bar (see [`Phases`]).
pub struct Step {
    /// The phase: "projects", "your credit batches", …
    pub label: &'static str,
    /// Items (or, for the issuances' batches, issuances) this chunk adds.
    pub units: u64,
    /// The list's `total_count`, as its page said.
    pub total: Option<u64>,
    /// The list is complete.
    pub last: bool,
}

impl Step {
    /// A page of `label`: its items, and the total its page announced.
    fn page(label: &'static str, nodes: &[Value], total: Option<u64>) -> Step {
        Step { label, units: nodes.len() as u64, total, last: false }
    }

    /// The end of `label`'s list.
    fn end(label: &'static str) -> Step {
        Step { label, units: 0, total: None, last: true }
    }
}

/// Rank of records from their own list (and the only source of their kind).
pub const LISTED: u8 = 1;
/// Rank of your credit batches from your own list: the owner's view wins over
/// the copy in an issuance's list.
pub const OWN: u8 = 2;

/// How the summary of a sync is shown.
pub const PLAN: Plan = Plan {
    columns: &[
        col("SNAPSHOT", "snapshot", ColKind::Text),
        col("RECORDS", "records", ColKind::Count),
        col("CHANGED", "changed", ColKind::Count),
        col("GONE", "gone", ColKind::Count),
        col("SECONDS", "seconds", ColKind::Text),
        col("FILE", "file", ColKind::Text),
    ],
    detail: &[],
    fields: &["snapshot", "records", "changed", "gone", "seconds", "file"],
};

/// The file of the local copy: `--db`, or the profile's default.
pub fn db_path(a: &DbArg, ctx: &Ctx) -> Result<std::path::PathBuf> {
    match &a.db {
        Some(p) => Ok(p.clone()),
        None => crate::store::default_path(&ctx.settings.profile),
    }
}

pub async fn run(a: SyncArgs, ctx: &mut Ctx) -> Result<()> {
    let started = std::time::Instant::now();
    let path = db_path(&a.db, ctx)?;
    let (mut store, note) = Store::open_write(&path)?;
    if let Some(n) = note {
        ctx.note(&n);
    }
    let latest = store.latest()?;
    let s = tokio::select! {
        done = fetch_and_write(&mut store, ctx) => done?,
        _ = tokio::signal::ctrl_c() => {
            crate::term::progress::clear_on_interrupt();
            return Err(interrupted(latest));
        }
    };
    store.checkpoint()?;
    let secs = started.elapsed().as_secs_f64();
    if !ctx.out.wants_whole_list() {
        // The table says it all; beside JSON or CSV, one sentence for the person watching.
        let n = |v: u64| crate::quantity::group(&v.to_string());
        ctx.note(&format!(
            "Snapshot {} saved in {}: {} records, {} new or changed, {} gone ({secs:.1} s).",
            s.snapshot,
            path.display(),
            n(s.records),
            n(s.changed),
            n(s.removed)
        ));
    }
    let v = json!({"snapshot": s.snapshot, "records": s.records, "changed": s.changed, "gone": s.removed,
        "seconds": (secs * 10.0).round() / 10.0, "file": path.display().to_string()});
    ctx.out.one(&v, &PLAN)
}

/// What Ctrl-C during a sync says: its transaction was rolled back (the
/// writer and the fetches were dropped, unfinished).
fn interrupted(latest: Option<i64>) -> Error {
    match latest {
        Some(n) => Error::interrupted(format!("Interrupted: nothing saved; snapshot {n} is still the latest.")),
        None => Error::interrupted("Interrupted: nothing saved; the local copy holds no snapshot yet."),
    }
}

/// Fetches every list and writes it as one snapshot, committed at the end.
/// Dropping this future (Ctrl-C) drops the writer, which rolls back.
async fn fetch_and_write(store: &mut Store, ctx: &Ctx) -> Result<crate::store::write::SyncSummary> {
    let client = ctx.client()?;
    let me = client.get("/organisation", &[]).await?;
    let org = id_of(&me, "organisation")?;
    let mut w = SyncWriter::begin(store)?;
    w.put("organisation", &org, &me, 0)?;
    let (tx, mut rx) = mpsc::channel::<Msg>(64);
    let _tasks = spawn_fetches(&client, &org, ctx.global.concurrency as usize, tx)?;
    let mut bar = ctx.progress("records");
    let mut phases = Phases::new(&phase_labels());
    while let Some(msg) = rx.recv().await {
        let Chunk { kind, nodes, rank, step } = msg?;
        for n in &nodes {
            w.put(kind, &id_of(n, kind)?, n, rank)?;
        }
        phases.add(step.label, step.units, step.total);
        if step.last {
            phases.finish(step.label);
        }
        let (done, total) = phases.count();
        bar.update(done, total);
        bar.message(&phases.message());
    }
    bar.finish();
    w.commit(client.base_url(), Some(&org))
}

/// The phases of a sync, one per list, in the order they are started.
fn phase_labels() -> Vec<&'static str> {
    let lists = resource::LISTS.iter().filter(|l| l.sync).map(|l| phase_of(l.kind));
    lists.chain(["your credit batches", "issuances", ISSUANCE_BATCHES, "balance"]).collect()
}

/// The phase of a list of `kind` ("projects", "deliveries").
fn phase_of(kind: &'static str) -> &'static str {
    resource::LISTS.iter().find(|l| l.kind == kind).map_or(kind, |l| match l.kind {
        "project" => "projects",
        "supplier" => "suppliers",
        "retirement" => "retirements",
        "transfer" => "transfers",
        "delivery" => "deliveries",
        "order" => "orders",
        "beneficiary" => "beneficiaries",
        "transferee" => "transferees",
        other => other,
    })
}

/// Starts one task per list; each sends its pages, or its error, to `tx`.
/// Dropping the returned set stops them all.
fn spawn_fetches(
    client: &Client,
    org: &str,
    concurrency: usize,
    tx: mpsc::Sender<Msg>,
) -> Result<tokio::task::JoinSet<()>> {
    let mut set = tokio::task::JoinSet::new();
    let o = ids::segment(org)?;
    let lists = resource::LISTS.iter().filter(|l| l.sync).map(|l| (l.kind, l.path.replace("{org}", &o)));
    for (kind, path) in lists {
        let (c, t) = (client.clone(), tx.clone());
        set.spawn(report(t.clone(), list_into(t, c, kind, path, vec![])));
    }
    let (c, t) = (client.clone(), tx.clone());
    set.spawn(report(t.clone(), own_batches(t, c, org.to_string(), concurrency)));
    let (c, t) = (client.clone(), tx.clone());
    set.spawn(report(t.clone(), issuances_into(t, c, concurrency)));
    let (c, t) = (client.clone(), tx);
    let path = ids::balance_path(org)?;
    set.spawn(report(t.clone(), async move {
        let b = c.get(&path, &[]).await?;
        let step = Step { label: "balance", units: 1, total: Some(1), last: true };
        let _ = t.send(Ok(Chunk { kind: "balance", nodes: vec![b], rank: LISTED, step })).await;
        Ok(())
    }));
    Ok(set)
}

/// Runs a fetch and sends its error, if any, to the writer.
async fn report(tx: mpsc::Sender<Msg>, f: impl Future<Output = Result<()>>) {
    if let Err(e) = f.await {
        let _ = tx.send(Err(e)).await;
    }
}

/// Sends every page of a list.
async fn list_into(
    tx: mpsc::Sender<Msg>,
    client: Client,
    kind: &'static str,
    path: String,
    query: Vec<(String, String)>,
) -> Result<()> {
    let label = phase_of(kind);
    let mut pager = Pages::new(&client, path, query, 50, None, None);
    while let Some(page) = pager.next_page().await? {
        let step = Step::page(label, &page.nodes, page.total_count);
        if tx.send(Ok(Chunk { kind, nodes: page.nodes, rank: LISTED, step })).await.is_err() {
            return Ok(());
        }
    }
    let _ = tx.send(Ok(Chunk { kind, nodes: vec![], rank: LISTED, step: Step::end(label) })).await;
    Ok(())
}

/// The caller's credit batches in every status (split ones are only listed
/// when asked for, so all three are asked for by name), sorted by issue time
/// so that a long listing from a slow server is fetched in time windows side
/// by side (`client::shard`), like `batch list --all`.
pub async fn own_batches(tx: mpsc::Sender<Msg>, client: Client, org: String, concurrency: usize) -> Result<()> {
    let mut query: Vec<(String, String)> =
        ["active", "split", "retired"].iter().map(|s| ("status".to_string(), s.to_string())).collect();
    query.push(("sort_field".into(), "issued_at".into()));
    query.push(("sort_direction".into(), "asc".into()));
    let path = crate::resource::Resource::Organisation.below(&org, crate::resource::Resource::CreditBatch)?;
    let width = u32::try_from(concurrency.max(1)).unwrap_or(16);
    let opts = ShardOpts { shards: width, concurrency: width, page_size: 50, verbose: false, auto: true };
    let mut listing = shard::open(&client, path, query, opts).await?;
    const LABEL: &str = "your credit batches";
    while let Some(page) = listing.next_page().await? {
        let step = Step::page(LABEL, &page.nodes, listing.total_count().or(page.total_count));
        if tx.send(Ok(Chunk { kind: "batch", nodes: page.nodes, rank: OWN, step })).await.is_err() {
            return Ok(());
        }
    }
    let _ = tx.send(Ok(Chunk { kind: "batch", nodes: vec![], rank: OWN, step: Step::end(LABEL) })).await;
    Ok(())
}

/// Lists the issuances and, as their ids arrive, fetches each one's original
/// batches (`--concurrency` at once).
async fn issuances_into(tx: mpsc::Sender<Msg>, client: Client, concurrency: usize) -> Result<()> {
    let (id_tx, id_rx) = mpsc::channel::<String>(4096);
    let lister = {
        let (tx, client) = (tx.clone(), client.clone());
        async move {
            let mut pager = Pages::new(&client, crate::resource::Resource::Issuance.path(), vec![], 50, None, None);
            while let Some(page) = pager.next_page().await? {
                for n in &page.nodes {
                    if id_tx.send(id_of(n, "issuance")?).await.is_err() {
                        return Ok(());
                    }
                }
                let step = Step::page("issuances", &page.nodes, page.total_count);
                if tx.send(Ok(Chunk { kind: "issuance", nodes: page.nodes, rank: LISTED, step })).await.is_err() {
                    return Ok(());
                }
            }
            let _ = tx
                .send(Ok(Chunk { kind: "issuance", nodes: vec![], rank: LISTED, step: Step::end("issuances") }))
                .await;
            Ok::<(), Error>(())
        }
    };
    let ids = futures::stream::unfold(id_rx, |mut rx| async move { rx.recv().await.map(|id| (id, rx)) });
    let fetcher = ids
        .map(|id| {
            let c = client.clone();
            async move {
                let path = crate::resource::Resource::Issuance.below(&id, crate::resource::Resource::CreditBatch)?;
                c.get(&path, &[]).await.and_then(|v| issuance_batches(v, &path))
            }
        })
        .buffer_unordered(concurrency.max(1))
        .try_for_each(|nodes| {
            let tx = tx.clone();
            async move {
                let step = Step { label: ISSUANCE_BATCHES, units: 1, total: None, last: false };
                let _ = tx.send(Ok(Chunk { kind: "batch", nodes, rank: LISTED, step })).await;
                Ok(())
            }
        });
    futures::try_join!(lister, fetcher)?;
    let _ = tx.send(Ok(Chunk { kind: "batch", nodes: vec![], rank: LISTED, step: Step::end(ISSUANCE_BATCHES) })).await;
    Ok(())
}

/// The supplier and buffer-pool batches of an issuance's answer.
fn issuance_batches(v: Value, path: &str) -> Result<Vec<Value>> {
    let Value::Object(mut m) = v else {
        return Err(Error::bad_answer(format!("The answer to GET {path} is not an object.")));
    };
    let mut out = Vec::new();
    for key in ["supplier_credit_batches", "buffer_pool_credit_batches"] {
        match m.remove(key) {
            Some(Value::Array(a)) => out.extend(a),
            None | Some(Value::Null) => {}
            Some(_) => {
                return Err(Error::bad_answer(format!("The answer to GET {path} has a `{key}` that is not a list.")));
            }
        }
    }
    Ok(out)
}

/// A record's `id` (for a balance, the organisation it belongs to is used instead).
fn id_of(v: &Value, kind: &str) -> Result<String> {
    if kind == "balance" {
        return Ok("balance".into());
    }
    match v.get("id").and_then(Value::as_str) {
        Some(id) if !id.is_empty() => Ok(id.to_string()),
        _ => {
            let a = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
            Err(Error::bad_answer(format!("The server sent {a} {kind} without an `id`; nothing was saved.")))
        }
    }
}

/// The examples of `sync --help`.
pub const SYNC_HELP: &str = "\
Examples:
  isoreg --demo sync --db /tmp/demo.sqlite
  isoreg sync                      (into the profile's file in the data directory)

With --demo the registry is new on every run, so give --db a file of your own; to see a
diff, sync twice against `isoreg emulator` started with different --seed values.";

/// Arguments of `sync`.
#[derive(Debug, Args)]
pub struct SyncArgs {
    #[command(flatten)]
    pub db: DbArg,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issuance_answers_must_hold_lists() {
        let v = json!({"supplier_credit_batches": [{"id": "a"}], "buffer_pool_credit_batches": [{"id": "b"}]});
        assert_eq!(issuance_batches(v, "/x").unwrap().len(), 2);
        assert_eq!(issuance_batches(json!({"supplier_credit_batches": 5}), "/x").unwrap_err().exit_code(), 6);
    }
}
