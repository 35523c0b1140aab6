//! The option groups commands share, and the ID argument type: a leaf of the
//! command line (it imports no command), so every noun can use it without a cycle.
//!
//! - [`Global`]: output and connection options, accepted by every command;
//! - [`ListOpts`] and [`LimitOpts`]: list commands only;
//! - [`Id`]: an ID checked for its kind when the command line is read, and
//!   [`Filter`], how a list filter names its query key and kind;
//! - [`WriteFlags`], the safety switches of every write;
//! - [`DbArg`] (the local copy) and [`CompletionsArgs`].

use crate::ids::{self, Resource};
use crate::quantity::Units;
use crate::render::Format;
use clap::Args;

/// What `--fields` holds when given no value (list the fields): NUL, which no command line can carry.
pub const FIELDS_ASKED: &str = "\u{0}";

/// Options that apply to every command.
#[derive(Debug, Args, Clone)]
pub struct Global {
    /// Configuration profile to use.
    #[arg(long, global = true, env = "ISOREG_PROFILE", value_name = "NAME")]
    pub profile: Option<String>,
    /// API base URL (overrides the profile's).
    #[arg(long, global = true, env = "ISOREG_BASE_URL", value_name = "URL")]
    pub base_url: Option<String>,
    /// Output format [default: table on a terminal, json otherwise].
    #[arg(short, long, global = true, value_enum)]
    pub output: Option<Format>,
    /// Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs); alone, list the fields.
    #[arg(long, global = true, value_delimiter = ',', value_name = "A,B,C", num_args = 0..=1, default_missing_value = FIELDS_ASKED)]
    pub fields: Option<Vec<String>>,
    /// Filter JSON output with a jq expression (built in; no jq needed).
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,
    /// With --jq: print string results without quotes (as jq -r and gh do).
    #[arg(short = 'r', long, global = true, requires = "jq")]
    pub raw_output: bool,
    /// Units for quantities in tables (CSV and JSON always carry the exact credit_kgs).
    #[arg(long, global = true, value_enum, default_value_t = Units::Credits)]
    pub units: Units,
    /// Seconds one try of a request may take (0.1–120); a request with all its retries ends within 120 s.
    #[arg(long, global = true, default_value_t = 30.0, value_name = "SECS", value_parser = parse_timeout)]
    pub timeout: f64,
    /// Retries for transient failures (connection errors, timeouts, 429, 502–504), 0–10.
    #[arg(long, global = true, default_value_t = 3, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=10))]
    pub retries: u32,
    /// Requests in flight at once when fetching many items.
    #[arg(long, global = true, default_value_t = 16, value_parser = clap::value_parser!(u32).range(1..=256), value_name = "N")]
    pub concurrency: u32,
    /// Show requests and timings on stderr (secrets redacted).
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Print nothing but data and errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// When to use colour (NO_COLOR is honoured with auto).
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Print long tables directly instead of through $ISOREG_PAGER, $PAGER or less (also ISOREG_NO_PAGER=1).
    #[arg(long, global = true)]
    pub no_pager: bool,
    /// Don't look up project, supplier and organisation names for tables.
    #[arg(long, global = true)]
    pub no_resolve: bool,
    /// Write CSV cells exactly as received (no spreadsheet formula protection).
    #[arg(long, global = true)]
    pub csv_raw: bool,
    /// Run against a built-in demo registry (no configuration needed).
    #[arg(long, global = true)]
    pub demo: bool,
    /// With --demo: act as the demo supplier's organisation instead of the demo buyer.
    #[arg(long, global = true, requires = "demo")]
    pub demo_supplier: bool,
}

/// Options of list commands: how many items, and from where.
#[derive(Debug, Args, Clone)]
#[command(next_help_heading = "List options")]
pub struct ListOpts {
    /// Most items to list (at least 1).
    #[arg(long, default_value_t = 50, value_name = "N", value_parser = parse_limit)]
    pub limit: u64,
    /// List every item (ignores --limit).
    #[arg(long)]
    pub all: bool,
    /// Items per request, 1–50.
    #[arg(long, hide_short_help = true, default_value_t = 50, value_parser = clap::value_parser!(u32).range(1..=50), value_name = "N")]
    pub page_size: u32,
    /// Start listing after this cursor (from a previous page's end_cursor).
    #[arg(long, hide_short_help = true, value_name = "CURSOR")]
    pub after: Option<String>,
}

impl ListOpts {
    /// The item limit: `None` with `--all`.
    pub fn limit(&self) -> Option<u64> {
        if self.all { None } else { Some(self.limit) }
    }

    /// `--after`, which the API takes only as a non-empty cursor (`minLength: 1`).
    pub fn after(&self) -> crate::error::Result<Option<String>> {
        match self.after.as_deref() {
            Some("") => {
                Err(crate::error::Error::usage("--after needs a cursor (a page's end_cursor); it cannot be empty."))
            }
            a => Ok(a.map(str::to_string)),
        }
    }
}

/// Options of the lists that come in one answer (`NOUN batches ID`): no paging.
#[derive(Debug, Args, Clone)]
#[command(next_help_heading = "List options")]
pub struct LimitOpts {
    /// Most items to show (at least 1).
    #[arg(long, default_value_t = 50, value_name = "N", value_parser = parse_limit)]
    pub limit: u64,
    /// Show every item (ignores --limit).
    #[arg(long)]
    pub all: bool,
}

