//! Relay cursor pagination as a sequence of pages: `first`/`after` requests
//! until `has_next_page` is false or the caller's limit is reached. Cursors are
//! passed back exactly as received, never decoded or made up.
//!
//! A server we did not write cannot make a listing endless or silently short:
//! every cursor of the listing is remembered (A → B → A is a loop, not a
//! list), more items than the first page's `total_count` allows (plus a small
//! margin for items added meanwhile) end the listing, and so does a page that
//! says more items follow but gives no cursor, or no items. A listing is also
//! complete or it fails: a last page (`has_next_page: false`) that leaves
//! fewer items than the last `total_count` announced (or fewer than the first
//! one, beyond the same margin for items removed meanwhile) is a bad answer
//! too. Each of these is exit 6 with the true counts: the items received (all
//! of them handed to the caller: a page whose items are fine is delivered
//! first, and the listing fails on the next call) and the items announced.
//!
//! Pages are pipelined: as soon as a page's cursor is known (read from the raw
//! body before its records are parsed), the request for the next page is
//! started in the background, so parsing and rendering page N happen while
//! page N+1 is on the wire. A full listing then costs about one round trip per
//! page.

use super::{Client, RawBody};
use crate::error::{Error, Result};
use serde_json::Value;
use std::collections::HashSet;

/// The most items a listing whose server sends no `total_count` may return.
pub const MAX_UNCOUNTED: u64 = 1_000_000;

/// How many items beyond `total_count` a listing accepts (items added while it runs).
pub fn margin(total: u64) -> u64 {
    50 + total / 100
}

/// One page of a list.
#[derive(Debug, Default)]
pub struct Page {
    pub nodes: Vec<Value>,
    pub total_count: Option<u64>,
}

/// Just the paging part of a list answer (the records are skipped, not parsed).
#[derive(serde::Deserialize)]
struct Head {
    #[serde(default)]
    page_info: Option<HeadInfo>,
}

#[derive(serde::Deserialize)]
struct HeadInfo {
    #[serde(default)]
    has_next_page: bool,
    #[serde(default)]
    end_cursor: Option<String>,
}

/// Walks a list endpoint page by page.
pub struct Pages {
    client: Client,
    path: String,
    query: Vec<(String, String)>,
    page_size: u32,
    after: Option<String>,
    limit: Option<u64>,
    fetched: u64,
    done: bool,
    /// `total_count` as the last page reported it.
    pub total_count: Option<u64>,
    /// Whether the server said more items exist after what was fetched.
    pub more: bool,
    /// Every cursor this listing has used or been given.
    seen: HashSet<String>,
    /// `total_count` of the first page: what bounds the listing.
    first_total: Option<u64>,
    /// The bound when the server sends no `total_count` ([`MAX_UNCOUNTED`]).
    uncounted_cap: u64,
    /// The request for the next page, already on its way, and how many items it asked for.
    ahead: Option<(u32, tokio::task::JoinHandle<Result<RawBody>>)>,
    /// How many items of the listing come before its first page (`None`: not
    /// known, the listing starts at a cursor the user gave); what makes the
    /// lower bound of `total_count` checkable.
    preceding: Option<u64>,
    /// The error the listing ends with, after the page that revealed it was delivered.
    failed: Option<Error>,
}

impl Drop for Pages {
    fn drop(&mut self) {
        if let Some((_, h)) = self.ahead.take() {
            h.abort();
        }
    }
}

impl Pages {
    /// A pager over `path`; `limit` of `None` means all items.
    pub fn new(
        client: &Client,
        path: String,
        query: Vec<(String, String)>,
        page_size: u32,
        after: Option<String>,
        limit: Option<u64>,
    ) -> Pages {
        Pages {
            client: client.clone(),
            path,
            query,
            page_size: page_size.clamp(1, 50),
            after: after.clone(),
            limit,
            fetched: 0,
            done: limit == Some(0),
            total_count: None,
            more: false,
            preceding: if after.is_none() { Some(0) } else { None },
            seen: after.iter().cloned().collect(),
            first_total: None,
            uncounted_cap: MAX_UNCOUNTED,
            ahead: None,
            failed: None,
        }
    }

