//! `check`: a policy of named rules about the organisation's credits, checked
//! in CI. Every rule is evaluated (the network ones concurrently, each distinct
//! request once per run) and reported; the run exits 0 when every `error` rule
//! holds and 1 when one does not, or 3 / 5 / 6 when the credentials, the
//! network or the server kept a rule from being checked.
//!
//! - `policy.rs`: the TOML file and its checks (exit 2 with file:line:column);
//! - `rules.rs`: evaluating each kind of rule; `fetch.rs`: the per-run request cache;
//! - `local.rs`: the local copy (diff and SQL rules); `outputs.rs`: the reports;
//! - `init.rs`: `--init`, a starter policy from the organisation's current state.

pub mod fetch;
pub mod init;
pub mod local;
pub mod outputs;
pub mod policy;
pub mod rules;

use super::ctx::Ctx;
use super::local::sync::db_path;
use crate::cli::options::DbArg;
use crate::error::{Error, Kind, Result};
use crate::render::Format;
use clap::Args;
use outputs::{CheckReport, Verdict};
use std::path::{Path, PathBuf};

/// The policy file used when `--policy` is not given.
pub const DEFAULT_POLICY: &str = "isoreg-policy.toml";

pub async fn run(a: CheckArgs, ctx: &mut Ctx) -> Result<()> {
    let path = a.policy.clone().unwrap_or_else(|| PathBuf::from(DEFAULT_POLICY));
    if a.init {
        return init::run(&path, a.force, ctx).await;
    }
    let stdout_md = a.markdown.as_deref() == Some(Path::new("-"));
    let format = stdout_format(ctx);
    if stdout_md && format.is_some() {
        return Err(Error::usage("--markdown without a FILE prints to stdout, as -o does; give --markdown FILE."));
    }
    if format.is_none() && ctx.global.fields.is_some() {
        return Err(Error::usage("--fields picks keys of check's JSON or CSV; use it with -o json, jsonl or csv."));
    }
    let policy = policy::load(&path)?;
    let started = std::time::Instant::now();
    let fetcher = fetch::Fetcher::new(ctx.client(), ctx.global.concurrency as usize);
    let env = rules::Env { fetch: &fetcher, settings: &ctx.settings, db: db_path(&a.db, ctx), now: chrono::Utc::now() };
    let outcomes = futures::future::join_all(policy.rules.iter().map(|r| rules::evaluate(r, &env))).await;
    let verdicts = policy.rules.iter().zip(outcomes).map(|(rule, outcome)| Verdict { rule, outcome }).collect();
    let report = CheckReport { policy: &policy, verdicts, elapsed: started.elapsed() };
    write_outputs(&a, &report, stdout_md, ctx)?;
    verdict(&report)
}

/// Writes every output asked for: files first, then stdout.
fn write_outputs(a: &CheckArgs, report: &CheckReport<'_>, stdout_md: bool, ctx: &mut Ctx) -> Result<()> {
    if let Some(file) = &a.junit {
        write_file(file, &outputs::junit(report)?, "JUnit report")?;
    }
    if let Some(file) = a.markdown.as_deref().filter(|_| !stdout_md) {
        write_file(file, &outputs::markdown(report), "Markdown report")?;
    }
    if a.github {
        ctx.out.text(&outputs::github(report))?;
        if let Some(summary) = &ctx.env.github_step_summary {
            append_file(summary, &format!("{}\n", outputs::markdown(report)))?;
        }
    }
    match stdout_format(ctx) {
        Some(Format::Json) => ctx.out.one(&outputs::json(report), &crate::render::RAW),
        Some(Format::Jsonl | Format::Csv) => {
            let mut w = ctx.out.list(&outputs::ROWS);
            w.page(outputs::rows(report))?;
            w.finish().map(drop)
        }
        _ if stdout_md => ctx.out.text(&outputs::markdown(report)),
        _ => {
            let text = outputs::human(report, ctx.out.opts.color);
            ctx.out.text(&text)
        }
    }
}

/// The machine format stdout gets (`-o json|jsonl|csv`, or `--jq`), or `None`
/// for the report for people (the default, on a terminal or not: CI logs are read by people).
fn stdout_format(ctx: &Ctx) -> Option<Format> {
    match (ctx.global.output, &ctx.global.jq) {
        (Some(f @ (Format::Json | Format::Jsonl | Format::Csv)), _) => Some(f),
        (None, Some(_)) => Some(Format::Json),
        _ => None,
    }
}

/// The run's result: the first error that kept a rule from being checked
/// (credentials 3, network 5, a bad answer 6), else exit 1 when an error rule failed.
fn verdict(report: &CheckReport<'_>) -> Result<()> {
    let blocking = [Kind::Auth, Kind::Config, Kind::Network, Kind::BadAnswer];
    for v in &report.verdicts {
        if let Some(e) = v.outcome.error.as_ref().filter(|e| blocking.contains(&e.kind)) {
            return Err(Error {
                message: format!("Rule '{}' could not be checked: {}", v.rule.name, e.message),
                ..e.clone()
            });
        }
    }
    let failed = report.failed();
    if failed.is_empty() {
        return Ok(());
    }
    let names: Vec<String> = failed.iter().map(|n| format!("'{n}'")).collect();
    Err(Error::check(format!("{} of {} rules failed: {}.", failed.len(), report.verdicts.len(), names.join(", "))))
}

/// Writes a report file, making its folder first (CI jobs name `reports/…` freely).
fn write_file(path: &Path, text: &str, what: &str) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::local(format!("Cannot make the folder of the {what} {}: {e}.", path.display())))?;
    }
    std::fs::write(path, text).map_err(|e| Error::local(format!("Cannot write the {what} {}: {e}.", path.display())))
}

fn append_file(path: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|e| Error::local(format!("Cannot open $GITHUB_STEP_SUMMARY ({}): {e}.", path.display())))?;
    f.write_all(text.as_bytes())
        .map_err(|e| Error::local(format!("Cannot append to $GITHUB_STEP_SUMMARY ({}): {e}.", path.display())))
}

/// The examples of `check --help`.
pub const CHECK_HELP: &str = "\
Examples:
  isoreg --demo check --init --policy /tmp/policy.toml
  isoreg --demo check --policy /tmp/policy.toml
  isoreg check --junit report.xml --github
  isoreg check -o json --markdown summary.md

Exit codes: 0 every error rule holds, 1 one failed, 2 a bad policy file,
3 credentials, 5 network, 6 a server answer that breaks the API's rules.";

/// Arguments of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The policy file [default: isoreg-policy.toml in the current folder].
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
    /// Also write a JUnit XML report (one test case per rule) to FILE.
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,
    /// Print GitHub Actions workflow commands for broken rules, and append a Markdown summary to $GITHUB_STEP_SUMMARY when it is set.
    #[arg(long)]
    pub github: bool,
    /// Write the report as Markdown to FILE (without FILE: to stdout, instead of the report for people).
    #[arg(long, value_name = "FILE", num_args = 0..=1, default_missing_value = "-")]
    pub markdown: Option<PathBuf>,
    /// Write a commented starter policy from the organisation's current state (to --policy FILE), then stop.
    #[arg(long, conflicts_with_all = ["junit", "github", "markdown"])]
    pub init: bool,
    /// With --init: replace an existing policy file.
    #[arg(long, requires = "init")]
    pub force: bool,
    #[command(flatten)]
    pub db: DbArg,
}
