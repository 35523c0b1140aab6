//! Credit quantities: [`Kg`], the one type every command sums and compares
//! `credit_kgs` with; parsing user input into it; and formatting kilograms as
//! exact tonnes. Nothing here uses floating point.
//!
//! A [`Kg`] is a whole, non-negative number of kilograms held in an `i128`, so
//! any integer a server sends up to about 1.7 × 10³⁸ kg is exact, and sums are
//! checked: a server quantity that is negative, fractional, not a number, or
//! beyond that range is a bad answer (exit 6) naming the field, never a wrap.
//!
//! Accepted user input: `100` or `100t` (tonnes), `125.632` (tonnes, up to three
//! decimals), `125632kg` (kilograms). Anything else is a usage error.

use crate::error::{Error, Result};
use serde::{Deserialize, Deserializer};
use serde_json::{Number, Value};

/// A credit quantity in whole kilograms: never negative, exact up to `i128::MAX`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Kg(i128);

impl Kg {
    /// No credits.
    pub const ZERO: Kg = Kg(0);

    /// A quantity of `kgs` kilograms; `None` when negative.
    pub fn new(kgs: i128) -> Option<Kg> {
        (kgs >= 0).then_some(Kg(kgs))
    }

    /// The kilograms.
    pub fn get(self) -> i128 {
        self.0
    }

    /// The exact sum, or `None` beyond what a `Kg` holds.
    pub fn checked_add(self, other: Kg) -> Option<Kg> {
        self.0.checked_add(other.0).map(Kg)
    }

    /// `self - other`, signed (exact: both sides are in `0..=i128::MAX`).
    pub fn minus(self, other: Kg) -> i128 {
        self.0 - other.0
    }

    /// Reads a server's JSON number as a quantity; the error says what is wrong with it.
    pub fn from_number(n: &Number) -> std::result::Result<Kg, String> {
        let text = n.to_string();
        match integer_text(&text) {
            None => Err(format!("{text} is not a whole number of kilograms")),
            Some(_) if text.starts_with('-') => Err(format!("{text} is negative")),
            Some(i) => i
                .map(Kg)
                .ok_or_else(|| format!("{text} is more kilograms than isoreg can add exactly (at most {})", i128::MAX)),
        }
    }
}

impl std::fmt::Display for Kg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl<'de> Deserialize<'de> for Kg {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Kg, D::Error> {
        let n = Number::deserialize(d)?;
        Kg::from_number(&n).map_err(serde::de::Error::custom)
    }
}

/// `Some(Some(i))` for an integer literal that fits an `i128`, `Some(None)` for
/// one that does not, `None` for anything that is not an integer literal.
fn integer_text(text: &str) -> Option<Option<i128>> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(text.parse::<i128>().ok())
}

/// The value as an exact integer (any sign) when it is an integer JSON number
/// that fits an `i128`: what renderers show quantities from.
pub fn integer(v: &Value) -> Option<i128> {
    match v {
        Value::Number(n) => integer_text(&n.to_string()).flatten(),
        _ => None,
    }
}

/// Whether the value is an integer JSON number (of any size).
pub fn is_integer(v: &Value) -> bool {
    matches!(v, Value::Number(n) if integer_text(&n.to_string()).is_some())
}

/// Parses a user quantity into kilograms (1 credit = 1 tonne = 1000 kg).
pub fn parse(raw: &str) -> Result<Kg> {
    let s = raw.trim();
    let bad = || {
        Error::usage(format!(
            "'{}' is not a quantity; use tonnes like 100, 100t or 125.632, or kilograms like 125632kg.",
            crate::sanitize::printable(raw)
        ))
    };
    if let Some(kg) = s.strip_suffix("kg") {
        if kg.is_empty() || !kg.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        return kg.parse::<i128>().map(Kg).map_err(|_| bad());
    }
    let t = s.strip_suffix('t').unwrap_or(s);
    let (whole, frac) = t.split_once('.').unwrap_or((t, ""));
    let digits = |x: &str| x.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(frac) || frac.len() > 3 || (t.contains('.') && frac.is_empty()) {
        return Err(bad());
    }
    let whole: i128 = whole.parse().map_err(|_| bad())?;
    let frac_kg: i128 = format!("{frac:0<3}").parse().map_err(|_| bad())?;
    whole.checked_mul(1000).and_then(|w| w.checked_add(frac_kg)).map(Kg).ok_or_else(bad)
}

