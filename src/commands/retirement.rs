//! `retirement list|get|batches`: retired credits, their beneficiaries and
//! public certificates.

use super::{Ctx, batches_of, filtered_list, id_path};
use crate::cli::RetirementCmd;
use crate::error::Result;
use crate::ids::Resource;
use crate::render::{ColKind, Plan, col, col_ranked};

/// How retirements are shown.
pub const PLAN: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        col("RETIRED", "retired_at", ColKind::Date),
        col("OWNER", "owner.name", ColKind::Text),
        col("BENEFICIARY", "beneficiary.name", ColKind::Text),
        col_ranked("PURPOSES", "purposes", ColKind::Text, 7),
        col("SIZE", "credit_batch_size_total", ColKind::Qty),
        col("CERTIFICATE", "url", ColKind::Url),
    ],
    detail: &[
        col("ID", "id", ColKind::Id),
        col("RETIRED", "retired_at", ColKind::Date),
        col("OWNER", "owner.id", ColKind::Ref),
        col("BENEFICIARY", "beneficiary.id", ColKind::Ref),
        col("PURPOSES", "purposes", ColKind::Text),
        col("SIZE", "credit_batch_size_total", ColKind::Qty),
        col("CERTIFICATE", "url", ColKind::Url),
        col("NOTES", "notes", ColKind::Text),
    ],
    fields: &[
        "id",
        "beneficiary.domain",
        "beneficiary.id",
        "beneficiary.name",
        "credit_batch_size_total.credit_kgs",
        "credit_batch_size_total.credits",
        "notes",
        "owner.domain",
        "owner.id",
        "owner.name",
        "purposes",
        "retired_at",
        "url",
    ],
};

pub async fn run(cmd: RetirementCmd, ctx: &mut Ctx) -> Result<()> {
    match cmd {
        RetirementCmd::List { beneficiary, owner } => {
            let filters = [
                ("beneficiary_org_id", beneficiary.as_ref(), Resource::Organisation),
                ("owner_org_id", owner.as_ref(), Resource::Organisation),
            ];
            filtered_list(ctx, "/retirements", &filters, &PLAN, "retirements").await
        }
        RetirementCmd::Get { id } => ctx.show(&id_path("retirements", &id, Resource::Retirement, "")?, &PLAN).await,
        RetirementCmd::Batches { id } => batches_of(ctx, "retirements", &id, Resource::Retirement).await,
    }
}
