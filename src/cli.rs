//! The root of the command line: [`Cli`], the [`Command`] enum of nouns, and the
//! option groups commands share: [`Global`] (output and connection, accepted
//! everywhere), [`ListOpts`] and [`LimitOpts`] (list commands only), and the
//! [`Id`] argument type that checks a typed ID when the command line is read.
//!
//! Each noun's own clap definitions live beside its behaviour in
//! `src/commands/<noun>.rs`; the help layout (own options, example, a short
//! global summary) is applied in [`crate::help`]. Parsing is tested with `try_parse_from`.

use crate::commands::{
    api::ApiArgs, auth::AuthCmd, balance::BalanceArgs, batch::BatchCmd, config_cmd::ConfigCmd, delivery::DeliveryCmd,
    diff::DiffArgs, emulator_cmd::EmulatorArgs, find::FindArgs, issuance::IssuanceCmd, order::OrderCmd,
    org::BeneficiaryCmd, org::OrgCmd, org::SimpleListCmd, project::ProjectCmd, reconcile::ReconcileArgs,
    refund::RefundCmd, retirement::RetirementCmd, sql::SqlArgs, supplier::SupplierCmd, sync::SyncArgs,
    transfer::TransferArgs, tx::DeliverArgs, tx::RetireArgs,
};
use crate::ids::{self, Resource};
use crate::quantity::Units;
use crate::render::Format;
use clap::{Args, Parser, Subcommand, ValueEnum};

pub const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  a check failed (balance --min-…/--max-…, reconcile, diff --fail-on-change)
  2  usage error (bad flag, bad ID, bad quantity)
  3  configuration or authentication problem (missing credentials, 401, 403)
  4  not found (404)
  5  network or server failure after retries (timeout, refused, 5xx, 429)
  6  the server's answer could not be understood (including answers that break the
     API's own rules: cycles, lying counts, impossible quantities)
  7  a write was sent but its outcome is unknown (re-run with the same --request-key)
  8  a local failure: the output or a local file could not be written or read
     (including a local copy that another sync is writing, or a newer isoreg wrote)
  130  interrupted by Ctrl-C

Try it with no setup:  isoreg --demo balance";

/// A command-line explorer for the Isometric Registry API.
#[derive(Debug, Parser)]
#[command(name = "isoreg", version, about, after_help = EXIT_CODES, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

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
    /// Pick and order columns or keys, by dotted path (e.g. id,size.credit_kgs).
    #[arg(long, global = true, value_delimiter = ',', value_name = "A,B,C")]
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
    /// Most items to list.
    #[arg(long, default_value_t = 50, value_name = "N")]
    pub limit: u64,
    /// List every item (ignores --limit).
    #[arg(long)]
    pub all: bool,
    /// Items per request, 1–50.
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u32).range(1..=50), value_name = "N")]
    pub page_size: u32,
    /// Start listing after this cursor (from a previous page's end_cursor).
    #[arg(long, value_name = "CURSOR")]
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
    /// Most items to show.
    #[arg(long, default_value_t = 50, value_name = "N")]
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
        IdParser { kind, me: false, filters: &[] }
    }
    /// The value parser for IDs of `kind` or `me` (the caller's own organisation or supplier).
    pub const fn or_me(kind: Resource) -> IdParser {
        IdParser { kind, me: true, filters: &[] }
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
        if self.me && raw == "me" {
            return Ok(Id(raw.into_owned()));
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
            ids::printable(raw)
        ))
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

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show an organisation's credit balance, and check it for CI.
    #[command(
        after_help = "Examples:\n  isoreg --demo balance\n  isoreg --demo balance --min-active 100t\n  isoreg --demo balance org_317WYCVEJN6WLZ5L -o json"
    )]
    Balance(BalanceArgs),
    /// Credit batches.
    #[command(subcommand)]
    Batch(BatchCmd),
    /// Issuances.
    #[command(subcommand)]
    Issuance(IssuanceCmd),
    /// Deliveries.
    #[command(subcommand)]
    Delivery(DeliveryCmd),
    /// Retirements.
    #[command(subcommand)]
    Retirement(RetirementCmd),
    /// Transfers: list, get, batches; or send credits with `transfer QTY --to ORG …` (a write).
    #[command(
        after_help = "Examples:\n  isoreg --demo transfer list --limit 5\n  isoreg --demo transfer 1.5 --to org_2TU3SKMRLNZVUU2J --supplier spl_YABW1L0SJQ0RH301 --note 'To our subsidiary' --dry-run"
    )]
    Transfer(TransferArgs),
    /// Retire credits (a write): plan, confirm, send once.
    #[command(
        after_help = "Examples:\n  isoreg --demo retire 1.234 --supplier spl_YABW1L0SJQ0RH301 --beneficiary me --purpose corporate_targets --note 'FY25 target' --dry-run\n  isoreg --demo retire 2t --supplier spl_YABW1L0SJQ0RH301 --beneficiary me --purpose insetting --from-oldest --yes -o json\n  isoreg --demo retire 500kg --supplier spl_YABW1L0SJQ0RH301 --beneficiary me --purpose other --batch ctb_RHMUE52F5CXYNL3Y=500kg --yes"
    )]
    Retire(Box<RetireArgs>),
    /// Deliver credits against an order (a write, with a supplier's token).
    #[command(
        after_help = "Example:\n  isoreg --demo --demo-supplier deliver --order ord_ICG38JD0O69M0T76 --batch ctb_RHMUE52F5CXYNL3Y=1t --note 'Q3 delivery' --dry-run"
    )]
    Deliver(DeliverArgs),
    /// Orders.
    #[command(subcommand)]
    Order(OrderCmd),
    /// Suppliers.
    #[command(subcommand)]
    Supplier(SupplierCmd),
    /// Projects.
    #[command(subcommand)]
    Project(ProjectCmd),
    /// Organisations.
    #[command(subcommand)]
    Org(OrgCmd),
    /// Buffer-pool refunds.
    #[command(subcommand)]
    Refund(RefundCmd),
    /// Retirement beneficiaries of your organisation: list, or add one (a write).
    #[command(subcommand)]
    Beneficiary(BeneficiaryCmd),
    /// Organisations you can transfer credits to.
    #[command(subcommand)]
    Transferee(SimpleListCmd),
    /// Re-add an organisation's credit batches and compare them with its balance.
    #[command(after_help = "Examples:\n  isoreg --demo reconcile\n  isoreg --demo reconcile -o json")]
    Reconcile(ReconcileArgs),
    /// GET any API path, raw.
    #[command(
        after_help = "Examples:\n  isoreg --demo api /issuances -f first=5\n  isoreg --demo api /organisation\n  isoreg --demo api /projects --paginate -o jsonl"
    )]
    Api(ApiArgs),
    /// Local configuration.
    #[command(subcommand)]
    Config(ConfigCmd),
    /// Credentials.
    #[command(subcommand)]
    Auth(AuthCmd),
    /// Print a shell completion script.
    #[command(after_help = "Example:\n  isoreg completions bash > ~/.local/share/bash-completion/completions/isoreg")]
    Completions(crate::commands::CompletionsArgs),
    /// Copy the registry and your own data into a local SQLite file, as a new snapshot.
    #[command(after_help = crate::commands::sync::SYNC_HELP)]
    Sync(SyncArgs),
    /// Run read-only SQL on the local copy (the latest snapshot, or --snapshot N).
    #[command(after_help = crate::commands::sql::SQL_HELP)]
    Sql(SqlArgs),
    /// Say what changed between two snapshots of the local copy.
    #[command(after_help = crate::commands::diff::DIFF_HELP)]
    Diff(DiffArgs),
    /// Look up any id, serial number, credit number or name.
    #[command(after_help = crate::commands::find::FIND_HELP)]
    Find(FindArgs),
    /// Serve a local registry emulator over HTTP.
    #[command(after_help = "Example:\n  isoreg emulator --addr 127.0.0.1:7878 --scale 10")]
    Emulator(EmulatorArgs),
}

