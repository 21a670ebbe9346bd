//! The language server's own behaviour over the protocol: it survives a
//! panic in analysis, picks up files and manifests changed on disk, and
//! answers requests after the edits sent before them.

use kite_tests::lsp_client::{TestClient, file_uri, workspace};
use serde_json::{Value, json};

const DOMAIN: &str = "type Set\n";
const DOMAIN_WITH_SUBSET: &str = "type Set\npredicate Subset(Set a, Set b)\n";
const SUBSTANCE: &str = "Set A, B\nSubset(A, B)\n";
const STYLE: &str =
    "canvas {\n  width = 800\n  height = 700\n}\nforall Set x {\n  x.icon = Circle { }\n}\n";
const BROKEN_STYLE: &str = "forall Set x {\n  x.icon = Circl { }\n}\n";

fn codes(diagnostics: &[Value]) -> Vec<String> {
    diagnostics
        .iter()
        .filter_map(|d| d["code"].as_str().map(str::to_string))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panic_in_analysis_is_an_error_and_the_server_keeps_serving() {
    let root = workspace(
        "panic",
        &[
            ("d.domain", DOMAIN_WITH_SUBSET),
            ("s.substance", SUBSTANCE),
            ("s.style", STYLE),
        ],
    );
    let mut client = TestClient::start_with_debug_hooks();
    client.initialize(&root, &[]).await;
    let answer = client.request_raw("kite/debug/panic", Value::Null).await;
    assert_eq!(answer["error"]["code"], -32603, "{answer}");
    assert!(
        answer["error"]["message"]
            .as_str()
            .unwrap()
            .contains("on purpose")
    );
    // Still serving: a document opens and gets its diagnostics.
    let substance = root.join("s.substance");
    client.open(&substance).await;
    let diagnostics = client.diagnostics(&substance, |_| true).await;
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failure_inside_kite_is_published_as_an_internal_error_and_serving_goes_on() {
    let root = workspace(
        "internal",
        &[
            ("d.domain", DOMAIN_WITH_SUBSET),
            ("s.substance", SUBSTANCE),
            ("s.style", STYLE),
        ],
    );
    let mut client = TestClient::start_with_debug_hooks();
    client.initialize(&root, &[]).await;
    client
        .request("kite/debug/panicInElaboration", Value::Null)
        .await;
    let substance = root.join("s.substance");
    client.open(&substance).await;
    let diagnostics = client.diagnostics(&substance, |d| !d.is_empty()).await;
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0]["code"], "E0900");
    assert!(
        diagnostics[0]["message"]
            .as_str()
            .unwrap()
            .starts_with("internal error: kite failed during checking:"),
        "{}",
        diagnostics[0]
    );
    // Still serving: a request that needs no elaboration is answered.
    let symbols = client
        .request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": file_uri(&substance)}}),
        )
        .await;
    assert!(symbols.is_array(), "{symbols}");
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn limits_come_from_the_initialization_options() {
    let root = workspace(
        "limits",
        &[
            ("d.domain", DOMAIN_WITH_SUBSET),
            ("s.substance", SUBSTANCE),
            ("s.style", STYLE),
        ],
    );
    let mut client = TestClient::start();
    client
        .initialize_with(&root, &[], json!({"limits": {"file-bytes": 4}}))
        .await;
    let substance = root.join("s.substance");
    client.open(&substance).await;
    let diagnostics = client.diagnostics(&substance, |d| !d.is_empty()).await;
    assert_eq!(diagnostics[0]["code"], "E0006", "{diagnostics:?}");
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_changed_on_disk_is_read_again() {
    let root = workspace(
        "disk",
        &[
            ("d.domain", DOMAIN),
            ("s.substance", SUBSTANCE),
            ("s.style", STYLE),
        ],
    );
    let mut client = TestClient::start();
    client.initialize(&root, &[]).await;
    let substance = root.join("s.substance");
    client.open(&substance).await;
    let before = client.diagnostics(&substance, |d| !d.is_empty()).await;
    assert_eq!(codes(&before), ["E0204"], "{before:?}");
    std::fs::write(root.join("d.domain"), DOMAIN_WITH_SUBSET).unwrap();
    client
        .notify(
            "workspace/didChangeWatchedFiles",
            json!({"changes": [{"uri": file_uri(&root.join("d.domain")), "type": 2}]}),
        )
        .await;
    let after = client.diagnostics(&substance, <[Value]>::is_empty).await;
    assert!(after.is_empty());
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_manifest_changes_which_trio_a_file_is_in() {
    let root = workspace(
        "manifest",
        &[
            ("d.domain", DOMAIN_WITH_SUBSET),
            ("s.substance", SUBSTANCE),
            ("a.style", STYLE),
            ("b.style", BROKEN_STYLE),
        ],
    );
    let mut client = TestClient::start();
    client.initialize(&root, &[]).await;
    client.open(&root.join("s.substance")).await;
    // Without a manifest the Substance pairs with both Styles of its folder.
    let broken = root.join("b.style");
    let errors = client.diagnostics(&broken, |d| !d.is_empty()).await;
    assert!(!errors.is_empty());
    let manifest = root.join("t.trio.json");
    std::fs::write(
        &manifest,
        r#"{"domain": "d.domain", "substance": "s.substance", "style": "a.style"}"#,
    )
    .unwrap();
    client
        .notify(
            "workspace/didChangeWatchedFiles",
            json!({"changes": [{"uri": file_uri(&manifest), "type": 1}]}),
        )
        .await;
    // Now b.style is in no trio of an open document: its diagnostics go.
    let cleared = client.diagnostics(&broken, <[Value]>::is_empty).await;
    assert!(cleared.is_empty());
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_sees_every_edit_sent_before_it() {
    let root = workspace(
        "order",
        &[
            ("d.domain", DOMAIN_WITH_SUBSET),
            ("s.substance", SUBSTANCE),
            ("s.style", STYLE),
        ],
    );
    let mut client = TestClient::start();
    client.initialize(&root, &[]).await;
    let substance = root.join("s.substance");
    client.open(&substance).await;
    // Rename `B` to `Bee` by hand, then ask right away: the document the
    // request sees already has the edits.
    client.edit(&substance, 2, (1, 10), (1, 11), "Bee").await;
    client.edit(&substance, 3, (0, 7), (0, 8), "Bee").await;
    let report = client
        .request(
            "textDocument/diagnostic",
            json!({"textDocument": {"uri": file_uri(&substance)}}),
        )
        .await;
    assert_eq!(report["items"], json!([]), "{report}");
    client.shutdown().await;
}
