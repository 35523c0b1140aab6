//! `delivery list|get|batches`: deliveries of credits from suppliers to buyers.
//!
//! The behaviour is shared with the other movements: [`super::movement`].

use super::movement::{Noun, Verb};
use crate::cli::options::{Filter, Id, LimitOpts, ListOpts};
use crate::ids::Resource;
use clap::Subcommand;

/// How delivery records are shown: the registry's view ([`crate::resource::views`]).
pub use crate::resource::views::DELIVERY as PLAN;

/// What `delivery` is to the shared movement commands.
pub const NOUN: Noun = Noun { resource: Resource::Delivery, filters: FILTERS, plan: &PLAN };

/// The filters of `delivery list`.
const FILTERS: &[Filter] = &[
    Filter { flag: "from", key: "from_supplier_id", kind: Resource::Supplier },
    Filter { flag: "to", key: "to_organisation_id", kind: Resource::Organisation },
];

#[derive(Debug, Subcommand)]
pub enum DeliveryCmd {
    /// List deliveries.
    #[command(after_help = "Examples:\n  isoreg --demo delivery list --limit 5\n  isoreg --demo delivery list --to me")]
    List {
        /// Only deliveries from this supplier (`me`: your own supplier).
        #[arg(long, visible_alias = "from-supplier", value_name = "ID|me", value_parser = Id::or_me(Resource::Supplier).among(FILTERS))]
        from: Option<Id>,
        /// Only deliveries to this organisation (`me`: yours).
        #[arg(long, visible_alias = "to-org", value_name = "ORG|me", value_parser = Id::or_me(Resource::Organisation).among(FILTERS))]
        to: Option<Id>,
        #[command(flatten)]
        list: ListOpts,
    },
    /// Show one delivery.
    #[command(after_help = "Example:\n  isoreg --demo delivery get dlv_6FZKE6JTWJMALSM1")]
    Get {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Delivery))]
        id: Id,
        /// Open the delivery's registry page in a browser (print its URL when none can be opened).
        #[arg(long)]
        web: bool,
    },
    /// The credit batches of a delivery.
    #[command(after_help = "Example:\n  isoreg --demo delivery batches dlv_6FZKE6JTWJMALSM1")]
    Batches {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Delivery))]
        id: Id,
        #[command(flatten)]
        limit: LimitOpts,
    },
}

impl From<DeliveryCmd> for Verb {
    fn from(c: DeliveryCmd) -> Verb {
        match c {
            DeliveryCmd::List { from, to, list } => Verb::List { filters: vec![from, to], list },
            DeliveryCmd::Get { id, web: false } => Verb::Get(id),
            DeliveryCmd::Get { id, web: true } => Verb::Web(id),
            DeliveryCmd::Batches { id, limit } => Verb::Batches(id, limit),
        }
    }
}
