//! Built-in jq filter for `--jq EXPR`.
//!
//! Compiles a jq expression once with the jq standard library (as provided by the `jaq` crates:
//! `jaq-core`, `jaq-std`, `jaq-json`) and runs it on any number of `serde_json::Value` inputs.
//!
//! Errors are reported as usage errors (exit code 2) whose message starts with `--jq: `:
//! compile-time errors quote the expression and point at the offending token (1-based column),
//! run-time errors carry jq's error message.
//!
//! Number handling: integers of any size round-trip exactly (and add exactly), other numbers keep
//! their literal text unless arithmetic touches them (then they are `f64`).
//! Limitations: a float that is NaN becomes `null` and ±infinity becomes ±`f64::MAX` (as jq prints them);
//! floats stay floats (`1.5 + 1.5` gives `3.0`, as in jaq); byte strings are output as (lossy) UTF-8
//! text; non-string object keys are output as their JSON text. Module `import`/`include`, `input`,
//! `inputs` and `$ENV` are not available, and `env` is an empty object: a filter copied from anywhere
//! cannot read the environment (where the credentials may be). `halt`/`halt_error` stop the filter with
//! an error.

use crate::error::{Error, Result};
use jaq_core::load::{self, Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data};
use jaq_json::{Num, Val};
use serde_json::{Map, Number, Value};

type Data = data::JustLut<Val>;

/// Formatters that jq has but the jaq standard library lacks, written in jq (jq 1.7 semantics).
const EXTRA_DEFS: &str = r#"
def env: {};
def isoreg_row($what): if isarray then . else error("cannot \($what)-format \(tojson), only an array can be") end;
def isoreg_cell($what; s):
  if isstring then s elif . == null then "" elif isnumber or isboolean then tojson
  else error("\(type) (\(tojson)) is not valid in a \($what) row") end;
def isoreg_repl($from; $to): split($from) | join($to);
def @csv: isoreg_row("csv") | map(isoreg_cell("csv"; "\"" + isoreg_repl("\""; "\"\"") + "\"")) | join(",");
def @tsv: isoreg_row("tsv") | map(isoreg_cell("tsv";
  isoreg_repl("\\"; "\\\\") | isoreg_repl("\t"; "\\t") | isoreg_repl("\n"; "\\n") | isoreg_repl("\r"; "\\r")
)) | join("\t");
"#;

/// Definitions available to every expression: jaq's standard library plus [`EXTRA_DEFS`].
fn prelude() -> impl Iterator<Item = load::parse::Def<&'static str>> {
    let extra = load::parse(EXTRA_DEFS, |p| p.defs()).unwrap_or_default();
    jaq_core::defs().chain(jaq_std::defs()).chain(jaq_json::defs()).chain(extra)
}

/// A compiled jq program, reusable for many inputs.
pub struct JqProgram {
    compiled: jaq_core::Filter<Data>,
}

impl std::fmt::Debug for JqProgram {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JqProgram").finish_non_exhaustive()
    }
}

impl JqProgram {
    /// Compiles `expr` with jq's standard library (`map`, `select`, `length`, `keys`, `to_entries`,
    /// `sort_by`, `group_by`, `add`, `tostring`, `tonumber`, `test`/`match`/`capture`/`sub`/`gsub`,
    /// `@csv`/`@tsv`/`@json`/`@base64`/`@uri`/`@html`/`@sh`/`@text`, date functions, math, ...).
    ///
    /// A syntax error or an unknown filter/variable is a usage error quoting `expr` and naming the
    /// offending token with its 1-based column.
    pub fn compile(expr: &str) -> Result<JqProgram> {
        let funs = jaq_core::funs().chain(jaq_std::funs().filter(|f| f.0 != "env")).chain(jaq_json::funs());
        let arena = Arena::default();
        let modules = Loader::new(prelude())
            .load(&arena, File { code: expr, path: () })
            .map_err(|errs| load_error(expr, errs))?;
        let compiled =
            Compiler::default().with_funs(funs).compile(modules).map_err(|errs| compile_error(expr, errs))?;
        Ok(JqProgram { compiled })
    }

