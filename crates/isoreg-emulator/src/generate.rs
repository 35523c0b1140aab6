//! The dataset generator: a small deterministic simulation of a registry's history.
//!
//! Suppliers issue credit batches; buyers place orders that suppliers fill with deliveries;
//! the buffer pool refunds; buyers retire and transfer. Every partial move splits a batch
//! (sizes conserved), so lineage chains form naturally; one chain of depth 4 is forced for
//! the demo buyer. Totals, indexes and balances are derived afterwards by `World::finish`.

use std::collections::VecDeque;

use super::Options;
use super::Quirk;
use super::catalog::{self, SUPPLIERS};
use super::data::{
    Batch, Document, Event, Id, Issuance, Ix, Location, NONE, Order, Org, Project, ProjectTotals, Status, Stripe,
    Supplier, World,
};
use super::dates::{DAY, ts};

/// splitmix64: small, fast and good enough for test data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5EED_1503_E7C0_FFEE)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        lo + (self.next_u64() % (hi - lo + 1) as u64) as i64
    }
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.range(0, items.len() as i64 - 1) as usize]
    }
    pub fn chars<const N: usize>(&mut self) -> [u8; N] {
        const ALPHABET: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        let mut out = [0u8; N];
        for c in out.iter_mut() {
            *c = ALPHABET[(self.next_u64() % 36) as usize];
        }
        out
    }
}

pub const END: i64 = 1_782_777_599; // 2026-06-30T23:59:59Z

/// Where a buyer stands while its history is simulated.
#[derive(Default)]
struct Actor {
    clock: i64,
    open_ret: Option<(Ix, u32)>,
    open_trf: Option<(Ix, u32)>,
}

#[derive(Clone, Copy, PartialEq)]
enum Plan {
    Placed,
    InProgress,
    Completed,
}

struct Gen<'a> {
    opts: &'a Options,
    rng: Rng,
    w: World,
    hostile_n: usize,
    queues: Vec<VecDeque<Ix>>,
    buffer_queue: VecDeque<Ix>,
    received: Vec<Vec<(i64, Ix)>>,
    chain_done: bool,
}

/// Generates the raw world (before `World::finish`).
/// Levels of the wide split tree made for lineage (2^depth leaves).
const WIDE_DEPTH: u32 = 7;

pub fn build(opts: &Options) -> World {
    let mut g = Gen {
        opts,
        rng: Rng::new(opts.seed),
        w: World::default(),
        hostile_n: 0,
        queues: Vec::new(),
        buffer_queue: VecDeque::new(),
        received: Vec::new(),
        chain_done: false,
    };
    g.organisations();
    g.suppliers();
    g.fill_queues();
    g.orders();
    g.refunds();
    g.actions();
    g.wide_tree();
    if opts.has(Quirk::BadSplit) {
        g.bad_split();
    }
    if opts.has(Quirk::Burst) {
        burst(&mut g.w);
    }
    g.w
}

/// Every third issuance moves to one instant (the median issuance's), so that thousands of
/// batches share one `issued_at`.
fn burst(w: &mut World) {
    let mut times: Vec<i64> = w.issuances.iter().map(|i| i.issued_at).collect();
    times.sort_unstable();
    let Some(&at) = times.get(times.len() / 2) else { return };
    for i in w.issuances.iter_mut().step_by(3) {
        i.issued_at = at;
    }
}

