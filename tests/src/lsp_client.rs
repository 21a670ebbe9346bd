//! An in-process client for the language server's protocol tests and
//! benchmarks: the server runs on one end of a duplex stream, and this
//! client frames JSON-RPC messages on the other, answers the server's own
//! requests, and collects its notifications.

use serde_json::{Value, json};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, DuplexStream, WriteHalf};
use tokio::sync::{Mutex, mpsc, oneshot};

/// How long a test waits for an answer before it gives up: a failsafe
/// against a hung server, not a timing assertion.
const FAILSAFE: std::time::Duration = std::time::Duration::from_secs(120);

pub struct TestClient {
    writer: Arc<Mutex<WriteHalf<DuplexStream>>>,
    next_id: AtomicI64,
    pending: Arc<Mutex<HashMap<i64, oneshot::Sender<Value>>>>,
    notifications: mpsc::UnboundedReceiver<Value>,
    /// Notifications read while waiting for another one.
    held: Vec<Value>,
}

impl TestClient {
    /// Starts a server and a client connected to it.
    pub fn start() -> TestClient {
        TestClient::connect(false)
    }

    /// Starts a server with the debug hooks (`kite/debug/panic`).
    pub fn start_with_debug_hooks() -> TestClient {
        TestClient::connect(true)
    }

    fn connect(debug_hooks: bool) -> TestClient {
        let (client_end, server_end) = tokio::io::duplex(1 << 20);
        let (server_read, server_write) = tokio::io::split(server_end);
        if debug_hooks {
            tokio::spawn(kite_lsp::serve_with_debug_hooks(server_read, server_write));
        } else {
            tokio::spawn(kite_lsp::serve(server_read, server_write));
        }
        let (read, write) = tokio::io::split(client_end);
        let writer = Arc::new(Mutex::new(write));
        let pending: Arc<Mutex<HashMap<i64, oneshot::Sender<Value>>>> = Arc::default();
        let (notify, notifications) = mpsc::unbounded_channel();
        tokio::spawn(read_messages(
            BufReader::new(read),
            writer.clone(),
            pending.clone(),
            notify,
        ));
        TestClient {
            writer,
            next_id: AtomicI64::new(1),
            pending,
            notifications,
            held: Vec::new(),
        }
    }

    /// Initializes the server with `root` as the workspace folder and
    /// the client's position encodings.
    pub async fn initialize(&mut self, root: &Path, encodings: &[&str]) -> Value {
        self.initialize_with(root, encodings, Value::Null).await
    }

    /// [`TestClient::initialize`] with `initializationOptions`.
    pub async fn initialize_with(
        &mut self,
        root: &Path,
        encodings: &[&str],
        options: Value,
    ) -> Value {
        let uri = file_uri(root);
        let result = self
            .request(
                "initialize",
                json!({
                    "processId": null,
                    "rootUri": uri,
                    "workspaceFolders": [{"uri": uri, "name": "test"}],
                    "initializationOptions": options,
                    "capabilities": {
                        "general": {"positionEncodings": encodings},
                        "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}},
                    },
                }),
            )
            .await;
        self.notify("initialized", json!({})).await;
        result
    }

    pub async fn request(&mut self, method: &str, params: Value) -> Value {
        let answer = self.request_raw(method, params).await;
        assert!(answer.get("error").is_none(), "{method} failed: {answer}");
        answer["result"].clone()
    }