    /// Runs the filter on one input and returns every output value, in order.
    ///
    /// A run-time error (e.g. `.foo` on a number, `error("x")`) is a usage error starting with `--jq: `.
    pub fn run(&self, input: &Value) -> Result<Vec<Value>> {
        let ctx = Ctx::<Data>::new(&self.compiled.lut, Vars::new([]));
        self.compiled
            .id
            .run((ctx, from_json(input)))
            .map(|out| out.map(|v| to_json(&v)).map_err(runtime_error))
            .collect()
    }
}

// ---------------------------------------------------------------------------------------------
// Compile-time error reporting

/// Byte offset of `part` inside `whole`, if `part` is a sub-slice of `whole`.
fn offset_in(whole: &str, part: &str) -> Option<usize> {
    let start = whole.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    (at >= start && at + part.len() <= start + whole.len()).then(|| at - start)
}

/// `at column N in 'EXPR'` (1-based, counted in characters; with `line L, ` for multi-line
/// expressions), or just `in 'EXPR'` if `part` is not inside `expr`.
fn locate(expr: &str, part: &str) -> String {
    let Some(before) = offset_in(expr, part).and_then(|off| expr.get(..off)) else {
        return format!("in '{expr}'");
    };
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    match before.matches('\n').count() {
        0 => format!("at column {column} in '{expr}'"),
        n => format!("at line {}, column {column} in '{expr}'", n + 1),
    }
}

/// The offending token: `'x'` (only the first character of `rest` if `first_char`) or `end of input`.
fn token_at(rest: &str, first_char: bool) -> String {
    let shown = if first_char { rest.chars().next().map(String::from) } else { Some(rest.to_string()) };
    match shown {
        Some(s) if !s.is_empty() => format!("'{s}'"),
        _ => "end of input".to_string(),
    }
}

fn lex_expect(e: &load::lex::Expect<&str>) -> &'static str {
    use load::lex::Expect;
    match e {
        Expect::Digit => "digit",
        Expect::Ident => "identifier",
        Expect::Delim("(") => "closing parenthesis ')'",
        Expect::Delim("[") => "closing bracket ']'",
        Expect::Delim("{") => "closing brace '}'",
        Expect::Delim(_) => "closing quote '\"'",
        Expect::Escape => "string escape sequence",
        Expect::Unicode => "4-digit hexadecimal code point",
        _ => "token",
    }
}

/// `unexpected TOKEN` or `expected WHAT but found TOKEN`, then where.
fn syntax_message(expr: &str, expected: Option<String>, at: &str, token: String) -> String {
    let what = match expected {
        None => format!("unexpected {token}"),
        Some(e) => format!("expected {e} but found {token}"),
    };
    format!("--jq: syntax error: {what} {}", locate(expr, at))
}

fn lex_message(expr: &str, (expect, rest): &load::lex::Error<&str>) -> String {
    let expected = match expect {
        load::lex::Expect::Token => None,
        e => Some(lex_expect(e).to_string()),
    };
    syntax_message(expr, expected, rest, token_at(rest, true))
}

fn parse_message(expr: &str, (expect, at): &load::parse::Error<&str>) -> String {
    let expected = match expect {
        load::parse::Expect::Nothing => None,
        load::parse::Expect::Just(word) => Some(format!("'{word}'")),
        e => Some(e.as_str().to_string()),
    };
    syntax_message(expr, expected, at, token_at(at, false))
}

fn load_message(expr: &str, err: &load::Error<&str>) -> Option<String> {
    match err {
        load::Error::Io(errs) => errs.first().map(|(p, e)| format!("--jq: cannot load module '{p}': {e} in '{expr}'")),
        load::Error::Lex(errs) => errs.first().map(|e| lex_message(expr, e)),
        load::Error::Parse(errs) => errs.first().map(|e| parse_message(expr, e)),
    }
}

fn load_error(expr: &str, errs: load::Errors<&str, ()>) -> Error {
    let msg = errs.iter().find_map(|(_, e)| load_message(expr, e));
    Error::usage(msg.unwrap_or_else(|| format!("--jq: cannot parse '{expr}'")))
}

