//! Serial numbers, read leniently and never trusted.
//!
//! A batch's serial is `ISO-1-<process>-<country>-<code>-<year>-<first>-<last>`:
//! a prefix naming the issue, then the inclusive range of credit numbers it
//! holds (`ISO-1-BSTORE-GBR-F5X7-2024-78177-81177`). What a user types may be
//! in any case, with spaces around dashes, and may name a single credit: the
//! prefix and one number (`…-2024-79000`), or a serial followed by a number
//! after a space, `#` or `:` (`…-78177-81177 #79000`). Any part may be all
//! digits, the project code too (`ISO-1-ERW-GBR-4217-2023-79000` is credit
//! 79000 of project 4217's 2023 issue): the registry's layout (six parts, then
//! the numbers) decides, and the year names where the numbers start. A serial
//! that does not parse is not guessed at: callers show it as it is.

/// A parsed serial: the prefix (upper case, no spaces) and a credit range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Serial {
    pub prefix: String,
    pub first: u64,
    pub last: u64,
}

impl Serial {
    /// Whether the two name the same issue and their ranges share a credit.
    pub fn overlaps(&self, other: &Serial) -> bool {
        self.prefix == other.prefix && self.first <= other.last && other.first <= self.last
    }

    /// Whether `self` holds every credit of `other`.
    pub fn contains(&self, other: &Serial) -> bool {
        self.prefix == other.prefix && self.first <= other.first && other.last <= self.last
    }
}

/// Reads a serial, a serial range or a single credit; `None` if it is not one.
pub fn parse(raw: &str) -> Option<Serial> {
    let s: String = raw.trim().to_ascii_uppercase();
    if let Some((head, n)) = split_credit(&s) {
        let whole = parse_range(head)?;
        let n: u64 = n.parse().ok()?;
        return (whole.first <= n && n <= whole.last).then_some(Serial { prefix: whole.prefix, first: n, last: n });
    }
    parse_range(&s)
}

/// `SERIAL #N` (or `:N`, ` N`) whose credit number lies outside the serial's
/// range: the serial read whole and the number, so that the caller can say so.
pub fn credit_outside(raw: &str) -> Option<(Serial, u64)> {
    let s: String = raw.trim().to_ascii_uppercase();
    let (head, n) = split_credit(&s)?;
    let whole = parse_range(head)?;
    let n: u64 = n.parse().ok()?;
    (n < whole.first || whole.last < n).then_some((whole, n))
}

/// `SERIAL #N`, `SERIAL:N` or `SERIAL N`: the serial and the number.
fn split_credit(s: &str) -> Option<(&str, &str)> {
    let i = s.rfind(['#', ':', ' '])?;
    let (head, tail) = (s[..i].trim_end_matches([' ', '#', ':']), s[i + 1..].trim());
    let digits = !tail.is_empty() && tail.bytes().all(|b| b.is_ascii_digit());
    (digits && !head.is_empty() && !head.ends_with('-')).then_some((head, tail))
}

