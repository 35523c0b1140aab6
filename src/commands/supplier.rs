//! `supplier list|get|current|issuances|projects|orders|deliveries`.

use super::ctx::{Ctx, id_path};
use crate::cli::options::{Id, ListOpts};
use crate::error::Result;
use crate::ids::Resource;
use clap::Subcommand;

/// How supplier records are shown: the registry's view ([`crate::resource::views`]).
pub use crate::resource::views::SUPPLIER as PLAN;

pub async fn run(cmd: SupplierCmd, ctx: &mut Ctx) -> Result<()> {
    let sub = |id: &Id, tail: &str| id_path("suppliers", id, tail);
    match cmd {
        SupplierCmd::List { list } => {
            ctx.list(crate::resource::Resource::Supplier.path(), vec![], &PLAN, "suppliers", &list).await
        }
        SupplierCmd::Get { id } => ctx.show(&sub(&id, ""), &PLAN).await,
        SupplierCmd::Current => ctx.show("/supplier", &PLAN).await.map_err(not_a_supplier),
        SupplierCmd::Issuances { id, list } => {
            ctx.list(sub(&id, "issuances"), vec![], &super::issuance::PLAN, "issuances", &list).await
        }
        SupplierCmd::Projects { id, list } => {
            ctx.list(sub(&id, "projects"), vec![], &super::project::PLAN, "projects", &list).await
        }
        SupplierCmd::Orders { id, list } => {
            ctx.list(sub(&id, "orders"), vec![], &super::order::PLAN, "orders", &list).await
        }
        SupplierCmd::Deliveries { id, list } => {
            ctx.list(sub(&id, "deliveries"), vec![], &super::delivery::PLAN, "deliveries", &list).await
        }
    }
}

/// `supplier current` answered 404, 403 or null: the token's organisation is
/// not a supplier. Says so, and what token is needed (exit code unchanged).
fn not_a_supplier(e: crate::error::Error) -> crate::error::Error {
    use crate::error::Kind;
    if !(e.kind == Kind::NotFound || e.http_status == Some(403)) {
        return e;
    }
    crate::error::Error {
        message: "The organisation of this token is not a supplier, so it has no current supplier; `supplier current` needs a token issued to a supplier's organisation (use its profile with --profile NAME). Your own organisation: `isoreg org current`; suppliers: `isoreg supplier list`.".into(),
        ..e
    }
}

#[derive(Debug, Subcommand)]
pub enum SupplierCmd {
    /// List suppliers.
    #[command(after_help = "Example:\n  isoreg --demo supplier list")]
    List {
        #[command(flatten)]
        list: ListOpts,
    },
    /// Show one supplier.
    #[command(after_help = "Example:\n  isoreg --demo supplier get spl_YABW1L0SJQ0RH301")]
    Get {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Supplier))]
        id: Id,
    },
    /// The supplier your token belongs to.
    #[command(after_help = "Example:\n  isoreg supplier current   (with a supplier organisation's token)")]
    Current,
    /// A supplier's issuances.
    #[command(after_help = "Example:\n  isoreg --demo supplier issuances spl_YABW1L0SJQ0RH301")]
    Issuances {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Supplier))]
        id: Id,
        #[command(flatten)]
        list: ListOpts,
    },
    /// A supplier's projects.
    #[command(after_help = "Example:\n  isoreg --demo supplier projects spl_YABW1L0SJQ0RH301")]
    Projects {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Supplier))]
        id: Id,
        #[command(flatten)]
        list: ListOpts,
    },
    /// A supplier's orders.
    #[command(after_help = "Example:\n  isoreg --demo supplier orders spl_YABW1L0SJQ0RH301")]
    Orders {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Supplier))]
        id: Id,
        #[command(flatten)]
        list: ListOpts,
    },
    /// A supplier's deliveries.
    #[command(after_help = "Example:\n  isoreg --demo supplier deliveries spl_YABW1L0SJQ0RH301")]
    Deliveries {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Supplier))]
        id: Id,
        #[command(flatten)]
        list: ListOpts,
    },
}
