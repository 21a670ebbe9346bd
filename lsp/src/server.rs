//! The protocol handlers: each parses its request, asks the editor thread
//! for a snapshot (or sends it a change), and answers from `kite-ide` on
//! the blocking pool.

use crate::analysis::run_catching;
use crate::capabilities::server_capabilities;
use crate::diagnostics::{file_diagnostics, to_protocol};
use crate::editor::{Editor, Listeners, Message};
use crate::features::{code_actions, completion, formatting, navigation, outline, semantic_tokens};
use crate::positions::Encoding;
use crate::preview::{self, Previews};
use crate::publish::Publisher;
use crate::workspace::{Snapshot, Target};
use kite_db::Limits;
use std::path::PathBuf;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

pub struct Server {
    pub(crate) client: Client,
    pub(crate) editor: Editor,
    publisher: Publisher,
    pub(crate) previews: Previews,
    /// The address of each trio's preview page, once started.
    pub(crate) page_servers: tokio::sync::Mutex<std::collections::BTreeMap<String, String>>,
}

impl Server {
    pub fn new(client: Client) -> Server {
        let runtime = tokio::runtime::Handle::current();
        let publisher = Publisher::new(client.clone(), runtime.clone());
        let previews = Previews::new(Some(client.clone()), runtime);
        let editor = Editor::start(Listeners {
            publisher: Some(publisher.clone()),
            previews: previews.clone(),
        });
        previews.attach(editor.clone());
        Server {
            editor,
            client,
            publisher,
            previews,
            page_servers: tokio::sync::Mutex::default(),
        }
    }

    /// Runs `work` on a snapshot taken after every change so far, for the
    /// open document `uri` (`None` when it is not open).
    async fn on_document<T: Send + 'static>(
        &self,
        what: &'static str,
        uri: &Uri,
        work: impl FnOnce(&Snapshot, &Target) -> Option<T> + Send + 'static,
    ) -> Result<Option<T>> {
        let Some(snapshot) = self.editor.snapshot().await else {
            return Ok(None);
        };
        let Some(target) = snapshot.target(uri).cloned() else {
            return Ok(None);
        };
        run_catching(what, move || work(&snapshot, &target)).await
    }
}

impl Server {
    /// The debug hook of [`crate::serve_with_debug_hooks`]: analysis that
    /// panics.
    pub async fn debug_panic(&self) -> Result<()> {
        run_catching("the debug hook", || {
            panic!("the debug hook panics on purpose")
        })
        .await
    }

    /// The debug hook of [`crate::serve_with_debug_hooks`] that makes
    /// elaboration panic from now on, to see the failure reported as an
    /// internal-error diagnostic.
    pub async fn debug_panic_in_elaboration(&self) -> Result<()> {
        self.editor.send(Message::PanicInElaboration);
        Ok(())
    }
}

/// The preview settings of the client's initialization options
/// (`preview.debounceMs`, `preview.progressAfterMs`), over the defaults.
fn preview_settings(options: Option<&serde_json::Value>) -> preview::Settings {
    let mut settings = preview::Settings::default();
    let preview = options.and_then(|options| options.get("preview"));
    let milliseconds = |name: &str| {
        let value = preview?.get(name)?.as_u64()?;
        Some(std::time::Duration::from_millis(value.min(10_000)))
    };
    if let Some(debounce) = milliseconds("debounceMs") {
        settings.debounce = debounce;
    }
    if let Some(after) = milliseconds("progressAfterMs") {
        settings.progress_after = after;
    }
    if let Some(budget) = milliseconds("layoutBudgetMs") {
        settings.layout_budget = budget;
    }
    settings
}

/// The limits from `initializationOptions.limits` (`{"shapes": 500000}`),
/// with the defaults for those it does not name; an error for a name kite
/// does not know or a value that is not a whole number.
fn limits_setting(options: Option<&serde_json::Value>) -> std::result::Result<Limits, String> {
    match options.and_then(|options| options.get("limits")) {
        Some(limits) => serde_json::from_value(limits.clone()).map_err(|error| error.to_string()),
        None => Ok(Limits::default()),
    }
}

/// The workspace folders a client names (or its root).
fn workspace_roots(params: &InitializeParams) -> Vec<PathBuf> {
    let folders = params.workspace_folders.iter().flatten().map(|f| &f.uri);
    #[allow(deprecated)] // older clients send only `rootUri`
    let root = params.root_uri.iter();
    folders
        .chain(root)
        .filter_map(|uri| Some(uri.to_file_path()?.into_owned()))
        .collect()
}

