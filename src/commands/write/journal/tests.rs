//! Unit tests of the write journal: a key is claimed once and moves through its states.

use super::*;

fn scope(key: &str) -> Scope {
    Scope { registry: "http://r/v0".into(), org: "org_A".into(), key: key.into() }
}

#[test]
fn a_key_is_claimed_once_and_moves_through_its_states() {
    let mut j = Journal::in_memory().unwrap();
    let r = j.claim(&scope("k"), "retirement", "fp").unwrap();
    assert_eq!(r.state, WriteState::Claimed);
    j.sending(r.rowid, "POST /retirements", &serde_json::json!({"a": 1}), &serde_json::json!([])).unwrap();
    let again = j.claim(&scope("k"), "retirement", "fp").unwrap();
    assert_eq!((again.rowid, again.state), (r.rowid, WriteState::Sending));
    j.finish(r.rowid, WriteState::Done, Some("ret_1"), Some(&serde_json::json!({"id": "ret_1"})), None).unwrap();
    assert_eq!(j.row(r.rowid).unwrap().tx_id.as_deref(), Some("ret_1"));
    // Another registry or organisation: another key.
    let other = Scope { registry: "http://s/v0".into(), ..scope("k") };
    assert_eq!(j.claim(&other, "retirement", "fp").unwrap().state, WriteState::Claimed);
    assert_eq!(j.done_ids(&scope("k2")).unwrap(), HashSet::from(["ret_1".to_string()]));
    assert!(j.done_ids(&scope("k")).unwrap().is_empty(), "a key's own id is not someone else's");
}
