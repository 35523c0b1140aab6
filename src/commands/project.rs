//! `project list|get|documents`: projects with their pathway, status and
//! issued and retired totals.

use super::ctx::{Ctx, id_path};
use crate::cli::options::{Id, ListOpts};
use crate::error::Result;
use crate::ids::Resource;
use crate::render::{ColKind, Plan, col, col_ranked};
use clap::Subcommand;

/// How projects are shown.
pub const PLAN: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        col_ranked("NAME", "name", ColKind::Text, 2),
        col_ranked("PATHWAY", "pathway", ColKind::Text, 7),
        col("STATUS", "status", ColKind::Status),
        col("COUNTRY", "country_code", ColKind::Text),
        col("ISSUED", "issued_credits_total", ColKind::Qty),
        col("RETIRED", "retired_credits_total", ColKind::Qty),
    ],
    detail: &[
        col("ID", "id", ColKind::Id),
        col("NAME", "name", ColKind::Text),
        col("SHORT CODE", "short_code", ColKind::Text),
        col("SUPPLIER", "supplier.id", ColKind::Ref),
        col("PATHWAY", "pathway", ColKind::Text),
        col("PROTOCOL", "protocol_slug", ColKind::Text),
        col("STATUS", "status", ColKind::Status),
        col("COUNTRY", "country_code", ColKind::Text),
        col("VALIDATOR", "validator_name", ColKind::Text),
        col("VERIFIER", "current_verifier_name", ColKind::Text),
        col("CREDITING START", "crediting_period_start", ColKind::Date),
        col("CREDITING END", "crediting_period_end", ColKind::Date),
        col("ISSUED", "issued_credits_total", ColKind::Qty),
        col("RETIRED", "retired_credits_total", ColKind::Qty),
        col("BUFFER ISSUED", "issued_buffer_pool_credits_total", ColKind::Qty),
        col("BUFFER RETIRED", "retired_buffer_pool_credits_total", ColKind::Qty),
        col("URL", "url", ColKind::Url),
    ],
    fields: crate::resource::fields::PROJECT,
};

/// How project documents are shown.
pub const DOCUMENTS: Plan = Plan {
    columns: &[
        col("ID", "id", ColKind::Id),
        col("NAME", "display_name", ColKind::Text),
        col("URL", "url", ColKind::Url),
    ],
    detail: &[],
    fields: crate::resource::fields::PROJECT_DOCUMENT,
};

pub async fn run(cmd: ProjectCmd, ctx: &mut Ctx) -> Result<()> {
    match cmd {
        ProjectCmd::List { list } => ctx.list("/projects".into(), vec![], &PLAN, "projects", &list).await,
        ProjectCmd::Get { id } => ctx.show(&id_path("projects", &id, ""), &PLAN).await,
        ProjectCmd::Documents { id, list } => {
            let path = id_path("projects", &id, "documents");
            ctx.list(path, vec![], &DOCUMENTS, "documents", &list).await
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum ProjectCmd {
    /// List projects.
    #[command(after_help = "Example:\n  isoreg --demo project list")]
    List {
        #[command(flatten)]
        list: ListOpts,
    },
    /// Show one project.
    #[command(after_help = "Example:\n  isoreg --demo project get prj_4JT5VMBLUT5RJS57")]
    Get {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Project))]
        id: Id,
    },
    /// A project's documents.
    #[command(after_help = "Example:\n  isoreg --demo project documents prj_4JT5VMBLUT5RJS57")]
    Documents {
        #[arg(value_name = "ID", value_parser = Id::of(Resource::Project))]
        id: Id,
        #[command(flatten)]
        list: ListOpts,
    },
}
