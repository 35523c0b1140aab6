//! Unit tests of the rule checks: exact percentages, what a retirement lacks.

use super::*;

#[test]
fn percentages_are_exact() {
    assert!(reaches(1_087_795, 1_360_053, 79));
    assert!(!reaches(1_087_795, 1_360_053, 80));
    assert!(reaches(80, 100, 80) && !reaches(79, 100, 80));
    assert!(reaches(0, 0, 100));
    assert!(reaches(i128::MAX, i128::MAX, 100) && !reaches(i128::MAX - 1, i128::MAX, 100));
    assert_eq!(pct_text(1_087_795, 1_360_053), "79.98");
    assert_eq!(pct_text(0, 182_440), "0.00");
    assert_eq!(pct_text(5, 5), "100.00");
}

#[test]
fn a_retirement_without_purpose_or_note_is_named() {
    assert_eq!(missing_parts(&json!({"purposes": [], "notes": null}), true), ["purpose", "note"]);
    assert_eq!(missing_parts(&json!({"purposes": ["other"], "notes": "  "}), true), ["note"]);
    assert_eq!(missing_parts(&json!({"notes": "x"}), false), ["purpose"]);
    assert!(missing_parts(&json!({"purposes": ["other"], "notes": null}), false).is_empty());
}
