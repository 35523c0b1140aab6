//! Credit quantities: parsing user input into integer kilograms, and formatting
//! kilograms as exact tonnes. Nothing here uses floating point.
//!
//! Accepted input: `100` or `100t` (tonnes), `125.632` (tonnes, up to three
//! decimals), `125632kg` (kilograms). Anything else is a usage error.

use crate::error::{Error, Result};

/// Parses a user quantity into kilograms (1 credit = 1 tonne = 1000 kg).
pub fn parse(raw: &str) -> Result<i64> {
    let s = raw.trim();
    let bad = || {
        Error::usage(format!(
            "'{}' is not a quantity; use tonnes like 100, 100t or 125.632, or kilograms like 125632kg.",
            crate::ids::printable(raw)
        ))
    };
    if let Some(kg) = s.strip_suffix("kg") {
        if kg.is_empty() || !kg.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        return kg.parse::<i64>().map_err(|_| bad());
    }
    let t = s.strip_suffix('t').unwrap_or(s);
    let (whole, frac) = t.split_once('.').unwrap_or((t, ""));
    let digits = |x: &str| x.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(frac) || frac.len() > 3 || (t.contains('.') && frac.is_empty()) {
        return Err(bad());
    }
    let whole: i64 = whole.parse().map_err(|_| bad())?;
    let frac_kg: i64 = format!("{frac:0<3}").parse().map_err(|_| bad())?;
    whole.checked_mul(1000).and_then(|w| w.checked_add(frac_kg)).ok_or_else(bad)
}

/// Formats kilograms as tonnes with exactly three decimals (`125632` → `125.632`).
pub fn tonnes(kgs: i64) -> String {
    let sign = if kgs < 0 { "-" } else { "" };
    let a = kgs.unsigned_abs();
    format!("{sign}{}.{:03}", a / 1000, a % 1000)
}

/// Formats kilograms as tonnes with thousands separators (`1234567` → `1,234.567`).
pub fn tonnes_grouped(kgs: i64) -> String {
    let t = tonnes(kgs);
    let (whole, frac) = t.split_once('.').unwrap_or((&t, "000"));
    format!("{}.{frac}", group(whole))
}

/// Inserts thousands separators into a run of digits (with optional leading `-`).
pub fn group(digits: &str) -> String {
    let (sign, d) = digits.strip_prefix('-').map_or(("", digits), |d| ("-", d));
    let mut out = String::with_capacity(d.len() + d.len() / 3);
    for (i, c) in d.chars().enumerate() {
        if i > 0 && (d.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

/// Units a quantity is shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Units {
    /// Tonnes of CO₂e with three decimals.
    #[default]
    Credits,
    /// Whole kilograms.
    Kg,
}

/// Formats kilograms in the chosen units, grouped when `human`.
pub fn format(kgs: i64, units: Units, human: bool) -> String {
    match (units, human) {
        (Units::Credits, true) => tonnes_grouped(kgs),
        (Units::Credits, false) => tonnes(kgs),
        (Units::Kg, true) => group(&kgs.to_string()),
        (Units::Kg, false) => kgs.to_string(),
    }
}

/// The symbol of the units: `t` or `kg`.
pub fn unit_symbol(units: Units) -> &'static str {
    match units {
        Units::Credits => "t",
        Units::Kg => "kg",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_forms() {
        assert_eq!(parse("100").unwrap(), 100_000);
        assert_eq!(parse("100t").unwrap(), 100_000);
        assert_eq!(parse("125.632").unwrap(), 125_632);
        assert_eq!(parse("125.6").unwrap(), 125_600);
        assert_eq!(parse("125632kg").unwrap(), 125_632);
        assert_eq!(parse("0").unwrap(), 0);
    }

    #[test]
    fn rejects_everything_else() {
        for bad in
            ["", "t", "kg", "-1", "1.2345", "1e3", "12,5", "1.", ".5", "5 t", "abc", "1.5kg", "99999999999999999999"]
        {
            assert_eq!(parse(bad).unwrap_err().exit_code(), 2, "{bad:?}");
        }
    }

    #[test]
    fn formats_exact_tonnes() {
        assert_eq!(tonnes(125_632), "125.632");
        assert_eq!(tonnes(5), "0.005");
        assert_eq!(tonnes(-1500), "-1.500");
        assert_eq!(tonnes_grouped(1_234_567_890), "1,234,567.890");
        assert_eq!(group("-1234"), "-1,234");
        assert_eq!(format(125_632, Units::Kg, true), "125,632");
    }
}
