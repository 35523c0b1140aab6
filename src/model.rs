//! Typed views of the few things commands must read and compute with:
//! quantities, balances and the split links of credit batches. They accept
//! both the current and the older response shapes and ignore unknown fields; a
//! missing optional field reads as `None` (serde's rule for `Option`).
//! JSON output never goes through these types; it uses the server's values.
//!
//! It also holds the read path's checks of what a server says before it is
//! shown: a quantity that cannot be (negative, not a whole number of
//! kilograms, not a number) and an answer about another record than the one
//! asked for are bad answers (exit 6) wherever they would be shown.

use crate::error::{Error, Result};
use crate::quantity::Kg;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A credit quantity; `credit_kgs` is the truth.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
pub struct Qty {
    pub credit_kgs: Kg,
}

/// Active and retired totals.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
pub struct CreditBalance {
    pub active_credits_total: Qty,
    pub retired_credits_total: Qty,
}

/// One project's, supplier's or order's balance.
#[derive(Debug, Clone, Deserialize)]
pub struct ScopedBalance {
    #[serde(alias = "project_id", alias = "supplier_id", alias = "order_id")]
    pub id: String,
    pub total: CreditBalance,
}

/// `/organisations/{id}/credit_balance`.
#[derive(Debug, Clone, Deserialize)]
pub struct OrgBalance {
    pub total: CreditBalance,
    #[serde(default)]
    pub project_balances: Vec<ScopedBalance>,
    #[serde(default)]
    pub supplier_balances: Vec<ScopedBalance>,
    #[serde(default)]
    pub order_balances: Vec<ScopedBalance>,
}

/// An organisation reference.
#[derive(Debug, Clone, Deserialize)]
pub struct OrgRef {
    pub id: String,
    pub name: Option<String>,
}

/// `{id, name}` of an organisation where either may be missing (a beneficiary, a supplier's
/// organisation).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Named {
    pub id: Option<String>,
    pub name: Option<String>,
}

/// What isoreg reads of a credit batch (old and new shapes): its split links for `lineage`
/// and `check`, and where it comes from and where it went for `report`.
#[derive(Debug, Clone, Deserialize)]
pub struct Batch {
    pub id: String,
    pub status: String,
    pub size: Qty,
    pub parent_id: Option<String>,
    pub left_child_id: Option<String>,
    pub right_child_id: Option<String>,
    pub project_id: Option<String>,
    pub supplier_id: Option<String>,
    pub owner: Option<OrgRef>,
    pub country_of_issue: Option<String>,
    pub sequestered_on: Option<String>,
    pub sequestered_at: Option<String>,
    pub issued_at: Option<String>,
    pub retirement_id: Option<String>,
    pub retired_at: Option<String>,
    pub beneficiary: Option<Named>,
}

impl Batch {
    /// The vintage: the year the carbon was removed (sequestered), when known.
    pub fn vintage(&self) -> Option<String> {
        let d = self.sequestered_on.as_deref().or(self.sequestered_at.as_deref())?;
        let year = d.get(..4)?;
        year.bytes().all(|b| b.is_ascii_digit()).then(|| year.to_string())
    }
}

/// Reads a typed view out of a server value; a mismatch is a bad answer whose
/// sentence names the record (its `id`, when it has one) and the field.
pub fn read<T: DeserializeOwned>(v: &Value, what: &str) -> Result<T> {
    serde_path_to_error::deserialize(v).map_err(|e| {
        let record = match v.get("id").and_then(Value::as_str) {
            Some(id) => format!("{what} {}", crate::sanitize::printable(id)),
            None => what.to_string(),
        };
        let field = e.path().to_string();
        let inner = e.into_inner();
        if field == "." {
            Error::bad_answer(format!("The server's {record} is not in the expected shape: {inner}."))
        } else {
            Error::bad_answer(format!("The server's {record} has an impossible `{field}`: {inner}."))
        }
    })
}

/// Checks a quantity about to be shown (`{credit_kgs, credits}` at `field` of
/// `record`): `credit_kgs` must be a whole, non-negative number. One too large
/// to add is still shown as the server wrote it. Missing or null: nothing to show.
pub fn shown_quantity(q: &Value, field: &str, record: &str) -> Result<()> {
    if q.is_null() {
        return Ok(());
    }
    let why = match q.get("credit_kgs") {
        Some(Value::Number(n)) => match Kg::from_number(n) {
            Ok(_) => return Ok(()),
            Err(why) if why.contains("more kilograms") => return Ok(()),
            Err(why) => why,
        },
        Some(other) => format!("{} is not a number of kilograms", crate::sanitize::printable(&other.to_string())),
        None => "it has no `credit_kgs`".to_string(),
    };
    Err(Error::bad_answer(format!("The server's {record} has an impossible `{field}`: {why}.")))
}

