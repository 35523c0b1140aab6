//! The report for people in a terminal: a heading, the totals and the check,
//! then one bar chart per breakdown (label, quantity, share, and a bar of
//! Unicode blocks in eighths), and the list of retirements or open orders as
//! a table. Everything is fitted to the terminal's width: labels shrink with
//! `…` and bars take the room that is left; the lists go through the shared
//! table code ([`crate::render::table::list`]), which hides columns the way
//! every table does. Server text is sanitised so it cannot drive the terminal.

use super::figures::{Breakdown, Line, Report, ReportKind};
use crate::quantity::{self, Units};
use crate::render::table::{self, Look};
use crate::render::text::CellStyle;
use crate::render::{ColKind, Column, col, col_ranked};
use crate::sanitize::sanitize;
use serde_json::json;
use std::collections::HashMap;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// How the text is laid out.
#[derive(Debug, Clone, Copy)]
pub struct TextLayout {
    /// The terminal's width; `None` when not fitted (piped, `-o wide`).
    pub width: Option<usize>,
    pub units: Units,
    pub human: bool,
}

/// Bar width when the output is not fitted to a terminal.
const UNFITTED_BAR: usize = 40;
/// The narrowest a bar gets before labels shrink further.
const MIN_BAR: usize = 10;
/// The narrowest a label gets.
const MIN_LABEL: usize = 8;

/// The whole report as text, and the headers of list columns hidden to fit.
pub fn render(r: &Report, lay: TextLayout) -> (String, Vec<String>) {
    let mut s = heading(r, lay);
    if r.kind == ReportKind::Retirements {
        s.push_str(&chart("Retired per month", "MONTH", &r.months, r.total, lay));
    }
    for b in &r.breakdowns {
        s.push_str(&chart(b.title, &header_of(b), &b.lines, r.total, lay));
    }
    let (list, hidden) = match r.kind {
        ReportKind::Retirements => ("Retirements", retirement_table(r, lay)),
        ReportKind::Holdings => ("Orders not yet fully delivered", order_table(r, lay)),
    };
    s.push_str(&format!("\n{list}\n"));
    s.push_str(&hidden.text);
    (s, hidden.hidden)
}

/// The column header of a breakdown (`PROJECT`).
fn header_of(b: &Breakdown) -> String {
    b.name.to_uppercase()
}

/// Quantity text in the chosen units.
fn qty(kg: crate::quantity::Kg, lay: TextLayout) -> String {
    quantity::format(kg.get(), lay.units, lay.human)
}

/// Title, organisation, period, source, totals and the check.
fn heading(r: &Report, lay: TextLayout) -> String {
    let unit = quantity::unit_symbol(lay.units);
    let title = match r.kind {
        ReportKind::Retirements => "Retirement statement",
        ReportKind::Holdings => "Holdings",
    };
    let org = match &r.org_name {
        Some(n) => format!("{} ({})", sanitize(n), sanitize(&r.org_id)),
        None => sanitize(&r.org_id),
    };
    let mut s = format!("{title} of {org}\n");
    if let Some((from, to)) = r.period {
        s.push_str(&format!("Period   {from} to {to}\n"));
    }
    s.push_str(&format!("Data     {}\n", source_line(r)));
    let what = match r.kind {
        ReportKind::Retirements => format!(
            "Retired  {} {unit} in {} retirements ({} credit batches)\n",
            qty(r.total, lay),
            r.retirements.len(),
            r.batches
        ),
        ReportKind::Holdings => format!("Active   {} {unit} in {} credit batches\n", qty(r.total, lay), r.batches),
    };
    s.push_str(&what);
    s.push_str(&format!("Check    {}\n", wrap(&check_line(r), lay.width, 9)));
    s
}

/// Wraps `text` at spaces to `width` (when fitted), indenting the next lines by
/// `indent` (the first line follows a label that wide); a quantity keeps its unit.
fn wrap(text: &str, width: Option<usize>, indent: usize) -> String {
    let Some(w) = width.filter(|w| *w > indent + 20) else { return text.to_string() };
    let pad = " ".repeat(indent);
    let opts = textwrap::Options::new(w)
        .initial_indent(&pad)
        .subsequent_indent(&pad)
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    let filled = textwrap::fill(&units_kept(text), opts);
    filled.get(indent..).unwrap_or_default().replace(NBSP, " ")
}

/// A no-break space, which textwrap does not break at.
const NBSP: char = '\u{a0}';

