//! Pushing diagnostics: each run computes every published file's
//! diagnostics on a snapshot, off the protocol tasks, and sends them
//! unless a newer run has started. Files no longer published get an empty
//! list. Clients that pull diagnostics are asked to pull again instead.

use crate::analysis::run_catching;
use crate::diagnostics::{file_diagnostics, to_protocol};
use crate::workspace::Snapshot;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio::runtime::Handle;
use tower_lsp_server::Client;
use tower_lsp_server::ls_types::{self as lsp, Uri};

#[derive(Clone)]
pub struct Publisher {
    inner: Arc<Inner>,
}

struct Inner {
    client: Client,
    runtime: Handle,
    /// The newest run; an older run that finishes late publishes nothing.
    generation: AtomicU64,
    /// Whether the client pulls diagnostics (`textDocument/diagnostic`).
    pulls: AtomicBool,
    /// What was last published, by URI.
    published: Mutex<BTreeMap<String, Uri>>,
}

impl Publisher {
    pub fn new(client: Client, runtime: Handle) -> Publisher {
        Publisher {
            inner: Arc::new(Inner {
                client,
                runtime,
                generation: AtomicU64::new(0),
                pulls: AtomicBool::new(false),
                published: Mutex::new(BTreeMap::new()),
            }),
        }
    }

    pub fn set_pulls(&self, pulls: bool) {
        self.inner.pulls.store(pulls, Ordering::Relaxed);
    }

    /// Starts a diagnostics run over `snapshot`.
    pub fn publish(&self, snapshot: Snapshot) {
        let inner = self.inner.clone();
        let generation = inner.generation.fetch_add(1, Ordering::SeqCst) + 1;
        if inner.pulls.load(Ordering::Relaxed) {
            let client = inner.client.clone();
            inner.runtime.spawn(async move {
                let _ = client.workspace_diagnostic_refresh().await;
            });
            return;
        }
        self.inner.runtime.spawn(async move {
            let computed = run_catching("diagnostics", move || compute(&snapshot)).await;
            let Ok(files) = computed else { return };
            if inner.generation.load(Ordering::SeqCst) != generation {
                return;
            }
            let stale = {
                let mut published = inner.published.lock().unwrap_or_else(|e| e.into_inner());
                let mut now = BTreeMap::new();
                for (uri, _) in &files {
                    now.insert(uri.as_str().to_string(), uri.clone());
                }
                let stale: Vec<Uri> = published
                    .iter()
                    .filter(|(key, _)| !now.contains_key(*key))
                    .map(|(_, uri)| uri.clone())
                    .collect();
                *published = now;
                stale
            };
            for (uri, diagnostics) in files {
                inner
                    .client
                    .publish_diagnostics(uri, diagnostics, None)
                    .await;
            }
            for uri in stale {
                inner
                    .client
                    .publish_diagnostics(uri, Vec::new(), None)
                    .await;
            }
        });
    }
}

/// Every published file's diagnostics.
fn compute(snapshot: &Snapshot) -> Vec<(Uri, Vec<lsp::Diagnostic>)> {
    snapshot
        .published_files()
        .into_iter()
        .filter_map(|file| {
            let uri = snapshot.uri_of(file)?;
            let diagnostics = file_diagnostics(snapshot, file);
            Some((uri, to_protocol(snapshot, file, &diagnostics)))
        })
        .collect()
}
