//! Trio fixtures: a Domain, a Substance and a Style program in one
//! annotated file.
//!
//! ```text
//! -- expect: E0201@substance:2 W0300@style:4
//! -- file: domain
//! type Set
//! -- file: substance
//! Set A
//! IsSubset(A, B)
//! -- file: style
//! …
//! ```
//!
//! `-- file:` lines start the sections; line numbers in expectations count
//! from the first line of their section. A missing section is empty.
//! Layout fixtures also say what laying them out must give, with
//! `-- layout: converged`, `-- layout: stopped` (a status, no hang) or
//! `-- layout: nan@style:LINE` (the term to blame). `-- limit: NAME=VALUE`
//! lines change the database's limits, as `kite check --limit` does.
//!
//! Every Style program needs a canvas. A fixture whose Style section has no
//! `canvas {` block gets a second Style file, `canvas.style`, declaring an
//! 800 × 700 canvas, so that fixtures stay about what they test — unless
//! it says `-- no-canvas` before its sections.

use kite_db::{Database, Limits, Trio, trio_diagnostics};
use kite_diagnostics::{Diagnostic, FileId, LineIndex};
use kite_syntax::Language;

const LANGUAGES: [Language; 3] = [Language::Domain, Language::Substance, Language::Style];

/// The Style file added to fixtures that declare no canvas.
const CANVAS: &str = "canvas {\n  width = 800\n  height = 700\n}\n";

/// A parsed trio fixture.
pub struct TrioFixture {
    pub name: String,
    /// The `CODE@language:line` expectations, in order.
    pub expected: Vec<String>,
    /// The text of each section, indexed like [`LANGUAGES`].
    pub sections: [String; 3],
    /// Whether to add `canvas.style` when the Style declares no canvas.
    pub add_canvas: bool,
    /// What laying the trio out must give (`-- layout: converged`,
    /// `stopped` or `nan@style:LINE`), for layout fixtures.
    pub layout: Option<String>,
    /// The limits, with the fixture's `-- limit:` changes.
    pub limits: Limits,
}

impl TrioFixture {
    pub fn parse(name: &str, text: &str) -> TrioFixture {
        let mut expected = Vec::new();
        let mut add_canvas = true;
        let mut layout = None;
        let mut limits = Limits::default();
        let mut sections: [String; 3] = Default::default();
        let mut current: Option<usize> = None;
        for line in text.split_inclusive('\n') {
            let trimmed = line.trim_end();
            if let Some(language) = trimmed.strip_prefix("-- file:") {
                let language = Language::from_extension(language.trim())
                    .unwrap_or_else(|| panic!("{name}: unknown section `{language}`"));
                current = LANGUAGES.iter().position(|known| *known == language);
            } else if let Some(current) = current {
                sections[current].push_str(line);
            } else if let Some(codes) = trimmed.strip_prefix("-- expect:") {
                expected.extend(codes.split_whitespace().map(str::to_owned));
            } else if trimmed == "-- no-canvas" {
                add_canvas = false;
            } else if let Some(expected) = trimmed.strip_prefix("-- layout:") {
                layout = Some(expected.trim().to_string());
            } else if let Some(assignment) = trimmed.strip_prefix("-- limit:") {
                limits
                    .apply(assignment.trim())
                    .unwrap_or_else(|error| panic!("{name}: {error}"));
            }
        }
        TrioFixture {
            name: name.to_string(),
            expected,
            sections,
            add_canvas,
            layout,
            limits,
        }
    }

    /// The fixture loaded into a new database, files named
    /// `<fixture>.domain` and so on.
    pub fn load(&self) -> (Database, Trio) {
        let mut db = Database::default();
        db.set_limits(self.limits.clone());
        let [domain, substance, style] = LANGUAGES.map(|language| {
            let index = LANGUAGES
                .iter()
                .position(|known| *known == language)
                .unwrap();
            db.add_file(
                format!("{}.{}", self.name, language.extension()),
                language,
                self.sections[index].clone(),
            )
        });
        let mut styles = vec![style];
        if self.add_canvas && !self.sections[2].contains("canvas {") {
            styles.push(db.add_file("canvas.style", Language::Style, CANVAS));
        }
        let trio = db.add_trio(domain, substance, styles, "");
        (db, trio)
    }

    /// Checks the fixture: its diagnostics and its database.
    pub fn check(&self) -> (Database, Vec<Diagnostic>) {
        let (db, trio) = self.load();
        let diagnostics = trio_diagnostics(&db, trio).clone();
        (db, diagnostics)
    }

    /// The `CODE@language:line` of each diagnostic.
    pub fn locate(&self, diagnostics: &[Diagnostic]) -> Vec<String> {
        diagnostics
            .iter()
            .map(|diagnostic| {
                let index = diagnostic.primary.file.0 as usize;
                let text = &self.sections[index];
                let line = LineIndex::new(text)
                    .line_col(text, diagnostic.primary.span.start)
                    .line;
                format!(
                    "{}@{}:{line}",
                    diagnostic.code,
                    LANGUAGES[index].extension()
                )
            })
            .collect()
    }

    /// A copy of the fixture with `edits` applied to its sections.
    pub fn edited(&self, diagnostics: &[&Diagnostic]) -> TrioFixture {
        TrioFixture {
            name: self.name.clone(),
            expected: Vec::new(),
            sections: [0, 1, 2]
                .map(|index| apply_fixes(&self.sections[index], FileId(index as u32), diagnostics)),
            add_canvas: self.add_canvas,
            layout: None,
            limits: self.limits.clone(),
        }
    }
}

/// `text` (the file `file`) with the first fix of each diagnostic applied.
/// Edits are applied from the end of the text backwards; an edit that
/// overlaps one already applied is skipped.
pub fn apply_fixes(text: &str, file: FileId, diagnostics: &[&Diagnostic]) -> String {
    let mut edits: Vec<_> = diagnostics
        .iter()
        .filter_map(|diagnostic| diagnostic.fixes.first())
        .flat_map(|fix| &fix.edits)
        .filter(|edit| edit.file == file)
        .collect();
    edits.sort_by_key(|edit| std::cmp::Reverse((edit.span.start, edit.span.end)));
    let mut text = text.to_string();
    let mut applied_from = usize::MAX;
    for edit in edits {
        if edit.span.end > applied_from {
            continue;
        }
        text.replace_range(edit.span.range(), &edit.replacement);
        applied_from = edit.span.start;
    }
    text
}
