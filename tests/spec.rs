//! The emulator follows the spec: a walk over every GET operation of `registry-contract.json`
//! checks the documented defaults (page size 10, cap 50, backward paging, sort orders, split
//! batches excluded unless asked for, strict `issued_after`/`issued_before`) and that every
//! request the spec does not allow is refused the FastAPI way (422 naming the parameter, 404
//! `{"detail":"Not Found"}` for unknown paths).

use isoreg_emulator::{Credentials, Emulator, Options};
use reqwest::StatusCode;
use serde_json::{Value, json};
use tokio::sync::oneshot;

const CONTRACT: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/crates/isoreg-emulator/contract/registry-contract.json"));

struct Emu {
    base: String,
    client: reqwest::Client,
    creds: Credentials,
    samples: Vec<(&'static str, String)>,
    stop: Option<oneshot::Sender<()>>,
}

impl Emu {
    async fn start() -> Emu {
        let emu = Emulator::new(Options::default());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = oneshot::channel::<()>();
        tokio::spawn(emu.clone().serve(listener, async {
            let _ = stopped.await;
        }));
        Emu {
            base: format!("http://{addr}/registry/v0"),
            client: reqwest::Client::new(),
            creds: emu.credentials().clone(),
            samples: emu.sample_ids(),
            stop: Some(stop),
        }
    }

    fn sample(&self, kind: &str) -> String {
        self.samples.iter().find(|(k, _)| *k == kind).unwrap().1.clone()
    }

    /// A concrete path for a GET template (and the token that may read it), or a panic naming
    /// the template: a new operation in the contract must be added here.
    fn instance(&self, template: &str) -> (String, &str) {
        let buyer = self.creds.buyer_token.as_str();
        let kind = match template.split('/').nth(1).unwrap_or("") {
            _ if !template.contains("{id}") => None,
            "credit_batches" => Some(self.sample("credit batch")),
            "deliveries" => Some(self.sample("delivery")),
            "issuances" => Some(self.sample("issuance")),
            "orders" => Some(self.sample("order")),
            "organisations" => Some(self.creds.buyer_org_id.clone()),
            "projects" => Some(self.sample("project")),
            "refunds" => Some(self.sample("refund")),
            "retirements" => Some(self.sample("retirement")),
            "suppliers" => Some(self.creds.supplier_id.clone()),
            "transfers" => Some(self.sample("transfer")),
            other => panic!("no sample for {template} ({other}): add one to tests/spec.rs"),
        };
        let token = match template {
            "/supplier" | "/stripe/configuration" => self.creds.supplier_token.as_str(),
            _ => buyer,
        };
        (kind.map_or(template.to_string(), |id| template.replace("{id}", &id)), token)
    }

    async fn get(&self, path: &str, token: &str) -> (StatusCode, Value) {
        let resp = self
            .client
            .get(format!("{}{path}", self.base))
            .header("x-client-secret", &self.creds.client_secret)
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        let status = resp.status();
        let text = resp.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}: {text}")))
    }

    /// `path?query` must be refused with a 422 whose first entry is at `loc`, of type `kind`.
    async fn refused(&self, path: &str, token: &str, query: &str, loc: Value, kind: &str) {
        let sep = if path.contains('?') { '&' } else { '?' };
        let (status, body) = self.get(&format!("{path}{sep}{query}"), token).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{path} {query}: {body}");
        let d = &body["detail"][0];
        assert_eq!((&d["loc"], d["type"].as_str()), (&loc, Some(kind)), "{path} {query}: {body}");
        assert!(d["msg"].as_str().is_some_and(|m| !m.is_empty()), "{body}");
    }
}

impl Drop for Emu {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
}

fn get_ops() -> Vec<(String, Value)> {
    let c: Value = serde_json::from_str(CONTRACT).unwrap();
    let paths = c["paths"].as_object().unwrap();
    paths.iter().filter_map(|(p, item)| Some((p.clone(), item.get("get")?.clone()))).collect()
}

fn declares(op: &Value, name: &str) -> bool {
    op["parameters"].as_array().is_some_and(|ps| ps.iter().any(|p| p["name"] == name && p["in"] == "query"))
}

