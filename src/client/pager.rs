//! Relay cursor pagination as a sequence of pages: `first`/`after` requests
//! until `has_next_page` is false or the caller's limit is reached. Cursors are
//! passed back exactly as received, never decoded or made up. A server that
//! hands back the cursor it was just given would loop forever; that is a bad
//! answer, not a list.
//!
//! Pages are pipelined: as soon as a page's cursor is known (read from the raw
//! body before its records are parsed), the request for the next page is
//! started in the background, so parsing and rendering page N happen while
//! page N+1 is on the wire. A full listing then costs about one round trip per
//! page.

use super::{Body, Client};
use crate::error::{Error, Result};
use serde_json::Value;

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
pub struct Pager {
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
    /// The request for the next page, already on its way, and how many items it asked for.
    ahead: Option<(u32, tokio::task::JoinHandle<Result<Body>>)>,
}

impl Drop for Pager {
    fn drop(&mut self) {
        if let Some((_, h)) = self.ahead.take() {
            h.abort();
        }
    }
}

impl Pager {
    /// A pager over `path`; `limit` of `None` means all items.
    pub fn new(
        client: &Client,
        path: String,
        query: Vec<(String, String)>,
        page_size: u32,
        after: Option<String>,
        limit: Option<u64>,
    ) -> Pager {
        Pager {
            client: client.clone(),
            path,
            query,
            page_size: page_size.clamp(1, 50),
            after,
            limit,
            fetched: 0,
            done: limit == Some(0),
            total_count: None,
            more: false,
            ahead: None,
        }
    }

    /// How many items have been returned so far.
    pub fn fetched(&self) -> u64 {
        self.fetched
    }

    /// The next page, or `None` when the list (or the limit) is exhausted.
    pub async fn next_page(&mut self) -> Result<Option<Page>> {
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
        if Some(&cursor) == self.after.as_ref() || self.limit.is_some_and(|l| after_this >= l) {
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
        let Value::Object(mut obj) = body else {
            return Err(Error::bad_answer(format!("The answer to GET {url} is not a list object with `nodes`.")));
        };
        let nodes = match obj.remove("nodes") {
            Some(Value::Array(a)) => a,
            _ => return Err(Error::bad_answer(format!("The answer to GET {url} has no `nodes` array."))),
        };
        let mut nodes = nodes;
        if let Some(l) = self.limit {
            nodes.truncate((l - self.fetched) as usize);
        }
        self.fetched += nodes.len() as u64;
        self.total_count = obj.get("total_count").and_then(Value::as_u64).or(self.total_count);
        let info = obj.get("page_info");
        let has_next = info.and_then(|i| i.get("has_next_page")).and_then(Value::as_bool).unwrap_or(false);
        let cursor = info.and_then(|i| i.get("end_cursor")).and_then(Value::as_str).map(str::to_string);
        if has_next && cursor.is_some() && cursor == self.after {
            return Err(Error::bad_answer(format!(
                "The answer to GET {url} says more items follow but gives back the same cursor; stopped to avoid an endless loop."
            )));
        }
        self.more = has_next && cursor.is_some();
        let limit_hit = self.limit.is_some_and(|l| self.fetched >= l);
        self.done = !self.more || limit_hit || nodes.is_empty();
        self.after = cursor;
        Ok(Page { nodes, total_count: self.total_count })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::ClientOptions;
    use proptest::prelude::*;
    use serde_json::json;
    use std::time::Duration;

    fn pager(limit: Option<u64>) -> Pager {
        let client = Client::new(ClientOptions {
            base_url: "http://127.0.0.1:9/registry/v0".into(),
            client_secret: None,
            access_token: None,
            timeout: Duration::from_secs(1),
            retries: 0,
            verbose: false,
        })
        .expect("a loopback client");
        Pager::new(&client, "/things".into(), vec![], 50, None, limit)
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
                match p.take_page(body) {
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

    #[test]
    fn a_repeated_cursor_is_a_bad_answer() {
        let mut p = pager(None);
        let page = json!({"page_info": {"has_next_page": true, "end_cursor": "same"}, "nodes": [{"id": 1}]});
        assert!(p.take_page(page.clone()).is_ok());
        let e = p.take_page(page).unwrap_err();
        assert!(e.message.contains("same cursor"), "{}", e.message);
    }
}
