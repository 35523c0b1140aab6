//! Fitting a list table to the terminal by meaning: which columns a table
//! shows, in which form and how wide.
//!
//! In order, until the table fits:
//! 1. a column with the same name or text on every row (your own
//!    organisation as OWNER) becomes one line above the table ([`lifted`]);
//! 2. text and the names beside IDs shrink, down to [`MIN_TEXT`] with `…`;
//! 3. a column that shows another record (`prj_… Name`) drops the ID and
//!    keeps the name people read (the ID stays in `-o wide`, `--fields`, JSON);
//! 4. whole columns go, highest [`Column::rank`] first (rank 0 never);
//! 5. when only never-hidden columns are left (what `sql` or `find` was
//!    asked for), text is cut harder instead, headers too.
//!
//! The room left over goes to the most important columns first (lowest
//! rank), so a name that matters is whole before a lesser one grows.

use super::Column;
use super::text::ColKind;

/// The smallest width a name or other text column shrinks to (with `…`).
pub const MIN_TEXT: usize = 8;

/// The smallest width text is cut to when nothing else can give way.
const MIN_HARD: usize = 4;

/// The gap between two columns.
pub const GAP: usize = 2;

/// How wide one column wants to be, measured over its cells.
#[derive(Debug, Clone, Default)]
pub struct Measure {
    /// Widest cell (ID and name), or the header.
    pub natural: usize,
    /// Narrowest it may get with its IDs whole.
    pub min: usize,
    /// Narrowest when text is cut hard (nothing else could go).
    pub hard: usize,
    /// Widths when a `Ref` shows names only; `None`: no row has a name.
    pub bare: Option<(usize, usize)>,
}

/// What was decided: which columns are shown, which show names only, how wide.
#[derive(Debug, Clone)]
pub struct Decision {
    pub shown: Vec<bool>,
    pub bare: Vec<bool>,
    pub widths: Vec<usize>,
}

impl Measure {
    fn at(&self, bare: bool, hard: bool) -> (usize, usize) {
        match (bare, self.bare) {
            (true, Some(widths)) => widths,
            _ => (self.natural, if hard { self.hard } else { self.min }),
        }
    }
}

/// The hard minimum of a text column: a few characters of it.
pub fn hard_min(kind: ColKind, natural: usize, min: usize) -> usize {
    if kind == ColKind::Text { natural.min(MIN_HARD) } else { min }
}

/// Decides the shown columns, their forms and widths in `width` columns.
/// `skip` marks columns already gone (lifted above the table).
pub fn decide(columns: &[Column], m: &[Measure], skip: &[bool], width: usize) -> Decision {
    let n = columns.len();
    let mut shown: Vec<bool> = (0..n).map(|i| !skip[i]).collect();
    let mut bare = vec![false; n];
    let need = |shown: &[bool], bare: &[bool], hard: bool| {
        let ws: Vec<usize> = (0..n).filter(|&i| shown[i]).map(|i| m[i].at(bare[i], hard).1).collect();
        ws.iter().sum::<usize>() + GAP * ws.len().saturating_sub(1)
    };
    let mut order: Vec<usize> = (1..n).filter(|&i| columns[i].rank > 0).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(columns[i].rank), std::cmp::Reverse(i)));
    let mut by_rank: Vec<usize> = (0..n).collect();
    by_rank.sort_by_key(|&i| (std::cmp::Reverse(columns[i].rank), std::cmp::Reverse(i)));
    let mut gone = Vec::new();
    while need(&shown, &bare, false) > width {
        let named = by_rank.iter().copied().find(|&i| shown[i] && !bare[i] && m[i].bare.is_some());
        if let Some(i) = named {
            bare[i] = true;
        } else if let Some(&i) = order.iter().find(|&&i| shown[i]) {
            shown[i] = false;
            gone.push(i);
        } else {
            break;
        }
    }
    for &i in gone.iter().rev() {
        shown[i] = true;
        if need(&shown, &bare, false) > width {
            shown[i] = false;
        }
    }
    for &i in by_rank.iter().rev() {
        if bare[i] {
            bare[i] = false;
            if need(&shown, &bare, false) > width {
                bare[i] = true;
            }
        }
    }
    let hard = need(&shown, &bare, false) > width;
    let mut widths = widths_of(columns, m, &shown, &bare, hard, width);
    // A lesser name goes rather than cut a more important one: while a shown
    // column is narrower than its text, hide the least important text or
    // name column ranked below it (never a quantity, status, date or link).
    while let Some(starved) = starving(columns, m, &shown, &bare, &widths) {
        let lesser =
            order.iter().find(|&&i| shown[i] && columns[i].rank > columns[starved].rank && is_text(columns[i].kind));
        let Some(&i) = lesser else { break };
        shown[i] = false;
        widths = widths_of(columns, m, &shown, &bare, hard, width);
    }
    Decision { shown, bare, widths }
}

/// Whether a column holds text or names (not the facts: quantities, counts,
/// statuses, dates, IDs, links).
fn is_text(kind: ColKind) -> bool {
    matches!(kind, ColKind::Text | ColKind::Ref | ColKind::Serial | ColKind::Mixed)
}