fn undefined_message(expr: &str, (name, kind): &jaq_core::compile::Error<&str>) -> String {
    use jaq_core::compile::Undefined;
    let what = match kind {
        Undefined::Filter(arity) => format!("undefined function {name}/{arity}"),
        Undefined::Var => format!("undefined variable {name}"),
        other => format!("undefined {} {name}", other.as_str()),
    };
    format!("--jq: {what} {}", locate(expr, name))
}

fn compile_error(expr: &str, errs: jaq_core::compile::Errors<&str, ()>) -> Error {
    let msg = errs.iter().flat_map(|(_, es)| es.first()).next().map(|e| undefined_message(expr, e));
    Error::usage(msg.unwrap_or_else(|| format!("--jq: cannot compile '{expr}'")))
}

// ---------------------------------------------------------------------------------------------
// Run-time error reporting

fn runtime_error(exn: jaq_core::Exn<Val>) -> Error {
    match exn.get_err() {
        Ok(err) => Error::usage(format!("--jq: {}", error_text(err.into_val()))),
        Err(exn) => match exn.get_halt() {
            Ok(code) => Error::usage(format!("--jq: halted with exit code {code}")),
            Err(_) => Error::usage("--jq: internal filter error"),
        },
    }
}

/// jq prints string errors verbatim, any other error value as JSON.
fn error_text(v: Val) -> String {
    match &v {
        Val::TStr(b) => String::from_utf8_lossy(b).into_owned(),
        _ => format!("{} (not a string)", to_json(&v)),
    }
}

// ---------------------------------------------------------------------------------------------
// Value conversion

fn from_json(v: &Value) -> Val {
    match v {
        Value::Null => Val::Null,
        Value::Bool(b) => Val::Bool(*b),
        Value::Number(n) => Val::Num(num_from_json(n)),
        Value::String(s) => Val::from(s.clone()),
        Value::Array(a) => a.iter().map(from_json).collect(),
        Value::Object(o) => Val::obj(o.iter().map(|(k, v)| (Val::from(k.clone()), from_json(v))).collect()),
    }
}

/// serde_json keeps each number's text (`arbitrary_precision`): integers of any
/// size become exact jq integers, and other numbers keep their literal text
/// (as jq 1.7 does) until arithmetic turns them into floats.
fn num_from_json(n: &Number) -> Num {
    let text = n.to_string();
    Num::from_str_radix(&text, 10).unwrap_or_else(|| Num::Dec(text.into()))
}

fn to_json(v: &Val) -> Value {
    match v {
        Val::Null => Value::Null,
        Val::Bool(b) => Value::Bool(*b),
        Val::Num(n) => num_to_json(n),
        Val::TStr(b) | Val::BStr(b) => Value::String(String::from_utf8_lossy(b).into_owned()),
        Val::Arr(a) => Value::Array(a.iter().map(to_json).collect()),
        Val::Obj(o) => Value::Object(o.iter().map(|(k, v)| (key_to_string(k), to_json(v))).collect::<Map<_, _>>()),
    }
}

fn key_to_string(k: &Val) -> String {
    match to_json(k) {
        Value::String(s) => s,
        other => other.to_string(),
    }
}

fn num_to_json(n: &Num) -> Value {
    match n {
        Num::Int(i) => Value::Number(Number::from(*i)),
        Num::Float(f) => float_to_json(*f),
        // Big integers and decimal literals: go through their exact decimal text, which serde_json
        // keeps as it is (`arbitrary_precision`).
        Num::BigInt(_) | Num::Dec(_) => number_from_text(&n.to_string()),
    }
}

fn number_from_text(text: &str) -> Value {
    match serde_json::from_str::<Number>(text) {
        Ok(num) => Value::Number(num),
        Err(_) => text.parse::<f64>().map_or(Value::Null, float_to_json),
    }
}

fn float_to_json(f: f64) -> Value {
    let clamped = if f.is_infinite() { f64::MAX.copysign(f) } else { f };
    Number::from_f64(clamped).map_or(Value::Null, Value::Number)
}

#[cfg(test)]
mod tests;