    /// The whole response, error included.
    pub async fn request_raw(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id.fetch_add(1, Ordering::SeqCst);
        let (reply, answer) = oneshot::channel();
        self.pending.lock().await.insert(id, reply);
        send(
            &self.writer,
            &json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}),
        )
        .await;
        tokio::time::timeout(FAILSAFE, answer)
            .await
            .unwrap_or_else(|_| panic!("no answer to {method}"))
            .expect("the server answers")
    }

    pub async fn notify(&self, method: &str, params: Value) {
        send(
            &self.writer,
            &json!({"jsonrpc": "2.0", "method": method, "params": params}),
        )
        .await;
    }

    /// Opens a file with its text on disk.
    pub async fn open(&self, path: &Path) {
        let text = std::fs::read_to_string(path).unwrap();
        self.open_text(path, &text).await;
    }

    pub async fn open_text(&self, path: &Path, text: &str) {
        let language = path.extension().unwrap().to_str().unwrap();
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {
                "uri": file_uri(path), "languageId": language, "version": 1, "text": text,
            }}),
        )
        .await;
    }

    /// Replaces the range `(line, character)..(line, character)` of a
    /// document.
    pub async fn edit(
        &self,
        path: &Path,
        version: i32,
        start: (u32, u32),
        end: (u32, u32),
        text: &str,
    ) {
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": file_uri(path), "version": version},
                "contentChanges": [{
                    "range": {
                        "start": {"line": start.0, "character": start.1},
                        "end": {"line": end.0, "character": end.1},
                    },
                    "text": text,
                }],
            }),
        )
        .await;
    }

    /// The next notification with `method` whose params satisfy `wanted`;
    /// the others are kept for later calls.
    pub async fn notification(&mut self, method: &str, wanted: impl Fn(&Value) -> bool) -> Value {
        if let Some(at) = self
            .held
            .iter()
            .position(|message| message["method"] == method && wanted(&message["params"]))
        {
            return self.held.remove(at)["params"].clone();
        }
        loop {
            let message = tokio::time::timeout(FAILSAFE, self.notifications.recv())
                .await
                .unwrap_or_else(|_| panic!("no {method} notification"))
                .expect("the server is running");
            if message["method"] == method && wanted(&message["params"]) {
                return message["params"].clone();
            }
            self.held.push(message);
        }
    }

    /// The next diagnostics published for `path` that satisfy `wanted`.
    pub async fn diagnostics(
        &mut self,
        path: &Path,
        wanted: impl Fn(&[Value]) -> bool,
    ) -> Vec<Value> {
        let uri = file_uri(path);
        let params = self
            .notification("textDocument/publishDiagnostics", |params| {
                params["uri"] == uri.as_str()
                    && wanted(params["diagnostics"].as_array().map_or(&[], Vec::as_slice))
            })
            .await;
        params["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    pub async fn shutdown(mut self) {
        self.request("shutdown", Value::Null).await;
        self.notify("exit", Value::Null).await;
    }
}

pub fn file_uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

async fn send(writer: &Mutex<WriteHalf<DuplexStream>>, message: &Value) {
    let body = serde_json::to_string(message).unwrap();
    let mut writer = writer.lock().await;
    let frame = format!("Content-Length: {}\r\n\r\n{body}", body.len());
    writer.write_all(frame.as_bytes()).await.unwrap();
    writer.flush().await.unwrap();
}

/// Reads the server's messages: responses complete their requests; the
/// server's requests are answered as a cooperative editor would (an edit
/// applied, a document shown, else `null`) and queued with the
/// notifications.
async fn read_messages(
    mut reader: BufReader<tokio::io::ReadHalf<DuplexStream>>,
    writer: Arc<Mutex<WriteHalf<DuplexStream>>>,
    pending: Arc<Mutex<HashMap<i64, oneshot::Sender<Value>>>>,
    notifications: mpsc::UnboundedSender<Value>,
) {
    loop {
        let mut length = 0;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).await.unwrap_or(0) == 0 {
                return;
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(value) = line.strip_prefix("Content-Length: ") {
                length = value.parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).await.is_err() {
            return;
        }
        let message: Value = serde_json::from_slice(&body).unwrap();
        match (message.get("id"), message.get("method")) {
            (Some(id), None) => {
                if let Some(reply) = pending.lock().await.remove(&id.as_i64().unwrap()) {
                    let _ = reply.send(message);
                }
            }
            (Some(id), Some(method)) => {
                let result = match method.as_str() {
                    Some("workspace/applyEdit") => json!({"applied": true}),
                    Some("window/showDocument") => json!({"success": true}),
                    _ => Value::Null,
                };
                send(
                    &writer,
                    &json!({"jsonrpc": "2.0", "id": id, "result": result}),
                )
                .await;
                // Tests wait for the server's requests as for notifications.
                let _ = notifications.send(message);
            }
            _ => {
                let _ = notifications.send(message);
            }
        }
    }
}

/// A folder of files for one test, made fresh. Each call gets its own
/// folder, so tests that run at once never rewrite each other's files.
pub fn workspace(name: &str, files: &[(&str, &str)]) -> PathBuf {
    static CALLS: AtomicI64 = AtomicI64::new(0);
    let call = CALLS.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("kite-lsp-{name}-{}-{call}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir.canonicalize().unwrap()
}
