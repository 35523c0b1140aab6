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
    BatchData, CompactId, Document, Event, Issuance, Ix, Location, NONE, Order, Org, Project, ProjectTotals, Status,
    Stripe, Supplier, World,
};
use super::dates::{DAY, ts};

mod actions;
mod orders;

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
enum GenPlan {
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

    fn id(&mut self, prefix: &str) -> CompactId {
        CompactId::new(prefix, self.rng.chars::<16>())
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
            let id = CompactId::new("pjd", self.rng.chars::<16>());
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
        let batch = BatchData {
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

fn event(id: CompactId, at: i64, from: Ix, to: Ix, order: Ix, notes: Option<String>, batches: Vec<Ix>) -> Event {
    Event { id, at, from, to, order, notes, purposes: Vec::new(), batches, total: 0 }
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
