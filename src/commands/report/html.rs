//! The report as one self-contained web page (`--html FILE`), templated with
//! `maud` (checked at compile time; every interpolated value is HTML-escaped,
//! so server text cannot inject markup). Charts are hand-made inline SVG: one
//! `<rect class="bar">` per figure, each with a `<title>` for screen readers,
//! and a real table beside every chart. CSS is inline; there is no script, no
//! font, no image from elsewhere, and a Content-Security-Policy says so to the
//! browser. In print, each section starts a page and no table row is cut.

use super::figures::{Breakdown, Line, Report, ReportKind};
use super::terminal::share;
use crate::quantity::{Kg, tonnes_grouped};
use maud::{DOCTYPE, Markup, PreEscaped, html};

/// The page's stylesheet (screen and print).
const CSS: &str = r#"
:root{--ink:#1b2330;--muted:#5a6472;--bar:#2f6f5e;--rule:#d9dee5;--bg:#ffffff;--warn:#a3261b}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
main{max-width:980px;margin:0 auto;padding:28px 24px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:19px;margin:0 0 10px;border-bottom:2px solid var(--bar);padding-bottom:4px}
.sub{color:var(--muted);margin:0 0 18px}
section{margin:0 0 34px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:0 0 16px}
.card{border:1px solid var(--rule);border-radius:8px;padding:10px 14px;min-width:180px}
.card b{display:block;font-size:24px}
.ok{color:var(--bar)} .bad{color:var(--warn);font-weight:600}
figure{margin:0 0 12px}
svg{max-width:100%;height:auto}
svg text{font:12px system-ui,sans-serif;fill:var(--ink)}
rect.bar{fill:var(--bar)}
table{border-collapse:collapse;width:100%;margin:0 0 8px;font-size:13px}
th,td{border-bottom:1px solid var(--rule);padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f3f5f8}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tfoot td{font-weight:600}
a{color:#1f5aa6}
footer{color:var(--muted);font-size:12px;border-top:1px solid var(--rule);padding-top:8px}
@page{size:A4;margin:14mm}
@media print{
 body{font-size:11pt} main{max-width:none;padding:0}
 section{break-before:page;page-break-before:always;margin:0}
 section:first-of-type{break-before:auto;page-break-before:auto}
 figure,tr,.cards{break-inside:avoid;page-break-inside:avoid}
 thead{display:table-header-group}
 a{color:inherit;text-decoration:none}
 footer{break-before:avoid}
}
"#;

/// The Content-Security-Policy: nothing may load, only the inline styles apply.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// The whole page.
pub fn page(r: &Report) -> String {
    let title = match r.kind {
        ReportKind::Retirements => "Retirement statement",
        ReportKind::Holdings => "Holdings",
    };
    let org = r.org_name.clone().unwrap_or_else(|| r.org_id.clone());
    let markup = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(CSP);
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " — " (clean(&org)) }
                style { (PreEscaped(CSS)) }
            }
            body {
                main {
                    h1 { (title) }
                    p.sub { (clean(&org)) " (" (clean(&r.org_id)) ")" @if let Some((f, t)) = r.period { " · " (f) " to " (t) } }
                    (summary(r))
                    @for b in &r.breakdowns { (breakdown(b, r.total)) }
                    (list(r))
                    (footer(r))
                }
            }
        }
    };
    markup.into_string()
}

/// Server text with control and bidi characters shown as escapes (as in the terminal);
/// maud then escapes it for HTML.
fn clean(s: &str) -> String {
    crate::sanitize::sanitize(s)
}

/// Tonnes with three decimals and separators.
fn t(kg: Kg) -> String {
    tonnes_grouped(kg.get())
}

