//! Dynamic shell completion with clap_complete's engine (`CompleteEnv`): the
//! scripts `isoreg completions SHELL` prints (checked in under `completions/`)
//! only register a function that calls `ISOREG_COMPLETE=SHELL isoreg -- WORDS…`;
//! this module answers that call. Besides subcommands, options and enum values
//! (which clap knows), it offers the profiles of the config file for
//! `--profile`, and the IDs of the local copy (`isoreg sync`) for every
//! argument that takes an ID, with the record's name as the description.
//!
//! The local copy is opened read-only ([`Store::open_read`]) and only read;
//! any failure (no copy, no config) means no candidates, never an error.

use crate::resource::{KINDS, ResourceKind};
use crate::store::Store;
use clap_complete::CompletionCandidate;
use clap_complete::engine::ArgValueCompleter;
use std::ffi::OsStr;
use std::path::PathBuf;

/// The environment variable that turns a run into a completion request.
pub const VAR: &str = "ISOREG_COMPLETE";

/// Most IDs offered at once.
const MOST_IDS: usize = 200;

/// Answers a completion request and exits, if this run is one (`ISOREG_COMPLETE` set).
pub fn answer_if_asked() {
    use clap::CommandFactory;
    // `Cli::command()`, not the help layout's: that one hides the global options below the root.
    clap_complete::CompleteEnv::with_factory(|| annotate(super::Cli::command()))
        .var(VAR)
        .bin("isoreg")
        .completer("isoreg")
        .complete();
}

/// The registration script for `shell`: a function that asks isoreg for candidates.
pub fn script(shell: clap_complete::Shell) -> String {
    use clap_complete::Shell as S;
    use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};
    let completer: &dyn EnvCompleter = match shell {
        S::Bash => &Bash,
        S::Zsh => &Zsh,
        S::Fish => &Fish,
        S::PowerShell => &Powershell,
        _ => &Elvish,
    };
    let mut buf = Vec::new();
    let _ = completer.write_registration(VAR, "isoreg", "isoreg", "isoreg", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// `cmd` with completers on `--profile` and on every argument whose parser takes IDs.
pub fn annotate(cmd: clap::Command) -> clap::Command {
    let cmd = cmd.mut_args(|a| {
        if a.get_id() == "profile" {
            return a.add(ArgValueCompleter::new(profiles));
        }
        match id_kinds(&a) {
            Some((kinds, me)) => a.add(ArgValueCompleter::new(move |cur: &OsStr| ids(&kinds, me, cur))),
            None => a,
        }
    });
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    names.into_iter().fold(cmd, |c, n| c.mut_subcommand(n, annotate))
}

/// The kinds of ID `arg` takes (and whether it takes `me`), found by asking its
/// parser (an [`Id`](super::options::Id) parser): it refuses a word that is no
/// ID and accepts a sample ID of each such kind.
fn id_kinds(arg: &clap::Arg) -> Option<(Vec<&'static ResourceKind>, bool)> {
    if !arg.get_action().takes_values()
        || arg.get_value_parser().type_id() != std::any::TypeId::of::<super::options::Id>()
    {
        return None;
    }
    let parser = arg.get_value_parser().clone();
    let probe = clap::Command::new("probe").arg(clap::Arg::new("value").value_parser(parser));
    let accepts = |v: &str| probe.clone().try_get_matches_from(["probe", v]).is_ok();
    if accepts("Kansas") {
        return None;
    }
    let kinds: Vec<&'static ResourceKind> =
        KINDS.iter().filter(|k| accepts(&format!("{}_1DRBTYA8Q1S07CBY", k.prefixes[0]))).collect();
    (!kinds.is_empty() && kinds.len() < KINDS.len()).then(|| (kinds, accepts("me")))
}

/// The profiles of the config file, and the built-in ones.
fn profiles(cur: &OsStr) -> Vec<CompletionCandidate> {
    let path = crate::config::default_path(&crate::config::EnvVars::from_process()).ok();
    let file = path.and_then(|p| crate::config::load(&p).ok()).unwrap_or_default();
    let mut names: Vec<String> = file.profiles.keys().cloned().collect();
    for builtin in ["sandbox", "production"] {
        if !names.iter().any(|n| n == builtin) {
            names.push(builtin.to_string());
        }
    }
    let cur = cur.to_string_lossy();
    names.into_iter().filter(|n| n.starts_with(cur.as_ref())).map(CompletionCandidate::new).collect()
}

/// The IDs of `kinds` that start with `cur`, current in the local copy, with their names.
fn ids(kinds: &[&'static ResourceKind], me: bool, cur: &OsStr) -> Vec<CompletionCandidate> {
    let cur = cur.to_string_lossy();
    let mut out = Vec::new();
    if me && "me".starts_with(cur.as_ref()) {
        out.push(CompletionCandidate::new("me").help(Some("your own organisation".into())));
    }
    let Some(store) = local_copy().and_then(|p| Store::open_read(&p).ok()) else { return out };
    for kind in kinds {
        for prefix in kind.prefixes.iter().filter(|p| p.starts_with(cur.as_ref()) || cur.starts_with(*p)) {
            out.extend(ids_with_prefix(&store, kind, prefix, &cur));
        }
    }
    out
}

/// One kind's current IDs below `prefix_` that start with `cur`.
fn ids_with_prefix(store: &Store, kind: &ResourceKind, prefix: &str, cur: &str) -> Vec<CompletionCandidate> {
    let name = if kind.name_path.is_empty() {
        "NULL".to_string()
    } else {
        format!("json_extract(json, '$.{}')", kind.name_path.join("."))
    };
    let sql = format!(
        "SELECT DISTINCT id, {name} FROM record WHERE until_snap IS NULL AND substr(id, 1, ?1) = ?2 \
         AND substr(id, 1, ?3) = ?4 ORDER BY id LIMIT {MOST_IDS}"
    );
    let own = format!("{prefix}_");
    let Ok(mut stmt) = store.conn.prepare(&sql) else { return Vec::new() };
    let args = rusqlite::params![own.len() as i64, own, cur.len() as i64, cur];
    let rows = stmt.query_map(args, |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?)));
    let Ok(rows) = rows else { return Vec::new() };
    rows.flatten()
        .map(|(id, name)| {
            let help = name.filter(|n| !n.is_empty()).map(|n| crate::sanitize::sanitize(&n).into());
            CompletionCandidate::new(id).help(help)
        })
        .collect()
}

