//! The schema for people: one view per resource with readable columns,
//! quantities as integer kilograms (`…_kg`), names joined next to ids, dates
//! as the server's ISO text, and the raw server JSON in a `json` column.
//!
//! Views are made per connection (TEMP) for one snapshot, so a query never
//! has to say which snapshot it means: `isoreg sql` picks the latest or
//! `--snapshot N`. [`SCHEMA`] is also what `isoreg sql --schema` prints.

use super::{Snapshot, Store};
use crate::error::Result;
use serde_json::{Value, json};

/// A view: its name, what it holds, what it reads, and its columns
/// (name, SQL expression, description).
pub struct View {
    pub name: &'static str,
    pub about: &'static str,
    from: &'static str,
    pub cols: &'static [(&'static str, &'static str, &'static str)],
}

/// The kinds of records a sync stores, each readable as `_<kind>` (id, json), in the order
/// `isoreg diff` lists their changes (the views do not depend on it).
pub const KINDS: &[&str] = &[
    "balance",
    "batch",
    "issuance",
    "retirement",
    "transfer",
    "delivery",
    "order",
    "project",
    "supplier",
    "organisation",
    "beneficiary",
    "transferee",
];

const ORG_COLS: &[(&str, &str, &str)] = &[
    ("id", "o.id", "organisation id"),
    ("name", "json_extract(o.json, '$.name')", "name"),
    ("domain", "json_extract(o.json, '$.domain')", "web domain"),
    ("json", "o.json", "the server's JSON"),
];

