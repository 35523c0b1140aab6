//! Unit tests of table fitting: display widths, shrinking names, hiding columns by rank.

use super::*;
use crate::quantity::Units;
use crate::render::{col, col_ranked};
use serde_json::json;

fn look(names: &HashMap<String, String>, width: Option<u16>) -> Look<'_> {
    Look { style: CellStyle { units: Units::Credits, human: true }, color: false, width, names }
}

fn rows() -> Vec<Value> {
    (0..3)
        .map(|i| {
            json!({"id": format!("ret_{i}AAAAAAAAAAAAAAA"), "who": format!("A rather long organisation name {i}"),
                       "url": format!("https://to.example/ret_{i}AAAAAAAAAAAAAAA"), "size": {"credit_kgs": 1234567}})
        })
        .collect()
}

fn cols() -> Vec<Column> {
    vec![
        col("ID", "id", ColKind::Id),
        col("WHO", "who", ColKind::Text),
        col("SIZE", "size", ColKind::Qty),
        col_ranked("URL", "url", ColKind::Url, 7),
    ]
}

#[test]
fn lesser_columns_go_before_names_are_cut_then_text_shrinks() {
    let names = HashMap::new();
    let wide = list(&cols(), &rows(), &look(&names, None));
    assert!(wide.hidden.is_empty() && wide.text.contains("https://to.example/ret_0AAAAAAAAAAAAAAA"));
    let w120 = list(&cols(), &rows(), &look(&names, Some(120)));
    assert!(w120.hidden.is_empty() && w120.text.contains("https://to.example/ret_2AAAAAAAAAAAAAAA"));
    let w90 = list(&cols(), &rows(), &look(&names, Some(90)));
    assert!(w90.hidden.is_empty(), "a link is not a name that gives way:\n{}", w90.text);
    assert!(w90.text.contains("A rather long o…") && w90.text.contains("https://to.example/ret_2AAAAAAAAAAAAAAA"));
    let mut with_note = cols();
    with_note[3] = col_ranked("NOTE", "url", ColKind::Text, 7);
    let n90 = list(&with_note, &rows(), &look(&names, Some(90)));
    assert!(n90.text.contains("A rather long organisation name 2"), "the important name whole:\n{}", n90.text);
    assert!(n90.text.contains("https://to.example/re…"), "the lesser text cut:\n{}", n90.text);
    let n80 = list(&with_note, &rows(), &look(&names, Some(75)));
    assert_eq!(n80.hidden, ["NOTE"], "a lesser text column goes before a name is cut:\n{}", n80.text);
    assert!(n80.text.contains("A rather long organisation name 2"), "{}", n80.text);
    let w60 = list(&cols(), &rows(), &look(&names, Some(60)));
    assert_eq!(w60.hidden, ["URL"]);
    assert!(w60.text.contains("A rather long organisation…") && w60.text.contains("1,234.567"));
    for w in [20u16, 30, 45, 60, 90] {
        let t = list(&cols(), &rows(), &look(&names, Some(w)));
        assert!(t.text.contains("ret_1AAAAAAAAAAAAAAA"), "IDs whole at {w}:\n{}", t.text);
        assert!(!t.text.contains("https://to.example/ret_0AAA…"), "URLs never cut");
    }
}

#[test]
fn ref_names_shrink_and_drop_before_the_id() {
    let names = HashMap::from([("prj_X".to_string(), "Alpha Biochar".to_string())]);
    let c = [col("PROJECT", "p", ColKind::Ref)];
    let p = piece(&c[0], &json!({"p": "prj_X"}), &look(&names, None));
    assert_eq!(fit(&p, 40), "prj_X Alpha Biochar");
    assert_eq!(fit(&p, 10), "prj_X Alp…");
    assert_eq!(fit(&p, 7), "prj_X");
    let own = piece(
        &col("OWNER", "o.id", ColKind::Ref),
        &json!({"o": {"id": "org_Y", "name": "Y Ltd"}}),
        &look(&names, None),
    );
    assert_eq!(fit(&own, 40), "org_Y Y Ltd", "the name the record carries");
}

#[test]
fn cut_counts_display_columns() {
    assert_eq!(cut("abcdef", 4), "abc…");
    assert_eq!(cut("ab cdef", 4), "ab…");
    assert_eq!(cut("日本語の名前", 5), "日本…");
}

#[test]
fn one_value_on_every_row_is_a_line_above_the_table() {
    let names = HashMap::new();
    let c = [col("ID", "id", ColKind::Id), col("OWNER", "o", ColKind::Text), col("SIZE", "s", ColKind::Qty)];
    let r = |i: i64| json!({"id": format!("ctb_{i}"), "o": "Us Ltd", "s": {"credit_kgs": i * 1000}});
    let t = list(&c, &[r(1), r(2)], &look(&names, Some(80)));
    assert_eq!(t.text, "OWNER  Us Ltd\n\nID     SIZE (t)\nctb_1     1.000\nctb_2     2.000\n");
    assert!(t.hidden.is_empty(), "lifted is not hidden");
    let wide = list(&c, &[r(1), r(2)], &look(&names, None));
    assert!(wide.text.starts_with("ID     OWNER"), "never when not fitted (-o wide, piped):\n{}", wide.text);
    let one = list(&c, &[r(1)], &look(&names, Some(80)));
    assert!(one.text.starts_with("ID "), "never for one row:\n{}", one.text);
}

#[test]
fn a_serial_is_cut_from_the_left_keeping_its_range() {
    let names = HashMap::new();
    let c = [col("SERIAL", "s", ColKind::Serial)];
    let p = piece(&c[0], &json!({"s": "ISO-1-DACS-ISL-39YP-2022-624512-670139"}), &look(&names, None));
    assert_eq!(fit(&p, 60), "ISO-1-DACS-ISL-39YP-2022-624512-670139");
    assert_eq!(fit(&p, 16), "…2-624512-670139");
    assert_eq!(serial_tail("ISO-1-DACS-ISL-39YP-2022-624512-670139"), "624512-670139");
}
