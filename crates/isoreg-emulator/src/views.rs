//! JSON views of the dataset, in the shapes of `registry-contract.json`.
//!
//! Views borrow from the `World` and serialize straight to bytes (no `serde_json::Value`),
//! so a page of 50 batches costs microseconds. The batch shape quirks live here.

use super::Quirk;
use super::data::{Bal, BalanceSheet, Event, Ix, NONE, World};
use super::dates::{Day, Ts, year_of};

mod shapes;
pub use shapes::*;

/// Everything a view needs: the world and the shape quirks in force.
#[derive(Clone, Copy)]
pub struct ViewCtx<'a> {
    pub w: &'a World,
    pub legacy: bool,
    pub missing_size: bool,
    pub skew: bool,
}

impl<'a> ViewCtx<'a> {
    pub fn new(w: &'a World, quirks: &[Quirk]) -> ViewCtx<'a> {
        ViewCtx {
            w,
            legacy: quirks.contains(&Quirk::LegacyShape),
            missing_size: quirks.contains(&Quirk::MissingField),
            skew: quirks.contains(&Quirk::SkewBalance),
        }
    }
}

impl<'a> ViewCtx<'a> {
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
        let b: &'a BalanceSheet = &w.balances[o as usize];
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
