//! The database's inputs: source files and the trios that group them.

use kite_diagnostics::FileId;
use kite_syntax::Language;

/// One source file. Its text is the input that edits change.
#[salsa::input(debug)]
pub struct SourceFile {
    /// The file's id in diagnostics.
    #[returns(copy)]
    pub file_id: FileId,
    /// The path or URI the file was loaded from, as shown to users.
    #[returns(ref)]
    pub path: String,
    #[returns(copy)]
    pub language: Language,
    #[returns(ref)]
    pub text: String,
}

/// A diagram program: a Domain, a Substance and one or more Styles.
#[salsa::input(debug)]
pub struct Trio {
    #[returns(copy)]
    pub domain: SourceFile,
    #[returns(copy)]
    pub substance: SourceFile,
    #[returns(ref)]
    pub styles: Vec<SourceFile>,
    /// The seed of the layout's random choices.
    #[returns(ref)]
    pub variation: String,
}
