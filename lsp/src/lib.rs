//! The kite language server: the compiler's diagnostics and editor
//! features over the Language Server Protocol, for any LSP editor.
//!
//! The server is a shell like the command line: it reads files, keeps the
//! open documents, and converts between the protocol and kite's plain
//! data. Everything it answers comes from the same salsa database and the
//! `kite-ide` functions. One editor thread owns the database and applies
//! changes in order ([`editor`]); requests and diagnostics runs work on
//! snapshots on the blocking pool, where a newer edit cancels them.
//! Protocol types stay inside this crate.

mod analysis;
mod capabilities;
mod diagnostics;
mod documents;
mod editor;
mod features;
mod files;
mod kite_methods;
mod manifest_edit;
mod positions;
pub mod preview;
mod publish;
mod server;
mod trios;
mod workspace;

pub use server::Server;

use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::{LspService, LspServiceBuilder};

/// Serves one client over `input` and `output` until it exits.
pub async fn serve(input: impl AsyncRead + Unpin, output: impl AsyncWrite) {
    let (service, socket) = with_kite_methods(LspService::build(Server::new)).finish();
    tower_lsp_server::Server::new(input, output, socket)
        .serve(service)
        .await;
}

/// [`serve`], with a request the tests use to make analysis panic on
/// purpose (`kite/debug/panic`), to check that the server survives it.
/// The command line never enables it.
#[doc(hidden)]
pub async fn serve_with_debug_hooks(input: impl AsyncRead + Unpin, output: impl AsyncWrite) {
    let (service, socket) = with_kite_methods(LspService::build(Server::new))
        .custom_method("kite/debug/panic", Server::debug_panic)
        .custom_method(
            "kite/debug/panicInElaboration",
            Server::debug_panic_in_elaboration,
        )
        .finish();
    tower_lsp_server::Server::new(input, output, socket)
        .serve(service)
        .await;
}

/// The `kite/` requests of PROTOCOL.md.
fn with_kite_methods(builder: LspServiceBuilder<Server>) -> LspServiceBuilder<Server> {
    builder
        .custom_method("kite/preview/open", Server::preview_open)
        .custom_method("kite/preview/close", Server::preview_close)
        .custom_method("kite/preview/newVariation", Server::preview_new_variation)
        .custom_method("kite/preview/pin", Server::preview_pin)
        .custom_method("kite/preview/reveal", Server::preview_reveal)
        .custom_method("kite/preview/shapesAt", Server::preview_shapes_at)
        .custom_method("kite/preview/page", Server::preview_page)
        .custom_method("kite/preview/startServer", Server::preview_start_server)
        .custom_method("kite/render", Server::render)
        .custom_method("kite/report", Server::report)
        .custom_method("kite/explain", Server::explain)
}

/// Serves the preview of the trio `path` names on 127.0.0.1:`port` (0
/// for any free port) until Ctrl-C (`kite preview`); `ready` gets the
/// page's address. The trio is compiled under `limits`.
pub fn serve_preview(
    path: &std::path::Path,
    port: u16,
    limits: kite_db::Limits,
    ready: impl FnOnce(&str),
) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
        let interrupted = async {
            let _ = tokio::signal::ctrl_c().await;
        };
        preview::standalone::serve_trio(path, listener, limits, ready, interrupted).await
    })
}

/// Serves a client over standard input and output (`kite lsp`).
pub fn serve_stdio() -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(serve(tokio::io::stdin(), tokio::io::stdout()));
    Ok(())
}
