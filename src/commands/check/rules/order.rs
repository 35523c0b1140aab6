//! The `order` rule: an order (or every open one) must reach a delivered
//! percentage, by a date when given; percentages exact in integers.

use super::{Env, Finding, org_of};
use crate::error::{Error, Result};
use crate::model::{self, Qty};
use crate::quantity::Kg;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;
use serde_json::{Value, json};

/// What `check` reads of an order.
#[derive(Deserialize)]
struct OrderSeen {
    id: String,
    status: String,
    credits_ordered: Qty,
    credits_delivered: Qty,
}

/// What `check` reads of a delivery.
#[derive(Deserialize)]
struct Delivery {
    delivered_at: String,
    credit_batch_size_total: Qty,
}

pub(super) async fn order_rule(
    env: &Env<'_>,
    id: Option<&str>,
    min_pct: u32,
    by: Option<NaiveDate>,
) -> Result<Finding> {
    let orders: Vec<OrderSeen> = match id {
        Some(id) => {
            vec![model::read(&*env.fetch.get(&crate::resource::Resource::Order.item_path(id)?).await?, "order")?]
        }
        None => {
            let org = org_of(env, None).await?;
            let all = env
                .fetch
                .all(&crate::resource::Resource::Organisation.below(&org, crate::resource::Resource::Order)?, &[])
                .await?;
            let all: Vec<OrderSeen> = all.iter().map(|v| model::read(v, "order")).collect::<Result<_>>()?;
            all.into_iter().filter(|o| o.status != "completed").collect()
        }
    };
    let due = by.filter(|d| env.now.date_naive() > *d);
    let judged = futures::future::join_all(orders.iter().map(|o| order_progress(env, o, due))).await;
    let mut rows = Vec::new();
    for (o, delivered) in orders.iter().zip(judged) {
        rows.push(order_row(o, delivered?, min_pct));
    }
    let bad: Vec<&Value> = rows.iter().filter(|r| r["ok"] != true).collect();
    let not_due = match (by, due) {
        (Some(d), None) => format!(" (due {d}, not yet due)"),
        _ => String::new(),
    };
    let ok = bad.is_empty() || (by.is_some() && due.is_none());
    let found = order_found(id.is_some(), &rows, &bad, due) + &not_due;
    let mut f =
        Finding::new(ok, found, "Ask the supplier about the remaining deliveries (`isoreg order deliveries ID`).");
    f.details = rows
        .into_iter()
        .filter(|r| r["ok"] != true)
        .map(|mut r| {
            if let Some(m) = r.as_object_mut() {
                m.remove("ok");
            }
            r
        })
        .collect();
    Ok(f)
}

/// The kilograms delivered for the order: all so far, or up to the end of `due`.
async fn order_progress(env: &Env<'_>, o: &OrderSeen, due: Option<NaiveDate>) -> Result<Kg> {
    let Some(day) = due else { return Ok(o.credits_delivered.credit_kgs) };
    let list = env
        .fetch
        .all(&crate::resource::Resource::Order.below(&o.id, crate::resource::Resource::Delivery)?, &[])
        .await?;
    let mut sum = Kg::ZERO;
    for v in list.iter() {
        let d: Delivery = model::read(v, "delivery")?;
        if date_of(&d.delivered_at, "delivered_at")? <= day {
            sum = sum.checked_add(d.credit_batch_size_total.credit_kgs).ok_or_else(|| {
                Error::bad_answer(format!("The deliveries of order {} add up beyond {} kg.", o.id, i128::MAX))
            })?;
        }
    }
    Ok(sum)
}

fn order_row(o: &OrderSeen, delivered: Kg, min_pct: u32) -> Value {
    let ordered = o.credits_ordered.credit_kgs.get();
    json!({
        "id": o.id, "status": o.status, "ordered_kg": ordered, "delivered_kg": delivered.get(),
        "delivered_pct": pct_text(delivered.get(), ordered), "ok": reaches(delivered.get(), ordered, min_pct),
    })
}

fn order_found(one: bool, rows: &[Value], bad: &[&Value], due: Option<NaiveDate>) -> String {
    let line = |r: &Value| {
        let kg = |k: &str| crate::quantity::tonnes_grouped(crate::quantity::integer(&r[k]).unwrap_or_default());
        format!(
            "{}: {} of {} t delivered ({} %)",
            r["id"].as_str().unwrap_or_default(),
            kg("delivered_kg"),
            kg("ordered_kg"),
            r["delivered_pct"].as_str().unwrap_or_default()
        )
    };
    let when = due.map(|d| format!(" by {d}")).unwrap_or_default();
    match (one, rows.first()) {
        (true, Some(r)) => format!("{}{when}", line(r)),
        _ if rows.is_empty() => "no open orders".into(),
        _ if bad.is_empty() => format!("all {} open orders reach it{when}", rows.len()),
        _ => {
            let shown: Vec<String> = bad.iter().take(5).map(|r| line(r)).collect();
            let more = if bad.len() > 5 { format!("; and {} more", bad.len() - 5) } else { String::new() };
            format!("{} of {} open orders fall short{when}: {}{more}", bad.len(), rows.len(), shown.join("; "))
        }
    }
}

/// `delivered / ordered >= pct %`, exactly (no product that could overflow).
pub fn reaches(delivered: i128, ordered: i128, pct: u32) -> bool {
    let pct = i128::from(pct);
    let needed = (ordered / 100) * pct + ((ordered % 100) * pct + 99) / 100;
    delivered >= needed
}

/// The percentage delivered with two decimals, rounded down (`79.98`).
pub fn pct_text(delivered: i128, ordered: i128) -> String {
    if ordered <= 0 {
        return "100.00".into();
    }
    let bp = match delivered.checked_mul(10_000) {
        Some(x) => x / ordered,
        None => delivered / (ordered / 10_000).max(1),
    };
    format!("{}.{:02}", bp / 100, bp % 100)
}

/// The UTC date of a server timestamp.
pub(super) fn date_of(ts: &str, field: &str) -> Result<NaiveDate> {
    DateTime::parse_from_rfc3339(ts).map(|t| t.with_timezone(&Utc).date_naive()).map_err(|_| {
        Error::bad_answer(format!("The server's `{field}` '{}' is not a timestamp.", crate::sanitize::printable(ts)))
    })
}
