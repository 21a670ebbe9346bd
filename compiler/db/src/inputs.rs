//! The database's inputs: source files and the trios that group them.

use kite_diagnostics::FileId;
use kite_limits::Limits;
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

/// The settings every query of the database shares: at most one exists
/// (a salsa singleton), and a database without one uses the defaults.
#[salsa::input(singleton, debug)]
pub struct Settings {
    /// The limits on what one program may ask of the compiler.
    #[returns(ref)]
    pub limits: Limits,
    /// The hidden debug hook: elaboration panics, so that tests can see
    /// each shell turn an internal failure into a diagnostic
    /// (`kite check --debug-panic`).
    #[returns(copy)]
    pub panic_in_elaboration: bool,
}

/// The limits the database's queries apply.
pub fn limits(db: &dyn salsa::Database) -> Limits {
    Settings::try_get(db).map_or_else(Limits::default, |settings| settings.limits(db).clone())
}
