//! The emulator's dataset: compact records linked by index, plus the lookup maps,
//! per-organisation indexes and balances that let each request work in proportion
//! to its page size. `generate` builds it (see `generate.rs`), `finish` derives the rest.

use std::collections::HashMap;

mod index;

/// Index into one of the `World` vectors.
pub type Ix = u32;

/// An ID: a 3-letter prefix, `_`, and 16 characters of `0-9A-Z`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct CompactId([u8; 20]);

impl CompactId {
    pub fn new(prefix: &str, body: [u8; 16]) -> CompactId {
        let mut b = [b'_'; 20];
        b[..3].copy_from_slice(&prefix.as_bytes()[..3]);
        b[4..].copy_from_slice(&body);
        CompactId(b)
    }
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
    /// Reads an ID of the right length; anything else is `None` (and so not found).
    pub fn parse(s: &str) -> Option<CompactId> {
        let b: [u8; 20] = s.as_bytes().try_into().ok()?;
        Some(CompactId(b))
    }
}

/// Looks an ID string up in one of the maps.
pub fn find(map: &HashMap<CompactId, Ix>, s: &str) -> Option<Ix> {
    map.get(&CompactId::parse(s)?).copied()
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    Active,
    Split,
    Retired,
}

impl Status {
    pub const NAMES: [&'static str; 3] = ["active", "split", "retired"];
    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }
    pub fn parse(s: &str) -> Option<Status> {
        match s {
            "active" => Some(Status::Active),
            "split" => Some(Status::Split),
            "retired" => Some(Status::Retired),
            _ => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Location {
    pub country_code: &'static str,
    pub country_name: &'static str,
    pub latitude: f64,
    pub longitude: f64,
}

#[derive(Clone)]
pub struct Org {
    pub id: CompactId,
    pub name: String,
    pub domain: Option<String>,
}

#[derive(Clone)]
pub struct Stripe {
    pub id: CompactId,
    pub account_id: String,
    pub credit_price: Option<String>,
    pub verification_price: Option<String>,
    pub currency: Option<&'static str>,
}

#[derive(Clone)]
pub struct Supplier {
    pub id: CompactId,
    pub org: Ix,
    pub short_description: Option<String>,
    pub long_description: Option<String>,
    pub location: Option<Location>,
    pub stripe: Stripe,
}

#[derive(Clone)]
pub struct Document {
    pub id: CompactId,
    pub display_name: String,
    pub url: String,
}

#[derive(Default, Clone, Copy)]
pub struct ProjectTotals {
    pub issued: i64,
    pub issued_buffer: i64,
    pub retired: i64,
    pub retired_buffer: i64,
}

#[derive(Clone)]
pub struct Project {
    pub id: CompactId,
    pub name: String,
    pub supplier: Ix,
    pub status: &'static str,
    pub short_code: String,
    pub process_key: &'static str,
    pub pathway: &'static str,
    pub protocol_slug: &'static str,
    pub country_code: &'static str,
    pub validator_name: Option<&'static str>,
    pub current_verifier_name: Option<&'static str>,
    pub crediting_start: Option<i64>,
    pub crediting_end: Option<i64>,
    pub location: Option<Location>,
    pub documents: Vec<Document>,
    pub ccp_approved: bool,
    pub totals: ProjectTotals,
}

#[derive(Clone)]
pub struct Issuance {
    pub id: CompactId,
    pub project: Ix,
    pub supplier: Ix,
    pub issued_at: i64,
    pub period_start: i64,
    pub period_end: i64,
    pub supplier_batches: Vec<Ix>,
    pub buffer_batches: Vec<Ix>,
    pub supplier_total: i64,
    pub buffer_total: i64,
}

pub const NONE: Ix = Ix::MAX;

/// One credit batch. Links are indexes; `NONE` means null.
#[derive(Clone)]
pub struct BatchData {
    pub id: CompactId,
    pub removal: CompactId,
    pub kgs: i64,
    pub serial_start: i64,
    pub status: Status,
    pub buffer: bool,
    pub issuance: Ix,
    pub owner: Ix,
    pub parent: Ix,
    pub left: Ix,
    pub right: Ix,
    pub delivery: Ix,
    pub retirement: Ix,
    pub sequestered_on: i64,
}

#[derive(Clone)]
pub struct Order {
    pub id: CompactId,
    pub buyer: Ix,
    pub supplier: Ix,
    pub contract_date: i64,
    pub status: &'static str,
    pub extra: i64,
    pub ordered: i64,
    pub delivered: i64,
    pub fulfilled_at: Option<i64>,
    pub deliveries: Vec<Ix>,
}

/// A movement of credit batches: delivery, transfer, retirement or refund.
#[derive(Clone)]
pub struct Event {
    pub id: CompactId,
    pub at: i64,
    /// Delivery: the supplier; transfer, retirement: the sending/owning org; refund: the buffer pool org.
    pub from: Ix,
    /// Delivery, transfer, refund: receiving org; retirement: beneficiary org.
    pub to: Ix,
    /// Delivery: its order; otherwise `NONE`.
    pub order: Ix,
    pub notes: Option<String>,
    pub purposes: Vec<&'static str>,
    pub batches: Vec<Ix>,
    pub total: i64,
}

#[derive(Default, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Bal {
    pub active: i64,
    pub retired: i64,
}

impl Bal {
    pub fn add(&mut self, status: Status, kgs: i64) {
        match status {
            Status::Active => self.active += kgs,
            Status::Retired => self.retired += kgs,
            Status::Split => {}
        }
    }
}

/// An organisation's credit balance, broken down like the API does.
#[derive(Default, Clone)]
pub struct BalanceSheet {
    pub total: Bal,
    pub suppliers: Vec<(Ix, Bal)>,
    pub projects: Vec<(Ix, Bal)>,
    pub orders: Vec<(Ix, Bal)>,
}

/// Lookup maps from ID to index, one per resource.
#[derive(Default, Clone)]
pub struct Maps {
    pub orgs: HashMap<CompactId, Ix>,
    pub suppliers: HashMap<CompactId, Ix>,
    pub projects: HashMap<CompactId, Ix>,
    pub issuances: HashMap<CompactId, Ix>,
    pub batches: HashMap<CompactId, Ix>,
    pub orders: HashMap<CompactId, Ix>,
    pub deliveries: HashMap<CompactId, Ix>,
    pub transfers: HashMap<CompactId, Ix>,
    pub retirements: HashMap<CompactId, Ix>,
    pub refunds: HashMap<CompactId, Ix>,
}

/// Lists pre-sorted newest first (or, for batches, by issued_at then id ascending).
#[derive(Default, Clone)]
pub struct Indexes {
    /// Every project, by name (then id), as `GET /projects` sorts them.
    pub projects: Vec<Ix>,
    pub issuances: Vec<Ix>,
    pub supplier_issuances: Vec<Vec<Ix>>,
    pub supplier_projects: Vec<Vec<Ix>>,
    pub deliveries: Vec<Ix>,
    pub supplier_deliveries: Vec<Vec<Ix>>,
    pub org_deliveries_in: Vec<Vec<Ix>>,
    pub retirements: Vec<Ix>,
    pub org_retirements: Vec<Vec<Ix>>,
    pub org_beneficiary_retirements: Vec<Vec<Ix>>,
    pub transfers: Vec<Ix>,
    pub org_transfers_out: Vec<Vec<Ix>>,
    pub org_transfers_in: Vec<Vec<Ix>>,
    pub org_orders: Vec<Vec<Ix>>,
    pub supplier_orders: Vec<Vec<Ix>>,
    pub order_deliveries: Vec<Vec<Ix>>,
}

#[derive(Default, Clone)]
pub struct Samples {
    pub batch: Ix,
    pub split_batch: Ix,
    pub order: Ix,
    pub delivery: Ix,
    pub retirement: Ix,
    pub transfer: Ix,
    pub refund: Ix,
    /// A leaf of the wide split tree (for lineage fan-out), if one was made.
    pub wide_leaf: Option<Ix>,
}

/// The whole generated registry.
#[derive(Default, Clone)]
pub struct World {
    pub orgs: Vec<Org>,
    pub suppliers: Vec<Supplier>,
    pub projects: Vec<Project>,
    pub issuances: Vec<Issuance>,
    pub batches: Vec<BatchData>,
    pub orders: Vec<Order>,
    pub deliveries: Vec<Event>,
    pub transfers: Vec<Event>,
    pub retirements: Vec<Event>,
    pub refunds: Vec<Event>,
    pub buffer_org: Ix,
    pub demo_buyer: Ix,
    pub buyers: Vec<Ix>,
    pub beneficiaries: Vec<Ix>,
    pub maps: Maps,
    pub idx: Indexes,
    /// Per org: its batches sorted by (issued_at, id) ascending, all statuses.
    pub org_batches: Vec<Vec<Ix>>,
    /// Per org and status (active, split, retired): same order.
    pub org_batches_by_status: Vec<[Vec<Ix>; 3]>,
    /// Per org: its active and retired batches (what a listing without `status` shows), same order.
    pub org_batches_current: Vec<Vec<Ix>>,
    pub balances: Vec<BalanceSheet>,
    /// Org index → supplier index, for organisations that are suppliers.
    pub supplier_of_org: HashMap<Ix, Ix>,
    pub samples: Samples,
}

impl World {
    pub fn batch_issued_at(&self, b: Ix) -> i64 {
        self.issuances[self.batches[b as usize].issuance as usize].issued_at
    }

    pub fn batch_project(&self, b: Ix) -> Ix {
        self.issuances[self.batches[b as usize].issuance as usize].project
    }

    pub fn batch_supplier(&self, b: Ix) -> Ix {
        self.issuances[self.batches[b as usize].issuance as usize].supplier
    }

    /// The order a batch's delivery belongs to, or `NONE`.
    pub fn batch_order(&self, b: Ix) -> Ix {
        match self.batches[b as usize].delivery {
            NONE => NONE,
            d => self.deliveries[d as usize].order,
        }
    }

    /// Recomputes every derived total, map, index and balance from the batches.
    pub fn finish(&mut self) {
        self.compute_totals();
        self.build_maps();
        self.build_indexes();
        self.build_org_batches();
        self.build_balances();
    }

    fn compute_totals(&mut self) {
        let sum = |bs: &[Ix], batches: &[BatchData]| bs.iter().map(|&b| batches[b as usize].kgs).sum();
        for i in &mut self.issuances {
            i.supplier_total = sum(&i.supplier_batches, &self.batches);
            i.buffer_total = sum(&i.buffer_batches, &self.batches);
        }
        for list in [&mut self.deliveries, &mut self.transfers, &mut self.retirements, &mut self.refunds] {
            for e in list.iter_mut() {
                e.total = sum(&e.batches, &self.batches);
            }
        }
        self.compute_orders();
        self.compute_projects();
    }

    fn compute_orders(&mut self) {
        for o in &mut self.orders {
            o.delivered = o.deliveries.iter().map(|&d| self.deliveries[d as usize].total).sum();
            o.ordered = o.delivered + o.extra;
            let last = o.deliveries.iter().map(|&d| self.deliveries[d as usize].at).max();
            o.status = match (o.delivered, o.extra) {
                (0, _) => "placed",
                (_, 0) => "completed",
                _ => "in_progress",
            };
            if o.delivered == 0 && o.extra == 0 {
                o.extra = 1_000;
                o.ordered = 1_000;
            }
            o.fulfilled_at = if o.status == "completed" { last } else { None };
        }
    }

    fn compute_projects(&mut self) {
        for p in &mut self.projects {
            p.totals = ProjectTotals::default();
        }
        for i in &self.issuances {
            let t = &mut self.projects[i.project as usize].totals;
            t.issued += i.supplier_total + i.buffer_total;
            t.issued_buffer += i.buffer_total;
        }
        for b in &self.batches {
            if b.status == Status::Retired {
                let p = self.issuances[b.issuance as usize].project;
                let t = &mut self.projects[p as usize].totals;
                t.retired += b.kgs;
                if b.buffer {
                    t.retired_buffer += b.kgs;
                }
            }
        }
    }

    fn build_maps(&mut self) {
        fn map<T>(items: &[T], id: impl Fn(&T) -> CompactId) -> HashMap<CompactId, Ix> {
            items.iter().enumerate().map(|(i, t)| (id(t), i as Ix)).collect()
        }
        self.maps = Maps {
            orgs: map(&self.orgs, |o| o.id),
            suppliers: map(&self.suppliers, |s| s.id),
            projects: map(&self.projects, |p| p.id),
            issuances: map(&self.issuances, |i| i.id),
            batches: map(&self.batches, |b| b.id),
            orders: map(&self.orders, |o| o.id),
            deliveries: map(&self.deliveries, |e| e.id),
            transfers: map(&self.transfers, |e| e.id),
            retirements: map(&self.retirements, |e| e.id),
            refunds: map(&self.refunds, |e| e.id),
        };
        self.supplier_of_org = self.suppliers.iter().enumerate().map(|(i, s)| (s.org, i as Ix)).collect();
    }
}
