//! Unit tests of the `--jq` language: parsing, built-ins, errors, exact numbers.

use super::*;
use crate::error::Kind;
use serde_json::json;

const _: () = {
    const fn assert_send<T: Send>() {}
    assert_send::<JqProgram>();
};

fn jq(expr: &str, input: Value) -> Vec<Value> {
    match JqProgram::compile(expr).and_then(|f| f.run(&input)) {
        Ok(out) => out,
        Err(e) => panic!("{expr}: {}", e.message),
    }
}

fn compile_err(expr: &str) -> String {
    match JqProgram::compile(expr) {
        Ok(_) => panic!("{expr} compiled"),
        Err(e) => {
            assert_eq!(e.kind, Kind::Usage);
            e.message
        }
    }
}

fn run_err(expr: &str, input: Value) -> String {
    let filter = JqProgram::compile(expr).expect("compiles");
    match filter.run(&input) {
        Ok(out) => panic!("{expr} gave {out:?}"),
        Err(e) => {
            assert_eq!(e.kind, Kind::Usage);
            e.message
        }
    }
}

fn items() -> Value {
    json!([
        {"id": "a", "status": "active", "size": {"credit_kgs": 125632}},
        {"id": "b", "status": "retired", "size": {"credit_kgs": 10}},
        {"id": "c", "status": "active", "size": {"credit_kgs": 9007199254740993_i64}}
    ])
}

#[test]
fn the_environment_is_out_of_reach() {
    assert!(std::env::var_os("PATH").is_some(), "the test needs some environment");
    assert_eq!(jq("env", json!(null)), vec![json!({})]);
    assert_eq!(jq("env.PATH", json!(null)), vec![Value::Null]);
    assert!(JqProgram::compile("$ENV.PATH").is_err(), "$ENV is not defined");
}

#[test]
fn field_access() {
    assert_eq!(jq(".id", json!({"id": 125632})), vec![json!(125632)]);
    assert_eq!(jq(".missing", json!({})), vec![Value::Null]);
}

#[test]
fn iterate_multiple_outputs() {
    assert_eq!(jq(".[] | .id", items()), vec![json!("a"), json!("b"), json!("c")]);
    assert_eq!(jq(".[0].id, .[1].id", items()), vec![json!("a"), json!("b")]);
    assert_eq!(jq("empty", items()), Vec::<Value>::new());
}

