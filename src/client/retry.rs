//! When to try a GET again: which statuses are transient, exponential backoff
//! with jitter, and the server's `Retry-After` (seconds or an HTTP date).

use reqwest::header::{HeaderMap, RETRY_AFTER};
use std::time::{Duration, SystemTime};

/// The longest isoreg waits between two tries, whatever `Retry-After` says.
pub const MAX_WAIT: Duration = Duration::from_secs(30);

/// The wait before the next try after an answer with `status`, or `None` when
/// the answer is final (success, or an error that a retry cannot fix).
pub fn delay_for_status(status: u16, headers: &HeaderMap, attempt: u32) -> Option<Duration> {
    if !matches!(status, 429 | 502 | 503 | 504) {
        return None;
    }
    Some(retry_after(headers).unwrap_or_else(|| backoff(attempt)).min(MAX_WAIT))
}

/// Whether a wait of `wait` after `elapsed` still leaves time for one more
/// try within a request's `budget` (at least a tenth of a second).
pub fn fits_budget(elapsed: Duration, wait: Duration, budget: Duration) -> bool {
    elapsed.saturating_add(wait).saturating_add(Duration::from_millis(100)) < budget
}

/// Exponential backoff with full jitter: 200 ms, 400 ms, 800 ms… (capped at
/// 10 s), each scaled by a random factor in [0.5, 1.0).
pub fn backoff(attempt: u32) -> Duration {
    let base = 200u64.saturating_mul(1u64 << attempt.saturating_sub(1).min(6)).min(10_000);
    let jitter = 0.5 + rand::random::<f64>() / 2.0;
    Duration::from_millis((base as f64 * jitter) as u64)
}

/// Parses `Retry-After` as delay-seconds or an HTTP date.
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let v = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(when.duration_since(SystemTime::now()).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn only_transient_statuses_retry() {
        let h = HeaderMap::new();
        for s in [429, 502, 503, 504] {
            assert!(delay_for_status(s, &h, 1).is_some());
        }
        for s in [200, 400, 401, 403, 404, 422, 500] {
            assert!(delay_for_status(s, &h, 1).is_none());
        }
    }

    #[test]
    fn honours_retry_after_seconds_and_dates() {
        let mut h = HeaderMap::new();
        h.insert(RETRY_AFTER, HeaderValue::from_static("2"));
        assert_eq!(delay_for_status(429, &h, 1), Some(Duration::from_secs(2)));
        let later = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(30));
        h.insert(RETRY_AFTER, HeaderValue::from_str(&later).unwrap());
        let d = retry_after(&h).unwrap();
        assert!(d > Duration::from_secs(25) && d <= Duration::from_secs(30));
        h.insert(RETRY_AFTER, HeaderValue::from_static("999999"));
        assert_eq!(MAX_WAIT, Duration::from_secs(30));
        assert_eq!(delay_for_status(503, &h, 1), Some(MAX_WAIT));
    }

    #[test]
    fn waits_never_pass_the_request_budget() {
        let budget = Duration::from_secs(120);
        assert!(fits_budget(Duration::ZERO, MAX_WAIT, budget));
        assert!(fits_budget(Duration::from_secs(89), MAX_WAIT, budget));
        assert!(!fits_budget(Duration::from_secs(90), MAX_WAIT, budget));
        assert!(!fits_budget(Duration::MAX, Duration::MAX, budget), "no overflow");
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        assert!(backoff(1) < Duration::from_millis(200));
        assert!(backoff(3) >= Duration::from_millis(400));
        assert!(backoff(50) <= Duration::from_secs(10));
    }
}
