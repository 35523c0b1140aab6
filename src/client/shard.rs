//! Sharded listings: a long list sorted by `issued_at` is cut into time windows
//! of about equal size ([`super::windows`]), the windows are fetched side by
//! side, and their pages come out in the order of the sequential listing, so
//! the output is the same, byte for byte.
//!
//! [`open`] starts every full listing the same way: the first page in the
//! listing's own direction and, beside it, one batch from the other end (the
//! time range). A short list, a server that answers so fast that round trips
//! do not matter (unless `--shards` asks), a list that cannot be cut safely, or
//! a server whose counts do not add up goes on sequentially from that first
//! page's cursor, exactly as the sequential listing would (with a note under `-v`).
//!
//! Every batch a window sends is checked before it is handed on: it must lie
//! inside the window's dates and follow the one before it in the asked
//! direction, and the first page's batches (fetched without date filters) must
//! come out of the windows in the same order (a server that orders batches of
//! one instant differently with and without date filters, or sorts by day
//! rather than by instant, is caught there). On any difference the listing
//! goes on sequentially: from the start, skipping the batches already handed
//! on (checked to be the same ones, in the same order), so the output stays
//! the sequential listing's, byte for byte (with a note under `-v`).
//!
//! Memory stays flat: at most `shards` windows run at once, each into a bounded
//! channel of pages; the window being written is always the oldest one started,
//! and the next starts only when it is done. A window that finishes early waits
//! in its channel (at most a few pages) until its turn.
//!
//! [`Listing`] yields [`Page`]s like a [`Pages`], whichever way it goes, so any
//! command (`batch list`, `sync`) can stream it in order.

mod run;

use super::windows::{self, Fallback, Lower, Span, SpanProbe, Upper, Window};
use super::{Client, Page, Pages, pages};
use crate::error::{Error, Result};
use run::{Fnv, Resume, ShardStep, Shards, issued_at, key};
use serde_json::Value;
use std::collections::VecDeque;

/// How a listing may be sharded.
#[derive(Debug, Clone, Copy)]
pub struct ShardOpts {
    /// Windows fetched side by side; 1 turns sharding off.
    pub shards: u32,
    /// Requests in flight at most (`--concurrency`).
    pub concurrency: u32,
    /// Items per request.
    pub page_size: u32,
    /// Say on stderr how the listing was cut, or why it was not.
    pub verbose: bool,
    /// No `--shards` given: shard only when round trips dominate (see [`FAST_ANSWER`]).
    pub auto: bool,
}

/// When the first page comes back faster than this, the listing is bound by
/// parsing and writing, not by round trips, and the pipelined sequential
/// listing is as fast as any: automatic sharding stays off.
const FAST_ANSWER: std::time::Duration = std::time::Duration::from_millis(8);

/// Lists shorter than this many pages are listed sequentially.
const MIN_PAGES: u64 = 10;
/// Bounds of a window's size, in pages: at least two (each window costs a probe
/// and a part page), at most six (memory is windows in flight × this).
const MIN_WINDOW_PAGES: u64 = 2;
const MAX_WINDOW_PAGES: u64 = 6;

/// A full listing, sequential or sharded, as a sequence of pages in order.
pub struct Listing {
    first: Option<Page>,
    first_len: u64,
    source: ListingSource,
    total_count: Option<u64>,
}

enum ListingSource {
    Pages(Pages),
    Shards(Shards),
    /// The sequential listing that took over from the shards.
    Resumed(Resume),
    /// The listing ends with this error (after the first page).
    Failed(Error),
    Done,
}

impl Listing {
    /// A plain sequential listing.
    pub fn sequential(pager: Pages) -> Listing {
        Listing { first: None, first_len: 0, source: ListingSource::Pages(pager), total_count: None }
    }

