//! The live preview over the protocol (PROTOCOL.md): updates on open and
//! after edits, warm starts, the last good picture kept while the trio is
//! broken, jumps both ways, variations and pinning, and kite's export,
//! report and explain requests.

use base64::Engine;
use kite_tests::lsp_client::{TestClient, file_uri, workspace};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

const DOMAIN: &str = "type Set\npredicate Subset(Set a, Set b)\n";
const SUBSTANCE: &str = "Set A, B\nSubset(A, B)\n";
const STYLE: &str = "canvas {\n  width = 400\n  height = 300\n}\n\
forall Set x {\n  x.icon = Circle {\n    r: 20\n  }\n}\n\
forall Set a; Set b where Subset(a, b) {\n  ensure disjoint(a.icon, b.icon)\n}\n";
const MANIFEST: &str = "{\n  \"domain\": \"d.domain\",\n  \"substance\": \"s.substance\",\n  \"style\": \"s.style\"\n}\n";

struct Trio {
    root: PathBuf,
    client: TestClient,
    key: String,
}

impl Trio {
    /// A trio with a manifest, its Style open, and its preview open.
    async fn previewed(name: &str) -> (Trio, Value) {
        Trio::previewed_with(name, Value::Null).await
    }

    /// [`Trio::previewed`], with the client's initialization options.
    async fn previewed_with(name: &str, options: Value) -> (Trio, Value) {
        let root = workspace(
            name,
            &[
                ("d.domain", DOMAIN),
                ("s.substance", SUBSTANCE),
                ("s.style", STYLE),
                ("t.trio.json", MANIFEST),
            ],
        );
        let mut client = TestClient::start();
        client.initialize_with(&root, &[], options).await;
        client.open(&root.join("s.style")).await;
        client.open(&root.join("s.substance")).await;
        let opened = client
            .request("kite/preview/open", document(&root.join("s.style")))
            .await;
        let key = opened["trio"].as_str().unwrap().to_string();
        let mut trio = Trio { root, client, key };
        let first = trio.update(|_| true).await;
        (trio, first)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.root.join(name)
    }

    /// The next preview update of this trio that satisfies `wanted`.
    async fn update(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        let key = self.key.clone();
        self.client
            .notification("kite/preview/update", |update| {
                update["trio"] == key.as_str() && wanted(update)
            })
            .await
    }
}

fn document(path: &Path) -> Value {
    json!({ "textDocument": { "uri": file_uri(path) } })
}