fn parse_range(s: &str) -> Option<Serial> {
    let tokens: Vec<&str> = s.split('-').map(str::trim).collect();
    if tokens.len() < 4 || tokens[0] != "ISO" || tokens.iter().any(|t| t.is_empty() || t.contains(' ')) {
        return None;
    }
    let numeric = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let run = tokens.iter().rev().take_while(|t| numeric(t)).count();
    let n = tokens.len();
    // The registry's own layout, `ISO-1-<process>-<country>-<code>-<year>-<first>[-<last>]`:
    // one number after a year is a single credit, whatever the code looks like.
    let year = |t: &str| t.len() == 4 && numeric(t) && ("1900".."2200").contains(&t);
    let (prefix_end, first, last) = match run {
        0 | 1 => return None,
        _ if n == 7 && year(tokens[5]) => (n - 1, tokens[n - 1], tokens[n - 1]),
        2 => (n - 1, tokens[n - 1], tokens[n - 1]),
        _ => (n - 2, tokens[n - 2], tokens[n - 1]),
    };
    let (first, last): (u64, u64) = (first.parse().ok()?, last.parse().ok()?);
    (first <= last).then(|| Serial { prefix: tokens[..prefix_end].join("-"), first, last })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(prefix: &str, first: u64, last: u64) -> Option<Serial> {
        Some(Serial { prefix: prefix.into(), first, last })
    }

    #[test]
    fn reads_ranges_single_credits_and_sloppy_input() {
        let p = "ISO-1-BSTORE-GBR-F5X7-2024";
        assert_eq!(parse("ISO-1-BSTORE-GBR-F5X7-2024-78177-81177"), s(p, 78177, 81177));
        assert_eq!(parse("  iso-1-bstore-gbr-f5x7-2024 - 78177 - 81177 "), s(p, 78177, 81177));
        assert_eq!(parse("ISO-1-BSTORE-GBR-F5X7-2024-79000"), s(p, 79000, 79000));
        assert_eq!(parse("ISO-1-BSTORE-GBR-F5X7-2024-78177-81177 #79000"), s(p, 79000, 79000));
        assert_eq!(parse("ISO-1-BSTORE-GBR-F5X7-2024-78177-81177:79000"), s(p, 79000, 79000));
    }

    #[test]
    fn all_digit_project_codes_are_read_like_any_other() {
        let p = "ISO-1-ERW-GBR-4217-2023";
        assert_eq!(parse("ISO-1-ERW-GBR-4217-2023-79000"), s(p, 79000, 79000));
        assert_eq!(parse("ISO-1-ERW-GBR-4217-2023-78177-81177"), s(p, 78177, 81177));
        assert_eq!(parse("ISO-1-ERW-GBR-4217-2023-78177-81177 #79000"), s(p, 79000, 79000));
        assert_eq!(parse("iso-1-erw-gbr-4217-2023 - 79000"), s(p, 79000, 79000));
        // A year-like code still leaves the credit number to the last part.
        assert_eq!(parse("ISO-1-ERW-GBR-2023-2023-5"), s("ISO-1-ERW-GBR-2023-2023", 5, 5));
        // Without a code, a range after the year is still a range.
        assert_eq!(parse("ISO-1-BSTORE-GBR-2024-78177-81177"), s("ISO-1-BSTORE-GBR-2024", 78177, 81177));
        let whole = parse("ISO-1-ERW-GBR-4217-2023-78177-81177").unwrap();
        assert!(whole.contains(&parse("ISO-1-ERW-GBR-4217-2023-79000").unwrap()));
    }

    #[test]
    fn a_credit_outside_the_range_is_told_apart() {
        let (whole, n) = credit_outside("ISO-1-BSTORE-GBR-F5X7-2024-78177-81177 #5").unwrap();
        assert_eq!((whole, n), (s("ISO-1-BSTORE-GBR-F5X7-2024", 78177, 81177).unwrap(), 5));
        assert_eq!(credit_outside("ISO-1-BSTORE-GBR-F5X7-2024-78177-81177 #79000"), None);
        assert_eq!(credit_outside("ISO-1-BSTORE-GBR-F5X7-2024-78177"), None);
    }

    #[test]
    fn refuses_what_is_not_a_serial() {
        for bad in [
            "",
            "biochar",
            "ISO-1",
            "ISO-1-BSTORE-GBR-F5X7-2024-81177-78177",
            "ISO-1-BSTORE-GBR-F5X7-2024-78177-81177 #5",
            "ISO-1-BSTORE-GBR-F5X7-2024-99999999999999999999999-1",
            "ABC-1-BSTORE-GBR-F5X7-2024-1-2",
            "ISO--BSTORE-2024-1-2",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn overlap_and_containment() {
        let a = parse("ISO-1-X-GBR-A-2024-10-20").unwrap();
        assert!(a.contains(&parse("ISO-1-X-GBR-A-2024-15").unwrap()));
        assert!(a.overlaps(&parse("ISO-1-X-GBR-A-2024-20-30").unwrap()));
        assert!(!a.overlaps(&parse("ISO-1-X-GBR-B-2024-10-20").unwrap()));
    }
}
