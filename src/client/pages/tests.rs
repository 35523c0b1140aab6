//! Unit tests of the Relay pagination: loops, lying counts, missing cursors and short listings are bad answers with true counts.

use super::*;
use crate::client::ClientOptions;
use proptest::prelude::*;
use serde_json::json;
use std::time::Duration;

fn pager(limit: Option<u64>) -> Pages {
    let client = Client::new(ClientOptions {
        base_url: "http://127.0.0.1:9/registry/v0".into(),
        client_secret: None,
        access_token: None,
        timeout: Duration::from_secs(1),
        retries: 0,
        log: None,
    })
    .expect("a loopback client");
    Pages::new(&client, "/things".into(), vec![], 50, None, limit)
}

/// One page through the pager, as `next_page` hands it on: an error found
/// on a delivered page is the next call's answer, so it is returned here.
fn take(p: &mut Pages, body: Value) -> Result<Page> {
    let page = p.take_page(body)?;
    match p.failed.take() {
        Some(e) => Err(e),
        None => Ok(page),
    }
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        ".{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{0,12}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A page-like answer: right or wrong in every part.
fn any_page() -> impl Strategy<Value = Value> {
    let cursor = prop_oneof![Just(Value::Null), Just(json!("c1")), Just(json!("c2")), any_value()];
    let info = (any::<bool>(), cursor).prop_map(|(more, c)| json!({"has_next_page": more, "end_cursor": c}));
    let nodes = prop_oneof![prop::collection::vec(any_value(), 0..6).prop_map(Value::Array), any_value()];
    let total = prop_oneof![any::<i64>().prop_map(Value::from), any_value()];
    prop_oneof![
        4 => (info, nodes, total).prop_map(|(i, n, t)| json!({"page_info": i, "nodes": n, "total_count": t})),
        1 => any_value(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any sequence of answers: no panic, never more items than the
    /// limit, no endless loop on a repeated cursor, errors are exit 6.
    #[test]
    fn any_answers_never_panic_or_overrun_the_limit(
        pages in prop::collection::vec(any_page(), 1..6),
        limit in prop::option::of(0u64..12),
    ) {
        let mut p = pager(limit);
        for body in pages {
            if p.done {
                break;
            }
            let before = p.after.clone();
            match take(&mut p, body) {
                Ok(page) => {
                    prop_assert!(limit.is_none_or(|l| p.fetched() <= l));
                    prop_assert!(page.nodes.len() as u64 <= p.fetched());
                    prop_assert!(p.done || p.after != before, "a repeated cursor must end the walk");
                }
                Err(e) => {
                    prop_assert_eq!(e.exit_code(), 6);
                    break;
                }
            }
        }
    }
}

/// An endless server: the same few page shapes, forever.
fn endless(cursors: &[Option<String>], sizes: &[usize], total: Option<u64>, i: usize) -> Value {
    let c = &cursors[i % cursors.len()];
    let nodes: Vec<Value> = (0..sizes[i % sizes.len()]).map(|n| json!({"id": n})).collect();
    json!({"page_info": {"has_next_page": true, "end_cursor": c}, "nodes": nodes, "total_count": total})
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// A server that always says "more follow" (repeating, alternating or
    /// fresh cursors, lying or missing counts, null cursors) is always
    /// stopped, with exit 6, before more items than the count allows.
    #[test]
    fn endless_servers_always_stop(
        pool in prop::collection::vec(prop::option::of("[a-c]{1,2}"), 1..5),
        fresh in any::<bool>(),
        sizes in prop::collection::vec(0usize..6, 1..4),
        total in prop::option::of(0u64..300),
    ) {
        let mut p = pager(None);
        p.uncounted_cap = 400;
        let cursors: Vec<Option<String>> = if fresh { Vec::new() } else { pool };
        let mut ended = None;
        for i in 0..1_000usize {
            let page = if fresh {
                endless(&[Some(format!("c{i}"))], &sizes, total, i)
            } else {
                endless(&cursors, &sizes, total, i)
            };
            if let Err(e) = take(&mut p, page) {
                ended = Some(e);
                break;
            }
        }
        let e = ended.expect("the listing must stop");
        prop_assert_eq!(e.exit_code(), 6);
        let bound = total.map_or(400, |t| t + margin(t));
        prop_assert!(p.fetched() <= bound + 5, "{} items for a bound of {}", p.fetched(), bound);
    }
}

fn more(cursor: Value, n: usize, total: u64) -> Value {
    let nodes: Vec<Value> = (0..n).map(|i| json!({"id": i})).collect();
    json!({"page_info": {"has_next_page": true, "end_cursor": cursor}, "nodes": nodes, "total_count": total})
}

#[test]
fn a_repeated_cursor_is_a_bad_answer() {
    let mut p = pager(None);
    let page =
        json!({"page_info": {"has_next_page": true, "end_cursor": "same"}, "nodes": [{"id": 1}], "total_count": 9});
    assert!(take(&mut p, page.clone()).is_ok());
    let e = take(&mut p, page).unwrap_err();
    assert!(e.message.contains("given before") && e.message.contains("got 2 of 9"), "{}", e.message);
}

#[test]
fn alternating_cursors_are_a_loop() {
    let mut p = pager(None);
    assert!(take(&mut p, more(json!("A"), 1, 100)).is_ok());
    assert!(take(&mut p, more(json!("B"), 1, 100)).is_ok());
    let e = take(&mut p, more(json!("A"), 1, 100)).unwrap_err();
    assert_eq!(e.exit_code(), 6);
    assert!(e.message.contains("round in circles"), "{}", e.message);
}

#[test]
fn more_items_than_the_count_allows_stop_the_listing() {
    let mut p = pager(None);
    let mut err = None;
    for i in 0..100 {
        if let Err(e) = take(&mut p, more(json!(format!("c{i}")), 50, 100)) {
            err = Some(e);
            break;
        }
    }
    let e = err.expect("stopped");
    assert!(e.message.contains("said there are 100"), "{}", e.message);
    assert!(p.fetched() <= 100 + margin(100) + 50);
}

#[test]
fn more_without_a_cursor_is_an_incomplete_list() {
    for cursor in [Value::Null, json!("")] {
        let mut p = pager(None);
        let e = take(&mut p, more(cursor, 3, 10)).unwrap_err();
        assert_eq!(e.exit_code(), 6);
        assert!(e.message.contains("no cursor") && e.message.contains("got 3 of 10"), "{}", e.message);
    }
    // With a limit that is already reached, a missing cursor does not matter.
    let mut p = pager(Some(3));
    assert!(take(&mut p, more(Value::Null, 3, 10)).is_ok());
    assert!(p.done);
}

#[test]
fn an_empty_page_that_says_more_follow_is_a_bad_answer() {
    let mut p = pager(None);
    let e = take(&mut p, more(json!("x"), 0, 10)).unwrap_err();
    assert!(e.message.contains("no items"), "{}", e.message);
}

fn last(n: usize, total: Value) -> Value {
    let nodes: Vec<Value> = (0..n).map(|i| json!({"id": i})).collect();
    json!({"page_info": {"has_next_page": false, "end_cursor": null}, "nodes": nodes, "total_count": total})
}

#[test]
fn a_listing_that_ends_before_its_count_is_incomplete() {
    let mut p = pager(None);
    assert!(take(&mut p, more(json!("a"), 2, 10)).is_ok());
    let e = take(&mut p, last(1, json!(10))).unwrap_err();
    assert_eq!(e.exit_code(), 6);
    assert!(e.message.contains("says the list ends") && e.message.contains("got 3 of 10 items"), "{}", e.message);
    // The last count is the bound even when the first one was smaller.
    let mut p = pager(None);
    assert!(take(&mut p, more(json!("a"), 2, 2)).is_ok());
    assert!(take(&mut p, last(1, json!(9))).is_err());
    // A first count far above what came is caught even if the last page lowers its count.
    let mut p = pager(None);
    assert!(take(&mut p, more(json!("a"), 1, 500)).is_ok());
    assert!(take(&mut p, last(1, json!(2))).is_err());
}

#[test]
fn complete_listings_pass_the_lower_bound() {
    for (n, total) in [(3, json!(3)), (0, json!(0)), (4, json!(3)), (2, Value::Null)] {
        let mut p = pager(None);
        assert!(take(&mut p, last(n, total.clone())).is_ok(), "{n} of {total}");
        assert!(p.done);
    }
    // Items removed meanwhile: the count drops, within the margin.
    let mut p = pager(None);
    assert!(take(&mut p, more(json!("a"), 50, 100)).is_ok());
    assert!(take(&mut p, last(45, json!(95))).is_ok());
    // A limit reached, a cursor the user gave: the rest is not ours to count.
    let mut p = pager(Some(3));
    assert!(take(&mut p, last(3, json!(10))).is_ok());
    let client = pager(None).client.clone();
    let mut p = Pages::new(&client, "/things".into(), vec![], 50, Some("c".into()), None);
    assert!(take(&mut p, last(3, json!(10))).is_ok());
    let mut p = Pages::new(&client, "/things".into(), vec![], 50, Some("c".into()), None).after_items(7);
    assert!(take(&mut p, last(3, json!(10))).is_ok());
    let mut p = Pages::new(&client, "/things".into(), vec![], 50, Some("c".into()), None).after_items(6);
    assert!(take(&mut p, last(3, json!(10))).unwrap_err().message.contains("got 9 of 10"));
}

#[test]
fn counts_in_messages_are_true() {
    assert_eq!(got_of(3, Some(10)), "got 3 of 10 items");
    assert_eq!(got_of(2, Some(0)), "got 2 items though the server announced 0");
    assert_eq!(got_of(1, None), "got 1 item");
    // A repeated cursor on the second page: both pages were handed on, the count says so.
    let mut p = pager(None);
    assert!(take(&mut p, more(json!("x"), 1, 0)).is_ok());
    let e = take(&mut p, more(json!("x"), 1, 0)).unwrap_err();
    assert!(e.message.contains("got 2 items though the server announced 0"), "{}", e.message);
}
