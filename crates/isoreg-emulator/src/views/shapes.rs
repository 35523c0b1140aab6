//! The shapes of the contract's objects as the emulator serializes them: one
//! borrowed struct per object, fields in the contract's order, plus the small
//! builders of quantities, locations, carbon-removal data and balances.

use serde::Serialize;

use crate::data::{Bal, Location};
use crate::dates::{Day, Ts};

#[derive(Serialize)]
pub struct QtyShape {
    pub credit_kgs: i64,
    pub credits: f64,
}

pub fn qty(kgs: i64) -> QtyShape {
    QtyShape { credit_kgs: kgs, credits: kgs as f64 / 1000.0 }
}

#[derive(Serialize)]
pub struct OrgV<'a> {
    pub(crate) domain: Option<&'a str>,
    pub(crate) id: &'a str,
    pub(crate) name: &'a str,
}

#[derive(Serialize)]
pub struct LocationV<'a> {
    pub(crate) country_code: &'a str,
    pub(crate) country_name: &'a str,
    pub(crate) latitude: f64,
    pub(crate) longitude: f64,
}

pub(super) fn location(l: &Option<Location>) -> Option<LocationV<'_>> {
    l.as_ref().map(|l| LocationV {
        country_code: l.country_code,
        country_name: l.country_name,
        latitude: l.latitude,
        longitude: l.longitude,
    })
}

#[derive(Serialize)]
pub struct SupplierV<'a> {
    pub(crate) id: &'a str,
    pub(crate) location: Option<LocationV<'a>>,
    pub(crate) long_description: Option<&'a str>,
    pub(crate) organisation: OrgV<'a>,
    pub(crate) short_description: Option<&'a str>,
}

#[derive(Serialize)]
pub struct ProjectV<'a> {
    pub(crate) country_code: &'a str,
    pub(crate) crediting_period_end: Option<Day>,
    pub(crate) crediting_period_start: Option<Day>,
    pub(crate) current_verifier_name: Option<&'a str>,
    pub(crate) id: &'a str,
    pub(crate) issued_buffer_pool_credits_total: QtyShape,
    pub(crate) issued_credits_total: QtyShape,
    pub(crate) location: Option<LocationV<'a>>,
    pub(crate) name: &'a str,
    pub(crate) pathway: &'a str,
    pub(crate) process_key: &'a str,
    pub(crate) protocol_slug: &'a str,
    pub(crate) retired_buffer_pool_credits_total: QtyShape,
    pub(crate) retired_credits_total: QtyShape,
    pub(crate) short_code: &'a str,
    pub(crate) status: &'a str,
    pub(crate) supplier: SupplierV<'a>,
    pub(crate) url: String,
    pub(crate) validator_name: Option<&'a str>,
}

#[derive(Serialize)]
pub struct DocumentV<'a> {
    pub(crate) display_name: &'a str,
    pub(crate) id: &'a str,
    pub(crate) project_id: &'a str,
    pub(crate) url: &'a str,
}

#[derive(Serialize)]
pub struct IssuanceV<'a> {
    pub(crate) buffer_pool_credit_batch_size_total: QtyShape,
    pub(crate) credit_batch_size_total: QtyShape,
    pub(crate) id: &'a str,
    pub(crate) issued_at: Ts,
    pub(crate) project_id: &'a str,
    pub(crate) reporting_period_end_at: Day,
    pub(crate) reporting_period_start_at: Day,
    pub(crate) supplier: SupplierV<'a>,
    pub(crate) supplier_credit_batch_size_total: QtyShape,
}

#[derive(Serialize)]
pub struct IssuanceBatchesV<'a> {
    pub(crate) buffer_pool_credit_batch_size_total: QtyShape,
    pub(crate) buffer_pool_credit_batches: Vec<BatchV<'a>>,
    pub(crate) credit_batch_size_total: QtyShape,
    pub(crate) issuance_id: &'a str,
    pub(crate) supplier_credit_batch_size_total: QtyShape,
    pub(crate) supplier_credit_batches: Vec<BatchV<'a>>,
}

#[derive(Serialize)]
pub struct CarbonRemovalV {
    pub(crate) counterfactuals_kg: i64,
    pub(crate) emissions_kg: i64,
    pub(crate) gross_carbon_removed_kg: i64,
    pub(crate) losses_kg: i64,
    pub(crate) net_carbon_removed_kg: i64,
}

