//! Checks that the registry is whole (every kind, noun command, prefix and
//! contract collection is in it) and that the generated CSV field table
//! ([`super::fields`]) matches the contract; `ISOREG_UPDATE_COMPLETIONS=1`
//! regenerates the table.

use super::*;
use serde_json::Value;
use std::collections::BTreeSet;

/// The API contract the field table is generated from, below the crate root.
const CONTRACT_FIXTURE: &str = "crates/isoreg-emulator/contract/registry-contract.json";
/// The generated table, below the crate root.
const FIELDS_FILE: &str = "src/resource/fields.rs";
/// Schemas with CSV fields that are no kind's item.
const EXTRA_SCHEMAS: &[&str] = &["ProjectDocument"];

fn contract() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(CONTRACT_FIXTURE);
    let text = std::fs::read_to_string(&path).expect("the contract fixture is readable");
    serde_json::from_str(&text).expect("the contract fixture is JSON")
}

/// Every variant, by a match the compiler keeps exhaustive.
fn all_resources() -> Vec<Resource> {
    let every = |r: Resource| match r {
        Resource::CreditBatch
        | Resource::Issuance
        | Resource::Organisation
        | Resource::Supplier
        | Resource::Project
        | Resource::Order
        | Resource::Delivery
        | Resource::Retirement
        | Resource::Transfer
        | Resource::Refund
        | Resource::Removal => r,
    };
    use Resource::*;
    [CreditBatch, Issuance, Organisation, Supplier, Project, Order, Delivery, Retirement, Transfer, Refund, Removal]
        .into_iter()
        .map(every)
        .collect()
}

/// A schema with `$ref`, a single-choice `anyOf` (with null) or a one-item `allOf` followed.
fn resolve<'a>(schemas: &'a Value, s: &'a Value) -> &'a Value {
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        return resolve(schemas, &schemas[r.rsplit('/').next().unwrap_or(r)]);
    }
    if let Some(any) = s.get("anyOf").and_then(Value::as_array) {
        let real: Vec<&Value> = any.iter().filter(|x| x.get("type").and_then(Value::as_str) != Some("null")).collect();
        if let [one] = real.as_slice() {
            return resolve(schemas, one);
        }
    }
    if let Some([one]) = s.get("allOf").and_then(Value::as_array).map(Vec::as_slice) {
        return resolve(schemas, one);
    }
    s
}

/// Leaf paths of a schema: objects are walked, everything else is a leaf.
fn leaves(schemas: &Value, s: &Value, prefix: &str, out: &mut Vec<String>) {
    let s = resolve(schemas, s);
    match s.get("properties").and_then(Value::as_object).filter(|p| !p.is_empty()) {
        Some(props) => {
            for (k, v) in props {
                let p = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                leaves(schemas, v, &p, out);
            }
        }
        None => out.push(prefix.to_string()),
    }
}

/// A schema's CSV fields: `id` first, then every other leaf path sorted.
fn csv_fields(schemas: &Value, name: &str) -> Vec<String> {
    let mut all = Vec::new();
    leaves(schemas, &schemas[name], "", &mut all);
    let mut rest: Vec<String> = all.iter().filter(|f| *f != "id").cloned().collect();
    rest.sort();
    let mut out: Vec<String> = all.iter().filter(|f| *f == "id").cloned().collect();
    out.extend(rest);
    out
}

