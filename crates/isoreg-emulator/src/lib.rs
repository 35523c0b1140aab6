//! The local Isometric Registry emulator: options, the generated dataset and the HTTP server.
//!
//! `Emulator::new` builds a deterministic, internally consistent registry from a seed;
//! `Emulator::serve` answers the API under `/registry/v0`, reads and writes, on a listener
//! the caller bound, until the shutdown future resolves.

mod args;
mod auth;
mod batches;
mod catalog;
mod data;
mod dates;
mod faults;
mod generate;
mod handlers;
mod paging;
mod query;
mod spec;
mod state;
mod views;
mod writes;

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU32, AtomicU64};
use std::sync::{Arc, RwLock};

use data::World;

pub use args::{CredentialsFormat, EmulatorArgs, Fate};

/// The base path every route lives under.
pub const BASE_PATH: &str = "/registry/v0";

/// How the emulator behaves: dataset size and fault injection.
#[derive(Debug, Clone)]
pub struct Options {
    /// Seed of the generated dataset (same seed, same answers).
    pub seed: u64,
    /// Grows the dataset linearly.
    pub scale: u32,
    /// Sleep before answering each request.
    pub latency_ms: u64,
    /// The first N requests (across the whole server) fail with `fail_with`.
    pub fail_first: u32,
    /// How the injected failures look.
    pub fail_with: FailKind,
    /// Seconds sent as `Retry-After` on injected 429/503 (429 always sends one: default 1).
    pub retry_after: Option<u64>,
    /// Deliberate oddities in the data or its shape.
    pub quirks: Vec<Quirk>,
    /// Every request answers 307 to `redirect_to` + original path and query.
    pub redirect_to: Option<String>,
    /// JWT `exp` = now + this many days (may be negative: already expired).
    pub token_ttl_days: i64,
    /// Only requests with this method count towards `fail_first` (e.g. `POST`); `None`: all.
    pub fail_method: Option<String>,
    /// Append one line per request (`METHOD /path?query`) to this file, as it arrives.
    pub request_log: Option<std::path::PathBuf>,
    /// The fate of each POST in turn: the nth POST the server receives gets `fail_script[n]`
    /// (`None`: answered normally); POSTs past the end are answered normally.
    pub fail_script: Vec<Option<FailKind>>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            seed: 42,
            scale: 1,
            latency_ms: 0,
            fail_first: 0,
            fail_with: FailKind::Status503,
            retry_after: None,
            quirks: Vec::new(),
            redirect_to: None,
            token_ttl_days: 365,
            fail_method: None,
            request_log: None,
            fail_script: Vec::new(),
        }
    }
}

impl Options {
    /// True when the quirk is switched on.
    pub fn has(&self, quirk: Quirk) -> bool {
        self.quirks.contains(&quirk)
    }
}

/// The kind of failure injected for the first `fail_first` requests.
///
/// The first kinds fail before the request reaches a handler (nothing is recorded); the
/// `commit-…` kinds let the handler run first — a write is recorded — and then spoil the answer,
/// as a proxy or a dying server can. Named on the command line (`--fail-with`) as the
/// `#[value]` attributes say, the others in kebab case (`commit-late`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailKind {
    #[value(name = "503")]
    Status503,
    #[value(name = "502")]
    Status502,
    #[value(name = "504")]
    Status504,
    #[value(name = "500")]
    Status500,
    #[value(name = "429")]
    RateLimit429,
    // 502 with an HTML page body.
    #[value(name = "html")]
    Html502,
    // The handler runs, then 200, content-type json, body cut in half (a complete answer).
    #[value(name = "truncate")]
    Truncated,
    // Close the connection without answering.
    Reset,
    // Accept and never answer (until shutdown).
    Hang,
    // 307 to the same URL (same origin), before the handler runs.
    #[value(name = "redirect-307")]
    Redirect307,
    // 200 with `{}`, before the handler runs.
    #[value(name = "empty-200")]
    Empty200,
    // The handler runs, then 500.
    #[value(name = "commit-500")]
    Commit500,
    // The handler runs, then 500 whose body breaks off (the connection closes mid-body).
    #[value(name = "commit-500-cut")]
    Commit500Cut,
    // The handler runs, then 200 whose body breaks off.
    CommitCut,
    // The handler runs, then the connection is reset unanswered.
    CommitReset,
    // The handler runs late (`LATE_MS` after the request arrived, whether or not the client
    // is still waiting), then answers.
    CommitLate,
    // The handler runs, then 302 to `/organisation` on the same origin.
    #[value(name = "commit-302")]
    Commit302,
    // The handler runs, then 303 to another origin.
    #[value(name = "commit-303-away")]
    Commit303Away,
    // The handler runs, then 200 with its answer changed: another note and 1 kg more (another
    // name for a beneficiary).
    CommitWrong,
}

/// How late a `commit-late` write is recorded, in milliseconds.
pub const LATE_MS: u64 = 1200;

impl std::fmt::Display for FailKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write_value_name(self, f)
    }
}

/// Deliberate oddities of a real server, for testing the client's robustness (`--quirk`, names in
/// kebab case: `skew-balance`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Quirk {
    // Names and notes carry terminal escapes, CSV formula starters, tabs, CR/LF, RTL override, long text.
    Hostile,
    // The demo buyer's credit balance is 1 kg off its batches.
    SkewBalance,
    // One split batch of the demo buyer has children that do not add up (right child 1 kg larger).
    BadSplit,
    // Credit batches in the old documented shape (`sequestered_at`, fewer fields).
    LegacyShape,
    // Credit batches lack the required `size` field.
    MissingField,
    // `issued_after`/`issued_before` are accepted but ignored on credit-batch listings.
    IgnoreDates,
    // A third of the issuances (and so their batches) share one `issued_at` instant.
    Burst,
    // The organisation's newest 40 credit batches are hidden at first and appear one per
    // credit-batch listing request after the 70th, as if issued while a listing runs.
    Growing,
}

