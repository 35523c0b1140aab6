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

/// The command line whose help and usage errors are shown: [`Cli`]'s
/// definition with the globals hidden from each subcommand's own options and
/// summarised after its example instead.
pub fn command() -> clap::Command {
    laid_out(&|_| true)
}

/// [`command`], with only the subcommands that `args` name (by name or alias)
/// laid out: the others cannot be shown by this command line, and laying out
/// all seventy costs more than the rest of a typical run.
pub fn command_for(args: &[std::ffi::OsString]) -> clap::Command {
    let words: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    laid_out(&|s| std::iter::once(s.get_name()).chain(s.get_all_aliases()).any(|n| words.contains(&n)))
}

/// Which subcommands [`lay_out`] lays out.
type Keep<'a> = &'a dyn Fn(&clap::Command) -> bool;

/// The root, unbuilt (building checks all seventy subcommands, which a debug
/// build does slowly), with the subcommands `keep` keeps laid out.
fn laid_out(keep: Keep) -> clap::Command {
    let mut root = Cli::command();
    let layout = HelpLayout {
        summary: summary(&root, 80),
        globals: root.get_arguments().filter(|a| a.is_global_set()).cloned().collect(),
        keep,
    };
    for name in sub_names(&root, keep) {
        let path = name.clone();
        root = root.mut_subcommand(name, |s| lay_out(s, &layout, &path));
    }
    root
}

/// What every laid-out subcommand shares.
struct HelpLayout<'a> {
    /// The global options' summary (see [`summary`]).
    summary: String,
    /// The root's global options, which each subcommand gets hidden before clap
    /// would propagate them (clap propagates only what a subcommand lacks).
    globals: Vec<clap::Arg>,
    /// Which subcommands are laid out (the others are left as defined).
    keep: Keep<'a>,
}

/// The options `-h` leaves out so that it fits a 24-row screen (`--help` shows
/// them): by command path, the clap ids of options most people never need.
const LONG_ONLY: &[(&str, &[&str])] = &[
    ("balance", &["org_flag"]),
    ("reconcile", &["org_flag"]),
    ("batch list", &["issuance", "delivery", "order", "retirement", "sort", "shards"]),
    ("retire", &["note", "from_oldest", "vintage", "order", "request_key", "allow_writes"]),
    ("deliver", &["request_key", "allow_writes"]),
    ("transfer create", &["request_key", "allow_writes"]),
    ("beneficiary add", &["request_key", "allow_writes"]),
    ("check", &["force", "db"]),
    (
        "emulator",
        &[
            "fail_first",
            "fail_with",
            "retry_after",
            "quirk",
            "redirect_to",
            "token_ttl_days",
            "fail_method",
            "request_log",
            "fail_script",
            "credentials",
        ],
    ),
];

/// Hides the propagated global options of `cmd` and its subcommands, and
/// appends the summary: `-h` gets the first example and a two-line summary
/// (so that it fits a 24-row screen), `--help` every example and the full summary.
fn lay_out(mut cmd: clap::Command, layout: &HelpLayout, path: &str) -> clap::Command {
    let long_only = LONG_ONLY.iter().find(|(p, _)| *p == path).map_or(&[][..], |(_, ids)| ids);
    for g in &layout.globals {
        if !cmd.get_arguments().any(|a| a.get_id() == g.get_id()) {
            cmd = cmd.arg(g.clone());
        }
    }
    let summary = layout.summary.as_str();
    // `mut_args` keeps the order of the arguments, which the built command's key map relies on.
    cmd = cmd.mut_args(|a| match a {
        a if a.is_global_set() => a.hide(true),
        a if long_only.contains(&a.get_id().as_str()) => a.hide_short_help(true),
        a if a.get_id() == "help" => a,
        a => brief(a),
    });
    // On a clone: rendering builds a command, and a built one keeps what it
    // found before the layout (whether a long help exists, so `--help` = `-h`).
    let usage = cmd.clone().bin_name(format!("isoreg {path}")).render_usage().to_string();
    let usage = usage.trim().trim_start_matches("Usage: ");
    if usage.chars().count() + "Usage: ".len() > WIDTH {
        cmd = cmd.override_usage(continued(usage, WIDTH - "Usage: ".len()));
    }
    let examples = cmd.get_after_help().map(|h| fit_examples(&h.to_string(), WIDTH));
    let long = cmd.get_after_long_help().map(|h| fit_examples(&h.to_string(), WIDTH)).or(examples.clone());
    let short_summary = short_summary(summary);
    cmd = match examples {
        Some(e) => cmd.after_help(format!("{}\n\n{short_summary}", first_example(&e))),
        None => cmd.after_help(short_summary),
    };
    cmd = match long {
        Some(l) => cmd.after_long_help(format!("{l}\n\n{summary}")),
        None => cmd.after_long_help(summary.to_string()),
    };
    for name in sub_names(&cmd, layout.keep) {
        let sub = format!("{path} {name}");
        cmd = cmd.mut_subcommand(name, |s| lay_out(s, layout, &sub));
    }
    cmd
}

/// An option's `-h` text cut to its first clause ("The supplier the credits come
/// from (one supplier per retirement)" → "The supplier the credits come from");
/// `--help` keeps the whole.
fn brief(a: clap::Arg) -> clap::Arg {
    let Some(help) = a.get_help().map(|h| h.to_string()) else { return a };
    if a.is_positional() {
        return a;
    }
    let cut = [" (", "; ", ". ", ": ", ", and "].iter().filter_map(|p| help.find(p)).min();
    match cut {
        Some(at) if at >= 20 => {
            let short = help[..at].to_string();
            let long = a.get_long_help().map_or(help, |l| l.to_string());
            a.help(short).long_help(long)
        }
        _ => a,
    }
}