/// `BufferPoolRefund` → `BUFFER_POOL_REFUND`.
fn const_name(schema: &str) -> String {
    let mut out = String::new();
    for (i, c) in schema.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

fn generate() -> String {
    let c = contract();
    let schemas = &c["components"]["schemas"];
    let mut out = String::from(
        "//! CSV fields of each contract schema isoreg shows: `id`, then every leaf path\n\
         //! sorted. Generated from the API contract by `resource::tests`; do not edit:\n\
         //! `ISOREG_UPDATE_COMPLETIONS=1 cargo test --lib resource::` rewrites it.\n",
    );
    let names = KINDS.iter().map(|k| k.schema).filter(|s| !s.is_empty()).chain(EXTRA_SCHEMAS.iter().copied());
    for name in names {
        out.push_str(&format!("\n/// `{name}`.\npub const {}: &[&str] = &[\n", const_name(name)));
        for f in csv_fields(schemas, name) {
            out.push_str(&format!("    \"{f}\",\n"));
        }
        out.push_str("];\n");
    }
    out
}

#[test]
fn fields_table_is_fresh() {
    let want = generate();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(FIELDS_FILE);
    if std::env::var_os("ISOREG_UPDATE_COMPLETIONS").is_some() {
        std::fs::write(&path, &want).expect("the field table is writable");
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{FIELDS_FILE} is stale; regenerate with `ISOREG_UPDATE_COMPLETIONS=1 cargo test --lib resource::`"
    );
}

#[test]
fn hand_ordered_fields_are_the_contracts() {
    let c = contract();
    let schemas = &c["components"]["schemas"];
    let set = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<BTreeSet<String>>();
    for (name, hand) in
        [("CreditBatch", crate::commands::batch::FIELDS), ("Organisation", crate::commands::org::PLAN.fields)]
    {
        let contract_set: BTreeSet<String> = csv_fields(schemas, name).into_iter().collect();
        assert_eq!(set(hand), contract_set, "{name}: the hand-ordered CSV fields differ from the contract's");
    }
}

#[test]
fn every_resource_has_one_row_and_a_prefix() {
    for r in all_resources() {
        let rows = KINDS.iter().filter(|k| k.resource == r).count();
        assert_eq!(rows, 1, "{r:?} has {rows} rows in KINDS");
        assert!(!r.kind().prefixes.is_empty() && r.prefix().len() == 3, "{r:?} has no prefix");
        assert_eq!(crate::ids::kind_of(&format!("{}_1DRBTYA8Q1S07CBY", r.prefix())), Some(r));
    }
    let prefixes: Vec<&str> = KINDS.iter().flat_map(|k| k.prefixes.iter().copied()).collect();
    let unique: BTreeSet<&str> = prefixes.iter().copied().collect();
    assert_eq!(prefixes.len(), unique.len(), "a prefix names two kinds");
}

#[test]
fn every_noun_command_maps_to_a_resource() {
    use clap::CommandFactory;
    let cli = crate::cli::Cli::command();
    for sub in cli.get_subcommands() {
        let reads = sub.get_subcommands().any(|s| matches!(s.get_name(), "get" | "list"));
        if !reads {
            continue;
        }
        let name = sub.get_name();
        let known = KINDS.iter().any(|k| k.command == Some(name)) || LISTS.iter().any(|l| l.kind == name);
        assert!(known, "`isoreg {name}` reads a resource the registry does not know");
    }
    for k in KINDS.iter().filter_map(|k| k.command) {
        assert!(cli.find_subcommand(k).is_some(), "the registry names a command `isoreg {k}` that does not exist");
    }
}

#[test]
fn every_contract_collection_is_known() {
    let c = contract();
    let paths = c["paths"].as_object().expect("the contract has paths");
    for (path, _) in paths.iter().filter(|(_, ops)| ops.get("get").is_some()) {
        let segs: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        let known = match segs.as_slice() {
            [coll, id, ..] if id.starts_with('{') => by_collection(coll).is_some(),
            _ => LISTS.iter().any(|l| l.path == path) || by_collection(segs[0]).is_some() || needs_token(path),
        };
        assert!(known, "{path} is in the contract but not in the registry");
    }
}

#[test]
fn every_schema_is_in_the_contract() {
    let c = contract();
    for k in KINDS.iter().filter(|k| !k.schema.is_empty()) {
        assert!(c["components"]["schemas"].get(k.schema).is_some(), "{:?}: no schema {}", k.resource, k.schema);
    }
}

#[test]
fn token_rule() {
    assert!(needs_token("/organisation"));
    assert!(needs_token("/stripe/checkout"));
    assert!(needs_token("/suppliers/spl_X/orders"));
    assert!(needs_token("/orders/ord_X/deliveries"));
    assert!(!needs_token("/suppliers/spl_X/projects"));
    assert!(!needs_token("/deliveries/dlv_X"));
    assert!(!needs_token("/"));
}

#[test]
fn lists_are_whole() {
    for l in LISTS {
        assert!(l.path.starts_with('/'), "{}: {} is no path", l.kind, l.path);
        assert!(!l.find_names || !l.shows.kind().name_path.is_empty(), "{}: find searches names it has none", l.kind);
        assert!(!l.find_names || !l.path.contains('{'), "{}: find cannot fill {}", l.kind, l.path);
    }
    let moves: Vec<&str> = KINDS.iter().filter(|k| k.moved.is_some()).map(|k| k.singular).collect();
    assert_eq!(moves, ["retirement", "transfer", "delivery"], "lineage reads the latest move first");
}

#[test]
fn list_paths_are_known() {
    for kind in ["beneficiary", "transferee"] {
        assert!(list_path(kind).starts_with('/'), "the registry lists no {kind}s");
    }
}

#[test]
fn every_kind_with_a_noun_has_a_view_whose_columns_it_has() {
    for k in KINDS.iter().filter(|k| k.command.is_some()) {
        let v = k.view;
        let rows = if v.detail.is_empty() { v.columns } else { v.detail };
        assert_eq!(rows.first().map(|c| c.path.as_ref()), Some("id"), "{:?}: a view starts with the ID", k.resource);
        for c in v.columns.iter().chain(v.detail) {
            for part in c.parts() {
                let known = v.fields.iter().any(|f| *f == part || f.starts_with(&format!("{part}.")));
                assert!(known, "{:?}: column {} shows {part}, not a field of the contract", k.resource, c.header);
            }
        }
    }
}
