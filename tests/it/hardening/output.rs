//! What the server sends, shown safely: hostile names never reach the terminal raw, JSON keeps the exact strings, CSV defuses formulas.

use super::*;

#[test]
fn hostile_names_never_reach_the_terminal_raw() {
    let emu = Emu::shared_with(&["--quirk", "hostile"]);
    let (ctb, split) = (emu.id("credit batch"), emu.id("split credit batch"));
    let commands: Vec<Vec<String>> = [
        vec!["project", "list", "--all"],
        vec!["project", "get", &emu.id("project")],
        vec!["batch", "get", &ctb, &split],
        vec!["batch", "get", &ctb],
        vec!["batch", "list", "--limit", "60"],
        vec!["retirement", "list", "--all"],
        vec!["retirement", "get", &emu.id("retirement")],
        vec!["org", "current"],
        vec!["supplier", "list", "--all"],
        vec!["supplier", "get", &emu.id("supplier")],
        vec!["issuance", "list", "--limit", "30"],
        vec!["delivery", "list", "--all"],
        vec!["transfer", "list", "--all"],
        vec!["beneficiary", "list", "--all"],
        vec!["balance"],
    ]
    .into_iter()
    .map(|v| v.into_iter().map(String::from).collect())
    .collect();
    let mut escaped_seen = 0;
    for args in &commands {
        for tty in [false, true] {
            let mut c = emu.cmd();
            c.args(args).args(["-o", "table"]);
            if tty {
                c.env("ISOREG_FORCE_TTY", "1").env("COLUMNS", "150").env("NO_COLOR", "1");
            }
            let o = c.output().unwrap();
            assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
            let (out, err) = (stdout(&o), stderr(&o));
            let bad = out.chars().chain(err.chars()).find(|c| is_terminal_hazard(*c));
            assert!(bad.is_none(), "{args:?} tty={tty} wrote {bad:?} raw:\n{out}");
            assert!(!o.stdout.iter().any(|b| matches!(b, 0x1b | 0x07 | 0x0d)), "{args:?}");
            escaped_seen += out.matches("\\u{1b}").count();
        }
    }
    assert!(escaped_seen > 10, "the hostile data was shown (escaped): {escaped_seen}");
}

#[test]
fn json_output_keeps_the_exact_server_strings() {
    let emu = Emu::shared_with(&["--quirk", "hostile"]);
    let server = direct_get(&emu, "/projects?first=50");
    let o = emu.cmd().args(["project", "list", "--limit", "50", "-o", "json"]).output().unwrap();
    let ours: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(&ours, &server["nodes"]);
    let names: Vec<&str> = ours.as_array().unwrap().iter().filter_map(|p| p["name"].as_str()).collect();
    assert!(names.iter().any(|n| n.contains('\u{1b}')) && names.iter().any(|n| n.starts_with('=')), "{names:?}");
    let o = emu.cmd().args(["project", "list", "--limit", "50", "-o", "jsonl"]).output().unwrap();
    let lines: Vec<Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(&Value::Array(lines), &server["nodes"]);
}

#[test]
fn json_lists_escape_what_could_drive_a_terminal_and_keep_the_values() {
    let emu = Emu::shared_with(&["--quirk", "hostile"]);
    let server = direct_get(&emu, "/projects?first=50");
    let raw = server.to_string();
    assert!(raw.contains('\u{202e}'), "the hostile data has a bidi override");
    for tty in [false, true] {
        let mut c = emu.cmd();
        c.args(["project", "list", "--limit", "50", "-o", "json"]);
        if tty {
            c.env("ISOREG_FORCE_TTY", "1").env("NO_COLOR", "1");
        }
        let o = c.output().unwrap();
        let out = stdout(&o);
        let bad = out.chars().find(|c| is_terminal_hazard(*c));
        assert!(bad.is_none(), "tty={tty}: {bad:?} raw in:\n{out}");
        assert!(out.contains("\\u202e"), "tty={tty}: the override is escaped, not dropped");
        let ours: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(&ours, &server["nodes"], "tty={tty}");
    }
}

/// Cells of `column` in CSV text.
fn csv_column(text: &str, column: &str) -> Vec<String> {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let i = r.headers().unwrap().iter().position(|h| h == column).unwrap();
    r.records().map(|rec| rec.unwrap()[i].to_string()).collect()
}

