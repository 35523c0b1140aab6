//! `org current|get`, and the organisation lists `beneficiary list` and
//! `transferee list`.

use super::{Ctx, id_path};
use crate::cli::{OrgCmd, SimpleListCmd};
use crate::error::Result;
use crate::ids::Resource;
use crate::render::{ColKind, Plan, col};

/// How organisations are shown.
pub const PLAN: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        col("NAME", "name", ColKind::Text),
        col("DOMAIN", "domain", ColKind::Text),
    ],
    detail: &[],
    fields: &["id", "name", "domain"],
};

pub async fn run(cmd: OrgCmd, ctx: &mut Ctx) -> Result<()> {
    match cmd {
        OrgCmd::Current => ctx.show("/organisation", &PLAN).await,
        OrgCmd::Get { id } => ctx.show(&id_path("organisations", &id, Resource::Organisation, "")?, &PLAN).await,
    }
}

/// `beneficiary list` (`/beneficiaries`) and `transferee list` (`/transferees`).
pub async fn list(path: &str, cmd: SimpleListCmd, ctx: &mut Ctx) -> Result<()> {
    let SimpleListCmd::List = cmd;
    ctx.list(path.into(), vec![], &PLAN, "organisations").await
}
