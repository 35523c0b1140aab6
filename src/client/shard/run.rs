//! The windows of a sharded listing running side by side, checked batch by batch and
//! handed on in order, and the sequential listing that takes over when a check fails
//! (re-reading and checking what was already handed on).

use super::MAX_WINDOW_PAGES;
use crate::client::windows::{self, Micros, Span};
use crate::client::{Client, Page, Pages};
use crate::error::Kind;
use crate::error::{Error, Result};
use serde_json::Value;
use std::collections::VecDeque;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

/// The issue time of a batch, in microseconds.
pub(super) fn issued_at(v: &Value) -> Option<Micros> {
    v.get("issued_at").and_then(Value::as_str).and_then(windows::parse_micros)
}

/// What a batch is known by when outputs are compared: its id (or, lacking
/// one, the whole record).
pub(super) fn key(v: &Value) -> String {
    v.get("id").and_then(Value::as_str).map_or_else(|| v.to_string(), str::to_string)
}

/// A running FNV-1a hash of the keys of the batches handed on, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    pub(super) fn add(&mut self, v: &Value) {
        for b in key(v).bytes().chain([0xff]) {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// What the shards give next.
pub(super) enum ShardStep {
    Page(Page),
    End,
    /// The shards cannot be trusted to keep the sequential order, and why.
    Fallback(String),
}

/// A window not started yet: its query, expected count and span.
pub(super) type Pending = (Vec<(String, String)>, u64, Span);

/// Windows being fetched side by side, written in order.
pub(super) struct Shards {
    pub(super) client: Client,
    /// The listing's path and whole query (for the sequential fallback).
    pub(super) list: (String, Vec<(String, String)>),
    pub(super) page_size: u32,
    /// Windows not started yet, in output order.
    pub(super) pending: VecDeque<Pending>,
    /// Windows started, in output order; the front one is being written.
    pub(super) running: VecDeque<Running>,
    pub(super) width: usize,
    pub(super) fetched: u64,
    pub(super) total: u64,
    pub(super) ascending: bool,
    pub(super) verbose: bool,
    /// The keys of the first page of the listing, fetched without date filters.
    pub(super) head: Vec<String>,
    /// Issue time of the last batch handed on.
    pub(super) last: Option<Micros>,
    /// The keys of every batch handed on.
    pub(super) hash: Fnv,
}

pub(super) struct Running {
    pages: mpsc::Receiver<Result<Vec<Value>>>,
    task: JoinHandle<()>,
    span: Span,
}

impl Drop for Shards {
    fn drop(&mut self) {
        for r in &self.running {
            r.task.abort();
        }
    }
}

impl Shards {
    pub(super) async fn next_page(&mut self) -> Result<ShardStep> {
        loop {
            self.start_windows();
            let Some(head) = self.running.front_mut() else { return Ok(ShardStep::End) };
            match head.pages.recv().await {
                Some(Ok(nodes)) => {
                    let span = head.span.clone();
                    if let Err(why) = self.check(&nodes, &span) {
                        return Ok(ShardStep::Fallback(why));
                    }
                    self.fetched += nodes.len() as u64;
                    return Ok(ShardStep::Page(Page { nodes, total_count: Some(self.total) }));
                }
                Some(Err(e)) if e.kind == Kind::BadAnswer => {
                    return Ok(ShardStep::Fallback(format!("a window's listing failed ({})", e.message)));
                }
                Some(Err(e)) => return Err(e),
                None => {
                    self.running.pop_front();
                }
            }
        }
    }

    /// Checks a window's page before it is handed on: every batch inside the
    /// window's dates, each one after the one before in the asked direction,
    /// and the listing's first page (no date filters) in the same order.
    /// Keeps the last issue time and the hash of what was handed on.
    fn check(&mut self, nodes: &[Value], span: &Span) -> std::result::Result<(), String> {
        let (mut last, mut hash) = (self.last, self.hash);
        for (i, v) in nodes.iter().enumerate() {
            let at = self.fetched as usize + i;
            if self.head.get(at).is_some_and(|k| *k != key(v)) {
                return Err(
                    "the server orders batches differently with and without date filters (batches issued at the same time, or on the same day)".into(),
                );
            }
            let Some(t) = issued_at(v) else { return Err("a batch carries no readable `issued_at`".into()) };
            if !span.contains(t) {
                return Err(
                    "the server answered a date-filtered request with batches outside the dates asked for".into()
                );
            }
            if last.is_some_and(|l| if self.ascending { t < l } else { t > l }) {
                return Err("the server's order is not the order of the issue times asked for".into());
            }
            last = Some(t);
            hash.add(v);
        }
        (self.last, self.hash) = (last, hash);
        Ok(())
    }

    /// The sequential listing that takes over after `self.fetched` batches
    /// were handed on (stopping every window), with the `-v` note.
    pub(super) fn resume(self, why: &str) -> Resume {
        if self.verbose {
            let written = match self.fetched {
                0 => String::new(),
                n => format!("; the {n} batches already written are read again and must match"),
            };
            self.client.trace(&format!("note: listing sequentially, not in shards: {why}{written}."));
        }
        let (path, query) = self.list.clone();
        let pager = Pages::new(&self.client, path, query, self.page_size, None, None);
        Resume { pager, skip: self.fetched, seen: 0, hash: Fnv::default(), expect: self.hash }
    }

    /// Starts windows until `width` are running.
    fn start_windows(&mut self) {
        while self.running.len() < self.width {
            let Some((query, count, span)) = self.pending.pop_front() else { return };
            let room = count.div_ceil(u64::from(self.page_size)).clamp(1, MAX_WINDOW_PAGES) as usize + 1;
            let (tx, rx) = mpsc::channel(room);
            let mut pager = Pages::new(&self.client, self.list.0.clone(), query, self.page_size, None, None);
            let task = tokio::spawn(async move {
                loop {
                    let next = pager.next_page().await;
                    let (page, end) = match next {
                        Ok(Some(p)) => (Ok(p.nodes), false),
                        Ok(None) => return,
                        Err(e) => (Err(e), true),
                    };
                    if tx.send(page).await.is_err() || end {
                        return;
                    }
                }
            });
            self.running.push_back(Running { pages: rx, task, span });
        }
    }
}

/// The sequential listing from the start, after a sharded one handed on its
/// first `skip` batches: those are read again, checked to be the same ones in
/// the same order, and not handed on twice.
pub(super) struct Resume {
    pub(super) pager: Pages,
    pub(super) skip: u64,
    pub(super) seen: u64,
    pub(super) hash: Fnv,
    pub(super) expect: Fnv,
}

impl Resume {
    pub(super) async fn next_page(&mut self) -> Result<Option<Page>> {
        loop {
            let Some(mut page) = self.pager.next_page().await? else {
                if self.seen < self.skip {
                    return Err(self.differs());
                }
                return Ok(None);
            };
            if self.seen < self.skip {
                let k = (self.skip - self.seen).min(page.nodes.len() as u64);
                page.nodes.drain(..k as usize).for_each(|v| self.hash.add(&v));
                self.seen += k;
                if self.seen == self.skip && self.hash != self.expect {
                    return Err(self.differs());
                }
            }
            if !page.nodes.is_empty() {
                return Ok(Some(page));
            }
        }
    }

    fn differs(&self) -> Error {
        Error::bad_answer(format!(
            "The server's listing does not start with the {} batches already written from its time windows (its order differs with and without date filters, or changed meanwhile), so the output is not its sequential listing; run again with --shards 1.",
            self.skip
        ))
    }
}
