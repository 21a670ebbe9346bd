//! The server's state: the database with every file of the trios the open
//! documents belong to, the open documents, and the trios. Only the editor
//! thread changes it; requests read snapshots.

use crate::documents::{Document, Documents};
use crate::files::{canonical, key_of_path, key_of_uri, language_of, path_of_key};
use crate::positions::Encoding;
use crate::trios::{FoundTrio, trios_of};
use kite_db::{Database, Limits, SourceFile, Trio, TrioManifest};
use kite_pipeline::{NoImages, Resources};
use kite_world::TrioImages;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use tower_lsp_server::ls_types::{FileChangeType, FileEvent, TextDocumentContentChangeEvent, Uri};

#[derive(Default)]
pub struct Workspace {
    db: Database,
    documents: Documents,
    roots: Vec<PathBuf>,
    encoding: Encoding,
    /// The trios in the database, by [`FoundTrio::key`], with the manifest
    /// they were made from.
    trios: BTreeMap<String, (FoundTrio, Trio)>,
    /// The trio keys of each open document.
    memberships: BTreeMap<String, Vec<String>>,
    /// Variations chosen in the preview ("new variation"), by trio key;
    /// they outlive reloads of the trio.
    variations: BTreeMap<String, String>,
}

/// What a request or a diagnostics run reads: a database snapshot and
/// where each open document stands in it.
#[derive(Clone)]
pub struct Snapshot {
    pub db: Database,
    pub encoding: Encoding,
    /// Each open document's file and trios, by file key.
    pub targets: BTreeMap<String, Target>,
    /// The client's URI of each open document, by file key.
    pub open_uris: BTreeMap<String, Uri>,
    /// Every trio, by key.
    pub trios: BTreeMap<String, SnapshotTrio>,
}

/// A trio in a snapshot, with the manifest it was made from.
#[derive(Clone)]
pub struct SnapshotTrio {
    pub trio: Trio,
    pub manifest: TrioManifest,
}

/// An open document in the database.
#[derive(Clone)]
pub struct Target {
    pub file: SourceFile,
    pub trios: Vec<Trio>,
}

impl Snapshot {
    /// The document a client URI names, if it is open.
    pub fn target(&self, uri: &Uri) -> Option<&Target> {
        self.targets.get(&key_of_uri(uri))
    }

    /// The URI to give the client for a file: the one it opened the file
    /// under, else the file's own.
    pub fn uri_of(&self, file: SourceFile) -> Option<Uri> {
        let key = file.path(&self.db);
        match self.open_uris.get(key) {
            Some(uri) => Some(uri.clone()),
            None => key.parse().ok(),
        }
    }

    /// Every file of every open document's trios, and the open documents
    /// in no trio: what diagnostics are published for.
    pub fn published_files(&self) -> Vec<SourceFile> {
        let db = &self.db;
        let mut files = BTreeMap::new();
        for target in self.targets.values() {
            let trio_files = target.trios.iter().flat_map(|trio| {
                [trio.domain(db), trio.substance(db)]
                    .into_iter()
                    .chain(trio.styles(db).iter().copied())
            });
            for file in std::iter::once(target.file).chain(trio_files) {
                files.insert(file.file_id(db), file);
            }
        }
        files.into_values().collect()
    }

    /// The trios `file` is analysed in: those of the open documents that
    /// include it.
    pub fn trios_of(&self, file: SourceFile) -> Vec<Trio> {
        self.db.trios_of(file)
    }

    /// Where the trio's Images are read from: its manifest's folders (none
    /// for a trio the workspace has no manifest of).
    pub fn images_of(&self, trio: Trio) -> Box<dyn Resources> {
        let entry = self.trios.values().find(|entry| entry.trio == trio);
        match entry {
            Some(entry) => Box::new(TrioImages::new(&entry.manifest)),
            None => Box::new(NoImages),
        }
    }

    /// The key of a trio.
    pub fn trio_key(&self, trio: Trio) -> Option<&str> {
        self.trios
            .iter()
            .find(|(_, entry)| entry.trio == trio)
            .map(|(key, _)| key.as_str())
    }

    /// The key of the first trio the open document `uri` is in.
    pub fn trio_key_of(&self, uri: &Uri) -> Option<&str> {
        self.target(uri)?
            .trios
            .iter()
            .find_map(|trio| self.trio_key(*trio))
    }
}

impl Workspace {
    pub fn configure(&mut self, roots: Vec<PathBuf>, encoding: Encoding, limits: Limits) {
        self.roots = roots;
        self.encoding = encoding;
        self.db.set_limits(limits);
    }

    /// The debug hook: elaboration panics from now on.
    pub fn panic_in_elaboration(&mut self) {
        self.db.set_panic_in_elaboration(true);
    }

    pub fn snapshot(&self) -> Snapshot {
        let mut targets = BTreeMap::new();
        let mut open_uris = BTreeMap::new();
        for key in self.documents.keys() {
            if let Some(file) = self.db.file_by_path(key) {
                let trios = self
                    .memberships
                    .get(key)
                    .into_iter()
                    .flatten()
                    .filter_map(|trio| Some(self.trios.get(trio)?.1))
                    .collect();
                targets.insert(key.clone(), Target { file, trios });
            }
            if let Some(document) = self.documents.get(key) {
                open_uris.insert(key.clone(), document.uri.clone());
            }
        }
        let trios = self
            .trios
            .iter()
            .map(|(key, (found, trio))| {
                let entry = SnapshotTrio {
                    trio: *trio,
                    manifest: found.manifest.clone(),
                };
                (key.clone(), entry)
            })
            .collect();
        Snapshot {
            db: self.db.clone(),
            encoding: self.encoding,
            targets,
            open_uris,
            trios,
        }
    }