/// Every view, in the order `--schema` prints them.
pub const SCHEMA: &[View] = &[
    View {
        name: "snapshots",
        about: "one row per sync",
        from: "main.snapshot s",
        cols: &[
            ("id", "s.id", "snapshot number"),
            ("taken_at", "s.taken_at", "when the sync finished (UTC)"),
            ("base_url", "s.base_url", "the API it read"),
            ("org_id", "s.org_id", "the organisation of the token"),
            ("records", "s.records", "records in the snapshot"),
            ("changed", "s.changed", "records added, changed or gone since the previous one"),
            ("duration_ms", "s.duration_ms", "how long the sync took"),
        ],
    },
    View {
        name: "batches",
        about: "credit batches: yours in every status, and every issuance's original batches",
        from: "_batch b LEFT JOIN _issuance i ON i.id = json_extract(b.json, '$.issuance_id') \
               LEFT JOIN _project p ON p.id = json_extract(b.json, '$.project_id') \
               LEFT JOIN _supplier s ON s.id = coalesce(json_extract(b.json, '$.supplier_id'), json_extract(i.json, '$.supplier.id'))",
        cols: &[
            ("id", "b.id", "credit batch id"),
            ("serial_number", "json_extract(b.json, '$.serial_number')", "serial number (range of credits)"),
            ("status", "json_extract(b.json, '$.status')", "active, split or retired"),
            ("size_kg", "json_extract(b.json, '$.size.credit_kgs')", "size in kg (1 credit = 1000 kg)"),
            ("mine", "coalesce(json_extract(b.json, '$.owner.id') = {ORG}, 0)", "1 if your organisation owns it"),
            ("owner_id", "json_extract(b.json, '$.owner.id')", "owner organisation"),
            ("owner_name", "json_extract(b.json, '$.owner.name')", "owner's name"),
            ("project_id", "json_extract(b.json, '$.project_id')", "project"),
            ("project_name", "json_extract(p.json, '$.name')", "project's name"),
            ("supplier_id", "s.id", "supplier"),
            ("supplier_name", "json_extract(s.json, '$.organisation.name')", "supplier's name"),
            ("issuance_id", "json_extract(b.json, '$.issuance_id')", "issuance"),
            ("issued_at", "json_extract(b.json, '$.issued_at')", "when issued"),
            ("retirement_id", "json_extract(b.json, '$.retirement_id')", "retirement, once retired"),
            ("retired_at", "json_extract(b.json, '$.retired_at')", "when retired"),
            ("beneficiary_name", "json_extract(b.json, '$.beneficiary.name')", "retirement beneficiary"),
            ("delivery_id", "json_extract(b.json, '$.delivery_id')", "delivery that brought it"),
            ("delivered_at", "json_extract(b.json, '$.delivered_at')", "when delivered"),
            ("parent_id", "json_extract(b.json, '$.parent_id')", "batch it was split from"),
            ("left_child_id", "json_extract(b.json, '$.left_child_id')", "first half, once split"),
            ("right_child_id", "json_extract(b.json, '$.right_child_id')", "second half, once split"),
            ("country", "json_extract(b.json, '$.country_of_issue')", "country of issue"),
            (
                "sequestered_on",
                "coalesce(json_extract(b.json, '$.sequestered_on'), substr(json_extract(b.json, '$.sequestered_at'), 1, 10))",
                "date of sequestration",
            ),
            ("json", "b.json", "the server's JSON"),
        ],
    },
    View {
        name: "balances",
        about: "your credit balance: the total, then per project, supplier and order",
        from: "(SELECT 'total' AS scope, NULL AS scope_id, b.json AS t FROM _balance b \
               UNION ALL SELECT 'project', json_extract(e.value, '$.project_id'), e.value FROM _balance b, json_each(b.json, '$.project_balances') e \
               UNION ALL SELECT 'supplier', json_extract(e.value, '$.supplier_id'), e.value FROM _balance b, json_each(b.json, '$.supplier_balances') e \
               UNION ALL SELECT 'order', json_extract(e.value, '$.order_id'), e.value FROM _balance b, json_each(b.json, '$.order_balances') e) x \
               LEFT JOIN _project p ON x.scope = 'project' AND p.id = x.scope_id \
               LEFT JOIN _supplier s ON x.scope = 'supplier' AND s.id = x.scope_id",
        cols: &[
            ("scope", "x.scope", "total, project, supplier or order"),
            ("scope_id", "x.scope_id", "the project, supplier or order (NULL for the total)"),
            (
                "scope_name",
                "coalesce(json_extract(p.json, '$.name'), json_extract(s.json, '$.organisation.name'))",
                "its name",
            ),
            ("active_kg", "json_extract(x.t, '$.total.active_credits_total.credit_kgs')", "active credits, kg"),
            ("retired_kg", "json_extract(x.t, '$.total.retired_credits_total.credit_kgs')", "retired credits, kg"),
        ],
    },
    View {
        name: "issuances",
        about: "every issuance in the registry",
        from: "_issuance i LEFT JOIN _project p ON p.id = json_extract(i.json, '$.project_id')",
        cols: &[
            ("id", "i.id", "issuance id"),
            ("issued_at", "json_extract(i.json, '$.issued_at')", "when issued"),
            ("project_id", "json_extract(i.json, '$.project_id')", "project"),
            ("project_name", "json_extract(p.json, '$.name')", "project's name"),
            ("supplier_id", "json_extract(i.json, '$.supplier.id')", "supplier"),
            ("supplier_name", "json_extract(i.json, '$.supplier.organisation.name')", "supplier's name"),
            ("size_kg", "json_extract(i.json, '$.credit_batch_size_total.credit_kgs')", "all credits issued, kg"),
            (
                "supplier_kg",
                "json_extract(i.json, '$.supplier_credit_batch_size_total.credit_kgs')",
                "to the supplier, kg",
            ),
            (
                "buffer_pool_kg",
                "json_extract(i.json, '$.buffer_pool_credit_batch_size_total.credit_kgs')",
                "to the buffer pool, kg",
            ),
            ("period_start", "json_extract(i.json, '$.reporting_period_start_at')", "reporting period start"),
            ("period_end", "json_extract(i.json, '$.reporting_period_end_at')", "reporting period end"),
            ("json", "i.json", "the server's JSON"),
        ],
    },
    View {
        name: "projects",
        about: "every project",
        from: "_project p",
        cols: &[
            ("id", "p.id", "project id"),
            ("name", "json_extract(p.json, '$.name')", "name"),
            ("short_code", "json_extract(p.json, '$.short_code')", "code used in serial numbers"),
            ("status", "json_extract(p.json, '$.status')", "status"),
            ("country", "json_extract(p.json, '$.country_code')", "country"),
            ("pathway", "json_extract(p.json, '$.pathway')", "removal pathway"),
            ("supplier_id", "json_extract(p.json, '$.supplier.id')", "supplier"),
            ("supplier_name", "json_extract(p.json, '$.supplier.organisation.name')", "supplier's name"),
            ("issued_kg", "json_extract(p.json, '$.issued_credits_total.credit_kgs')", "credits issued, kg"),
            ("retired_kg", "json_extract(p.json, '$.retired_credits_total.credit_kgs')", "credits retired, kg"),
            ("url", "json_extract(p.json, '$.url')", "public page"),
            ("json", "p.json", "the server's JSON"),
        ],
    },
    View {
        name: "suppliers",
        about: "every supplier",
        from: "_supplier s",
        cols: &[
            ("id", "s.id", "supplier id"),
            ("name", "json_extract(s.json, '$.organisation.name')", "name"),
            ("org_id", "json_extract(s.json, '$.organisation.id')", "its organisation"),
            ("country", "json_extract(s.json, '$.location.country_code')", "country"),
            ("description", "json_extract(s.json, '$.short_description')", "what it does"),
            ("json", "s.json", "the server's JSON"),
        ],
    },
    View {
        name: "retirements",
        about: "every retirement in the registry",
        from: "_retirement r",
        cols: &[
            ("id", "r.id", "retirement id"),
            ("retired_at", "json_extract(r.json, '$.retired_at')", "when retired"),
            ("size_kg", "json_extract(r.json, '$.credit_batch_size_total.credit_kgs')", "credits retired, kg"),
            ("mine", "coalesce(json_extract(r.json, '$.owner.id') = {ORG}, 0)", "1 if your organisation retired them"),
            ("owner_id", "json_extract(r.json, '$.owner.id')", "who retired them"),
            ("owner_name", "json_extract(r.json, '$.owner.name')", "their name"),
            ("beneficiary_id", "json_extract(r.json, '$.beneficiary.id')", "on whose behalf"),
            ("beneficiary_name", "json_extract(r.json, '$.beneficiary.name')", "their name"),
            ("purposes", "json_extract(r.json, '$.purposes')", "purposes (JSON array)"),
            ("notes", "json_extract(r.json, '$.notes')", "public note"),
            ("url", "json_extract(r.json, '$.url')", "public certificate"),
            ("json", "r.json", "the server's JSON"),
        ],
    },
    View {
        name: "transfers",
        about: "every transfer in the registry",
        from: "_transfer t",
        cols: &[
            ("id", "t.id", "transfer id"),
            ("transferred_at", "json_extract(t.json, '$.transferred_at')", "when"),
            ("size_kg", "json_extract(t.json, '$.credit_batch_size_total.credit_kgs')", "credits moved, kg"),
            (
                "direction",
                "CASE {ORG} WHEN json_extract(t.json, '$.from_organisation.id') THEN 'out' WHEN json_extract(t.json, '$.to_organisation.id') THEN 'in' END",
                "out or in for your organisation, else NULL",
            ),
            ("from_org_id", "json_extract(t.json, '$.from_organisation.id')", "sender"),
            ("from_org_name", "json_extract(t.json, '$.from_organisation.name')", "sender's name"),
            ("to_org_id", "json_extract(t.json, '$.to_organisation.id')", "receiver"),
            ("to_org_name", "json_extract(t.json, '$.to_organisation.name')", "receiver's name"),
            ("notes", "json_extract(t.json, '$.notes')", "public note"),
            ("json", "t.json", "the server's JSON"),
        ],
    },
    View {
        name: "deliveries",
        about: "every delivery in the registry",
        from: "_delivery d",
        cols: &[
            ("id", "d.id", "delivery id"),
            ("delivered_at", "json_extract(d.json, '$.delivered_at')", "when"),
            ("size_kg", "json_extract(d.json, '$.credit_batch_size_total.credit_kgs')", "credits delivered, kg"),
            ("supplier_id", "json_extract(d.json, '$.from_supplier.id')", "supplier"),
            ("supplier_name", "json_extract(d.json, '$.from_supplier.organisation.name')", "supplier's name"),
            ("to_org_id", "json_extract(d.json, '$.to_organisation.id')", "buyer"),
            ("to_org_name", "json_extract(d.json, '$.to_organisation.name')", "buyer's name"),
            ("order_id", "json_extract(d.json, '$.order_id')", "order"),
            ("notes", "json_extract(d.json, '$.notes')", "public note"),
            ("json", "d.json", "the server's JSON"),
        ],
    },
    View {
        name: "orders",
        about: "your organisation's orders",
        from: "_order o",
        cols: &[
            ("id", "o.id", "order id"),
            ("status", "json_extract(o.json, '$.status')", "status"),
            ("ordered_kg", "json_extract(o.json, '$.credits_ordered.credit_kgs')", "credits ordered, kg"),
            ("delivered_kg", "json_extract(o.json, '$.credits_delivered.credit_kgs')", "credits delivered, kg"),
            ("supplier_id", "json_extract(o.json, '$.supplier.id')", "supplier"),
            ("supplier_name", "json_extract(o.json, '$.supplier.organisation.name')", "supplier's name"),
            ("buyer_id", "json_extract(o.json, '$.buyer_organisation.id')", "buyer"),
            ("contract_date", "json_extract(o.json, '$.effective_contract_date')", "contract date"),
            ("fulfilled_at", "json_extract(o.json, '$.fulfilled_at')", "when fulfilled"),
            ("json", "o.json", "the server's JSON"),
        ],
    },
    View { name: "organisation", about: "your own organisation", from: "_organisation o", cols: ORG_COLS },
    View { name: "beneficiaries", about: "your retirement beneficiaries", from: "_beneficiary o", cols: ORG_COLS },
    View { name: "transferees", about: "organisations you can transfer to", from: "_transferee o", cols: ORG_COLS },
];