impl LimitOpts {
    /// The item limit: `None` with `--all`.
    pub fn limit(&self) -> Option<u64> {
        if self.all { None } else { Some(self.limit) }
    }
}

/// A registry ID typed on the command line, checked when the command line is
/// read ([`ids::check`]: path safety, a lower-case prefix of the right kind, the
/// length the API allows), or `me` where [`Id::or_me`] allows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Id(String);

impl Id {
    /// The value parser for IDs of `kind`.
    pub const fn of(kind: Resource) -> IdParser {
        IdParser { kind, me: false, not_me: None, filters: &[] }
    }
    /// The value parser for IDs of `kind` or `me` (the caller's own organisation or supplier).
    pub const fn or_me(kind: Resource) -> IdParser {
        IdParser { kind, me: true, not_me: None, filters: &[] }
    }
    /// The value parser for IDs of `kind` where `me` makes no sense: `me` gets `why`.
    pub const fn not_me(kind: Resource, why: &'static str) -> IdParser {
        IdParser { kind, me: false, not_me: Some(why), filters: &[] }
    }
    /// The ID as typed.
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// Whether this is `me` rather than an ID.
    pub fn is_me(&self) -> bool {
        self.0 == "me"
    }
}

impl std::ops::Deref for Id {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<Id> for String {
    fn from(id: Id) -> String {
        id.0
    }
}

/// A filter of a list command: its flag (without `--`), the query key it sets, and the kind of ID it takes.
#[derive(Debug, Clone, Copy)]
pub struct Filter {
    pub flag: &'static str,
    pub key: &'static str,
    pub kind: Resource,
}

/// Checks an [`Id`] of one kind; a wrong-kind ID names the sibling filter that takes it.
#[derive(Debug, Clone, Copy)]
pub struct IdParser {
    kind: Resource,
    me: bool,
    not_me: Option<&'static str>,
    filters: &'static [Filter],
}

impl IdParser {
    /// The same parser, suggesting one of `filters` (the command's others) for a wrong-kind ID.
    pub const fn among(self, filters: &'static [Filter]) -> IdParser {
        IdParser { filters, ..self }
    }
}

impl clap::builder::TypedValueParser for IdParser {
    type Value = Id;

    fn parse_ref(
        &self,
        _cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Id, clap::Error> {
        let raw = value.to_string_lossy();
        match (raw == "me", self.me, self.not_me) {
            (true, true, _) => return Ok(Id(raw.into_owned())),
            (true, false, Some(why)) => {
                return Err(clap::Error::raw(clap::error::ErrorKind::ValueValidation, format!("{why}.\n")));
            }
            _ => {}
        }
        match ids::check(&raw, self.kind) {
            Ok(id) => Ok(Id(id)),
            Err(e) => {
                let msg = self.other_filter(&raw).unwrap_or(e.message);
                Err(clap::Error::raw(clap::error::ErrorKind::ValueValidation, format!("{msg}\n")))
            }
        }
    }
}

impl IdParser {
    /// "'prj_…' is a project ID, not a supplier ID; did you mean `--project prj_…`?"
    fn other_filter(&self, raw: &str) -> Option<String> {
        let found = ids::kind_of(raw).filter(|k| *k != self.kind)?;
        let f = self.filters.iter().find(|f| f.kind == found)?;
        Some(format!(
            "{}; did you mean `--{} {}`?",
            ids::wrong_kind(raw, found, self.kind),
            f.flag,
            crate::sanitize::printable(raw)
        ))
    }
}

/// `--limit`: a whole number of items, at least 1 (`--limit 0` would print nothing: a usage error).
pub fn parse_limit(raw: &str) -> Result<u64, String> {
    match raw.trim().parse::<u64>() {
        Ok(0) => Err("--limit must be at least 1; use --all for every item".into()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!(
            "'{}' is not a number of items; give a whole number like 10, or --all",
            crate::sanitize::printable(raw)
        )),
    }
}

/// `--timeout`: a number of seconds from 0.1 to 120.
fn parse_timeout(raw: &str) -> Result<f64, String> {
    let secs: f64 = raw.trim().parse().map_err(|_| format!("'{raw}' is not a number of seconds"))?;
    if secs.is_finite() && (0.1..=120.0).contains(&secs) {
        Ok(secs)
    } else {
        Err("the timeout must be from 0.1 to 120 seconds".into())
    }
}

/// When to colour output: the terminal's concern, declared in [`crate::term::colour`].
pub use crate::term::colour::ColorChoice;

/// Where the local copy lives.
#[derive(Debug, Args, Clone)]
pub struct DbArg {
    /// The local copy's file [default: <data dir>/isoreg/<profile>.sqlite].
    #[arg(long, env = "ISOREG_DB", value_name = "FILE")]
    pub db: Option<std::path::PathBuf>,
}

/// Arguments of `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// What every write command takes: the safety switches.
#[derive(Debug, Args, Clone)]
pub struct WriteFlags {
    /// Print the plan and send nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Do not ask for confirmation (needed off a terminal).
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Record the write under KEY: one key is never sent twice.
    ///
    /// The key this write is recorded under in the local journal; re-running with the same
    /// key never writes twice [default: a new key, printed].
    #[arg(long, value_name = "KEY")]
    pub request_key: Option<String>,
    /// Write even if the profile lacks `allow_writes = true`.
    #[arg(long)]
    pub allow_writes: bool,
}
