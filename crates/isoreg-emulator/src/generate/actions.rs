//! The generator's buyer actions: retirements and transfers of the credits
//! each buyer received (splitting batches on partial moves), the forced lineage
//! chain, the wide split tree and the deliberately bad split.

use super::*;

impl Gen<'_> {
    pub(super) fn actions(&mut self) {
        for buyer in self.w.buyers.clone() {
            let mut recv = std::mem::take(&mut self.received[buyer as usize]);
            recv.sort_unstable();
            let mut actor = Actor::default();
            for (avail, b) in recv {
                self.act(buyer, &mut actor, avail, b);
            }
        }
    }

    pub(super) fn act(&mut self, buyer: Ix, a: &mut Actor, avail: i64, b: Ix) {
        let batch = &self.w.batches[b as usize];
        let chainable = batch.parent != NONE && batch.delivery != NONE && batch.kgs >= 8;
        if buyer == self.w.demo_buyer && !self.chain_done && chainable {
            return self.forced_chain(buyer, a, avail, b);
        }
        let r = self.rng.unit();
        if r < 0.3 {
            return;
        }
        if r < 0.5 {
            self.retire(buyer, a, avail, b);
        } else if r < 0.75 {
            if let Some((left, t)) = self.retire_part(buyer, a, avail, b)
                && self.rng.chance(0.5)
            {
                match self.rng.chance(0.5) {
                    true => self.retire_part(buyer, a, t, left),
                    false => self.transfer_part(buyer, a, t, left),
                };
            }
        } else if r < 0.85 {
            self.transfer(buyer, a, avail, b);
        } else {
            self.transfer_part(buyer, a, avail, b);
        }
    }

    /// Retire part, transfer part of the rest, retire part of the rest: a depth-4 lineage.
    pub(super) fn forced_chain(&mut self, buyer: Ix, a: &mut Actor, avail: i64, b: Ix) {
        self.chain_done = true;
        self.w.samples.split_batch = b;
        self.w.samples.delivery = self.w.batches[b as usize].delivery;
        self.w.samples.order = self.w.deliveries[self.w.samples.delivery as usize].order;
        a.open_ret = None;
        a.open_trf = None;
        let Some((l1, t1)) = self.retire_part(buyer, a, avail, b) else {
            return;
        };
        self.w.samples.retirement = self.w.batches[self.w.batches[b as usize].right as usize].retirement;
        let Some((l2, t2)) = self.transfer_part(buyer, a, t1, l1) else {
            return;
        };
        self.w.samples.transfer = self.open_transfer(a);
        self.w.samples.batch = l2;
        if let Some((l3, _)) = self.retire_part(buyer, a, t2, l2) {
            self.w.samples.batch = l3;
        }
    }

    pub(super) fn open_transfer(&self, a: &Actor) -> Ix {
        a.open_trf.map_or(0, |(t, _)| t)
    }

    /// Splits off a part of `b` and retires it; returns the remaining left child and the time.
    pub(super) fn retire_part(&mut self, buyer: Ix, a: &mut Actor, avail: i64, b: Ix) -> Option<(Ix, i64)> {
        let part = self.part_of(b)?;
        let (l, r) = self.split(b, part);
        Some((l, self.retire(buyer, a, avail, r)))
    }

    pub(super) fn transfer_part(&mut self, buyer: Ix, a: &mut Actor, avail: i64, b: Ix) -> Option<(Ix, i64)> {
        let part = self.part_of(b)?;
        let (l, r) = self.split(b, part);
        Some((l, self.transfer(buyer, a, avail, r)))
    }

    pub(super) fn next_time(&mut self, a: &mut Actor, avail: i64) -> i64 {
        let t = self.time_after(a.clock.max(avail), 1, 45);
        a.clock = t;
        t
    }

    pub(super) fn retire(&mut self, buyer: Ix, a: &mut Actor, avail: i64, b: Ix) -> i64 {
        let r = match a.open_ret {
            Some((r, slots)) if slots > 0 && self.w.retirements[r as usize].at >= avail => {
                a.open_ret = Some((r, slots - 1));
                r
            }
            _ => {
                let r = self.new_retirement(buyer, a, avail);
                a.open_ret = Some((r, self.rng.range(0, 3) as u32));
                r
            }
        };
        let batch = &mut self.w.batches[b as usize];
        batch.status = Status::Retired;
        batch.retirement = r;
        self.w.retirements[r as usize].batches.push(b);
        self.w.retirements[r as usize].at
    }

    pub(super) fn new_retirement(&mut self, buyer: Ix, a: &mut Actor, avail: i64) -> Ix {
        let at = self.next_time(a, avail);
        let beneficiary = match self.rng.chance(0.4) {
            true => buyer,
            false => self.rng.pick(&self.w.beneficiaries.clone()),
        };
        let notes = match self.rng.chance(0.7) {
            true => {
                let note = self.rng_note();
                Some(self.text(note, 5000))
            }
            false => None,
        };
        let id = self.id("ret");
        let mut e = event(id, at, buyer, beneficiary, NONE, notes, Vec::new());
        e.purposes.push(self.rng.pick(&catalog::PURPOSES[..2]));
        if self.rng.chance(0.3) {
            e.purposes.push(self.rng.pick(&catalog::PURPOSES[2..]));
        }
        self.w.retirements.push(e);
        (self.w.retirements.len() - 1) as Ix
    }

    pub(super) fn transfer(&mut self, buyer: Ix, a: &mut Actor, avail: i64, b: Ix) -> i64 {
        let t = match a.open_trf {
            Some((t, slots)) if slots > 0 && self.w.transfers[t as usize].at >= avail => {
                a.open_trf = Some((t, slots - 1));
                t
            }
            _ => {
                let t = self.new_transfer(buyer, a, avail);
                a.open_trf = Some((t, self.rng.range(0, 2) as u32));
                t
            }
        };
        let to = self.w.transfers[t as usize].to;
        self.w.batches[b as usize].owner = to;
        self.w.transfers[t as usize].batches.push(b);
        self.w.transfers[t as usize].at
    }

    pub(super) fn new_transfer(&mut self, buyer: Ix, a: &mut Actor, avail: i64) -> Ix {
        let at = self.next_time(a, avail);
        let demo = self.w.demo_buyer;
        let others: Vec<Ix> = self.w.buyers.iter().copied().filter(|&o| o != buyer).collect();
        let to = match buyer != demo && self.rng.chance(0.5) {
            true => demo,
            false => self.rng.pick(&others),
        };
        let notes = match self.rng.chance(0.5) {
            true => Some(self.text("Transfer under group allocation", 5000)),
            false => None,
        };
        let id = self.id("trf");
        self.w.transfers.push(event(id, at, buyer, to, NONE, notes, Vec::new()));
        (self.w.transfers.len() - 1) as Ix
    }

    /// The demo buyer retires its largest active batch in many small parts, splitting
    /// both halves again and again: a wide tree of `WIDE_DEPTH` levels (255 batches) for lineage.
    pub(super) fn wide_tree(&mut self) {
        let demo = self.w.demo_buyer;
        let candidates = self.w.batches.iter().enumerate().filter(|(_, b)| {
            b.owner == demo && b.status == Status::Active && !b.buffer && b.kgs >= 1 << (WIDE_DEPTH + 1)
        });
        let Some((b, _)) = candidates.max_by_key(|(i, b)| (b.kgs, std::cmp::Reverse(*i))) else {
            return;
        };
        let avail = self.available_at(b as Ix);
        let mut actor = Actor { clock: avail, ..Actor::default() };
        let leaf = self.split_wide(demo, &mut actor, avail, b as Ix, WIDE_DEPTH);
        self.w.samples.wide_leaf = Some(leaf);
    }

    /// Splits `b` in two and both halves again, `depth` levels down; the right
    /// half of each last split is retired. Returns the deepest leftmost leaf.
    pub(super) fn split_wide(&mut self, buyer: Ix, a: &mut Actor, avail: i64, b: Ix, depth: u32) -> Ix {
        let half = self.w.batches[b as usize].kgs / 2;
        if depth == 0 || half < 1 {
            return b;
        }
        let (l, r) = self.split(b, half);
        if depth == 1 {
            self.retire(buyer, a, avail, r);
            return l;
        }
        let leaf = self.split_wide(buyer, a, avail, l, depth - 1);
        self.split_wide(buyer, a, avail, r, depth - 1);
        leaf
    }

    /// When a batch reached its owner: its delivery's date, or its issuance's.
    pub(super) fn available_at(&self, b: Ix) -> i64 {
        let batch = &self.w.batches[b as usize];
        match batch.delivery {
            NONE => self.w.issuances[batch.issuance as usize].issued_at,
            d => self.w.deliveries[d as usize].at,
        }
    }

    /// Quirk: the right child of one demo-buyer split batch gets 1 kg more than it should.
    pub(super) fn bad_split(&mut self) {
        let demo = self.w.demo_buyer;
        let found = self.w.batches.iter().position(|b| {
            b.owner == demo && b.status == Status::Split && {
                let r = &self.w.batches[b.right as usize];
                r.status != Status::Split
            }
        });
        if let Some(p) = found {
            let r = self.w.batches[p].right as usize;
            self.w.batches[r].kgs += 1;
        }
    }
}
