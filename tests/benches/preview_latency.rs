//! Benchmark: the live preview. For the median corpus trio (by the size
//! of its files) and the largest:
//! - the time from a one-number edit of the Style (`didChange`) to the
//!   `kite/preview/update` that shows it, p50 and p95, over the protocol
//!   (an in-process client, so the figures are the server's), with edits
//!   a typist's pause apart so that none is coalesced with the last;
//! - the same edits seen in headless Chromium: from the edit to the page
//!   (served by the server, `kite/preview/startServer`) having put the
//!   new revision in its DOM, p50 and p95;
//! - the re-layout after such an edit, warm (from the previous layout)
//!   against cold (from the sampled initial state): steps and time.
//!
//! The median and largest trios have no unknowns, so a third is
//! measured: the median-sized trio among those whose layout takes steps.
//!
//! Run with `cargo bench -p kite-tests --bench preview_latency`.

use kite_db::SourceFile;
use kite_pipeline::{Interactive, Layout, Options, compile_interactive};
use kite_tests::chromium::Chromium;
use kite_tests::lsp_client::{TestClient, file_uri};
use kite_tests::timing::{median_and_largest, percentiles, trio_size};
use kite_tests::{corpus_dir, load_trio, read_manifest, trio_id, trio_manifests};
use kite_world::TrioImages;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const EDITS: usize = 100;
/// The pause between edits: a typist's, longer than the debounce.
const PAUSE: Duration = Duration::from_millis(120);
const LAYOUT_RUNS: usize = 5;

fn main() {
    let Some(corpus) = corpus_dir() else { return };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let mut trios = median_and_largest(&corpus).to_vec();
    trios.push(("median laid-out", median_laid_out(&corpus)));
    for (label, manifest) in trios {
        println!(
            "{label} trio: {} ({} bytes)",
            trio_id(&manifest, &corpus),
            trio_size(&manifest)
        );
        let style = read_manifest(&manifest).styles[0].canonicalize().unwrap();
        let text = std::fs::read_to_string(&style).unwrap();
        let Some(edit) = NumberEdit::find(&text) else {
            println!("  no number to edit in the Style");
            continue;
        };
        runtime.block_on(over_the_protocol(&corpus, &manifest, &edit));
        warm_against_cold(&corpus, &manifest, &edit);
    }
}

/// The median-sized corpus trio among those whose layout takes steps.
fn median_laid_out(corpus: &Path) -> PathBuf {
    let layout = Layout::Optimize(Options::default());
    let mut laid_out: Vec<(u64, PathBuf)> = trio_manifests(corpus)
        .into_iter()
        .filter(|manifest| {
            let (db, trio) = load_trio(manifest, corpus);
            let images = TrioImages::new(&read_manifest(manifest));
            let compiled =
                compile_interactive(&db, trio, &layout, &images, &Interactive::default());
            compiled
                .drawing
                .is_some_and(|drawing| drawing.report.steps > 0)
        })
        .map(|manifest| (trio_size(&manifest), manifest))
        .collect();
    laid_out.sort();
    laid_out.swap_remove(laid_out.len() / 2).1
}

/// A number of the Style outside the canvas block, and the text with it
/// raised by one.
struct NumberEdit {
    line: u32,
    start: u32,
    end: u32,
    original: String,
    raised: String,
}

impl NumberEdit {
    /// The first number assigned with `:` or `=` after the canvas block.
    fn find(style: &str) -> Option<NumberEdit> {
        let mut in_canvas = false;
        for (line, content) in style.lines().enumerate() {
            let trimmed = content.trim_start();
            if trimmed.starts_with("canvas") {
                in_canvas = true;
            }
            if in_canvas {
                in_canvas = !trimmed.starts_with('}');
                continue;
            }
            let Some(after) = content.find([':', '=']) else {
                continue;
            };
            let rest = &content[after + 1..];
            let start = after + 1 + (rest.len() - rest.trim_start().len());
            let digits = content[start..]
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(content.len() - start);
            let number = &content[start..start + digits];
            let next = content[start + digits..].chars().next();
            if digits == 0 || !matches!(next, None | Some(' ' | ',' | ')' | '\t')) {
                continue;
            }
            let value: u64 = number.parse().ok()?;
            return Some(NumberEdit {
                line: line as u32,
                start: start as u32,
                end: (start + digits) as u32,
                original: number.to_string(),
                raised: (value + 1).to_string(),
            });
        }
        None
    }

    /// The text of edit `index`: raised, then back, alternately.
    fn text(&self, index: usize) -> &str {
        if index.is_multiple_of(2) {
            &self.raised
        } else {
            &self.original
        }
    }

    /// `style` after edit `index`.
    fn apply(&self, style: &str, index: usize) -> String {
        let mut lines: Vec<String> = style.lines().map(str::to_string).collect();
        let line = &mut lines[self.line as usize];
        line.replace_range(self.start as usize..self.end as usize, self.text(index));
        let mut edited = lines.join("\n");
        if style.ends_with('\n') {
            edited.push('\n');
        }
        edited
    }
}

