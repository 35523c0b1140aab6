//! The root of the command line: [`Cli`] (the global options and the
//! [`Command`] enum of nouns, which lives with the dispatch in `commands/`), the
//! exit-code help, and the completion scripts generated from it (the man pages
//! under `man/` are generated from it too, by `tests/cli.rs`).
//! The option groups commands share are in [`options`], a leaf module, so
//! commands never import this root; [`hints`] adds what clap's usage errors
//! lack, and [`overview`] is what fits one screen (`isoreg` alone and `isoreg -h`).
//!
//! Each noun's own clap definitions live beside its behaviour in
//! `src/commands/<noun>.rs`; the help layout (own options, example, a short
//! global summary) is applied in [`crate::help`]. Parsing is tested with `try_parse_from`.

use crate::commands::Command;
use clap::Parser;

pub mod complete;
pub mod hints;
pub mod options;
pub mod overview;
pub mod when;
pub use options::Global;

pub const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  a check failed (balance --min-…/--max-…, reconcile, diff --fail-on-change)
  2  usage error (bad flag, bad ID, bad quantity)
  3  configuration or authentication problem (missing credentials, 401, 403)
  4  not found (404)
  5  network or server failure after retries (timeout, refused, 5xx, 429)
  6  the server's answer could not be understood (including answers that break the
     API's own rules: cycles, lying counts, impossible quantities)
  7  a write was sent but its outcome is unknown (re-run with the same --request-key)
  8  a local failure: the output or a local file could not be written or read
     (including a local copy that another sync is writing, or a newer isoreg wrote)
  130  interrupted by Ctrl-C

Try it with no setup:  isoreg --demo balance";

/// A command-line explorer for the Isometric Registry API.
#[derive(Debug, Parser)]
#[command(name = "isoreg", version, about, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// The completion script for `shell`: it registers a function that asks
/// isoreg itself for candidates ([`complete`]), so they include profiles and
/// the IDs of the local copy.
pub fn completions_script(shell: clap_complete::Shell) -> String {
    complete::script(shell)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::batch::BatchCmd;
    use crate::render::Format;

    #[test]
    fn parses_globals_anywhere() {
        use crate::commands::batch::BatchStatus;
        let c = Cli::try_parse_from(["isoreg", "batch", "list", "--status", "active,retired", "-o", "csv", "--all"])
            .unwrap();
        assert_eq!(c.global.output, Some(Format::Csv));
        let Command::Batch(BatchCmd::List(a)) = c.command else { panic!("wrong command") };
        assert!(a.list.all);
        assert_eq!(a.status, vec![BatchStatus::Active, BatchStatus::Retired]);
    }

    #[test]
    fn page_size_is_bounded() {
        assert!(Cli::try_parse_from(["isoreg", "issuance", "list", "--page-size", "51"]).is_err());
        assert!(Cli::try_parse_from(["isoreg", "issuance", "list", "--page-size", "0"]).is_err());
        assert!(Cli::try_parse_from(["isoreg", "issuance", "list", "--page-size", "50"]).is_ok());
    }

    #[test]
    fn list_options_only_on_lists() {
        assert!(Cli::try_parse_from(["isoreg", "batch", "get", "ctb_1DRBTYA8Q1S07CBY", "--limit", "5"]).is_err());
        assert!(Cli::try_parse_from(["isoreg", "balance", "--all"]).is_err());
        assert!(
            Cli::try_parse_from(["isoreg", "delivery", "batches", "dlv_1DRBTYA8Q1S07CBY", "--after", "x"]).is_err()
        );
        assert!(Cli::try_parse_from(["isoreg", "delivery", "batches", "dlv_1DRBTYA8Q1S07CBY", "--limit", "5"]).is_ok());
        assert!(Cli::try_parse_from(["isoreg", "supplier", "orders", "spl_1DRBTYA8Q1S07CBY", "--after", "x"]).is_ok());
    }

    #[test]
    fn ids_are_checked_when_read() {
        let e = Cli::try_parse_from(["isoreg", "batch", "list", "--supplier", "prj_1DRBTYA8Q1S07CBY"]).unwrap_err();
        assert!(e.to_string().contains("did you mean `--project prj_1DRBTYA8Q1S07CBY`?"), "{e}");
        let e = Cli::try_parse_from(["isoreg", "batch", "get", "Kansas"]).unwrap_err();
        assert!(e.to_string().contains("credit batch IDs look like ctb_"), "{e}");
        assert!(Cli::try_parse_from(["isoreg", "batch", "get", "abc_1DRBTYA8Q1S07CBY"]).is_ok());
    }

    #[test]
    fn balance_scopes_conflict() {
        assert!(Cli::try_parse_from(["isoreg", "balance", "--project", "p", "--supplier", "s"]).is_err());
    }

    #[test]
    fn definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