impl LanguageServer for Server {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let offered = params
            .capabilities
            .general
            .as_ref()
            .and_then(|general| general.position_encodings.as_deref());
        let encoding = Encoding::negotiate(offered);
        let pulls = params
            .capabilities
            .text_document
            .as_ref()
            .is_some_and(|document| document.diagnostic.is_some());
        self.publisher.set_pulls(pulls);
        self.previews
            .configure(preview_settings(params.initialization_options.as_ref()));
        let limits = match limits_setting(params.initialization_options.as_ref()) {
            Ok(limits) => limits,
            Err(error) => {
                let message = format!("kite: the `limits` setting is ignored: {error}");
                self.client
                    .show_message(MessageType::WARNING, message)
                    .await;
                Limits::default()
            }
        };
        self.editor.send(Message::Configure {
            roots: workspace_roots(&params),
            encoding,
            limits,
        });
        Ok(InitializeResult {
            capabilities: server_capabilities(encoding, pulls),
            server_info: Some(ServerInfo {
                name: "kite".to_string(),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let watchers = [
            "**/*.trio.json",
            "**/*.domain",
            "**/*.substance",
            "**/*.style",
        ]
        .into_iter()
        .map(|glob| FileSystemWatcher {
            glob_pattern: GlobPattern::String(glob.to_string()),
            kind: None,
        })
        .collect();
        let registration = Registration {
            id: "kite-watched-files".to_string(),
            method: "workspace/didChangeWatchedFiles".to_string(),
            register_options: serde_json::to_value(DidChangeWatchedFilesRegistrationOptions {
                watchers,
            })
            .ok(),
        };
        // Clients without dynamic registration refuse; files then change
        // only through open documents.
        let _ = self.client.register_capability(vec![registration]).await;
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let document = params.text_document;
        self.editor.send(Message::Open {
            uri: document.uri,
            version: document.version,
            text: document.text,
        });
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        self.editor.send(Message::Change {
            uri: params.text_document.uri,
            version: params.text_document.version,
            changes: params.content_changes,
        });
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        self.editor.send(Message::Close {
            uri: params.text_document.uri,
        });
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        self.editor.send(Message::FilesChanged(params.changes));
    }

    async fn diagnostic(
        &self,
        params: DocumentDiagnosticParams,
    ) -> Result<DocumentDiagnosticReportResult> {
        let items = self
            .on_document(
                "diagnostics",
                &params.text_document.uri,
                |snapshot, target| {
                    let diagnostics = file_diagnostics(snapshot, target.file);
                    Some(to_protocol(snapshot, target.file, &diagnostics))
                },
            )
            .await?
            .unwrap_or_default();
        Ok(DocumentDiagnosticReportResult::Report(
            DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
                related_documents: None,
                full_document_diagnostic_report: FullDocumentDiagnosticReport {
                    result_id: None,
                    items,
                },
            }),
        ))
    }
    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let at = params.text_document_position_params;
        let position = at.position;
        self.on_document("hover", &at.text_document.uri, move |snapshot, target| {
            navigation::hover(snapshot, target, position)
        })
        .await
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let at = params.text_document_position;
        let position = at.position;
        self.on_document(
            "completion",
            &at.text_document.uri,
            move |snapshot, target| completion::completion(snapshot, target, position),
        )
        .await
    }

    async fn signature_help(&self, params: SignatureHelpParams) -> Result<Option<SignatureHelp>> {
        let at = params.text_document_position_params;
        let position = at.position;
        self.on_document(
            "signature help",
            &at.text_document.uri,
            move |snapshot, target| completion::signature_help(snapshot, target, position),
        )
        .await
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let at = params.text_document_position_params;
        let position = at.position;
        self.on_document(
            "definition",
            &at.text_document.uri,
            move |snapshot, target| navigation::definition(snapshot, target, position),
        )
        .await
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let at = params.text_document_position;
        let (position, include) = (at.position, params.context.include_declaration);
        self.on_document(
            "references",
            &at.text_document.uri,
            move |snapshot, target| navigation::references(snapshot, target, position, include),
        )
        .await
    }

