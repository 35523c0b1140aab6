//! The command line: clap definitions only, no behaviour.
//!
//! Every noun of the registry's read side is a subcommand with verbs; global
//! options apply to all of them. Parsing is tested with `try_parse_from`.

use crate::quantity::Units;
use crate::render::Format;
use clap::{Args, Parser, Subcommand, ValueEnum};

const EXIT_CODES: &str = "\
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
    /// Most items to list.
    #[arg(long, global = true, default_value_t = 50, value_name = "N")]
    pub limit: u64,
    /// List every item (ignores --limit).
    #[arg(long, global = true)]
    pub all: bool,
    /// Items per request, 1–50.
    #[arg(long, global = true, default_value_t = 50, value_parser = clap::value_parser!(u32).range(1..=50), value_name = "N")]
    pub page_size: u32,
    /// Start listing after this cursor (from a previous page's end_cursor).
    #[arg(long, global = true, value_name = "CURSOR")]
    pub after: Option<String>,
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
    Completions(CompletionsArgs),
    /// Copy the registry and your own data into a local SQLite file, as a new snapshot.
    #[command(after_help = SYNC_HELP)]
    Sync(SyncArgs),
    /// Run read-only SQL on the local copy (the latest snapshot, or --snapshot N).
    #[command(after_help = SQL_HELP)]
    Sql(SqlArgs),
    /// Say what changed between two snapshots of the local copy.
    #[command(after_help = DIFF_HELP)]
    Diff(DiffArgs),
    /// Look up any id, serial number, credit number or name.
    #[command(after_help = FIND_HELP)]
    Find(FindArgs),
    /// Serve a local registry emulator over HTTP.
    #[command(after_help = "Example:\n  isoreg emulator --addr 127.0.0.1:7878 --scale 10")]
    Emulator(EmulatorArgs),
}

/// Arguments of `balance`.
#[derive(Debug, Args)]
pub struct BalanceArgs {
    /// Organisation ID [default: the token's organisation].
    pub org: Option<String>,
    /// Fail (exit 1) unless active credits are at least QTY (100, 100t, 125.632, 125632kg).
    #[arg(long, value_name = "QTY", allow_hyphen_values = true)]
    pub min_active: Option<String>,
    /// Fail unless active credits are at most QTY.
    #[arg(long, value_name = "QTY", allow_hyphen_values = true)]
    pub max_active: Option<String>,
    /// Fail unless retired credits are at least QTY.
    #[arg(long, value_name = "QTY", allow_hyphen_values = true)]
    pub min_retired: Option<String>,
    /// Fail unless retired credits are at most QTY.
    #[arg(long, value_name = "QTY", allow_hyphen_values = true)]
    pub max_retired: Option<String>,
    /// Check the balance of one project instead of the whole organisation.
    #[arg(long, value_name = "ID", conflicts_with_all = ["supplier", "order"])]
    pub project: Option<String>,
    /// Check the balance of one supplier.
    #[arg(long, value_name = "ID", conflicts_with = "order")]
    pub supplier: Option<String>,
    /// Check the balance of one order.
    #[arg(long, value_name = "ID")]
    pub order: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum BatchCmd {
    /// Show credit batches by ID (fetched concurrently, printed in the order given).
    #[command(
        after_help = "Examples:\n  isoreg --demo batch get ctb_RHMUE52F5CXYNL3Y\n  isoreg --demo batch get ctb_RHMUE52F5CXYNL3Y ctb_4V9FKPAEQNNQN5JD -o json"
    )]
    Get {
        /// Credit batch IDs.
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
    },
    /// List an organisation's credit batches.
    #[command(
        after_help = "Examples:\n  isoreg --demo batch list --status active --limit 10\n  isoreg --demo batch list --all -o csv > batches.csv"
    )]
    List(Box<BatchListArgs>),
    /// Show the split tree a credit batch belongs to.
    #[command(after_help = "Example:\n  isoreg --demo batch lineage ctb_4V9FKPAEQNNQN5JD")]
    Lineage {
        /// Any credit batch of the tree.
        #[arg(value_name = "ID")]
        id: String,
    },
}

