//! The database handle: salsa storage, the files added so far, and an
//! optional log of executed queries.

use crate::inputs::{Settings, SourceFile, Trio};
use crate::manifest::TrioManifest;
use kite_diagnostics::{FileId, Sources};
use kite_limits::Limits;
use kite_syntax::Language;
use rustc_hash::FxHashMap;
use salsa::Setter;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// The incremental database. Cloning it gives a snapshot that shares the
/// memoised results (for a language server's background requests).
#[salsa::db]
#[derive(Clone)]
pub struct Database {
    storage: salsa::Storage<Self>,
    /// Every file ever added, indexed by [`FileId`] (ids are never reused,
    /// so diagnostics of a removed file still name it).
    files: Vec<SourceFile>,
    /// The files present now, by the path they were added under.
    by_path: FxHashMap<String, SourceFile>,
    /// The trios present now, in the order they were added.
    trios: Vec<Trio>,
}

#[salsa::db]
impl salsa::Database for Database {}

impl Default for Database {
    fn default() -> Database {
        Database::with_storage(salsa::Storage::default())
    }
}

/// The names of the queries that executed (rather than reusing a memoised
/// result), recorded by a database made with [`Database::with_query_log`].
#[derive(Clone, Default)]
pub struct QueryLog {
    executed: Arc<Mutex<Vec<String>>>,
}

