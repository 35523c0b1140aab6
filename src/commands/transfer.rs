//! `transfer list|get|batches`: credits moved between organisations; and
//! `transfer create QTY --to ORG …`, the write (done in [`super::tx`]).
//!
//! The write is a verb of its own, as `gh pr create` is: `transfer lst` is a
//! typo of `list` (clap suggests it), never a write missing its `--to`. The
//! old spelling `transfer QTY …` is refused with a hint (see [`old_spelling`]).
//!
//! The behaviour is shared with the other movements: [`super::movement`].

use super::movement::{Noun, Verb};
use crate::cli::options::WriteFlags;
use crate::cli::options::{Filter, Id, LimitOpts, ListOpts};
use crate::ids::Resource;
use clap::builder::TypedValueParser;
use clap::{Args, Subcommand};

/// Why `transfer create --to me` is refused.
const NOT_ME: &str = "a transfer goes to another organisation: --to takes one of `isoreg transferee list`, not `me`";

/// How transfer records are shown: the registry's view ([`crate::resource::views`]).
pub use crate::resource::views::TRANSFER as PLAN;

/// What `transfer` is to the shared movement commands.
pub const NOUN: Noun = Noun { resource: Resource::Transfer, filters: FILTERS, plan: &PLAN };

/// The filters of `transfer list`.
const FILTERS: &[Filter] = &[
    Filter { flag: "from", key: "from_organisation_id", kind: Resource::Organisation },
    Filter { flag: "to", key: "to_organisation_id", kind: Resource::Organisation },
];

#[derive(Debug, Subcommand)]
pub enum TransferCmd {
    /// List transfers.
    #[command(after_help = "Examples:\n  isoreg --demo transfer list --limit 5\n  isoreg --demo transfer list --to me")]
    List {
        /// Only transfers from this organisation (`me`: yours).
        #[arg(long, visible_alias = "from-org", value_name = "ORG|me", value_parser = Id::or_me(Resource::Organisation).among(FILTERS))]
        from: Option<Id>,
        /// Only transfers to this organisation (`me`: yours).
        #[arg(long, visible_alias = "to-org", value_name = "ORG|me", value_parser = Id::or_me(Resource::Organisation).among(FILTERS))]
        to: Option<Id>,
        #[command(flatten)]
        list: ListOpts,
    },
    /// Show one transfer.
    #[command(after_help = "Example:\n  isoreg --demo transfer get trf_6CGYHM7EFNPLXB6H")]
    Get {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Transfer))]
        id: Id,
    },
    /// The credit batches of a transfer.
    #[command(after_help = "Example:\n  isoreg --demo transfer batches trf_6CGYHM7EFNPLXB6H")]
    Batches {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Transfer))]
        id: Id,
        #[command(flatten)]
        limit: LimitOpts,
    },
    /// Transfer credits to another organisation (a write): plan, confirm, send once.
    #[command(after_help = CREATE_HELP)]
    Create(TransferSend),
}

/// The examples of `transfer create`.
pub const CREATE_HELP: &str = "Examples:\n  isoreg --demo transfer create 1.5 --to org_2TU3SKMRLNZVUU2J --supplier spl_YABW1L0SJQ0RH301 --note 'To our subsidiary' --dry-run\n  isoreg --demo transfer create 500kg --to org_2TU3SKMRLNZVUU2J --supplier spl_YABW1L0SJQ0RH301 --batch ctb_RHMUE52F5CXYNL3Y=500kg --yes";

impl TransferCmd {
    /// The read verb this is, or the arguments of the write.
    pub fn verb(self) -> std::result::Result<Verb, Box<TransferSend>> {
        match self {
            TransferCmd::List { from, to, list } => Ok(Verb::List { filters: vec![from, to], list }),
            TransferCmd::Get { id } => Ok(Verb::Get(id)),
            TransferCmd::Batches { id, limit } => Ok(Verb::Batches(id, limit)),
            TransferCmd::Create(send) => Err(Box::new(send)),
        }
    }
}

/// The hint for the old spelling of the write, `transfer QTY --to ORG …`: clap
/// reads QTY as an unknown verb; when it is a quantity, say where the write went.
pub fn old_spelling(verb: &str) -> Option<String> {
    crate::quantity::parse(verb).ok()?;
    Some(format!(
        "the transfer write is now `isoreg transfer create {} --to ORG --supplier ID …`; nothing was sent",
        crate::sanitize::printable(verb)
    ))
}

/// Arguments of `transfer create QTY --to ORG …`.
#[derive(Debug, Args)]
pub struct TransferSend {
    /// How much to transfer: 100, 100t, 125.632 (tonnes) or 125632kg.
    #[arg(value_name = "QTY")]
    pub qty: String,
    /// The receiving organisation, one of `isoreg transferee list` (not `me`).
    #[arg(long, value_name = "ORG", value_parser = Id::not_me(Resource::Organisation, NOT_ME).map(String::from))]
    pub to: String,
    /// The supplier the credits come from (one supplier per transfer).
    #[arg(long, value_name = "ID", value_parser = Id::of(Resource::Supplier).map(String::from))]
    pub supplier: String,
    /// A note shown publicly with the transfer (at most 256 characters).
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Transfer from this batch (ID or ID=QTY); repeat. Default: the oldest batches.
    #[arg(long, value_name = "ID[=QTY]")]
    pub batch: Vec<String>,
    #[command(flatten)]
    pub write: WriteFlags,
}