    /// The next page, or `None` at the end.
    pub async fn next_page(&mut self) -> Result<Option<Page>> {
        if let Some(p) = self.first.take() {
            return Ok(Some(p));
        }
        loop {
            let step = match &mut self.source {
                ListingSource::Pages(p) => return p.next_page().await,
                ListingSource::Resumed(r) => return r.next_page().await,
                ListingSource::Done => return Ok(None),
                ListingSource::Failed(_) => match std::mem::replace(&mut self.source, ListingSource::Done) {
                    ListingSource::Failed(e) => return Err(e),
                    _ => return Ok(None),
                },
                ListingSource::Shards(s) => s.next_page().await?,
            };
            match step {
                ShardStep::Page(p) => return Ok(Some(p)),
                ShardStep::End => return Ok(None),
                ShardStep::Fallback(why) => {
                    if let ListingSource::Shards(s) = std::mem::replace(&mut self.source, ListingSource::Done) {
                        self.source = ListingSource::Resumed(s.resume(&why));
                    }
                }
            }
        }
    }

    /// How many items have been returned so far.
    pub fn fetched(&self) -> u64 {
        let rest = match &self.source {
            ListingSource::Pages(p) => p.fetched(),
            ListingSource::Shards(s) => s.fetched,
            ListingSource::Resumed(r) => r.pager.fetched(),
            ListingSource::Failed(_) | ListingSource::Done => 0,
        };
        rest + self.first_len - self.first.as_ref().map_or(0, |p| p.nodes.len() as u64)
    }

    /// `total_count` as last reported.
    pub fn total_count(&self) -> Option<u64> {
        match &self.source {
            ListingSource::Pages(p) => p.total_count.or(self.total_count),
            ListingSource::Resumed(r) => r.pager.total_count.or(self.total_count),
            _ => self.total_count,
        }
    }

    /// Whether the server said more items exist after what was fetched (only a
    /// sequential listing with a limit stops early).
    pub fn more(&self) -> bool {
        matches!(&self.source, ListingSource::Pages(p) if p.more)
    }
}

/// Opens a full listing of `path` (all items; no starting cursor) whose query
/// sorts by `issued_at`, and shards it when it pays. The query's own
/// `issued_after`/`issued_before` bound the windows.
pub async fn open(client: &Client, path: String, query: Vec<(String, String)>, opts: ShardOpts) -> Result<Listing> {
    let ps = opts.page_size.clamp(1, 50);
    let Some(setup) = Setup::new(&query).filter(|_| opts.shards > 1) else {
        return Ok(Listing::sequential(Pages::new(client, path, query, ps, None, None)));
    };
    let mut own = query.clone();
    own.push(("first".into(), ps.to_string()));
    let mut other = setup.base(!setup.ascending);
    other.extend(setup.outer.params());
    other.push(("first".into(), "1".into()));
    let timed = async {
        let t0 = std::time::Instant::now();
        (client.get(&path, &own).await, t0.elapsed())
    };
    // In automatic mode the first page alone decides (a fast server is never
    // sent the probe, so it pays nothing for sharding); a forced run probes the
    // far end at the same time.
    let (head, rtt, far) = if opts.auto {
        let (head, rtt) = timed.await;
        (head, rtt, None)
    } else {
        let ((head, rtt), far) = tokio::join!(timed, client.get(&path, &other));
        (head, rtt, Some(far))
    };
    let mut head = FirstPage::read(head?, &format!("{}{path}", client.base_url()))?;
    if head.nodes.is_empty()
        && let Some(e) = head.pending.take()
    {
        return Err(e);
    }
    let cont =
        |head: FirstPage| head.continue_with(|c| Pages::new(client, path.clone(), query.clone(), ps, Some(c), None));
    if head.pending.is_some() {
        return Ok(cont(head));
    }
    if !head.has_next || head.total.div_ceil(u64::from(ps)) < MIN_PAGES {
        let why = format!("{} items are too few to be worth it", head.total);
        return Ok(fallback(client, opts, &why, cont(head)));
    }
    if opts.auto && rtt < FAST_ANSWER {
        let why = format!("the server answered in {} ms, round trips do not dominate", rtt.as_millis());
        return Ok(fallback(client, opts, &why, cont(head)));
    }
    let target = head
        .total
        .div_ceil(2 * width(opts) as u64)
        .clamp(MIN_WINDOW_PAGES * u64::from(ps), MAX_WINDOW_PAGES * u64::from(ps));
    let far = match far {
        Some(f) => f,
        None => client.get(&path, &other).await,
    };
    let whole = match far.map_err(|e| Fallback(format!("a probe failed ({e})"))).and_then(|f| setup.whole(&head, &f)) {
        Ok(w) => w,
        Err(Fallback(why)) => return Ok(fallback(client, opts, &why, cont(head))),
    };
    let probe = |span: Span| setup.probe(client, &path, span, target);
    let planned = windows::plan(whole, target, opts.concurrency as usize, probe).await;
    match planned {
        Ok(w) if w.len() > 1 => Ok(setup.sharded(client, (path, query), w, opts, &head)),
        Ok(_) => Ok(fallback(client, opts, "the list cannot be cut (its batches share one issue time)", cont(head))),
        Err(Fallback(why)) => Ok(fallback(client, opts, &why, cont(head))),
    }
}

