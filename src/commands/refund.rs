//! `refund get|batches`: buffer-pool refunds.
//!
//! The behaviour is shared with the other movements: [`super::movement`].

use super::movement::{Noun, Verb};
use crate::cli::options::{Id, LimitOpts};
use crate::ids::Resource;
use clap::Subcommand;

/// How refund records are shown: the registry's view ([`crate::resource::views`]).
pub use crate::resource::views::REFUND as PLAN;

/// What `refund` is to the shared movement commands.
pub const NOUN: Noun = Noun { resource: Resource::Refund, filters: FILTERS, plan: &PLAN };

/// Refunds have no list.
const FILTERS: &[crate::cli::options::Filter] = &[];

#[derive(Debug, Subcommand)]
pub enum RefundCmd {
    /// Show one buffer-pool refund.
    #[command(after_help = "Example:\n  isoreg --demo refund get bpr_PSIQ1YJOZAFJQ8SN")]
    Get {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Refund))]
        id: Id,
    },
    /// The credit batches of a refund.
    #[command(after_help = "Example:\n  isoreg --demo refund batches bpr_PSIQ1YJOZAFJQ8SN")]
    Batches {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Refund))]
        id: Id,
        #[command(flatten)]
        limit: LimitOpts,
    },
}

impl From<RefundCmd> for Verb {
    fn from(c: RefundCmd) -> Verb {
        match c {
            RefundCmd::Get { id } => Verb::Get(id),
            RefundCmd::Batches { id, limit } => Verb::Batches(id, limit),
        }
    }
}
