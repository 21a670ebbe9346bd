//! `kite preview`: one trio's preview as a page on 127.0.0.1, without an
//! editor. The trio's files are read from disk and read again when they
//! are saved, like `d2 --watch`; the page follows.

use super::http::serve;
use super::{PageActions, Previews, page_html};
use crate::editor::{Editor, Listeners, Message};
use crate::positions::Encoding;
use kite_db::Limits;
use notify::{RecursiveMode, Watcher};
use std::future::Future;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tokio::net::TcpListener;
use tower_lsp_server::ls_types::{FileChangeType, FileEvent, Uri};

/// Serves the preview of the trio `path` names (a `.trio.json`, or a
/// program file that pairs with its folder's files) on `listener` until
/// `shutdown` resolves, compiled under `limits`. `ready` gets the page's address once the first
/// layout is scheduled.
pub async fn serve_trio(
    path: &Path,
    listener: TcpListener,
    limits: Limits,
    ready: impl FnOnce(&str),
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let files = trio_files(path)?;
    let named = path.canonicalize()?;
    let folder = named.parent().map(Path::to_path_buf).unwrap_or_default();
    let previews = Previews::new(None, tokio::runtime::Handle::current());
    let editor = Editor::start(Listeners {
        publisher: None,
        previews: previews.clone(),
    });
    previews.attach(editor.clone());
    editor.send(Message::Configure {
        roots: vec![folder.clone()],
        encoding: Encoding::Utf16,
        limits,
    });
    for file in &files {
        open_from_disk(&editor, file);
    }
    let key = trio_key(&editor, &files).await?;
    previews.open(&key);
    let _watcher = watch(&folder, &files, editor.clone())?;
    let address = listener.local_addr()?;
    ready(&format!("http://{address}/"));
    let actions = PageActions {
        previews: previews.clone(),
        trio: key,
        client: None,
    };
    serve(
        listener,
        page_html(),
        previews.events(),
        Arc::new(actions),
        shutdown,
    )
    .await
}

/// The program files to follow: the manifest's, or the one file given.
fn trio_files(path: &Path) -> io::Result<Vec<PathBuf>> {
    let path = path.canonicalize()?;
    if kite_world::is_manifest(&path) {
        let manifest = kite_world::read_manifest(&path)
            .map_err(|error| io::Error::new(io::ErrorKind::InvalidInput, error.to_string()))?;
        let mut files = vec![manifest.domain, manifest.substance];
        files.extend(manifest.styles);
        let files = files
            .iter()
            .map(|file| file.canonicalize())
            .collect::<io::Result<_>>()?;
        Ok(files)
    } else {
        Ok(vec![path])
    }
}

/// Opens `file` with its text on disk, as an editor opening it would;
/// opening it again replaces the text.
fn open_from_disk(editor: &Editor, file: &Path) {
    let (Some(uri), Ok(text)) = (Uri::from_file_path(file), std::fs::read_to_string(file)) else {
        return;
    };
    editor.send(Message::Open {
        uri,
        version: 0,
        text,
    });
}

/// The key of the trio the files make.
async fn trio_key(editor: &Editor, files: &[PathBuf]) -> io::Result<String> {
    let snapshot = editor
        .snapshot()
        .await
        .ok_or_else(|| io::Error::other("the workspace stopped"))?;
    files
        .iter()
        .find_map(|file| snapshot.trio_key_of(&Uri::from_file_path(file)?))
        .map(str::to_string)
        .ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                "no trio: name a .trio.json, or a file whose folder has one .domain, .substance and .style",
            )
        })
}

/// Reads a followed file again when it is saved, and the trio again when
/// a manifest in the folder changes. Folders are watched, not files: an
/// editor that saves by renaming a new file over the old one replaces
/// the file a watch would follow.
fn watch(
    folder: &Path,
    files: &[PathBuf],
    editor: Editor,
) -> io::Result<notify::RecommendedWatcher> {
    let followed = files.to_vec();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else { return };
        if !(event.kind.is_modify() || event.kind.is_create()) {
            return;
        }
        for path in &event.paths {
            let path = path.canonicalize().unwrap_or_else(|_| path.clone());
            if followed.contains(&path) {
                open_from_disk(&editor, &path);
            } else if kite_world::is_manifest(&path)
                && let Some(uri) = Uri::from_file_path(&path)
            {
                editor.send(Message::FilesChanged(vec![FileEvent::new(
                    uri,
                    FileChangeType::CHANGED,
                )]));
            }
        }
    })
    .map_err(io::Error::other)?;
    let mut folders: Vec<&Path> = files.iter().filter_map(|file| file.parent()).collect();
    folders.push(folder);
    folders.sort();
    folders.dedup();
    for folder in folders {
        watcher
            .watch(folder, RecursiveMode::NonRecursive)
            .map_err(io::Error::other)?;
    }
    Ok(watcher)
}
