//! Contract tests of the emulator over real loopback HTTP: every GET path of
//! `registry-contract.json` answers bodies that validate against its schema, errors have
//! the documented shapes, cursors page through whole lists, and the faults behave.

use std::collections::HashSet;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use isoreg_emulator::{Credentials, Emulator, FailKind, Options, Quirk};
use reqwest::StatusCode;
use serde_json::{Value, json};
use tokio::sync::oneshot;

const CONTRACT: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/crates/isoreg-emulator/contract/registry-contract.json"));

/// A running emulator plus a client and the contract's validators.
struct Harness {
    base: String,
    client: reqwest::Client,
    creds: Credentials,
    samples: Vec<(&'static str, String)>,
    contract: Value,
    covered: Mutex<HashSet<String>>,
    stop: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
}

impl Harness {
    async fn start(opts: Options) -> Harness {
        let emu = Emulator::new(opts);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn(emu.clone().serve(listener, async {
            let _ = stopped.await;
        }));
        Harness {
            base: format!("http://{addr}/registry/v0"),
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .timeout(Duration::from_secs(20))
                .build()
                .unwrap(),
            creds: emu.credentials().clone(),
            samples: emu.sample_ids(),
            contract: serde_json::from_str(CONTRACT).unwrap(),
            covered: Mutex::new(HashSet::new()),
            stop: Some(stop),
            server: Some(server),
        }
    }

    async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(server) = self.server.take() {
            server.await.unwrap().unwrap();
        }
    }

    fn sample(&self, kind: &str) -> String {
        self.samples.iter().find(|(k, _)| *k == kind).unwrap().1.clone()
    }

    fn buyer(&self) -> Option<&str> {
        Some(&self.creds.buyer_token)
    }

    fn supplier(&self) -> Option<&str> {
        Some(&self.creds.supplier_token)
    }

    async fn raw(&self, path: &str, secret: Option<&str>, token: Option<&str>) -> reqwest::Response {
        let mut req = self.client.get(format!("{}{path}", self.base));
        if let Some(s) = secret {
            req = req.header("x-client-secret", s);
        }
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.send().await.unwrap()
    }

    async fn get(&self, path: &str, token: Option<&str>) -> (StatusCode, Value) {
        let resp = self.raw(path, Some(&self.creds.client_secret), token).await;
        let status = resp.status();
        let text = resp.text().await.unwrap();
        let body = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}: {text}"));
        (status, body)
    }

    /// GETs `path` (an instance of the contract path `template`), expects 200, validates, returns the body.
    async fn check(&self, template: &str, path: &str, token: Option<&str>) -> Value {
        let (status, body) = self.get(path, token).await;
        assert_eq!(status, StatusCode::OK, "{path}: {body}");
        self.validate(template, &body);
        self.covered.lock().unwrap().insert(template.to_string());
        body
    }

    fn validate(&self, template: &str, body: &Value) {
        let errors = self.schema_errors(template, body);
        assert!(errors.is_empty(), "{template}: {errors:#?}");
    }

    fn schema_errors(&self, template: &str, body: &Value) -> Vec<String> {
        let op = &self.contract["paths"][template]["get"];
        let mut schema = op["responses"]["200"]["content"]["application/json"]["schema"].clone();
        assert!(schema.is_object(), "no schema for {template}");
        schema["components"] = self.contract["components"].clone();
        let validator = jsonschema::options().should_validate_formats(true).build(&schema).unwrap();
        validator.iter_errors(body).map(|e| format!("{} at {}", e, e.instance_path())).take(5).collect()
    }

    fn get_paths(&self) -> Vec<String> {
        let paths = self.contract["paths"].as_object().unwrap();
        paths.iter().filter(|(_, v)| v.get("get").is_some()).map(|(k, _)| k.clone()).collect()
    }
}

fn first_id(list: &Value) -> String {
    list["nodes"][0]["id"].as_str().unwrap().to_string()
}

