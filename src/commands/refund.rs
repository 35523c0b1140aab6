//! `refund get|batches`: buffer-pool refunds.

use super::{Ctx, batches_of, id_path};
use crate::cli::RefundCmd;
use crate::error::Result;
use crate::ids::Resource;
use crate::render::{ColKind, Plan, col};

/// How refunds are shown.
pub const PLAN: Plan = Plan {
    columns: &[],
    detail: &[
        col("ID", "id", ColKind::Id),
        col("REFUNDED", "refunded_at", ColKind::Date),
        col("FROM", "from_buffer_pool_organisation.id", ColKind::Ref),
        col("TO", "to_organisation.id", ColKind::Ref),
        col("SIZE", "credit_batch_size_total", ColKind::Qty),
        col("NOTES", "notes", ColKind::Text),
    ],
    fields: &[
        "id",
        "credit_batch_size_total.credit_kgs",
        "credit_batch_size_total.credits",
        "from_buffer_pool_organisation.domain",
        "from_buffer_pool_organisation.id",
        "from_buffer_pool_organisation.name",
        "notes",
        "refunded_at",
        "to_organisation.domain",
        "to_organisation.id",
        "to_organisation.name",
    ],
};

pub async fn run(cmd: RefundCmd, ctx: &mut Ctx) -> Result<()> {
    match cmd {
        RefundCmd::Get { id } => ctx.show(&id_path("refunds", &id, Resource::Refund, "")?, &PLAN).await,
        RefundCmd::Batches { id } => batches_of(ctx, "refunds", &id, Resource::Refund).await,
    }
}