fn ids(v: &Value) -> Vec<String> {
    v["nodes"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap().to_string()).collect()
}

/// Every GET operation: undeclared parameters, bad path IDs, and the paging rules of the contract.
#[tokio::test]
async fn every_get_operation_follows_the_contract() {
    let emu = Emu::start().await;
    let ops = get_ops();
    assert!(ops.len() >= 30, "{}", ops.len());
    let (mut paginated, mut plain) = (0, 0);
    for (template, op) in &ops {
        let (path, token) = emu.instance(template);
        let (status, body) = emu.get(&path, token).await;
        assert_eq!(status, StatusCode::OK, "{path}: {body}");
        emu.refused(&path, token, "colour=red", json!(["query", "colour"]), "extra_forbidden").await;
        if template.contains("{id}") {
            let short = template.replace("{id}", "abc_1");
            emu.refused(&short, token, "", json!(["path", "id"]), "string_too_short").await;
            let long = template.replace("{id}", &format!("abc_{}", "1".repeat(40)));
            emu.refused(&long, token, "", json!(["path", "id"]), "string_too_long").await;
        }
        if declares(op, "first") {
            paginated += 1;
            check_paging(&emu, &path, token, &body).await;
        } else {
            plain += 1;
            assert!(body.get("page_info").is_none(), "{path} is not paginated: {body}");
            emu.refused(&path, token, "first=50", json!(["query", "first"]), "extra_forbidden").await;
        }
    }
    assert!(paginated >= 15 && plain >= 15, "{paginated} paginated, {plain} plain");
}

/// Defaults and limits of `first`/`last`/`after`/`before` on one paginated list.
async fn check_paging(emu: &Emu, path: &str, token: &str, default: &Value) {
    let total = default["total_count"].as_u64().unwrap() as usize;
    assert_eq!(default["nodes"].as_array().unwrap().len(), total.min(10), "{path}: default page size is 10");
    let (_, all) = emu.get(&format!("{path}?first=50"), token).await;
    let all = ids(&all);
    assert_eq!(all.len(), total.min(50), "{path}: first=50 is allowed");
    for (q, loc, kind) in [
        ("first=51", "first", "less_than_equal"),
        ("last=51", "last", "less_than_equal"),
        ("first=0", "first", "greater_than"),
        ("first=ten", "first", "int_parsing"),
        ("first=5&first=6", "first", "int_type"),
        ("after=", "after", "string_too_short"),
        ("before=", "before", "string_too_short"),
    ] {
        emu.refused(path, token, q, json!(["query", loc]), kind).await;
    }
    if (3..=50).contains(&total) {
        let (_, tail) = emu.get(&format!("{path}?last=3"), token).await;
        assert_eq!(ids(&tail), all[total - 3..], "{path}: last=3 is the end of the list");
        let (_, second) =
            emu.get(&format!("{path}?first=2&after={}", cursor_after(emu, path, token, 1).await), token).await;
        let start = second["page_info"]["start_cursor"].as_str().unwrap().to_string();
        let (_, back) = emu.get(&format!("{path}?last=1&before={start}"), token).await;
        assert_eq!(ids(&back), all[..1], "{path}: before/last pages backwards");
    }
}

async fn cursor_after(emu: &Emu, path: &str, token: &str, n: usize) -> String {
    let (_, page) = emu.get(&format!("{path}?first={n}"), token).await;
    page["page_info"]["end_cursor"].as_str().unwrap().to_string()
}

