//! Property tests: arbitrary strings and arbitrary JSON never panic the input
//! checks (quantities, IDs, base URLs), the typed response readers or any
//! renderer; the renderers keep their promises on every input (tables carry no
//! raw control characters, JSON keeps the server's values, CSV stays parseable
//! and defuses formulas).
//!
//! The response funnel itself (status/body → error, pages) is fuzzed by the
//! unit tests in `src/client/errors.rs` and `src/client/pages.rs`, which can
//! reach its private parts.

use isoreg::commands::{balance, batch, issuance, order, retirement};
use isoreg::ids::Resource;
use isoreg::model::{self, Batch, CreditBalance, OrgBalance, OrgRef, Qty};
use isoreg::quantity::{self, Units};
use isoreg::render::{Format, Plan, RAW, RenderOpts, Renderer, csv_out};
use proptest::prelude::*;
use serde_json::{Map, Value, json};
use std::io::Write;
use std::sync::{Arc, Mutex};

/// A `Send` writer whose bytes the test can read after the renderer is gone.
#[derive(Clone, Default)]
struct Sink(Arc<Mutex<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Sink {
    fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).expect("renderers write UTF-8")
    }
}

const FORMATS: [Format; 5] = [Format::Table, Format::Wide, Format::Json, Format::Jsonl, Format::Csv];

fn plans() -> [&'static Plan; 6] {
    [&RAW, &batch::PLAN, &retirement::PLAN, &issuance::PLAN, &order::PLAN, &balance::ROWS]
}

/// Characters that must never reach a terminal raw.
fn is_terminal_hazard(c: char) -> bool {
    c != '\n'
        && (c.is_control()
            || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
}

/// Strings a hostile server (or user) might send.
fn hostile_string() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<String>(),
        3 => "[=+@\\-\t\r]?[a-zA-Z0-9 _.\u{1b}\u{7}\u{9b}\u{202e}\u{2066}\u{200f}\u{2028}\r\n\t\"',;|]{0,16}",
        1 => Just("\u{1b}]0;title\u{7}\u{1b}[2J".to_string()),
        1 => Just("2023-11-07T05:31:56Z".to_string()),
        1 => Just("ctb_1DRBTYA8Q1S07CBY".to_string()),
        1 => "x{200,400}",
    ]
}

/// Keys: the names the plans look for, and anything else.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => prop::sample::select(vec![
            "id", "name", "status", "size", "credit_kgs", "credits", "created_at", "owner", "project_id",
            "supplier_id", "total", "active_credits_total", "nodes", "parent_id", "url", "scope",
        ])
        .prop_map(String::from),
        1 => hostile_string(),
    ]
}

fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        prop::num::f64::NORMAL.prop_map(|f| json!(f)),
        Just(json!(i64::MIN)),
        Just(json!(u64::MAX)),
        Just(json!(-0.0)),
    ]
}

/// Any JSON value: scalars, quantities, dates, nested arrays and objects.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number(),
        hostile_string().prop_map(Value::String),
        any::<i64>().prop_map(|k| json!({"credit_kgs": k, "credits": k as f64 / 1000.0})),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6).prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// Mostly objects (records), sometimes anything at all.
fn record() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => prop::collection::vec((key(), json_value()), 0..8).prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        1 => json_value(),
    ]
}

fn opts(format: Format, fields: Option<Vec<String>>, human: bool, csv_raw: bool) -> RenderOpts {
    RenderOpts {
        format,
        fields,
        units: if human { Units::Credits } else { Units::Kg },
        color: false,
        human,
        width: Some(60),
        csv_raw,
        jq: None,
        raw_output: false,
        wide: format == Format::Wide,
        quiet: true,
    }
}

/// Renders one record, then the same records as a list in pages of two.
fn render(o: &RenderOpts, plan: &Plan, records: &[Value]) -> (String, String) {
    let one = Sink::default();
    let mut r = Renderer::new(o.clone(), Box::new(one.clone()));
    if let Some(first) = records.first() {
        let _ = r.one(first, plan);
    }
    drop(r);
    let list = Sink::default();
    let mut r = Renderer::new(o.clone(), Box::new(list.clone()));
    let mut w = r.list(plan);
    let ok = records.chunks(2).try_for_each(|page| w.page(page.to_vec()));
    if ok.is_ok() {
        let _ = w.finish();
    }
    drop(r);
    (one.text(), list.text())
}

fn has_float(v: &Value) -> bool {
    match v {
        Value::Number(n) => n.is_f64(),
        Value::Array(a) => a.iter().any(has_float),
        Value::Object(m) => m.values().any(has_float),
        _ => false,
    }
}

