//! `project list|get|documents`: projects with their pathway, status and
//! issued and retired totals.

use super::ctx::{Ctx, id_path};
use crate::cli::options::{Id, ListOpts};
use crate::error::Result;
use crate::ids::Resource;
use clap::Subcommand;

/// How project records are shown: the registry's view ([`crate::resource::views`]).
pub use crate::resource::views::PROJECT as PLAN;

pub use crate::resource::views::PROJECT_DOCUMENTS as DOCUMENTS;

pub async fn run(cmd: ProjectCmd, ctx: &mut Ctx) -> Result<()> {
    match cmd {
        ProjectCmd::List { list } => ctx.list(Resource::Project.path(), vec![], &PLAN, "projects", &list).await,
        ProjectCmd::Get { id, web: true } => super::web::open(ctx, Resource::Project, &id).await,
        ProjectCmd::Get { id, web: false } => ctx.show(&id_path("projects", &id, ""), &PLAN).await,
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
        /// Open the project's registry page in a browser (print its URL when none can be opened).
        #[arg(long)]
        web: bool,
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
