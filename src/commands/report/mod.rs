//! `report retirements` and `report holdings`: statements people look at.
//! The data comes from the API ([`online`]) or the local copy ([`offline`]);
//! [`figures`] computes the report in integer kilograms and checks it against
//! the credit balance; [`terminal`], [`data`] (JSON, CSV) and [`html`] show it.
//! A report whose figures disagree with the balance is still shown, then the
//! command exits 1 naming each difference.

pub mod data;
pub mod figures;
pub mod html;
pub mod input;
pub mod offline;
pub mod online;
pub mod terminal;

use super::ctx::Ctx;
use crate::cli::options::Id;
use crate::error::{Error, Result};
use crate::ids::Resource;
use crate::render::Format;
use chrono::{Datelike, NaiveDate};
use clap::{Args, Subcommand};
use figures::{Report, ReportKind};
use std::path::PathBuf;

/// The examples of `report --help`.
pub const REPORT_HELP: &str = "\
Examples:
  isoreg --demo report retirements --year 2025
  isoreg --demo report retirements --from 2025-07-01 --to 2025-12-31 --html statement.html
  isoreg --demo report holdings -o json
  isoreg report retirements --year 2025 --db /tmp/demo.sqlite";

/// The reports.
#[derive(Debug, Subcommand)]
pub enum ReportCmd {
    /// A retirement statement for a period: totals, breakdowns, tonnes per month, every retirement.
    #[command(after_help = REPORT_HELP)]
    Retirements(RetirementsArgs),
    /// Active credits by project, vintage, supplier and age, and orders not yet fully delivered.
    #[command(after_help = REPORT_HELP)]
    Holdings(HoldingsArgs),
}

/// What both reports take.
#[derive(Debug, Args)]
pub struct Common {
    /// Organisation ID, or `me` [default: yours].
    #[arg(long, value_name = "ORG|me", value_parser = Id::or_me(Resource::Organisation))]
    pub org: Option<Id>,
    /// Write the report as one self-contained web page to FILE (nothing on stdout).
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Read the local copy in FILE (made by `isoreg sync`) instead of the API.
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// With --db: use this snapshot instead of the latest.
    #[arg(long, value_name = "N", requires = "db")]
    pub snapshot: Option<i64>,
}

/// Arguments of `report retirements`.
#[derive(Debug, Args)]
pub struct RetirementsArgs {
    #[command(flatten)]
    pub common: Common,
    /// A calendar year [default: the last full calendar year].
    #[arg(long, value_name = "YYYY", conflicts_with_all = ["from", "to"], value_parser = clap::value_parser!(i32).range(1000..=9999))]
    pub year: Option<i32>,
    /// First day of the period (YYYY-MM-DD, or an age such as 30d) [default: 1 January of --to's year].
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Last day of the period, included (YYYY-MM-DD, or an age such as 7d) [default: today].
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub to: Option<NaiveDate>,
}

/// Arguments of `report holdings`.
#[derive(Debug, Args)]
pub struct HoldingsArgs {
    #[command(flatten)]
    pub common: Common,
}

/// A day: `2025-12-31`, or an age back from today (`30d`, `2w`; see [`crate::cli::when`]).
fn parse_date(raw: &str) -> std::result::Result<NaiveDate, String> {
    crate::cli::when::day(raw, chrono::Utc::now())
}

/// Today (UTC), from the clock.
fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