/// An SQL string literal.
pub fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Creates the TEMP views of `snap` on the store's connection. A file of an
/// older schema is read as it is: what it lacks (schema 1 has no
/// `duration_ms`) reads as NULL.
pub fn create(store: &Store, snap: &Snapshot) -> Result<()> {
    let version = store.version()?;
    let mut sql = String::new();
    for k in KINDS {
        sql.push_str(&format!(
            "CREATE TEMP VIEW _{k} AS SELECT id, json FROM main.record WHERE kind = '{k}' AND from_snap <= {n} AND (until_snap IS NULL OR until_snap >= {n});\n",
            n = snap.id
        ));
    }
    let org = snap.org_id.as_deref().map_or_else(|| "NULL".to_string(), quote);
    for v in SCHEMA {
        let cols: Vec<String> =
            v.cols.iter().map(|(name, expr, _)| format!("{} AS {name}", column_expr(expr, version, &org))).collect();
        sql.push_str(&format!("CREATE TEMP VIEW {} AS SELECT {} FROM {};\n", v.name, cols.join(", "), v.from));
    }
    store.conn.execute_batch(&sql).map_err(|e| store.err(&e))
}

/// A column's SQL for a file of `version`.
fn column_expr(expr: &str, version: i64, org: &str) -> String {
    if version < 2 && expr == "s.duration_ms" {
        return "NULL".into();
    }
    expr.replace("{ORG}", org)
}

/// The schema as records (view, column, description), for `sql --schema`.
pub fn describe() -> Vec<Value> {
    SCHEMA
        .iter()
        .flat_map(|v| {
            v.cols
                .iter()
                .map(move |(c, _, d)| json!({"view": v.name, "column": c, "description": d, "view_holds": v.about}))
        })
        .collect()
}