/// Filters of `batch list`.
#[derive(Debug, Args)]
pub struct BatchListArgs {
    /// Organisation ID [default: the token's organisation].
    #[arg(long, value_name = "ID")]
    pub org: Option<String>,
    /// Only batches from this supplier.
    #[arg(long, value_name = "ID")]
    pub supplier: Option<String>,
    /// Only batches of this project.
    #[arg(long, value_name = "ID")]
    pub project: Option<String>,
    /// Only batches of this issuance.
    #[arg(long, value_name = "ID")]
    pub issuance: Option<String>,
    /// Only batches of this delivery.
    #[arg(long, value_name = "ID")]
    pub delivery: Option<String>,
    /// Only batches of this order.
    #[arg(long, value_name = "ID")]
    pub order: Option<String>,
    /// Only batches of this retirement.
    #[arg(long, value_name = "ID")]
    pub retirement: Option<String>,
    /// Only batches with these statuses (repeat or comma-separate).
    #[arg(long, value_enum, value_delimiter = ',')]
    pub status: Vec<BatchStatus>,
    /// Only batches issued after this date or time (2024-01-31 or 2024-01-31T12:00:00Z).
    #[arg(long, value_name = "WHEN")]
    pub issued_after: Option<String>,
    /// Only batches issued before this date or time.
    #[arg(long, value_name = "WHEN")]
    pub issued_before: Option<String>,
    /// Sort by issue date.
    #[arg(long, value_enum, default_value_t = SortDir::Desc)]
    pub sort: SortDir,
    /// With --all: time windows fetched side by side (1 = off) [default: --concurrency, when the list is long and the server slow to answer].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=256))]
    pub shards: Option<u32>,
}

/// Credit batch statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BatchStatus {
    Active,
    Split,
    Retired,
}

/// Sort direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortDir {
    Asc,
    Desc,
}

