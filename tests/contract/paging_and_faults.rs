//! Paging, sums and filters, gzip, and the emulator's configured faults (failing first requests, truncation, reset, hang, latency, redirects) and its banner.

use super::*;

/// Follows `end_cursor` (or `start_cursor` backwards) and returns every id seen.
async fn walk(h: &Harness, path: &str, backwards: bool) -> (Vec<String>, u64) {
    let (mut ids, mut cursor) = (Vec::new(), None::<String>);
    loop {
        let sep = if path.contains('?') { '&' } else { '?' };
        let page = match (&cursor, backwards) {
            (None, false) => format!("{path}{sep}first=50"),
            (Some(c), false) => format!("{path}{sep}first=50&after={c}"),
            (None, true) => format!("{path}{sep}last=50"),
            (Some(c), true) => format!("{path}{sep}last=50&before={c}"),
        };
        let body = h.check("/organisations/{id}/credit_batches", &page, h.buyer()).await;
        let total = body["total_count"].as_u64().unwrap();
        ids.extend(body["nodes"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap().to_string()));
        let info = &body["page_info"];
        let (more, next) = match backwards {
            false => (info["has_next_page"].as_bool().unwrap(), &info["end_cursor"]),
            true => (info["has_previous_page"].as_bool().unwrap(), &info["start_cursor"]),
        };
        if !more {
            return (ids, total);
        }
        cursor = Some(next.as_str().unwrap().to_string());
    }
}

#[tokio::test]
async fn cursors_page_through_whole_lists() {
    let h = Harness::start(Options::default()).await;
    let path = format!("/organisations/{}/credit_batches", h.creds.buyer_org_id);
    let (ids, total) = walk(&h, &path, false).await;
    assert!(total > 50, "a default listing is cut");
    assert_eq!(ids.len() as u64, total);
    assert_eq!(ids.iter().collect::<HashSet<_>>().len() as u64, total);
    let (mut back, _) = walk(&h, &path, true).await;
    back.sort();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(back, sorted);
    let (asc, _) = walk(&h, &format!("{path}?sort_direction=asc"), false).await;
    assert_eq!(asc.iter().rev().collect::<Vec<_>>(), ids.iter().collect::<Vec<_>>());
    let (_, deliveries) = h.get("/deliveries?first=50", None).await;
    assert!(deliveries["total_count"].as_u64().unwrap() >= deliveries["nodes"].as_array().unwrap().len() as u64);
    h.stop().await;
}

fn kgs(v: &Value) -> i64 {
    v["credit_kgs"].as_i64().unwrap()
}

async fn sum_listing(h: &Harness, query: &str) -> (i64, u64) {
    let path = format!("/organisations/{}/credit_batches?{query}", h.creds.buyer_org_id);
    let mut after = String::new();
    let (mut sum, mut count) = (0, 0);
    loop {
        let body = h.check("/organisations/{id}/credit_batches", &format!("{path}&first=50{after}"), h.buyer()).await;
        for n in body["nodes"].as_array().unwrap() {
            sum += kgs(&n["size"]);
            count += 1;
        }
        if !body["page_info"]["has_next_page"].as_bool().unwrap() {
            return (sum, count);
        }
        after = format!("&after={}", body["page_info"]["end_cursor"].as_str().unwrap());
    }
}

#[tokio::test]
async fn filters_and_balances_agree() {
    let h = Harness::start(Options::default()).await;
    let org = h.creds.buyer_org_id.clone();
    let (_, bal) = h.get(&format!("/organisations/{org}/credit_balance"), h.buyer()).await;
    let (active, na) = sum_listing(&h, "status=active").await;
    let (retired, nr) = sum_listing(&h, "status=retired").await;
    assert_eq!(active, kgs(&bal["total"]["active_credits_total"]));
    assert_eq!(retired, kgs(&bal["total"]["retired_credits_total"]));
    let (both, nb) = sum_listing(&h, "status=active&status=retired").await;
    assert_eq!((both, nb), (active + retired, na + nr));
    // Without `status`, split batches are left out: the same batches as active + retired.
    let (_, default) = sum_listing(&h, "sort_direction=asc").await;
    assert_eq!(default, nb);
    for p in bal["project_balances"].as_array().unwrap() {
        let (a, _) = sum_listing(&h, &format!("status=active&project_id={}", p["project_id"].as_str().unwrap())).await;
        assert_eq!(a, kgs(&p["total"]["active_credits_total"]));
    }
    for o in bal["order_balances"].as_array().unwrap().iter().take(3) {
        let (r, _) = sum_listing(&h, &format!("status=retired&order_id={}", o["order_id"].as_str().unwrap())).await;
        assert_eq!(r, kgs(&o["total"]["retired_credits_total"]));
    }
    let (_, all) = sum_listing(&h, "issued_after=2000-01-01T00:00:00Z").await;
    // Both bounds are strict: a batch issued exactly at the boundary is in neither half.
    let (_, one) = h.get(&format!("/organisations/{org}/credit_batches?first=20&sort_direction=asc"), h.buyer()).await;
    let at = one["nodes"][10]["issued_at"].as_str().unwrap().to_string();
    let t = chrono::DateTime::parse_from_rfc3339(&at).unwrap();
    let z = |d: chrono::DateTime<chrono::FixedOffset>| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let (below, above) = (z(t - chrono::Duration::seconds(1)), z(t + chrono::Duration::seconds(1)));
    let (_, early) = sum_listing(&h, &format!("issued_before={at}")).await;
    let (_, late) = sum_listing(&h, &format!("issued_after={at}")).await;
    let (_, exact) = sum_listing(&h, &format!("issued_after={below}&issued_before={above}")).await;
    assert!(exact >= 1 && early >= 1 && late >= 1, "{exact} {early} {late}");
    assert_eq!(early + exact + late, all, "issued_at == {at} is in neither strict half");
    let ret = h.sample("retirement");
    let (_, n) = sum_listing(&h, &format!("retirement_id={ret}")).await;
    assert!(n >= 1);
    let (_, none) = sum_listing(&h, "supplier_id=spl_0000000000000000").await;
    assert_eq!(none, 0);
    h.stop().await;
}

