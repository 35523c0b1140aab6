//! `delivery list|get|batches`: deliveries of credits from suppliers to buyers.

use super::{Ctx, batches_of, filtered_list, id_path};
use crate::cli::DeliveryCmd;
use crate::error::Result;
use crate::ids::Resource;
use crate::render::{ColKind, Plan, col, col_ranked};

/// How deliveries are shown.
pub const PLAN: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        col("DELIVERED", "delivered_at", ColKind::Date),
        col("SUPPLIER", "from_supplier.organisation.name", ColKind::Text),
        col_ranked("TO", "to_organisation.name", ColKind::Text, 7),
        col("ORDER", "order_id", ColKind::Ref),
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
    fields: &[
        "id",
        "credit_batch_size_total.credit_kgs",
        "credit_batch_size_total.credits",
        "delivered_at",
        "from_supplier.id",
        "from_supplier.location.country_code",
        "from_supplier.location.country_name",
        "from_supplier.location.latitude",
        "from_supplier.location.longitude",
        "from_supplier.long_description",
        "from_supplier.organisation.domain",
        "from_supplier.organisation.id",
        "from_supplier.organisation.name",
        "from_supplier.short_description",
        "notes",
        "order_id",
        "to_organisation.domain",
        "to_organisation.id",
        "to_organisation.name",
        "url",
    ],
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
