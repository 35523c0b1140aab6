//! `order get|list|deliveries`: orders between buyers and suppliers.

use super::ctx::{Ctx, id_path};
use crate::cli::options::{Filter, Id, ListOpts};
use crate::error::Result;
use crate::ids::Resource;
use clap::Subcommand;

/// How order records are shown: the registry's view ([`crate::resource::views`]).
pub use crate::resource::views::ORDER as PLAN;

pub async fn run(cmd: OrderCmd, ctx: &mut Ctx) -> Result<()> {
    match cmd {
        OrderCmd::Get { id } => ctx.show(&id_path("orders", &id, ""), &PLAN).await,
        OrderCmd::List { org, supplier, list } => {
            let path = match supplier {
                Some(s) => crate::resource::Resource::Supplier.below(s.as_str(), crate::resource::Resource::Order)?,
                None => crate::resource::Resource::Organisation
                    .below(&ctx.org_or_current(org.as_ref()).await?, crate::resource::Resource::Order)?,
            };
            ctx.list(path, vec![], &PLAN, "orders", &list).await
        }
        OrderCmd::Deliveries { id, list } => {
            let path = id_path("orders", &id, "deliveries");
            ctx.list(path, vec![], &super::delivery::PLAN, "deliveries", &list).await
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum OrderCmd {
    /// Show one order.
    #[command(after_help = "Example:\n  isoreg --demo order get ord_ICG38JD0O69M0T76")]
    Get {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Order))]
        id: Id,
    },
    /// List an organisation's or a supplier's orders.
    #[command(after_help = "Example:\n  isoreg --demo order list")]
    List {
        /// The buyer organisation, or `me` [default: yours, the token's].
        #[arg(long, value_name = "ORG|me", conflicts_with = "supplier", value_parser = Id::or_me(Resource::Organisation).among(FILTERS))]
        org: Option<Id>,
        /// The supplier.
        #[arg(long, value_name = "ID", value_parser = Id::of(Resource::Supplier).among(FILTERS))]
        supplier: Option<Id>,
        #[command(flatten)]
        list: ListOpts,
    },
    /// The deliveries of an order.
    #[command(after_help = "Example:\n  isoreg --demo order deliveries ord_ICG38JD0O69M0T76")]
    Deliveries {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Order))]
        id: Id,
        #[command(flatten)]
        list: ListOpts,
    },
}

/// Whose orders `order list` shows.
const FILTERS: &[Filter] = &[
    Filter { flag: "org", key: "", kind: Resource::Organisation },
    Filter { flag: "supplier", key: "", kind: Resource::Supplier },
];
