//! The language server under a scripted editing run: 1,000 random edits to
//! corpus files (byte and token deletes, inserts, duplications, swaps and
//! truncations, sent as incremental changes), with hover, completion and
//! definition requests at random positions between them. The server
//! answers every request, never with an internal error, and its final
//! diagnostics equal `kite check`'s on the final text.

use kite_db::{SourceFile, trio_diagnostics};
use kite_diagnostics::Diagnostic;
use kite_syntax::Language;
use kite_tests::lsp_client::{TestClient, file_uri};
use kite_tests::mutation::{apply, edit, runner};
use kite_tests::{corpus_dir, read_manifest};
use proptest::strategy::{Strategy, ValueTree};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// Corpus trios edited in turn, and the edits each gets.
const TRIOS: [&str; 4] = [
    "penrose/set-theory-domain/tree-tree.trio.json",
    "penrose/exterior-algebra/vector-wedge.trio.json",
    "penrose/graph-domain/textbook/sec1/fig6.trio.json",
    "penrose/geometry-domain/textbook_problems/c01p01.trio.json",
];
const EDITS_PER_TRIO: usize = 250;

/// A document's text as the client knows it.
struct Open {
    path: PathBuf,
    language: Language,
    text: String,
    version: i32,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_random_edits_leave_the_server_answering_and_right() {
    let Some(corpus) = corpus_dir() else { return };
    let mut runner = runner(1);
    let strategy = edit();
    let mut requests = 0;
    for trio in TRIOS {
        let manifest_path = corpus.join(trio);
        assert!(manifest_path.is_file(), "missing corpus trio {trio}");
        let manifest = read_manifest(&manifest_path);
        let mut client = TestClient::start();
        client.initialize(&corpus, &["utf-16"]).await;
        let mut documents: Vec<Open> = std::iter::once((&manifest.substance, Language::Substance))
            .chain(manifest.styles.iter().map(|style| (style, Language::Style)))
            .map(|(path, language)| Open {
                path: path.canonicalize().unwrap(),
                language,
                text: std::fs::read_to_string(path).unwrap(),
                version: 1,
            })
            .collect();
        for document in &documents {
            client.open_text(&document.path, &document.text).await;
        }
        for step in 0..EDITS_PER_TRIO {
            let count = documents.len();
            let document = &mut documents[step % count];
            let edit = strategy.new_tree(&mut runner).unwrap().current();
            let new_text = apply(&document.text, document.language, &edit);
            send_change(&client, document, new_text).await;
            if step % 3 == 0 {
                let offset = (0..=document.text.len())
                    .new_tree(&mut runner)
                    .unwrap()
                    .current();
                let position = utf16_position(&document.text, offset);
                let params = json!({
                    "textDocument": {"uri": file_uri(&document.path)},
                    "position": position,
                    "context": {"triggerKind": 1},
                });
                for method in [
                    "textDocument/hover",
                    "textDocument/completion",
                    "textDocument/definition",
                ] {
                    let answer = client.request_raw(method, params.clone()).await;
                    requests += 1;
                    if let Some(error) = answer.get("error") {
                        assert_eq!(error["code"], -32801, "{method}: {error}");
                    }
                }
            }
        }
        for document in &documents {
            let expected = expected_diagnostics(&manifest_path, &documents, &document.path);
            let published = client
                .diagnostics(&document.path, |published| summarize(published) == expected)
                .await;
            assert_eq!(summarize(&published), expected);
        }
        client.shutdown().await;
    }
    println!(
        "{} edits, {requests} requests answered",
        TRIOS.len() * EDITS_PER_TRIO
    );
}

/// Sends the change from the document's text to `new_text` as one ranged
/// replacement of what differs.
async fn send_change(client: &TestClient, document: &mut Open, new_text: String) {
    let old = &document.text;
    let prefix = common_prefix(old, &new_text);
    let suffix = common_suffix(&old[prefix..], &new_text[prefix..]);
    let start = utf16_position(old, prefix);
    let end = utf16_position(old, old.len() - suffix);
    let inserted = &new_text[prefix..new_text.len() - suffix];
    document.version += 1;
    client
        .notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": file_uri(&document.path), "version": document.version},
                "contentChanges": [{"range": {"start": start, "end": end}, "text": inserted}],
            }),
        )
        .await;
    document.text = new_text;
}

fn common_prefix(a: &str, b: &str) -> usize {
    let mut length = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    while !a.is_char_boundary(length) || !b.is_char_boundary(length) {
        length -= 1;
    }
    length
}

fn common_suffix(a: &str, b: &str) -> usize {
    let mut length = a
        .bytes()
        .rev()
        .zip(b.bytes().rev())
        .take_while(|(x, y)| x == y)
        .count();
    while !a.is_char_boundary(a.len() - length) || !b.is_char_boundary(b.len() - length) {
        length -= 1;
    }
    length
}

/// The protocol position of a byte offset (moved back to a character
/// boundary), in UTF-16 columns.
fn utf16_position(text: &str, offset: usize) -> Value {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let line_start = text[..offset].rfind('\n').map_or(0, |at| at + 1);
    let line = text[..offset].matches('\n').count();
    let character = text[line_start..offset].encode_utf16().count();
    json!({"line": line, "character": character})
}

/// What `kite check` reports for `path` with the documents' final texts:
/// each diagnostic's code and start position.
fn expected_diagnostics(manifest: &Path, documents: &[Open], path: &Path) -> Vec<(String, Value)> {
    let (mut db, trio) = kite_world::load_trio(&read_manifest(manifest), Path::new("")).unwrap();
    let files: Vec<SourceFile> = std::iter::once(trio.substance(&db))
        .chain(trio.styles(&db).iter().copied())
        .collect();
    let mut target = None;
    for file in files {
        let on_disk = Path::new(file.path(&db)).canonicalize().unwrap();
        if let Some(document) = documents.iter().find(|document| document.path == on_disk) {
            db.set_text(file, document.text.clone());
            if document.path == path {
                target = Some(file);
            }
        }
    }
    let file = target.expect("the document is in the trio");
    let mut diagnostics: Vec<Diagnostic> = trio_diagnostics(&db, trio)
        .iter()
        .filter(|diagnostic| diagnostic.primary.file == file.file_id(&db))
        .cloned()
        .collect();
    kite_diagnostics::deduplicate(&mut diagnostics, 0);
    let text = file.text(&db);
    let mut expected: Vec<(String, Value)> = diagnostics
        .iter()
        .map(|diagnostic| {
            (
                diagnostic.code.as_str().to_string(),
                utf16_position(text, diagnostic.primary.span.start),
            )
        })
        .collect();
    expected.sort_by_key(|(code, position)| (code.clone(), position.to_string()));
    expected
}

fn summarize(published: &[Value]) -> Vec<(String, Value)> {
    let mut summary: Vec<(String, Value)> = published
        .iter()
        .map(|diagnostic| {
            (
                diagnostic["code"].as_str().unwrap_or_default().to_string(),
                diagnostic["range"]["start"].clone(),
            )
        })
        .collect();
    summary.sort_by_key(|(code, position)| (code.clone(), position.to_string()));
    summary
}
