//! `emulator`: serves the local registry emulator on an address until Ctrl-C,
//! printing its base URL, credentials and sample IDs first (as a banner for
//! people, or as one JSON line for programs with `--credentials json`).

use super::ctx::Ctx;
use crate::emulator::{Emulator, FailKind, Options, Quirk};
use crate::error::{Error, Result};
use clap::Args;

/// Turns the command's flags into emulator options.
pub fn options(a: &EmulatorArgs) -> Options {
    Options {
        seed: a.seed,
        scale: a.scale,
        latency_ms: a.latency_ms,
        fail_first: a.fail_first,
        fail_with: a.fail_with,
        retry_after: a.retry_after,
        quirks: a.quirk.clone(),
        redirect_to: a.redirect_to.clone(),
        token_ttl_days: a.token_ttl_days,
        fail_method: a.fail_method.clone(),
        request_log: a.request_log.clone(),
        fail_script: a.fail_script.iter().map(|s| s.0).collect(),
    }
}

pub async fn run(a: EmulatorArgs, ctx: &mut Ctx) -> Result<()> {
    let opts = options(&a);
    let listener = tokio::net::TcpListener::bind(&a.addr)
        .await
        .map_err(|e| Error::usage(format!("Cannot listen on {}: {e}; pick another --addr.", a.addr)))?;
    let addr = listener.local_addr()?;
    let emu = Emulator::new(opts);
    let base = format!("http://{addr}/registry/v0");
    let first = match a.credentials {
        CredentialsFormat::Human => format!("{}\n", emu.banner(&base)),
        CredentialsFormat::Json => format!("{}\n", credentials_json(&emu, &base)),
    };
    ctx.out.text(&first)?;
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
        crate::say!("Stopping the emulator.");
    };
    emu.serve(listener, shutdown).await.map_err(Error::from)
}

/// How `emulator` prints its base URL, credentials and sample IDs.
#[derive(Debug, Clone, Copy, Default, clap::ValueEnum)]
pub enum CredentialsFormat {
    /// The banner for people: `export` lines and a list of sample IDs.
    #[default]
    Human,
    /// One JSON object on the first line of stdout, for programs and tests.
    Json,
}

/// The emulator's base URL, credentials and sample IDs as one line of JSON.
fn credentials_json(emu: &Emulator, base: &str) -> String {
    let c = emu.credentials();
    let samples: serde_json::Map<String, serde_json::Value> =
        emu.sample_ids().into_iter().map(|(kind, id)| (kind.to_string(), id.into())).collect();
    serde_json::json!({
        "base_url": base,
        "client_secret": c.client_secret,
        "buyer_token": c.buyer_token,
        "supplier_token": c.supplier_token,
        "buyer_org_id": c.buyer_org_id,
        "supplier_org_id": c.supplier_org_id,
        "supplier_id": c.supplier_id,
        "samples": samples,
    })
    .to_string()
}

/// Arguments of `emulator`.
#[derive(Debug, Args, Clone)]
pub struct EmulatorArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:7878")]
    pub addr: String,
    /// Dataset seed (same seed, same data).
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Dataset size multiplier (1 ≈ 150 demo-buyer batches, 100 ≈ 10,000+).
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=5000))]
    pub scale: u32,
    /// Delay every answer by this many milliseconds.
    #[arg(long, default_value_t = 0)]
    pub latency_ms: u64,
    /// Fail the first N requests (see --fail-with).
    #[arg(long, default_value_t = 0)]
    pub fail_first: u32,
    /// How injected failures fail.
    #[arg(long, value_enum, default_value_t = FailKind::Status503)]
    pub fail_with: FailKind,
    /// Retry-After seconds sent with injected 429/503 answers.
    #[arg(long)]
    pub retry_after: Option<u64>,
    /// Misbehave on purpose (repeatable).
    #[arg(long, value_enum)]
    pub quirk: Vec<Quirk>,
    /// Answer every request with a 307 redirect to this URL prefix.
    #[arg(long, value_name = "URL")]
    pub redirect_to: Option<String>,
    /// Lifetime of the printed tokens, in days (negative: already expired).
    #[arg(long, default_value_t = 365, allow_negative_numbers = true)]
    pub token_ttl_days: i64,
    /// Count only requests with this method towards --fail-first (e.g. POST).
    #[arg(long, value_name = "METHOD")]
    pub fail_method: Option<String>,
    /// Append one line per request received (`METHOD /path?query`) to this file.
    #[arg(long, value_name = "FILE")]
    pub request_log: Option<std::path::PathBuf>,
    /// The fate of each POST in turn, comma-separated: `ok` or a --fail-with kind
    /// (e.g. `ok,commit-500,reset`); later POSTs are answered normally.
    #[arg(long, value_name = "LIST", value_delimiter = ',', value_parser = parse_fate)]
    pub fail_script: Vec<Fate>,
    /// Print the base URL, credentials and sample IDs as a banner (human) or as
    /// one JSON object on the first line (json).
    #[arg(long, value_enum, default_value_t = CredentialsFormat::Human, value_name = "FORMAT")]
    pub credentials: CredentialsFormat,
}

/// One entry of `--fail-script`: `ok` (`None`) or a failure kind.
#[derive(Debug, Clone, Copy)]
pub struct Fate(pub Option<FailKind>);

fn parse_fate(s: &str) -> std::result::Result<Fate, String> {
    use clap::ValueEnum;
    if s == "ok" {
        return Ok(Fate(None));
    }
    FailKind::from_str(s, false)
        .map(|k| Fate(Some(k)))
        .map_err(|_| format!("'{s}' is not ok or one of: {}", FailKind::NAMES.join(", ")))
}
