//! Commands: the [`Command`] enum of nouns and its dispatch, and one file per
//! noun beside it (its clap definitions and its behaviour). A command turns
//! arguments into client calls and hands records and a plan to the renderer;
//! it never branches on the output format. What every command gets is
//! [`ctx::Ctx`], in `ctx.rs`.

pub mod api;
pub mod auth;
pub mod balance;
pub mod batch;
pub mod check;
pub mod config_cmd;
pub mod ctx;
pub mod delivery;
pub mod demo;
pub mod emulator_cmd;
pub mod field_list;
pub mod issuance;
pub mod lineage;
pub mod listing;
pub mod local;
pub mod movement;
pub mod order;
pub mod org;
pub mod project;
pub mod reconcile;
pub mod refund;
pub mod report;
pub mod resolve;
pub mod retirement;
pub mod supplier;
pub mod transfer;
pub mod web;
pub mod write;

use crate::error::Result;
use api::ApiArgs;
use auth::AuthCmd;
use balance::BalanceArgs;
use batch::BatchCmd;
use check::CheckArgs;
use clap::Subcommand;
use config_cmd::ConfigCmd;
use ctx::Ctx;
use delivery::DeliveryCmd;
use emulator_cmd::EmulatorCmdArgs;
use issuance::IssuanceCmd;
use local::diff::{self, DiffArgs};
use local::find::{self, FindArgs};
use local::sql::{self, SqlArgs};
use local::sync::{self, SyncArgs};
use order::OrderCmd;
use org::OrgCmd;
use org::{BeneficiaryCmd, SimpleListCmd};
use project::ProjectCmd;
use reconcile::ReconcileArgs;
use refund::RefundCmd;
use retirement::RetirementCmd;
use supplier::SupplierCmd;
use transfer::TransferCmd;
use write::deliver::{self, DeliverArgs};
use write::retire::{self, RetireArgs};

/// The nouns and commands of isoreg (the root, `cli::Cli`, adds the global options).
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
    /// Transfers: list, get, batches; create one (a write).
    #[command(subcommand)]
    Transfer(TransferCmd),
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
    /// Check a policy of rules (balances, reconciliation, token, orders, retirements, changes, SQL) for CI.
    #[command(after_help = check::CHECK_HELP)]
    Check(CheckArgs),
    /// Re-add an organisation's credit batches and compare them with its balance.
    #[command(after_help = "Examples:\n  isoreg --demo reconcile\n  isoreg --demo reconcile -o json")]
    Reconcile(ReconcileArgs),
    /// Statements with charts: retirements for a period, holdings (terminal, JSON, CSV or a web page).
    #[command(subcommand)]
    Report(report::ReportCmd),
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
    Completions(crate::cli::options::CompletionsArgs),
    /// Copy the registry and your own data into a local SQLite file, as a new snapshot.
    #[command(after_help = sync::SYNC_HELP)]
    Sync(SyncArgs),
    /// Run read-only SQL on the local copy (the latest snapshot, or --snapshot N).
    #[command(after_help = sql::SQL_HELP)]
    Sql(SqlArgs),
    /// Say what changed between two snapshots of the local copy.
    #[command(after_help = diff::DIFF_HELP)]
    Diff(DiffArgs),
    /// Look up any id, serial number, credit number or name.
    #[command(after_help = find::FIND_HELP)]
    Find(FindArgs),
    /// Serve a local registry emulator over HTTP.
    #[command(after_help = "Example:\n  isoreg emulator --addr 127.0.0.1:7878 --scale 10")]
    Emulator(EmulatorCmdArgs),
}

/// Runs the parsed command.
pub async fn run(cmd: Command, ctx: &mut Ctx) -> Result<()> {
    match cmd {
        Command::Balance(a) => balance::run(a, ctx).await,
        Command::Batch(c) => batch::run(c, ctx).await,
        Command::Issuance(c) => issuance::run(c, ctx).await,
        Command::Delivery(c) => movement::run(&delivery::NOUN, c.into(), ctx).await,
        Command::Retirement(c) => movement::run(&retirement::NOUN, c.into(), ctx).await,
        Command::Transfer(c) => match c.verb() {
            Ok(verb) => movement::run(&transfer::NOUN, verb, ctx).await,
            Err(send) => write::transfer::transfer(*send, ctx).await,
        },
        Command::Retire(a) => retire::retire(*a, ctx).await,
        Command::Deliver(a) => deliver::deliver(a, ctx).await,
        Command::Order(c) => order::run(c, ctx).await,
        Command::Supplier(c) => supplier::run(c, ctx).await,
        Command::Project(c) => project::run(c, ctx).await,
        Command::Org(c) => org::run(c, ctx).await,
        Command::Refund(c) => movement::run(&refund::NOUN, c.into(), ctx).await,
        Command::Beneficiary(BeneficiaryCmd::List { list }) => {
            org::list(crate::resource::list_path("beneficiary"), SimpleListCmd::List { list }, ctx).await
        }
        Command::Beneficiary(BeneficiaryCmd::Add { name, domain, email, write }) => {
            write::beneficiary::beneficiary_add(name, domain, email, write, ctx).await
        }
        Command::Transferee(c) => org::list(crate::resource::list_path("transferee"), c, ctx).await,
        Command::Check(a) => check::run(a, ctx).await,
        Command::Reconcile(a) => reconcile::run(a, ctx).await,
        Command::Report(c) => report::run(c, ctx).await,
        Command::Api(a) => api::run(a, ctx).await,
        Command::Config(c) => config_cmd::run(c, ctx).await,
        Command::Auth(c) => auth::run(c, ctx).await,
        Command::Completions(a) => {
            let s = (ctx.completions)(a.shell);
            ctx.out.text(&s)
        }
        Command::Sync(a) => sync::run(a, ctx).await,
        Command::Sql(a) => sql::run(a, ctx).await,
        Command::Diff(a) => diff::run(a, ctx).await,
        Command::Find(a) => find::run(a, ctx).await,
        Command::Emulator(a) => emulator_cmd::run(a, ctx).await,
    }
}