/// The first section: totals, the check and (for statements) the monthly chart.
fn summary(r: &Report) -> Markup {
    let agree = r.check.differ.is_empty();
    html! {
        section #summary {
            h2 { "Summary" }
            div.cards {
                div.card {
                    @if r.kind == ReportKind::Retirements { "Retired" } @else { "Active" }
                    b #total { (t(r.total)) " t" }
                }
                @if r.kind == ReportKind::Retirements {
                    div.card { "Retirements" b { (r.retirements.len()) } }
                }
                div.card { "Credit batches" b { (r.batches) } }
            }
            p #check class=(if agree { "ok" } else { "bad" }) {
                @if agree { "Checked: the figures agree with the credit balance (" (r.check.agreed.join("; ")) ")." }
                @else { "The figures do not agree with the credit balance: " (r.check.differ.join("; ")) "." }
            }
            @if r.kind == ReportKind::Retirements {
                h3 { "Retired per month" }
                (columns_chart(&r.months))
                (table("Month", &r.months, r.total))
            }
        }
    }
}

/// A section with a bar chart and its table.
fn breakdown(b: &Breakdown, total: Kg) -> Markup {
    html! {
        section id=(format!("by-{}", b.name)) {
            h2 { (b.title) }
            (bars_chart(b))
            (table(&capitalised(b.name), &b.lines, total))
        }
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// The table behind a chart: label, tonnes, kilograms, share, and the total.
fn table(head: &str, lines: &[Line], total: Kg) -> Markup {
    html! {
        table {
            thead { tr { th { (head) } th.n { "Tonnes" } th.n { "kg" } th.n { "Share" } } }
            tbody {
                @for l in lines {
                    tr { td { (clean(&l.label)) } td.n { (t(l.kg)) } td.n { (crate::quantity::group(&l.kg.to_string())) } td.n { (share(l.kg.get(), total.get())) } }
                }
            }
            tfoot { tr { td { "Total" } td.n { (t(total)) } td.n { (crate::quantity::group(&total.to_string())) } td.n { "" } } }
        }
    }
}

/// A label cut to `n` characters for a chart (the table has it whole).
fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n { s.to_string() } else { format!("{}…", s.chars().take(n - 1).collect::<String>()) }
}

/// The length of a bar of `kg` when `max` fills `full` (integer, rounded).
fn len(kg: Kg, max: i128, full: i128) -> i128 {
    super::terminal::scaled(kg.get(), max, full)
}

/// Horizontal bars, one per line.
fn bars_chart(b: &Breakdown) -> Markup {
    const ROW: i128 = 24;
    const LABEL: i128 = 230;
    const FULL: i128 = 520;
    let max = b.lines.iter().map(|l| l.kg.get()).max().unwrap_or(0);
    let height = ROW * b.lines.len() as i128 + 8;
    html! {
        figure id=(format!("chart-{}", b.name)) {
            svg xmlns="http://www.w3.org/2000/svg" role="img" width="860" height=(height) viewBox=(format!("0 0 860 {height}")) {
                title { (b.title) }
                @for (i, l) in b.lines.iter().enumerate() {
                    @let y = ROW * i as i128 + 4;
                    @let w = len(l.kg, max, FULL);
                    text x=(LABEL - 8) y=(y + 15) text-anchor="end" { (short(&clean(&l.label), 32)) }
                    rect.bar x=(LABEL) y=(y + 2) width=(w) height=(ROW - 6) { title { (clean(&l.label)) ": " (t(l.kg)) " t" } }
                    text x=(LABEL + w + 6) y=(y + 15) { (t(l.kg)) " t" }
                }
            }
        }
    }
}

/// Vertical columns, one per month.
fn columns_chart(lines: &[Line]) -> Markup {
    const H: i128 = 180;
    let n = lines.len().max(1) as i128;
    let step = (860 - 40) / n;
    let max = lines.iter().map(|l| l.kg.get()).max().unwrap_or(0);
    html! {
        figure #chart-month {
            svg xmlns="http://www.w3.org/2000/svg" role="img" width="860" height=(H + 40) viewBox=(format!("0 0 860 {}", H + 40)) {
                title { "Retired tonnes per month" }
                @for (i, l) in lines.iter().enumerate() {
                    @let h = len(l.kg, max, H - 20);
                    @let x = 20 + step * i as i128;
                    rect.bar x=(x + 4) y=(H - h) width=(step - 8) height=(h) { title { (clean(&l.label)) ": " (t(l.kg)) " t" } }
                    text x=(x + step / 2) y=(H + 16) text-anchor="middle" { (l.label.get(5..).unwrap_or(&l.label)) }
                }
            }
        }
    }
}