impl std::fmt::Display for Quirk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write_value_name(self, f)
    }
}

/// Writes the name clap's `ValueEnum` derive gives `v` on the command line (`503`, `skew-balance`).
fn write_value_name<V: clap::ValueEnum>(v: &V, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    match v.to_possible_value() {
        Some(p) => f.write_str(p.get_name()),
        None => Ok(()),
    }
}

/// What a client needs to talk to the emulator.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub client_secret: String,
    /// Access token of the demo buyer organisation.
    pub buyer_token: String,
    /// Access token of the first supplier's organisation.
    pub supplier_token: String,
    pub buyer_org_id: String,
    pub supplier_org_id: String,
    pub supplier_id: String,
}

/// Shared state of one emulator: the dataset, its options and the request counter.
///
/// The world sits behind a lock as an `Arc`: each request reads one consistent snapshot
/// (see `state::App`), and a write replaces it while holding the lock, so writes are
/// serialised and every index is rebuilt before anyone sees the result (see `writes.rs`).
pub(crate) struct Inner {
    pub(crate) opts: Options,
    pub(crate) world: RwLock<Arc<World>>,
    /// How many IDs the writes have made (they are derived from the seed and this count).
    pub(crate) made_ids: AtomicU64,
    /// Emails of the individual beneficiaries created (unique, never shown).
    pub(crate) emails: std::sync::Mutex<std::collections::HashSet<String>>,
    pub(crate) creds: Credentials,
    pub(crate) jwt_key: Vec<u8>,
    pub(crate) requests: AtomicU32,
    /// POSTs received so far (indexes `fail_script`).
    pub(crate) posts: AtomicU32,
    /// Credit-batch listing requests served so far (drives the `growing` quirk).
    pub(crate) batch_lists: AtomicU32,
}

/// A generated registry that can be served over HTTP. Cheap to clone.
#[derive(Clone)]
pub struct Emulator {
    inner: Arc<Inner>,
}

impl Inner {
    /// The world as it is now (a write in progress is not seen until it is complete).
    pub(crate) fn snapshot(&self) -> Arc<World> {
        match self.world.read() {
            Ok(g) => g.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }
}

impl Emulator {
    /// Generates the dataset for these options (deterministic from the seed).
    pub fn new(opts: Options) -> Emulator {
        let world = generate::world(&opts);
        let jwt_key = auth::signing_key(opts.seed);
        let creds = auth::credentials(&world, &opts, &jwt_key);
        let inner = Inner {
            opts,
            world: RwLock::new(Arc::new(world)),
            made_ids: AtomicU64::new(0),
            emails: Default::default(),
            creds,
            jwt_key,
            requests: AtomicU32::new(0),
            posts: AtomicU32::new(0),
            batch_lists: AtomicU32::new(0),
        };
        Emulator { inner: Arc::new(inner) }
    }

    /// The secret and tokens that the emulator accepts.
    pub fn credentials(&self) -> &Credentials {
        &self.inner.creds
    }

    /// The options this emulator was made with.
    pub fn options(&self) -> &Options {
        &self.inner.opts
    }

    /// IDs worth trying, all reachable with the buyer token.
    pub fn sample_ids(&self) -> Vec<(&'static str, String)> {
        self.inner.snapshot().sample_ids()
    }

    /// How many credit batches the demo buyer organisation owns (active or retired: what its
    /// batch listing shows; the split parents behind them are left out, as the API does).
    pub fn demo_buyer_batch_count(&self) -> usize {
        let w = self.inner.snapshot();
        w.org_batches_current[w.demo_buyer as usize].len()
    }

    /// The text printed when the emulator starts. `base_url` is completed with `/registry/v0` if needed.
    pub fn banner(&self, base_url: &str) -> String {
        let base = full_base_url(base_url);
        let c = &self.inner.creds;
        let w = self.inner.snapshot();
        let mut s = String::new();
        let _ = writeln!(s, "isoreg emulator serving {base}");
        let _ = writeln!(
            s,
            "seed {}, scale {}: {} organisations, {} credit batches (demo buyer owns {})",
            self.inner.opts.seed,
            self.inner.opts.scale,
            w.orgs.len(),
            w.batches.len(),
            self.demo_buyer_batch_count()
        );
        let _ = writeln!(s, "\nexport ISOREG_BASE_URL={base}");
        let _ = writeln!(s, "export ISOMETRIC_CLIENT_SECRET={}", c.client_secret);
        let _ = writeln!(s, "export ISOMETRIC_ACCESS_TOKEN={}", c.buyer_token);
        let _ = writeln!(s, "\n# buyer organisation: {}", c.buyer_org_id);
        let _ = writeln!(
            s,
            "# supplier token (organisation {}, supplier {}):\n#   {}",
            c.supplier_org_id, c.supplier_id, c.supplier_token
        );
        let _ = writeln!(s, "\nsample IDs:");
        for (kind, id) in self.sample_ids() {
            let _ = writeln!(s, "  {kind:<20} {id}");
        }
        s
    }

    /// Serves the API on `listener` until `shutdown` resolves (graceful).
    pub async fn serve(
        self,
        listener: tokio::net::TcpListener,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        faults::serve(self.inner, listener, shutdown).await
    }
}

fn full_base_url(base_url: &str) -> String {
    let trimmed = base_url.trim_end_matches('/');
    if trimmed.ends_with(BASE_PATH) { trimmed.to_string() } else { format!("{trimmed}{BASE_PATH}") }
}

#[cfg(test)]
mod tests;
