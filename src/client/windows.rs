//! The window planner of sharded listings: cuts a list sorted by `issued_at` into
//! time windows of about equal size, from counts alone, so the windows can be
//! fetched side by side and written in order (see [`super::shard`]).
//!
//! The API's `issued_after` and `issued_before` are both strict. A window here is
//! half-open, `(after, through]`: its lower bound is sent as `issued_after=after`
//! and its upper bound as `issued_before=through + 1 µs`. Cut points are whole
//! microseconds (the finest a `date-time` query keeps: Python's `datetime`, and
//! so FastAPI, stops there), so a batch issued exactly at a cut point belongs to
//! the window below it and to no other: nothing on a boundary is lost, however
//! many batches share that instant. Timestamps finer than a microsecond would
//! fall in two windows; the counts then no longer add up, which is detected.
//!
//! Every split is checked: the pieces' counts must add up to the count of what
//! was cut, and each piece's first and last batch must lie inside it. A server
//! that ignores the date filters, rounds them, or whose counts lie fails those
//! checks, and the caller falls back to the sequential listing.
//!
//! The planner only sees a probe function (count, first and last instant of a
//! window), so it is tested here against simulated servers without any HTTP.

use chrono::{DateTime, SecondsFormat};
use futures::StreamExt;
use std::future::Future;

/// Microseconds since the Unix epoch.
pub type Micros = i64;

/// The lower end of a window (exclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lower {
    /// No lower bound.
    Open,
    /// The user's own `issued_after`, sent as given (and its instant).
    User(String, Micros),
    /// Batches issued strictly after this instant.
    After(Micros),
}

/// The upper end of a window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Upper {
    /// No upper bound.
    Open,
    /// The user's own `issued_before` (exclusive), sent as given (and its instant).
    User(String, Micros),
    /// Batches issued at or before this instant.
    Through(Micros),
}

/// A range of issue times: `(lower, upper)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub lower: Lower,
    pub upper: Upper,
}

impl Span {
    /// Whether a batch issued at `t` belongs to this span.
    pub fn contains(&self, t: Micros) -> bool {
        let above = match self.lower {
            Lower::Open => true,
            Lower::User(_, v) | Lower::After(v) => t > v,
        };
        let below = match self.upper {
            Upper::Open => true,
            Upper::User(_, v) => t < v,
            Upper::Through(v) => t <= v,
        };
        above && below
    }

    /// The span as the API's strict `issued_after` / `issued_before` parameters.
    pub fn params(&self) -> Vec<(String, String)> {
        let mut q = Vec::new();
        match &self.lower {
            Lower::Open => {}
            Lower::User(s, _) => q.push(("issued_after".into(), s.clone())),
            Lower::After(t) => q.push(("issued_after".into(), format_micros(*t))),
        }
        match &self.upper {
            Upper::Open => {}
            Upper::User(s, _) => q.push(("issued_before".into(), s.clone())),
            Upper::Through(t) => q.push(("issued_before".into(), format_micros(t.saturating_add(1)))),
        }
        q
    }
}

/// An instant as RFC 3339 in UTC with six decimals (`2024-01-31T12:00:00.000001Z`).
pub fn format_micros(t: Micros) -> String {
    DateTime::from_timestamp_micros(t)
        .map(|d| d.to_rfc3339_opts(SecondsFormat::Micros, true))
        .unwrap_or_else(|| if t < 0 { "0001-01-01T00:00:00Z".into() } else { "9999-12-31T23:59:59Z".into() })
}

/// An RFC 3339 time as microseconds (finer digits cut), or `None`.
pub fn parse_micros(s: &str) -> Option<Micros> {
    DateTime::parse_from_rfc3339(s.trim()).ok().map(|t| t.timestamp_micros())
}

/// What a probe of one span found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SpanProbe {
    /// `total_count` of the span.
    pub count: u64,
    /// Issue time of its earliest batch.
    pub first: Option<Micros>,
    /// Issue time of its latest batch (may be left out when the span holds
    /// no more than the target: it will not be cut).
    pub last: Option<Micros>,
}