    /// The same pager, told that `n` items of the listing came before its
    /// starting cursor (a listing resumed after a first page read elsewhere),
    /// so that the listing's counts and its lower bound stay checkable.
    pub fn after_items(mut self, n: u64) -> Pages {
        self.preceding = Some(n);
        self
    }

    /// How many items have been returned so far.
    pub fn fetched(&self) -> u64 {
        self.fetched
    }

    /// The next page, or `None` when the list (or the limit) is exhausted.
    pub async fn next_page(&mut self) -> Result<Option<Page>> {
        if let Some(e) = self.failed.take() {
            self.done = true;
            return Err(e);
        }
        if self.done {
            return Ok(None);
        }
        let (want, body) = match self.ahead.take() {
            Some((want, h)) => {
                (want, h.await.map_err(|e| Error::network(format!("A page request was interrupted: {e}.")))??)
            }
            None => {
                let want = self.want_after(self.fetched);
                (want, self.client.get_raw(&self.path, &self.query(want, self.after.clone())).await?)
            }
        };
        self.prefetch(&body, want);
        let page = self.take_page(body.json()?)?;
        if self.done
            && let Some((_, h)) = self.ahead.take()
        {
            h.abort();
        }
        Ok(Some(page))
    }

    /// Starts the request for the page after `body`, if its cursor says there
    /// is one and the limit wants it. Only `page_info` is read here.
    fn prefetch(&mut self, body: &RawBody, want: u32) {
        let Ok(Head { page_info: Some(info) }) = serde_json::from_slice::<Head>(&body.bytes) else { return };
        let (true, Some(cursor)) = (info.has_next_page, info.end_cursor) else { return };
        let after_this = self.fetched + u64::from(want);
        if cursor.is_empty() || self.seen.contains(&cursor) || self.limit.is_some_and(|l| after_this >= l) {
            return;
        }
        if tokio::runtime::Handle::try_current().is_err() {
            return;
        }
        let next_want = self.want_after(after_this);
        let (client, path, query) = (self.client.clone(), self.path.clone(), self.query(next_want, Some(cursor)));
        self.ahead = Some((next_want, tokio::spawn(async move { client.get_raw(&path, &query).await })));
    }

    /// How many items to ask for once `fetched` items are in: a page, never past the limit.
    fn want_after(&self, fetched: u64) -> u32 {
        match self.limit {
            Some(l) => l.saturating_sub(fetched).min(u64::from(self.page_size)) as u32,
            None => self.page_size,
        }
    }

    /// The list's query with `first` and `after`.
    fn query(&self, first: u32, after: Option<String>) -> Vec<(String, String)> {
        let mut q = self.query.clone();
        q.push(("first".into(), first.to_string()));
        if let Some(a) = after {
            q.push(("after".into(), a));
        }
        q
    }

    fn take_page(&mut self, body: Value) -> Result<Page> {
        let url = format!("{}{}", self.client.base_url(), self.path);
        let RawPage { mut nodes, total, has_next, cursor } = read_page(body, &url)?;
        if let Some(l) = self.limit {
            nodes.truncate(l.saturating_sub(self.fetched).try_into().unwrap_or(usize::MAX));
        }
        self.fetched += nodes.len() as u64;
        self.total_count = total.or(self.total_count);
        if self.first_total.is_none() {
            self.first_total = total;
        }
        self.check_bound(&url)?;
        let limit_hit = self.limit.is_some_and(|l| self.fetched >= l);
        self.more = has_next;
        self.done = !has_next || limit_hit;
        let ended = if self.done {
            if limit_hit { Ok(()) } else { self.check_complete(&url) }
        } else {
            more_follow(&url, cursor, nodes.is_empty(), &self.got_of_total()).and_then(|c| self.remember(&url, c))
        };
        if let Err(e) = ended {
            self.done = true;
            self.failed = Some(e);
        }
        Ok(Page { nodes, total_count: self.total_count })
    }

    /// Items of the listing so far, counting those before its first page.
    fn listed(&self) -> Option<u64> {
        self.preceding.map(|p| p + self.fetched)
    }

    /// The listing's last page came: fewer items than `total_count` announced
    /// means the server ended it early (a listing is complete or it fails).
    /// The last count is the bound; the first allows for items removed meanwhile.
    fn check_complete(&self, url: &str) -> Result<()> {
        let Some(listed) = self.listed() else { return Ok(()) };
        let last = self.total_count.unwrap_or(0);
        let first = self.first_total.map_or(0, |t| t.saturating_sub(margin(t)));
        if listed >= last && listed >= first {
            return Ok(());
        }
        Err(ended_early(url, &self.got_of_total()))
    }