    /// Opens a document: its text overrides the file on disk, and the
    /// trios it belongs to are loaded.
    pub fn open(&mut self, uri: Uri, version: i32, text: String) {
        let key = key_of_uri(&uri);
        let Some(language) = path_of_key(&key).and_then(|path| language_of(&path)) else {
            return;
        };
        self.db.upsert_file(key.clone(), language, text.clone());
        self.documents
            .open(key.clone(), Document { uri, version, text });
        self.refresh_memberships(&key);
    }

    pub fn change(
        &mut self,
        uri: &Uri,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
    ) {
        let key = key_of_uri(uri);
        let Some(text) = self.documents.change(&key, version, changes, self.encoding) else {
            return;
        };
        let text = text.to_string();
        if let Some(file) = self.db.file_by_path(&key)
            && *file.text(&self.db) != text
        {
            self.db.set_text(file, text);
        }
    }

    /// Closes a document: the file on disk takes its place, and trios no
    /// open document needs any more are dropped.
    pub fn close(&mut self, uri: &Uri) {
        let key = key_of_uri(uri);
        if self.documents.close(&key).is_none() {
            return;
        }
        self.memberships.remove(&key);
        self.reload_from_disk(&key);
        self.drop_unused_trios();
    }

    /// Files changed on disk: a manifest change re-reads every trio; a
    /// program file that is not open is re-read.
    pub fn files_changed(&mut self, events: &[FileEvent]) {
        let mut manifests_changed = false;
        for event in events {
            let Some(path) = event.uri.to_file_path() else {
                continue;
            };
            if kite_world::is_manifest(&path) {
                manifests_changed = true;
            } else {
                let key = key_of_path(&path);
                if self.documents.get(&key).is_none() && self.db.file_by_path(&key).is_some() {
                    if event.typ == FileChangeType::DELETED {
                        self.remove_file(&key);
                    } else {
                        self.reload_from_disk(&key);
                    }
                }
            }
        }
        let folder_files_changed = events
            .iter()
            .any(|event| matches!(event.typ, FileChangeType::CREATED | FileChangeType::DELETED));
        if manifests_changed || folder_files_changed {
            for trio in std::mem::take(&mut self.trios).into_values() {
                self.db.remove_trio(trio.1);
            }
            let open: Vec<String> = self.documents.keys().cloned().collect();
            for key in open {
                self.refresh_memberships(&key);
            }
        }
    }

    /// Finds the trios of an open document and loads those not loaded yet.
    fn refresh_memberships(&mut self, key: &str) {
        let Some(path) = path_of_key(key) else {
            self.memberships.insert(key.to_string(), Vec::new());
            return;
        };
        let found = trios_of(&path, &self.roots);
        let keys = found.iter().map(|trio| trio.key.clone()).collect();
        for trio in found {
            let loaded = self
                .trios
                .get(&trio.key)
                .is_some_and(|(known, _)| *known == trio);
            if !loaded {
                self.load_trio(trio);
            }
        }
        self.memberships.insert(key.to_string(), keys);
        self.drop_unused_trios();
    }

    fn load_trio(&mut self, found: FoundTrio) {
        if let Some((_, old)) = self.trios.remove(&found.key) {
            self.db.remove_trio(old);
        }
        let documents = &self.documents;
        let limits = self.db.limits();
        let loaded = self.db.add_manifest(&found.manifest, |path| {
            let key = key_of_path(path);
            let text = match documents.get(&key) {
                Some(document) => document.text.clone(),
                None => kite_world::read_source(&canonical(path), &limits)?,
            };
            Ok::<_, kite_world::WorldError>((key, text))
        });
        if let Ok(trio) = loaded {
            if let Some(variation) = self.variations.get(&found.key) {
                self.db.set_variation(trio, variation.clone());
            }
            self.trios.insert(found.key.clone(), (found, trio));
        }
    }

    /// Lays the trio `key` out with `variation` from now on.
    pub fn set_variation(&mut self, key: &str, variation: String) {
        if let Some((_, trio)) = self.trios.get(key) {
            self.db.set_variation(*trio, variation.clone());
        }
        self.variations.insert(key.to_string(), variation);
    }

    fn drop_unused_trios(&mut self) {
        let used: BTreeSet<&String> = self.memberships.values().flatten().collect();
        let unused: Vec<String> = self
            .trios
            .keys()
            .filter(|key| !used.contains(key))
            .cloned()
            .collect();
        for key in unused {
            if let Some((_, trio)) = self.trios.remove(&key) {
                self.db.remove_trio(trio);
            }
        }
    }

    fn reload_from_disk(&mut self, key: &str) {
        let Some(file) = self.db.file_by_path(key) else {
            return;
        };
        let limits = self.db.limits();
        match path_of_key(key).map(|path| kite_world::read_source(&path, &limits)) {
            Some(Ok(text)) => {
                if *file.text(&self.db) != text {
                    self.db.set_text(file, text);
                }
            }
            _ => self.remove_file(key),
        }
    }

    fn remove_file(&mut self, key: &str) {
        if let Some(file) = self.db.file_by_path(key) {
            self.db.remove_file(file);
        }
        self.trios
            .retain(|_, (_, trio)| self.db.trios().contains(trio));
    }
}
