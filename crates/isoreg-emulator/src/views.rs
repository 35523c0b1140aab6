//! JSON views of the dataset, in the shapes of `registry-contract.json`.
//!
//! Views borrow from the `World` and serialize straight to bytes (no `serde_json::Value`),
//! so a page of 50 batches costs microseconds. The batch shape quirks live here.

use serde::Serialize;

use super::Quirk;
use super::data::{Bal, Event, Ix, Location, NONE, OrgBalance, World};
use super::dates::{Day, Ts, year_of};

/// Everything a view needs: the world and the shape quirks in force.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub w: &'a World,
    pub legacy: bool,
    pub missing_size: bool,
    pub skew: bool,
}

impl<'a> Ctx<'a> {
    pub fn new(w: &'a World, quirks: &[Quirk]) -> Ctx<'a> {
        Ctx {
            w,
            legacy: quirks.contains(&Quirk::LegacyShape),
            missing_size: quirks.contains(&Quirk::MissingField),
            skew: quirks.contains(&Quirk::SkewBalance),
        }
    }
}

#[derive(Serialize)]
pub struct Qty {
    pub credit_kgs: i64,
    pub credits: f64,
}

pub fn qty(kgs: i64) -> Qty {
    Qty { credit_kgs: kgs, credits: kgs as f64 / 1000.0 }
}

#[derive(Serialize)]
pub struct OrgV<'a> {
    domain: Option<&'a str>,
    id: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
pub struct LocationV<'a> {
    country_code: &'a str,
    country_name: &'a str,
    latitude: f64,
    longitude: f64,
}

fn location(l: &Option<Location>) -> Option<LocationV<'_>> {
    l.as_ref().map(|l| LocationV {
        country_code: l.country_code,
        country_name: l.country_name,
        latitude: l.latitude,
        longitude: l.longitude,
    })
}

#[derive(Serialize)]
pub struct SupplierV<'a> {
    id: &'a str,
    location: Option<LocationV<'a>>,
    long_description: Option<&'a str>,
    organisation: OrgV<'a>,
    short_description: Option<&'a str>,
}

#[derive(Serialize)]
pub struct ProjectV<'a> {
    country_code: &'a str,
    crediting_period_end: Option<Day>,
    crediting_period_start: Option<Day>,
    current_verifier_name: Option<&'a str>,
    id: &'a str,
    issued_buffer_pool_credits_total: Qty,
    issued_credits_total: Qty,
    location: Option<LocationV<'a>>,
    name: &'a str,
    pathway: &'a str,
    process_key: &'a str,
    protocol_slug: &'a str,
    retired_buffer_pool_credits_total: Qty,
    retired_credits_total: Qty,
    short_code: &'a str,
    status: &'a str,
    supplier: SupplierV<'a>,
    url: String,
    validator_name: Option<&'a str>,
}

#[derive(Serialize)]
pub struct DocumentV<'a> {
    display_name: &'a str,
    id: &'a str,
    project_id: &'a str,
    url: &'a str,
}

#[derive(Serialize)]
pub struct IssuanceV<'a> {
    buffer_pool_credit_batch_size_total: Qty,
    credit_batch_size_total: Qty,
    id: &'a str,
    issued_at: Ts,
    project_id: &'a str,
    reporting_period_end_at: Day,
    reporting_period_start_at: Day,
    supplier: SupplierV<'a>,
    supplier_credit_batch_size_total: Qty,
}

#[derive(Serialize)]
pub struct IssuanceBatchesV<'a> {
    buffer_pool_credit_batch_size_total: Qty,
    buffer_pool_credit_batches: Vec<BatchV<'a>>,
    credit_batch_size_total: Qty,
    issuance_id: &'a str,
    supplier_credit_batch_size_total: Qty,
    supplier_credit_batches: Vec<BatchV<'a>>,
}

#[derive(Serialize)]
pub struct CarbonRemovalV {
    counterfactuals_kg: i64,
    emissions_kg: i64,
    gross_carbon_removed_kg: i64,
    losses_kg: i64,
    net_carbon_removed_kg: i64,
}

fn carbon_removal(net: i64) -> CarbonRemovalV {
    let (emissions, losses, counterfactuals) = (net * 9 / 100, net * 3 / 100, net / 100);
    CarbonRemovalV {
        counterfactuals_kg: counterfactuals,
        emissions_kg: emissions,
        gross_carbon_removed_kg: net + emissions + losses + counterfactuals,
        losses_kg: losses,
        net_carbon_removed_kg: net,
    }
}

