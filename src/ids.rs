//! Validation of registry IDs before they go into a request path.
//!
//! An ID is checked three times: it must not be able to change the request path
//! (no `/`, `?`, `#`, `%`, `..`, whitespace or control characters, always a usage
//! error), it must have a lower-case prefix (`Kansas` or `CTB_…` is a usage error
//! giving the shape of that kind's IDs), a known prefix that belongs to another
//! resource (a `prj_…` given to `batch get`) is a usage error naming the command to
//! use instead, and it must have the length the API allows (20 to 37 characters).
//! Unknown lower-case prefixes go to the server as they are.
//!
//! The command line checks IDs when it is read: [`crate::cli::options::Id`] runs [`check`].
//!
//! IDs that come from the server are data, not user input: the spec puts no
//! pattern on them, so [`segment`] percent-encodes them into a path segment
//! instead of checking them.

use crate::error::{Error, Result};
use crate::sanitize::printable;

pub use crate::resource::Resource;
use crate::resource::by_prefix;

/// Checks that `raw` is safe to put into a path segment, has a lower-case prefix
/// and, if the prefix is known, that it is an ID of `expected`. Returns the ID unchanged.
pub fn check(raw: &str, expected: Resource) -> Result<String> {
    check_shape(raw, expected)?;
    if let Some(found) = kind_of(raw).filter(|r| *r != expected) {
        let cmd = found.kind().get_cmd;
        return Err(Error::usage(format!(
            "{}; use `{cmd} {}` instead.",
            wrong_kind(raw, found, expected),
            printable(raw)
        )));
    }
    check_length(raw, expected)?;
    Ok(raw.to_string())
}

/// The kind a known prefix names (`prj_…` → project), if any.
pub fn kind_of(raw: &str) -> Option<Resource> {
    let (prefix, _) = raw.split_once('_')?;
    by_prefix(prefix).map(|k| k.resource)
}

/// "'prj_…' is a project ID, not a supplier ID" (the start of a wrong-kind message).
pub fn wrong_kind(raw: &str, found: Resource, expected: Resource) -> String {
    format!(
        "'{}' is {} {} ID, not {} {} ID",
        printable(raw),
        found.article(),
        found.name(),
        expected.article(),
        expected.name()
    )
}

/// Path safety, then the prefix: present (`Kansas` is no ID) and lower-case (`CTB_…`).
fn check_shape(raw: &str, expected: Resource) -> Result<()> {
    // The example in check_safe's message is a credit batch's; show one of the kind asked for.
    let example = format!("{}_1DRBTYA8Q1S07CBY", expected.prefix());
    check_safe(raw, expected.name())
        .map_err(|e| Error { message: e.message.replace("ctb_1DRBTYA8Q1S07CBY", &example), ..e })?;
    let prefix = raw.split_once('_').map(|(p, _)| p).filter(|p| !p.is_empty());
    let Some(prefix) = prefix else {
        return Err(no_prefix(raw, expected));
    };
    if prefix.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()) {
        return Ok(());
    }
    let lower = prefix.to_ascii_lowercase();
    if by_prefix(&lower).is_some() {
        return Err(Error::usage(format!(
            "'{}': ID prefixes are lower-case: did you mean {lower}{}?",
            printable(raw),
            printable(&raw[prefix.len()..])
        )));
    }
    Err(no_prefix(raw, expected))
}

/// "'Kansas' is not a supplier ID; supplier IDs look like spl_1DRBTYA8Q1S07CBY (see `isoreg supplier list`)."
fn no_prefix(raw: &str, expected: Resource) -> Error {
    let name = expected.name();
    // Your own organisation is in no list: `me` names it.
    let list = match expected {
        Resource::Organisation => "`me` for yours, `isoreg transferee list` for the ones you can transfer to".into(),
        _ => format!("see `{}`", expected.kind().list_cmd),
    };
    Error::usage(format!(
        "'{}' is not {} {name} ID; {name} IDs look like {}_1DRBTYA8Q1S07CBY ({list}).",
        printable(raw),
        expected.article(),
        expected.prefix()
    ))
}

/// The contract's ID parameters are 20 to 37 characters long; anything else would be refused.
fn check_length(raw: &str, expected: Resource) -> Result<()> {
    let n = raw.chars().count();
    if (ID_LEN_MIN..=ID_LEN_MAX).contains(&n) {
        return Ok(());
    }
    Err(Error::usage(format!(
        "'{}' is not a valid {} ID: it has {n} characters, and IDs have {ID_LEN_MIN} to {ID_LEN_MAX} (like {}_1DRBTYA8Q1S07CBY).",
        printable(raw),
        expected.name(),
        expected.prefix()
    )))
}

/// The length bounds the API puts on every ID parameter (`minLength`, `maxLength`).
pub const ID_LEN_MIN: usize = 20;
pub const ID_LEN_MAX: usize = 37;

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

impl Resource {
    /// One item's path (`/orders/ord_…`), the ID written as one path segment ([`segment`]).
    pub fn item_path(self, id: &str) -> Result<String> {
        Ok(format!("{}/{}", self.path(), segment(id)?))
    }
    /// The list of `what` below one item (`/organisations/org_…/credit_batches`).
    pub fn below(self, id: &str, what: Resource) -> Result<String> {
        Ok(format!("{}/{}", self.item_path(id)?, what.kind().collection))
    }
}

/// An organisation's balance (`/organisations/org_…/credit_balance`).
pub fn balance_path(org: &str) -> Result<String> {
    Ok(format!("{}/credit_balance", Resource::Organisation.item_path(org)?))
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_and_unknown_prefix_ids() {
        assert!(check("ctb_1DRBTYA8Q1S07CBY", Resource::CreditBatch).is_ok());
        assert!(check("abc_1H0G39139CF0DZB2", Resource::CreditBatch).is_ok());
        assert!(check("nounderscore_at_all_here", Resource::Project).is_ok());
    }

    #[test]
    fn rejects_lengths_the_api_refuses() {
        for bad in ["ctb_1", "ctb_1DRBTYA8Q1S07CB", &format!("ctb_{}", "1".repeat(34))] {
            let e = check(bad, Resource::CreditBatch).unwrap_err();
            assert_eq!(e.exit_code(), 2, "{bad:?}");
            assert!(e.message.contains("20 to 37"), "{}", e.message);
        }
        assert!(check(&format!("ctb_{}", "1".repeat(33)), Resource::CreditBatch).is_ok());
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
    fn ids_need_a_lower_case_prefix() {
        let e = check("Kansas", Resource::Supplier).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(
            e.message.contains("supplier IDs look like spl_") && e.message.contains("isoreg supplier list"),
            "{}",
            e.message
        );
        let e = check("CTB_1DRBTYA8Q1S07CBY", Resource::CreditBatch).unwrap_err();
        assert!(e.message.contains("lower-case: did you mean ctb_1DRBTYA8Q1S07CBY?"), "{}", e.message);
        assert!(check("Kansas_City_Carbon_Co", Resource::Supplier).is_err());
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