/// How many windows are fetched at once.
fn width(opts: ShardOpts) -> usize {
    opts.shards.min(opts.concurrency).max(1) as usize
}

fn fallback(client: &Client, opts: ShardOpts, why: &str, listing: Listing) -> Listing {
    if opts.verbose {
        client.trace(&format!("note: listing sequentially, not in shards: {why}."));
    }
    listing
}

/// The first page of the listing, read whole.
struct FirstPage {
    nodes: Vec<Value>,
    total: u64,
    has_next: bool,
    cursor: Option<String>,
    /// What is wrong with the listing, said after this page is handed on.
    pending: Option<Error>,
}

impl FirstPage {
    fn read(body: Value, url: &str) -> Result<FirstPage> {
        let page = pages::read_page(body, url)?;
        let got = page.nodes.len() as u64;
        let total = page.total.unwrap_or(got);
        let said = pages::got_of(got, page.total);
        let (cursor, pending) = match page.has_next {
            true => match pages::more_follow(url, page.cursor, page.nodes.is_empty(), &said) {
                Ok(c) => (Some(c), None),
                Err(e) => (None, Some(e)),
            },
            false if got < total => (None, Some(pages::ended_early(url, &said))),
            false => (None, None),
        };
        Ok(FirstPage { nodes: page.nodes, total, has_next: page.has_next, cursor, pending })
    }

    /// The listing that goes on sequentially after this page, with `pager(cursor)`.
    fn continue_with(self, pager: impl FnOnce(String) -> Pages) -> Listing {
        let first_len = self.nodes.len() as u64;
        let source = match (self.pending, self.has_next, self.cursor) {
            (Some(e), ..) => ListingSource::Failed(e),
            (None, true, Some(c)) => ListingSource::Pages(pager(c).after_items(first_len)),
            _ => ListingSource::Done,
        };
        let total_count = Some(self.total);
        Listing { first: Some(Page { nodes: self.nodes, total_count }), first_len, source, total_count }
    }
}

/// The query of a listing, taken apart for sharding.
struct Setup {
    /// The query without paging, sort direction and issue-time bounds.
    rest: Vec<(String, String)>,
    ascending: bool,
    outer: Span,
}

impl Setup {
    /// `None` when the listing cannot be sharded: not sorted by `issued_at`, a
    /// starting cursor, or bounds that are not RFC 3339 times.
    fn new(query: &[(String, String)]) -> Option<Setup> {
        let get = |k: &str| query.iter().rev().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
        if get("sort_field") != Some("issued_at") || get("after").is_some() || get("before").is_some() {
            return None;
        }
        let ascending = match get("sort_direction") {
            Some("asc") => true,
            Some("desc") | None => false,
            Some(_) => return None,
        };
        let lower = match get("issued_after") {
            Some(s) => Lower::User(s.to_string(), windows::parse_micros(s)?),
            None => Lower::Open,
        };
        let upper = match get("issued_before") {
            Some(s) => Upper::User(s.to_string(), windows::parse_micros(s)?),
            None => Upper::Open,
        };
        let skip = ["first", "last", "sort_direction", "issued_after", "issued_before"];
        let rest = query.iter().filter(|(k, _)| !skip.contains(&k.as_str())).cloned().collect();
        Some(Setup { rest, ascending, outer: Span { lower, upper } })
    }

