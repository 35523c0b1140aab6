//! Unit tests of the report figures.

use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn months_cover_the_period() {
    let m = month_keys((d("2025-11-15"), d("2026-02-01")));
    assert_eq!(m.keys().cloned().collect::<Vec<_>>(), ["2025-11", "2025-12", "2026-01", "2026-02"]);
}

#[test]
fn ages_are_whole_years() {
    let today = d("2026-12-06");
    assert_eq!(age(Some(d("2026-01-01")), today).1, "under 1 year");
    assert_eq!(age(Some(d("2025-12-06")), today).1, "1 to 2 years");
    assert_eq!(age(Some(d("2024-12-07")), today).1, "1 to 2 years");
    assert_eq!(age(Some(d("2020-01-01")), today).1, "3 years or more");
    assert_eq!(age(None, today).1, "issue date unknown");
}

#[test]
fn certificates_never_link_elsewhere_than_https() {
    let r = |u: &str| Retirement {
        id: "ret_A".into(),
        retired_at: None,
        credit_batch_size_total: None,
        beneficiary: None,
        purposes: None,
        url: Some(u.into()),
    };
    assert_eq!(certificate(Some(&r("javascript:alert(1)")), "ret_A").unwrap(), "https://to.isometric.com/ret_A");
    assert_eq!(certificate(Some(&r("https://x.example/\"a")), "ret_A").unwrap(), "https://to.isometric.com/ret_A");
    assert_eq!(
        certificate(Some(&r("https://to.isometric.com/ret_A")), "ret_A").unwrap(),
        "https://to.isometric.com/ret_A"
    );
    assert_eq!(certificate(None, "ret/../x").unwrap(), "https://to.isometric.com/ret%2F..%2Fx");
}
