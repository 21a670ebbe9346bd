//! Benchmark: the language server as an editor sees it, over the protocol
//! (an in-process client on a duplex stream, so the figures are the
//! server's: framing, scheduling, analysis and conversion).
//!
//! For the median corpus trio (by the size of its files) and the largest:
//! the time from a one-character `didChange` to the `publishDiagnostics`
//! of the edited file, p50 and p95 over `EDITS` edits; completion and hover
//! latency, p50 and p95 over `REQUESTS` requests each at identifiers of
//! the Style; and the process's resident memory after opening the trio
//! and after the edits. Run with
//! `cargo bench -p kite-tests --bench lsp_latency`.

use kite_tests::lsp_client::{TestClient, file_uri};
use kite_tests::timing::{median_and_largest, percentiles, trio_size};
use kite_tests::{corpus_dir, read_manifest, trio_id};
use serde_json::json;
use std::path::Path;
use std::time::Instant;

const EDITS: usize = 1_000;
const REQUESTS: usize = 200;

fn main() {
    let Some(corpus) = corpus_dir() else { return };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    for (label, manifest) in median_and_largest(&corpus) {
        println!(
            "{label} trio: {} ({} bytes)",
            trio_id(&manifest, &corpus),
            trio_size(&manifest)
        );
        runtime.block_on(measure(&corpus, &manifest));
    }
}

async fn measure(corpus: &Path, manifest: &Path) {
    let manifest = read_manifest(manifest);
    let substance = manifest.substance.canonicalize().unwrap();
    let style = manifest.styles[0].canonicalize().unwrap();
    let mut client = TestClient::start();
    client.initialize(corpus, &["utf-16"]).await;
    let substance_text = std::fs::read_to_string(&substance).unwrap();
    let style_text = std::fs::read_to_string(&style).unwrap();
    client.open_text(&substance, &substance_text).await;
    client.open_text(&style, &style_text).await;
    client.diagnostics(&substance, |_| true).await;
    println!("  memory after opening: {:.1} MiB", resident_mib());

    // A space typed at the start of the Substance, then deleted: every
    // span of the file moves, so its check, the Style matches and the
    // elaboration run again. Each edit is answered by the edited file's
    // diagnostics.
    let mut latencies = Vec::with_capacity(EDITS);
    for edit in 0..EDITS {
        let version = edit as i32 + 2;
        let start = Instant::now();
        if edit % 2 == 0 {
            client.edit(&substance, version, (0, 0), (0, 0), " ").await;
        } else {
            client.edit(&substance, version, (0, 0), (0, 1), "").await;
        }
        client.diagnostics(&substance, |_| true).await;
        latencies.push(start.elapsed());
    }
    percentiles("  didChange → publishDiagnostics", &mut latencies);
    println!("  memory after {EDITS} edits: {:.1} MiB", resident_mib());

    let positions = identifier_positions(&style_text);
    for method in ["textDocument/completion", "textDocument/hover"] {
        let mut times = Vec::with_capacity(REQUESTS);
        for request in 0..REQUESTS {
            let (line, character) = positions[request % positions.len()];
            let params = json!({
                "textDocument": {"uri": file_uri(&style)},
                "position": {"line": line, "character": character},
            });
            let start = Instant::now();
            client.request(method, params).await;
            times.push(start.elapsed());
        }
        percentiles(&format!("  {method}"), &mut times);
    }
    client.shutdown().await;
}

/// The middle of each identifier-like word of the text (ASCII), as
/// (line, UTF-16 column), in order.
fn identifier_positions(text: &str) -> Vec<(u32, u32)> {
    let mut positions = Vec::new();
    for (line, content) in text.lines().enumerate() {
        let mut start = None;
        for (column, character) in content.char_indices().chain([(content.len(), ' ')]) {
            let word = character.is_ascii_alphanumeric() || character == '_';
            match (word, start) {
                (true, None) => start = Some(column),
                (false, Some(from)) => {
                    let middle = (from + column) / 2;
                    let utf16 = content[..middle].encode_utf16().count();
                    positions.push((line as u32, utf16 as u32));
                    start = None;
                }
                _ => {}
            }
        }
    }
    positions
}

/// This process's resident memory (Linux), in MiB.
fn resident_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib: f64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(f64::NAN);
    kib / 1024.0
}