/// Parses a user quantity for a write, where every amount goes on the wire as
/// an `i64` number of kilograms: anything larger is a usage error.
pub fn parse_i64(raw: &str) -> Result<i64> {
    let kg = parse(raw)?;
    i64::try_from(kg.get()).map_err(|_| {
        Error::usage(format!("'{}' is more kilograms than one transaction can move.", crate::sanitize::printable(raw)))
    })
}

/// Formats kilograms as tonnes with exactly three decimals (`125632` → `125.632`).
pub fn tonnes(kgs: i128) -> String {
    let sign = if kgs < 0 { "-" } else { "" };
    let a = kgs.unsigned_abs();
    format!("{sign}{}.{:03}", a / 1000, a % 1000)
}

/// Formats kilograms as tonnes with thousands separators (`1234567` → `1,234.567`).
pub fn tonnes_grouped(kgs: i128) -> String {
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
pub fn format(kgs: i128, units: Units, human: bool) -> String {
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

    fn kg(n: i128) -> Kg {
        Kg::new(n).unwrap()
    }

    #[test]
    fn parses_the_documented_forms() {
        assert_eq!(parse("100").unwrap(), kg(100_000));
        assert_eq!(parse("100t").unwrap(), kg(100_000));
        assert_eq!(parse("125.632").unwrap(), kg(125_632));
        assert_eq!(parse("125.6").unwrap(), kg(125_600));
        assert_eq!(parse("125632kg").unwrap(), kg(125_632));
        assert_eq!(parse("0").unwrap(), Kg::ZERO);
        assert_eq!(parse("18446744073709551616").unwrap(), kg(18_446_744_073_709_551_616_000));
    }

    #[test]
    fn rejects_everything_else() {
        let too_big = format!("{}", i128::MAX / 1000 + 1);
        for bad in [
            "",
            "t",
            "kg",
            "-1",
            "1.2345",
            "1e3",
            "12,5",
            "1.",
            ".5",
            "5 t",
            "abc",
            "1.5kg",
            &too_big,
            "999999999999999999999999999999999999999999kg",
        ] {
            assert_eq!(parse(bad).unwrap_err().exit_code(), 2, "{bad:?}");
        }
    }

    #[test]
    fn server_numbers_are_exact_or_refused() {
        let n = |s: &str| serde_json::from_str::<Number>(s).unwrap();
        assert_eq!(Kg::from_number(&n("18446744073709551616")).unwrap().get(), 18_446_744_073_709_551_616);
        assert_eq!(Kg::from_number(&n("0")).unwrap(), Kg::ZERO);
        assert!(Kg::from_number(&n("1.5")).unwrap_err().contains("1.5 is not a whole number"));
        assert!(Kg::from_number(&n("1e3")).unwrap_err().contains("not a whole number"));
        assert!(Kg::from_number(&n("-5")).unwrap_err().contains("-5 is negative"));
        let huge = "1".repeat(45);
        assert!(Kg::from_number(&n(&huge)).unwrap_err().contains("more kilograms than isoreg can add"));
        assert_eq!(integer(&serde_json::json!(-3)), Some(-3));
        assert_eq!(integer(&serde_json::json!(1.5)), None);
        assert!(is_integer(&Value::Number(n(&huge))));
    }

    #[test]
    fn sums_are_checked() {
        let max = kg(i128::MAX);
        assert_eq!(max.checked_add(kg(1)), None);
        assert_eq!(kg(i64::MAX as i128).checked_add(kg(i64::MAX as i128)).unwrap().get(), 2 * i64::MAX as i128);
        assert_eq!(Kg::ZERO.minus(max), -i128::MAX);
    }

    #[test]
    fn formats_exact_tonnes() {
        assert_eq!(tonnes(125_632), "125.632");
        assert_eq!(tonnes(5), "0.005");
        assert_eq!(tonnes(-1500), "-1.500");
        assert_eq!(tonnes(i128::MIN), "-170141183460469231731687303715884105.728");
        assert_eq!(tonnes_grouped(1_234_567_890), "1,234,567.890");
        assert_eq!(group("-1234"), "-1,234");
        assert_eq!(format(125_632, Units::Kg, true), "125,632");
        assert_eq!(format(18_446_744_073_709_551_616, Units::Kg, false), "18446744073709551616");
    }
}