/// A planned window: its span, and what its probe found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    pub span: Span,
    pub count: u64,
    pub first: Option<Micros>,
    pub last: Option<Micros>,
}

impl Window {
    pub fn new(span: Span, p: SpanProbe) -> Window {
        Window { span, count: p.count, first: p.first, last: p.last }
    }

    /// Whether the window can still be cut: its batches do not all share one instant.
    fn splittable(&self) -> bool {
        matches!((self.first, self.last), (Some(a), Some(b)) if a < b)
    }
}

/// Why a listing cannot be sharded safely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fallback(pub String);

/// How many probe rounds at most.
const MAX_ROUNDS: usize = 24;
/// How many pieces one window is cut into at most in one round.
const MAX_PIECES: u64 = 64;

/// Cuts `whole` (whose probe is known) into windows of at most `target` batches
/// where possible (batches sharing one instant cannot be cut), probing at most
/// `concurrency` spans at once. The windows come back in ascending time order,
/// adjacent, covering `whole` exactly, their counts adding up to its count.
pub async fn plan<P, F, E>(whole: Window, target: u64, concurrency: usize, probe: P) -> Result<Vec<Window>, Fallback>
where
    P: Fn(Span) -> F,
    F: Future<Output = Result<SpanProbe, E>>,
    E: std::fmt::Display,
{
    check(&whole.span, &SpanProbe { count: whole.count, first: whole.first, last: whole.last })?;
    let target = target.max(1);
    let mut windows = vec![whole];
    for _ in 0..MAX_ROUNDS {
        let cuts: Vec<(usize, Vec<Span>)> = windows
            .iter()
            .enumerate()
            .filter(|(_, w)| w.count > target && w.splittable())
            .map(|(i, w)| (i, cut(w, w.count.div_ceil(target).min(MAX_PIECES))))
            .collect();
        if cuts.is_empty() {
            break;
        }
        let spans: Vec<Span> = cuts.iter().flat_map(|(_, s)| s.iter().cloned()).collect();
        let probes: Vec<Result<SpanProbe, E>> =
            futures::stream::iter(spans.iter().cloned().map(&probe)).buffered(concurrency.max(1)).collect().await;
        let mut probes = spans.into_iter().zip(probes);
        let mut next = Vec::with_capacity(windows.len() + probes.len());
        let mut cuts = cuts.into_iter().peekable();
        for (i, w) in windows.into_iter().enumerate() {
            let Some((_, pieces)) = cuts.next_if(|(j, _)| *j == i) else {
                next.push(w);
                continue;
            };
            let mut sum = 0u64;
            for (span, p) in probes.by_ref().take(pieces.len()) {
                let p = p.map_err(|e| Fallback(format!("a probe failed ({e})")))?;
                check(&span, &p)?;
                sum = sum.saturating_add(p.count);
                next.push(Window::new(span, p));
            }
            if sum != w.count {
                return Err(Fallback(format!(
                    "the counts do not add up ({sum} in the pieces of a window of {}); the server may ignore the date filters or the list changed",
                    w.count
                )));
            }
        }
        windows = next;
    }
    Ok(merge(windows, target))
}

/// Checks that a probe is consistent with its span.
fn check(span: &Span, p: &SpanProbe) -> Result<(), Fallback> {
    let ok = match (p.count, p.first, p.last) {
        (0, None, None) => true,
        (n, Some(a), None) if n > 0 => span.contains(a),
        (n, Some(a), Some(b)) if n > 0 => a <= b && span.contains(a) && span.contains(b),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(Fallback("the server answered a date-filtered request with batches outside the dates asked for".into()))
    }
}

