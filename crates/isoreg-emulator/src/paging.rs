//! Relay pagination: `first`/`after`, `last`/`before`, opaque cursors (base64 of a tagged
//! offset) and the `{page_info, nodes, total_count}` envelope, plus the plain `{nodes, total_count}`.
//! The default page size and its maximum are the contract's (see `spec::page_limits`).

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Serialize;

use super::query::{FieldError, Query};

const TAG: &str = "emu1:";

/// The paging arguments of one request, validated.
#[derive(Debug, Default, Clone, Copy)]
pub struct PageArgs {
    first: Option<usize>,
    last: Option<usize>,
    after: Option<usize>,
    before: Option<usize>,
}

pub fn encode_cursor(offset: usize) -> String {
    URL_SAFE_NO_PAD.encode(format!("{TAG}{offset}"))
}

fn decode_cursor(s: &str) -> Option<usize> {
    let bytes = URL_SAFE_NO_PAD.decode(s.trim_end_matches('=')).ok()?;
    let text = std::str::from_utf8(&bytes).ok()?;
    text.strip_prefix(TAG)?.parse().ok()
}

fn parse_limit(q: &Query, name: &str, errs: &mut Vec<FieldError>) -> Option<usize> {
    let raw = q.get(name)?;
    let Ok(n) = raw.trim().parse::<i64>() else {
        let msg = "Input should be a valid integer, unable to parse string as an integer";
        errs.push(FieldError::query(name, msg, "int_parsing", raw));
        return None;
    };
    if n <= 0 {
        errs.push(FieldError::query(name, "Input should be greater than 0", "greater_than", raw));
        return None;
    }
    let max = super::spec::page_limits().1;
    if n > max as i64 {
        let msg = format!("Input should be less than or equal to {max}");
        errs.push(FieldError::query(name, msg, "less_than_equal", raw));
        return None;
    }
    Some(n as usize)
}

fn parse_cursor(q: &Query, name: &str, errs: &mut Vec<FieldError>) -> Option<usize> {
    let raw = q.get(name)?;
    if raw.is_empty() {
        let msg = "String should have at least 1 character";
        errs.push(FieldError::query(name, msg, "string_too_short", raw));
        return None;
    }
    let decoded = decode_cursor(raw);
    if decoded.is_none() {
        errs.push(FieldError::query(name, "Value error, invalid cursor", "value_error", raw));
    }
    decoded
}

impl PageArgs {
    /// Reads `first`, `last`, `after`, `before`, adding any problem to `errs`.
    pub fn parse(q: &Query, errs: &mut Vec<FieldError>) -> PageArgs {
        PageArgs {
            first: parse_limit(q, "first", errs),
            last: parse_limit(q, "last", errs),
            after: parse_cursor(q, "after", errs),
            before: parse_cursor(q, "before", errs),
        }
    }

    /// The half-open range of positions this page covers in a list of `total` items.
    pub fn window(&self, total: usize) -> (usize, usize) {
        let mut start = self.after.map_or(0, |a| a.saturating_add(1)).min(total);
        let end = self.before.map_or(total, |b| b.min(total));
        start = start.min(end);
        let first = match (self.first, self.last) {
            (None, None) => Some(super::spec::page_limits().0),
            (f, _) => f,
        };
        let end = first.map_or(end, |f| end.min(start + f));
        let start = self.last.map_or(start, |l| start.max(end.saturating_sub(l)));
        (start, end)
    }
}

#[derive(Serialize)]
pub struct PageInfo {
    end_cursor: Option<String>,
    has_next_page: bool,
    has_previous_page: bool,
    start_cursor: Option<String>,
}

/// A Relay page of nodes.
#[derive(Serialize)]
pub struct Paginated<T> {
    nodes: Vec<T>,
    page_info: PageInfo,
    total_count: usize,
}

/// A non-paginated list of nodes.
#[derive(Serialize)]
pub struct Listed<T> {
    pub nodes: Vec<T>,
    pub total_count: usize,
}

/// Builds the page of a list of `total` items; `get(i)` renders the item at position `i`.
pub fn paginate<T>(args: &PageArgs, total: usize, get: impl Fn(usize) -> T) -> Paginated<T> {
    let (start, end) = args.window(total);
    let nodes: Vec<T> = (start..end).map(get).collect();
    let empty = nodes.is_empty();
    Paginated {
        nodes,
        page_info: PageInfo {
            end_cursor: (!empty).then(|| encode_cursor(end - 1)),
            has_next_page: end < total,
            has_previous_page: start > 0,
            start_cursor: (!empty).then(|| encode_cursor(start)),
        },
        total_count: total,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(q: &str) -> PageArgs {
        let mut errs = Vec::new();
        let a = PageArgs::parse(&Query::parse(Some(q)), &mut errs);
        assert!(errs.is_empty(), "{errs:?}");
        a
    }

    #[test]
    fn windows_follow_relay() {
        assert_eq!(args("").window(25), (0, 10));
        assert_eq!(args("first=50").window(25), (0, 25));
        let after = format!("first=10&after={}", encode_cursor(9));
        assert_eq!(args(&after).window(25), (10, 20));
        let before = format!("last=5&before={}", encode_cursor(20));
        assert_eq!(args(&before).window(25), (15, 20));
        assert_eq!(args("last=5").window(25), (20, 25));
        let past = format!("after={}", encode_cursor(100));
        assert_eq!(args(&past).window(25), (25, 25));
    }

    #[test]
    fn rejects_bad_limits_and_cursors() {
        for q in ["first=0", "first=51", "first=abc", "last=-1", "after=", "after=zzz", "before=%%%"] {
            let mut errs = Vec::new();
            PageArgs::parse(&Query::parse(Some(q)), &mut errs);
            assert_eq!(errs.len(), 1, "{q}");
        }
    }
}
