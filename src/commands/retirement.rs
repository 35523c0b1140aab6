//! `retirement list|get|batches`: retired credits, their beneficiaries and
//! public certificates.
//!
//! The behaviour is shared with the other movements: [`super::movement`].

use super::movement::{Noun, Verb};
use crate::cli::options::{Filter, Id, LimitOpts, ListOpts};
use crate::ids::Resource;
use clap::Subcommand;

/// How retirement records are shown: the registry's view ([`crate::resource::views`]).
pub use crate::resource::views::RETIREMENT as PLAN;

/// What `retirement` is to the shared movement commands.
pub const NOUN: Noun = Noun { resource: Resource::Retirement, filters: FILTERS, plan: &PLAN };

/// The filters of `retirement list`.
const FILTERS: &[Filter] = &[
    Filter { flag: "owner", key: "owner_org_id", kind: Resource::Organisation },
    Filter { flag: "beneficiary", key: "beneficiary_org_id", kind: Resource::Organisation },
];

#[derive(Debug, Subcommand)]
pub enum RetirementCmd {
    /// List retirements.
    #[command(
        after_help = "Examples:\n  isoreg --demo retirement list --limit 5\n  isoreg --demo retirement list --owner me"
    )]
    List {
        /// Only retirements by this owner organisation (`me`: yours).
        #[arg(long, value_name = "ORG|me", value_parser = Id::or_me(Resource::Organisation).among(FILTERS))]
        owner: Option<Id>,
        /// Only retirements for this beneficiary organisation (`me`: yours).
        #[arg(long, value_name = "ORG|me", value_parser = Id::or_me(Resource::Organisation).among(FILTERS))]
        beneficiary: Option<Id>,
        #[command(flatten)]
        list: ListOpts,
    },
    /// Show one retirement.
    #[command(
        after_help = "Examples:\n  isoreg --demo retirement get ret_3FN1S9WG68Q1413T\n  isoreg --demo retirement get ret_3FN1S9WG68Q1413T --web"
    )]
    Get {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Retirement))]
        id: Id,
        /// Open the retirement's public certificate in a browser (print its URL when none can be opened).
        #[arg(long)]
        web: bool,
    },
    /// The credit batches of a retirement.
    #[command(after_help = "Example:\n  isoreg --demo retirement batches ret_3FN1S9WG68Q1413T")]
    Batches {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Retirement))]
        id: Id,
        #[command(flatten)]
        limit: LimitOpts,
    },
}

impl From<RetirementCmd> for Verb {
    fn from(c: RetirementCmd) -> Verb {
        match c {
            RetirementCmd::List { owner, beneficiary, list } => Verb::List { filters: vec![owner, beneficiary], list },
            RetirementCmd::Get { id, web: false } => Verb::Get(id),
            RetirementCmd::Get { id, web: true } => Verb::Web(id),
            RetirementCmd::Batches { id, limit } => Verb::Batches(id, limit),
        }
    }
}
