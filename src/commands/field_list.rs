//! `--fields` with no value: the fields a command can show, one per line, as
//! `gh … --json` does, without a request. They come from the command's
//! [`Plan`]: the contract's fields of the resource it shows (generated into
//! `crate::resource::fields`), then the paths of its columns and detail rows.

use crate::error::{Error, Result};
use crate::render::Plan;

use crate::cli::options::FIELDS_ASKED as ASKED;

/// Whether `--fields` was given without a value.
pub fn asked(fields: &Option<Vec<String>>) -> bool {
    fields.as_ref().is_some_and(|f| f.iter().any(|v| v == ASKED))
}

/// The fields of the command at `path` (`["batch", "get"]`), one per line.
pub fn text(path: &[&str]) -> Result<String> {
    let plan = plan_for(path).ok_or_else(|| no_fixed_fields(path))?;
    let mut out = String::new();
    for f in crate::render::columns::known_fields(plan, None) {
        out.push_str(&f);
        out.push('\n');
    }
    Ok(out)
}

/// The plan a command renders with, if its fields are fixed.
fn plan_for(path: &[&str]) -> Option<&'static Plan> {
    use super::*;
    let sub = path.get(1).copied().unwrap_or_default();
    Some(match (path.first().copied().unwrap_or_default(), sub) {
        ("batch", _) | (_, "batches") => &batch::PLAN,
        ("issuance", _) | ("supplier", "issuances") => &issuance::PLAN,
        ("delivery", _) | ("order" | "supplier", "deliveries") => &delivery::PLAN,
        ("retirement", _) => &retirement::PLAN,
        ("transfer", "list" | "get") => &transfer::PLAN,
        ("refund", _) => &refund::PLAN,
        ("order", _) | ("supplier", "orders") => &order::PLAN,
        ("project", "documents") => &project::DOCUMENTS,
        ("project", _) | ("supplier", "projects") => &project::PLAN,
        ("supplier", _) => &supplier::PLAN,
        ("org", _) | ("beneficiary", "list") | ("transferee", _) => &org::PLAN,
        ("balance", _) => &balance::ROWS,
        ("reconcile", _) => &reconcile::PLAN,
        ("auth", _) => &auth::PLAN,
        ("sync", _) => &local::sync::PLAN,
        ("diff", _) => &local::diff::PLAN,
        ("report", _) => &report::data::CSV_PLAN,
        _ => return None,
    })
}

/// The usage error for a command whose fields depend on what it is asked.
fn no_fixed_fields(path: &[&str]) -> Error {
    if path.is_empty() {
        return Error::usage("--fields alone lists the fields of a command: `isoreg batch get --fields`.");
    }
    let cmd = path.join(" ");
    let why = match path.first().copied().unwrap_or_default() {
        "sql" => "its fields are the columns of the SELECT (`isoreg sql --schema` lists the views' columns)",
        "api" => "it prints the server's JSON as it is (`--jq 'keys'` shows a record's keys)",
        "find" => "its fields depend on what is found; `--fields` on the `get` command it names lists them",
        _ => "it has no fixed set of fields",
    };
    Error::usage(format!("`isoreg {cmd}` cannot list its fields: {why}."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_the_contract_fields_and_the_columns() {
        let t = text(&["batch", "get"]).unwrap();
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines[0], "id");
        assert!(lines.contains(&"size.credit_kgs") && lines.contains(&"owner.name"), "{t}");
        assert!(text(&["delivery", "batches"]).unwrap().contains("serial_number"));
        assert!(text(&["supplier", "projects"]).unwrap().contains("pathway"));
        let e = text(&["sql"]).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("columns of the SELECT"), "{e}");
    }

    #[test]
    fn only_a_bare_flag_asks() {
        assert!(asked(&Some(vec![ASKED.to_string()])));
        assert!(!asked(&Some(vec!["id".to_string()])));
        assert!(!asked(&None));
    }
}