async fn check_public_lists(h: &Harness) {
    let t = h.buyer();
    for (tpl, path) in [
        ("/issuances", "/issuances?first=50"),
        ("/projects", "/projects"),
        ("/suppliers", "/suppliers"),
        ("/deliveries", "/deliveries?first=5"),
        ("/retirements", "/retirements"),
        ("/transfers", "/transfers?first=3"),
    ] {
        let body = h.check(tpl, path, None).await;
        assert!(body["total_count"].as_u64().unwrap() > 0, "{path}");
        h.check(tpl, path, t).await;
    }
    let org = &h.creds.buyer_org_id;
    h.check("/deliveries", &format!("/deliveries?to_organisation_id={org}"), t).await;
    h.check("/retirements", &format!("/retirements?owner_org_id={org}&beneficiary_org_id={org}"), t).await;
    h.check("/transfers", &format!("/transfers?from_organisation_id={org}"), t).await;
    h.check("/transfers", &format!("/transfers?to_organisation_id={org}"), t).await;
}

async fn check_suppliers_projects(h: &Harness) {
    let sup = h.sample("supplier");
    h.check("/suppliers/{id}", &format!("/suppliers/{sup}"), None).await;
    for sub in ["deliveries", "issuances", "projects"] {
        h.check(&format!("/suppliers/{{id}}/{sub}"), &format!("/suppliers/{sup}/{sub}"), None).await;
    }
    h.check("/suppliers/{id}/orders", &format!("/suppliers/{sup}/orders"), h.buyer()).await;
    h.check("/suppliers/{id}/orders", &format!("/suppliers/{}/orders", h.creds.supplier_id), h.supplier()).await;
    let prj = h.sample("project");
    h.check("/projects/{id}", &format!("/projects/{prj}"), None).await;
    let projects = h.check("/projects", "/projects?first=50", None).await;
    for p in projects["nodes"].as_array().unwrap() {
        let id = p["id"].as_str().unwrap();
        h.check("/projects/{id}/documents", &format!("/projects/{id}/documents"), None).await;
    }
    let supplier = h.check("/supplier", "/supplier", h.supplier()).await;
    assert_eq!(supplier["id"], json!(h.creds.supplier_id));
    h.check("/stripe/configuration", "/stripe/configuration", h.supplier()).await;
}

async fn check_movements(h: &Harness) {
    for (kind, plural) in
        [("delivery", "deliveries"), ("retirement", "retirements"), ("transfer", "transfers"), ("refund", "refunds")]
    {
        let id = h.sample(kind);
        let one = h.check(&format!("/{plural}/{{id}}"), &format!("/{plural}/{id}"), None).await;
        let tpl = format!("/{plural}/{{id}}/credit_batches");
        let list = h.check(&tpl, &format!("/{plural}/{id}/credit_batches"), h.buyer()).await;
        let sum: i64 =
            list["nodes"].as_array().unwrap().iter().map(|b| b["size"]["credit_kgs"].as_i64().unwrap()).sum();
        assert_eq!(one["credit_batch_size_total"]["credit_kgs"].as_i64().unwrap(), sum, "{kind} total");
    }
    let iss = h.sample("issuance");
    let one = h.check("/issuances/{id}", &format!("/issuances/{iss}"), None).await;
    let batches = h.check("/issuances/{id}/credit_batches", &format!("/issuances/{iss}/credit_batches"), None).await;
    assert_eq!(one["credit_batch_size_total"], batches["credit_batch_size_total"]);
    let ord = h.sample("order");
    h.check("/orders/{id}", &format!("/orders/{ord}"), h.buyer()).await;
    h.check("/orders/{id}/deliveries", &format!("/orders/{ord}/deliveries"), h.buyer()).await;
}

