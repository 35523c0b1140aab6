//! Unit tests of the check policy.

use super::*;

fn parse_str(text: &str) -> Result<Policy> {
    parse(Path::new("p.toml"), text)
}

/// The shape issue 20 says must work, as written there.
const ISSUE_EXAMPLE: &str = r#"
[[rule]]
name = "enough active credits"
balance = { min_active = "4000t" }                    # the organisation; or project / supplier / order = "ID"
[[rule]]
name = "Kansas retired cap"
balance = { project = "prj_HLYF2LZA8FNL7O9X", max_retired = "300t" }
[[rule]]
name = "books agree"
reconcile = true
[[rule]]
name = "token fresh"
token = { min_days = 30 }
[[rule]]
name = "every retirement says why"
sql = "SELECT id FROM retirements WHERE mine AND purposes = '[]'"   # must return no rows
severity = "warning"
"#;

#[test]
fn the_issue_example_parses() {
    let p = parse_str(ISSUE_EXAMPLE).unwrap();
    let got: Vec<(&str, &str, usize)> = p.rules.iter().map(|r| (r.name.as_str(), r.check.kind(), r.line)).collect();
    assert_eq!(
        got,
        [
            ("enough active credits", "balance", 2),
            ("Kansas retired cap", "balance", 5),
            ("books agree", "reconcile", 8),
            ("token fresh", "token", 11),
            ("every retirement says why", "sql", 14)
        ]
    );
    assert_eq!(p.rules[4].severity, Severity::Warning);
    let Check::Balance { scope, limits, .. } = &p.rules[1].check else { panic!("not a balance rule") };
    assert_eq!(scope, &Some((Resource::Project, "prj_HLYF2LZA8FNL7O9X".to_string())));
    assert_eq!((limits[0].kgs.get(), limits[0].retired, limits[0].min), (300_000, true, false));
    assert!(parse_str(include_str!("../../../../examples/isoreg-policy.toml")).is_ok());
}

#[test]
fn mistakes_name_line_and_column() {
    for (text, want) in [
        ("[[rule]]\nname = \"a\"\nbalance = { min_active = \"4000x\" }\n", "p.toml:3:26: '4000x' is not a quantity"),
        ("[[rule]]\nname = \"a\"\nbalanse = { min_active = \"4\" }\n", "p.toml:3:1: unknown field `balanse`"),
        ("[[rule]]\nname = \"a\"\nbalance = { project = \"spl_HLYF2LZA8FNL7O9X\", min_active = 1 }\n", "p.toml:3:23:"),
        ("[[rule]]\nname = \"a\"\nsql = \"DELETE FROM record\"\n", "p.toml:3:7: "),
        ("[[rule]]\nname = \"a\"\nseverity = \"fatal\"\nreconcile = true\n", "p.toml:3:12: unknown variant `fatal`"),
        ("[[rule]]\nname = \"a\"\n", "rule 'a' checks nothing"),
        ("[[rule]]\nname = \"a\"\nreconcile = true\ntoken = { min_days = 3 }\n", "has reconcile and token"),
        ("[[rule]]\nname = \"a\"\norder = { open = true, min_delivered_pct = 101 }\n", "101 is not a percentage"),
        ("[[rule]]\nname = \"a\"\nchanges = { none_of = [\"batch.moved\"] }\n", "'moved' is not a change"),
    ] {
        let e = parse_str(text).unwrap_err();
        assert_eq!(e.exit_code(), 2, "{text}");
        assert!(e.message.contains(want), "{text}: {}", e.message);
    }
}
