//! Hints added to clap's usage errors, where clap alone would leave the user
//! guessing: an organisation option a command spells differently
//! (`retirement list --from` → `--owner ORG|me` or `--beneficiary ORG|me`), and
//! the old spelling of the transfer write (`transfer 1.5 …` → `transfer create 1.5 …`),
//! a mistyped name after `isoreg help`, and a noun given without a verb.
//!
//! clap already suggests similar subcommands and flags ("did you mean"); these
//! hints cover what no spelling distance finds.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// Flags people reach for to name an organisation.
const ORG_FLAGS: &[&str] = &[
    "--org",
    "--organisation",
    "--organization",
    "--owner",
    "--from",
    "--to",
    "--from-org",
    "--to-org",
    "--beneficiary",
];

/// `e` with a hint added when one helps; otherwise `e` unchanged.
pub fn improve(mut e: clap::Error, root: &clap::Command) -> clap::Error {
    let path = command_path(&e);
    let Some(cmd) = find(root, &path) else { return e };
    let invalid = match e.get(ContextKind::InvalidSubcommand).or_else(|| e.get(ContextKind::InvalidArg)) {
        Some(ContextValue::String(s)) => s.clone(),
        _ => return e,
    };
    let suggested = e.get(ContextKind::Suggested).is_some();
    let tip = match e.kind() {
        ErrorKind::InvalidSubcommand if path == ["transfer"] => crate::commands::transfer::old_spelling(&invalid),
        // `isoreg help batc`: clap suggests nothing there.
        ErrorKind::InvalidSubcommand if !suggested => closest(cmd, &invalid),
        ErrorKind::UnknownArgument if ORG_FLAGS.contains(&flag_name(&invalid)) => org_options(cmd, &path),
        _ => None,
    };
    let Some(tip) = tip else { return e };
    let mut tips = match e.get(ContextKind::Suggested) {
        Some(ContextValue::StyledStrs(v)) => v.clone(),
        _ => Vec::new(),
    };
    tips.push(tip.into());
    e.insert(ContextKind::Suggested, ContextValue::StyledStrs(tips));
    e
}

/// For a noun given without a verb (`isoreg batch`), its help: the verbs it has.
/// clap shows it itself only when nothing else is on the command line, and an
/// environment variable such as `ISOREG_PROFILE` counts as something.
pub fn help_for_missing_verb(e: &clap::Error, root: &mut clap::Command) -> Option<String> {
    if e.kind() != ErrorKind::MissingSubcommand {
        return None;
    }
    let path = command_path(e);
    root.build();
    let cmd = path.iter().try_fold(&mut *root, |cmd, name| cmd.find_subcommand_mut(name))?;
    Some(cmd.render_help().to_string())
}

/// "a similar command exists: 'batch'", for a name one or two edits away from a subcommand of `cmd`.
fn closest(cmd: &clap::Command, typed: &str) -> Option<String> {
    let (d, name) =
        cmd.get_subcommands().map(|s| (edits(typed, s.get_name()), s.get_name())).filter(|(d, _)| *d <= 2).min()?;
    (d > 0).then(|| format!("a similar command exists: '{name}'"))
}

/// The Levenshtein distance between `a` and `b`.
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// `--from=x` → `--from`.
fn flag_name(raw: &str) -> &str {
    raw.split('=').next().unwrap_or(raw)
}

/// The command the error is about, from its usage line (`Usage: isoreg retirement list [OPTIONS]`).
fn command_path(e: &clap::Error) -> Vec<String> {
    let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) else { return Vec::new() };
    let text = usage.to_string();
    let line = text.lines().find_map(|l| l.trim().strip_prefix("Usage: ")).unwrap_or_default();
    line.split_whitespace().skip(1).take_while(|w| !w.starts_with(['[', '<', '-'])).map(str::to_string).collect()
}

/// The subcommand of `root` at `path`.
fn find<'a>(root: &'a clap::Command, path: &[String]) -> Option<&'a clap::Command> {
    path.iter().try_fold(root, |cmd, name| cmd.find_subcommand(name))
}

/// "`retirement list` takes an organisation as --owner ORG|me (…) or --beneficiary ORG|me (…)".
fn org_options(cmd: &clap::Command, path: &[String]) -> Option<String> {
    let takes: Vec<String> = cmd
        .get_arguments()
        .filter(|a| a.get_value_names().is_some_and(|v| v.iter().any(|n| n.as_str().starts_with("ORG"))))
        .map(|a| {
            let spelled = match a.get_long() {
                Some(l) => format!("--{l} ORG|me"),
                None => "ORG|me".to_string(),
            };
            let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
            let first = help.split(" (").next().unwrap_or_default().trim_end_matches('.').to_lowercase();
            format!("{spelled} ({first})")
        })
        .collect();
    if takes.is_empty() {
        return Some(format!("`isoreg {}` takes no organisation", path.join(" ")));
    }
    Some(format!("`isoreg {}` takes an organisation as {}", path.join(" "), takes.join(" or ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(args: &[&str]) -> String {
        let root = crate::help::command();
        let e = root.clone().try_get_matches_from(args).unwrap_err();
        improve(e, &root).to_string()
    }

    #[test]
    fn retirement_list_from_names_owner_and_beneficiary() {
        let e = err(&["isoreg", "retirement", "list", "--from", "me"]);
        assert!(e.contains("--owner ORG|me (only retirements by this owner organisation)"), "{e}");
        assert!(e.contains("--beneficiary ORG|me"), "{e}");
    }

    #[test]
    fn help_of_a_mistyped_command_suggests_the_command() {
        let e = err(&["isoreg", "help", "batc"]);
        assert!(e.contains("a similar command exists: 'batch'"), "{e}");
        assert_eq!(edits("lst", "list"), 1);
        assert_eq!(edits("", "ab"), 2);
    }

    #[test]
    fn old_transfer_spelling_points_to_create() {
        let e = err(&["isoreg", "transfer", "1.5", "--to", "org_2TU3SKMRLNZVUU2J"]);
        assert!(e.contains("isoreg transfer create 1.5 --to ORG"), "{e}");
        let e = err(&["isoreg", "transfer", "lst"]);
        assert!(e.contains("'list'") && !e.contains("create"), "{e}");
    }
}
