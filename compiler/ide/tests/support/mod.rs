//! Trio fixtures with a cursor marker, for the editor-feature tests.
//!
//! ```text
//! -- file: domain
//! type Set
//! -- file: substance
//! Set A$0
//! -- file: style
//! canvas { width = 800
//!   height = 700 }
//! ```
//!
//! `-- file:` lines start the sections (domain, substance, style; a missing
//! section is empty). `$0` marks the cursor, in at most one section; it is
//! removed from the text and its byte offset kept.

#![allow(dead_code)]

use kite_db::{Database, SourceFile, Trio};
use kite_syntax::Language;
use std::path::{Path, PathBuf};

const LANGUAGES: [Language; 3] = [Language::Domain, Language::Substance, Language::Style];
const CURSOR: &str = "$0";

/// A fixture loaded into a database.
pub struct Fixture {
    pub db: Database,
    pub trio: Trio,
    /// The Domain, Substance and Style files, in that order.
    pub files: [SourceFile; 3],
    /// The file holding the cursor and the cursor's byte offset, if a
    /// section had `$0`.
    pub cursor: Option<(SourceFile, usize)>,
}

impl Fixture {
    pub fn parse(text: &str) -> Fixture {
        let mut sections: [String; 3] = Default::default();
        let mut current = None;
        for line in text.split_inclusive('\n') {
            if let Some(language) = line.trim_end().strip_prefix("-- file:") {
                let language = Language::from_extension(language.trim())
                    .unwrap_or_else(|| panic!("unknown section `{language}`"));
                current = LANGUAGES.iter().position(|l| *l == language);
                continue;
            }
            let index = current.expect("text before the first `-- file:` line");
            sections[index].push_str(line);
        }
        let mut cursor_at = None;
        for (index, section) in sections.iter_mut().enumerate() {
            if let Some(offset) = section.find(CURSOR) {
                assert!(cursor_at.is_none(), "more than one `$0` cursor");
                section.replace_range(offset..offset + CURSOR.len(), "");
                cursor_at = Some((index, offset));
            }
        }
        let mut db = Database::default();
        let names = ["test.domain", "test.substance", "test.style"];
        let files: [SourceFile; 3] = std::array::from_fn(|index| {
            db.add_file(names[index], LANGUAGES[index], sections[index].clone())
        });
        let trio = db.add_trio(files[0], files[1], vec![files[2]], "fixture");
        let cursor = cursor_at.map(|(index, offset)| (files[index], offset));
        Fixture {
            db,
            trio,
            files,
            cursor,
        }
    }

    /// `trio` (a fixture without a cursor) with the cursor where `$0` is
    /// in `needle`, which must occur (without the `$0`) in the `section`
    /// of the trio.
    pub fn at(trio: &str, section: &str, needle: &str) -> Fixture {
        let header = format!("-- file: {section}\n");
        let start = trio.find(&header).expect("the section exists") + header.len();
        let plain = needle.replace(CURSOR, "");
        let at = start
            + trio[start..]
                .find(&plain)
                .expect("the needle occurs in the section");
        let cursor = needle.find(CURSOR).expect("the needle has a `$0`");
        let mut text = trio.to_string();
        text.insert_str(at + cursor, CURSOR);
        Fixture::parse(&text)
    }

    /// The cursor's file and offset.
    ///
    /// # Panics
    /// When the fixture has no `$0`.
    pub fn cursor(&self) -> (SourceFile, usize) {
        self.cursor.expect("the fixture has a `$0` cursor")
    }

    /// The text of `span` in `file`.
    pub fn text(&self, file: SourceFile, span: kite_diagnostics::Span) -> &str {
        &file.text(&self.db)[span.range()]
    }
}

/// Every fixture file of `tests/fixtures/<feature>`, as (name, text),
/// sorted by name.
pub fn fixtures(feature: &str) -> Vec<(String, String)> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(feature);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&folder)
        .expect("the fixture folder exists")
        .map(|entry| entry.expect("a readable entry").path())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect()
}