/// `text` with the space between a number and its unit (`3,050.359 t`) made unbreakable.
fn units_kept(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev_digit = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let unit_next = c == ' ' && prev_digit && chars.peek() == Some(&'t');
        out.push(if unit_next { NBSP } else { c });
        prev_digit = c.is_ascii_digit();
    }
    out
}

/// Where and when the data was read.
pub fn source_line(r: &Report) -> String {
    let src = &r.source;
    match &src.snapshot {
        Some((n, file)) => format!(
            "local copy {} (snapshot {n}, taken {}) of {}",
            sanitize(file),
            sanitize(&src.data_time),
            sanitize(&src.registry)
        ),
        None => format!("{} at {}", sanitize(&src.registry), sanitize(&src.data_time)),
    }
}

/// One sentence on the check against the balance.
pub fn check_line(r: &Report) -> String {
    if r.check.differ.is_empty() {
        format!("the figures agree with the credit balance ({})", r.check.agreed.join("; "))
    } else {
        format!("the figures DO NOT agree with the credit balance: {}", r.check.differ.join("; "))
    }
}

/// Cuts `s` to `w` display columns (with `…`) and pads it to `w`.
fn fit(s: &str, w: usize) -> String {
    let s = sanitize(s);
    let mut out = String::new();
    let mut used = 0;
    if s.width() > w {
        for c in s.chars() {
            let cw = c.width().unwrap_or(0);
            if used + cw + 1 > w {
                break;
            }
            out.push(c);
            used += cw;
        }
        out.push('…');
        used += 1;
    } else {
        out = s;
        used = out.width();
    }
    out.push_str(&" ".repeat(w.saturating_sub(used)));
    out
}

/// A bar of `len_eighths` eighths of a cell.
pub fn bar(len_eighths: usize) -> String {
    const PARTS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let mut s = "█".repeat(len_eighths / 8);
    if !len_eighths.is_multiple_of(8) {
        s.push(PARTS[len_eighths % 8]);
    }
    s
}

/// The length in eighths of the bar of `kg` when `max` fills `cells` (integer arithmetic,
/// rounded; any figure above zero gets at least one eighth, so that it shows).
pub fn eighths(kg: i128, max: i128, cells: usize) -> usize {
    if max <= 0 || kg <= 0 {
        return 0;
    }
    usize::try_from(scaled(kg, max, cells as i128 * 8)).unwrap_or(0).clamp(1, cells * 8)
}

/// `kg × full ÷ max`, rounded, for `0 ≤ kg ≤ max`; huge figures are scaled down first so nothing overflows.
pub fn scaled(mut kg: i128, mut max: i128, full: i128) -> i128 {
    if max <= 0 {
        return 0;
    }
    while kg.checked_mul(full).and_then(|p| p.checked_add(max / 2)).is_none() {
        kg >>= 8;
        max = (max >> 8).max(1);
    }
    (kg * full + max / 2) / max
}

/// A share in percent with one decimal, from integers (`123` of `1000` → `12.3%`).
pub fn share(kg: i128, total: i128) -> String {
    if total <= 0 {
        return "-".into();
    }
    let permille = scaled(kg, total, 1000);
    format!("{}.{}%", permille / 10, permille % 10)
}

/// A titled bar chart: label, quantity, share, bar.
fn chart(title: &str, header: &str, lines: &[Line], total: crate::quantity::Kg, lay: TextLayout) -> String {
    let unit = quantity::unit_symbol(lay.units).to_uppercase();
    let qhead = if unit == "T" { "TONNES".to_string() } else { "KG".to_string() };
    let qtys: Vec<String> = lines.iter().map(|l| qty(l.kg, lay)).collect();
    let shares: Vec<String> = lines.iter().map(|l| share(l.kg.get(), total.get())).collect();
    let qw = qtys.iter().map(|q| q.width()).chain([qhead.width()]).max().unwrap_or(0);
    let sw = shares.iter().map(|q| q.width()).chain(["SHARE".len()]).max().unwrap_or(0);
    let natural = lines.iter().map(|l| sanitize(&l.label).width()).chain([header.width()]).max().unwrap_or(0);
    let (lw, bw) = match lay.width {
        None => (natural, UNFITTED_BAR),
        Some(w) => {
            let room = w.saturating_sub(qw + sw + 6);
            let lw = natural.min(room.saturating_sub(MIN_BAR)).max(MIN_LABEL.min(natural));
            (lw, room.saturating_sub(lw).max(1))
        }
    };
    let max = lines.iter().map(|l| l.kg.get()).max().unwrap_or(0);
    let mut s = format!("\n{title}\n{}  {qhead:>qw$}  {:>sw$}\n", fit(header, lw), "SHARE");
    for (i, l) in lines.iter().enumerate() {
        let b = bar(eighths(l.kg.get(), max, bw));
        s.push_str(&format!("{}  {:>qw$}  {:>sw$}  {b}", fit(&l.label, lw), qtys[i], shares[i]));
        s = s.trim_end().to_string();
        s.push('\n');
    }
    if lines.is_empty() {
        s.push_str("(none)\n");
    }
    s
}

