//! Every editor feature over the protocol, on one fixture trio
//! (`tests/fixtures/lsp/features.trio`) whose `⟨name⟩` markers name the
//! positions requests are made at. Answers are snapshotted with the
//! workspace folder taken out of their URIs.

use kite_tests::fixtures_dir;
use kite_tests::lsp_client::{TestClient, file_uri, workspace};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::PathBuf;

const FILES: [&str; 3] = ["f.domain", "f.substance", "f.style"];
const MANIFEST: &str = r#"{"domain": "f.domain", "substance": "f.substance", "style": "f.style"}"#;

/// The fixture's files in a fresh workspace, and each marker's file and
/// (line, UTF-16 character).
struct Fixture {
    root: PathBuf,
    texts: BTreeMap<&'static str, String>,
    markers: BTreeMap<String, (&'static str, u32, u32)>,
}

impl Fixture {
    fn load(name: &str) -> Fixture {
        let source = std::fs::read_to_string(fixtures_dir().join("lsp").join(name)).unwrap();
        let mut sections: Vec<String> = vec![String::new(); 3];
        let mut current = 0;
        for line in source.split_inclusive('\n') {
            if let Some(language) = line.trim_end().strip_prefix("-- file: ") {
                current = ["domain", "substance", "style"]
                    .iter()
                    .position(|known| *known == language)
                    .expect("a known section");
                continue;
            }
            sections[current].push_str(line);
        }
        let mut texts = BTreeMap::new();
        let mut markers = BTreeMap::new();
        for (file, section) in FILES.into_iter().zip(sections) {
            let mut text = String::new();
            for (line_number, line) in section.split_inclusive('\n').enumerate() {
                let mut rest = line;
                let mut clean = String::new();
                while let Some(start) = rest.find('⟨') {
                    clean.push_str(&rest[..start]);
                    let end = rest.find('⟩').expect("a closed marker");
                    let name = rest[start + '⟨'.len_utf8()..end].to_string();
                    let character = clean.encode_utf16().count() as u32;
                    markers.insert(name, (file, line_number as u32, character));
                    rest = &rest[end + '⟩'.len_utf8()..];
                }
                clean.push_str(rest);
                text.push_str(&clean);
            }
            texts.insert(file, text);
        }
        let mut files: Vec<(&str, &str)> = texts
            .iter()
            .map(|(name, text)| (*name, text.as_str()))
            .collect();
        files.push(("f.trio.json", MANIFEST));
        let root = workspace(&format!("features-{name}"), &files);
        Fixture {
            root,
            texts,
            markers,
        }
    }

    fn path(&self, file: &str) -> PathBuf {
        self.root.join(file)
    }

    /// `textDocument` and `position` of a marker.
    fn at(&self, marker: &str) -> Value {
        let (file, line, character) = self.markers[marker];
        json!({
            "textDocument": {"uri": file_uri(&self.path(file))},
            "position": {"line": line, "character": character},
        })
    }

    fn document(&self, file: &str) -> Value {
        json!({"textDocument": {"uri": file_uri(&self.path(file))}})
    }

    /// An answer with the workspace folder taken out of its URIs.
    fn portable(&self, answer: &Value) -> Value {
        let text = answer
            .to_string()
            .replace(&format!("file://{}/", self.root.display()), "");
        serde_json::from_str(&text).unwrap()
    }

