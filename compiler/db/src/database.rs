//! The database handle: salsa storage, the files added so far, and an
//! optional log of executed queries.

use crate::inputs::{SourceFile, Trio};
use crate::manifest::TrioManifest;
use kite_diagnostics::{FileId, Sources};
use kite_syntax::Language;
use salsa::Setter;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// The incremental database. Cloning it gives a snapshot that shares the
/// memoised results (for a language server's background requests).
#[salsa::db]
#[derive(Clone, Default)]
pub struct Database {
    storage: salsa::Storage<Self>,
    /// Indexed by [`FileId`].
    files: Vec<SourceFile>,
}

#[salsa::db]
impl salsa::Database for Database {}

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
        let database = Database {
            storage,
            files: Vec::new(),
        };
        (database, log)
    }

    /// Adds a file and returns its handle. `path` is how diagnostics name it.
    pub fn add_file(
        &mut self,
        path: impl Into<String>,
        language: Language,
        text: impl Into<String>,
    ) -> SourceFile {
        let file_id = FileId(self.files.len() as u32);
        let file = SourceFile::new(self, file_id, path.into(), language, text.into());
        self.files.push(file);
        file
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
        Trio::new(self, domain, substance, styles, variation.into())
    }

    /// Changes the variation a trio is laid out with.
    pub fn set_variation(&mut self, trio: Trio, variation: impl Into<String>) {
        trio.set_variation(self).to(variation.into());
    }

    /// Adds the files a manifest names, and the trio they make. `load`
    /// gives each path's display name and text (the caller does the IO);
    /// its first error stops the loading.
    pub fn add_manifest<E>(
        &mut self,
        manifest: &TrioManifest,
        mut load: impl FnMut(&Path) -> Result<(String, String), E>,
    ) -> Result<Trio, E> {
        let mut add = |db: &mut Database, path: &Path, language| {
            let (name, text) = load(path)?;
            Ok(db.add_file(name, language, text))
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
