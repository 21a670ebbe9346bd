//! The live preview: for each trio a client previews, a layout after
//! every edit (on the blocking pool, cancelled by the next edit,
//! warm-started from the previous layout), sent to the editor as
//! `kite/preview/update` and to browser pages as server-sent events.
//!
//! An edit after a quiet spell is laid out at once; an edit that follows
//! another within the debounce waits for the debounce, so a burst of
//! keystrokes gives one layout at its end.
//!
//! While a trio has errors its preview keeps the last good picture,
//! marked stale, with the errors. See PROTOCOL.md for the messages.

mod actions;
pub mod http;
pub mod http_api;
mod page;
mod pin;
mod shapes_at;
pub mod standalone;
mod update;

pub use actions::{PageActions, show_location};
pub use page::page_html;
pub use update::PreviewUpdate;

use crate::analysis::run_catching;
use crate::editor::{Editor, Message};
use crate::workspace::{Snapshot, SnapshotTrio};
use http_api::PageEvent;
use kite_db::SourceFile;
use kite_graph::Origin;
use kite_pipeline::{Interactive, Layout, Options, WarmStart, compile_interactive};
use kite_world::TrioImages;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};
use tokio::runtime::Handle;
use tokio::sync::broadcast;
use tower_lsp_server::Client;
use tower_lsp_server::ls_types::{Location, ProgressToken};
use update::{Picture, picture};

/// The preview's timings, which a client may set in its initialization
/// options (`preview.debounceMs`, `preview.progressAfterMs`,
/// `preview.layoutBudgetMs`).
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    /// How close edits must follow each other to be coalesced.
    pub debounce: Duration,
    /// A layout running longer than this reports work-done progress.
    pub progress_after: Duration,
    /// The longest a preview layout runs; the picture then shows where the
    /// solver stopped (`timeout`).
    pub layout_budget: Duration,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            debounce: Duration::from_millis(50),
            progress_after: Duration::from_millis(300),
            layout_budget: Duration::from_secs(2),
        }
    }
}

/// The `kite/preview/update` notification.
pub enum UpdateNotification {}

impl tower_lsp_server::ls_types::notification::Notification for UpdateNotification {
    type Params = PreviewUpdate;
    const METHOD: &'static str = "kite/preview/update";
}

/// The `kite/preview/highlight` notification.
pub enum HighlightNotification {}

impl tower_lsp_server::ls_types::notification::Notification for HighlightNotification {
    type Params = serde_json::Value;
    const METHOD: &'static str = "kite/preview/highlight";
}

/// The previews of one server: shared by the editor thread (which reports
/// every new snapshot), the protocol handlers and the web server.
#[derive(Clone)]
pub struct Previews {
    inner: Arc<Inner>,
}

struct Inner {
    /// The editor to notify; `None` for `kite preview` alone.
    client: Option<Client>,
    runtime: Handle,
    events: broadcast::Sender<PageEvent>,
    settings: Mutex<Settings>,
    /// Where layouts take their snapshots from, when they start: a
    /// snapshot kept longer would hold up the next edit (salsa waits for
    /// every snapshot to be dropped before it changes an input).
    editor: OnceLock<Editor>,
    trios: Mutex<BTreeMap<String, TrioPreview>>,
}

/// One previewed trio, by its key.
#[derive(Default)]
struct TrioPreview {
    /// The newest scheduled layout; an older one that finishes late is
    /// dropped.
    generation: u64,
    /// Set to stop the layout in progress.
    cancel: Arc<AtomicBool>,
    /// When the workspace last changed, to tell a burst of edits.
    last_change: Option<Instant>,
    revision: u64,
    warm_start: Option<WarmStart>,
    /// The origin of each shape of the last good picture.
    origins: Vec<Origin>,
    latest: Option<PreviewUpdate>,
}

/// What a layout on the blocking pool gives back.
struct Laid {
    picture: Picture,
    warm_start: Option<WarmStart>,
    origins: Vec<Origin>,
    variation: String,
    pinned: bool,
}