/// A credit batch. `Option<Option<_>>` fields: outer `None` = left out (legacy shape).
#[derive(Serialize)]
pub struct BatchV<'a> {
    beneficiary: Option<OrgV<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    carbon_removal_data: Option<Option<CarbonRemovalV>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ccp_approved: Option<bool>,
    country_of_issue: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    delivered_at: Option<Option<Ts>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    delivery_id: Option<Option<&'a str>>,
    id: &'a str,
    issuance_id: &'a str,
    issued_at: Ts,
    left_child_id: Option<&'a str>,
    owner: OrgV<'a>,
    parent_id: Option<&'a str>,
    project_id: &'a str,
    removal_id: &'a str,
    retired_at: Option<Ts>,
    retirement_id: Option<&'a str>,
    right_child_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sequestered_at: Option<Ts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sequestered_on: Option<Day>,
    serial_number: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    size: Option<Qty>,
    status: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    supplier_id: Option<&'a str>,
}

#[derive(Serialize)]
pub struct OrderV<'a> {
    buyer_organisation: OrgV<'a>,
    credits_delivered: Qty,
    credits_ordered: Qty,
    effective_contract_date: Day,
    fulfilled_at: Option<Ts>,
    id: &'a str,
    status: &'a str,
    supplier: SupplierV<'a>,
}

#[derive(Serialize)]
pub struct DeliveryV<'a> {
    credit_batch_size_total: Qty,
    delivered_at: Ts,
    from_supplier: SupplierV<'a>,
    id: &'a str,
    notes: Option<&'a str>,
    order_id: &'a str,
    to_organisation: OrgV<'a>,
    url: String,
}

#[derive(Serialize)]
pub struct TransferV<'a> {
    credit_batch_size_total: Qty,
    from_organisation: OrgV<'a>,
    id: &'a str,
    notes: Option<&'a str>,
    to_organisation: OrgV<'a>,
    transferred_at: Ts,
}

#[derive(Serialize)]
pub struct RetirementV<'a> {
    beneficiary: OrgV<'a>,
    credit_batch_size_total: Qty,
    id: &'a str,
    notes: Option<&'a str>,
    owner: OrgV<'a>,
    purposes: &'a [&'static str],
    retired_at: Ts,
    url: String,
}

#[derive(Serialize)]
pub struct RefundV<'a> {
    credit_batch_size_total: Qty,
    from_buffer_pool_organisation: OrgV<'a>,
    id: &'a str,
    notes: &'a str,
    refunded_at: Ts,
    to_organisation: OrgV<'a>,
}

#[derive(Serialize)]
pub struct BalV {
    active_credits_total: Qty,
    retired_credits_total: Qty,
}

fn bal(b: Bal) -> BalV {
    BalV { active_credits_total: qty(b.active), retired_credits_total: qty(b.retired) }
}

#[derive(Serialize)]
pub struct KeyedBalV<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    order_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    project_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    supplier_id: Option<&'a str>,
    total: BalV,
}

#[derive(Serialize)]
pub struct BalanceV<'a> {
    order_balances: Vec<KeyedBalV<'a>>,
    project_balances: Vec<KeyedBalV<'a>>,
    supplier_balances: Vec<KeyedBalV<'a>>,
    total: BalV,
}

#[derive(Serialize)]
pub struct StripeV<'a> {
    account_id: &'a str,
    credit_product_price_per_tonne: Option<&'a str>,
    currency: Option<&'a str>,
    id: &'a str,
    isometric_terms_and_conditions_url: &'a str,
    verification_product_price_per_tonne: Option<&'a str>,
}

