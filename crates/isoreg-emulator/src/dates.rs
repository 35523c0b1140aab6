//! Compact dates and timestamps (days / seconds since the Unix epoch, UTC) and their
//! ISO 8601 forms, formatted without allocation on the hot serialization path.

use serde::{Serialize, Serializer};

pub const DAY: i64 = 86_400;

/// Seconds since the Unix epoch now (0 if the clock is before it).
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date (year, month, day) of a day count.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Seconds since the epoch of midnight UTC of a civil date.
pub fn ts(y: i64, m: u32, d: u32) -> i64 {
    days_from_civil(y, m, d) * DAY
}

fn push_num(buf: &mut [u8], at: usize, width: usize, mut v: i64) {
    for i in (0..width).rev() {
        buf[at + i] = b'0' + (v % 10) as u8;
        v /= 10;
    }
}

fn date_bytes(days: i64) -> [u8; 10] {
    let (y, m, d) = civil_from_days(days);
    let mut b = *b"0000-00-00";
    push_num(&mut b, 0, 4, y.clamp(0, 9999));
    push_num(&mut b, 5, 2, m.into());
    push_num(&mut b, 8, 2, d.into());
    b
}

/// A timestamp, serialized as `YYYY-MM-DDTHH:MM:SSZ`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ts(pub i64);

impl Ts {
    fn bytes(self) -> [u8; 20] {
        let mut b = *b"0000-00-00T00:00:00Z";
        let days = self.0.div_euclid(DAY);
        let secs = self.0.rem_euclid(DAY);
        b[..10].copy_from_slice(&date_bytes(days));
        push_num(&mut b, 11, 2, secs / 3600);
        push_num(&mut b, 14, 2, secs / 60 % 60);
        push_num(&mut b, 17, 2, secs % 60);
        b
    }
}

impl Serialize for Ts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let b = self.bytes();
        s.serialize_str(std::str::from_utf8(&b).unwrap_or_default())
    }
}

impl std::fmt::Display for Ts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(std::str::from_utf8(&self.bytes()).unwrap_or_default())
    }
}

/// A calendar date (days since the epoch), serialized as `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(pub i64);

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let b = date_bytes(self.0);
        s.serialize_str(std::str::from_utf8(&b).unwrap_or_default())
    }
}

/// The year of a timestamp.
pub fn year_of(ts: i64) -> i64 {
    civil_from_days(ts.div_euclid(DAY)).0
}

/// Parses a query date-time: RFC 3339, a naive `YYYY-MM-DDTHH:MM:SS` (UTC) or a plain `YYYY-MM-DD`.
pub fn parse_query_time(s: &str) -> Option<i64> {
    let s = s.trim();
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(t.timestamp());
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f"] {
        if let Ok(t) = chrono::NaiveDateTime::parse_from_str(s, fmt) {
            return Some(t.and_utc().timestamp());
        }
    }
    let d = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()?;
    Some(d.and_hms_opt(0, 0, 0)?.and_utc().timestamp())
}

/// Like [`parse_query_time`], in microseconds since the epoch, keeping the fraction of a
/// second (a server compares the whole instant; digits past the microsecond are cut).
pub fn parse_query_time_us(s: &str) -> Option<i64> {
    let s = s.trim();
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(t.timestamp_micros());
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f"] {
        if let Ok(t) = chrono::NaiveDateTime::parse_from_str(s, fmt) {
            return Some(t.and_utc().timestamp_micros());
        }
    }
    parse_query_time(s).map(|t| t.saturating_mul(1_000_000))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip_and_format() {
        for days in [-1000, 0, 365, 19_000, 20_000, 20_500] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(Ts(ts(2023, 11, 7) + 5 * 3600 + 31 * 60 + 56).to_string(), "2023-11-07T05:31:56Z");
        let json = serde_json::to_string(&Day(days_from_civil(2024, 2, 29))).unwrap();
        assert_eq!(json, "\"2024-02-29\"");
    }

    #[test]
    fn parses_query_times() {
        assert_eq!(parse_query_time("2024-01-01"), Some(ts(2024, 1, 1)));
        assert_eq!(parse_query_time("2024-01-01T00:00:00Z"), Some(ts(2024, 1, 1)));
        assert_eq!(parse_query_time("2024-01-01T01:00:00+01:00"), Some(ts(2024, 1, 1)));
        assert_eq!(parse_query_time("2024-01-01T00:00:00"), Some(ts(2024, 1, 1)));
        assert_eq!(parse_query_time("yesterday"), None);
        assert_eq!(parse_query_time("2024-13-01"), None);
        let t = ts(2024, 1, 1) * 1_000_000;
        assert_eq!(parse_query_time_us("2024-01-01T00:00:00.000001Z"), Some(t + 1));
        assert_eq!(parse_query_time_us("2023-12-31T23:59:59.999999Z"), Some(t - 1));
        assert_eq!(parse_query_time_us("2024-01-01"), Some(t));
    }
}