#[test]
fn map_select_length() {
    assert_eq!(jq(r#"map(select(.status == "active")) | length"#, items()), vec![json!(2)]);
}

#[test]
fn add_keeps_integers_exact() {
    let expected = json!(125632_i64 + 10 + 9007199254740993_i64);
    assert_eq!(jq("[.[] | .size.credit_kgs] | add", items()), vec![expected]);
    assert_eq!(jq(".[2].size.credit_kgs", items()), vec![json!(9007199254740993_i64)]);
    let big: Value = serde_json::from_str(r#"{"k": 18446744073709551617, "f": 93071036.36193633}"#).unwrap();
    let out = jq("[.k, .k + .k, .f]", big);
    assert_eq!(
        serde_json::to_string(&out[0]).unwrap(),
        "[18446744073709551617,36893488147419103234,93071036.36193633]"
    );
    assert_eq!(jq(".", json!(u64::MAX)), vec![json!(u64::MAX)]);
    assert_eq!(jq(".", json!(i64::MIN)), vec![json!(i64::MIN)]);
    assert_eq!(jq(". + 0.5", json!(1)), vec![json!(1.5)]);
}

#[test]
fn keys_and_entries() {
    let input = json!({"b": 1, "a": 2});
    assert_eq!(jq("keys", input.clone()), vec![json!(["a", "b"])]);
    let entries = json!([{"key": "b", "value": 1}, {"key": "a", "value": 2}]);
    assert_eq!(jq("to_entries", input), vec![entries]);
}

#[test]
fn sort_by_field() {
    let input = json!([{"x": 3}, {"x": 1}, {"x": 2}]);
    assert_eq!(jq("sort_by(.x) | map(.x)", input), vec![json!([1, 2, 3])]);
}

#[test]
fn string_interpolation() {
    assert_eq!(jq(r#""\(.a)-\(.b)""#, json!({"a": "x", "b": 7})), vec![json!("x-7")]);
}

#[test]
fn object_construction_keeps_order() {
    let out = jq("{id, kgs: .size.credit_kgs}", items()[0].clone());
    assert_eq!(out, vec![json!({"id": "a", "kgs": 125632})]);
    let keys: Vec<&String> = out[0].as_object().map(|o| o.keys().collect()).unwrap_or_default();
    assert_eq!(keys, ["id", "kgs"]);
    let text = serde_json::to_string(&jq("{z: 1, a: 2, m: 3}", Value::Null)[0]).unwrap_or_default();
    assert_eq!(text, r#"{"z":1,"a":2,"m":3}"#);
}

#[test]
fn unicode_and_control_chars_round_trip() {
    let s = "héllo ✓ 😀 \u{0} \u{1f} \n\t\"\\";
    assert_eq!(jq(".", json!(s)), vec![json!(s)]);
    assert_eq!(jq(".s | length", json!({ "s": "😀é" })), vec![json!(2)]);
}

#[test]
fn std_library_extras() {
    assert_eq!(jq("[.[] | tostring]", json!([1, "a"])), vec![json!(["1", "a"])]);
    assert_eq!(jq("tonumber", json!("42")), vec![json!(42)]);
    assert_eq!(jq("group_by(. % 2) | length", json!([1, 2, 3])), vec![json!(2)]);
    assert_eq!(jq(r#"test("^a.c$")"#, json!("abc")), vec![json!(true)]);
    assert_eq!(jq("@csv", json!(["a", 1])), vec![json!(r#""a",1"#)]);
    assert_eq!(jq("@tsv", json!(["a", 1])), vec![json!("a\t1")]);
    assert_eq!(jq("@json", json!({"a": 1})), vec![json!(r#"{"a":1}"#)]);
    assert_eq!(jq("@text", json!(1)), vec![json!("1")]);
    assert_eq!(jq(r#"[.[] | select(test("b"))]"#, json!(["ab", "c"])), vec![json!(["ab"])]);
}

#[test]
fn csv_and_tsv() {
    let extra: Option<Vec<_>> = load::parse(EXTRA_DEFS, |p| p.defs());
    assert_eq!(extra.map(|defs| defs.len()), Some(6));
    let row = json!(["a\"b", 1, 1.5, null, true, "x,y"]);
    assert_eq!(jq("@csv", row.clone()), vec![json!(r#""a""b",1,1.5,,true,"x,y""#)]);
    let row = json!(["a\tb\\c\nd\re", 2, null, false]);
    assert_eq!(jq("@tsv", row), vec![json!("a\\tb\\\\c\\nd\\re\t2\t\tfalse")]);
    assert!(run_err("@csv", json!({"a": 1})).contains("only an array"));
    assert!(run_err("@tsv", json!([[1]])).contains("is not valid in a tsv row"));
    assert!(JqProgram::compile("isoreg_row(1)").is_ok());
}

#[test]
fn filter_is_reusable() {
    let filter = JqProgram::compile(".a").expect("compiles");
    assert_eq!(filter.run(&json!({"a": 1})).ok(), Some(vec![json!(1)]));
    assert_eq!(filter.run(&json!({"a": 2})).ok(), Some(vec![json!(2)]));
}

#[test]
fn syntax_error_points_at_token() {
    let msg = compile_err(".[] | map(.x");
    assert!(msg.starts_with("--jq: "), "{msg}");
    assert!(msg.contains("in '.[] | map(.x'"), "{msg}");
    let msg = compile_err(".a | | .b");
    assert!(msg.contains("'|'") && msg.contains("column 6"), "{msg}");
    let msg = compile_err(".a ;");
    assert_eq!(msg, "--jq: syntax error: unexpected ';' at column 4 in '.a ;'");
    let msg = compile_err("if . then 1");
    assert!(msg.contains("expected else or end but found end of input at column 12"), "{msg}");
    let msg = compile_err("\"abc");
    assert!(msg.contains("closing quote") && msg.contains("column 5"), "{msg}");
    let msg = compile_err(".a |\n  \"é\" | §");
    assert!(msg.contains("unexpected '§' at line 2, column 9"), "{msg}");
}

#[test]
fn undefined_function_and_variable() {
    let msg = compile_err(".[] | selct(.x)");
    assert!(msg.contains("undefined function selct/1"), "{msg}");
    assert!(msg.contains("column 7 in '.[] | selct(.x)'"), "{msg}");
    let msg = compile_err(".a + $nope");
    assert!(msg.contains("undefined variable $nope") && msg.contains("column 6"), "{msg}");
}

#[test]
fn runtime_errors() {
    let msg = run_err(".foo", json!(5));
    assert!(msg.starts_with("--jq: ") && msg.contains("cannot index 5"), "{msg}");
    assert_eq!(run_err(r#"error("x")"#, Value::Null), "--jq: x");
    assert!(run_err("error({a: 1})", Value::Null).contains(r#"{"a":1} (not a string)"#));
}