impl<'a> Ctx<'a> {
    fn batch_id(&self, b: Ix) -> Option<&'a str> {
        (b != NONE).then(|| self.w.batches[b as usize].id.as_str())
    }

    pub fn org(&self, o: Ix) -> OrgV<'a> {
        let org = &self.w.orgs[o as usize];
        OrgV { domain: org.domain.as_deref(), id: org.id.as_str(), name: &org.name }
    }

    pub fn supplier(&self, s: Ix) -> SupplierV<'a> {
        let sup = &self.w.suppliers[s as usize];
        SupplierV {
            id: sup.id.as_str(),
            location: location(&sup.location),
            long_description: sup.long_description.as_deref(),
            organisation: self.org(sup.org),
            short_description: sup.short_description.as_deref(),
        }
    }

    pub fn project(&self, p: Ix) -> ProjectV<'a> {
        let pr = &self.w.projects[p as usize];
        let t = pr.totals;
        ProjectV {
            country_code: pr.country_code,
            crediting_period_end: pr.crediting_end.map(|t| Day(t / 86_400)),
            crediting_period_start: pr.crediting_start.map(|t| Day(t / 86_400)),
            current_verifier_name: pr.current_verifier_name,
            id: pr.id.as_str(),
            issued_buffer_pool_credits_total: qty(t.issued_buffer),
            issued_credits_total: qty(t.issued),
            location: location(&pr.location),
            name: &pr.name,
            pathway: pr.pathway,
            process_key: pr.process_key,
            protocol_slug: pr.protocol_slug,
            retired_buffer_pool_credits_total: qty(t.retired_buffer),
            retired_credits_total: qty(t.retired),
            short_code: &pr.short_code,
            status: pr.status,
            supplier: self.supplier(pr.supplier),
            url: format!("https://registry.isometric.com/project/{}", pr.short_code),
            validator_name: pr.validator_name,
        }
    }

    pub fn document(&self, p: Ix, d: usize) -> DocumentV<'a> {
        let pr = &self.w.projects[p as usize];
        let doc = &pr.documents[d];
        DocumentV { display_name: &doc.display_name, id: doc.id.as_str(), project_id: pr.id.as_str(), url: &doc.url }
    }

    pub fn issuance(&self, i: Ix) -> IssuanceV<'a> {
        let iss = &self.w.issuances[i as usize];
        IssuanceV {
            buffer_pool_credit_batch_size_total: qty(iss.buffer_total),
            credit_batch_size_total: qty(iss.supplier_total + iss.buffer_total),
            id: iss.id.as_str(),
            issued_at: Ts(iss.issued_at),
            project_id: self.w.projects[iss.project as usize].id.as_str(),
            reporting_period_end_at: Day(iss.period_end),
            reporting_period_start_at: Day(iss.period_start),
            supplier: self.supplier(iss.supplier),
            supplier_credit_batch_size_total: qty(iss.supplier_total),
        }
    }

    pub fn issuance_batches(&self, i: Ix) -> IssuanceBatchesV<'a> {
        let iss = &self.w.issuances[i as usize];
        IssuanceBatchesV {
            buffer_pool_credit_batch_size_total: qty(iss.buffer_total),
            buffer_pool_credit_batches: iss.buffer_batches.iter().map(|&b| self.batch(b)).collect(),
            credit_batch_size_total: qty(iss.supplier_total + iss.buffer_total),
            issuance_id: iss.id.as_str(),
            supplier_credit_batch_size_total: qty(iss.supplier_total),
            supplier_credit_batches: iss.supplier_batches.iter().map(|&b| self.batch(b)).collect(),
        }
    }

    fn serial(&self, b: Ix) -> String {
        let w = self.w;
        let batch = &w.batches[b as usize];
        let iss = &w.issuances[batch.issuance as usize];
        let p = &w.projects[iss.project as usize];
        let end = batch.serial_start + batch.kgs - 1;
        format!(
            "ISO-1-{}-{}-{}-{}-{}-{}",
            p.process_key,
            p.country_code,
            p.short_code,
            year_of(iss.issued_at),
            batch.serial_start,
            end
        )
    }

    pub fn batch(&self, b: Ix) -> BatchV<'a> {
        let w = self.w;
        let batch = &w.batches[b as usize];
        let iss = &w.issuances[batch.issuance as usize];
        let project = &w.projects[iss.project as usize];
        let retirement = (batch.retirement != NONE).then(|| &w.retirements[batch.retirement as usize]);
        let delivered = (batch.delivery != NONE).then(|| Ts(w.deliveries[batch.delivery as usize].at));
        let modern = !self.legacy;
        BatchV {
            beneficiary: retirement.map(|r| self.org(r.to)),
            carbon_removal_data: modern.then(|| (!batch.buffer).then(|| carbon_removal(batch.kgs))),
            ccp_approved: modern.then_some(project.ccp_approved),
            country_of_issue: project.country_code,
            delivered_at: modern.then_some(delivered),
            delivery_id: modern
                .then(|| (batch.delivery != NONE).then(|| w.deliveries[batch.delivery as usize].id.as_str())),
            id: batch.id.as_str(),
            issuance_id: iss.id.as_str(),
            issued_at: Ts(iss.issued_at),
            left_child_id: self.batch_id(batch.left),
            owner: self.org(batch.owner),
            parent_id: self.batch_id(batch.parent),
            project_id: project.id.as_str(),
            removal_id: batch.removal.as_str(),
            retired_at: retirement.map(|r| Ts(r.at)),
            retirement_id: retirement.map(|r| r.id.as_str()),
            right_child_id: self.batch_id(batch.right),
            sequestered_at: self.legacy.then_some(Ts(batch.sequestered_on * 86_400 + 43_200)),
            sequestered_on: modern.then_some(Day(batch.sequestered_on)),
            serial_number: self.serial(b),
            size: (!self.missing_size).then(|| qty(batch.kgs)),
            status: batch.status.name(),
            supplier_id: modern.then(|| w.suppliers[iss.supplier as usize].id.as_str()),
        }
    }

    pub fn order(&self, o: Ix) -> OrderV<'a> {
        let ord = &self.w.orders[o as usize];
        OrderV {
            buyer_organisation: self.org(ord.buyer),
            credits_delivered: qty(ord.delivered),
            credits_ordered: qty(ord.ordered),
            effective_contract_date: Day(ord.contract_date),
            fulfilled_at: ord.fulfilled_at.map(Ts),
            id: ord.id.as_str(),
            status: ord.status,
            supplier: self.supplier(ord.supplier),
        }
    }

    pub fn delivery(&self, d: Ix) -> DeliveryV<'a> {
        let e: &'a Event = &self.w.deliveries[d as usize];
        DeliveryV {
            credit_batch_size_total: qty(e.total),
            delivered_at: Ts(e.at),
            from_supplier: self.supplier(e.from),
            id: e.id.as_str(),
            notes: e.notes.as_deref(),
            order_id: self.w.orders[e.order as usize].id.as_str(),
            to_organisation: self.org(e.to),
            url: format!("https://registry.isometric.com/delivery/{}", e.id.as_str()),
        }
    }

    pub fn transfer(&self, t: Ix) -> TransferV<'a> {
        let e: &'a Event = &self.w.transfers[t as usize];
        TransferV {
            credit_batch_size_total: qty(e.total),
            from_organisation: self.org(e.from),
            id: e.id.as_str(),
            notes: e.notes.as_deref(),
            to_organisation: self.org(e.to),
            transferred_at: Ts(e.at),
        }
    }

    pub fn retirement(&self, r: Ix) -> RetirementV<'a> {
        let e: &'a Event = &self.w.retirements[r as usize];
        RetirementV {
            beneficiary: self.org(e.to),
            credit_batch_size_total: qty(e.total),
            id: e.id.as_str(),
            notes: e.notes.as_deref(),
            owner: self.org(e.from),
            purposes: &e.purposes,
            retired_at: Ts(e.at),
            url: format!("https://to.isometric.com/{}", e.id.as_str()),
        }
    }

    pub fn refund(&self, r: Ix) -> RefundV<'a> {
        let e: &'a Event = &self.w.refunds[r as usize];
        RefundV {
            credit_batch_size_total: qty(e.total),
            from_buffer_pool_organisation: self.org(e.from),
            id: e.id.as_str(),
            notes: e.notes.as_deref().unwrap_or_default(),
            refunded_at: Ts(e.at),
            to_organisation: self.org(e.to),
        }
    }

    pub fn balance(&self, o: Ix) -> BalanceV<'a> {
        let w = self.w;
        let b: &'a OrgBalance = &w.balances[o as usize];
        let skew = i64::from(self.skew && o == w.demo_buyer);
        let keyed = |k: usize, (ix, bal_): (Ix, Bal), n: usize| {
            let mut total = bal_;
            if n == 0 && k == 1 {
                total.active += skew;
            }
            KeyedBalV {
                order_id: (k == 0).then(|| w.orders[ix as usize].id.as_str()),
                project_id: (k == 1).then(|| w.projects[ix as usize].id.as_str()),
                supplier_id: (k == 2).then(|| w.suppliers[ix as usize].id.as_str()),
                total: bal(total),
            }
        };
        let list = |k: usize, v: &'a [(Ix, Bal)]| v.iter().enumerate().map(|(n, e)| keyed(k, *e, n)).collect();
        let mut total = b.total;
        total.active += skew;
        BalanceV {
            order_balances: list(0, &b.orders),
            project_balances: list(1, &b.projects),
            supplier_balances: list(2, &b.suppliers),
            total: bal(total),
        }
    }

    pub fn stripe(&self, s: Ix) -> StripeV<'a> {
        let st = &self.w.suppliers[s as usize].stripe;
        StripeV {
            account_id: &st.account_id,
            credit_product_price_per_tonne: st.credit_price.as_deref(),
            currency: st.currency,
            id: st.id.as_str(),
            isometric_terms_and_conditions_url: "https://isometric.com/terms",
            verification_product_price_per_tonne: st.verification_price.as_deref(),
        }
    }
}
