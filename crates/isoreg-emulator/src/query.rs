//! Request input and API errors: a tolerant query-string parser (repeated keys, percent
//! escapes, bad UTF-8) and the FastAPI-style error bodies (`{"detail": "..."}`, 422 lists).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// The parsed query string, in order, keys and values percent-decoded.
#[derive(Debug, Default)]
pub struct Query {
    pairs: Vec<(String, String)>,
}

fn hex_val(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

/// Decodes `+` and `%XX` (invalid escapes are kept as they are; bad UTF-8 is replaced).
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => match (hex_val(b[i + 1]), hex_val(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl Query {
    pub fn parse(raw: Option<&str>) -> Query {
        let pairs = raw
            .unwrap_or_default()
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (percent_decode(k), percent_decode(v))
            })
            .collect();
        Query { pairs }
    }

    /// The last value given for `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// Every key, in order of appearance (repeated keys repeated).
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.pairs.iter().map(|(k, _)| k.as_str())
    }

    /// Every value given for `key`, in order.
    pub fn all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.pairs.iter().filter(move |(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// One entry of a 422 `detail` list.
#[derive(Debug, Clone)]
pub struct FieldError {
    pub loc: Vec<serde_json::Value>,
    pub msg: String,
    pub kind: &'static str,
    /// The offending value as received (a list when a scalar was repeated; null when missing).
    pub input: serde_json::Value,
}

impl FieldError {
    pub fn query(name: &str, msg: impl Into<String>, kind: &'static str, input: &str) -> FieldError {
        FieldError { loc: vec![json!("query"), json!(name)], msg: msg.into(), kind, input: json!(input) }
    }

    fn to_json(&self) -> serde_json::Value {
        json!({"loc": self.loc, "msg": self.msg, "type": self.kind, "input": self.input})
    }
}

/// Every error the API answers with.
#[derive(Debug)]
pub enum ApiError {
    Unauthorized(&'static str),
    Forbidden(&'static str),
    NotFound(String),
    MethodNotAllowed,
    Invalid(Vec<FieldError>),
}

impl ApiError {
    pub fn not_found(thing: &str) -> ApiError {
        ApiError::NotFound(format!("{thing} not found"))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, detail) = match self {
            ApiError::Unauthorized(m) => (StatusCode::UNAUTHORIZED, json!(m)),
            ApiError::Forbidden(m) => (StatusCode::FORBIDDEN, json!(m)),
            ApiError::NotFound(m) => (StatusCode::NOT_FOUND, json!(m)),
            ApiError::MethodNotAllowed => (StatusCode::METHOD_NOT_ALLOWED, json!("Method Not Allowed")),
            ApiError::Invalid(errs) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                serde_json::Value::Array(errs.iter().map(FieldError::to_json).collect()),
            ),
        };
        let body = json!({ "detail": detail }).to_string();
        (status, [(axum::http::header::CONTENT_TYPE, "application/json")], body).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_repeated_and_escaped_keys() {
        let q = Query::parse(Some("status=active&status=retired&x=a%20b+c&bad=%zz%&%ff=1&flag"));
        assert_eq!(q.all("status").collect::<Vec<_>>(), ["active", "retired"]);
        assert_eq!(q.get("x"), Some("a b c"));
        assert_eq!(q.get("bad"), Some("%zz%"));
        assert_eq!(q.get("flag"), Some(""));
        assert_eq!(q.get("\u{fffd}"), Some("1"));
        assert!(Query::parse(None).get("x").is_none());
    }
}
