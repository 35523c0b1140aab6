//! `delivery list|get|batches`: deliveries of credits from suppliers to buyers.

use super::{Ctx, batches_of, filtered_list, id_path};
use crate::cli::DeliveryCmd;
use crate::error::Result;
use crate::ids::Resource;
use crate::render::{ColKind, Plan, col};

/// How deliveries are shown.
pub const PLAN: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        col("DELIVERED", "delivered_at", ColKind::Date),
        col("SUPPLIER", "from_supplier.organisation.name", ColKind::Text),
        col("TO", "to_organisation.name", ColKind::Text),
        col("ORDER", "order_id", ColKind::Ref),
        col("SIZE", "credit_batch_size_total", ColKind::Qty),
    ],
    detail: &[
        col("ID", "id", ColKind::Id),
        col("DELIVERED", "delivered_at", ColKind::Date),
        col("SUPPLIER", "from_supplier.organisation.name", ColKind::Text),
        col("SUPPLIER ID", "from_supplier.id", ColKind::Ref),
        col("TO", "to_organisation.name", ColKind::Text),
        col("TO ID", "to_organisation.id", ColKind::Ref),
        col("ORDER", "order_id", ColKind::Ref),
        col("SIZE", "credit_batch_size_total", ColKind::Qty),
        col("URL", "url", ColKind::Text),
        col("NOTES", "notes", ColKind::Text),
    ],
    fields: &[],
};

pub async fn run(cmd: DeliveryCmd, ctx: &mut Ctx) -> Result<()> {
    match cmd {
        DeliveryCmd::List { from_supplier, to_org } => {
            let filters = [
                ("from_supplier_id", from_supplier.as_ref(), Resource::Supplier),
                ("to_organisation_id", to_org.as_ref(), Resource::Organisation),
            ];
            filtered_list(ctx, "/deliveries", &filters, &PLAN, "deliveries").await
        }
        DeliveryCmd::Get { id } => ctx.show(&id_path("deliveries", &id, Resource::Delivery, "")?, &PLAN).await,
        DeliveryCmd::Batches { id } => batches_of(ctx, "deliveries", &id, Resource::Delivery).await,
    }
}