#[test]
fn csv_defuses_formulas_and_csv_raw_keeps_them() {
    let names = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tTab", "\rCR", "plain", "in=side"];
    let nodes: Vec<Value> = names
        .iter()
        .enumerate()
        .map(|(i, n)| json!({"id": format!("prj_RAW000000000000{i}"), "name": n, "score": -3}))
        .collect();
    let body = page(Value::Array(nodes));
    let raw = Raw::start(move |_, s, _| {
        let _ = s.write_all(&json_200(&body));
    });
    let o = raw.cmd().args(["project", "list", "-o", "csv", "--fields", "id,name,score"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    let want: Vec<String> = names
        .iter()
        .map(|n| if n.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{n}") } else { n.to_string() })
        .collect();
    assert_eq!(csv_column(&text, "name"), want);
    assert!(csv_column(&text, "score").iter().all(|s| s == "-3"), "numbers are not text: {text}");
    let o = raw.cmd().args(["project", "list", "-o", "csv", "--fields", "id,name", "--csv-raw"]).output().unwrap();
    assert_eq!(csv_column(&stdout(&o), "name"), names);

    let emu = Emu::shared_with(&["--quirk", "hostile"]);
    let o = emu.cmd().args(["project", "list", "--all", "-o", "csv"]).output().unwrap();
    let cells = csv_column(&stdout(&o), "name");
    assert!(cells.iter().all(|c| !c.starts_with(['=', '+', '-', '@', '\t', '\r'])), "{cells:?}");
    assert!(cells.iter().any(|c| c.starts_with("'=")), "{cells:?}");
    let o = emu.cmd().args(["project", "list", "--all", "-o", "csv", "--csv-raw"]).output().unwrap();
    assert!(csv_column(&stdout(&o), "name").iter().any(|c| c.starts_with('=')));
}

// ---------------------------------------------------------------------------
// 6. Pipes and signals
// ---------------------------------------------------------------------------

#[test]
fn a_reader_that_stops_early_ends_isoreg_quietly_with_0() {
    let emu = Emu::shared_with(&["--scale", "20"]);
    for fmt in ["jsonl", "json", "csv", "table"] {
        let args = ["batch", "list", "--all", "--page-size", "50", "-o", fmt];
        let mut child = spawn(&emu, &args, Stdio::piped(), Stdio::piped());
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        out.read_line(&mut first).unwrap();
        assert!(!first.is_empty(), "{fmt}: got a first line");
        drop(out); // `| head -1`
        let status = wait_bounded(&mut child, HANG);
        let mut err = String::new();
        child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
        assert_eq!((status.code(), err.as_str()), (Some(0), ""), "{fmt}");
    }
}

#[test]
fn demo_output_into_head_ends_quietly_with_0() {
    let home = tempfile::tempdir().unwrap();
    let mut child = bare_std(home.path())
        .args(["--demo", "batch", "list", "--all", "-o", "jsonl"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    assert!(first.starts_with('{'), "{first}");
    drop(out);
    let status = wait_bounded(&mut child, HANG);
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert_eq!((status.code(), err.as_str()), (Some(0), ""));
}

#[test]
fn closing_a_pipe_shared_by_stdout_and_stderr_ends_quietly_with_0() {
    let emu = Emu::start(&["--scale", "5"]);
    let (reader, writer) = std::io::pipe().unwrap();
    let args = ["-v", "batch", "list", "--all", "-o", "jsonl"];
    let mut child = spawn(&emu, &args, Stdio::from(writer.try_clone().unwrap()), Stdio::from(writer));
    let mut r = BufReader::new(reader);
    let mut first = String::new();
    r.read_line(&mut first).unwrap();
    assert!(first.starts_with("> GET"), "{first}");
    drop(r); // `2>&1 | head -1`: the next -v line and the data hit a closed pipe
    let status = wait_bounded(&mut child, HANG);
    assert_eq!(status.code(), Some(0), "a panic on a closed stderr exits 101");
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_promptly_with_130_and_no_backtrace() {
    let emu = Emu::start(&["--latency-ms", "500"]);
    let args = ["-v", "batch", "list", "--all", "--page-size", "1", "-o", "jsonl"];
    let mut child = spawn(&emu, &args, Stdio::null(), Stdio::piped());
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    while !line.starts_with("> GET") {
        line.clear();
        assert!(err.read_line(&mut line).unwrap() > 0, "stderr ended before the first request");
    }
    let t0 = Instant::now();
    let kill = std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(kill.success());
    let status = wait_bounded(&mut child, HANG);
    assert!(t0.elapsed() < HANG);
    let mut rest = String::new();
    err.read_to_string(&mut rest).unwrap();
    assert_eq!(status.code(), Some(130), "{rest}");
    assert!(!rest.contains("panicked") && !rest.contains("backtrace") && !rest.contains("error:"), "{rest}");
}
