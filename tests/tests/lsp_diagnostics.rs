//! Diagnostics over the protocol: pushed for every file of the trio on
//! open and on change, with codes, explanations and related information,
//! and positions in the negotiated encoding.

use kite_tests::lsp_client::{TestClient, file_uri, workspace};
use serde_json::{Value, json};

const DOMAIN: &str = "type Set\npredicate Subset(Set a, Set b)\n";
const SUBSTANCE: &str = "Set A, B\nSubset(A, Ω)\n";
const STYLE: &str =
    "canvas {\n  width = 800\n  height = 700\n}\nforall Set x {\n  x.icon = Circle { }\n}\n";
const MANIFEST: &str = r#"{"domain": "d.domain", "substance": "s.substance", "style": "s.style"}"#;

fn trio(name: &str) -> std::path::PathBuf {
    workspace(
        name,
        &[
            ("d.domain", DOMAIN),
            ("s.substance", SUBSTANCE),
            ("s.style", STYLE),
            ("t.trio.json", MANIFEST),
        ],
    )
}

/// The diagnostics' codes and ranges, for snapshots.
fn summary(diagnostics: &[Value]) -> Vec<Value> {
    diagnostics
        .iter()
        .map(|d| {
            json!({
                "code": d["code"], "range": d["range"], "severity": d["severity"],
                "message": d["message"], "related": d["relatedInformation"],
                "explained": d["data"]["explanation"].as_str().is_some_and(|text| !text.is_empty()),
                "codeDescription": d["codeDescription"],
            })
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn opening_a_file_publishes_every_file_of_its_trio_and_edits_update_them() {
    let root = trio("push");
    let mut client = TestClient::start();
    let init = client.initialize(&root, &["utf-16"]).await;
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-16");
    let substance = root.join("s.substance");
    client.open(&substance).await;
    let errors = client.diagnostics(&substance, |d| !d.is_empty()).await;
    insta::assert_yaml_snapshot!("undeclared_object_utf16", summary(&errors));
    // The other files of the trio are published too (clean here).
    let domain = client.diagnostics(&root.join("d.domain"), |_| true).await;
    assert!(domain.is_empty(), "{domain:?}");

    // Declare Ω: the error goes away.
    client.edit(&substance, 2, (0, 8), (0, 8), ", Ω").await;
    let fixed = client.diagnostics(&substance, <[Value]>::is_empty).await;
    assert!(fixed.is_empty());
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn utf8_is_used_when_the_client_offers_it() {
    let root = trio("utf8");
    let mut client = TestClient::start();
    let init = client.initialize(&root, &["utf-8", "utf-16"]).await;
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-8");
    let substance = root.join("s.substance");
    client.open(&substance).await;
    let errors = client.diagnostics(&substance, |d| !d.is_empty()).await;
    // `Ω` is two bytes: the range ends one column later than in UTF-16.
    let range = &errors[0]["range"];
    assert_eq!(range["start"], json!({"line": 1, "character": 10}));
    assert_eq!(range["end"], json!({"line": 1, "character": 12}));
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_no_manifest_names_pairs_with_its_folder() {
    let root = workspace(
        "folder",
        &[
            ("d.domain", DOMAIN),
            ("s.substance", SUBSTANCE),
            ("s.style", STYLE),
        ],
    );
    let mut client = TestClient::start();
    client.initialize(&root, &[]).await;
    let style = root.join("s.style");
    client.open(&style).await;
    // The Substance's error shows although only the Style is open.
    let errors = client
        .diagnostics(&root.join("s.substance"), |d| !d.is_empty())
        .await;
    assert_eq!(errors[0]["code"], "E0201");
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pull_diagnostics_answer_for_a_document() {
    let root = trio("pull");
    let mut client = TestClient::start();
    let uri = file_uri(&root);
    client
        .request(
            "initialize",
            json!({
                "rootUri": uri,
                "capabilities": {"textDocument": {"diagnostic": {"dynamicRegistration": false}}},
            }),
        )
        .await;
    client.notify("initialized", json!({})).await;
    let substance = root.join("s.substance");
    client.open(&substance).await;
    let report = client
        .request(
            "textDocument/diagnostic",
            json!({"textDocument": {"uri": file_uri(&substance)}}),
        )
        .await;
    assert_eq!(report["kind"], "full");
    assert_eq!(report["items"][0]["code"], "E0201");
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn images_that_cannot_be_drawn_are_warnings_at_their_href() {
    let style = "canvas {\n  width = 800\n  height = 700\n}\nforall Set x {\n  x.picture = Image {\n    href: \"/etc/hostname\"\n  }\n  x.missing = Image {\n    href: \"nowhere.svg\"\n  }\n}\n";
    let root = workspace(
        "images",
        &[
            ("d.domain", DOMAIN),
            ("s.substance", "Set A\n"),
            ("s.style", style),
            ("t.trio.json", MANIFEST),
        ],
    );
    let mut client = TestClient::start();
    client.initialize(&root, &["utf-16"]).await;
    let style_path = root.join("s.style");
    client.open(&style_path).await;
    let warnings = client.diagnostics(&style_path, |d| d.len() == 2).await;
    let located: Vec<(String, Value)> = warnings
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["range"]["start"].clone(),
            )
        })
        .collect();
    assert_eq!(
        located,
        [
            ("W0600".to_string(), json!({"line": 6, "character": 10})),
            ("W0601".to_string(), json!({"line": 9, "character": 10})),
        ]
    );
    client.shutdown().await;
}