async fn check_account(h: &Harness) {
    for (token, org) in [(h.buyer(), &h.creds.buyer_org_id), (h.supplier(), &h.creds.supplier_org_id)] {
        let me = h.check("/organisation", "/organisation", token).await;
        assert_eq!(&me["id"], &json!(org));
        h.check("/organisations/{id}", &format!("/organisations/{org}"), None).await;
        h.check("/organisations/{id}/credit_balance", &format!("/organisations/{org}/credit_balance"), token).await;
        h.check("/organisations/{id}/orders", &format!("/organisations/{org}/orders"), token).await;
        let tpl = "/organisations/{id}/credit_batches";
        h.check(tpl, &format!("/organisations/{org}/credit_batches?first=50"), token).await;
        h.check("/beneficiaries", "/beneficiaries", token).await;
        h.check("/transferees", "/transferees", token).await;
    }
    for kind in ["credit batch", "split credit batch"] {
        let id = h.sample(kind);
        let b = h.check("/credit_batches/{id}", &format!("/credit_batches/{id}"), h.buyer()).await;
        assert_eq!(b["owner"]["id"], json!(h.creds.buyer_org_id));
        h.check("/credit_batches/{id}", &format!("/credit_batches/{id}"), h.supplier()).await;
    }
}

#[tokio::test]
async fn every_get_path_answers_schema_valid_json() {
    let h = Harness::start(Options::default()).await;
    check_public_lists(&h).await;
    check_suppliers_projects(&h).await;
    check_movements(&h).await;
    check_account(&h).await;
    let covered = h.covered.lock().unwrap().clone();
    for path in h.get_paths() {
        assert!(covered.contains(&path), "not covered: {path}");
    }
    h.stop().await;
}

