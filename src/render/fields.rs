//! Dotted paths into JSON records: reading `size.credit_kgs`, flattening a
//! record into leaf paths (for CSV), picking `--fields` (for JSON), and
//! checking that every requested field exists.

use crate::error::{Error, Result};
use serde_json::{Map, Value};

/// The value at a dotted path, if any.
pub fn get<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |cur, key| cur.get(key))
}

/// Whether `inner` is a path below `outer` (`size.credits` is below `size`).
pub fn is_below(inner: &str, outer: &str) -> bool {
    inner.strip_prefix(outer).is_some_and(|rest| rest.starts_with('.'))
}

/// Whether a value is a credit quantity (`{"credit_kgs": …}`).
pub fn is_quantity(v: &Value) -> bool {
    v.get("credit_kgs").is_some_and(crate::quantity::is_integer)
}

/// Every leaf path of a record, in order; quantities and empty objects count as leaves' parents.
pub fn leaf_paths(v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    walk(v, String::new(), &mut out);
    out
}

fn walk(v: &Value, prefix: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (k, child) in m {
                let p = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                walk(child, p, out);
            }
        }
        _ if !prefix.is_empty() => out.push(prefix),
        _ => {}
    }
}

/// All paths a record offers: every leaf and every object on the way.
pub fn all_paths(v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for leaf in leaf_paths(v) {
        let parts: Vec<&str> = leaf.split('.').collect();
        for i in 1..=parts.len() {
            let p = parts[..i].join(".");
            if !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out
}

/// Checks requested fields against the known ones; an unknown one is a usage
/// error listing the valid ones.
pub fn validate(requested: &[String], known: &[String]) -> Result<()> {
    let unknown: Vec<&String> = requested.iter().filter(|f| !known.contains(f)).collect();
    if unknown.is_empty() {
        return Ok(());
    }
    let names: Vec<String> = unknown.iter().map(|u| crate::sanitize::printable(u)).collect();
    Err(Error::usage(format!(
        "Unknown field{} {} for --fields; valid fields: {}.",
        if unknown.len() > 1 { "s" } else { "" },
        names.join(", "),
        known.join(", ")
    )))
}

/// A copy of `v` holding only `fields` (nested as in the original), in the order asked.
pub fn select(v: &Value, fields: &[String]) -> Value {
    let mut out = Value::Object(Map::new());
    for f in fields {
        let Some(found) = get(v, f) else { continue };
        let mut cur = &mut out;
        let parts: Vec<&str> = f.split('.').collect();
        for (i, key) in parts.iter().enumerate() {
            let Value::Object(m) = cur else { break };
            if i + 1 == parts.len() {
                m.insert((*key).to_string(), found.clone());
                break;
            }
            cur = m.entry((*key).to_string()).or_insert_with(|| Value::Object(Map::new()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paths_and_selection() {
        let v = json!({"id":"a","size":{"credit_kgs":5,"credits":0.005},"owner":null});
        assert_eq!(get(&v, "size.credit_kgs"), Some(&json!(5)));
        assert_eq!(leaf_paths(&v), vec!["id", "size.credit_kgs", "size.credits", "owner"]);
        assert!(all_paths(&v).contains(&"size".to_string()));
        let s = select(&v, &["size.credit_kgs".into(), "id".into()]);
        assert_eq!(s.to_string(), r#"{"size":{"credit_kgs":5},"id":"a"}"#);
    }

    #[test]
    fn unknown_fields_list_valid_ones() {
        let e = validate(&["nope".into()], &["id".into(), "status".into()]).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.message.contains("id, status"));
    }
}