impl QueryLog {
    /// Empties the log and returns what it held, oldest first.
    pub fn take(&self) -> Vec<String> {
        std::mem::take(&mut self.executed.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

impl Database {
    /// A database that records every query execution in the returned log.
    pub fn with_query_log() -> (Database, QueryLog) {
        let log = QueryLog::default();
        let sink = log.executed.clone();
        let storage = salsa::Storage::new(Some(Box::new(move |event: salsa::Event| {
            if let salsa::EventKind::WillExecute { database_key } = event.kind {
                let name = format!("{database_key:?}");
                sink.lock().unwrap_or_else(|e| e.into_inner()).push(name);
            }
        })));
        (Database::with_storage(storage), log)
    }

    /// A database over `storage`, with the default settings.
    fn with_storage(storage: salsa::Storage<Database>) -> Database {
        let database = Database {
            storage,
            files: Vec::new(),
            by_path: FxHashMap::default(),
            trios: Vec::new(),
        };
        Settings::new(&database, Limits::default(), false);
        database
    }

    /// The limits the queries apply.
    pub fn limits(&self) -> Limits {
        crate::inputs::limits(self)
    }

    /// Arms the hidden debug hook: elaboration panics from now on.
    pub fn set_panic_in_elaboration(&mut self, panic: bool) {
        let settings = Settings::get(self);
        if settings.panic_in_elaboration(self) != panic {
            settings.set_panic_in_elaboration(self).to(panic);
        }
    }

    /// Replaces the limits: the start of a new revision, in which only the
    /// queries that checked a limit re-run.
    pub fn set_limits(&mut self, limits: Limits) {
        let settings = Settings::get(self);
        if *settings.limits(self) != limits {
            settings.set_limits(self).to(limits);
        }
    }

    /// Adds a file and returns its handle. `path` is how diagnostics name it
    /// and how [`Database::file_by_path`] finds it; a file already present
    /// under the same path is replaced (and removed, with its trios).
    pub fn add_file(
        &mut self,
        path: impl Into<String>,
        language: Language,
        text: impl Into<String>,
    ) -> SourceFile {
        let path = path.into();
        if let Some(previous) = self.by_path.get(&path).copied() {
            self.remove_file(previous);
        }
        let file_id = FileId(self.files.len() as u32);
        let file = SourceFile::new(self, file_id, path.clone(), language, text.into());
        self.files.push(file);
        self.by_path.insert(path, file);
        file
    }

    /// The file present under `path` with its text set to `text`, or a new
    /// file when none is present in this language: files shared by several
    /// trios stay one file.
    pub fn upsert_file(&mut self, path: String, language: Language, text: String) -> SourceFile {
        match self.file_by_path(&path) {
            Some(file) if file.language(self) == language => {
                if *file.text(self) != text {
                    self.set_text(file, text);
                }
                file
            }
            _ => self.add_file(path, language, text),
        }
    }

    /// The file present under `path` (a path or URI, as it was added).
    pub fn file_by_path(&self, path: &str) -> Option<SourceFile> {
        self.by_path.get(path).copied()
    }

    /// Removes a file, and every trio that includes it. Its id stays
    /// taken and its text is emptied, so old diagnostics still resolve.
    pub fn remove_file(&mut self, file: SourceFile) {
        if self.by_path.get(file.path(self)) == Some(&file) {
            let path = file.path(self).clone();
            self.by_path.remove(&path);
        }
        let trios: Vec<Trio> = self.trios_of(file);
        for trio in trios {
            self.remove_trio(trio);
        }
        if !file.text(self).is_empty() {
            file.set_text(self).to(String::new());
        }
    }

    /// The trios present now, in the order they were added.
    pub fn trios(&self) -> &[Trio] {
        &self.trios
    }

    /// The trios present now that include `file`.
    pub fn trios_of(&self, file: SourceFile) -> Vec<Trio> {
        self.trios
            .iter()
            .copied()
            .filter(|trio| {
                trio.domain(self) == file
                    || trio.substance(self) == file
                    || trio.styles(self).contains(&file)
            })
            .collect()
    }

    /// Forgets a trio; its files stay.
    pub fn remove_trio(&mut self, trio: Trio) {
        self.trios.retain(|present| *present != trio);
    }

    /// Replaces a file's text: the start of a new revision.
    pub fn set_text(&mut self, file: SourceFile, text: impl Into<String>) {
        file.set_text(self).to(text.into());
    }

    /// Groups three or more files into a trio laid out with `variation`.
    pub fn add_trio(
        &mut self,
        domain: SourceFile,
        substance: SourceFile,
        styles: Vec<SourceFile>,
        variation: impl Into<String>,
    ) -> Trio {
        let trio = Trio::new(self, domain, substance, styles, variation.into());
        self.trios.push(trio);
        trio
    }

    /// Changes the variation a trio is laid out with.
    pub fn set_variation(&mut self, trio: Trio, variation: impl Into<String>) {
        trio.set_variation(self).to(variation.into());
    }

    /// Adds the files a manifest names, and the trio they make. `load`
    /// gives each path's display name and text (the caller does the IO);
    /// its first error stops the loading. A file already present under
    /// the same name is reused, with the text `load` gave.
    pub fn add_manifest<E>(
        &mut self,
        manifest: &TrioManifest,
        mut load: impl FnMut(&Path) -> Result<(String, String), E>,
    ) -> Result<Trio, E> {
        let mut add = |db: &mut Database, path: &Path, language| {
            let (name, text) = load(path)?;
            Ok(db.upsert_file(name, language, text))
        };
        let domain = add(self, &manifest.domain, Language::Domain)?;
        let substance = add(self, &manifest.substance, Language::Substance)?;
        let styles = manifest
            .styles
            .iter()
            .map(|style| add(self, style, Language::Style))
            .collect::<Result<Vec<_>, E>>()?;
        Ok(self.add_trio(domain, substance, styles, manifest.variation.clone()))
    }

    /// The file with this id, if it was added to this database.
    pub fn file(&self, id: FileId) -> Option<SourceFile> {
        self.files.get(id.0 as usize).copied()
    }

    /// A copy of every file's name and current text, indexed like the
    /// database, for rendering diagnostics.
    pub fn sources(&self) -> Sources {
        let mut sources = Sources::new();
        for file in &self.files {
            sources.add(file.path(self).clone(), file.text(self).clone());
        }
        sources
    }
}