/// The last section: every retirement with its certificate, or the open orders.
fn list(r: &Report) -> Markup {
    html! {
        @if r.kind == ReportKind::Retirements {
            section #retirements {
                h2 { "Retirements" }
                table {
                    thead { tr { th { "Date" } th { "Beneficiary" } th { "Purposes" } th.n { "Tonnes" } th { "Certificate" } } }
                    tbody {
                        @for l in &r.retirements {
                            tr {
                                td { (clean(&l.date)) } td { (clean(&l.beneficiary)) } td { (clean(&l.purposes)) } td.n { (t(l.kg)) }
                                td { @if let Some(u) = &l.url { a href=(u) { (clean(&l.id)) } } @else { (clean(&l.id)) } }
                            }
                        }
                    }
                    tfoot { tr { td colspan="3" { "Total" } td.n { (t(r.total)) } td { "" } } }
                }
            }
        } @else {
            section #orders {
                h2 { "Orders not yet fully delivered" }
                table {
                    thead { tr { th { "Order" } th { "Supplier" } th { "Contract" } th.n { "Ordered t" } th.n { "Delivered t" } th.n { "Outstanding t" } } }
                    tbody {
                        @for o in &r.orders {
                            tr { td { (clean(&o.id)) } td { (clean(&o.supplier)) } td { (clean(&o.contract_date)) } td.n { (t(o.ordered)) } td.n { (t(o.delivered)) } td.n { (t(o.outstanding)) } }
                        }
                    }
                }
                @if r.orders.is_empty() { p { "None: every order is fully delivered." } }
            }
        }
    }
}

/// Registry, organisation, time of the data and isoreg version.
fn footer(r: &Report) -> Markup {
    let src = &r.source;
    html! {
        footer {
            "Registry " (clean(&src.registry)) " · organisation " (clean(&r.org_id))
            " · data of " (clean(&src.data_time))
            @if let Some((n, file)) = &src.snapshot { " (local copy " (clean(file)) ", snapshot " (n) ")" }
            " · isoreg " (env!("CARGO_PKG_VERSION"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::figures::{BalanceCheck, Breakdown, Line, Report, ReportKind};
    use super::super::input::DataSource;
    use super::*;

    fn kg(n: i128) -> Kg {
        Kg::new(n).unwrap()
    }

    #[test]
    fn server_text_is_escaped_and_each_line_is_one_bar() {
        let evil = "<script>alert(1)</script>\"'&\u{1b}[31m";
        let lines = vec![
            Line { key: "a".into(), label: evil.into(), kg: kg(1500) },
            Line { key: "b".into(), label: "B".into(), kg: kg(0) },
        ];
        let r = Report {
            kind: ReportKind::Holdings,
            org_id: "org_X".into(),
            org_name: Some("<b>Org</b>".into()),
            source: DataSource {
                registry: "https://r.example/\"><x>".into(),
                data_time: "2026-01-01T00:00:00Z".into(),
                snapshot: None,
            },
            period: None,
            total: kg(1500),
            batches: 2,
            breakdowns: vec![Breakdown { name: "project", title: "By project", lines }],
            months: vec![],
            retirements: vec![],
            orders: vec![],
            check: BalanceCheck::default(),
        };
        let page = page(&r);
        assert!(!page.contains("<script"), "{page}");
        assert!(!page.contains("<b>Org") && !page.contains("<x>"));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!page.contains('\u{1b}') && page.contains("\\u{1b}[31m"), "control characters shown escaped");
        assert_eq!(page.matches("class=\"bar\"").count(), 2);
        assert!(page.contains("1.500 t"));
    }

    #[test]
    fn huge_figures_do_not_overflow() {
        assert_eq!(len(kg(i128::MAX), i128::MAX, 520), 520);
        assert_eq!(share(i128::MAX, i128::MAX), "100.0%");
    }
}