impl Gen<'_> {
    fn scale(&self) -> i64 {
        i64::from(self.opts.scale.max(1))
    }

    fn id(&mut self, prefix: &str) -> Id {
        Id::new(prefix, self.rng.chars::<16>())
    }

    /// A name or note, made hostile when the quirk is on.
    fn text(&mut self, base: &str, max_chars: usize) -> String {
        if !self.opts.has(Quirk::Hostile) {
            return base.to_string();
        }
        self.hostile_n += 1;
        catalog::hostile(base, self.hostile_n - 1, max_chars)
    }

    fn time_after(&mut self, t: i64, min_days: i64, max_days: i64) -> i64 {
        let dt = self.rng.range(min_days, max_days) * DAY + self.rng.range(0, DAY - 1);
        (t + dt).min(END)
    }

    fn add_org(&mut self, name: &str, domain: Option<&str>, plain: bool) -> Ix {
        let id = self.id("org");
        let name = if plain { name.to_string() } else { self.text(name, 5000) };
        self.w.orgs.push(Org { id, name, domain: domain.map(str::to_string) });
        self.received.push(Vec::new());
        (self.w.orgs.len() - 1) as Ix
    }

    fn organisations(&mut self) {
        let (n, d) = catalog::BUFFER_POOL;
        self.w.buffer_org = self.add_org(n, Some(d), true);
        for t in SUPPLIERS {
            self.add_org(t.name, Some(t.domain), false);
        }
        let (n, d) = catalog::DEMO_BUYER;
        self.w.demo_buyer = self.add_org(n, Some(d), false);
        self.w.buyers.push(self.w.demo_buyer);
        for (n, d) in catalog::OTHER_BUYERS {
            let o = self.add_org(n, Some(d), false);
            self.w.buyers.push(o);
        }
        for (n, d) in catalog::BENEFICIARIES {
            let o = self.add_org(n, *d, false);
            self.w.beneficiaries.push(o);
        }
    }

    fn suppliers(&mut self) {
        for (si, t) in SUPPLIERS.iter().enumerate() {
            let jitter = (self.rng.unit() - 0.5, self.rng.unit() - 0.5);
            let stripe = self.stripe(si);
            let id = self.id("spl");
            self.w.suppliers.push(Supplier {
                id,
                org: si as Ix + 1,
                short_description: Some(t.short.to_string()),
                long_description: (si != 4).then(|| t.long.to_string()),
                location: (si != 5).then(|| location(t, jitter)),
                stripe,
            });
            let n_projects = match si {
                0 => 2,
                1 => 3,
                _ => self.rng.range(1, 3),
            };
            for k in 0..n_projects {
                self.project(si as Ix, k as usize);
            }
        }
    }

    fn stripe(&mut self, si: usize) -> Stripe {
        let acct: String = self.rng.chars::<16>().iter().map(|c| (*c as char).to_ascii_lowercase()).collect();
        let priced = si % 3 != 2;
        Stripe {
            id: self.id("ssc"),
            account_id: format!("acct_{acct}"),
            credit_price: priced.then(|| format!("{}.00", 150 + 50 * si)),
            verification_price: priced.then(|| "12.50".to_string()),
            currency: priced.then_some(if si.is_multiple_of(2) { "usd" } else { "gbp" }),
        }
    }

    fn project(&mut self, s: Ix, k: usize) {
        let t = &SUPPLIERS[s as usize];
        let validated = k == 0 || s < 2 || !self.rng.chance(0.2);
        let short: String = self.rng.chars::<4>().iter().map(|c| *c as char).collect();
        let kind = self.rng.pick(catalog::PROJECT_KINDS);
        let name = self.text(&format!("{} {kind}", t.places[k % t.places.len()]), 5000);
        let start = ts(2021, 1, 1) + self.rng.range(0, 700) * DAY;
        let jitter = (self.rng.unit() * 2.0 - 1.0, self.rng.unit() * 2.0 - 1.0);
        let id = self.id("prj");
        let documents = self.documents(&short);
        self.w.projects.push(Project {
            id,
            name,
            supplier: s,
            status: if validated { "validated" } else { "under_validation" },
            short_code: short,
            process_key: t.process_key,
            pathway: t.pathway,
            protocol_slug: t.protocol_slug,
            country_code: t.country.0,
            validator_name: validated.then(|| self.rng.pick(catalog::VALIDATORS)),
            current_verifier_name: (validated && k.is_multiple_of(2)).then(|| self.rng.pick(catalog::VALIDATORS)),
            crediting_start: validated.then_some(start),
            crediting_end: (validated && k != 1).then_some(start + 3650 * DAY),
            location: (k != 2).then(|| location(t, jitter)),
            documents,
            ccp_approved: self.rng.chance(0.6),
            totals: ProjectTotals::default(),
        });
        if validated {
            self.issuances((self.w.projects.len() - 1) as Ix, s);
        }
    }

    fn documents(&mut self, short: &str) -> Vec<Document> {
        let n = self.rng.range(0, 4) as usize;
        let mut docs = Vec::with_capacity(n);
        for title in catalog::DOCUMENTS.iter().take(n) {
            let id = Id::new("pjd", self.rng.chars::<16>());
            let url = format!("https://registry.isometric.com/project/{short}/documents/{}", id.as_str());
            docs.push(Document { id, display_name: title.to_string(), url });
        }
        // `GET /projects/{id}/documents` lists them by name.
        docs.sort_by(|a, b| a.display_name.cmp(&b.display_name));
        docs
    }

    fn issuances(&mut self, p: Ix, s: Ix) {
        let n = 5 * self.scale() + self.rng.range(0, 2) - 1;
        let mut times: Vec<i64> = (0..n).map(|_| ts(2022, 2, 1) + self.rng.range(0, 1430 * DAY)).collect();
        times.sort_unstable();
        for at in times {
            self.issuance(p, s, at);
        }
    }

    fn issuance(&mut self, p: Ix, s: Ix, at: i64) {
        let end_day = at / DAY - self.rng.range(10, 60);
        let start_day = end_day - self.rng.range(30, 180);
        let i = self.w.issuances.len() as Ix;
        let mut iss = Issuance {
            id: self.id("iss"),
            project: p,
            supplier: s,
            issued_at: at,
            period_start: start_day,
            period_end: end_day,
            supplier_batches: Vec::new(),
            buffer_batches: Vec::new(),
            supplier_total: 0,
            buffer_total: 0,
        };
        let mut serial = 1;
        for _ in 0..self.rng.range(3, 8) {
            let kgs = self.rng.range(800, 250_000);
            let seq = self.rng.range(start_day, end_day);
            let b = self.new_batch(i, kgs, s + 1, serial, seq, false);
            iss.supplier_batches.push(b);
            serial += kgs;
        }
        let buffer = ((serial - 1) * self.rng.range(5, 10) / 100).max(1);
        let seq = self.rng.range(start_day, end_day);
        let b = self.new_batch(i, buffer, self.w.buffer_org, serial, seq, true);
        iss.buffer_batches.push(b);
        self.w.issuances.push(iss);
    }

    fn new_batch(&mut self, iss: Ix, kgs: i64, owner: Ix, serial: i64, seq: i64, buffer: bool) -> Ix {
        let batch = Batch {
            id: self.id("ctb"),
            removal: self.id("rmv"),
            kgs,
            serial_start: serial,
            status: Status::Active,
            buffer,
            issuance: iss,
            owner,
            parent: NONE,
            left: NONE,
            right: NONE,
            delivery: NONE,
            retirement: NONE,
            sequestered_on: seq,
        };
        self.w.batches.push(batch);
        (self.w.batches.len() - 1) as Ix
    }

    /// Splits `b` into a left child keeping `kgs - right` and a right child of `right` kgs.
    fn split(&mut self, b: Ix, right: i64) -> (Ix, Ix) {
        let parent = self.w.batches[b as usize].clone();
        let right = right.clamp(1, parent.kgs - 1);
        let child = |kgs: i64, serial: i64, g: &mut Self| {
            let mut c = parent.clone();
            c.id = g.id("ctb");
            c.kgs = kgs;
            c.serial_start = serial;
            c.parent = b;
            g.w.batches.push(c);
            (g.w.batches.len() - 1) as Ix
        };
        let l = child(parent.kgs - right, parent.serial_start, self);
        let r = child(right, parent.serial_start + parent.kgs - right, self);
        let p = &mut self.w.batches[b as usize];
        p.status = Status::Split;
        p.left = l;
        p.right = r;
        (l, r)
    }

    /// A random part of `b` (10–90 %), or `None` when it is too small to split.
    fn part_of(&mut self, b: Ix) -> Option<i64> {
        let kgs = self.w.batches[b as usize].kgs;
        (kgs >= 2).then(|| (kgs * self.rng.range(10, 90) / 100).clamp(1, kgs - 1))
    }

    fn fill_queues(&mut self) {
        let mut by_supplier: Vec<Vec<(i64, Ix)>> = vec![Vec::new(); self.w.suppliers.len()];
        let mut buffer = Vec::new();
        for iss in &self.w.issuances {
            for &b in &iss.supplier_batches {
                by_supplier[iss.supplier as usize].push((iss.issued_at, b));
            }
            for &b in &iss.buffer_batches {
                buffer.push((iss.issued_at, b));
            }
        }
        for mut list in by_supplier {
            list.sort_unstable();
            self.queues.push(list.into_iter().map(|(_, b)| b).collect());
        }
        buffer.sort_unstable();
        self.buffer_queue = buffer.into_iter().map(|(_, b)| b).collect();
    }
}

