//! Dates and times typed in date filters: an absolute date (`2024-01-31`,
//! midnight UTC), an RFC 3339 time (`2024-01-31T12:00:00Z`), or an age back
//! from now (`7d`, `30d`, `12h`, `45m`, `2w`), as kubectl and gh take them.
//! A leaf module: the clock is passed in, so the arithmetic is tested exactly.

use crate::sanitize::printable;
use chrono::{DateTime, Duration, NaiveDate, Utc};

/// What a date filter accepts, for messages.
pub const FORMS: &str = "use 2024-01-31, 2024-01-31T12:00:00Z or an age like 7d, 12h, 30m or 2w";

/// `raw` as an instant: a date (midnight UTC), an RFC 3339 time, or `now` minus an age (in whole seconds).
pub fn instant(raw: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, String> {
    let raw = raw.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(raw) {
        return Ok(t.with_timezone(&Utc));
    }
    if let Ok(d) = NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        return Ok(d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc());
    }
    let age = age(raw).ok_or_else(|| format!("'{}' is not a date, a time or an age; {FORMS}.", printable(raw)))?;
    use chrono::SubsecRound;
    now.trunc_subsecs(0)
        .checked_sub_signed(age)
        .ok_or_else(|| format!("'{}' reaches back before any date isoreg can send.", printable(raw)))
}

/// `raw` as a day: a date, the day of an RFC 3339 time (UTC), or the day an age back from `now` falls on.
pub fn day(raw: &str, now: DateTime<Utc>) -> Result<NaiveDate, String> {
    instant(raw, now).map(|t| t.date_naive())
}

/// The instant as the API takes it (`2024-01-31T12:00:00Z`; fractions of a second only when there are some).
pub fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
}

/// `7d`, `12h`, `30m`, `2w`, `90s`: a whole number and one unit.
fn age(raw: &str) -> Option<Duration> {
    let unit = raw.chars().last()?;
    let digits = &raw[..raw.len() - unit.len_utf8()];
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let n: i64 = digits.parse().ok()?;
    let secs = match unit {
        's' => 1,
        'm' => 60,
        'h' => 3_600,
        'd' => 86_400,
        'w' => 604_800,
        _ => return None,
    };
    Duration::try_seconds(n.checked_mul(secs)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-12-06T08:30:15.123456Z").unwrap().with_timezone(&Utc)
    }

    #[test]
    fn absolute_forms() {
        assert_eq!(rfc3339(instant("2024-01-31", now()).unwrap()), "2024-01-31T00:00:00Z");
        assert_eq!(rfc3339(instant("2024-01-31T12:00:00+01:00", now()).unwrap()), "2024-01-31T11:00:00Z");
        assert_eq!(rfc3339(instant("2024-01-31T12:00:00.25Z", now()).unwrap()), "2024-01-31T12:00:00.250Z");
    }

    #[test]
    fn ages_back_from_now() {
        assert_eq!(rfc3339(instant("7d", now()).unwrap()), "2026-11-29T08:30:15Z");
        assert_eq!(rfc3339(instant("30d", now()).unwrap()), "2026-11-06T08:30:15Z");
        assert_eq!(rfc3339(instant("12h", now()).unwrap()), "2026-12-05T20:30:15Z");
        assert_eq!(rfc3339(instant("2w", now()).unwrap()), "2026-11-22T08:30:15Z");
        assert_eq!(rfc3339(instant("0d", now()).unwrap()), "2026-12-06T08:30:15Z");
        assert_eq!(day("30d", now()).unwrap().to_string(), "2026-11-06");
    }

    #[test]
    fn bad_values_say_what_is_taken() {
        for bad in ["7x", "d", "-3d", "7 d", "1.5d", "yesterday", "", "99999999999999999d", "9223372036854775807w"] {
            let e = instant(bad, now()).unwrap_err();
            assert!(e.contains("2024-01-31") || e.contains("reaches back"), "{bad}: {e}");
        }
    }
}