async fn over_the_protocol(corpus: &Path, manifest: &Path, edit: &NumberEdit) {
    let manifest = read_manifest(manifest);
    let substance = manifest.substance.canonicalize().unwrap();
    let style = manifest.styles[0].canonicalize().unwrap();
    let mut client = TestClient::start();
    client.initialize(corpus, &["utf-16"]).await;
    client.open(&substance).await;
    client.open(&style).await;
    let opened = client
        .request(
            "kite/preview/open",
            json!({ "textDocument": { "uri": file_uri(&style) } }),
        )
        .await;
    let trio = opened["trio"].clone();
    let first = client
        .notification("kite/preview/update", |update| update["trio"] == trio)
        .await;
    let mut revision = first["revision"].as_u64().unwrap();
    let mut browser = if Chromium::available() {
        let started = client
            .request("kite/preview/startServer", json!({ "trio": trio }))
            .await;
        let url = started["url"].as_str().unwrap().to_string();
        tokio::task::block_in_place(|| open_page(&url, revision))
    } else {
        println!("  (no Chromium: the page is not measured)");
        None
    };
    let mut sent = Vec::with_capacity(EDITS);
    let mut latencies = Vec::with_capacity(EDITS);
    let mut warm = 0;
    let mut length = edit.end - edit.start;
    for index in 0..EDITS {
        tokio::time::sleep(PAUSE).await;
        let text = edit.text(index);
        let start = Instant::now();
        let sent_at = epoch_ms();
        client
            .edit(
                &style,
                index as i32 + 2,
                (edit.line, edit.start),
                (edit.line, edit.start + length),
                text,
            )
            .await;
        let update = client
            .notification("kite/preview/update", |update| {
                update["trio"] == trio && update["revision"].as_u64() > Some(revision)
            })
            .await;
        latencies.push(start.elapsed());
        length = text.len() as u32;
        revision = update["revision"].as_u64().unwrap();
        sent.push((revision, sent_at));
        warm += usize::from(update["warm"] == true);
    }
    percentiles("  edit → kite/preview/update", &mut latencies);
    if let Some(browser) = browser.as_mut() {
        let mut in_page = tokio::task::block_in_place(|| page_latencies(browser, &sent));
        percentiles("  edit → new revision in Chromium's DOM", &mut in_page);
    }
    println!("  warm starts: {warm} of {EDITS}");
    client.shutdown().await;
}

/// Milliseconds since the Unix epoch, the clock the page's timestamps
/// share.
fn epoch_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs_f64()
        * 1e3
}

/// Opens the preview page at `url`, waits for `revision`, and starts
/// recording when each later revision reaches the DOM.
fn open_page(url: &str, revision: u64) -> Option<Chromium> {
    let mut browser = Chromium::launch().ok()?;
    browser.navigate(url).ok()?;
    browser
        .wait_for(&format!(
            "Number(document.body.dataset.revision) >= {revision}"
        ))
        .ok()?;
    browser
        .evaluate(
            "window.kiteShown = {}; new MutationObserver(() => {                const r = document.body.dataset.revision;                if (r && !(r in window.kiteShown))                  window.kiteShown[r] = performance.timeOrigin + performance.now();              }).observe(document.body, { attributes: true, attributeFilter: ['data-revision'] }); true",
        )
        .ok()?;
    Some(browser)
}

/// For each edit (its revision and when it was sent), how long until the
/// page showed that revision.
fn page_latencies(browser: &mut Chromium, sent: &[(u64, f64)]) -> Vec<Duration> {
    let Some(&(last, _)) = sent.last() else {
        return Vec::new();
    };
    browser
        .wait_for(&format!("Number(document.body.dataset.revision) >= {last}"))
        .expect("the page shows the last revision");
    let shown = browser
        .evaluate("window.kiteShown")
        .expect("the page's timestamps");
    sent.iter()
        .filter_map(|(revision, sent_at)| {
            let shown_at = shown[revision.to_string()].as_f64()?;
            Some(Duration::from_secs_f64(
                ((shown_at - sent_at) / 1e3).max(0.0),
            ))
        })
        .collect()
}

/// Lays the trio out, edits the number, and lays it out again cold and
/// warm, reporting the median of [`LAYOUT_RUNS`] of each.
fn warm_against_cold(corpus: &Path, manifest: &Path, edit: &NumberEdit) {
    let (mut db, trio) = load_trio(manifest, corpus);
    let images = TrioImages::new(&read_manifest(manifest));
    let layout = Layout::Optimize(Options::default());
    let remember = Interactive {
        remember: true,
        ..Interactive::default()
    };
    let before = compile_interactive(&db, trio, &layout, &images, &remember)
        .drawing
        .and_then(|drawing| drawing.warm_start)
        .expect("the corpus trio draws");
    let style: SourceFile = trio.styles(&db)[0];
    let edited = edit.apply(style.text(&db), 0);
    db.set_text(style, edited);
    for (label, warm_start) in [("cold", None), ("warm", Some(&before))] {
        let mut runs: Vec<(Duration, usize)> = (0..LAYOUT_RUNS)
            .map(|_| {
                let interactive = Interactive {
                    warm_start,
                    ..Interactive::default()
                };
                let drawing = compile_interactive(&db, trio, &layout, &images, &interactive)
                    .drawing
                    .expect("the edited trio draws");
                assert_eq!(drawing.warm, warm_start.is_some(), "the unknowns stayed");
                (drawing.report.timings.optimize, drawing.report.steps)
            })
            .collect();
        runs.sort();
        let (time, steps) = runs[LAYOUT_RUNS / 2];
        println!(
            "  re-layout after the edit, {label}: {steps} steps, {:.2} ms (median of {LAYOUT_RUNS})",
            time.as_secs_f64() * 1e3
        );
    }
}
