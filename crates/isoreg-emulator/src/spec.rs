//! The contract as the emulator's judge of requests.
//!
//! `registry-contract.json` (the provider's OpenAPI without prose, also the tests' fixture) is
//! embedded at build time and read once: every operation with its declared path and query
//! parameters and their schemas. [`check_request`] answers a request the way the real FastAPI
//! service does before any handler runs: 404 `{"detail":"Not Found"}` for a path no operation
//! has, 405 for a known path with another method, and 422 listing every parameter that breaks
//! its schema. It is stricter than FastAPI on purpose, so a client mistake fails the tests: a
//! query parameter the operation does not declare, a repeated parameter that is not an array,
//! a repeated array item (`uniqueItems`) and a date-time without a timezone are all 422.
//! Header parameters are left to the handlers' authentication (401).

use std::sync::LazyLock;

use serde_json::{Value, json};

use super::query::{ApiError, FieldError, Query, percent_decode};

static CONTRACT_TEXT: &str = include_str!("../contract/registry-contract.json");

static OPERATIONS: LazyLock<Vec<Operation>> = LazyLock::new(|| load(CONTRACT_TEXT));

/// What a parameter's value must look like (the contract's schema, `$ref`s resolved, `null` dropped).
#[derive(Debug, Clone, PartialEq)]
pub enum Schema {
    Str {
        min: Option<u64>,
        max: Option<u64>,
        choices: Option<Vec<String>>,
        date_time: bool,
    },
    Int {
        gt: Option<i64>,
        ge: Option<i64>,
        le: Option<i64>,
        lt: Option<i64>,
    },
    Array {
        items: Box<Schema>,
        unique: bool,
    },
    /// A schema this judge does not know: anything goes.
    Any,
}

/// One declared path or query parameter.
#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    /// `path` or `query`.
    pub location: String,
    pub required: bool,
    pub schema: Schema,
    /// The documented default, if any (`first` = 10, `sort_direction` = "desc").
    pub default: Option<Value>,
}

/// One operation of the contract.
#[derive(Debug, Clone)]
pub struct Operation {
    /// Upper case: `GET`, `POST`.
    pub method: String,
    /// The path template below the base path (`/credit_batches/{id}`).
    pub template: String,
    pub params: Vec<Param>,
}

impl Operation {
    /// The declared query parameter `name`.
    pub fn query_param(&self, name: &str) -> Option<&Param> {
        self.params.iter().find(|p| p.location == "query" && p.name == name)
    }

    /// The values of the template's `{…}` segments in `path`, or `None` when it does not match.
    fn bind(&self, path: &str) -> Option<Vec<(String, String)>> {
        let (t, p): (Vec<&str>, Vec<&str>) = (self.template.split('/').collect(), path.split('/').collect());
        if t.len() != p.len() {
            return None;
        }
        let mut vars = Vec::new();
        for (ts, ps) in t.iter().zip(&p) {
            match ts.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) if !ps.is_empty() => vars.push((name.to_string(), percent_decode(ps))),
                Some(_) => return None,
                None if ts == ps => {}
                None => return None,
            }
        }
        Some(vars)
    }
}

/// Every operation of the contract.
pub fn operations() -> &'static [Operation] {
    &OPERATIONS
}