    async fn document_highlight(
        &self,
        params: DocumentHighlightParams,
    ) -> Result<Option<Vec<DocumentHighlight>>> {
        let at = params.text_document_position_params;
        let position = at.position;
        self.on_document(
            "highlight",
            &at.text_document.uri,
            move |snapshot, target| navigation::highlights(snapshot, target, position),
        )
        .await
    }

    async fn prepare_rename(
        &self,
        params: TextDocumentPositionParams,
    ) -> Result<Option<PrepareRenameResponse>> {
        let position = params.position;
        let answer = self
            .on_document(
                "rename",
                &params.text_document.uri,
                move |snapshot, target| {
                    Some(navigation::prepare_rename(snapshot, target, position))
                },
            )
            .await?;
        answer.transpose().map_err(Error::invalid_params)
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        let at = params.text_document_position;
        let (position, name) = (at.position, params.new_name);
        let answer = self
            .on_document("rename", &at.text_document.uri, move |snapshot, target| {
                Some(navigation::rename(snapshot, target, position, &name))
            })
            .await?;
        answer.transpose().map_err(Error::invalid_params)
    }

    async fn semantic_tokens_full(
        &self,
        params: SemanticTokensParams,
    ) -> Result<Option<SemanticTokensResult>> {
        self.on_document(
            "semantic tokens",
            &params.text_document.uri,
            |snapshot, target| {
                Some(SemanticTokensResult::Tokens(semantic_tokens::tokens(
                    snapshot, target, None,
                )))
            },
        )
        .await
    }

    async fn semantic_tokens_range(
        &self,
        params: SemanticTokensRangeParams,
    ) -> Result<Option<SemanticTokensRangeResult>> {
        let range = params.range;
        self.on_document(
            "semantic tokens",
            &params.text_document.uri,
            move |snapshot, target| {
                Some(SemanticTokensRangeResult::Tokens(semantic_tokens::tokens(
                    snapshot,
                    target,
                    Some(range),
                )))
            },
        )
        .await
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        self.on_document("symbols", &params.text_document.uri, |snapshot, target| {
            Some(DocumentSymbolResponse::Nested(outline::document_symbols(
                snapshot, target,
            )))
        })
        .await
    }

    async fn symbol(
        &self,
        params: WorkspaceSymbolParams,
    ) -> Result<Option<WorkspaceSymbolResponse>> {
        let Some(snapshot) = self.editor.snapshot().await else {
            return Ok(None);
        };
        let query = params.query;
        run_catching("workspace symbols", move || {
            Some(WorkspaceSymbolResponse::Nested(outline::workspace_symbols(
                &snapshot, &query,
            )))
        })
        .await
    }

    async fn folding_range(&self, params: FoldingRangeParams) -> Result<Option<Vec<FoldingRange>>> {
        self.on_document("folding", &params.text_document.uri, |snapshot, target| {
            Some(outline::folding_ranges(snapshot, target))
        })
        .await
    }

    async fn selection_range(
        &self,
        params: SelectionRangeParams,
    ) -> Result<Option<Vec<SelectionRange>>> {
        let positions = params.positions;
        self.on_document(
            "selection",
            &params.text_document.uri,
            move |snapshot, target| Some(outline::selection_ranges(snapshot, target, &positions)),
        )
        .await
    }

    async fn code_lens(&self, params: CodeLensParams) -> Result<Option<Vec<CodeLens>>> {
        self.on_document(
            "code lens",
            &params.text_document.uri,
            |snapshot, target| Some(outline::code_lenses(snapshot, target)),
        )
        .await
    }

    async fn formatting(&self, params: DocumentFormattingParams) -> Result<Option<Vec<TextEdit>>> {
        self.on_document(
            "formatting",
            &params.text_document.uri,
            |snapshot, target| Some(formatting::format(snapshot, target, None)),
        )
        .await
    }

    async fn range_formatting(
        &self,
        params: DocumentRangeFormattingParams,
    ) -> Result<Option<Vec<TextEdit>>> {
        let selection = params.range;
        self.on_document(
            "formatting",
            &params.text_document.uri,
            move |snapshot, target| Some(formatting::format(snapshot, target, Some(selection))),
        )
        .await
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let selection = params.range;
        self.on_document(
            "code actions",
            &params.text_document.uri,
            move |snapshot, target| Some(code_actions::code_actions(snapshot, target, selection)),
        )
        .await
    }
}