/// `--fields` drawn from what the records have (plus, sometimes, a bad name).
fn some_fields(records: &[Value], pick: &[prop::sample::Index], bogus: bool) -> Option<Vec<String>> {
    let paths: Vec<String> = records.first().map(isoreg::render::fields::all_paths).unwrap_or_default();
    if paths.is_empty() && !bogus {
        return None;
    }
    let mut f: Vec<String> = pick.iter().filter(|_| !paths.is_empty()).map(|i| i.get(&paths).clone()).collect();
    f.dedup();
    if bogus || f.is_empty() {
        f.push("no_such_field".into());
    }
    Some(f)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn quantity_parser_never_panics_and_round_trips(s in hostile_string(), kgs in 0i128..i128::MAX / 1000) {
        if let Ok(k) = quantity::parse(&s) {
            prop_assert!(k.get() >= 0, "{s:?} -> {k}");
        }
        let want = quantity::Kg::new(kgs);
        prop_assert_eq!(quantity::parse(&format!("{kgs}kg")).ok(), want);
        prop_assert_eq!(quantity::parse(&quantity::tonnes(kgs)).ok(), want);
        prop_assert_eq!(quantity::parse(&format!("{}t", quantity::tonnes(kgs))).ok(), want);
    }

    #[test]
    fn quantity_parser_accepts_only_the_documented_forms(s in "[0-9.tkg ,e+-]{0,12}") {
        if quantity::parse(&s).is_ok() {
            let t = s.trim();
            let ok = t.strip_suffix("kg").is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
                || t.strip_suffix('t').unwrap_or(t).split_once('.').map_or_else(
                    || t.strip_suffix('t').unwrap_or(t).bytes().all(|b| b.is_ascii_digit()),
                    |(w, f)| !w.is_empty() && !f.is_empty() && f.len() <= 3
                        && w.bytes().chain(f.bytes()).all(|b| b.is_ascii_digit()),
                );
            prop_assert!(ok, "accepted {s:?}");
        }
    }

    #[test]
    fn id_validator_never_panics_and_lets_nothing_path_changing_through(s in hostile_string()) {
        for res in [Resource::CreditBatch, Resource::Project, Resource::Organisation, Resource::Retirement] {
            if let Ok(id) = isoreg::ids::check(&s, res) {
                prop_assert_eq!(&id, &s);
                prop_assert!(!id.is_empty() && !id.contains(".."), "{id:?}");
                prop_assert!(!id.chars().any(|c| matches!(c, '/' | '\\' | '?' | '#' | '%') || c.is_whitespace()
                    || c.is_control()), "{id:?}");
            }
        }
    }

    #[test]
    fn base_url_check_never_panics_and_allows_only_https_or_loopback_http(
        s in prop_oneof![hostile_string(), "(https?|ftp)://[a-z0-9.:@\\[\\]]{0,20}(/[a-z0-9%?#]{0,8}){0,3}"]
    ) {
        if let Ok(u) = isoreg::client::check_base_url(&s) {
            let url = url::Url::parse(&u).expect("what passed the check parses");
            let loopback = match url.host() {
                Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
                Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
                Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
                None => false,
            };
            prop_assert!(url.scheme() == "https" || (url.scheme() == "http" && loopback), "{s:?}");
            prop_assert!(url.username().is_empty() && url.password().is_none(), "{s:?}");
        }
    }

    #[test]
    fn typed_readers_return_errors_not_panics(v in json_value()) {
        let _ = model::read::<Batch>(&v, "credit batch");
        let _ = model::read::<OrgBalance>(&v, "credit balance");
        let _ = model::read::<CreditBalance>(&v, "balance");
        let _ = model::read::<Qty>(&v, "quantity");
        if let Err(e) = model::read::<OrgRef>(&v, "organisation") {
            prop_assert_eq!(e.exit_code(), 6);
        }
    }

    #[test]
    fn every_renderer_survives_any_records(
        records in prop::collection::vec(record(), 0..5),
        pick in prop::collection::vec(any::<prop::sample::Index>(), 0..4),
        plan_i in 0usize..6,
        bogus in prop::bool::weighted(0.1),
        use_fields in any::<bool>(),
        human in any::<bool>(),
        csv_raw in any::<bool>(),
    ) {
        let plan = plans()[plan_i];
        let fields = if use_fields { some_fields(&records, &pick, bogus) } else { None };
        for format in FORMATS {
            let (one, list) = render(&opts(format, fields.clone(), human, csv_raw), plan, &records);
            match format {
                Format::Table | Format::Wide => {
                    let bad = one.chars().chain(list.chars()).find(|c| is_terminal_hazard(*c));
                    prop_assert!(bad.is_none(), "raw {bad:?} in a table:\n{one}\n{list}");
                }
                Format::Json | Format::Jsonl => {
                    for line in one.lines().chain(list.lines()).filter(|_| format == Format::Jsonl) {
                        serde_json::from_str::<Value>(line).expect("each jsonl line is JSON");
                    }
                }
                Format::Csv => {
                    let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(list.as_bytes());
                    prop_assert!(r.records().all(|x| x.is_ok()), "{list}");
                }
            }
        }
    }

    #[test]
    fn json_output_is_exactly_the_servers_records(records in prop::collection::vec(record(), 0..5)) {
        prop_assume!(!records.iter().any(has_float));
        let (one, list) = render(&opts(Format::Json, None, false, false), &RAW, &records);
        let list: Value = serde_json::from_str(&list).expect("a list is one JSON array");
        prop_assert_eq!(list, Value::Array(records.clone()));
        if let Some(first) = records.first() {
            prop_assert_eq!(&serde_json::from_str::<Value>(&one).expect("one JSON value"), first);
        }
        let (_, lines) = render(&opts(Format::Jsonl, None, false, false), &RAW, &records);
        let parsed: Vec<Value> = lines.lines().map(|l| serde_json::from_str(l).expect("jsonl")).collect();
        prop_assert_eq!(parsed, records);
    }

    #[test]
    fn csv_text_cells_never_start_a_formula_unless_raw(s in hostile_string()) {
        let rec = json!({"name": s, "tags": [s.clone(), "x"]});
        for path in ["name", "tags"] {
            let cell = csv_out::cell(&rec, path, false);
            prop_assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?}");
            prop_assert!(cell == csv_out::cell(&rec, path, true) || cell.starts_with('\''), "{cell:?}");
        }
        prop_assert_eq!(csv_out::cell(&rec, "name", true), s);
    }
}