fn statement_line(update: &Value, shape: usize) -> u64 {
    update["shapes"][shape]["statement"]["range"]["start"]["line"]
        .as_u64()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn opening_a_preview_sends_the_drawing_with_its_source_map() {
    let (trio, update) = Trio::previewed("preview-open").await;
    assert_eq!(update["revision"], 1);
    assert_eq!(update["stale"], false);
    let svg = update["svg"].as_str().unwrap();
    assert!(svg.starts_with("<svg"), "{svg}");
    assert!(svg.contains("data-kite-shape=\"0\"") && svg.contains("data-kite-shape=\"1\""));
    let shapes = update["shapes"].as_array().unwrap();
    let paths: Vec<&str> = shapes.iter().map(|s| s["path"].as_str().unwrap()).collect();
    assert_eq!(paths, ["A.icon", "B.icon"]);
    assert_eq!(shapes[0]["kind"], "Circle");
    assert_eq!(
        shapes[0]["statement"]["uri"],
        file_uri(&trio.path("s.style")).as_str()
    );
    assert_eq!(statement_line(&update, 0), 5, "the `x.icon = …` line");
    assert_eq!(shapes[1]["objects"][0]["name"], "B");
    assert_eq!(
        shapes[1]["objects"][0]["location"]["range"]["start"],
        json!({"line": 0, "character": 7})
    );
    assert!(update["variation"].is_string());
    assert_eq!(update["pinned"], false);
    trio.client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edit_redraws_from_the_previous_layout_when_the_unknowns_stay() {
    let (mut trio, first) = Trio::previewed("preview-warm").await;
    assert_eq!(first["warm"], false);
    // `r: 20` → `r: 25`: the same shapes and unknowns.
    let style = trio.path("s.style");
    trio.client.edit(&style, 2, (6, 7), (6, 9), "25").await;
    let warm = trio.update(|update| update["revision"] == 2).await;
    assert_eq!(warm["warm"], true, "{warm}");
    assert!(warm["svg"].as_str().unwrap().contains("r=\"25\""));
    // A new object changes the unknowns: a cold start.
    let substance = trio.path("s.substance");
    trio.client.edit(&substance, 2, (0, 8), (0, 8), ", C").await;
    let cold = trio
        .update(|update| update["shapes"].as_array().unwrap().len() == 3)
        .await;
    assert_eq!(cold["warm"], false, "{cold}");
    trio.client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broken_trio_keeps_the_last_good_drawing_marked_stale() {
    let (mut trio, good) = Trio::previewed("preview-broken").await;
    let style = trio.path("s.style");
    // `Circle` → `Circl`.
    trio.client.edit(&style, 2, (5, 11), (5, 17), "Circl").await;
    let broken = trio.update(|update| update["stale"] == true).await;
    assert_eq!(broken["svg"], good["svg"]);
    assert_eq!(broken["shapes"], good["shapes"]);
    assert_eq!(broken["status"], "errors");
    let error = &broken["errors"][0];
    assert!(error["code"].as_str().unwrap().starts_with('E'), "{error}");
    assert_eq!(error["location"]["uri"], file_uri(&style).as_str());
    assert_eq!(error["location"]["range"]["start"]["line"], 5);
    // Fixed again: a fresh drawing.
    trio.client
        .edit(&style, 3, (5, 11), (5, 16), "Circle")
        .await;
    let fixed = trio.update(|update| update["stale"] == false).await;
    assert!(fixed["revision"].as_u64() > broken["revision"].as_u64());
    trio.client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_last_update_follows_the_last_of_many_quick_edits() {
    let (mut trio, _) = Trio::previewed("preview-burst").await;
    let style = trio.path("s.style");
    for (version, radius) in (2..).zip(21..=40) {
        trio.client
            .edit(&style, version, (6, 7), (6, 9), &radius.to_string())
            .await;
    }
    let last = trio
        .update(|update| update["svg"].as_str().unwrap().contains("r=\"40\""))
        .await;
    // A newer request is answered after every layout scheduled before
    // it has been published or dropped as stale.
    trio.client
        .request("kite/preview/newVariation", json!({ "trio": trio.key }))
        .await;
    let after = trio
        .update(|update| update["revision"].as_u64() > last["revision"].as_u64())
        .await;
    assert!(
        after["svg"].as_str().unwrap().contains("r=\"40\""),
        "{after}"
    );
    trio.client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clicking_a_shape_shows_its_statement_or_its_object() {
    let (mut trio, _) = Trio::previewed("preview-reveal").await;
    let answer = trio
        .client
        .request(
            "kite/preview/reveal",
            json!({ "trio": trio.key, "shape": 1, "target": "style" }),
        )
        .await;
    let shown = trio
        .client
        .notification("window/showDocument", |_| true)
        .await;
    assert_eq!(shown["uri"], file_uri(&trio.path("s.style")).as_str());
    assert_eq!(shown["selection"], answer["location"]["range"]);
    assert_eq!(shown["selection"]["start"]["line"], 5);
    trio.client
        .request(
            "kite/preview/reveal",
            json!({ "trio": trio.key, "shape": 1, "target": "substance" }),
        )
        .await;
    let shown = trio
        .client
        .notification("window/showDocument", |_| true)
        .await;
    assert_eq!(shown["uri"], file_uri(&trio.path("s.substance")).as_str());
    assert_eq!(
        shown["selection"]["start"],
        json!({"line": 0, "character": 7})
    );
    let missing = trio
        .client
        .request_raw(
            "kite/preview/reveal",
            json!({ "trio": trio.key, "shape": 99, "target": "style" }),
        )
        .await;
    assert!(
        missing["error"]["message"]
            .as_str()
            .unwrap()
            .contains("no such shape")
    );
    trio.client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cursor_highlights_the_shapes_of_its_object_or_block() {
    let (mut trio, _) = Trio::previewed("preview-cursor").await;
    let substance = trio.path("s.substance");
    let at = |path: &Path, line: u32, character: u32| {
        json!({
            "textDocument": { "uri": file_uri(path) },
            "position": { "line": line, "character": character },
        })
    };
    let on_b = trio
        .client
        .request("kite/preview/shapesAt", at(&substance, 0, 7))
        .await;
    assert_eq!(on_b["shapes"], json!([1]));
    let style = trio.path("s.style");
    let in_block = trio
        .client
        .request("kite/preview/shapesAt", at(&style, 6, 4))
        .await;
    assert_eq!(in_block["shapes"], json!([0, 1]));
    let in_canvas = trio
        .client
        .request("kite/preview/shapesAt", at(&style, 1, 4))
        .await;
    assert_eq!(in_canvas["shapes"], json!([]));
    trio.client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_variation_resamples_and_pinning_writes_it_to_the_manifest() {
    let (mut trio, first) = Trio::previewed("preview-variation").await;
    let answer = trio
        .client
        .request("kite/preview/newVariation", json!({ "trio": trio.key }))
        .await;
    let variation = answer["variation"].as_str().unwrap().to_string();
    assert_ne!(first["variation"], variation.as_str());
    let resampled = trio
        .update(|update| update["variation"] == variation.as_str())
        .await;
    assert_ne!(
        resampled["svg"], first["svg"],
        "a new variation moves the shapes"
    );
    trio.client
        .request(
            "kite/preview/pin",
            json!({ "trio": trio.key, "pinned": true }),
        )
        .await;
    let edit = trio
        .client
        .notification("workspace/applyEdit", |_| true)
        .await;
    let manifest_uri = file_uri(&trio.path("t.trio.json"));
    let new_text = edit["edit"]["changes"][manifest_uri.as_str()][0]["newText"]
        .as_str()
        .unwrap();
    assert!(
        new_text.contains(&format!("\"variation\": \"{variation}\"")),
        "{new_text}"
    );
    let folder_trio = trio
        .client
        .request_raw(
            "kite/preview/pin",
            json!({ "trio": "folder:/nowhere", "pinned": true }),
        )
        .await;
    assert!(folder_trio.get("error").is_some(), "{folder_trio}");
    trio.client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exports_report_explanations_and_the_page() {
    let (mut trio, _) = Trio::previewed("preview-exports").await;
    let style = trio.path("s.style");
    for (format, magic) in [
        ("svg", &b"<svg"[..]),
        ("png", b"\x89PNG"),
        ("pdf", b"%PDF-"),
    ] {
        let mut params = document(&style);
        params["format"] = json!(format);
        let answer = trio.client.request("kite/render", params).await;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(answer["data"].as_str().unwrap())
            .unwrap();
        assert!(bytes.starts_with(magic), "{format}");
    }
    let report = trio.client.request("kite/report", document(&style)).await;
    assert!(report["status"].is_string(), "{report}");
    assert_eq!(report["constraints"][0]["name"], "disjoint");
    let explained = trio
        .client
        .request("kite/explain", json!({ "code": "E0201" }))
        .await;
    assert!(explained["markdown"].as_str().unwrap().starts_with("E0201"));
    let unknown = trio
        .client
        .request_raw("kite/explain", json!({ "code": "E9999" }))
        .await;
    assert!(unknown.get("error").is_some());
    let page = trio.client.request("kite/preview/page", json!({})).await;
    assert!(page["html"].as_str().unwrap().contains("<script>"));
    trio.client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_layout_reports_progress() {
    // Progress from the start of every layout, so that the test does not
    // depend on how long one takes.
    let options = json!({ "preview": { "progressAfterMs": 0 } });
    let (mut trio, _) = Trio::previewed_with("preview-progress", options).await;
    let created = trio
        .client
        .notification("window/workDoneProgress/create", |_| true)
        .await;
    let token = created["token"].clone();
    let begin = trio
        .client
        .notification("$/progress", |p| {
            p["token"] == token && p["value"]["kind"] == "begin"
        })
        .await;
    assert!(
        begin["value"]["title"]
            .as_str()
            .unwrap()
            .contains("preview")
    );
    trio.client
        .notification("$/progress", |p| {
            p["token"] == token && p["value"]["kind"] == "end"
        })
        .await;
    trio.client.shutdown().await;
}