/// Cuts a window into (at most) `k` adjacent spans at evenly spaced instants
/// between its first and last batch.
pub fn cut(w: &Window, k: u64) -> Vec<Span> {
    let (Some(lo), Some(hi)) = (w.first, w.last) else { return vec![w.span.clone()] };
    let mut points: Vec<Micros> = (1..k.max(1))
        .map(|j| lo + ((i128::from(hi - lo) * i128::from(j)) / i128::from(k)) as i64)
        .filter(|m| (lo..hi).contains(m))
        .collect();
    points.dedup();
    let mut spans = Vec::with_capacity(points.len() + 1);
    let mut lower = w.span.lower.clone();
    for m in points {
        spans.push(Span { lower, upper: Upper::Through(m) });
        lower = Lower::After(m);
    }
    spans.push(Span { lower, upper: w.span.upper.clone() });
    spans
}

/// Joins neighbouring windows while together they hold at most `target` batches.
pub fn merge(windows: Vec<Window>, target: u64) -> Vec<Window> {
    let mut out: Vec<Window> = Vec::with_capacity(windows.len());
    for w in windows {
        match out.last_mut() {
            Some(acc) if acc.count + w.count <= target => {
                acc.span.upper = w.span.upper;
                acc.count += w.count;
                acc.first = acc.first.or(w.first);
                acc.last = w.last.or(acc.last);
            }
            _ => out.push(w),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A simulated server over sorted issue times.
    #[derive(Clone, Copy)]
    enum Server {
        Honest,
        IgnoresDates,
        /// Rounds query bounds down to whole seconds.
        Seconds,
    }

    fn probe_of(times: &[Micros], span: &Span, server: Server) -> SpanProbe {
        let span = match server {
            Server::Honest => span.clone(),
            Server::IgnoresDates => Span { lower: Lower::Open, upper: Upper::Open },
            Server::Seconds => {
                let sec = |t: Micros| t.div_euclid(1_000_000) * 1_000_000;
                Span {
                    lower: match &span.lower {
                        Lower::After(t) => Lower::After(sec(*t)),
                        l => l.clone(),
                    },
                    upper: match &span.upper {
                        Upper::Through(t) => Upper::User(String::new(), sec(t + 1)),
                        u => u.clone(),
                    },
                }
            }
        };
        let inside: Vec<Micros> = times.iter().copied().filter(|&t| span.contains(t)).collect();
        SpanProbe { count: inside.len() as u64, first: inside.first().copied(), last: inside.last().copied() }
    }

    fn run(times: &[Micros], outer: Span, target: u64, server: Server) -> Result<Vec<Window>, Fallback> {
        let whole = Window::new(outer.clone(), probe_of(times, &outer, server));
        futures::executor::block_on(plan(whole, target, 4, |s: Span| {
            let mut p = probe_of(times, &s, server);
            if p.count <= target {
                p.last = None;
            }
            async move { Ok::<_, String>(p) }
        }))
    }

    /// Issue times: uniform, bursts of one instant, few distinct instants, whole seconds.
    fn times() -> impl Strategy<Value = Vec<Micros>> {
        let base = 1_700_000_000_000_000i64;
        let uniform = prop::collection::vec(0i64..400_000_000_000, 0..600);
        let bursts = prop::collection::vec((0i64..50, 1usize..200), 1..8)
            .prop_map(|b| b.into_iter().flat_map(|(t, n)| std::iter::repeat_n(t * 1_000_000, n)).collect::<Vec<_>>());
        let few = prop::collection::vec(prop::sample::select(vec![0i64, 1, 2, 999_999, 1_000_000]), 0..300);
        let seconds = prop::collection::vec((0i64..100_000).prop_map(|s| s * 1_000_000), 0..600);
        prop_oneof![uniform, bursts, few, seconds].prop_map(move |mut v| {
            v.iter_mut().for_each(|t| *t += base);
            v.sort_unstable();
            v
        })
    }

    fn outer() -> impl Strategy<Value = Span> {
        let base = 1_700_000_000_000_000i64;
        let lower = prop_oneof![
            Just(Lower::Open),
            (0i64..100_000_000_000).prop_map(move |t| Lower::User("x".into(), base + t))
        ];
        let upper = prop_oneof![
            Just(Upper::Open),
            (100_000_000_000i64..400_000_000_000).prop_map(move |t| Upper::User("y".into(), base + t))
        ];
        (lower, upper).prop_map(|(lower, upper)| Span { lower, upper })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        /// Against an honest server, every batch of the outer span lies in exactly
        /// one window, the windows are in time order, and their counts add up.
        #[test]
        fn every_item_in_exactly_one_window(times in times(), outer in outer(), target in 1u64..120) {
            let windows = run(&times, outer.clone(), target, Server::Honest).expect("an honest server shards");
            let inside: Vec<Micros> = times.iter().copied().filter(|&t| outer.contains(t)).collect();
            for &t in &inside {
                let n = windows.iter().filter(|w| w.span.contains(t)).count();
                prop_assert_eq!(n, 1, "batch at {} is in {} windows", t, n);
            }
            for t in times.iter().filter(|t| !outer.contains(**t)) {
                prop_assert!(windows.iter().all(|w| !w.span.contains(*t)));
            }
            prop_assert_eq!(windows.iter().map(|w| w.count).sum::<u64>(), inside.len() as u64);
            prop_assert_eq!(&windows[0].span.lower, &outer.lower);
            prop_assert_eq!(&windows[windows.len() - 1].span.upper, &outer.upper);
            for pair in windows.windows(2) {
                let (Upper::Through(a), Lower::After(b)) = (&pair[0].span.upper, &pair[1].span.lower) else {
                    return Err(TestCaseError::fail("inner bounds must be cut points"));
                };
                prop_assert_eq!(a, b);
            }
            for w in &windows {
                prop_assert!(w.count <= target || !w.splittable(), "a window of {} could still be cut", w.count);
            }
        }

        /// A server that ignores the date filters is always caught (when a cut was tried).
        #[test]
        fn ignored_dates_are_caught(times in times(), target in 1u64..50) {
            let all = Span { lower: Lower::Open, upper: Upper::Open };
            let res = run(&times, all, target, Server::IgnoresDates);
            let cuttable = times.len() as u64 > target && times.first() != times.last();
            prop_assert_eq!(res.is_err(), cuttable);
        }

        /// A server that rounds the bounds to seconds either is caught or still
        /// gives a plan whose windows, as that server reads them, hold every batch once.
        #[test]
        fn rounding_servers_never_lose_silently(times in times(), target in 1u64..50) {
            let all = Span { lower: Lower::Open, upper: Upper::Open };
            if let Ok(windows) = run(&times, all, target, Server::Seconds) {
                let total: u64 = windows.iter().map(|w| probe_of(&times, &w.span, Server::Seconds).count).sum();
                prop_assert_eq!(total, times.len() as u64);
            }
        }
    }

    #[test]
    fn bounds_are_strict_and_a_microsecond_apart() {
        let t = parse_micros("2024-01-31T12:00:00Z").unwrap();
        let s = Span { lower: Lower::After(t), upper: Upper::Through(t + 5) };
        assert_eq!(
            s.params(),
            vec![
                ("issued_after".to_string(), "2024-01-31T12:00:00.000000Z".to_string()),
                ("issued_before".to_string(), "2024-01-31T12:00:00.000006Z".to_string()),
            ]
        );
        assert!(!s.contains(t) && s.contains(t + 1) && s.contains(t + 5) && !s.contains(t + 6));
        assert_eq!(parse_micros("2024-01-31T12:00:00.0000019+00:00"), Some(t + 1));
    }

    #[test]
    fn a_burst_of_one_instant_stays_whole() {
        let times = vec![5_000_000; 500];
        let all = Span { lower: Lower::Open, upper: Upper::Open };
        let w = run(&times, all, 10, Server::Honest).unwrap();
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].count, 500);
    }
}