/// The record a `GET /<collection>/<id>` path asks for: its id, when the
/// path is exactly that.
pub fn asked_id(path: &str) -> Option<&str> {
    let mut segs = path.split('/').filter(|s| !s.is_empty());
    let (_, id) = (segs.next()?, segs.next()?);
    segs.next().is_none().then_some(id)
}

/// An answer to `GET path` about another record than the one asked for is a
/// bad answer (an answer without an `id` is left to the other checks).
pub fn answer_for(path: &str, v: &Value, what: &str) -> Result<()> {
    let (Some(asked), Some(got)) = (asked_id(path), v.get("id").and_then(Value::as_str)) else { return Ok(()) };
    if asked == got {
        return Ok(());
    }
    Err(Error::bad_answer(format!(
        "Asked for {what} {}, the server answered with {}.",
        crate::sanitize::printable(asked),
        crate::sanitize::printable(got)
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_balance_with_extra_fields() {
        let v = json!({"total":{"active_credits_total":{"credit_kgs":5,"credits":0.005},"retired_credits_total":{"credit_kgs":1,"credits":0.001}},
            "project_balances":[{"project_id":"prj_1","total":{"active_credits_total":{"credit_kgs":5,"credits":0.005},"retired_credits_total":{"credit_kgs":1,"credits":0.001}}}],
            "new_field": 1});
        let b: OrgBalance = read(&v, "balance").unwrap();
        assert_eq!(b.total.active_credits_total.credit_kgs.get(), 5);
        assert_eq!(b.project_balances[0].id, "prj_1");
        assert!(b.supplier_balances.is_empty());
    }

    #[test]
    fn missing_required_field_is_bad_answer() {
        let e = read::<Batch>(&json!({"id":"ctb_1","status":"active"}), "credit batch").unwrap_err();
        assert_eq!(e.exit_code(), 6);
        assert!(e.message.contains("size"));
    }

    #[test]
    fn bad_quantities_name_the_record_and_the_field() {
        let batch = |kgs: Value| json!({"id":"ctb_1","status":"active","size":{"credit_kgs": kgs}});
        for (kgs, why) in [
            (json!(1.5), "1.5 is not a whole number"),
            (json!(-5), "-5 is negative"),
            (json!("5"), "invalid type: string"),
            (Value::Null, "invalid type: null"),
            (serde_json::from_str("1701411834604692317316873037158841057280").unwrap(), "more kilograms than"),
        ] {
            let e = read::<Batch>(&batch(kgs), "credit batch").unwrap_err();
            assert_eq!(e.exit_code(), 6);
            assert!(e.message.contains("credit batch ctb_1 has an impossible `size.credit_kgs`"), "{}", e.message);
            assert!(e.message.contains(why), "{}", e.message);
        }
        let big: Batch = read(&batch(serde_json::from_str("18446744073709551616").unwrap()), "credit batch").unwrap();
        assert_eq!(big.size.credit_kgs.get(), 18_446_744_073_709_551_616);
    }

    #[test]
    fn impossible_shown_quantities_are_bad_answers() {
        for q in [json!({"credit_kgs": 5}), json!({"credit_kgs": 0, "credits": 0.0}), Value::Null] {
            assert!(shown_quantity(&q, "size", "credit batch ctb_1").is_ok(), "{q}");
        }
        let huge: Value = serde_json::from_str(r#"{"credit_kgs": 1701411834604692317316873037158841057280}"#).unwrap();
        assert!(shown_quantity(&huge, "size", "x").is_ok());
        for (q, why) in [
            (json!({"credit_kgs": -83540735, "credits": -83540.735}), "is negative"),
            (json!({"credit_kgs": 1.5}), "not a whole number"),
            (json!({"credit_kgs": "5"}), "not a number"),
            (json!({"credits": 5.0}), "no `credit_kgs`"),
        ] {
            let e = shown_quantity(&q, "size", "credit batch ctb_1").unwrap_err();
            assert_eq!(e.exit_code(), 6);
            assert!(
                e.message.contains("credit batch ctb_1 has an impossible `size`") && e.message.contains(why),
                "{}",
                e.message
            );
        }
    }

    #[test]
    fn an_answer_about_another_record_is_a_bad_answer() {
        let b = json!({"id": "ctb_B"});
        let e = answer_for("/credit_batches/ctb_A", &b, "credit batch").unwrap_err();
        assert_eq!(e.exit_code(), 6);
        assert_eq!(e.message, "Asked for credit batch ctb_A, the server answered with ctb_B.");
        assert!(answer_for("/credit_batches/ctb_B", &b, "credit batch").is_ok());
        assert!(answer_for("/organisation", &b, "organisation").is_ok());
        assert!(answer_for("/issuances/iss_A/credit_batches", &b, "issuance").is_ok());
        assert!(answer_for("/credit_batches/ctb_A", &json!({"size": 1}), "credit batch").is_ok());
    }
}