impl Previews {
    pub fn new(client: Option<Client>, runtime: Handle) -> Previews {
        Previews {
            inner: Arc::new(Inner {
                client,
                runtime,
                events: broadcast::channel(64).0,
                settings: Mutex::new(Settings::default()),
                editor: OnceLock::new(),
                trios: Mutex::new(BTreeMap::new()),
            }),
        }
    }

    /// Connects the previews to the editor thread they take snapshots
    /// from.
    pub fn attach(&self, editor: Editor) {
        let _ = self.inner.editor.set(editor);
    }

    pub fn configure(&self, settings: Settings) {
        *lock(&self.inner.settings) = settings;
    }

    /// The channel browser pages listen on.
    pub fn events(&self) -> broadcast::Sender<PageEvent> {
        self.inner.events.clone()
    }

    /// Stops every layout in progress: the editor thread is about to
    /// change the workspace, which waits for their snapshots.
    pub fn cancel_layouts(&self) {
        for preview in lock(&self.inner.trios).values() {
            preview.cancel.store(true, Ordering::SeqCst);
        }
    }

    /// The workspace changed (`snapshot` shows it): every previewed trio
    /// in it is laid out again, at once after a quiet spell, else after
    /// the debounce.
    pub fn snapshot_changed(&self, snapshot: &Snapshot) {
        let debounce = lock(&self.inner.settings).debounce;
        let now = Instant::now();
        let scheduled: Vec<(String, Duration)> = lock(&self.inner.trios)
            .iter_mut()
            .filter(|(key, _)| snapshot.trios.contains_key(*key))
            .map(|(key, preview)| {
                let burst = preview
                    .last_change
                    .is_some_and(|last| now.duration_since(last) < debounce);
                preview.last_change = Some(now);
                (key.clone(), if burst { debounce } else { Duration::ZERO })
            })
            .collect();
        for (key, delay) in scheduled {
            self.schedule(key, delay);
        }
    }

    /// Starts previewing the trio `key`: it is laid out now. A trio
    /// already previewed is not laid out again; its latest update is sent
    /// again, for the view that just opened.
    pub fn open(&self, key: &str) {
        let latest = {
            let mut trios = lock(&self.inner.trios);
            match trios.get(key) {
                Some(preview) => preview.latest.clone(),
                None => {
                    trios.insert(key.to_string(), TrioPreview::default());
                    None
                }
            }
        };
        match latest {
            Some(update) => {
                let inner = self.inner.clone();
                self.inner
                    .runtime
                    .spawn(async move { inner.send(update).await });
            }
            None => self.schedule(key.to_string(), Duration::ZERO),
        }
    }

    pub fn close(&self, key: &str) {
        if let Some(preview) = lock(&self.inner.trios).remove(key) {
            preview.cancel.store(true, Ordering::SeqCst);
        }
    }

    /// The latest update of each previewed trio, as page events.
    pub fn current_events(&self) -> Vec<PageEvent> {
        lock(&self.inner.trios)
            .values()
            .filter_map(|preview| preview.latest.as_ref())
            .filter_map(|update| serde_json::to_value(update).ok())
            .map(|data| PageEvent {
                name: "update",
                data,
            })
            .collect()
    }

    /// The latest update of the trio `key`.
    pub fn latest(&self, key: &str) -> Option<PreviewUpdate> {
        lock(&self.inner.trios).get(key)?.latest.clone()
    }

    /// Lays the trio `key` out with a new variation from now on (through
    /// the editor thread, so diagnostics use it too); the variation.
    pub fn new_variation(&self, key: &str) -> String {
        let current = self
            .latest(key)
            .map(|update| update.variation)
            .unwrap_or_default();
        let variation = next_variation(&current);
        if let Some(editor) = self.inner.editor.get() {
            editor.send(Message::SetVariation {
                key: key.to_string(),
                variation: variation.clone(),
            });
        }
        variation
    }

