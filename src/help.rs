//! The help layout, like gh's: a command's help shows its own arguments and
//! options (list commands: a "List options" section), then its example(s), then
//! a short "Global options" section that names every global flag and ends with
//! "All global options: isoreg help options". The summary is generated from the
//! clap definition of [`Global`](crate::cli::options::Global), so it never goes stale.
//!
//! `isoreg --help` (the root) still lists the global options in full, once.
//! Completions and man pages are generated from the unmodified definition
//! (`Cli::command()`), so they know every global option of every command.

use crate::cli::Cli;
use clap::CommandFactory;

/// The line that ends every command's global summary.
pub const MORE: &str = "All global options: isoreg help options";

/// The command line to parse with: [`Cli`]'s definition, built (so the global
/// options reach every subcommand), with the globals hidden from each
/// subcommand's own options and summarised after its example instead.
pub fn command() -> clap::Command {
    let mut root = Cli::command();
    root.build();
    let summary = summary(&root, 80);
    for name in sub_names(&root) {
        root = root.mut_subcommand(name, |s| lay_out(s, &summary));
    }
    root
}

/// Hides the propagated global options of `cmd` and its subcommands, and appends the summary.
fn lay_out(mut cmd: clap::Command, summary: &str) -> clap::Command {
    // `mut_args` keeps the order of the arguments, which the built command's key map relies on.
    cmd = cmd.mut_args(|a| if a.is_global_set() { a.hide(true) } else { a });
    let after = match cmd.get_after_help() {
        Some(example) => format!("{example}\n\n{summary}"),
        None => summary.to_string(),
    };
    cmd = cmd.after_help(after);
    if let Some(long) = cmd.get_after_long_help().map(|h| format!("{h}\n\n{summary}")) {
        cmd = cmd.after_long_help(long);
    }
    for name in sub_names(&cmd) {
        cmd = cmd.mut_subcommand(name, |s| lay_out(s, summary));
    }
    cmd
}

/// The names of `cmd`'s subcommands, without clap's own `help`.
fn sub_names(cmd: &clap::Command) -> Vec<String> {
    cmd.get_subcommands().map(|s| s.get_name().to_string()).filter(|n| n != "help").collect()
}

/// "Global options:", every visible global flag packed into lines of at most
/// `width` columns, and [`MORE`].
pub fn summary(root: &clap::Command, width: usize) -> String {
    let mut lines = vec!["Global options:".to_string()];
    let mut line = String::new();
    for flag in root.get_arguments().filter(|a| a.is_global_set() && !a.is_hide_set()).filter_map(flag_name) {
        if !line.is_empty() && line.len() + 1 + flag.len() > width.saturating_sub(2) {
            lines.push(format!("  {line}"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&flag);
    }
    if !line.is_empty() {
        lines.push(format!("  {line}"));
    }
    lines.push(MORE.to_string());
    lines.join("\n")
}

/// `--profile`, `-o/--output`.
fn flag_name(a: &clap::Arg) -> Option<String> {
    match (a.get_short(), a.get_long()) {
        (Some(s), Some(l)) => Some(format!("-{s}/--{l}")),
        (None, Some(l)) => Some(format!("--{l}")),
        (Some(s), None) => Some(format!("-{s}")),
        (None, None) => None,
    }
}

/// What `isoreg help options` prints: every global option with its help text.
pub fn global_options() -> String {
    let root = Cli::command();
    let mut cmd = clap::Command::new("isoreg")
        .disable_help_flag(true)
        .disable_version_flag(true)
        .help_template("Global options (every command accepts them, before or after its name):\n{options}");
    for a in root.get_arguments().filter(|a| a.is_global_set()) {
        cmd = cmd.arg(a.clone().global(false));
    }
    cmd.render_help().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_is_short_and_names_every_global() {
        let root = Cli::command();
        let s = summary(&root, 80);
        assert!(s.lines().count() <= 5, "{s}");
        assert!(s.lines().all(|l| l.len() <= 80), "{s}");
        for a in root.get_arguments().filter(|a| a.is_global_set()) {
            let long = a.get_long().unwrap_or_default();
            assert!(s.contains(&format!("--{long}")), "{long} missing from {s}");
        }
    }

    #[test]
    fn laid_out_command_is_consistent() {
        command().debug_assert();
    }
}
