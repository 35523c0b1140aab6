//! `transfer list|get|batches`: credits moved between organisations; the
//! arguments of `transfer QTY --to ORG …` (a write, done in [`super::tx`]).
//!
//! The behaviour is shared with the other movements: [`super::movement`].

use super::movement::{Noun, Verb};
use crate::cli::options::WriteFlags;
use crate::cli::options::{Filter, Id, LimitOpts, ListOpts};
use crate::ids::Resource;
use clap::builder::TypedValueParser;
use clap::{Args, Subcommand};

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
        #[arg(long, visible_alias = "from-org", value_name = "ID|me", value_parser = Id::or_me(Resource::Organisation).among(FILTERS))]
        from: Option<Id>,
        /// Only transfers to this organisation (`me`: yours).
        #[arg(long, visible_alias = "to-org", value_name = "ID|me", value_parser = Id::or_me(Resource::Organisation).among(FILTERS))]
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
}

impl From<TransferCmd> for Verb {
    fn from(c: TransferCmd) -> Verb {
        match c {
            TransferCmd::List { from, to, list } => Verb::List { filters: vec![from, to], list },
            TransferCmd::Get { id } => Verb::Get(id),
            TransferCmd::Batches { id, limit } => Verb::Batches(id, limit),
        }
    }
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
    #[arg(long, value_name = "ORG", required = true, value_parser = Id::of(Resource::Organisation).map(String::from))]
    pub to: Option<String>,
    /// The supplier the credits come from (one supplier per transfer).
    #[arg(long, value_name = "ID", required = true, value_parser = Id::of(Resource::Supplier).map(String::from))]
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