    /// Where shape `shape` of the trio `key`'s preview comes from: its
    /// Style statement, or with `substance` its first Substance object.
    pub fn source_of(&self, key: &str, shape: usize, substance: bool) -> Option<Location> {
        let trios = lock(&self.inner.trios);
        let source = trios.get(key)?.latest.as_ref()?.shapes.get(shape)?;
        if substance {
            source
                .objects
                .iter()
                .find_map(|object| object.location.clone())
        } else {
            source.statement.clone()
        }
    }

    /// The shapes of the trio `key` that the Substance object or Style
    /// block at `offset` of `file` made; also sent to browser pages.
    pub fn shapes_at(
        &self,
        snapshot: &Snapshot,
        key: &str,
        file: SourceFile,
        offset: usize,
    ) -> Vec<u32> {
        let shapes = match lock(&self.inner.trios).get(key) {
            Some(preview) => shapes_at::shapes_at(&snapshot.db, file, offset, &preview.origins),
            None => Vec::new(),
        };
        let _ = self.inner.events.send(PageEvent {
            name: "highlight",
            data: serde_json::json!({ "trio": key, "shapes": shapes }),
        });
        shapes
    }

    /// Lays the trio `key` out after `delay`, unless something newer is
    /// scheduled by then.
    fn schedule(&self, key: String, delay: Duration) {
        let (generation, cancel) = {
            let mut trios = lock(&self.inner.trios);
            let Some(preview) = trios.get_mut(&key) else {
                return;
            };
            preview.cancel.store(true, Ordering::SeqCst);
            preview.cancel = Arc::new(AtomicBool::new(false));
            preview.generation += 1;
            (preview.generation, preview.cancel.clone())
        };
        let inner = self.inner.clone();
        self.inner.runtime.spawn(async move {
            if !delay.is_zero() {
                tokio::time::sleep(delay).await;
            }
            if !inner.is_current(&key, generation) {
                return;
            }
            let Some(editor) = inner.editor.get() else {
                return;
            };
            let Some(snapshot) = editor.snapshot().await else {
                return;
            };
            if !inner.is_current(&key, generation) {
                return;
            }
            let warm_start = lock(&inner.trios)
                .get(&key)
                .and_then(|preview| preview.warm_start.clone());
            let layout_key = key.clone();
            let Settings {
                progress_after,
                layout_budget,
                ..
            } = *lock(&inner.settings);
            let layout = run_catching("the preview layout", move || {
                lay_out(
                    &snapshot,
                    &layout_key,
                    warm_start.as_ref(),
                    layout_budget,
                    &cancel,
                )
            });
            let laid = with_progress(inner.client.as_ref(), &key, progress_after, layout).await;
            if let Ok(Some(laid)) = laid {
                inner.publish(&key, generation, laid).await;
            }
        });
    }
}

impl Inner {
    fn is_current(&self, key: &str, generation: u64) -> bool {
        lock(&self.trios)
            .get(key)
            .is_some_and(|preview| preview.generation == generation)
    }

    /// Sends the update `laid` makes, unless a newer layout is scheduled.
    async fn publish(&self, key: &str, generation: u64, laid: Laid) {
        let update = {
            let mut trios = lock(&self.trios);
            let Some(preview) = trios.get_mut(key) else {
                return;
            };
            if preview.generation != generation {
                return;
            }
            preview.revision += 1;
            let update = next_update(key, preview, laid);
            preview.latest = Some(update.clone());
            update
        };
        self.send(update).await;
    }

    /// Sends `update` to the editor and the pages.
    async fn send(&self, update: PreviewUpdate) {
        if let Ok(data) = serde_json::to_value(&update) {
            let _ = self.events.send(PageEvent {
                name: "update",
                data,
            });
        }
        if let Some(client) = &self.client {
            client.send_notification::<UpdateNotification>(update).await;
        }
    }
}

