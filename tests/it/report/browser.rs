//! The HTML report in headless Chromium: it renders, its bars are there and it prints one page per section.

use super::*;

/// Chromium, or `None` (with the reason printed) when it is absent outside CI.
fn chromium() -> Option<PathBuf> {
    let p = PathBuf::from("/usr/bin/chromium");
    if p.exists() {
        return Some(p);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("CI=true but /usr/bin/chromium is missing: .ci/run installs it (apt-get install chromium).");
    }
    eprintln!("SKIPPED: /usr/bin/chromium is not installed (apt-get install chromium); the page was not opened.");
    None
}

/// Runs headless Chromium on `page` with `extra` flags; returns (stdout, stderr).
fn browse(bin: &Path, page: &Path, extra: &[String]) -> (String, String) {
    let profile = tempfile::tempdir().unwrap();
    let mut c = std::process::Command::new(bin);
    c.args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"])
        .args(["--disable-background-networking", "--disable-component-update", "--disable-sync"])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = c.spawn().expect("start chromium");
    let out = wait_output(child, Duration::from_secs(30));
    (stdout(&out), stderr(&out))
}

/// The child's output, or a failure after `limit`.
fn wait_output(child: std::process::Child, limit: Duration) -> std::process::Output {
    let (tx, rx) = std::sync::mpsc::channel();
    let id = child.id();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(limit) {
        Ok(out) => out.expect("chromium output"),
        Err(_) => {
            let _ = std::process::Command::new("kill").arg(id.to_string()).status();
            panic!("chromium did not finish within {limit:?}");
        }
    }
}

/// The console messages Chromium logged (errors, CSP violations, failed loads).
fn console(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.contains(":CONSOLE")).collect()
}

/// How many `class="bar"` elements the figure `id` holds in the DOM.
fn bars_in(dom: &str, id: &str) -> usize {
    let start = dom.find(&format!("<figure id=\"{id}\"")).unwrap_or_else(|| panic!("no figure {id}"));
    let end = start + dom[start..].find("</figure>").expect("figure end");
    dom[start..end].matches("class=\"bar\"").count()
}

#[test]
fn the_page_renders_in_chromium_and_prints_one_page_per_section() {
    let Some(bin) = chromium() else { return };
    let emu = Emu::shared();
    let r = report(&emu, &["retirements", "--year", "2025"]);
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("statement.html");
    let out = emu.cmd().args(["report", "retirements", "--year", "2025", "--html"]).arg(&page).output().unwrap();
    assert!(out.status.success() && out.stdout.is_empty(), "{}", stderr(&out));
    let html = std::fs::read_to_string(&page).unwrap();
    for banned in ["<script", "src=\"http", "href=\"http://", "@import", "url("] {
        assert!(!html.contains(banned), "the page must be self-contained: {banned}");
    }

    let (dom, log) = browse(&bin, &page, &["--enable-logging=stderr".into(), "--v=0".into(), "--dump-dom".into()]);
    assert!(console(&log).is_empty(), "console messages: {:?}", console(&log));
    assert_eq!(bars_in(&dom, "chart-month"), 12);
    for (dim, ls) in r["breakdowns"].as_object().unwrap() {
        assert_eq!(bars_in(&dom, &format!("chart-{dim}")), ls.as_array().unwrap().len(), "bars of {dim}");
    }
    let total = r["total"]["credits"].to_string();
    assert!(dom.contains(&format!("{total} t")), "total {total} in the page");
    for l in r["retirements"].as_array().unwrap() {
        assert!(dom.contains(&format!("href=\"{}\"", s(l, "/certificate"))), "link to {l}");
    }
    assert!(dom.contains("Checked: the figures agree with the credit balance"));
    assert!(dom.contains(&format!("isoreg {}", env!("CARGO_PKG_VERSION"))), "footer names the version");

    // The console check can fail: the same page with an outside image and a script does.
    let bad = dir.path().join("bad.html");
    std::fs::write(&bad, html.replace("<main>", "<main><img src=\"https://example.com/x.png\">")).unwrap();
    let (_, bad_log) = browse(&bin, &bad, &["--enable-logging=stderr".into(), "--v=0".into(), "--dump-dom".into()]);
    assert!(!console(&bad_log).is_empty(), "an outside image must show in the console");

    let shot = dir.path().join("shot.png");
    browse(
        &bin,
        &page,
        &["--hide-scrollbars".into(), "--window-size=1100,1400".into(), format!("--screenshot={}", shot.display())],
    );
    assert_not_blank(&shot);

    let pdf = dir.path().join("statement.pdf");
    browse(&bin, &page, &["--no-pdf-header-footer".into(), format!("--print-to-pdf={}", pdf.display())]);
    let sections = dom.matches("<section").count();
    assert_eq!(sections, 9, "summary, seven breakdowns, the list");
    assert_eq!(pdf_pages(&pdf), sections, "one printed page per section");
}

/// Fails unless at least 3% of the screenshot's pixels are not white and it has more than two colours.
fn assert_not_blank(path: &Path) {
    let dec = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).expect("screenshot written")));
    let mut reader = dec.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let px = info.color_type.samples();
    let pixels: Vec<&[u8]> = buf[..info.buffer_size()].chunks(px).collect();
    let inked = pixels.iter().filter(|p| p.iter().take(3).any(|&c| c < 240)).count();
    let colours: std::collections::HashSet<&[u8]> = pixels.iter().copied().collect();
    assert!(inked * 100 > pixels.len() * 3, "screenshot nearly blank: {inked} of {} pixels", pixels.len());
    assert!(colours.len() > 2, "screenshot has {} colours", colours.len());
}

/// The number of pages in a PDF (`/Type /Page` objects).
fn pdf_pages(path: &Path) -> usize {
    let data = std::fs::read(path).expect("pdf written");
    let text = String::from_utf8_lossy(&data);
    let mut n = 0;
    let mut rest = text.as_ref();
    while let Some(i) = rest.find("/Type") {
        rest = &rest[i + 5..];
        let after = rest.trim_start();
        if after.starts_with("/Page") && !after.starts_with("/Pages") {
            n += 1;
        }
    }
    assert!(data.starts_with(b"%PDF"), "not a PDF");
    n
}
