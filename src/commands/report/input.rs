//! What a report is computed from: the organisation's credit batches,
//! retirements, orders and balance, plus the names of projects and suppliers,
//! read from the API ([`super::online`]) or the local copy ([`super::offline`])
//! into the same records. Only the fields a report needs are read; quantities
//! are [`crate::quantity::Kg`] (exact, checked).

use crate::model::OrgBalance;
use serde::Deserialize;
use std::collections::HashMap;

pub use crate::model::{Batch, Named, Qty};

/// A retirement record.
#[derive(Debug, Clone, Deserialize)]
pub struct Retirement {
    pub id: String,
    pub retired_at: Option<String>,
    pub credit_batch_size_total: Option<Qty>,
    pub beneficiary: Option<Named>,
    pub purposes: Option<Vec<String>>,
    pub url: Option<String>,
}

/// `supplier: {id, organisation: {name}}` as projects and orders carry it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SupplierRef {
    pub id: Option<String>,
    pub organisation: Option<Named>,
}

/// A project: its name, pathway, country and supplier.
#[derive(Debug, Clone, Deserialize)]
pub struct ReportProject {
    pub id: String,
    pub name: Option<String>,
    pub pathway: Option<String>,
    pub country_code: Option<String>,
    pub supplier: Option<SupplierRef>,
}

/// An order of the organisation.
#[derive(Debug, Clone, Deserialize)]
pub struct ReportOrder {
    pub id: String,
    pub status: Option<String>,
    pub credits_ordered: Qty,
    pub credits_delivered: Qty,
    pub supplier: Option<SupplierRef>,
    pub effective_contract_date: Option<String>,
}

/// Where the data came from.
#[derive(Debug, Clone)]
pub struct DataSource {
    /// The registry's base URL.
    pub registry: String,
    /// When the data was read (UTC, RFC 3339): now online, the snapshot's time offline.
    pub data_time: String,
    /// The local copy's snapshot (number, file), when read offline.
    pub snapshot: Option<(i64, String)>,
}

/// Everything a report is computed from.
#[derive(Debug, Clone)]
pub struct ReportInput {
    pub org_id: String,
    pub org_name: Option<String>,
    pub source: DataSource,
    /// The organisation's batches of the status the report is about.
    pub batches: Vec<Batch>,
    /// The organisation's retirements (empty for holdings).
    pub retirements: Vec<Retirement>,
    /// Orders of the organisation (empty for retirements).
    pub orders: Vec<ReportOrder>,
    pub projects: HashMap<String, ReportProject>,
    /// Supplier names by id.
    pub suppliers: HashMap<String, String>,
    pub balance: OrgBalance,
}

impl ReportInput {
    /// Supplier names known from the projects (so that few lookups remain).
    pub fn suppliers_from_projects(&mut self) {
        for p in self.projects.values() {
            if let Some(s) = &p.supplier
                && let (Some(id), Some(name)) = (&s.id, s.organisation.as_ref().and_then(|o| o.name.clone()))
            {
                self.suppliers.entry(id.clone()).or_insert(name);
            }
        }
    }

    /// Project ids the batches name.
    pub fn project_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.batches.iter().filter_map(|b| b.project_id.clone()).collect();
        ids.sort();
        ids.dedup();
        ids
    }

    /// Supplier ids the batches name whose name is not known yet.
    pub fn unnamed_suppliers(&self) -> Vec<String> {
        let mut ids: Vec<String> = self
            .batches
            .iter()
            .filter_map(|b| b.supplier_id.clone())
            .filter(|s| !self.suppliers.contains_key(s))
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }
}