/// The update after `preview`'s last one: a new picture, or the last
/// good one marked stale with the errors.
fn next_update(key: &str, preview: &mut TrioPreview, laid: Laid) -> PreviewUpdate {
    let previous = preview.latest.take();
    let mut update = PreviewUpdate {
        trio: key.to_string(),
        revision: preview.revision,
        svg: None,
        stale: false,
        errors: Vec::new(),
        status: String::new(),
        variation: laid.variation,
        pinned: laid.pinned,
        steps: 0,
        warm: false,
        layout_ms: 0.0,
        unsatisfied: Vec::new(),
        shapes: Vec::new(),
    };
    match laid.picture {
        Picture::Drawn {
            svg,
            status,
            steps,
            warm,
            layout_ms,
            unsatisfied,
            shapes,
        } => {
            preview.warm_start = laid.warm_start;
            preview.origins = laid.origins;
            update.svg = Some(svg);
            update.status = status;
            update.steps = steps;
            update.warm = warm;
            update.layout_ms = layout_ms;
            update.unsatisfied = unsatisfied;
            update.shapes = shapes;
        }
        Picture::Broken { errors } => {
            update.stale = true;
            update.status = "errors".to_string();
            update.errors = errors;
            if let Some(previous) = previous {
                update.svg = previous.svg;
                update.shapes = previous.shapes;
            }
        }
    }
    update
}

/// Lays the trio `key` out on `snapshot`; `None` when the trio is gone
/// or the layout was cancelled.
fn lay_out(
    snapshot: &Snapshot,
    key: &str,
    warm_start: Option<&WarmStart>,
    budget: Duration,
    cancel: &AtomicBool,
) -> Option<Laid> {
    let SnapshotTrio { trio, manifest } = snapshot.trios.get(key)?;
    let options = Options {
        time_budget: Some(budget),
        ..Options::default()
    };
    let cancelled = || cancel.load(Ordering::SeqCst);
    let interactive = Interactive {
        warm_start,
        cancelled: Some(&cancelled),
        source_map: true,
        remember: true,
    };
    let images = TrioImages::new(manifest);
    let compiled = compile_interactive(
        &snapshot.db,
        *trio,
        &Layout::Optimize(options),
        &images,
        &interactive,
    );
    if compiled
        .drawing
        .as_ref()
        .is_some_and(|drawing| drawing.report.status == kite_pipeline::Status::Cancelled)
    {
        return None;
    }
    let variation = trio.variation(&snapshot.db).clone();
    Some(Laid {
        picture: picture(snapshot, *trio, &compiled),
        warm_start: compiled
            .drawing
            .as_ref()
            .and_then(|drawing| drawing.warm_start.clone()),
        origins: compiled
            .diagram
            .map(|diagram| {
                diagram
                    .shapes
                    .iter()
                    .map(|shape| shape.origin.clone())
                    .collect()
            })
            .unwrap_or_default(),
        pinned: !manifest.variation.is_empty() && manifest.variation == variation,
        variation,
    })
}

/// Awaits `work`, reporting work-done progress to the editor when it
/// takes longer than `after` (from the start, when `after` is zero).
async fn with_progress<T>(
    client: Option<&Client>,
    key: &str,
    after: Duration,
    work: impl std::future::Future<Output = T>,
) -> T {
    tokio::pin!(work);
    let Some(client) = client else {
        return work.await;
    };
    if !after.is_zero() {
        tokio::select! {
            done = &mut work => return done,
            () = tokio::time::sleep(after) => {}
        }
    }
    let token = ProgressToken::String(format!("kite-preview-{key}"));
    let created = client
        .create_work_done_progress(token.clone())
        .await
        .is_ok();
    let progress = if created {
        Some(
            client
                .progress(token, "kite: laying out the preview")
                .begin()
                .await,
        )
    } else {
        None
    };
    let done = work.await;
    if let Some(progress) = progress {
        progress.finish().await;
    }
    done
}

/// A variation after `current`: a new seed, the same on every machine.
fn next_variation(current: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in current.bytes().chain(*b"next") {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("kite-{:08x}", hash >> 32)
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests {
    use super::next_variation;

    #[test]
    fn new_variations_differ_and_are_repeatable() {
        let first = next_variation("");
        let second = next_variation(&first);
        assert_ne!(first, second);
        assert_eq!(second, next_variation(&first));
    }
}