#[tokio::test]
async fn gzip_is_used_when_asked() {
    let h = Harness::start(Options::default()).await;
    let client = reqwest::Client::builder().no_gzip().build().unwrap();
    let resp = client
        .get(format!("{}/issuances?first=50", h.base))
        .header("x-client-secret", &h.creds.client_secret)
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.headers()["content-encoding"], "gzip");
    h.stop().await;
}

async fn failing(kind: FailKind, retry_after: Option<u64>) -> Harness {
    Harness::start(Options { fail_first: 2, fail_with: kind, retry_after, ..Options::default() }).await
}

#[tokio::test]
async fn first_requests_fail_as_configured() {
    for (kind, code) in [
        (FailKind::Status503, 503),
        (FailKind::Status502, 502),
        (FailKind::Status504, 504),
        (FailKind::Status500, 500),
        (FailKind::Html502, 502),
    ] {
        let h = failing(kind, Some(3)).await;
        for _ in 0..2 {
            let r = h.raw("/projects", Some(&h.creds.client_secret), None).await;
            assert_eq!(r.status().as_u16(), code, "{kind}");
            let expect_retry = kind == FailKind::Status503;
            assert_eq!(r.headers().get("retry-after").is_some(), expect_retry, "{kind}");
        }
        assert_eq!(h.get("/projects", None).await.0, StatusCode::OK);
        h.stop().await;
    }
    let h = failing(FailKind::RateLimit429, None).await;
    let r = h.raw("/projects", Some(&h.creds.client_secret), None).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(r.headers()["retry-after"], "1");
    h.stop().await;
}

#[tokio::test]
async fn truncated_reset_and_hang() {
    let h = failing(FailKind::Truncated, None).await;
    let r = h.raw("/projects", Some(&h.creds.client_secret), None).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(serde_json::from_str::<Value>(&r.text().await.unwrap()).is_err());
    h.stop().await;

    let h = failing(FailKind::Reset, None).await;
    for _ in 0..2 {
        let err = h.client.get(format!("{}/projects", h.base)).send().await;
        assert!(err.is_err(), "reset gives a transport error");
    }
    assert_eq!(h.get("/projects", None).await.0, StatusCode::OK);
    h.stop().await;

    let h = failing(FailKind::Hang, None).await;
    let quick = reqwest::Client::builder().timeout(Duration::from_millis(300)).build().unwrap();
    let err = quick.get(format!("{}/projects", h.base)).send().await.unwrap_err();
    assert!(err.is_timeout());
    h.stop().await;
}

#[tokio::test]
async fn latency_and_redirects() {
    let h = Harness::start(Options { latency_ms: 150, ..Options::default() }).await;
    let t = Instant::now();
    h.get("/projects", None).await;
    assert!(t.elapsed() >= Duration::from_millis(150));
    h.stop().await;

    let h = Harness::start(Options { redirect_to: Some("http://127.0.0.1:9/".into()), ..Options::default() }).await;
    let r = h.raw("/projects?first=2", None, None).await;
    assert_eq!(r.status(), StatusCode::TEMPORARY_REDIRECT);
    assert_eq!(r.headers()["location"], "http://127.0.0.1:9/registry/v0/projects?first=2");
    h.stop().await;
}

#[tokio::test]
async fn banner_mentions_everything_needed() {
    let emu = Emulator::new(Options::default());
    let banner = emu.banner("http://127.0.0.1:7878");
    let c = emu.credentials();
    assert!(banner.contains("export ISOREG_BASE_URL=http://127.0.0.1:7878/registry/v0"));
    assert!(banner.contains(&format!("export ISOMETRIC_CLIENT_SECRET={}", c.client_secret)));
    assert!(banner.contains(&format!("export ISOMETRIC_ACCESS_TOKEN={}", c.buyer_token)));
    assert!(banner.contains(&c.supplier_token));
    for (_, id) in emu.sample_ids() {
        assert!(banner.contains(&id));
    }
    let h = Harness::start(Options::default()).await;
    let list = h.check("/projects", "/projects", None).await;
    assert!(!first_id(&list).is_empty());
    h.stop().await;
}
