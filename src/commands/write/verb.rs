//! The kinds of write, and the one description of each ([`WriteVerb`]), which lives in the
//! verb's own file (`retire.rs`, `transfer.rs`, `deliver.rs`, `beneficiary.rs`). The
//! pipeline asks it how a created record is printed, the journal what a row's kind is
//! called, and the lookup where such a write lands, where it is listed and what in an
//! answer must agree with the request ([`TxKind::verb`], in `write/mod.rs`, which declares
//! the verb files, so that no verb file and this one import each other). Collections and their `…_at` dates come from the
//! resource registry ([`crate::resource`]).

use crate::error::Result;
use crate::render::Plan;
use crate::resource::Resource;
use serde_json::Value;

/// The kinds of write the journal records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TxKind {
    Retirement,
    Transfer,
    Delivery,
    Beneficiary,
}

/// A listing's path below the base URL, and its query.
pub type PathAndQuery = (String, Vec<(String, String)>);

/// Everything the write pipeline knows about one kind of write.
pub struct WriteVerb {
    /// The name a journal row's `kind` holds, and the noun of messages ("retirement").
    pub name: &'static str,
    /// The resource a created record is (its collection, and its date field, come from the
    /// registry); `None`: no collection of its own (a beneficiary is an organisation).
    pub lands_in: Option<Resource>,
    /// How the created (or found) record is printed: the view of `NOUN get`.
    pub shown_as: &'static Plan,
    /// The listing, newest first, where writes of this request appear: path and query.
    pub listing: fn(&Value) -> Result<PathAndQuery>,
    /// What in an answer `tx` disagrees with the request `req`, beyond quantity and batches.
    pub differences: fn(req: &Value, tx: &Value, out: &mut Vec<String>),
}

impl TxKind {
    /// The name a row's `kind` holds.
    pub fn name(self) -> &'static str {
        self.verb().name
    }

    /// The field of a created record that says when it happened (`retired_at`), from the
    /// registry; `None`: listed in the order added, and read whole.
    pub fn time_field(self) -> Option<&'static str> {
        self.verb().lands_in.and_then(|r| r.kind().moved).map(|(_, at)| at)
    }
}

/// A string field of a request body ("" when absent).
pub fn req_str(req: &Value, key: &str) -> String {
    req.get(key).and_then(Value::as_str).unwrap_or_default().to_string()
}

/// Adds "WHAT is GOT, not WANT" to `out` when the answer's value differs from the request's.
pub fn same(out: &mut Vec<String>, what: &str, got: Option<&Value>, want: Option<&Value>) {
    let (g, w) = (got.unwrap_or(&Value::Null), want.unwrap_or(&Value::Null));
    if g != w {
        out.push(format!("{what} is {g}, not {w}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Every kind, by a match the compiler keeps exhaustive.
    fn all_kinds() -> Vec<TxKind> {
        let every = |k: TxKind| match k {
            TxKind::Retirement | TxKind::Transfer | TxKind::Delivery | TxKind::Beneficiary => k,
        };
        [TxKind::Retirement, TxKind::Transfer, TxKind::Delivery, TxKind::Beneficiary].into_iter().map(every).collect()
    }

    /// Whether `path` is a GET path of the API contract (`{…}` matches one segment).
    fn in_contract(path: &str) -> bool {
        let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("crates/isoreg-emulator/contract/registry-contract.json");
        let text = std::fs::read_to_string(file).expect("the contract fixture is readable");
        let c: Value = serde_json::from_str(&text).expect("the contract fixture is JSON");
        let want: Vec<&str> = path.split('/').collect();
        c["paths"].as_object().expect("the contract has paths").iter().any(|(p, ops)| {
            let have: Vec<&str> = p.split('/').collect();
            ops.get("get").is_some()
                && have.len() == want.len()
                && have.iter().zip(&want).all(|(h, w)| h == w || h.starts_with('{'))
        })
    }

    #[test]
    fn every_write_has_one_whole_description() {
        let req = json!({"owner_organisation_id": "org_A", "from_organisation_id": "org_A", "order_id": "ord_B"});
        let mut names = Vec::new();
        for k in all_kinds() {
            let v = k.verb();
            assert!(!names.contains(&v.name), "{k:?}: the name {} is taken", v.name);
            names.push(v.name);
            let (path, _) = (v.listing)(&req).expect("a listing path");
            assert!(in_contract(&path), "{k:?}: its listing {path} is not a GET path of the contract");
            if let Some(r) = v.lands_in {
                assert!(in_contract(&r.path()), "{k:?}: {} is not a GET path of the contract", r.path());
                assert!(k.time_field().is_some(), "{k:?}: the registry names no date for {}", r.kind().plural);
            }
        }
    }
}
