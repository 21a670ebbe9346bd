//! The editor thread: the one owner of the [`Workspace`]. Document
//! changes, configuration and snapshot requests reach it in the order the
//! client sent them, so a request always sees every edit before it. After
//! a batch of changes it starts a diagnostics run and the previews' layouts
//! on a snapshot; the next change cancels them (salsa cancellation) and
//! starts others.

use crate::positions::Encoding;
use crate::preview::Previews;
use crate::publish::Publisher;
use crate::workspace::{Snapshot, Workspace};
use kite_db::Limits;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use tokio::sync::oneshot;
use tower_lsp_server::ls_types::{FileEvent, TextDocumentContentChangeEvent, Uri};

/// What the editor thread is asked to do.
pub enum Message {
    Configure {
        roots: Vec<PathBuf>,
        encoding: Encoding,
        limits: Limits,
    },
    /// The debug hook: elaboration panics from now on.
    PanicInElaboration,
    Open {
        uri: Uri,
        version: i32,
        text: String,
    },
    Change {
        uri: Uri,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
    },
    Close {
        uri: Uri,
    },
    FilesChanged(Vec<FileEvent>),
    /// The preview's "new variation" for the trio `key`.
    SetVariation {
        key: String,
        variation: String,
    },
    Snapshot(oneshot::Sender<Snapshot>),
}

/// Who hears of each new snapshot after changes.
pub struct Listeners {
    /// Diagnostics for the editor; `None` for `kite preview` alone.
    pub publisher: Option<Publisher>,
    pub previews: Previews,
}

/// The sending side, held by the protocol handlers.
#[derive(Clone)]
pub struct Editor {
    messages: Sender<Message>,
}

impl Editor {
    /// Starts the editor thread; `listeners` hear of every snapshot
    /// after changes.
    pub fn start(listeners: Listeners) -> Editor {
        let (messages, receiver) = channel();
        std::thread::Builder::new()
            .name("kite-editor".to_string())
            .spawn(move || run(&receiver, &listeners))
            .expect("the editor thread starts");
        Editor { messages }
    }

    /// Sends `message`; it is handled after every message sent before it.
    pub fn send(&self, message: Message) {
        // The thread lives as long as the server; a send fails only while
        // the process exits.
        let _ = self.messages.send(message);
    }

    /// A snapshot taken after every change sent so far.
    pub async fn snapshot(&self) -> Option<Snapshot> {
        let (reply, answer) = oneshot::channel();
        self.send(Message::Snapshot(reply));
        answer.await.ok()
    }
}

fn run(receiver: &Receiver<Message>, listeners: &Listeners) {
    let mut workspace = Workspace::default();
    while let Ok(first) = receiver.recv() {
        let mut changed = false;
        let mut message = Some(first);
        // Take every message already waiting before publishing: a burst
        // of keystrokes gives one diagnostics run.
        while let Some(current) = message {
            if !matches!(current, Message::Snapshot(_)) {
                listeners.previews.cancel_layouts();
            }
            changed |= handle(&mut workspace, current);
            message = receiver.try_recv().ok();
        }
        if changed {
            let snapshot = workspace.snapshot();
            if let Some(publisher) = &listeners.publisher {
                publisher.publish(snapshot.clone());
            }
            listeners.previews.snapshot_changed(&snapshot);
        }
    }
}

/// Applies one message; whether it may have changed diagnostics.
fn handle(workspace: &mut Workspace, message: Message) -> bool {
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match message {
        Message::Configure {
            roots,
            encoding,
            limits,
        } => {
            workspace.configure(roots, encoding, limits);
            false
        }
        Message::Open { uri, version, text } => {
            workspace.open(uri, version, text);
            true
        }
        Message::Change {
            uri,
            version,
            changes,
        } => {
            workspace.change(&uri, version, changes);
            true
        }
        Message::Close { uri } => {
            workspace.close(&uri);
            true
        }
        Message::FilesChanged(events) => {
            workspace.files_changed(&events);
            true
        }
        Message::SetVariation { key, variation } => {
            workspace.set_variation(&key, variation);
            true
        }
        Message::PanicInElaboration => {
            workspace.panic_in_elaboration();
            true
        }
        Message::Snapshot(reply) => {
            let _ = reply.send(workspace.snapshot());
            false
        }
    }));
    // A panic while applying a message has been printed to standard
    // error by the panic hook; the workspace stays as it was left and
    // the server keeps serving.
    outcome.unwrap_or(true)
}
