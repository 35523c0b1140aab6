//! `org current|get`, and the organisation lists `beneficiary list` and
//! `transferee list`.

use super::ctx::{Ctx, id_path};
use crate::cli::options::WriteFlags;
use crate::cli::options::{Id, ListOpts};
use crate::error::Result;
use crate::ids::Resource;
use clap::Subcommand;

/// How org records are shown: the registry's view ([`crate::resource::views`]).
pub use crate::resource::views::ORGANISATION as PLAN;

pub async fn run(cmd: OrgCmd, ctx: &mut Ctx) -> Result<()> {
    match cmd {
        OrgCmd::Current => ctx.show("/organisation", &PLAN).await,
        OrgCmd::Get { id } if id.is_me() => ctx.show("/organisation", &PLAN).await,
        OrgCmd::Get { id } => ctx.show(&id_path("organisations", &id, ""), &PLAN).await,
    }
}

/// `beneficiary list` (`/beneficiaries`) and `transferee list` (`/transferees`).
pub async fn list(path: &str, cmd: SimpleListCmd, ctx: &mut Ctx) -> Result<()> {
    let SimpleListCmd::List { list } = cmd;
    ctx.list(path.into(), vec![], &PLAN, "organisations", &list).await
}

#[derive(Debug, Subcommand)]
pub enum OrgCmd {
    /// The organisation your token belongs to.
    #[command(after_help = "Example:\n  isoreg --demo org current")]
    Current,
    /// Show one organisation (`me`: yours, as `org current`).
    #[command(after_help = "Example:\n  isoreg --demo org get org_317WYCVEJN6WLZ5L")]
    Get {
        #[arg(value_name = "ORG|me", value_parser = Id::or_me(Resource::Organisation))]
        id: Id,
    },
}

#[derive(Debug, Subcommand)]
pub enum SimpleListCmd {
    /// List them.
    #[command(after_help = "Example:\n  isoreg --demo beneficiary list   (or: isoreg --demo transferee list)")]
    List {
        #[command(flatten)]
        list: ListOpts,
    },
}

#[derive(Debug, Subcommand)]
pub enum BeneficiaryCmd {
    /// List them.
    #[command(after_help = "Example:\n  isoreg --demo beneficiary list")]
    List {
        #[command(flatten)]
        list: ListOpts,
    },
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