/// An operation and the values of its path's `{…}` segments.
pub type Routed = (&'static Operation, Vec<(String, String)>);

/// The documented `first` of paginated lists: (default, maximum), read from the contract.
pub fn page_limits() -> (usize, usize) {
    static LIMITS: LazyLock<(usize, usize)> = LazyLock::new(|| {
        let first = operations().iter().find_map(|o| o.query_param("first"));
        let default = first.and_then(|p| p.default.as_ref()?.as_u64()).unwrap_or(10);
        let max = match first.map(|p| &p.schema) {
            Some(Schema::Int { le: Some(m), .. }) => *m as u64,
            _ => 50,
        };
        (default as usize, max as usize)
    });
    *LIMITS
}

/// The operation for `method` and `path` (below the base path) and its path values.
pub fn route(method: &str, path: &str) -> Result<Routed, ApiError> {
    let path = if path.len() > 1 { path.trim_end_matches('/') } else { path };
    let mut known_path = false;
    for op in operations() {
        if let Some(vars) = op.bind(path) {
            if op.method.eq_ignore_ascii_case(method) {
                return Ok((op, vars));
            }
            known_path = true;
        }
    }
    Err(if known_path { ApiError::MethodNotAllowed } else { ApiError::NotFound("Not Found".into()) })
}

/// Judges a request: `Ok` when the contract allows it, else the FastAPI-style error answer.
pub fn check_request(method: &str, path: &str, raw_query: Option<&str>) -> Result<(), ApiError> {
    let (op, vars) = route(method, path)?;
    let errs = check(op, &vars, &Query::parse(raw_query));
    if errs.is_empty() { Ok(()) } else { Err(ApiError::Invalid(errs)) }
}

/// Every way the path values and query break the operation's declared parameters.
pub fn check(op: &Operation, vars: &[(String, String)], query: &Query) -> Vec<FieldError> {
    let mut errs = Vec::new();
    for p in op.params.iter().filter(|p| p.location == "path") {
        match vars.iter().find(|(k, _)| *k == p.name) {
            Some((_, v)) => scalar(&p.schema, v, vec![json!("path"), json!(p.name)], &mut errs),
            None => errs.push(missing("path", &p.name)),
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for key in query.keys() {
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let values: Vec<&str> = query.all(key).collect();
        match op.query_param(key) {
            Some(p) => query_value(p, &values, &mut errs),
            None => errs.push(FieldError {
                loc: vec![json!("query"), json!(key)],
                msg: "Extra inputs are not permitted".into(),
                kind: "extra_forbidden",
                input: json_values(&values),
            }),
        }
    }
    for p in op.params.iter().filter(|p| p.location == "query" && p.required) {
        if query.get(&p.name).is_none() {
            errs.push(missing("query", &p.name));
        }
    }
    errs
}

fn missing(location: &str, name: &str) -> FieldError {
    FieldError {
        loc: vec![json!(location), json!(name)],
        msg: "Field required".into(),
        kind: "missing",
        input: Value::Null,
    }
}

fn json_values(values: &[&str]) -> Value {
    match values {
        [one] => json!(one),
        many => json!(many),
    }
}

fn query_value(p: &Param, values: &[&str], errs: &mut Vec<FieldError>) {
    let loc = vec![json!("query"), json!(p.name)];
    match &p.schema {
        Schema::Array { items, unique } => {
            for (i, v) in values.iter().enumerate() {
                let mut at = loc.clone();
                at.push(json!(i));
                if *unique && values[..i].contains(v) {
                    let msg = format!("Value error, items must be unique ('{v}' is repeated)");
                    errs.push(FieldError { loc: at, msg, kind: "value_error", input: json!(v) });
                } else {
                    scalar(items, v, at, errs);
                }
            }
        }
        one => match values {
            [v] => scalar(one, v, loc, errs),
            many => {
                let (kind, msg) = match one {
                    Schema::Int { .. } => ("int_type", "Input should be a valid integer"),
                    _ => ("string_type", "Input should be a valid string"),
                };
                errs.push(FieldError { loc, msg: msg.into(), kind, input: json_values(many) });
            }
        },
    }
}

/// Checks one value against a non-array schema, as pydantic v2 words it.
fn scalar(schema: &Schema, v: &str, loc: Vec<Value>, errs: &mut Vec<FieldError>) {
    let problem = match schema {
        Schema::Str { min, max, choices, date_time } => string_problem(v, *min, *max, choices.as_deref(), *date_time),
        Schema::Int { gt, ge, le, lt } => int_problem(v, [*gt, *ge, *le, *lt]),
        Schema::Array { .. } | Schema::Any => None,
    };
    if let Some((kind, msg)) = problem {
        errs.push(FieldError { loc, msg, kind, input: json!(v) });
    }
}

type Problem = Option<(&'static str, String)>;

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn string_problem(v: &str, min: Option<u64>, max: Option<u64>, choices: Option<&[String]>, date_time: bool) -> Problem {
    let len = v.chars().count() as u64;
    if let Some(m) = min.filter(|m| len < *m) {
        return Some(("string_too_short", format!("String should have at least {m} character{}", plural(m))));
    }
    if let Some(m) = max.filter(|m| len > *m) {
        return Some(("string_too_long", format!("String should have at most {m} character{}", plural(m))));
    }
    if let Some(c) = choices.filter(|c| !c.iter().any(|x| x == v)) {
        return Some(("enum", format!("Input should be {}", one_of(c))));
    }
    if date_time {
        return date_time_problem(v);
    }
    None
}

/// `'a', 'b' or 'c'`.
pub fn one_of<S: AsRef<str>>(choices: &[S]) -> String {
    let quoted: Vec<String> = choices.iter().map(|c| format!("'{}'", c.as_ref())).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => quoted.join(""),
    }
}

/// An RFC 3339 date-time with its timezone (`format: date-time`).
fn date_time_problem(v: &str) -> Problem {
    if chrono::DateTime::parse_from_rfc3339(v).is_ok() {
        return None;
    }
    let naive = ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M"]
        .iter()
        .any(|f| chrono::NaiveDateTime::parse_from_str(v, f).is_ok())
        || chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").is_ok();
    Some(match naive {
        true => ("timezone_aware", "Input should have timezone info".into()),
        false => {
            ("datetime_from_date_parsing", "Input should be a valid datetime or date, invalid character in year".into())
        }
    })
}

fn int_problem(v: &str, [gt, ge, le, lt]: [Option<i64>; 4]) -> Problem {
    let Ok(n) = v.trim().parse::<i128>() else {
        let msg = "Input should be a valid integer, unable to parse string as an integer";
        return Some(("int_parsing", msg.into()));
    };
    let bound = |b: Option<i64>, ok: fn(i128, i128) -> bool| b.filter(|b| !ok(n, i128::from(*b)));
    if let Some(b) = bound(gt, |n, b| n > b) {
        return Some(("greater_than", format!("Input should be greater than {b}")));
    }
    if let Some(b) = bound(ge, |n, b| n >= b) {
        return Some(("greater_than_equal", format!("Input should be greater than or equal to {b}")));
    }
    if let Some(b) = bound(le, |n, b| n <= b) {
        return Some(("less_than_equal", format!("Input should be less than or equal to {b}")));
    }
    if let Some(b) = bound(lt, |n, b| n < b) {
        return Some(("less_than", format!("Input should be less than {b}")));
    }
    None
}

// ---- reading the contract ----------------------------------------------------------------------

fn load(text: &str) -> Vec<Operation> {
    let Ok(doc) = serde_json::from_str::<Value>(text) else { return Vec::new() };
    let mut ops = Vec::new();
    for (template, item) in doc["paths"].as_object().into_iter().flatten() {
        for (method, op) in item.as_object().into_iter().flatten() {
            let params = op["parameters"].as_array().into_iter().flatten();
            let params = params.filter_map(|p| param(&doc, p)).collect();
            ops.push(Operation { method: method.to_uppercase(), template: template.clone(), params });
        }
    }
    ops
}

fn param(doc: &Value, p: &Value) -> Option<Param> {
    let location = p["in"].as_str()?;
    if location != "path" && location != "query" {
        return None;
    }
    let raw = &p["schema"];
    Some(Param {
        name: p["name"].as_str()?.to_string(),
        location: location.to_string(),
        required: p["required"].as_bool().unwrap_or(false),
        schema: schema(doc, raw),
        default: raw.get("default").cloned(),
    })
}

/// Follows `$ref`s and drops the `null` branch of `anyOf`.
fn resolve<'a>(doc: &'a Value, mut s: &'a Value) -> &'a Value {
    for _ in 0..16 {
        if let Some(r) = s["$ref"].as_str().and_then(|r| r.strip_prefix("#/")) {
            s = r.split('/').fold(doc, |v, k| &v[k]);
        } else if let Some(branches) = s["anyOf"].as_array() {
            match branches.iter().find(|b| b["type"] != "null") {
                Some(b) => s = b,
                None => return s,
            }
        } else {
            return s;
        }
    }
    s
}

fn schema(doc: &Value, raw: &Value) -> Schema {
    let s = resolve(doc, raw);
    let int = |k: &str| s[k].as_i64();
    match s["type"].as_str() {
        Some("string") => Schema::Str {
            min: s["minLength"].as_u64(),
            max: s["maxLength"].as_u64(),
            choices: s["enum"].as_array().map(|e| e.iter().filter_map(|x| x.as_str().map(String::from)).collect()),
            date_time: s["format"] == "date-time",
        },
        Some("integer") => Schema::Int {
            gt: int("exclusiveMinimum"),
            ge: int("minimum"),
            le: int("maximum"),
            lt: int("exclusiveMaximum"),
        },
        Some("array") => Schema::Array { items: Box::new(schema(doc, &s["items"])), unique: s["uniqueItems"] == true },
        _ => Schema::Any,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(method: &str, path: &str, q: &str) -> Vec<&'static str> {
        match check_request(method, path, Some(q)) {
            Ok(()) => Vec::new(),
            Err(ApiError::Invalid(errs)) => errs.iter().map(|e| e.kind).collect(),
            Err(ApiError::NotFound(_)) => vec!["404"],
            Err(ApiError::MethodNotAllowed) => vec!["405"],
            Err(_) => vec!["other"],
        }
    }

    const BATCHES: &str = "/organisations/org_317WYCVEJN6WLZ5L/credit_batches";

    #[test]
    fn reads_every_operation_of_the_contract() {
        let ops = operations();
        assert!(ops.len() >= 40, "{}", ops.len());
        let (op, vars) = route("GET", BATCHES).unwrap();
        assert_eq!(op.template, "/organisations/{id}/credit_batches");
        assert_eq!(vars, [("id".to_string(), "org_317WYCVEJN6WLZ5L".to_string())]);
        assert_eq!(op.query_param("first").unwrap().default, Some(json!(10)));
        assert_eq!(page_limits(), (10, 50));
        assert_eq!(op.query_param("sort_direction").unwrap().default, Some(json!("desc")));
        let status = &op.query_param("status").unwrap().schema;
        assert!(matches!(status, Schema::Array { unique: true, .. }), "{status:?}");
    }

    #[test]
    fn judges_like_fastapi_only_stricter() {
        assert!(
            kinds("GET", BATCHES, "first=50&status=active&status=split&issued_after=2024-01-01T00:00:00Z").is_empty()
        );
        assert_eq!(kinds("GET", BATCHES, "first=51"), ["less_than_equal"]);
        assert_eq!(kinds("GET", BATCHES, "first=0&last=x"), ["greater_than", "int_parsing"]);
        assert_eq!(kinds("GET", BATCHES, "after="), ["string_too_short"]);
        assert_eq!(kinds("GET", BATCHES, "status=active&status=active"), ["value_error"]);
        assert_eq!(kinds("GET", BATCHES, "status=active,retired"), ["enum"]);
        assert_eq!(kinds("GET", BATCHES, "issued_after=2024-01-01"), ["timezone_aware"]);
        assert_eq!(kinds("GET", BATCHES, "issued_before=soon"), ["datetime_from_date_parsing"]);
        assert_eq!(kinds("GET", BATCHES, "sort_direction=up"), ["enum"]);
        assert_eq!(kinds("GET", BATCHES, "first=5&first=6"), ["int_type"]);
        assert_eq!(kinds("GET", BATCHES, "colour=red"), ["extra_forbidden"]);
        assert_eq!(kinds("GET", "/deliveries/dlv_1/credit_batches", ""), ["string_too_short"]);
        assert_eq!(kinds("GET", "/deliveries/dlv_1C454ZXA61S03Z9T/credit_batches", "first=50"), ["extra_forbidden"]);
        assert_eq!(kinds("GET", "/nowhere", ""), ["404"]);
        assert_eq!(kinds("GET", "/credit_batches", ""), ["404"]);
        assert_eq!(kinds("DELETE", "/projects", ""), ["405"]);
    }

    #[test]
    fn words_choices_like_pydantic() {
        let c: Vec<String> = ["active", "split", "retired"].iter().map(|s| s.to_string()).collect();
        assert_eq!(one_of(&c), "'active', 'split' or 'retired'");
        assert_eq!(one_of(&c[..1]), "'active'");
    }

    #[test]
    fn words_purposes_as_the_write_422_did() {
        let want =
            "'corporate_targets', 'public_environmental_claims', 'insetting', 'regulatory_requirement' or 'other'";
        assert_eq!(one_of(crate::catalog::PURPOSES), want);
    }
}
