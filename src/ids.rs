//! Validation of registry IDs before they go into a request path.
//!
//! An ID is checked twice: it must not be able to change the request path
//! (no `/`, `?`, `#`, `%`, `..`, whitespace or control characters, always a usage
//! error), and a known prefix that belongs to another resource (a `prj_…` given to
//! `batch get`) is a usage error naming the command to use instead. Unknown
//! prefixes go to the server as they are.
//!
//! IDs that come from the server are data, not user input: the spec puts no
//! pattern on them, so [`segment`] percent-encodes them into a path segment
//! instead of checking them.

use crate::error::{Error, Result};

/// A kind of registry resource, identified by its ID prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    CreditBatch,
    Issuance,
    Organisation,
    Supplier,
    Project,
    Order,
    Delivery,
    Retirement,
    Transfer,
    Refund,
    Removal,
}

const PREFIXES: &[(&str, Resource, &str, &str)] = &[
    ("ctb", Resource::CreditBatch, "credit batch", "isoreg batch get"),
    ("iss", Resource::Issuance, "issuance", "isoreg issuance get"),
    ("org", Resource::Organisation, "organisation", "isoreg org get"),
    ("spl", Resource::Supplier, "supplier", "isoreg supplier get"),
    ("prj", Resource::Project, "project", "isoreg project get"),
    ("ord", Resource::Order, "order", "isoreg order get"),
    ("dlv", Resource::Delivery, "delivery", "isoreg delivery get"),
    ("ret", Resource::Retirement, "retirement", "isoreg retirement get"),
    ("trf", Resource::Transfer, "transfer", "isoreg transfer get"),
    ("bpr", Resource::Refund, "refund", "isoreg refund get"),
    ("rmv", Resource::Removal, "removal", "isoreg api /removals/ID"),
];

impl Resource {
    /// The human name of the resource ("credit batch").
    pub fn name(self) -> &'static str {
        PREFIXES.iter().find(|p| p.1 == self).map_or("resource", |p| p.2)
    }
    /// The ID prefix of the resource ("ctb").
    pub fn prefix(self) -> &'static str {
        PREFIXES.iter().find(|p| p.1 == self).map_or("", |p| p.0)
    }
}

/// Checks that `raw` is safe to put into a path segment and, if it carries a
/// known prefix, that it is an ID of `expected`. Returns the ID unchanged.
pub fn check(raw: &str, expected: Resource) -> Result<String> {
    check_safe(raw, expected.name())?;
    if let Some((prefix, _)) = raw.split_once('_')
        && let Some((_, res, name, cmd)) = PREFIXES.iter().find(|p| p.0 == prefix)
        && *res != expected
    {
        return Err(Error::usage(format!(
            "'{}' is a {name} ID, not a {} ID; use `{cmd} {}` instead.",
            printable(raw),
            expected.name(),
            printable(raw)
        )));
    }
    Ok(raw.to_string())
}

/// Checks only that `raw` cannot change the request path.
pub fn check_safe(raw: &str, what: &str) -> Result<()> {
    if raw.is_empty() {
        return Err(Error::usage(format!("The {what} ID is empty.")));
    }
    let bad_char =
        raw.chars().find(|c| matches!(c, '/' | '\\' | '?' | '#' | '%') || c.is_whitespace() || c.is_control());
    if let Some(c) = bad_char {
        return Err(Error::usage(format!(
            "'{}' is not a valid {what} ID: it contains {}; IDs look like ctb_1DRBTYA8Q1S07CBY.",
            printable(raw),
            describe(c)
        )));
    }
    if raw.contains("..") || raw == "." {
        return Err(Error::usage(format!(
            "'{}' is not a valid {what} ID: it contains '..'; IDs look like ctb_1DRBTYA8Q1S07CBY.",
            printable(raw)
        )));
    }
    if raw.len() > 64 {
        return Err(Error::usage(format!(
            "The {what} ID is {} characters long; registry IDs are at most 37.",
            raw.len()
        )));
    }
    Ok(())
}

/// Characters left as they are in a path segment: RFC 3986's unreserved ones.
const SEGMENT: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// An ID the server sent, percent-encoded as one path segment (`a b` → `a%20b`,
/// `a/b` → `a%2Fb`). Only the IDs no encoding can make a plain segment (empty,
/// `.` and `..`) are refused, as a bad answer.
pub fn segment(id: &str) -> Result<String> {
    if matches!(id, "" | "." | "..") {
        return Err(Error::bad_answer(format!(
            "The server sent the ID '{}', which cannot name anything in a URL path.",
            printable(id)
        )));
    }
    Ok(percent_encoding::utf8_percent_encode(id, SEGMENT).to_string())
}

fn describe(c: char) -> String {
    match c {
        ' ' => "a space".into(),
        c if c.is_control() || c.is_whitespace() => format!("the control character U+{:04X}", c as u32),
        c => format!("'{c}'"),
    }
}

/// The ID with control characters escaped, safe to show in a message.
pub fn printable(raw: &str) -> String {
    raw.chars().flat_map(|c| c.escape_debug()).take(80).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_and_unknown_prefix_ids() {
        assert!(check("ctb_1DRBTYA8Q1S07CBY", Resource::CreditBatch).is_ok());
        assert!(check("abc_1H0G39139CF0DZB2", Resource::CreditBatch).is_ok());
        assert!(check("nounderscore", Resource::Project).is_ok());
    }

    #[test]
    fn rejects_path_changers() {
        for bad in ["../organisations/x", "a/b", "a b", "a?x=1", "a#b", "a%2F", "a\u{1b}b", "..", "a\tb", ""] {
            let e = check(bad, Resource::CreditBatch).unwrap_err();
            assert_eq!(e.exit_code(), 2, "{bad:?}");
        }
    }

    #[test]
    fn wrong_known_prefix_names_the_right_command() {
        let e = check("prj_1CTWZQGKE1S0VAXA", Resource::CreditBatch).unwrap_err();
        assert!(e.message.contains("isoreg project get"), "{}", e.message);
    }

    #[test]
    fn server_ids_are_encoded_not_refused() {
        assert_eq!(segment("voluptate sed et esse labor").unwrap(), "voluptate%20sed%20et%20esse%20labor");
        assert_eq!(segment("../a/b?c#d%e").unwrap(), "..%2Fa%2Fb%3Fc%23d%25e");
        assert_eq!(segment("ctb_1DRBTYA8Q1S07CBY").unwrap(), "ctb_1DRBTYA8Q1S07CBY");
        assert_eq!(segment("é").unwrap(), "%C3%A9");
        for bad in ["", ".", ".."] {
            assert_eq!(segment(bad).unwrap_err().exit_code(), 6);
        }
    }

    #[test]
    fn control_chars_are_escaped_in_messages() {
        let e = check("a\u{1b}[31mb", Resource::CreditBatch).unwrap_err();
        assert!(!e.message.contains('\u{1b}'));
    }
}
