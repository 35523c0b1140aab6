//! The generator's orders: buyers place them, suppliers fill them with
//! deliveries, the buffer pool refunds.

use super::*;

impl Gen<'_> {
    pub(super) fn orders(&mut self) {
        let mut plans: Vec<(i64, Ix, Ix)> = Vec::new();
        let demo = self.w.demo_buyer;
        let demo_suppliers: Vec<Ix> = if self.rng.chance(0.5) { vec![0, 1, 2, 3] } else { vec![0, 1, 2] };
        for k in 0..(13 * self.scale() + 1) as usize {
            let date = ts(2022, 3, 1) + self.rng.range(0, 1300) * DAY;
            plans.push((date, demo, demo_suppliers[k % demo_suppliers.len()]));
        }
        for &buyer in &self.w.buyers.clone()[1..] {
            for _ in 0..3 * self.scale() + self.rng.range(0, 1) {
                let date = ts(2022, 3, 1) + self.rng.range(0, 1300) * DAY;
                let s = self.rng.range(0, self.w.suppliers.len() as i64 - 1) as Ix;
                plans.push((date, buyer, s));
            }
        }
        plans.sort_unstable();
        for (date, buyer, s) in plans {
            self.order(date, buyer, s);
        }
    }

    pub(super) fn order(&mut self, date: i64, buyer: Ix, supplier: Ix) {
        let r = self.rng.unit();
        let plan = match r {
            _ if r < 0.1 => GenPlan::Placed,
            _ if r < 0.3 => GenPlan::InProgress,
            _ => GenPlan::Completed,
        };
        let o = self.w.orders.len() as Ix;
        let extra = match plan {
            GenPlan::Completed => 0,
            _ => self.rng.range(1_000, 400_000),
        };
        let id = self.id("ord");
        self.w.orders.push(Order {
            id,
            buyer,
            supplier,
            contract_date: date / DAY,
            status: "placed",
            extra,
            ordered: 0,
            delivered: 0,
            fulfilled_at: None,
            deliveries: Vec::new(),
        });
        let n = match plan {
            GenPlan::Placed => 0,
            GenPlan::InProgress => self.rng.range(1, 3),
            GenPlan::Completed => self.rng.range(1, 4),
        };
        let mut at = date;
        for _ in 0..n {
            match self.deliver(o, at) {
                Some(t) => at = t,
                None => break,
            }
        }
    }

    /// Takes whole batches (and maybe part of one) from the supplier for the order.
    pub(super) fn take_from_supplier(&mut self, s: usize) -> Vec<Ix> {
        let mut taken = Vec::new();
        for _ in 0..self.rng.range(1, 3) {
            if let Some(b) = self.queues[s].pop_front() {
                taken.push(b);
            }
        }
        if self.rng.chance(0.6)
            && let Some(&front) = self.queues[s].front()
            && let Some(part) = self.part_of(front)
        {
            let (l, r) = self.split(front, part);
            self.queues[s][0] = l;
            taken.push(r);
        }
        taken
    }

    pub(super) fn deliver(&mut self, o: Ix, after: i64) -> Option<i64> {
        let (buyer, s) = (self.w.orders[o as usize].buyer, self.w.orders[o as usize].supplier);
        let taken = self.take_from_supplier(s as usize);
        let newest = taken.iter().map(|&b| self.w.batch_issued_at(b)).max()?;
        let at = self.time_after(after.max(newest), 1, 60);
        let d = self.w.deliveries.len() as Ix;
        let notes = match self.rng.chance(0.5) {
            true => {
                let note = self.rng_note();
                Some(self.text(note, 256))
            }
            false => None,
        };
        for &b in &taken {
            let batch = &mut self.w.batches[b as usize];
            batch.owner = buyer;
            batch.delivery = d;
            self.received[buyer as usize].push((at, b));
        }
        let id = self.id("dlv");
        self.w.deliveries.push(event(id, at, s, buyer, o, notes, taken));
        self.w.orders[o as usize].deliveries.push(d);
        Some(at)
    }

    pub(super) fn rng_note(&mut self) -> &'static str {
        self.rng.pick(catalog::NOTES)
    }

    pub(super) fn refunds(&mut self) {
        let buyers = self.w.buyers.clone();
        for k in 0..2 * self.scale() + 1 {
            let to = if k == 0 { self.w.demo_buyer } else { self.rng.pick(&buyers) };
            let mut taken = Vec::new();
            for _ in 0..self.rng.range(1, 2) {
                let Some(b) = self.buffer_queue.pop_front() else {
                    break;
                };
                match self.rng.chance(0.5).then(|| self.part_of(b)).flatten() {
                    Some(part) => {
                        let (l, r) = self.split(b, part);
                        self.buffer_queue.push_front(l);
                        taken.push(r);
                    }
                    None => taken.push(b),
                }
            }
            let Some(newest) = taken.iter().map(|&b| self.w.batch_issued_at(b)).max() else {
                break;
            };
            let at = self.time_after(newest, 30, 300);
            for &b in &taken {
                self.w.batches[b as usize].owner = to;
                self.received[to as usize].push((at, b));
            }
            let notes = Some(self.text("Buffer pool refund following a reversal", 5000));
            let id = self.id("bpr");
            let from = self.w.buffer_org;
            self.w.refunds.push(event(id, at, from, to, NONE, notes, taken));
        }
    }
}