impl Gen<'_> {
    fn orders(&mut self) {
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

    fn order(&mut self, date: i64, buyer: Ix, supplier: Ix) {
        let r = self.rng.unit();
        let plan = match r {
            _ if r < 0.1 => Plan::Placed,
            _ if r < 0.3 => Plan::InProgress,
            _ => Plan::Completed,
        };
        let o = self.w.orders.len() as Ix;
        let extra = match plan {
            Plan::Completed => 0,
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
            Plan::Placed => 0,
            Plan::InProgress => self.rng.range(1, 3),
            Plan::Completed => self.rng.range(1, 4),
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
    fn take_from_supplier(&mut self, s: usize) -> Vec<Ix> {
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

    fn deliver(&mut self, o: Ix, after: i64) -> Option<i64> {
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

    fn rng_note(&mut self) -> &'static str {
        self.rng.pick(catalog::NOTES)
    }

    fn refunds(&mut self) {
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

fn event(id: Id, at: i64, from: Ix, to: Ix, order: Ix, notes: Option<String>, batches: Vec<Ix>) -> Event {
    Event { id, at, from, to, order, notes, purposes: Vec::new(), batches, total: 0 }
}

impl Gen<'_> {
    fn actions(&mut self) {
        for buyer in self.w.buyers.clone() {
            let mut recv = std::mem::take(&mut self.received[buyer as usize]);
            recv.sort_unstable();
            let mut actor = Actor::default();
            for (avail, b) in recv {
                self.act(buyer, &mut actor, avail, b);
            }
        }
    }

    fn act(&mut self, buyer: Ix, a: &mut Actor, avail: i64, b: Ix) {
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
    fn forced_chain(&mut self, buyer: Ix, a: &mut Actor, avail: i64, b: Ix) {
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

    fn open_transfer(&self, a: &Actor) -> Ix {
        a.open_trf.map_or(0, |(t, _)| t)
    }

    /// Splits off a part of `b` and retires it; returns the remaining left child and the time.
    fn retire_part(&mut self, buyer: Ix, a: &mut Actor, avail: i64, b: Ix) -> Option<(Ix, i64)> {
        let part = self.part_of(b)?;
        let (l, r) = self.split(b, part);
        Some((l, self.retire(buyer, a, avail, r)))
    }

    fn transfer_part(&mut self, buyer: Ix, a: &mut Actor, avail: i64, b: Ix) -> Option<(Ix, i64)> {
        let part = self.part_of(b)?;
        let (l, r) = self.split(b, part);
        Some((l, self.transfer(buyer, a, avail, r)))
    }

    fn next_time(&mut self, a: &mut Actor, avail: i64) -> i64 {
        let t = self.time_after(a.clock.max(avail), 1, 45);
        a.clock = t;
        t
    }

    fn retire(&mut self, buyer: Ix, a: &mut Actor, avail: i64, b: Ix) -> i64 {
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

    fn new_retirement(&mut self, buyer: Ix, a: &mut Actor, avail: i64) -> Ix {
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

    fn transfer(&mut self, buyer: Ix, a: &mut Actor, avail: i64, b: Ix) -> i64 {
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

    fn new_transfer(&mut self, buyer: Ix, a: &mut Actor, avail: i64) -> Ix {
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
    fn wide_tree(&mut self) {
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
    fn split_wide(&mut self, buyer: Ix, a: &mut Actor, avail: i64, b: Ix, depth: u32) -> Ix {
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
    fn available_at(&self, b: Ix) -> i64 {
        let batch = &self.w.batches[b as usize];
        match batch.delivery {
            NONE => self.w.issuances[batch.issuance as usize].issued_at,
            d => self.w.deliveries[d as usize].at,
        }
    }

    /// Quirk: the right child of one demo-buyer split batch gets 1 kg more than it should.
    fn bad_split(&mut self) {
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

/// Where a supplier's site is: its template's country, moved a little.
fn location(t: &catalog::SupplierTemplate, jitter: (f64, f64)) -> Location {
    let (code, name, lat, lon) = t.country;
    Location {
        country_code: code,
        country_name: name,
        latitude: ((lat + jitter.0) * 1e4).round() / 1e4,
        longitude: ((lon + jitter.1) * 1e4).round() / 1e4,
    }
}

/// Builds the dataset for these options, with everything derived from it.
pub fn world(opts: &Options) -> World {
    let mut w = build(opts);
    w.finish();
    w
}
