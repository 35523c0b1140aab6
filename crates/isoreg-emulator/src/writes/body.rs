//! Reading a write's request body the way FastAPI does: every field checked,
//! every error collected, and the answer a 422 listing them all.

use axum::body::Bytes;
use serde_json::{Map, Value, json};

use crate::catalog::PURPOSES;
use crate::query::{ApiError, FieldError};
use crate::spec::one_of;

pub(super) fn err(loc: &[Value], msg: impl Into<String>, kind: &'static str, input: &Value) -> FieldError {
    let mut full = vec![json!("body")];
    full.extend_from_slice(loc);
    let input = match input {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    FieldError { loc: full, msg: msg.into(), kind, input: serde_json::Value::String(input) }
}

fn invalid(e: FieldError) -> ApiError {
    ApiError::Invalid(vec![e])
}

/// The body as a JSON object, or the 422 FastAPI gives for anything else.
pub(super) fn object(body: &Bytes) -> Result<Map<String, Value>, ApiError> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(other) => {
            Err(invalid(err(&[], "Input should be a valid dictionary or object", "model_attributes_type", &other)))
        }
        Err(e) => Err(invalid(err(&[json!(0)], format!("JSON decode error: {e}"), "json_invalid", &json!({})))),
    }
}

/// Reads the fields of one request body, collecting every error.
pub(super) struct Body<'a> {
    pub(super) m: &'a Map<String, Value>,
    pub(super) errs: Vec<FieldError>,
}

impl<'a> Body<'a> {
    pub(super) fn new(m: &'a Map<String, Value>) -> Self {
        Body { m, errs: Vec::new() }
    }

    pub(super) fn required(&mut self, key: &str) -> Option<&'a Value> {
        let v = self.m.get(key);
        if v.is_none() {
            self.errs.push(err(&[json!(key)], "Field required", "missing", &Value::Object(self.m.clone())));
        }
        v
    }

    /// A required string of `min..=max` characters.
    pub(super) fn string(&mut self, key: &str, min: usize, max: usize) -> Option<&'a str> {
        let v = self.required(key)?;
        self.check_string(&[json!(key)], v, min, max)
    }

    pub(super) fn check_string(&mut self, loc: &[Value], v: &'a Value, min: usize, max: usize) -> Option<&'a str> {
        let Some(s) = v.as_str() else {
            self.errs.push(err(loc, "Input should be a valid string", "string_type", v));
            return None;
        };
        let n = s.chars().count();
        if n < min {
            self.errs.push(err(loc, format!("String should have at least {min} characters"), "string_too_short", v));
        } else if n > max {
            self.errs.push(err(loc, format!("String should have at most {max} characters"), "string_too_long", v));
        } else {
            return Some(s);
        }
        None
    }

    /// `notes`: required, a string of at most 256 characters or null.
    pub(super) fn notes(&mut self) -> Option<Option<String>> {
        match self.required("notes")? {
            Value::Null => Some(None),
            v => self.check_string(&[json!("notes")], v, 0, 256).map(|s| Some(s.to_string())),
        }
    }

    /// A positive integer kilogram amount at `loc`.
    pub(super) fn kgs(&mut self, loc: &[Value], v: &Value) -> Option<i64> {
        match v.as_i64() {
            Some(k) if k > 0 => Some(k),
            Some(_) => {
                self.errs.push(err(loc, "Input should be greater than 0", "greater_than", v));
                None
            }
            None if v.is_u64() => {
                self.errs.push(err(loc, "Quantity exceeds every credit batch", "value_error", v));
                None
            }
            None => {
                self.errs.push(err(loc, "Input should be a valid integer", "int_type", v));
                None
            }
        }
    }

    /// `credit_batch_quantities`: a list of `{credit_batch_id, credit_quantity_kg}`.
    pub(super) fn batch_quantities(&mut self, min_items: usize) -> Option<Vec<(String, i64)>> {
        let key = "credit_batch_quantities";
        let v = self.required(key)?;
        let Some(items) = v.as_array() else {
            self.errs.push(err(&[json!(key)], "Input should be a valid list", "list_type", v));
            return None;
        };
        if items.len() < min_items {
            let msg = format!("List should have at least {min_items} item after validation, not 0");
            self.errs.push(err(&[json!(key)], msg, "too_short", v));
            return None;
        }
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let at = |k: &str| vec![json!(key), json!(i), json!(k)];
            let id = item.get("credit_batch_id");
            let kg = item.get("credit_quantity_kg");
            let (Some(id), Some(kg)) = (id, kg) else {
                self.errs.push(err(&[json!(key), json!(i)], "Field required", "missing", item));
                continue;
            };
            let id = self.check_string(&at("credit_batch_id"), id, 20, 37);
            let kg = self.kgs(&at("credit_quantity_kg"), kg);
            if let (Some(id), Some(kg)) = (id, kg) {
                out.push((id.to_string(), kg));
            }
        }
        Some(out)
    }

    /// `retirement_purposes`: at least one, unique, from the enum.
    pub(super) fn purposes(&mut self) -> Option<Vec<&'static str>> {
        let key = "retirement_purposes";
        let v = self.required(key)?;
        let Some(items) = v.as_array() else {
            self.errs.push(err(&[json!(key)], "Input should be a valid list", "list_type", v));
            return None;
        };
        if items.is_empty() {
            self.errs.push(err(
                &[json!(key)],
                "List should have at least 1 item after validation, not 0",
                "too_short",
                v,
            ));
            return None;
        }
        let mut out: Vec<&'static str> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            match PURPOSES.iter().find(|p| item.as_str() == Some(**p)) {
                Some(p) if out.contains(p) => {
                    self.errs.push(err(&[json!(key)], "List items must be unique", "unique_items", v));
                }
                Some(p) => out.push(p),
                None => self.errs.push(err(
                    &[json!(key), json!(i)],
                    format!("Input should be {}", one_of(PURPOSES)),
                    "enum",
                    item,
                )),
            }
        }
        Some(out)
    }
}

/// A 422 about one field of the body, for the rules that need the world.
pub(super) fn rule(loc: &[Value], msg: impl Into<String>, input: &str) -> ApiError {
    invalid(err(loc, msg, "value_error", &json!(input)))
}
