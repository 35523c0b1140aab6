//! What `World::finish` derives from the records: the per-organisation and
//! per-supplier indexes (newest first), the organisations' batches and their
//! balances, and the labelled sample ids.

use super::*;

/// Sorts event indexes newest first, ties by id descending (stable, deterministic).
fn newest_first(events: &[Event], mut list: Vec<Ix>) -> Vec<Ix> {
    list.sort_unstable_by(|&a, &b| {
        let (a, b) = (&events[a as usize], &events[b as usize]);
        (b.at, b.id.0).cmp(&(a.at, a.id.0))
    });
    list
}

/// Groups event indexes by a key into `n` newest-first lists.
fn group(events: &[Event], sorted: &[Ix], n: usize, key: impl Fn(&Event) -> Ix) -> Vec<Vec<Ix>> {
    let mut out = vec![Vec::new(); n];
    for &e in sorted {
        let k = key(&events[e as usize]);
        if k != NONE {
            out[k as usize].push(e);
        }
    }
    out
}

impl World {
    pub(super) fn build_indexes(&mut self) {
        let (norg, nsup) = (self.orgs.len(), self.suppliers.len());
        let all = |events: &[Event]| newest_first(events, (0..events.len() as Ix).collect());
        let mut idx = Indexes::default();
        idx.deliveries = all(&self.deliveries);
        idx.supplier_deliveries = group(&self.deliveries, &idx.deliveries, nsup, |e| e.from);
        idx.org_deliveries_in = group(&self.deliveries, &idx.deliveries, norg, |e| e.to);
        idx.order_deliveries = group(&self.deliveries, &idx.deliveries, self.orders.len(), |e| e.order);
        idx.retirements = all(&self.retirements);
        idx.org_retirements = group(&self.retirements, &idx.retirements, norg, |e| e.from);
        idx.org_beneficiary_retirements = group(&self.retirements, &idx.retirements, norg, |e| e.to);
        idx.transfers = all(&self.transfers);
        idx.org_transfers_out = group(&self.transfers, &idx.transfers, norg, |e| e.from);
        idx.org_transfers_in = group(&self.transfers, &idx.transfers, norg, |e| e.to);
        self.index_issuances_orders(&mut idx);
        self.idx = idx;
    }

    pub(super) fn index_issuances_orders(&self, idx: &mut Indexes) {
        let mut iss: Vec<Ix> = (0..self.issuances.len() as Ix).collect();
        iss.sort_unstable_by_key(|&i| {
            let i = &self.issuances[i as usize];
            std::cmp::Reverse((i.issued_at, i.id.0))
        });
        idx.supplier_issuances = vec![Vec::new(); self.suppliers.len()];
        for &i in &iss {
            idx.supplier_issuances[self.issuances[i as usize].supplier as usize].push(i);
        }
        idx.issuances = iss;
        idx.supplier_projects = vec![Vec::new(); self.suppliers.len()];
        // Projects are made in order of creation: most recently created first.
        for (p, proj) in self.projects.iter().enumerate().rev() {
            idx.supplier_projects[proj.supplier as usize].push(p as Ix);
        }
        idx.projects = (0..self.projects.len() as Ix).collect();
        idx.projects.sort_by(|&a, &b| {
            let (a, b) = (&self.projects[a as usize], &self.projects[b as usize]);
            (a.name.as_str(), a.id.0).cmp(&(b.name.as_str(), b.id.0))
        });
        let mut orders: Vec<Ix> = (0..self.orders.len() as Ix).collect();
        orders.sort_unstable_by_key(|&o| {
            let o = &self.orders[o as usize];
            std::cmp::Reverse((o.contract_date, o.id.0))
        });
        idx.org_orders = vec![Vec::new(); self.orgs.len()];
        idx.supplier_orders = vec![Vec::new(); self.suppliers.len()];
        for &o in &orders {
            let ord = &self.orders[o as usize];
            // "Orders placed by the organisation": the buyer's, not the supplier's.
            idx.org_orders[ord.buyer as usize].push(o);
            idx.supplier_orders[ord.supplier as usize].push(o);
        }
    }