#[tokio::test]
async fn quirky_servers_stay_schema_valid_where_promised() {
    let h = Harness::start(Options {
        quirks: vec![Quirk::Hostile, Quirk::SkewBalance, Quirk::BadSplit],
        seed: 9,
        ..Options::default()
    })
    .await;
    check_public_lists(&h).await;
    check_suppliers_projects(&h).await;
    check_movements(&h).await;
    check_account(&h).await;
    let orgs = h.check("/transferees", "/transferees", h.buyer()).await;
    let names: String = orgs["nodes"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
    assert!(names.contains('\u{1b}') || names.contains('=') || names.contains('\t'), "{names:?}");
    h.stop().await;
}

#[tokio::test]
async fn legacy_and_missing_field_shapes() {
    let h = Harness::start(Options { quirks: vec![Quirk::LegacyShape], ..Options::default() }).await;
    let (status, b) = h.get(&format!("/credit_batches/{}", h.sample("credit batch")), h.buyer()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(b.get("sequestered_at").is_some() && b.get("sequestered_on").is_none());
    for gone in ["supplier_id", "delivered_at", "delivery_id", "carbon_removal_data", "ccp_approved"] {
        assert!(b.get(gone).is_none(), "{gone}");
    }
    h.stop().await;
    let h = Harness::start(Options { quirks: vec![Quirk::MissingField], ..Options::default() }).await;
    let (_, b) = h.get(&format!("/credit_batches/{}", h.sample("credit batch")), h.buyer()).await;
    assert!(b.get("size").is_none() && b.get("id").is_some());
    assert!(!h.schema_errors("/credit_batches/{id}", &b).is_empty(), "the validator catches a missing field");
    let mut bad_date = b.clone();
    bad_date["size"] = json!({"credit_kgs": 1, "credits": 0.001});
    assert!(h.schema_errors("/credit_batches/{id}", &bad_date).is_empty());
    bad_date["issued_at"] = json!("last tuesday");
    assert!(!h.schema_errors("/credit_batches/{id}", &bad_date).is_empty(), "formats are checked");
    h.stop().await;
}

#[tokio::test]
async fn errors_have_the_documented_shapes() {
    let h = Harness::start(Options::default()).await;
    let batch = format!("/credit_batches/{}", h.sample("credit batch"));
    let no_secret = h.raw(&batch, None, h.buyer()).await;
    assert_eq!(no_secret.status(), StatusCode::UNAUTHORIZED);
    assert!(no_secret.json::<Value>().await.unwrap()["detail"].is_string());
    assert_eq!(h.raw("/projects", Some("wrong"), None).await.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(h.get(&batch, None).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(h.get(&batch, Some("garbage.token.here")).await.0, StatusCode::UNAUTHORIZED);
    for path in ["/credit_batches/ctb_0000000000000000", "/nope", "/projects/prj_X/nope", "/credit_batches"] {
        let (status, body) = h.get(path, h.buyer()).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(body["detail"].is_string());
    }
    // The contract gives ids 20 to 37 characters: anything else is refused before any lookup.
    for path in ["/credit_batches/abc", "/credit_batches/%E2%80%AE", &format!("/credit_batches/ctb_{}", "0".repeat(40))]
    {
        let (status, body) = h.get(path, h.buyer()).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{path}");
        assert_eq!(body["detail"][0]["loc"], json!(["path", "id"]), "{path}");
    }
    let other = format!("/organisations/{}/credit_balance", h.creds.supplier_org_id);
    assert_eq!(h.get(&other, h.buyer()).await.0, StatusCode::FORBIDDEN);
    assert_eq!(h.get("/supplier", h.buyer()).await.0, StatusCode::NOT_FOUND);
    assert_eq!(h.get("/stripe/configuration", h.buyer()).await.0, StatusCode::NOT_FOUND);
    let org = &h.creds.buyer_org_id;
    for q in [
        "first=51",
        "first=0",
        "first=x",
        "last=99",
        "after=%%%",
        "before=bm9wZQ",
        "status=gone",
        "sort_direction=up",
        "sort_field=size",
        "issued_after=soon",
    ] {
        let path = format!("/organisations/{org}/credit_batches?{q}");
        let (status, body) = h.get(&path, h.buyer()).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{q}");
        let detail = &body["detail"][0];
        assert_eq!(detail["loc"][0], json!("query"), "{q}");
        assert!(detail["msg"].is_string() && detail["type"].is_string());
    }
    let (status, _) = h.get("/projects?first=51", None).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    for path in [
        "/credit_batches/%FF",
        "/credit_batches/%",
        "/organisations/%00/credit_batches",
        "/projects?first=%FF",
        "/projects?&&==&first",
        "/projects?first=99999999999999999999999",
    ] {
        let r = h.raw(path, Some(&h.creds.client_secret), h.buyer()).await;
        assert!(r.status().is_client_error(), "{path}: {}", r.status());
    }
    let odd = h
        .client
        .get(format!("{}/projects", h.base))
        .header("x-client-secret", reqwest::header::HeaderValue::from_bytes(b"\xff\xfe").unwrap());
    assert_eq!(odd.send().await.unwrap().status(), StatusCode::UNAUTHORIZED);
    let odd = h
        .client
        .get(format!("{}/organisation", h.base))
        .header("x-client-secret", &h.creds.client_secret)
        .header("authorization", reqwest::header::HeaderValue::from_bytes(b"Bearer \xff").unwrap());
    assert_eq!(odd.send().await.unwrap().status(), StatusCode::UNAUTHORIZED);
    let post = h.client.post(format!("{}/retirements", h.base)).send().await.unwrap();
    assert_eq!(post.status(), StatusCode::UNAUTHORIZED, "writes exist, and need the secret");
    let put = h.client.put(format!("{}/retirements", h.base)).send().await.unwrap();
    assert_eq!(put.status(), StatusCode::METHOD_NOT_ALLOWED);
    h.stop().await;
}

#[tokio::test]
async fn expired_tokens_are_refused() {
    let h = Harness::start(Options { token_ttl_days: -1, ..Options::default() }).await;
    let (status, body) = h.get("/organisation", h.buyer()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(body["detail"].as_str().unwrap().contains("expired"));
    h.stop().await;
}

#[path = "contract/paging_and_faults.rs"]
mod paging_and_faults;
