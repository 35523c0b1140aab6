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

use super::{Body, Client};
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
    ahead: Option<(u32, tokio::task::JoinHandle<Result<Body>>)>,
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
    fn prefetch(&mut self, body: &Body, want: u32) {
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
mod tests {
    use super::*;
    use crate::client::ClientOptions;
    use proptest::prelude::*;
    use serde_json::json;
    use std::time::Duration;

    fn pager(limit: Option<u64>) -> Pages {
        let client = Client::new(ClientOptions {
            base_url: "http://127.0.0.1:9/registry/v0".into(),
            client_secret: None,
            access_token: None,
            timeout: Duration::from_secs(1),
            retries: 0,
            verbose: false,
        })
        .expect("a loopback client");
        Pages::new(&client, "/things".into(), vec![], 50, None, limit)
    }

    /// One page through the pager, as `next_page` hands it on: an error found
    /// on a delivered page is the next call's answer, so it is returned here.
    fn take(p: &mut Pages, body: Value) -> Result<Page> {
        let page = p.take_page(body)?;
        match p.failed.take() {
            Some(e) => Err(e),
            None => Ok(page),
        }
    }

    fn any_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(|f| json!(f)),
            ".{0,8}".prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::btree_map("[a-z_]{0,12}", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    /// A page-like answer: right or wrong in every part.
    fn any_page() -> impl Strategy<Value = Value> {
        let cursor = prop_oneof![Just(Value::Null), Just(json!("c1")), Just(json!("c2")), any_value()];
        let info = (any::<bool>(), cursor).prop_map(|(more, c)| json!({"has_next_page": more, "end_cursor": c}));
        let nodes = prop_oneof![prop::collection::vec(any_value(), 0..6).prop_map(Value::Array), any_value()];
        let total = prop_oneof![any::<i64>().prop_map(Value::from), any_value()];
        prop_oneof![
            4 => (info, nodes, total).prop_map(|(i, n, t)| json!({"page_info": i, "nodes": n, "total_count": t})),
            1 => any_value(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        /// Any sequence of answers: no panic, never more items than the
        /// limit, no endless loop on a repeated cursor, errors are exit 6.
        #[test]
        fn any_answers_never_panic_or_overrun_the_limit(
            pages in prop::collection::vec(any_page(), 1..6),
            limit in prop::option::of(0u64..12),
        ) {
            let mut p = pager(limit);
            for body in pages {
                if p.done {
                    break;
                }
                let before = p.after.clone();
                match take(&mut p, body) {
                    Ok(page) => {
                        prop_assert!(limit.is_none_or(|l| p.fetched() <= l));
                        prop_assert!(page.nodes.len() as u64 <= p.fetched());
                        prop_assert!(p.done || p.after != before, "a repeated cursor must end the walk");
                    }
                    Err(e) => {
                        prop_assert_eq!(e.exit_code(), 6);
                        break;
                    }
                }
            }
        }
    }

    /// An endless server: the same few page shapes, forever.
    fn endless(cursors: &[Option<String>], sizes: &[usize], total: Option<u64>, i: usize) -> Value {
        let c = &cursors[i % cursors.len()];
        let nodes: Vec<Value> = (0..sizes[i % sizes.len()]).map(|n| json!({"id": n})).collect();
        json!({"page_info": {"has_next_page": true, "end_cursor": c}, "nodes": nodes, "total_count": total})
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        /// A server that always says "more follow" (repeating, alternating or
        /// fresh cursors, lying or missing counts, null cursors) is always
        /// stopped, with exit 6, before more items than the count allows.
        #[test]
        fn endless_servers_always_stop(
            pool in prop::collection::vec(prop::option::of("[a-c]{1,2}"), 1..5),
            fresh in any::<bool>(),
            sizes in prop::collection::vec(0usize..6, 1..4),
            total in prop::option::of(0u64..300),
        ) {
            let mut p = pager(None);
            p.uncounted_cap = 400;
            let cursors: Vec<Option<String>> = if fresh { Vec::new() } else { pool };
            let mut ended = None;
            for i in 0..1_000usize {
                let page = if fresh {
                    endless(&[Some(format!("c{i}"))], &sizes, total, i)
                } else {
                    endless(&cursors, &sizes, total, i)
                };
                if let Err(e) = take(&mut p, page) {
                    ended = Some(e);
                    break;
                }
            }
            let e = ended.expect("the listing must stop");
            prop_assert_eq!(e.exit_code(), 6);
            let bound = total.map_or(400, |t| t + margin(t));
            prop_assert!(p.fetched() <= bound + 5, "{} items for a bound of {}", p.fetched(), bound);
        }
    }

    fn more(cursor: Value, n: usize, total: u64) -> Value {
        let nodes: Vec<Value> = (0..n).map(|i| json!({"id": i})).collect();
        json!({"page_info": {"has_next_page": true, "end_cursor": cursor}, "nodes": nodes, "total_count": total})
    }

    #[test]
    fn a_repeated_cursor_is_a_bad_answer() {
        let mut p = pager(None);
        let page =
            json!({"page_info": {"has_next_page": true, "end_cursor": "same"}, "nodes": [{"id": 1}], "total_count": 9});
        assert!(take(&mut p, page.clone()).is_ok());
        let e = take(&mut p, page).unwrap_err();
        assert!(e.message.contains("given before") && e.message.contains("got 2 of 9"), "{}", e.message);
    }

    #[test]
    fn alternating_cursors_are_a_loop() {
        let mut p = pager(None);
        assert!(take(&mut p, more(json!("A"), 1, 100)).is_ok());
        assert!(take(&mut p, more(json!("B"), 1, 100)).is_ok());
        let e = take(&mut p, more(json!("A"), 1, 100)).unwrap_err();
        assert_eq!(e.exit_code(), 6);
        assert!(e.message.contains("round in circles"), "{}", e.message);
    }

    #[test]
    fn more_items_than_the_count_allows_stop_the_listing() {
        let mut p = pager(None);
        let mut err = None;
        for i in 0..100 {
            if let Err(e) = take(&mut p, more(json!(format!("c{i}")), 50, 100)) {
                err = Some(e);
                break;
            }
        }
        let e = err.expect("stopped");
        assert!(e.message.contains("said there are 100"), "{}", e.message);
        assert!(p.fetched() <= 100 + margin(100) + 50);
    }

    #[test]
    fn more_without_a_cursor_is_an_incomplete_list() {
        for cursor in [Value::Null, json!("")] {
            let mut p = pager(None);
            let e = take(&mut p, more(cursor, 3, 10)).unwrap_err();
            assert_eq!(e.exit_code(), 6);
            assert!(e.message.contains("no cursor") && e.message.contains("got 3 of 10"), "{}", e.message);
        }
        // With a limit that is already reached, a missing cursor does not matter.
        let mut p = pager(Some(3));
        assert!(take(&mut p, more(Value::Null, 3, 10)).is_ok());
        assert!(p.done);
    }

    #[test]
    fn an_empty_page_that_says_more_follow_is_a_bad_answer() {
        let mut p = pager(None);
        let e = take(&mut p, more(json!("x"), 0, 10)).unwrap_err();
        assert!(e.message.contains("no items"), "{}", e.message);
    }

    fn last(n: usize, total: Value) -> Value {
        let nodes: Vec<Value> = (0..n).map(|i| json!({"id": i})).collect();
        json!({"page_info": {"has_next_page": false, "end_cursor": null}, "nodes": nodes, "total_count": total})
    }

    #[test]
    fn a_listing_that_ends_before_its_count_is_incomplete() {
        let mut p = pager(None);
        assert!(take(&mut p, more(json!("a"), 2, 10)).is_ok());
        let e = take(&mut p, last(1, json!(10))).unwrap_err();
        assert_eq!(e.exit_code(), 6);
        assert!(e.message.contains("says the list ends") && e.message.contains("got 3 of 10 items"), "{}", e.message);
        // The last count is the bound even when the first one was smaller.
        let mut p = pager(None);
        assert!(take(&mut p, more(json!("a"), 2, 2)).is_ok());
        assert!(take(&mut p, last(1, json!(9))).is_err());
        // A first count far above what came is caught even if the last page lowers its count.
        let mut p = pager(None);
        assert!(take(&mut p, more(json!("a"), 1, 500)).is_ok());
        assert!(take(&mut p, last(1, json!(2))).is_err());
    }

    #[test]
    fn complete_listings_pass_the_lower_bound() {
        for (n, total) in [(3, json!(3)), (0, json!(0)), (4, json!(3)), (2, Value::Null)] {
            let mut p = pager(None);
            assert!(take(&mut p, last(n, total.clone())).is_ok(), "{n} of {total}");
            assert!(p.done);
        }
        // Items removed meanwhile: the count drops, within the margin.
        let mut p = pager(None);
        assert!(take(&mut p, more(json!("a"), 50, 100)).is_ok());
        assert!(take(&mut p, last(45, json!(95))).is_ok());
        // A limit reached, a cursor the user gave: the rest is not ours to count.
        let mut p = pager(Some(3));
        assert!(take(&mut p, last(3, json!(10))).is_ok());
        let client = pager(None).client.clone();
        let mut p = Pages::new(&client, "/things".into(), vec![], 50, Some("c".into()), None);
        assert!(take(&mut p, last(3, json!(10))).is_ok());
        let mut p = Pages::new(&client, "/things".into(), vec![], 50, Some("c".into()), None).after_items(7);
        assert!(take(&mut p, last(3, json!(10))).is_ok());
        let mut p = Pages::new(&client, "/things".into(), vec![], 50, Some("c".into()), None).after_items(6);
        assert!(take(&mut p, last(3, json!(10))).unwrap_err().message.contains("got 9 of 10"));
    }

    #[test]
    fn counts_in_messages_are_true() {
        assert_eq!(got_of(3, Some(10)), "got 3 of 10 items");
        assert_eq!(got_of(2, Some(0)), "got 2 items though the server announced 0");
        assert_eq!(got_of(1, None), "got 1 item");
        // A repeated cursor on the second page: both pages were handed on, the count says so.
        let mut p = pager(None);
        assert!(take(&mut p, more(json!("x"), 1, 0)).is_ok());
        let e = take(&mut p, more(json!("x"), 1, 0)).unwrap_err();
        assert!(e.message.contains("got 2 items though the server announced 0"), "{}", e.message);
    }
}