    pub(super) fn build_org_batches(&mut self) {
        let mut all: Vec<Ix> = (0..self.batches.len() as Ix).collect();
        all.sort_unstable_by_key(|&b| (self.batch_issued_at(b), self.batches[b as usize].id.0));
        let mut per_org = vec![Vec::new(); self.orgs.len()];
        let mut current = vec![Vec::new(); self.orgs.len()];
        let mut by_status: Vec<[Vec<Ix>; 3]> = vec![Default::default(); self.orgs.len()];
        for b in all {
            let batch = &self.batches[b as usize];
            per_org[batch.owner as usize].push(b);
            by_status[batch.owner as usize][batch.status as usize].push(b);
            if batch.status != Status::Split {
                current[batch.owner as usize].push(b);
            }
        }
        self.org_batches = per_org;
        self.org_batches_current = current;
        self.org_batches_by_status = by_status;
    }

    pub(super) fn build_balances(&mut self) {
        let mut out = Vec::with_capacity(self.orgs.len());
        for org in 0..self.orgs.len() {
            out.push(self.balance_of(org as Ix));
        }
        self.balances = out;
    }

    pub(super) fn balance_of(&self, org: Ix) -> BalanceSheet {
        let mut bal = BalanceSheet::default();
        let mut sup: HashMap<Ix, Bal> = HashMap::new();
        let mut prj: HashMap<Ix, Bal> = HashMap::new();
        let mut ord: HashMap<Ix, Bal> = HashMap::new();
        for &b in &self.org_batches[org as usize] {
            let batch = &self.batches[b as usize];
            if batch.status == Status::Split {
                continue;
            }
            bal.total.add(batch.status, batch.kgs);
            sup.entry(self.batch_supplier(b)).or_default().add(batch.status, batch.kgs);
            prj.entry(self.batch_project(b)).or_default().add(batch.status, batch.kgs);
            let o = self.batch_order(b);
            if o != NONE {
                ord.entry(o).or_default().add(batch.status, batch.kgs);
            }
        }
        let sorted = |m: HashMap<Ix, Bal>| {
            let mut v: Vec<(Ix, Bal)> = m.into_iter().collect();
            v.sort_unstable_by_key(|(k, _)| *k);
            v
        };
        bal.suppliers = sorted(sup);
        bal.projects = sorted(prj);
        bal.orders = sorted(ord);
        bal
    }

    /// The sample IDs, labelled for `Emulator::sample_ids`.
    pub fn sample_ids(&self) -> Vec<(&'static str, String)> {
        let s = &self.samples;
        let b = s.batch;
        let iss = self.batches[b as usize].issuance;
        let prj = self.batch_project(b);
        let sup = self.batch_supplier(b);
        let mut v = vec![
            ("credit batch", self.batches[b as usize].id),
            ("split credit batch", self.batches[s.split_batch as usize].id),
            ("issuance", self.issuances[iss as usize].id),
            ("project", self.projects[prj as usize].id),
            ("supplier", self.suppliers[sup as usize].id),
            ("order", self.orders[s.order as usize].id),
            ("delivery", self.deliveries[s.delivery as usize].id),
            ("retirement", self.retirements[s.retirement as usize].id),
            ("transfer", self.transfers[s.transfer as usize].id),
            ("refund", self.refunds[s.refund as usize].id),
        ]
        .into_iter()
        .map(|(k, id)| (k, id.as_str().to_string()))
        .collect::<Vec<_>>();
        if let Some(leaf) = s.wide_leaf {
            v.push(("wide split tree", self.batches[leaf as usize].id.as_str().to_string()));
        }
        v.shrink_to_fit();
        v
    }
}