/// The width help is laid out for.
pub const WIDTH: usize = 80;

/// The global options `-h` names first: the ones people reach for.
const FIRST_GLOBALS: &[&str] = &["-o/--output", "--fields", "--jq", "-q/--quiet", "-v/--verbose", "--demo"];

/// One line for `-h`: "Global options: " and as many of the summary's flags
/// as fit before "… (isoreg help options)".
fn short_summary(summary: &str) -> String {
    let tail = " … (isoreg help options)";
    let mut line = "Global options:".to_string();
    let all: Vec<&str> = summary.lines().skip(1).flat_map(str::split_whitespace).collect();
    let first = FIRST_GLOBALS.iter().copied().filter(|f| all.contains(f));
    for flag in first.chain(all.iter().copied().filter(|f| !FIRST_GLOBALS.contains(f) && *f != "All")) {
        if line.chars().count() + 1 + flag.len() + tail.chars().count() > WIDTH {
            break;
        }
        line.push(' ');
        line.push_str(flag);
    }
    format!("{line}{tail}")
}

/// The examples of a help text with only the first kept ("Example (more with --help):"),
/// and what follows the examples (a note) kept as it is.
fn first_example(text: &str) -> String {
    let Some(rest) = text.strip_prefix("Examples:\n") else { return text.to_string() };
    let mut out = vec!["Example (more with --help):".to_string()];
    let mut lines = rest.lines().peekable();
    if let Some(first) = lines.next() {
        out.push(first.to_string());
    }
    while lines.peek().is_some_and(|l| l.starts_with("    ")) {
        out.extend(lines.next().map(str::to_string));
    }
    let tail: Vec<&str> = lines.skip_while(|l| !l.is_empty()).collect();
    out.extend(tail.iter().map(|l| l.to_string()));
    out.join("\n")
}

/// Every example line (`  isoreg …`) longer than `width` broken before its
/// options with `\` continuations, as a shell reads it; other lines as they are.
pub fn fit_examples(text: &str, width: usize) -> String {
    text.lines()
        .map(|l| {
            if l.trim_start().starts_with("isoreg ") && l.chars().count() > width {
                continued(l, width)
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// One command line as lines of at most `width` (a single word longer than that
/// stays whole): breaks only before an option, never inside quotes.
fn continued(line: &str, width: usize) -> String {
    let indent = line.len() - line.trim_start().len();
    let mut segments: Vec<String> = Vec::new();
    for word in words(line.trim_start()) {
        match segments.last_mut() {
            Some(last) if !word.starts_with('-') => {
                last.push(' ');
                last.push_str(&word);
            }
            _ => segments.push(word),
        }
    }
    let mut lines: Vec<String> = Vec::new();
    let mut cur = " ".repeat(indent);
    for seg in segments {
        let fresh = cur.trim().is_empty();
        if !fresh && cur.chars().count() + 1 + seg.chars().count() + 2 > width {
            lines.push(format!("{cur} \\"));
            cur = " ".repeat(indent + 4);
        }
        if !cur.trim().is_empty() {
            cur.push(' ');
        }
        cur.push_str(&seg);
    }
    lines.push(cur);
    lines.join("\n")
}

/// The words of a command line, quoted words kept whole with their quotes.
fn words(line: &str) -> Vec<String> {
    let (mut out, mut cur, mut quote) = (Vec::new(), String::new(), None);
    for c in line.chars() {
        match (c, quote) {
            (' ', None) => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            ('\'' | '"', None) => {
                quote = Some(c);
                cur.push(c);
            }
            (c, Some(q)) if c == q => {
                quote = None;
                cur.push(c);
            }
            (c, _) => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The names of `cmd`'s subcommands that `keep` keeps, without clap's own `help`.
fn sub_names(cmd: &clap::Command, keep: Keep) -> Vec<String> {
    cmd.get_subcommands().filter(|s| keep(s)).map(|s| s.get_name().to_string()).filter(|n| n != "help").collect()
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
    fn long_only_options_exist() {
        let root = command();
        for (path, ids) in LONG_ONLY {
            let cmd = path.split(' ').try_fold(&root, |c, n| c.find_subcommand(n)).expect(path);
            for id in *ids {
                assert!(cmd.get_arguments().any(|a| a.get_id() == *id), "{path}: no {id}");
            }
        }
    }

    #[test]
    fn laid_out_command_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn long_examples_continue_with_backslashes() {
        let ex = "Examples:\n  isoreg --demo transfer create 1.5 --to org_2TU3SKMRLNZVUU2J --supplier spl_YABW1L0SJQ0RH301 --note 'To our subsidiary' --dry-run";
        let fitted = fit_examples(ex, 80);
        assert_eq!(
            fitted,
            "Examples:\n  isoreg --demo transfer create 1.5 --to org_2TU3SKMRLNZVUU2J \\\n      --supplier spl_YABW1L0SJQ0RH301 --note 'To our subsidiary' --dry-run"
        );
        assert!(fitted.lines().all(|l| l.len() <= 80), "{fitted}");
    }

    #[test]
    fn short_help_keeps_the_first_example() {
        let text = "Examples:\n  isoreg a \\\n      --b c\n  isoreg d\n\nA note.";
        assert_eq!(first_example(text), "Example (more with --help):\n  isoreg a \\\n      --b c\n\nA note.");
    }
}