/// The three verbs of the transaction nouns.
#[derive(Debug, Subcommand)]
pub enum IssuanceCmd {
    /// List issuances.
    #[command(after_help = "Example:\n  isoreg --demo issuance list --limit 5")]
    List,
    /// Show one issuance.
    #[command(after_help = "Example:\n  isoreg --demo issuance get iss_321FIIVF5M0W02B5")]
    Get {
        #[arg(value_name = "ID")]
        id: String,
    },
    /// The issuance's original supplier and buffer-pool batches, with totals.
    #[command(after_help = "Example:\n  isoreg --demo issuance batches iss_321FIIVF5M0W02B5")]
    Batches {
        #[arg(value_name = "ID")]
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum DeliveryCmd {
    /// List deliveries.
    #[command(after_help = "Example:\n  isoreg --demo delivery list --limit 5")]
    List {
        /// Only deliveries from this supplier.
        #[arg(long, value_name = "ID")]
        from_supplier: Option<String>,
        /// Only deliveries to this organisation.
        #[arg(long, value_name = "ID")]
        to_org: Option<String>,
    },
    /// Show one delivery.
    #[command(after_help = "Example:\n  isoreg --demo delivery get dlv_6FZKE6JTWJMALSM1")]
    Get {
        #[arg(value_name = "ID")]
        id: String,
    },
    /// The credit batches of a delivery.
    #[command(after_help = "Example:\n  isoreg --demo delivery batches dlv_6FZKE6JTWJMALSM1")]
    Batches {
        #[arg(value_name = "ID")]
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum RetirementCmd {
    /// List retirements.
    #[command(after_help = "Example:\n  isoreg --demo retirement list --limit 5")]
    List {
        /// Only retirements for this beneficiary organisation.
        #[arg(long, value_name = "ID")]
        beneficiary: Option<String>,
        /// Only retirements by this owner organisation.
        #[arg(long, value_name = "ID")]
        owner: Option<String>,
    },
    /// Show one retirement.
    #[command(after_help = "Example:\n  isoreg --demo retirement get ret_3FN1S9WG68Q1413T")]
    Get {
        #[arg(value_name = "ID")]
        id: String,
    },
    /// The credit batches of a retirement.
    #[command(after_help = "Example:\n  isoreg --demo retirement batches ret_3FN1S9WG68Q1413T")]
    Batches {
        #[arg(value_name = "ID")]
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum TransferCmd {
    /// List transfers.
    #[command(after_help = "Example:\n  isoreg --demo transfer list --limit 5")]
    List {
        /// Only transfers from this organisation.
        #[arg(long, value_name = "ID")]
        from_org: Option<String>,
        /// Only transfers to this organisation.
        #[arg(long, value_name = "ID")]
        to_org: Option<String>,
    },
    /// Show one transfer.
    #[command(after_help = "Example:\n  isoreg --demo transfer get trf_6CGYHM7EFNPLXB6H")]
    Get {
        #[arg(value_name = "ID")]
        id: String,
    },
    /// The credit batches of a transfer.
    #[command(after_help = "Example:\n  isoreg --demo transfer batches trf_6CGYHM7EFNPLXB6H")]
    Batches {
        #[arg(value_name = "ID")]
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum OrderCmd {
    /// Show one order.
    #[command(after_help = "Example:\n  isoreg --demo order get ord_ICG38JD0O69M0T76")]
    Get {
        #[arg(value_name = "ID")]
        id: String,
    },
    /// List an organisation's or a supplier's orders.
    #[command(after_help = "Example:\n  isoreg --demo order list")]
    List {
        /// The buyer organisation [default: the token's organisation].
        #[arg(long, value_name = "ID", conflicts_with = "supplier")]
        org: Option<String>,
        /// The supplier.
        #[arg(long, value_name = "ID")]
        supplier: Option<String>,
    },
    /// The deliveries of an order.
    #[command(after_help = "Example:\n  isoreg --demo order deliveries ord_ICG38JD0O69M0T76")]
    Deliveries {
        #[arg(value_name = "ID")]
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum SupplierCmd {
    /// List suppliers.
    #[command(after_help = "Example:\n  isoreg --demo supplier list")]
    List,
    /// Show one supplier.
    #[command(after_help = "Example:\n  isoreg --demo supplier get spl_YABW1L0SJQ0RH301")]
    Get {
        #[arg(value_name = "ID")]
        id: String,
    },
    /// The supplier your token belongs to.
    #[command(after_help = "Example:\n  isoreg supplier current   (with a supplier organisation's token)")]
    Current,
    /// A supplier's issuances.
    #[command(after_help = "Example:\n  isoreg --demo supplier issuances spl_YABW1L0SJQ0RH301")]
    Issuances {
        #[arg(value_name = "ID")]
        id: String,
    },
    /// A supplier's projects.
    #[command(after_help = "Example:\n  isoreg --demo supplier projects spl_YABW1L0SJQ0RH301")]
    Projects {
        #[arg(value_name = "ID")]
        id: String,
    },
    /// A supplier's orders.
    #[command(after_help = "Example:\n  isoreg --demo supplier orders spl_YABW1L0SJQ0RH301")]
    Orders {
        #[arg(value_name = "ID")]
        id: String,
    },
    /// A supplier's deliveries.
    #[command(after_help = "Example:\n  isoreg --demo supplier deliveries spl_YABW1L0SJQ0RH301")]
    Deliveries {
        #[arg(value_name = "ID")]
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ProjectCmd {
    /// List projects.
    #[command(after_help = "Example:\n  isoreg --demo project list")]
    List,
    /// Show one project.
    #[command(after_help = "Example:\n  isoreg --demo project get prj_4JT5VMBLUT5RJS57")]
    Get {
        #[arg(value_name = "ID")]
        id: String,
    },
    /// A project's documents.
    #[command(after_help = "Example:\n  isoreg --demo project documents prj_4JT5VMBLUT5RJS57")]
    Documents {
        #[arg(value_name = "ID")]
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum OrgCmd {
    /// The organisation your token belongs to.
    #[command(after_help = "Example:\n  isoreg --demo org current")]
    Current,
    /// Show one organisation.
    #[command(after_help = "Example:\n  isoreg --demo org get org_317WYCVEJN6WLZ5L")]
    Get {
        #[arg(value_name = "ID")]
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum RefundCmd {
    /// Show one buffer-pool refund.
    #[command(after_help = "Example:\n  isoreg --demo refund get bpr_PSIQ1YJOZAFJQ8SN")]
    Get {
        #[arg(value_name = "ID")]
        id: String,
    },
    /// The credit batches of a refund.
    #[command(after_help = "Example:\n  isoreg --demo refund batches bpr_PSIQ1YJOZAFJQ8SN")]
    Batches {
        #[arg(value_name = "ID")]
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum SimpleListCmd {
    /// List them.
    #[command(after_help = "Example:\n  isoreg --demo beneficiary list   (or: isoreg --demo transferee list)")]
    List,
}

/// What every write command takes: the safety switches.
#[derive(Debug, Args, Clone)]
pub struct WriteFlags {
    /// Print the plan and send nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Do not ask for confirmation (required when not on a terminal).
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// The key this write is recorded under in the local journal; re-running with the same
    /// key never writes twice [default: a new key, printed].
    #[arg(long, value_name = "KEY")]
    pub request_key: Option<String>,
    /// Allow this write even if the profile does not say `allow_writes = true`.
    #[arg(long)]
    pub allow_writes: bool,
}

/// Retirement purposes (the API's enum).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum Purpose {
    CorporateTargets,
    PublicEnvironmentalClaims,
    Insetting,
    RegulatoryRequirement,
    Other,
}

impl Purpose {
    /// The API's name of the purpose.
    pub fn api_name(self) -> &'static str {
        match self {
            Purpose::CorporateTargets => "corporate_targets",
            Purpose::PublicEnvironmentalClaims => "public_environmental_claims",
            Purpose::Insetting => "insetting",
            Purpose::RegulatoryRequirement => "regulatory_requirement",
            Purpose::Other => "other",
        }
    }
}

/// Arguments of `retire`.
#[derive(Debug, Args)]
pub struct RetireArgs {
    /// How much to retire: 100, 100t, 125.632 (tonnes) or 125632kg.
    #[arg(value_name = "QTY")]
    pub qty: String,
    /// The supplier the credits come from (one supplier per retirement).
    #[arg(long, value_name = "ID")]
    pub supplier: String,
    /// The organisation the credits are retired for: an ID from `beneficiary list`, or `me`.
    #[arg(long, value_name = "ORG|me")]
    pub beneficiary: String,
    /// Why (repeat or comma-separate).
    #[arg(long, value_enum, value_delimiter = ',', required = true)]
    pub purpose: Vec<Purpose>,
    /// A note shown publicly with the retirement (at most 256 characters).
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Let the registry pick its oldest credits (POST /retirements/from_oldest_credits).
    #[arg(long, conflicts_with = "batch")]
    pub from_oldest: bool,
    /// With --from-oldest: only credits issued in this year.
    #[arg(long, value_name = "YEAR", requires = "from_oldest", value_parser = clap::value_parser!(i64).range(1900..=2100))]
    pub vintage: Option<i64>,
    /// With --from-oldest: only credits delivered under this order.
    #[arg(long, value_name = "ID", requires = "from_oldest")]
    pub order: Option<String>,
    /// Retire from this batch (ID, or ID=QTY for part of it); repeat. Without --batch or
    /// --from-oldest, isoreg picks the oldest batches itself.
    #[arg(long, value_name = "ID[=QTY]")]
    pub batch: Vec<String>,
    #[command(flatten)]
    pub write: WriteFlags,
}

/// `transfer`: the read verbs, or a new transfer.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct TransferArgs {
    #[command(subcommand)]
    pub cmd: Option<TransferCmd>,
    #[command(flatten)]
    pub send: TransferSend,
}

/// Arguments of `transfer QTY --to ORG …`.
#[derive(Debug, Args)]
pub struct TransferSend {
    /// How much to transfer: 100, 100t, 125.632 (tonnes) or 125632kg.
    #[arg(value_name = "QTY", required = true)]
    pub qty: Option<String>,
    /// The receiving organisation (see `transferee list`).
    #[arg(long, value_name = "ORG", required = true)]
    pub to: Option<String>,
    /// The supplier the credits come from (one supplier per transfer).
    #[arg(long, value_name = "ID", required = true)]
    pub supplier: Option<String>,
    /// A note shown publicly with the transfer (at most 256 characters).
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Transfer from this batch (ID or ID=QTY); repeat. Default: the oldest batches.
    #[arg(long, value_name = "ID[=QTY]")]
    pub batch: Vec<String>,
    #[command(flatten)]
    pub write: WriteFlags,
}

/// Arguments of `deliver`.
#[derive(Debug, Args)]
pub struct DeliverArgs {
    /// The order to deliver against (one of your supplier's orders).
    #[arg(long, value_name = "ID")]
    pub order: String,
    /// Deliver this batch (ID for all of it, or ID=QTY); repeat.
    #[arg(long, value_name = "ID[=QTY]", required = true)]
    pub batch: Vec<String>,
    /// A note shown publicly with the delivery (at most 256 characters).
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(Debug, Subcommand)]
pub enum BeneficiaryCmd {
    /// List them.
    #[command(after_help = "Example:\n  isoreg --demo beneficiary list")]
    List,
    /// Create a beneficiary: an organisation (--domain) or an individual (--email). A write.
    #[command(
        after_help = "Examples:\n  isoreg --demo beneficiary add --name 'Acme Corporation' --domain acme.example --yes\n  isoreg --demo beneficiary add --name 'Jo Smith' --email jo@example.com --dry-run"
    )]
    Add {
        /// The public name shown on retirement certificates (at most 256 characters).
        #[arg(long, value_name = "NAME")]
        name: String,
        /// An organisation's domain (not shown on the registry).
        #[arg(long, value_name = "DOMAIN", conflicts_with = "email", required_unless_present = "email")]
        domain: Option<String>,
        /// An individual's email (not shown on the registry).
        #[arg(long, value_name = "EMAIL")]
        email: Option<String>,
        #[command(flatten)]
        write: WriteFlags,
    },
}

/// Arguments of `reconcile`.
#[derive(Debug, Args)]
pub struct ReconcileArgs {
    /// Organisation ID [default: the token's organisation].
    pub org: Option<String>,
}

/// Arguments of `api`.
#[derive(Debug, Args)]
pub struct ApiArgs {
    /// Path below the base URL, e.g. /issuances.
    pub path: String,
    /// Query field key=value (repeatable).
    #[arg(short = 'f', long = "field", value_name = "KEY=VALUE")]
    pub query: Vec<String>,
    /// Follow end_cursor through every page and emit the nodes.
    #[arg(long)]
    pub paginate: bool,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCmd {
    /// Create or update a profile, asking for the secrets without echoing them.
    #[command(
        after_help = "Examples:\n  isoreg --profile sandbox config init\n  printf '%s\\n' \"$URL\" \"$SECRET\" \"$TOKEN\" | isoreg config init --verify"
    )]
    Init {
        /// Check the credentials live (GET /organisation) without asking; on a terminal isoreg asks.
        #[arg(long)]
        verify: bool,
    },
    /// Show the settings in force and where each comes from (secrets masked).
    #[command(after_help = "Example:\n  isoreg config show")]
    Show,
    /// Set one value of a profile (base_url, client_secret, access_token, allow_writes) or default_profile.
    #[command(
        after_help = "Examples:\n  isoreg config set base_url https://api.isometric.com/registry/v0 --profile production\n  isoreg config set default_profile production"
    )]
    Set {
        /// The key: base_url, client_secret, access_token, allow_writes (true/false) or default_profile.
        key: String,
        /// The value ('-' reads it from standard input).
        value: String,
    },
    /// Print the config file's path.
    #[command(after_help = "Example:\n  isoreg config path")]
    Path,
}

#[derive(Debug, Subcommand)]
pub enum AuthCmd {
    /// Ask the API who you are, and show when the token expires.
    #[command(after_help = "Example:\n  isoreg --demo auth status")]
    Status,
}

/// Arguments of `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

const SYNC_HELP: &str = "\
Examples:
  isoreg --demo sync --db /tmp/demo.sqlite
  isoreg sync                      (into the profile's file in the data directory)

With --demo the registry is new on every run, so give --db a file of your own; to see a
diff, sync twice against `isoreg emulator` started with different --seed values.";

const SQL_HELP: &str = "\
Examples:
  isoreg --demo sync --db /tmp/demo.sqlite
  isoreg sql --db /tmp/demo.sqlite \"SELECT project_name, sum(size_kg) FROM batches WHERE mine AND status = 'retired' GROUP BY 1\"
  isoreg sql --db /tmp/demo.sqlite --schema";

const DIFF_HELP: &str = "\
Examples:
  isoreg --demo sync --db /tmp/demo.sqlite; isoreg --demo sync --db /tmp/demo.sqlite
  isoreg diff --db /tmp/demo.sqlite
  isoreg diff --db /tmp/demo.sqlite --from 1 --to 2 --fail-on-change -o json";

const FIND_HELP: &str = "\
Examples:
  isoreg --demo find ctb_RHMUE52F5CXYNL3Y
  isoreg --demo find ISO-1-BSTORE-USA-UVC2-2024-199819-405778
  isoreg --demo find 'ISO-1-BSTORE-USA-UVC2-2024-199819-405778 #200000'
  isoreg --demo find kansas";

/// Where the local copy lives.
#[derive(Debug, Args, Clone)]
pub struct DbArg {
    /// The local copy's file [default: <data dir>/isoreg/<profile>.sqlite].
    #[arg(long, env = "ISOREG_DB", value_name = "FILE")]
    pub db: Option<std::path::PathBuf>,
}

/// Arguments of `sync`.
#[derive(Debug, Args)]
pub struct SyncArgs {
    #[command(flatten)]
    pub db: DbArg,
}

/// Arguments of `sql`.
#[derive(Debug, Args)]
pub struct SqlArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// One read-only SQL statement (SELECT or WITH …).
    #[arg(value_name = "QUERY", required_unless_present = "schema")]
    pub query: Option<String>,
    /// Query this snapshot instead of the latest.
    #[arg(long, value_name = "N")]
    pub snapshot: Option<i64>,
    /// Print the views and their columns instead.
    #[arg(long, conflicts_with = "query")]
    pub schema: bool,
}

/// Arguments of `diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// The older snapshot [default: the one before --to].
    #[arg(long, value_name = "SNAPSHOT")]
    pub from: Option<i64>,
    /// The newer snapshot [default: the latest].
    #[arg(long, value_name = "SNAPSHOT")]
    pub to: Option<i64>,
    /// Exit 1 when anything changed (for CI).
    #[arg(long)]
    pub fail_on_change: bool,
}

/// Arguments of `find`.
#[derive(Debug, Args)]
pub struct FindArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// An id (ctb_…, prj_…), a serial number, a serial and one credit number, or a word.
    #[arg(value_name = "TEXT")]
    pub text: String,
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
    #[arg(long, default_value = "503", value_parser = clap::builder::PossibleValuesParser::new(crate::emulator::FailKind::NAMES))]
    pub fail_with: String,
    /// Retry-After seconds sent with injected 429/503 answers.
    #[arg(long)]
    pub retry_after: Option<u64>,
    /// Misbehave on purpose (repeatable).
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(crate::emulator::Quirk::NAMES))]
    pub quirk: Vec<String>,
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_globals_anywhere() {
        let c = Cli::try_parse_from(["isoreg", "batch", "list", "--status", "active,retired", "-o", "csv", "--all"])
            .unwrap();
        assert!(c.global.all);
        assert_eq!(c.global.output, Some(Format::Csv));
        let Command::Batch(BatchCmd::List(a)) = c.command else { panic!("wrong command") };
        assert_eq!(a.status, vec![BatchStatus::Active, BatchStatus::Retired]);
    }

    #[test]
    fn page_size_is_bounded() {
        assert!(Cli::try_parse_from(["isoreg", "issuance", "list", "--page-size", "51"]).is_err());
        assert!(Cli::try_parse_from(["isoreg", "issuance", "list", "--page-size", "0"]).is_err());
        assert!(Cli::try_parse_from(["isoreg", "issuance", "list", "--page-size", "50"]).is_ok());
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
