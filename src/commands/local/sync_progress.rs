//! What `sync`'s progress bar says: each list it copies is a phase with its
//! own total, known from the `total_count` of its first page (the issuances'
//! batches are counted in issuances, one request each, so their total is the
//! issuances' count). The bar counts items of all phases against the sum of
//! their totals once every total is known (never a total that grows with the
//! count), and names the phase furthest from done: "3 of 12 lists done; slowest:
//! issuances' batches 40/232".

use crate::quantity::group;

/// One list being copied.
struct Phase {
    label: &'static str,
    done: u64,
    total: Option<u64>,
    /// The phase whose total this one's is (the issuances' batches: one per issuance).
    counts: Option<&'static str>,
}

/// The phases of one sync.
pub struct Phases(Vec<Phase>);

/// The label of the phase that fetches each issuance's batches.
pub const ISSUANCE_BATCHES: &str = "issuances' batches";

impl Phases {
    /// The phases named, none started; [`ISSUANCE_BATCHES`] counts in issuances.
    pub fn new(labels: &[&'static str]) -> Phases {
        let counts = |l: &str| (l == ISSUANCE_BATCHES).then_some("issuances");
        Phases(labels.iter().map(|&label| Phase { label, done: 0, total: None, counts: counts(label) }).collect())
    }

    /// Counts `units` more of `label`, whose list announced `total` (if it did).
    pub fn add(&mut self, label: &str, units: u64, total: Option<u64>) {
        if let Some(p) = self.0.iter_mut().find(|p| p.label == label) {
            p.done += units;
            p.total = total.or(p.total);
        }
    }

    /// Marks `label` finished: its total is what it fetched, if it never said.
    pub fn finish(&mut self, label: &str) {
        if let Some(p) = self.0.iter_mut().find(|p| p.label == label) {
            p.total = Some(p.total.unwrap_or(p.done).max(p.done));
        }
    }

    fn total_of(&self, p: &Phase) -> Option<u64> {
        match p.counts {
            Some(other) => self.0.iter().find(|q| q.label == other).and_then(|q| q.total),
            None => p.total,
        }
    }

    /// Items fetched, and the sum of the totals once every phase has one.
    pub fn count(&self) -> (u64, Option<u64>) {
        let done = self.0.iter().map(|p| p.done).sum();
        let totals: Option<u64> = self.0.iter().map(|p| self.total_of(p).map(|t| t.max(p.done))).sum();
        (done, totals)
    }

    /// "3 of 12 lists done; slowest: issuances' batches 40/232".
    pub fn message(&self) -> String {
        let left = |p: &&Phase| self.total_of(p).is_none_or(|t| p.done < t);
        let fraction = |p: &Phase| self.total_of(p).map_or(0.0, |t| p.done as f64 / t.max(1) as f64);
        let open: Vec<&Phase> = self.0.iter().filter(left).collect();
        let done = self.0.len() - open.len();
        let head = format!("{done} of {} lists done", self.0.len());
        let Some(slow) = open.iter().min_by(|a, b| fraction(a).total_cmp(&fraction(b))) else { return head };
        let of = self.total_of(slow).map(|t| format!("/{}", group(&t.to_string()))).unwrap_or_default();
        format!("{head}; slowest: {} {}{of}", slow.label, group(&slow.done.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_total_is_known_once_every_phase_said_it_and_never_grows() {
        let mut p = Phases::new(&["projects", "issuances", ISSUANCE_BATCHES]);
        p.add("projects", 50, Some(120));
        assert_eq!(p.count(), (50, None), "the issuances have not said yet");
        p.add("issuances", 50, Some(232));
        assert_eq!(p.count(), (100, Some(120 + 232 + 232)));
        p.add(ISSUANCE_BATCHES, 10, None);
        assert_eq!(p.message(), "0 of 3 lists done; slowest: issuances' batches 10/232");
        p.add("projects", 70, Some(120));
        p.finish("projects");
        assert_eq!(p.count(), (180, Some(584)));
        assert!(p.message().starts_with("1 of 3 lists done"), "{}", p.message());
    }
}
