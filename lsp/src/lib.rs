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
mod positions;
mod publish;
mod server;
mod trios;
mod workspace;

pub use server::Server;

use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::LspService;

/// Serves one client over `input` and `output` until it exits.
pub async fn serve(input: impl AsyncRead + Unpin, output: impl AsyncWrite) {
    let (service, socket) = LspService::new(Server::new);
    tower_lsp_server::Server::new(input, output, socket)
        .serve(service)
        .await;
}

/// [`serve`], with a request the tests use to make analysis panic on
/// purpose (`kite/debug/panic`), to check that the server survives it.
/// The command line never enables it.
#[doc(hidden)]
pub async fn serve_with_debug_hooks(input: impl AsyncRead + Unpin, output: impl AsyncWrite) {
    let (service, socket) = LspService::build(Server::new)
        .custom_method("kite/debug/panic", Server::debug_panic)
        .finish();
    tower_lsp_server::Server::new(input, output, socket)
        .serve(service)
        .await;
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
