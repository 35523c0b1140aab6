//! Property tests of exactly-once writes under faults.

use super::*;
use proptest::prelude::*;

/// One step of a sequence.
#[derive(Debug, Clone)]
enum Op {
    /// Our command, with our key.
    Run,
    /// Our command, with our key, in 2 or 3 processes at once.
    Concurrent(usize),
    /// Someone else (another journal, another key) retires the same with other purposes.
    OtherPurposes,
}

const FATES: &[&str] = &[
    "ok",
    "ok",
    "500",
    "reset",
    "redirect-307",
    "empty-200",
    "commit-500",
    "commit-500-cut",
    "commit-cut",
    "commit-reset",
    "commit-302",
    "commit-wrong",
    "truncate",
];

fn ops() -> impl Strategy<Value = Vec<Op>> {
    let op = prop_oneof![3 => Just(Op::Run), 1 => (2usize..=3).prop_map(Op::Concurrent), 1 => Just(Op::OtherPurposes)];
    prop::collection::vec(op, 1..5)
}

/// The buyer's supplier with the most large batches (of the fresh dataset every `W` starts from).
fn supplier(w: &W) -> String {
    setup(w).sup
}

fn ours(sup: &str, purpose: &str) -> Vec<String> {
    ["retire", "5kg", "--supplier", sup, "--beneficiary", "me", "--purpose", purpose, "--note", "prop"]
        .iter()
        .map(|x| x.to_string())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10, failure_persistence: None, ..ProptestConfig::default() })]

    /// Never more than one record per key, and never "done" without a matching record of ours.
    #[test]
    fn faults_reruns_races_and_lookalikes_never_duplicate(
        before in 0usize..=1,
        fates in prop::collection::vec(prop::sample::select(FATES), 8),
        ops in ops(),
    ) {
        let mut script: Vec<&str> = vec!["ok"; before];
        script.extend(fates.iter().copied());
        let w = W::start(&["--fail-script", &script.join(",")]);
        let sup = supplier(&w);
        let others = tempfile::tempdir().unwrap();
        let mine = ours(&sup, "insetting");
        let mut earlier = Vec::new();
        for _ in 0..before {
            let out = w.cmd_in(others.path()).args(&mine).args(["--yes", "-o", "json"]).output().unwrap();
            prop_assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
            earlier.push(s(&serde_json::from_slice::<Value>(&out.stdout).unwrap(), "id"));
        }
        for op in &ops {
            match op {
                Op::Run => {
                    let out = run(&w, K::RetirePick, &mine, "prop-key", &[]);
                    prop_assert!(matches!(out.status.code(), Some(0 | 7)), "{}", stderr(&out));
                }
                Op::Concurrent(n) => {
                    let children: Vec<_> = (0..*n)
                        .map(|_| {
                            let mut c = w.emu.cmd_std();
                            c.env("ISOREG_STATE_DIR", w.state.path()).env("ISOREG_PROFILE", "rw");
                            c.args(&mine).args(["--yes", "--request-key", "prop-key"]);
                            c.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::piped()).spawn().unwrap()
                        })
                        .collect();
                    for c in children {
                        let out = c.wait_with_output().unwrap();
                        prop_assert!(matches!(out.status.code(), Some(0 | 7 | 8)), "{}", stderr(&out));
                    }
                }
                Op::OtherPurposes => {
                    let _ = w.cmd_in(others.path()).args(ours(&sup, "other")).arg("--yes").output().unwrap();
                }
            }
        }
        let recorded: Vec<String> = retirements_tagged(&w, "prop")
            .iter()
            .filter(|r| r["purposes"] == serde_json::json!(["insetting"]))
            .map(|r| s(r, "id"))
            .filter(|id| !earlier.contains(id))
            .collect();
        prop_assert!(recorded.len() <= 1, "two records under one key: {:?} ({:?}, {:?})", recorded, script, ops);
        let db = rusqlite::Connection::open(w.state.path().join("journal.db")).unwrap();
        let row: Option<(String, Option<String>)> = db
            .query_row("SELECT state, tx_id FROM writes WHERE key = 'prop-key'", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .ok();
        if let Some((state, id)) = row && state == "done" {
            prop_assert!(id.as_ref().is_some_and(|i| recorded.contains(i)), "done as {:?}, ours: {:?}", id, recorded);
        }
    }
}