    /// More items than the listing can hold are a bad answer.
    fn check_bound(&self, url: &str) -> Result<()> {
        let allowed = self.first_total.map_or(self.uncounted_cap, |t| t.saturating_add(margin(t)));
        if self.listed().unwrap_or(self.fetched) <= allowed {
            return Ok(());
        }
        let said = self.first_total.map_or("sent no total_count".to_string(), |t| format!("said there are {t}"));
        Err(Error::bad_answer(format!(
            "GET {url} has sent {} items but {said}; stopped, because the listing would not end.",
            self.listed().unwrap_or(self.fetched)
        )))
    }

    /// Keeps the cursor of the next page; one given before means the listing
    /// would go round in circles.
    fn remember(&mut self, url: &str, cursor: String) -> Result<()> {
        if !self.seen.insert(cursor.clone()) {
            return Err(Error::bad_answer(format!(
                "GET {url} gave back a cursor it had given before, so the listing would go round in circles; stopped ({}).",
                self.got_of_total()
            )));
        }
        self.after = Some(cursor);
        Ok(())
    }

    /// "got 120 of 300 items", for messages: the items received (all of them
    /// handed on) and the most the server announced.
    fn got_of_total(&self) -> String {
        let announced = match (self.first_total, self.total_count) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        got_of(self.listed().unwrap_or(self.fetched), announced)
    }
}

/// "got 3 of 10 items" — or, when more came than were announced, "got 2 items
/// though the server announced 0": counts in messages are the true ones.
pub fn got_of(got: u64, announced: Option<u64>) -> String {
    let items = if got == 1 { "item" } else { "items" };
    match announced {
        Some(t) if t >= got => format!("got {got} of {t} items"),
        Some(t) => format!("got {got} {items} though the server announced {t}"),
        None => format!("got {got} {items}"),
    }
}

/// The error for a listing whose server says it ends before `total_count` items came.
pub(super) fn ended_early(url: &str, got: &str) -> Error {
    Error::bad_answer(format!(
        "GET {url} says the list ends, but it announced more items than it sent; the list is incomplete ({got})."
    ))
}

/// One page of a listing as the API sends it, taken apart.
pub(super) struct RawPage {
    pub nodes: Vec<Value>,
    pub total: Option<u64>,
    pub has_next: bool,
    pub cursor: Option<String>,
}

/// Reads a page answer (`{nodes, total_count, page_info}`): the one reader of
/// the pager and of a sharded listing's first page.
pub(super) fn read_page(body: Value, url: &str) -> Result<RawPage> {
    let Value::Object(mut obj) = body else {
        return Err(Error::bad_answer(format!("The answer to GET {url} is not a list object with `nodes`.")));
    };
    let nodes = match obj.remove("nodes") {
        Some(Value::Array(a)) => a,
        _ => return Err(Error::bad_answer(format!("The answer to GET {url} has no `nodes` array."))),
    };
    let info = obj.get("page_info");
    let has_next = info.and_then(|i| i.get("has_next_page")).and_then(Value::as_bool).unwrap_or(false);
    let cursor = info.and_then(|i| i.get("end_cursor")).and_then(Value::as_str).map(str::to_string);
    let total = obj.get("total_count").and_then(Value::as_u64);
    Ok(RawPage { nodes, total, has_next, cursor })
}

/// The cursor of a page that says more items follow: it must be there, and the
/// page must have items (else the list would end silently short). `got` is
/// "got N of M items", for the message.
pub(super) fn more_follow(url: &str, cursor: Option<String>, empty: bool, got: &str) -> Result<String> {
    let cursor = match cursor {
        Some(c) if !c.is_empty() => c,
        _ => {
            return Err(Error::bad_answer(format!(
                "GET {url} says more items follow but gives no cursor to fetch them; the list is incomplete ({got})."
            )));
        }
    };
    if empty {
        return Err(Error::bad_answer(format!(
            "GET {url} sent a page with no items that says more follow; stopped, the list is incomplete ({got})."
        )));
    }
    Ok(cursor)
}

#[cfg(test)]
mod tests;
