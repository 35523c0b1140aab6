//! The per-run cache of `check`: every distinct GET (a resource, or a whole
//! paginated list) is sent once, whichever and however many rules ask for it,
//! even when they ask at the same moment (the later callers wait for the first
//! answer). At most `--concurrency` requests (or listing windows) are in flight.

use crate::client::Client;
use crate::client::shard::{self, ShardOpts};
use crate::error::{Error, Result};
use serde_json::Value;
use std::any::Any;
use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use tokio::sync::{OnceCell, Semaphore};

type Cell = Arc<OnceCell<Result<Arc<dyn Any + Send + Sync>>>>;

/// Shared by the rules of one run.
pub struct Fetcher {
    client: Result<Client>,
    cells: Mutex<HashMap<String, Cell>>,
    permits: Semaphore,
    /// `--concurrency`: also the windows a long sorted listing is cut into.
    width: usize,
}

impl Fetcher {
    /// A cache over `client` (its error is every rule's answer when it could not be built).
    pub fn new(client: Result<Client>, concurrency: usize) -> Fetcher {
        Fetcher {
            client,
            cells: Mutex::new(HashMap::new()),
            permits: Semaphore::new(concurrency.max(1)),
            width: concurrency.max(1),
        }
    }

    /// GETs one resource.
    pub async fn get(&self, path: &str) -> Result<Arc<Value>> {
        self.once(format!("GET {path}"), || async {
            let client = self.client.clone()?;
            let _permit = self.permit().await?;
            client.get(path, &[]).await
        })
        .await
    }

    /// Every node of a paginated list (50 a page).
    pub async fn all(&self, path: &str, query: &[(&str, &str)]) -> Result<Arc<Vec<Value>>> {
        self.fold(path, query, "nodes", Vec::new(), |acc, page| {
            acc.extend(page);
            Ok(())
        })
        .await
    }

    /// Folds the pages of a list into a `T` (constant memory for long lists),
    /// once per run for each (path, query, `what`). A list sorted by
    /// `issued_at` from a slow server is fetched in windows side by side
    /// (`client::shard`, as `batch list --all` and `sync` do).
    pub async fn fold<T: Send + Sync + 'static>(
        &self,
        path: &str,
        query: &[(&str, &str)],
        what: &str,
        init: T,
        mut add: impl FnMut(&mut T, Vec<Value>) -> Result<()>,
    ) -> Result<Arc<T>> {
        let query: Vec<(String, String)> = query.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let q: Vec<String> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
        self.once(format!("{what} of GET {path}?{}", q.join("&")), || async {
            let client = self.client.clone()?;
            let width = u32::try_from(self.width).unwrap_or(16);
            let opts = ShardOpts { shards: width, concurrency: width, page_size: 50, verbose: false, auto: true };
            let mut listing = shard::open(&client, path.to_string(), query, opts).await?;
            let mut acc = init;
            loop {
                let _permit = self.permit().await?;
                match listing.next_page().await? {
                    Some(page) => add(&mut acc, page.nodes)?,
                    None => return Ok(acc),
                }
            }
        })
        .await
    }

    /// The cached answer under `key`, computed by the first caller.
    async fn once<T: Send + Sync + 'static, F: Future<Output = Result<T>>>(
        &self,
        key: String,
        make: impl FnOnce() -> F,
    ) -> Result<Arc<T>> {
        let cell = {
            let mut cells = self.cells.lock().map_err(|_| Error::local("The request cache of check was poisoned."))?;
            cells.entry(key.clone()).or_default().clone()
        };
        let any = cell
            .get_or_init(|| async { make().await.map(|v| Arc::new(v) as Arc<dyn Any + Send + Sync>) })
            .await
            .clone()?;
        any.downcast::<T>().map_err(|_| Error::local(format!("The request cache of check mixed up {key}.")))
    }

    async fn permit(&self) -> Result<tokio::sync::SemaphorePermit<'_>> {
        self.permits.acquire().await.map_err(|_| Error::local("The request limiter of check was closed."))
    }
}