    /// The query without bounds, sorted in the given direction.
    fn base(&self, ascending: bool) -> Vec<(String, String)> {
        let mut q = self.rest.clone();
        q.push(("sort_direction".into(), if ascending { "asc" } else { "desc" }.into()));
        q
    }

    /// The whole listing as one window, from its first page and the far end's probe.
    fn whole(&self, head: &FirstPage, far: &Value) -> std::result::Result<Window, Fallback> {
        let far_total = far.get("total_count").and_then(Value::as_u64);
        if far_total != Some(head.total) {
            return Err(Fallback("the counts of the two ends of the list differ".into()));
        }
        let near = head.nodes.first().and_then(issued_at);
        let far = far.get("nodes").and_then(|n| n.get(0)).and_then(issued_at);
        let (Some(near), Some(far)) = (near, far) else {
            return Err(Fallback("its batches carry no readable `issued_at`".into()));
        };
        let (first, last) = if self.ascending { (near, far) } else { (far, near) };
        Ok(Window::new(self.outer.clone(), SpanProbe { count: head.total, first: Some(first), last: Some(last) }))
    }

    /// Counts one span and finds its first batch, and its last one when it
    /// holds more than `target` (and so will be cut again): one request or two.
    async fn probe(&self, client: &Client, path: &str, span: Span, target: u64) -> Result<SpanProbe> {
        let query = |asc: bool| {
            let mut q = self.base(asc);
            q.extend(span.params());
            q.push(("first".into(), "1".into()));
            q
        };
        let count = |v: &Value| {
            v.get("total_count").and_then(Value::as_u64).ok_or_else(|| {
                Error::bad_answer(format!("the answer to GET {}{path} has no `total_count`", client.base_url()))
            })
        };
        let first = |v: &Value| v.get("nodes").and_then(|n| n.get(0)).and_then(issued_at);
        let up = client.get(path, &query(true)).await?;
        let n = count(&up)?;
        if n <= target {
            return Ok(SpanProbe { count: n, first: first(&up), last: None });
        }
        let down = client.get(path, &query(false)).await?;
        let m = count(&down)?;
        if n != m {
            return Err(Error::bad_answer(format!("two answers for the same dates counted {n} and {m}")));
        }
        Ok(SpanProbe { count: n, first: first(&up), last: first(&down) })
    }

    /// The sharded listing of the planned windows (ascending), in output order;
    /// `list` is the listing's path and query, for a sequential fallback.
    fn sharded(
        &self,
        client: &Client,
        list: (String, Vec<(String, String)>),
        mut planned: Vec<Window>,
        opts: ShardOpts,
        head: &FirstPage,
    ) -> Listing {
        let (ps, width) = (opts.page_size.clamp(1, 50), width(opts));
        if opts.verbose {
            let largest = planned.iter().map(|w| w.count).max().unwrap_or(0);
            client.trace(&format!(
                "note: sharded into {} windows by issue time ({} batches in the largest), {width} fetched at once.",
                planned.len(),
                largest
            ));
        }
        if !self.ascending {
            planned.reverse();
        }
        let base = self.base(self.ascending);
        let pending = planned
            .into_iter()
            .map(|w| {
                let mut q = base.clone();
                q.extend(w.span.params());
                (q, w.count, w.span)
            })
            .collect();
        let shards = Shards {
            client: client.clone(),
            list,
            page_size: ps,
            pending,
            running: VecDeque::new(),
            width,
            fetched: 0,
            total: head.total,
            ascending: self.ascending,
            verbose: opts.verbose,
            head: head.nodes.iter().map(key).collect(),
            last: None,
            hash: Fnv::default(),
        };
        Listing { first: None, first_len: 0, source: ListingSource::Shards(shards), total_count: Some(head.total) }
    }
}