/// Where the local copy lives.
#[derive(Debug, Args, Clone)]
pub struct DbArg {
    /// The local copy's file [default: <data dir>/isoreg/<profile>.sqlite].
    #[arg(long, env = "ISOREG_DB", value_name = "FILE")]
    pub db: Option<std::path::PathBuf>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_globals_anywhere() {
        use crate::commands::batch::BatchStatus;
        let c = Cli::try_parse_from(["isoreg", "batch", "list", "--status", "active,retired", "-o", "csv", "--all"])
            .unwrap();
        assert_eq!(c.global.output, Some(Format::Csv));
        let Command::Batch(BatchCmd::List(a)) = c.command else { panic!("wrong command") };
        assert!(a.list.all);
        assert_eq!(a.status, vec![BatchStatus::Active, BatchStatus::Retired]);
    }

    #[test]
    fn page_size_is_bounded() {
        assert!(Cli::try_parse_from(["isoreg", "issuance", "list", "--page-size", "51"]).is_err());
        assert!(Cli::try_parse_from(["isoreg", "issuance", "list", "--page-size", "0"]).is_err());
        assert!(Cli::try_parse_from(["isoreg", "issuance", "list", "--page-size", "50"]).is_ok());
    }

    #[test]
    fn list_options_only_on_lists() {
        assert!(Cli::try_parse_from(["isoreg", "batch", "get", "ctb_1DRBTYA8Q1S07CBY", "--limit", "5"]).is_err());
        assert!(Cli::try_parse_from(["isoreg", "balance", "--all"]).is_err());
        assert!(
            Cli::try_parse_from(["isoreg", "delivery", "batches", "dlv_1DRBTYA8Q1S07CBY", "--after", "x"]).is_err()
        );
        assert!(Cli::try_parse_from(["isoreg", "delivery", "batches", "dlv_1DRBTYA8Q1S07CBY", "--limit", "5"]).is_ok());
        assert!(Cli::try_parse_from(["isoreg", "supplier", "orders", "spl_1DRBTYA8Q1S07CBY", "--after", "x"]).is_ok());
    }

    #[test]
    fn ids_are_checked_when_read() {
        let e = Cli::try_parse_from(["isoreg", "batch", "list", "--supplier", "prj_1DRBTYA8Q1S07CBY"]).unwrap_err();
        assert!(e.to_string().contains("did you mean `--project prj_1DRBTYA8Q1S07CBY`?"), "{e}");
        let e = Cli::try_parse_from(["isoreg", "batch", "get", "Kansas"]).unwrap_err();
        assert!(e.to_string().contains("credit batch IDs look like ctb_"), "{e}");
        assert!(Cli::try_parse_from(["isoreg", "batch", "get", "abc_1DRBTYA8Q1S07CBY"]).is_ok());
    }

    #[test]
    fn balance_scopes_conflict() {
        assert!(Cli::try_parse_from(["isoreg", "balance", "--project", "p", "--supplier", "s"]).is_err());
    }

    #[test]
    fn definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