/// The local copy the command being completed would read: `--db FILE` on its
/// line, else `ISOREG_DB`, else the default file of the profile (`--profile`
/// on the line, `ISOREG_PROFILE`, the config's default, `sandbox`).
fn local_copy() -> Option<PathBuf> {
    let words: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    if let Some(db) = flag_value(&words, "--db") {
        return Some(PathBuf::from(db));
    }
    if let Some(db) = std::env::var_os("ISOREG_DB").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(db));
    }
    let profile = flag_value(&words, "--profile")
        .or_else(|| std::env::var("ISOREG_PROFILE").ok().filter(|p| !p.is_empty()))
        .or_else(|| {
            let path = crate::config::default_path(&crate::config::EnvVars::from_process()).ok()?;
            crate::config::load(&path).ok()?.default_profile
        })
        .unwrap_or_else(|| "sandbox".to_string());
    crate::store::default_path(&profile).ok()
}

/// The value of `--flag V` or `--flag=V` among `words`, the last one given.
fn flag_value(words: &[String], flag: &str) -> Option<String> {
    let eq = format!("{flag}=");
    let mut found = None;
    for (i, w) in words.iter().enumerate() {
        if w == flag {
            found = words.get(i + 1).cloned();
        } else if let Some(v) = w.strip_prefix(&eq) {
            found = Some(v.to_string());
        }
    }
    found.filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_kinds_an_argument_takes() {
        use clap::CommandFactory;
        let root = crate::cli::Cli::command();
        let batch = root.find_subcommand("batch").unwrap();
        let list = batch.find_subcommand("list").unwrap();
        let kinds = |cmd: &clap::Command, arg: &str| {
            let a = cmd.get_arguments().find(|a| a.get_id() == arg).unwrap();
            id_kinds(a).map(|(k, me)| (k.iter().map(|k| k.prefixes[0]).collect::<Vec<_>>(), me))
        };
        assert_eq!(kinds(list, "project"), Some((vec!["prj"], false)));
        assert_eq!(kinds(list, "status"), None);
        let get = batch.find_subcommand("get").unwrap();
        assert_eq!(kinds(get, "ids").map(|k| k.0), Some(vec!["ctb"]));
    }

    #[test]
    fn reads_db_and_profile_from_the_line() {
        let w: Vec<String> = ["isoreg", "--", "isoreg", "--db=/a", "find", "--db", "/b", ""].map(String::from).into();
        assert_eq!(flag_value(&w, "--db").as_deref(), Some("/b"));
        assert_eq!(flag_value(&w, "--profile"), None);
    }
}
