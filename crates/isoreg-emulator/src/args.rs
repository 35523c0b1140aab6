//! The emulator's command-line options as a clap `Args` struct, flattened into
//! `isoreg emulator` by the CLI; [`EmulatorArgs::options`] turns them into [`Options`].

use crate::{FailKind, Options, Quirk};
use clap::Args;

/// Options of `isoreg emulator`: where to listen, the dataset and the faults to inject.
#[derive(Debug, Args, Clone)]
pub struct EmulatorArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:7878")]
    pub addr: String,
    /// Dataset seed (same seed, same data).
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Dataset size multiplier: with the default seed, 1 gives the demo buyer 232 credit batches (as `batch list` counts them), 10 about 1,100, 100 about 10,000.
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

/// How `emulator` prints its base URL, credentials and sample IDs.
#[derive(Debug, Clone, Copy, Default, clap::ValueEnum)]
pub enum CredentialsFormat {
    /// The banner for people: `export` lines and a list of sample IDs.
    #[default]
    Human,
    /// One JSON object on the first line of stdout, for programs and tests.
    Json,
}

impl EmulatorArgs {
    /// The emulator options these flags ask for.
    pub fn options(&self) -> Options {
        Options {
            seed: self.seed,
            scale: self.scale,
            latency_ms: self.latency_ms,
            fail_first: self.fail_first,
            fail_with: self.fail_with,
            retry_after: self.retry_after,
            quirks: self.quirk.clone(),
            redirect_to: self.redirect_to.clone(),
            token_ttl_days: self.token_ttl_days,
            fail_method: self.fail_method.clone(),
            request_log: self.request_log.clone(),
            fail_script: self.fail_script.iter().map(|s| s.0).collect(),
        }
    }
}

/// One entry of `--fail-script`: `ok` (`None`) or a failure kind.
#[derive(Debug, Clone, Copy)]
pub struct Fate(pub Option<FailKind>);

fn parse_fate(s: &str) -> Result<Fate, String> {
    use clap::ValueEnum;
    if s == "ok" {
        return Ok(Fate(None));
    }
    FailKind::from_str(s, false).map(|k| Fate(Some(k))).map_err(|_| {
        let names: Vec<String> = FailKind::value_variants().iter().map(|k| k.to_string()).collect();
        format!("'{s}' is not ok or one of: {}", names.join(", "))
    })
}
