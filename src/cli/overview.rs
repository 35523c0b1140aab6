//! What fits one screen at the top level: `isoreg` alone (the overview) and
//! `isoreg -h` (the same, with the usage line), both within 24 rows at 80
//! columns, as gh's grouped command list is. `isoreg --help` stays the long
//! one: every command with its description, every global option, the exit codes.

use std::ffi::OsString;

/// The commands by what they are for, in the order a newcomer meets them.
/// Every visible command of the root is in exactly one group (a unit test holds it).
pub const GROUPS: &[(&str, &[&str])] = &[
    (
        "Read",
        &[
            "balance",
            "batch",
            "issuance",
            "delivery",
            "retirement",
            "transfer",
            "order",
            "supplier",
            "project",
            "org",
            "refund",
            "beneficiary",
            "transferee",
            "api",
        ],
    ),
    ("Write", &["retire", "deliver", "transfer create", "beneficiary add"]),
    ("Check", &["reconcile", "check", "report"]),
    ("Local copy", &["sync", "sql", "diff", "find"]),
    ("Setup", &["config", "auth", "completions", "emulator"]),
];

/// The width the overview is laid out for.
const WIDTH: usize = 80;

/// What `isoreg` alone prints: the commands in groups and the first commands to try.
pub fn overview() -> String {
    let about = "A command-line explorer for the Isometric Registry API";
    format!("isoreg {}: {about}\n\n{}", env!("CARGO_PKG_VERSION"), body())
}

/// What `isoreg -h` prints: the usage line, then the overview's body.
pub fn short_help() -> String {
    format!("A command-line explorer for the Isometric Registry API\n\nUsage: isoreg [OPTIONS] <COMMAND>\n\n{}", body())
}

/// The groups, the first commands to try, and where the rest is.
fn body() -> String {
    let mut out = String::from("Commands:\n");
    for (name, cmds) in GROUPS {
        out.push_str(&group(name, cmds));
    }
    out.push_str(
        "\nStart here (no setup needed):\n  isoreg --demo balance\n  isoreg --demo batch list --limit 5\n  \
         isoreg --demo batch lineage ctb_4V9FKPAEQNNQN5JD\n\nThen `isoreg config init` for your own registry.\n\
         `isoreg COMMAND -h` explains a command; `isoreg --help` lists every command,\n\
         every option and the exit codes.",
    );
    out
}

/// "  Read        balance, batch, …" wrapped at [`WIDTH`] under the first name.
fn group(name: &str, cmds: &[&str]) -> String {
    const INDENT: usize = 14;
    let mut lines = Vec::new();
    let mut line = format!("  {name:<w$}", w = INDENT - 2);
    let mut empty = true;
    for (i, c) in cmds.iter().enumerate() {
        let word = if i + 1 < cmds.len() { format!("{c},") } else { (*c).to_string() };
        if !empty && line.len() + 1 + word.len() > WIDTH {
            lines.push(std::mem::replace(&mut line, " ".repeat(INDENT)));
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(&word);
        empty = false;
    }
    lines.push(line);
    lines.into_iter().map(|l| l + "\n").collect()
}

/// Whether `args` (without the program name) ask for the root's `-h`: a `-h`
/// before any command name (global options and their values may come first).
pub fn is_root_short_help(args: &[OsString], root: &clap::Command) -> bool {
    let takes_value = |a: &clap::Arg| a.get_action().takes_values();
    let mut i = 0;
    while let Some(arg) = args.get(i) {
        let a = arg.to_string_lossy();
        if let Some(long) = a.strip_prefix("--") {
            if long.is_empty() {
                return false;
            }
            let value_next =
                !long.contains('=') && root.get_arguments().any(|x| x.get_long() == Some(long) && takes_value(x));
            i += usize::from(value_next);
        } else if let Some(shorts) = a.strip_prefix('-').filter(|s| !s.is_empty()) {
            if shorts.contains('h') {
                return true;
            }
            let last = shorts.chars().last();
            let value_next = shorts.len() == 1 && root.get_arguments().any(|x| x.get_short() == last && takes_value(x));
            i += usize::from(value_next);
        } else {
            return false;
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn every_command_is_in_one_group() {
        let root = crate::cli::Cli::command();
        let grouped: Vec<&str> =
            GROUPS.iter().flat_map(|(_, c)| c.iter().copied()).filter(|c| !c.contains(' ')).collect();
        for s in root.get_subcommands().filter(|s| !s.is_hide_set()) {
            assert_eq!(grouped.iter().filter(|g| **g == s.get_name()).count(), 1, "{}", s.get_name());
        }
        assert_eq!(grouped.len(), root.get_subcommands().filter(|s| !s.is_hide_set()).count());
    }

    #[test]
    fn overview_and_short_help_fit_24_rows_at_80_columns() {
        for text in [overview(), short_help()] {
            assert!(text.lines().count() <= 23, "{} rows:\n{text}", text.lines().count());
            assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
        }
    }

    #[test]
    fn root_short_help_is_a_dash_h_before_any_command() {
        let root = crate::cli::Cli::command();
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert!(is_root_short_help(&args(&["-h"]), &root));
        assert!(is_root_short_help(&args(&["--profile", "x", "-o", "json", "-h"]), &root));
        assert!(!is_root_short_help(&args(&["--help"]), &root));
        assert!(!is_root_short_help(&args(&["batch", "-h"]), &root));
    }
}