/// The documented order of each list: (template, field, newest or A-Z first).
#[tokio::test]
async fn lists_are_sorted_as_documented() {
    let emu = Emu::start().await;
    let orders = [
        ("/deliveries", "delivered_at", true),
        ("/issuances", "issued_at", true),
        ("/retirements", "retired_at", true),
        ("/transfers", "transferred_at", true),
        ("/suppliers/{id}/deliveries", "delivered_at", true),
        ("/suppliers/{id}/issuances", "issued_at", true),
        ("/organisations/{id}/orders", "effective_contract_date", true),
        ("/organisations/{id}/credit_batches", "issued_at", true),
        ("/projects", "name", false),
        ("/projects/{id}/documents", "display_name", false),
    ];
    for (template, field, desc) in orders {
        let (path, token) = emu.instance(template);
        let (status, body) = emu.get(&format!("{path}?first=50"), token).await;
        assert_eq!(status, StatusCode::OK, "{path}: {body}");
        let keys: Vec<&str> = body["nodes"].as_array().unwrap().iter().map(|n| n[field].as_str().unwrap()).collect();
        assert!(keys.len() >= 2 || template.contains("documents"), "{path}: too few items to judge");
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        if desc {
            sorted.reverse();
        }
        assert_eq!(keys, sorted, "{path}: sorted by {field}, {}", if desc { "newest first" } else { "A-Z" });
    }
    let (path, token) = emu.instance("/organisations/{id}/credit_batches");
    let (_, asc) = emu.get(&format!("{path}?first=50&sort_direction=asc&sort_field=issued_at"), token).await;
    let at: Vec<&str> = asc["nodes"].as_array().unwrap().iter().map(|n| n["issued_at"].as_str().unwrap()).collect();
    assert!(at.windows(2).all(|w| w[0] <= w[1]), "sort_direction=asc");
}

/// Split batches are left out unless `status` asks for them; the filters are strict sets.
#[tokio::test]
async fn credit_batches_exclude_split_unless_asked() {
    let emu = Emu::start().await;
    let (path, token) = emu.instance("/organisations/{id}/credit_batches");
    let count = |q: &'static str| {
        let (p, e) = (&path, &emu);
        async move {
            let (status, body) = e.get(&format!("{p}?first=1{q}"), token).await;
            assert_eq!(status, StatusCode::OK, "{q}: {body}");
            body["total_count"].as_u64().unwrap()
        }
    };
    let (default, active, split, retired) =
        (count("").await, count("&status=active").await, count("&status=split").await, count("&status=retired").await);
    assert!(split > 0 && active > 0 && retired > 0);
    assert_eq!(default, active + retired, "split excluded by default");
    assert_eq!(count("&status=active&status=retired").await, default);
    assert_eq!(count("&status=split&status=active&status=retired").await, default + split);
    let (_, page) = emu.get(&format!("{path}?first=50"), token).await;
    assert!(page["nodes"].as_array().unwrap().iter().all(|n| n["status"] != "split"));
    let q = [
        ("status=active&status=active", json!(["query", "status", 1]), "value_error"),
        ("status=active,retired", json!(["query", "status", 0]), "enum"),
        ("status=gone", json!(["query", "status", 0]), "enum"),
        ("issued_after=2024-01-01", json!(["query", "issued_after"]), "timezone_aware"),
        ("issued_before=soon", json!(["query", "issued_before"]), "datetime_from_date_parsing"),
        ("sort_direction=up", json!(["query", "sort_direction"]), "enum"),
        ("sort_field=size", json!(["query", "sort_field"]), "enum"),
        ("supplier_id=spl_1", json!(["query", "supplier_id"]), "string_too_short"),
    ];
    for (query, loc, kind) in q {
        emu.refused(&path, token, query, loc, kind).await;
    }
}

/// Unknown paths and methods answer like FastAPI; others' private lists are refused.
#[tokio::test]
async fn unknown_paths_and_other_organisations() {
    let emu = Emu::start().await;
    let buyer = emu.creds.buyer_token.clone();
    for path in ["/nope", "/credit_batches", "/organisations/org_317WYCVEJN6WLZ5L/everything", "/"] {
        let (status, body) = emu.get(path, &buyer).await;
        assert_eq!((status, body), (StatusCode::NOT_FOUND, json!({"detail": "Not Found"})), "{path}");
    }
    let other = &emu.creds.supplier_org_id;
    for tail in ["credit_balance", "credit_batches", "orders"] {
        let (status, body) = emu.get(&format!("/organisations/{other}/{tail}"), &buyer).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{tail}: {body}");
        assert!(body["detail"].is_string());
    }
    let resp = emu.client.delete(format!("{}/projects", emu.base)).send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::METHOD_NOT_ALLOWED);
}
