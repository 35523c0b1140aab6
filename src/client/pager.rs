//! Relay cursor pagination as a sequence of pages: `first`/`after` requests
//! until `has_next_page` is false or the caller's limit is reached. Cursors are
//! passed back exactly as received, never decoded or made up.

use super::Client;
use crate::error::{Error, Result};
use serde_json::Value;

/// One page of a list.
#[derive(Debug, Default)]
pub struct Page {
    pub nodes: Vec<Value>,
    pub total_count: Option<u64>,
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
        let want = match self.limit {
            Some(l) => (l - self.fetched).min(self.page_size as u64) as u32,
            None => self.page_size,
        };
        let mut q = self.query.clone();
        q.push(("first".into(), want.to_string()));
        if let Some(a) = &self.after {
            q.push(("after".into(), a.clone()));
        }
        let body = self.client.get(&self.path, &q).await?;
        let page = self.take_page(body)?;
        Ok(Some(page))
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
        self.more = has_next && cursor.is_some();
        let limit_hit = self.limit.is_some_and(|l| self.fetched >= l);
        self.done = !self.more || limit_hit || nodes.is_empty();
        self.after = cursor;
        Ok(Page { nodes, total_count: self.total_count })
    }
}