/// How the shared table code should lay out a list.
fn look<'a>(lay: TextLayout, names: &'a HashMap<String, String>) -> Look<'a> {
    Look {
        style: CellStyle { units: lay.units, human: lay.human },
        color: false,
        width: lay.width.map(|w| u16::try_from(w).unwrap_or(u16::MAX)),
        names,
    }
}

/// The retirements of the statement as a table.
fn retirement_table(r: &Report, lay: TextLayout) -> table::Fitted {
    const COLS: [Column; 6] = [
        col("DATE", "date", ColKind::Date),
        col("RETIREMENT", "id", ColKind::Id),
        col_ranked("BENEFICIARY", "beneficiary", ColKind::Text, 3),
        col_ranked("PURPOSES", "purposes", ColKind::Text, 4),
        col("QUANTITY", "size", ColKind::Qty),
        col_ranked("CERTIFICATE", "certificate", ColKind::Url, 5),
    ];
    let rows: Vec<_> = r
        .retirements
        .iter()
        .map(|l| {
            json!({"date": l.date, "id": l.id, "beneficiary": l.beneficiary, "purposes": l.purposes,
                   "size": {"credit_kgs": super::data::number(l.kg.get())}, "certificate": l.url})
        })
        .collect();
    list(&COLS, &rows, lay)
}

/// The open orders of the holdings view as a table.
fn order_table(r: &Report, lay: TextLayout) -> table::Fitted {
    const COLS: [Column; 6] = [
        col("ORDER", "id", ColKind::Id),
        col_ranked("SUPPLIER", "supplier", ColKind::Text, 3),
        col("CONTRACT", "contract_date", ColKind::Date),
        col("ORDERED", "ordered", ColKind::Qty),
        col("DELIVERED", "delivered", ColKind::Qty),
        col("OUTSTANDING", "outstanding", ColKind::Qty),
    ];
    let n = |k: crate::quantity::Kg| json!({"credit_kgs": super::data::number(k.get())});
    let rows: Vec<_> = r
        .orders
        .iter()
        .map(|o| {
            json!({"id": o.id, "supplier": o.supplier, "contract_date": o.contract_date,
                   "ordered": n(o.ordered), "delivered": n(o.delivered), "outstanding": n(o.outstanding)})
        })
        .collect();
    list(&COLS, &rows, lay)
}

/// A list through the shared table code (a "(none)" line when empty).
fn list(cols: &[Column], rows: &[serde_json::Value], lay: TextLayout) -> table::Fitted {
    if rows.is_empty() {
        return table::Fitted { text: "(none)\n".into(), hidden: vec![] };
    }
    let names = HashMap::new();
    table::list(cols, rows, &look(lay, &names))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrapped_line_keeps_a_quantity_with_its_unit() {
        let text = "the figures agree (retired, all time: 3,050.359 t; 10 of 10 projects)";
        assert_eq!(
            wrap(text, Some(57), 9),
            "the figures agree (retired, all time:\n         3,050.359 t; 10 of 10 projects)"
        );
        assert_eq!(wrap(text, None, 9), text, "not fitted: one line");
    }

    #[test]
    fn bars_are_eighths_of_cells() {
        assert_eq!(bar(0), "");
        assert_eq!(bar(8), "█");
        assert_eq!(bar(13), "█▋");
        assert_eq!(eighths(500, 1000, 10), 40);
        assert_eq!(eighths(1000, 1000, 10), 80);
        assert_eq!(eighths(1, 1000, 10), 1);
        assert_eq!(eighths(0, 1000, 10), 0);
        assert_eq!(eighths(5, 0, 10), 0);
    }

    #[test]
    fn shares_are_rounded_permille() {
        assert_eq!(share(1, 3), "33.3%");
        assert_eq!(share(2, 3), "66.7%");
        assert_eq!(share(3, 3), "100.0%");
        assert_eq!(share(0, 0), "-");
    }

    #[test]
    fn labels_fit_their_width() {
        assert_eq!(fit("Baie-Verte Project", 8), "Baie-Ve…");
        assert_eq!(fit("ab", 4), "ab  ");
        assert_eq!(fit("\u{1b}[31mred", 20).width(), 20);
    }
}