    /// A server with the fixture's files open, and its capabilities.
    async fn started(&self) -> (TestClient, Value) {
        let mut client = TestClient::start();
        let init = client.initialize(&self.root, &["utf-16"]).await;
        for file in FILES {
            client.open_text(&self.path(file), &self.texts[file]).await;
        }
        client
            .diagnostics(&self.path("f.substance"), |d| !d.is_empty())
            .await;
        (client, init["capabilities"].clone())
    }
}

fn with_position(mut params: Value, extra: Value) -> Value {
    for (key, value) in extra.as_object().unwrap() {
        params[key] = value.clone();
    }
    params
}

async fn ask(client: &mut TestClient, fixture: &Fixture, method: &str, params: Value) -> Value {
    let answer = client.request(method, params).await;
    fixture.portable(&answer)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hover() {
    let fixture = Fixture::load("features.trio");
    let (mut client, _) = fixture.started().await;
    let mut answers = BTreeMap::new();
    for marker in [
        "type_decl",
        "subset_decl",
        "a_use",
        "set_type",
        "x_decl",
        "circle",
        "prop_r",
        "color",
        "contains",
    ] {
        let answer = ask(
            &mut client,
            &fixture,
            "textDocument/hover",
            fixture.at(marker),
        )
        .await;
        answers.insert(marker, answer["contents"]["value"].clone());
    }
    insta::assert_yaml_snapshot!(answers);
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn navigation() {
    let fixture = Fixture::load("features.trio");
    let (mut client, _) = fixture.started().await;
    let mut answers = BTreeMap::new();
    for marker in ["a_use", "set_type", "subset_use", "icon_use"] {
        let answer = ask(
            &mut client,
            &fixture,
            "textDocument/definition",
            fixture.at(marker),
        )
        .await;
        answers.insert(format!("definition {marker}"), answer);
    }
    let references = with_position(
        fixture.at("a_decl"),
        json!({"context": {"includeDeclaration": true}}),
    );
    answers.insert(
        "references a_decl".to_string(),
        ask(&mut client, &fixture, "textDocument/references", references).await,
    );
    answers.insert(
        "highlight a_use".to_string(),
        ask(
            &mut client,
            &fixture,
            "textDocument/documentHighlight",
            fixture.at("a_use"),
        )
        .await,
    );
    insta::assert_yaml_snapshot!(answers);
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn completion_and_signature_help() {
    let fixture = Fixture::load("features.trio");
    let (mut client, _) = fixture.started().await;
    let items = ask(
        &mut client,
        &fixture,
        "textDocument/completion",
        fixture.at("prop_complete"),
    )
    .await;
    let labels: Vec<Value> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|item| json!([item["label"], item["insertText"], item["kind"]]))
        .collect();
    let help = ask(
        &mut client,
        &fixture,
        "textDocument/signatureHelp",
        fixture.at("sig_second"),
    )
    .await;
    insta::assert_yaml_snapshot!(json!({"circle properties": labels, "signature help": help}));
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rename() {
    let fixture = Fixture::load("features.trio");
    let (mut client, _) = fixture.started().await;
    let prepared = ask(
        &mut client,
        &fixture,
        "textDocument/prepareRename",
        fixture.at("a_use"),
    )
    .await;
    let renamed = ask(
        &mut client,
        &fixture,
        "textDocument/rename",
        with_position(fixture.at("a_use"), json!({"newName": "Alpha"})),
    )
    .await;
    let clash = client
        .request_raw(
            "textDocument/rename",
            with_position(fixture.at("a_use"), json!({"newName": "B"})),
        )
        .await;
    let not_renamable = client
        .request_raw("textDocument/prepareRename", fixture.at("circle"))
        .await;
    insta::assert_yaml_snapshot!(json!({
        "prepared": prepared,
        "renamed": renamed,
        "clash": clash["error"]["message"],
        "not renamable": not_renamable["error"]["message"],
    }));
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn semantic_tokens() {
    let fixture = Fixture::load("features.trio");
    let (mut client, capabilities) = fixture.started().await;
    let legend: Vec<String> = capabilities["semanticTokensProvider"]["legend"]["tokenTypes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|kind| kind.as_str().unwrap().to_string())
        .collect();
    let mut answers = BTreeMap::new();
    for file in FILES {
        let tokens = ask(
            &mut client,
            &fixture,
            "textDocument/semanticTokens/full",
            fixture.document(file),
        )
        .await;
        answers.insert(file, decode(&tokens["data"], &fixture.texts[file], &legend));
    }
    let range = with_position(
        fixture.document("f.style"),
        json!({"range": {"start": {"line": 5, "character": 0}, "end": {"line": 6, "character": 0}}}),
    );
    let ranged = ask(
        &mut client,
        &fixture,
        "textDocument/semanticTokens/range",
        range,
    )
    .await;
    answers.insert(
        "f.style line 6",
        decode(&ranged["data"], &fixture.texts["f.style"], &legend),
    );
    insta::assert_yaml_snapshot!(answers);
    client.shutdown().await;
}

/// Decoded tokens: "line: text (type[, declaration])".
fn decode(data: &Value, text: &str, legend: &[String]) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let numbers: Vec<u64> = data
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_u64().unwrap())
        .collect();
    let (mut line, mut start) = (0, 0);
    numbers
        .chunks(5)
        .map(|token| {
            line += token[0];
            start = if token[0] == 0 {
                start + token[1]
            } else {
                token[1]
            };
            let content: Vec<u16> = lines[line as usize].encode_utf16().collect();
            let end = (start + token[2]) as usize;
            let slice = String::from_utf16_lossy(&content[start as usize..end.min(content.len())]);
            let declaration = if token[4] & 1 == 1 {
                ", declaration"
            } else {
                ""
            };
            format!(
                "{}: {slice} ({}{declaration})",
                line + 1,
                legend[token[3] as usize]
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outline() {
    let fixture = Fixture::load("features.trio");
    let (mut client, _) = fixture.started().await;
    let symbols = ask(
        &mut client,
        &fixture,
        "textDocument/documentSymbol",
        fixture.document("f.style"),
    )
    .await;
    let workspace = ask(
        &mut client,
        &fixture,
        "workspace/symbol",
        json!({"query": "sub"}),
    )
    .await;
    let folding = ask(
        &mut client,
        &fixture,
        "textDocument/foldingRange",
        fixture.document("f.style"),
    )
    .await;
    let selection = ask(
        &mut client,
        &fixture,
        "textDocument/selectionRange",
        with_position(
            fixture.document("f.style"),
            json!({"positions": [fixture.at("prop_r")["position"]]}),
        ),
    )
    .await;
    let lenses = ask(
        &mut client,
        &fixture,
        "textDocument/codeLens",
        fixture.document("f.style"),
    )
    .await;
    insta::assert_yaml_snapshot!(json!({
        "document symbols": symbols,
        "workspace symbols": workspace,
        "folding": folding,
        "selection": selection,
        "code lenses": lenses,
    }));
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn code_actions() {
    let fixture = Fixture::load("features.trio");
    let (mut client, _) = fixture.started().await;
    let at = fixture.at("undeclared");
    let position = at["position"].clone();
    let params = json!({
        "textDocument": at["textDocument"],
        "range": {"start": position, "end": position},
        "context": {"diagnostics": []},
    });
    let actions = ask(&mut client, &fixture, "textDocument/codeAction", params).await;
    let summary: Vec<Value> = actions
        .as_array()
        .unwrap()
        .iter()
        .map(|action| {
            json!({
                "title": action["title"],
                "kind": action["kind"],
                "preferred": action["isPreferred"],
                "fixes": action["diagnostics"][0]["code"],
                "edit": action["edit"],
            })
        })
        .collect();
    insta::assert_yaml_snapshot!(summary);
    client.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn formatting() {
    let fixture = Fixture::load("features.trio");
    let (mut client, _) = fixture.started().await;
    let messy = "forall   Set x{\nx.icon=Circle{r:30}\n}\n";
    let style = fixture.path("f.style");
    client
        .notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": file_uri(&style), "version": 2},
                "contentChanges": [{"text": format!("{}{messy}", fixture.texts["f.style"])}],
            }),
        )
        .await;
    let edits = ask(
        &mut client,
        &fixture,
        "textDocument/formatting",
        with_position(
            fixture.document("f.style"),
            json!({"options": {"tabSize": 2, "insertSpaces": true}}),
        ),
    )
    .await;
    insta::assert_yaml_snapshot!(edits);
    client.shutdown().await;
}