pub(super) fn carbon_removal(net: i64) -> CarbonRemovalV {
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
    pub(crate) beneficiary: Option<OrgV<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) carbon_removal_data: Option<Option<CarbonRemovalV>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) ccp_approved: Option<bool>,
    pub(crate) country_of_issue: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) delivered_at: Option<Option<Ts>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) delivery_id: Option<Option<&'a str>>,
    pub(crate) id: &'a str,
    pub(crate) issuance_id: &'a str,
    pub(crate) issued_at: Ts,
    pub(crate) left_child_id: Option<&'a str>,
    pub(crate) owner: OrgV<'a>,
    pub(crate) parent_id: Option<&'a str>,
    pub(crate) project_id: &'a str,
    pub(crate) removal_id: &'a str,
    pub(crate) retired_at: Option<Ts>,
    pub(crate) retirement_id: Option<&'a str>,
    pub(crate) right_child_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) sequestered_at: Option<Ts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) sequestered_on: Option<Day>,
    pub(crate) serial_number: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) size: Option<QtyShape>,
    pub(crate) status: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) supplier_id: Option<&'a str>,
}

#[derive(Serialize)]
pub struct OrderV<'a> {
    pub(crate) buyer_organisation: OrgV<'a>,
    pub(crate) credits_delivered: QtyShape,
    pub(crate) credits_ordered: QtyShape,
    pub(crate) effective_contract_date: Day,
    pub(crate) fulfilled_at: Option<Ts>,
    pub(crate) id: &'a str,
    pub(crate) status: &'a str,
    pub(crate) supplier: SupplierV<'a>,
}

#[derive(Serialize)]
pub struct DeliveryV<'a> {
    pub(crate) credit_batch_size_total: QtyShape,
    pub(crate) delivered_at: Ts,
    pub(crate) from_supplier: SupplierV<'a>,
    pub(crate) id: &'a str,
    pub(crate) notes: Option<&'a str>,
    pub(crate) order_id: &'a str,
    pub(crate) to_organisation: OrgV<'a>,
    pub(crate) url: String,
}

#[derive(Serialize)]
pub struct TransferV<'a> {
    pub(crate) credit_batch_size_total: QtyShape,
    pub(crate) from_organisation: OrgV<'a>,
    pub(crate) id: &'a str,
    pub(crate) notes: Option<&'a str>,
    pub(crate) to_organisation: OrgV<'a>,
    pub(crate) transferred_at: Ts,
}

#[derive(Serialize)]
pub struct RetirementV<'a> {
    pub(crate) beneficiary: OrgV<'a>,
    pub(crate) credit_batch_size_total: QtyShape,
    pub(crate) id: &'a str,
    pub(crate) notes: Option<&'a str>,
    pub(crate) owner: OrgV<'a>,
    pub(crate) purposes: &'a [&'static str],
    pub(crate) retired_at: Ts,
    pub(crate) url: String,
}

#[derive(Serialize)]
pub struct RefundV<'a> {
    pub(crate) credit_batch_size_total: QtyShape,
    pub(crate) from_buffer_pool_organisation: OrgV<'a>,
    pub(crate) id: &'a str,
    pub(crate) notes: &'a str,
    pub(crate) refunded_at: Ts,
    pub(crate) to_organisation: OrgV<'a>,
}

#[derive(Serialize)]
pub struct BalV {
    pub(crate) active_credits_total: QtyShape,
    pub(crate) retired_credits_total: QtyShape,
}

pub(super) fn bal(b: Bal) -> BalV {
    BalV { active_credits_total: qty(b.active), retired_credits_total: qty(b.retired) }
}

#[derive(Serialize)]
pub struct KeyedBalV<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) order_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) project_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) supplier_id: Option<&'a str>,
    pub(crate) total: BalV,
}

#[derive(Serialize)]
pub struct BalanceV<'a> {
    pub(crate) order_balances: Vec<KeyedBalV<'a>>,
    pub(crate) project_balances: Vec<KeyedBalV<'a>>,
    pub(crate) supplier_balances: Vec<KeyedBalV<'a>>,
    pub(crate) total: BalV,
}

#[derive(Serialize)]
pub struct StripeV<'a> {
    pub(crate) account_id: &'a str,
    pub(crate) credit_product_price_per_tonne: Option<&'a str>,
    pub(crate) currency: Option<&'a str>,
    pub(crate) id: &'a str,
    pub(crate) isometric_terms_and_conditions_url: &'a str,
    pub(crate) verification_product_price_per_tonne: Option<&'a str>,
}