/// The widths of the shown columns in `width`.
fn widths_of(columns: &[Column], m: &[Measure], shown: &[bool], bare: &[bool], hard: bool, width: usize) -> Vec<usize> {
    let keep: Vec<usize> = (0..columns.len()).filter(|&i| shown[i]).collect();
    let mins: Vec<usize> = keep.iter().map(|&i| m[i].at(bare[i], hard).1).collect();
    let nats: Vec<usize> = keep.iter().map(|&i| m[i].at(bare[i], hard).0).collect();
    // Of one rank, identifiers and names grow before free text.
    let text = |i: usize| u8::from(matches!(columns[i].kind, ColKind::Text | ColKind::Mixed | ColKind::Serial));
    let ranks: Vec<u8> = keep.iter().map(|&i| columns[i].rank.saturating_mul(2).saturating_add(text(i))).collect();
    share(&mins, &nats, &ranks, width)
}

/// The most important shown column cut short of its text, if any.
fn starving(columns: &[Column], m: &[Measure], shown: &[bool], bare: &[bool], widths: &[usize]) -> Option<usize> {
    let keep: Vec<usize> = (0..columns.len()).filter(|&i| shown[i]).collect();
    let short = keep.iter().zip(widths).filter(|&(&i, &w)| w < m[i].at(bare[i], false).0).map(|(&i, _)| i);
    short.min_by_key(|&i| (columns[i].rank, i))
}

/// Shares the room beyond the minimum widths: the most important columns
/// (lowest rank) grow to their natural width first; columns of one rank
/// share evenly.
pub fn share(mins: &[usize], naturals: &[usize], ranks: &[u8], width: usize) -> Vec<usize> {
    let mut w: Vec<usize> = mins.iter().zip(naturals).map(|(m, n)| (*m).min(*n)).collect();
    let used = w.iter().sum::<usize>() + GAP * w.len().saturating_sub(1);
    let mut spare = width.saturating_sub(used);
    let mut levels: Vec<u8> = ranks.to_vec();
    levels.sort_unstable();
    levels.dedup();
    for level in levels {
        while spare > 0 {
            let mut growing: Vec<usize> = (0..w.len()).filter(|&i| ranks[i] == level && w[i] < naturals[i]).collect();
            // The columns closest to whole come first, so a short value is not cut for a long one's sake.
            growing.sort_by_key(|&i| naturals[i] - w[i]);
            if growing.is_empty() {
                break;
            }
            let each = (spare / growing.len()).max(1);
            for i in growing {
                let add = each.min(naturals[i] - w[i]).min(spare);
                w[i] += add;
                spare -= add;
            }
        }
    }
    w
}

/// The columns to lift above the table: not the first, hideable, a name or
/// text, and the same non-empty text on every one of two or more rows.
pub fn lifted(columns: &[Column], texts: &[Vec<String>]) -> Vec<bool> {
    (0..columns.len())
        .map(|i| {
            let c = &columns[i];
            let liftable = i > 0 && c.rank > 0 && matches!(c.kind, ColKind::Text | ColKind::Ref | ColKind::Status);
            let first = texts.first().map(|r| r[i].as_str()).unwrap_or_default();
            liftable && texts.len() >= 2 && !first.trim().is_empty() && texts.iter().all(|r| r[i] == first)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{col, col_ranked};

    fn m(natural: usize, min: usize) -> Measure {
        Measure { natural, min, hard: min, bare: None }
    }

    #[test]
    fn the_important_column_grows_first() {
        assert_eq!(share(&[8, 8], &[24, 21], &[2, 5], 30), [20, 8]);
        assert_eq!(share(&[8, 8], &[24, 21], &[5, 5], 30), [14, 14]);
    }

    #[test]
    fn a_named_ref_drops_its_id_before_a_column_goes() {
        let cols = [
            col("ID", "id", ColKind::Id),
            col("PROJECT", "p", ColKind::Ref),
            col_ranked("WHEN", "w", ColKind::Date, 3),
        ];
        let mut p = m(40, 29);
        p.bare = Some((19, 8));
        let d = decide(&cols, &[m(20, 20), p, m(16, 16)], &[false; 3], 60);
        assert_eq!((d.shown, d.bare), (vec![true; 3], vec![false, true, false]));
        let d = decide(&cols, &[m(20, 20), m(40, 29), m(16, 16)], &[false; 3], 60);
        assert_eq!(d.shown, [true, false, true], "no name: the column goes (by rank)");
    }

    #[test]
    fn never_hidden_columns_cut_text_hard() {
        let cols = [col_ranked("A", "a", ColKind::Text, 0), col_ranked("B", "b", ColKind::Text, 0)];
        let ms = vec![Measure { natural: 30, min: 8, hard: 4, bare: None }; 2];
        let d = decide(&cols, &ms, &[false; 2], 12);
        assert_eq!((d.shown, d.widths), (vec![true, true], vec![5, 5]));
    }
}