/// The period asked for, as first and last day.
pub fn period(
    year: Option<i32>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<(NaiveDate, NaiveDate)> {
    let year_span = |y: i32| {
        let first = NaiveDate::from_ymd_opt(y, 1, 1);
        let last = NaiveDate::from_ymd_opt(y, 12, 31);
        first.zip(last).ok_or_else(|| Error::usage(format!("{y} is not a year isoreg can report on.")))
    };
    if let Some(y) = year {
        return year_span(y);
    }
    if from.is_none() && to.is_none() {
        return year_span(today.year() - 1);
    }
    let to = to.unwrap_or(today);
    let from = match from {
        Some(f) => f,
        None => year_span(to.year())?.0,
    };
    if from > to {
        return Err(Error::usage(format!(
            "--from {from} is after --to {to}; give a period that starts before it ends."
        )));
    }
    Ok((from, to))
}

pub async fn run(cmd: ReportCmd, ctx: &mut Ctx) -> Result<()> {
    let (common, kind, span) = match cmd {
        ReportCmd::Retirements(a) => {
            let p = period(a.year, a.from, a.to, today())?;
            (a.common, ReportKind::Retirements, Some(p))
        }
        ReportCmd::Holdings(a) => (a.common, ReportKind::Holdings, None),
    };
    let org = common.org.as_ref().filter(|o| !o.is_me());
    let input = match &common.db {
        Some(path) => offline::read(path, common.snapshot, org.map(|o| o.as_str()), kind)?,
        None => {
            let id = ctx.org_or_current(org).await?;
            online::read(ctx, &id, kind).await?
        }
    };
    let report = match span {
        Some(p) => figures::retirements(&input, p)?,
        None => {
            let as_of = input.source.data_time.get(..10).and_then(|d| parse_date(d).ok()).unwrap_or_else(today);
            figures::holdings(&input, as_of)?
        }
    };
    show(&report, common.html.as_deref(), ctx)?;
    verdict(&report, ctx)
}

/// Writes the report: to the HTML file, or to stdout in the chosen format.
fn show(r: &Report, html_file: Option<&std::path::Path>, ctx: &mut Ctx) -> Result<()> {
    if let Some(path) = html_file {
        let page = html::page(r);
        std::fs::write(path, page.as_bytes())
            .map_err(|e| Error::local(format!("Cannot write the page to {}: {e}.", path.display())))?;
        ctx.note(&format!("Wrote {} ({} bytes).", path.display(), page.len()));
        return Ok(());
    }
    match ctx.out.opts.format {
        Format::Json | Format::Jsonl => ctx.out.one(&data::to_json(r), &crate::render::RAW),
        Format::Csv => {
            let mut w = ctx.out.list(&data::CSV_PLAN);
            w.page(data::to_rows(r))?;
            w.finish().map(drop)
        }
        Format::Table | Format::Wide => {
            let o = &ctx.out.opts;
            let fitted = o.human && !o.wide;
            let lay = terminal::TextLayout {
                width: o.width.filter(|_| fitted).map(usize::from),
                units: o.units,
                human: o.human,
            };
            let (text, hidden) = terminal::render(r, lay);
            ctx.out.text(&text)?;
            if let (false, Some(w)) = (hidden.is_empty() || ctx.global.quiet, lay.width) {
                ctx.note(&crate::render::hidden_note(&hidden, u16::try_from(w).unwrap_or(u16::MAX)));
            }
            Ok(())
        }
    }
}

/// Says whether the figures agree with the balance; exit 1 when they do not.
fn verdict(r: &Report, ctx: &Ctx) -> Result<()> {
    if r.check.differ.is_empty() {
        let snap = match &r.source.snapshot {
            Some((n, f)) => format!(" (local copy {f}, snapshot {n} of {})", r.source.data_time),
            None => String::new(),
        };
        ctx.note(&format!("The report's totals agree with the credit balance{snap}."));
        return Ok(());
    }
    Err(Error::check(format!(
        "The report's totals do not agree with the credit balance: {}.",
        r.check.differ.join("; ")
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    #[test]
    fn periods() {
        let today = d("2026-12-06");
        assert_eq!(period(None, None, None, today).unwrap(), (d("2025-01-01"), d("2025-12-31")));
        assert_eq!(period(Some(2023), None, None, today).unwrap(), (d("2023-01-01"), d("2023-12-31")));
        assert_eq!(period(None, Some(d("2026-03-01")), None, today).unwrap(), (d("2026-03-01"), today));
        assert_eq!(period(None, None, Some(d("2024-05-01")), today).unwrap(), (d("2024-01-01"), d("2024-05-01")));
        assert_eq!(period(None, Some(d("2025-02-01")), Some(d("2025-01-01")), today).unwrap_err().exit_code(), 2);
    }
}
