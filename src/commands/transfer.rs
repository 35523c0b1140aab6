//! `transfer list|get|batches`: credits moved between organisations.

use super::{Ctx, batches_of, filtered_list, id_path};
use crate::cli::TransferCmd;
use crate::error::Result;
use crate::ids::Resource;
use crate::render::{ColKind, Plan, col};

/// How transfers are shown.
pub const PLAN: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        col("TRANSFERRED", "transferred_at", ColKind::Date),
        col("FROM", "from_organisation.name", ColKind::Text),
        col("TO", "to_organisation.name", ColKind::Text),
        col("SIZE", "credit_batch_size_total", ColKind::Qty),
    ],
    detail: &[
        col("ID", "id", ColKind::Id),
        col("TRANSFERRED", "transferred_at", ColKind::Date),
        col("FROM", "from_organisation.id", ColKind::Ref),
        col("TO", "to_organisation.id", ColKind::Ref),
        col("SIZE", "credit_batch_size_total", ColKind::Qty),
        col("NOTES", "notes", ColKind::Text),
    ],
    fields: &[
        "id",
        "credit_batch_size_total.credit_kgs",
        "credit_batch_size_total.credits",
        "from_organisation.domain",
        "from_organisation.id",
        "from_organisation.name",
        "notes",
        "to_organisation.domain",
        "to_organisation.id",
        "to_organisation.name",
        "transferred_at",
    ],
};

pub async fn run(cmd: TransferCmd, ctx: &mut Ctx) -> Result<()> {
    match cmd {
        TransferCmd::List { from_org, to_org } => {
            let filters = [
                ("from_organisation_id", from_org.as_ref(), Resource::Organisation),
                ("to_organisation_id", to_org.as_ref(), Resource::Organisation),
            ];
            filtered_list(ctx, "/transfers", &filters, &PLAN, "transfers").await
        }
        TransferCmd::Get { id } => ctx.show(&id_path("transfers", &id, Resource::Transfer, "")?, &PLAN).await,
        TransferCmd::Batches { id } => batches_of(ctx, "transfers", &id, Resource::Transfer).await,
    }
}
