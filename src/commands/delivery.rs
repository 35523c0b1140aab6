//! `delivery list|get|batches`: deliveries of credits from suppliers to buyers.
//!
//! The behaviour is shared with the other movements: [`super::movement`].

use super::movement::{Noun, Verb};
use crate::cli::options::{Filter, Id, LimitOpts, ListOpts};
use crate::ids::Resource;
use crate::render::{ColKind, Plan, col, col_ranked};
use clap::Subcommand;

/// How deliveries are shown.
pub const PLAN: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        col("DELIVERED AT", "delivered_at", ColKind::Date),
        // Whom the credits came from matters most; the order least.
        col_ranked("SUPPLIER", "from_supplier.organisation.name", ColKind::Text, 2),
        col_ranked("TO", "to_organisation.name", ColKind::Text, 5),
        col_ranked("ORDER", "order_id", ColKind::Ref, 7),
        col("SIZE", "credit_batch_size_total", ColKind::Qty),
    ],
    detail: &[
        col("ID", "id", ColKind::Id),
        col("DELIVERED", "delivered_at", ColKind::Date),
        col("SUPPLIER", "from_supplier.id", ColKind::Ref),
        col("TO", "to_organisation.id", ColKind::Ref),
        col("ORDER", "order_id", ColKind::Ref),
        col("SIZE", "credit_batch_size_total", ColKind::Qty),
        col("URL", "url", ColKind::Url),
        col("NOTES", "notes", ColKind::Text),
    ],
    fields: crate::resource::fields::DELIVERY,
};

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
        #[arg(long, visible_alias = "to-org", value_name = "ID|me", value_parser = Id::or_me(Resource::Organisation).among(FILTERS))]
        to: Option<Id>,
        #[command(flatten)]
        list: ListOpts,
    },
    /// Show one delivery.
    #[command(after_help = "Example:\n  isoreg --demo delivery get dlv_6FZKE6JTWJMALSM1")]
    Get {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Delivery))]
        id: Id,
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
            DeliveryCmd::Get { id } => Verb::Get(id),
            DeliveryCmd::Batches { id, limit } => Verb::Batches(id, limit),
        }
    }
}
