//! kite's own requests (PROTOCOL.md): the preview's, exports, the
//! constraint report and explanations. Each parses its parameters, works
//! on a snapshot off the protocol tasks, and answers plain JSON.

use crate::analysis::run_catching;
use crate::positions::LineTable;
use crate::preview::http::serve;
use crate::preview::{PageActions, page_html, show_location};
use crate::server::Server;
use crate::workspace::Snapshot;
use base64::Engine;
use kite_diagnostics::Code;
use kite_pipeline::{Drawing, Layout, Options, compile};
use kite_world::TrioImages;
use serde::Deserialize;
use serde_json::{Value, json};
use std::sync::Arc;
use std::time::Duration;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::{Position, TextDocumentIdentifier, Uri};

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentParams {
    text_document: TextDocumentIdentifier,
}

#[derive(Deserialize)]
pub struct TrioParams {
    trio: String,
}

#[derive(Deserialize)]
pub struct PinParams {
    trio: String,
    pinned: bool,
}

#[derive(Deserialize)]
pub struct RevealParams {
    trio: String,
    shape: usize,
    target: RevealTarget,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub enum RevealTarget {
    Style,
    Substance,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PositionParams {
    text_document: TextDocumentIdentifier,
    position: Position,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RenderParams {
    text_document: TextDocumentIdentifier,
    format: Format,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Svg,
    Png,
    Pdf,
}

#[derive(Deserialize)]
pub struct ExplainParams {
    code: String,
}

/// Pixels per canvas unit of a PNG export.
const PNG_SCALE: f32 = 2.0;

fn invalid(message: impl Into<String>) -> Error {
    Error::invalid_params(message.into())
}

impl Server {
    /// The key of the first trio the open document `uri` is in.
    fn trio_of(snapshot: &Snapshot, uri: &Uri) -> Result<String> {
        if snapshot.target(uri).is_none() {
            return Err(invalid("the document is not open"));
        }
        snapshot
            .trio_key_of(uri)
            .map(str::to_string)
            .ok_or_else(|| invalid("the document is in no trio: no manifest names it and its folder has no complete trio"))
    }

    async fn current_snapshot(&self) -> Result<Snapshot> {
        self.editor
            .snapshot()
            .await
            .ok_or_else(Error::internal_error)
    }

    pub async fn preview_open(&self, params: DocumentParams) -> Result<Value> {
        let snapshot = self.current_snapshot().await?;
        let key = Self::trio_of(&snapshot, &params.text_document.uri)?;
        self.previews.open(&key);
        Ok(json!({ "trio": key }))
    }

    pub async fn preview_close(&self, params: TrioParams) -> Result<Value> {
        self.previews.close(&params.trio);
        Ok(Value::Null)
    }

    pub async fn preview_new_variation(&self, params: TrioParams) -> Result<Value> {
        let variation = self.previews.new_variation(&params.trio);
        Ok(json!({ "variation": variation }))
    }

    /// Pins the variation in use in the trio's manifest, or unpins it.
    pub async fn preview_pin(&self, params: PinParams) -> Result<Value> {
        self.previews
            .pin(&params.trio, params.pinned)
            .await
            .map_err(invalid)
    }

    /// Asks the editor to show where a shape of the preview comes from.
    pub async fn preview_reveal(&self, params: RevealParams) -> Result<Value> {
        let location = self
            .previews
            .source_of(
                &params.trio,
                params.shape,
                matches!(params.target, RevealTarget::Substance),
            )
            .ok_or_else(|| invalid("the preview has no such shape"))?;
        show_location(&self.client, &location).await;
        Ok(json!({ "location": location }))
    }

    pub async fn preview_shapes_at(&self, params: PositionParams) -> Result<Value> {
        let snapshot = self.current_snapshot().await?;
        let key = Self::trio_of(&snapshot, &params.text_document.uri)?;
        let target = snapshot
            .target(&params.text_document.uri)
            .cloned()
            .ok_or_else(|| invalid("the document is not open"))?;
        let previews = self.previews.clone();
        let answer = run_catching("shapes at the cursor", move || {
            let text = target.file.text(&snapshot.db);
            let offset = LineTable::new(text, snapshot.encoding).offset(params.position);
            let shapes = previews.shapes_at(&snapshot, &key, target.file, offset);
            json!({ "trio": key, "shapes": shapes })
        })
        .await?;
        Ok(answer)
    }

    /// Serves the trio's preview as a page on 127.0.0.1 (one per trio,
    /// started on the first request), whose clicks show sources in this
    /// editor.
    pub async fn preview_start_server(&self, params: TrioParams) -> Result<Value> {
        self.previews.open(&params.trio);
        let mut servers = self.page_servers.lock().await;
        if let Some(url) = servers.get(&params.trio) {
            return Ok(json!({ "url": url }));
        }
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
            .await
            .map_err(|error| invalid(format!("cannot listen on 127.0.0.1: {error}")))?;
        let address = listener
            .local_addr()
            .map_err(|error| invalid(error.to_string()))?;
        let actions = PageActions {
            previews: self.previews.clone(),
            trio: params.trio.clone(),
            client: Some(self.client.clone()),
        };
        let events = self.previews.events();
        tokio::spawn(async move {
            let forever = std::future::pending::<()>();
            if let Err(error) =
                serve(listener, page_html(), events, Arc::new(actions), forever).await
            {
                eprintln!("kite lsp: the preview page server stopped: {error}");
            }
        });
        let url = format!("http://{address}/");
        servers.insert(params.trio, url.clone());
        Ok(json!({ "url": url }))
    }

    pub async fn preview_page(&self, _: Value) -> Result<Value> {
        Ok(json!({ "html": page_html() }))
    }

    /// The trio's drawing as SVG, PNG or PDF, base64-encoded.
    pub async fn render(&self, params: RenderParams) -> Result<Value> {
        let snapshot = self.current_snapshot().await?;
        let key = Self::trio_of(&snapshot, &params.text_document.uri)?;
        let format = params.format;
        run_catching("the export", move || {
            let drawing = drawing_of(&snapshot, &key)
                .ok_or_else(|| invalid("the trio has errors; fix them to export it"))?;
            let (bytes, mime_type) = match format {
                Format::Svg => (drawing.svg.into_bytes(), "image/svg+xml"),
                Format::Png => (
                    drawing
                        .png(PNG_SCALE)
                        .map_err(|error| invalid(error.to_string()))?,
                    "image/png",
                ),
                Format::Pdf => (
                    drawing.pdf().map_err(|error| invalid(error.to_string()))?,
                    "application/pdf",
                ),
            };
            let data = base64::engine::general_purpose::STANDARD.encode(bytes);
            Ok(json!({ "data": data, "mimeType": mime_type }))
        })
        .await?
    }

    /// The constraint report of the trio's layout, as `kite render
    /// --report` writes it.
    pub async fn report(&self, params: DocumentParams) -> Result<Value> {
        let snapshot = self.current_snapshot().await?;
        let key = Self::trio_of(&snapshot, &params.text_document.uri)?;
        run_catching("the report", move || {
            let drawing = drawing_of(&snapshot, &key)
                .ok_or_else(|| invalid("the trio has errors, so it has no layout to report"))?;
            serde_json::to_value(&drawing.report).map_err(|error| invalid(error.to_string()))
        })
        .await?
    }

    pub async fn explain(&self, params: ExplainParams) -> Result<Value> {
        let code: Code = params
            .code
            .parse()
            .map_err(|()| invalid(format!("no diagnostic code `{}`", params.code)))?;
        Ok(json!({ "markdown": code.explain() }))
    }
}

/// The longest the layout of an export or report runs: far longer than a
/// preview's, so that an export matches `kite render` for any program
/// that converges in reasonable time, but bounded, so a hostile program
/// cannot hold a worker of the server forever.
const EXPORT_BUDGET: Duration = Duration::from_secs(60);

/// The trio `key` laid out as `kite render` lays it out (within
/// [`EXPORT_BUDGET`]); `None` when it has errors.
fn drawing_of(snapshot: &Snapshot, key: &str) -> Option<Drawing> {
    let entry = snapshot.trios.get(key)?;
    let images = TrioImages::new(&entry.manifest);
    let layout = Layout::Optimize(Options {
        time_budget: Some(EXPORT_BUDGET),
        ..Options::default()
    });
    compile(&snapshot.db, entry.trio, &layout, &images).drawing
}
