//! Failures of kite itself, as diagnostics: a panic inside a phase becomes
//! an E0900 "internal error" naming the phase, so that every shell reports
//! it like any other problem and goes on (the CLI exits 1, the language
//! server keeps serving, a batch records the job as failed). Salsa's
//! cancellation of a stale query is not a failure and keeps unwinding.

use kite_diagnostics::{Code, Diagnostic, FileId, Span};
use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};

/// Runs `work`, the `phase` of handling a program whose first file is
/// `file`; a panic becomes the internal-error diagnostic.
pub fn catch_internal<T>(
    phase: &str,
    file: FileId,
    work: impl FnOnce() -> T,
) -> Result<T, Box<Diagnostic>> {
    match catch_unwind(AssertUnwindSafe(work)) {
        Ok(value) => Ok(value),
        Err(payload) if payload.is::<salsa::Cancelled>() => resume_unwind(payload),
        Err(payload) => Err(Box::new(internal_error(
            phase,
            file,
            &panic_message(payload.as_ref()),
        ))),
    }
}

/// The E0900 diagnostic for `phase` failing with `message`.
pub fn internal_error(phase: &str, file: FileId, message: &str) -> Diagnostic {
    Diagnostic::error(
        Code::InternalError,
        file,
        Span::empty_at(0),
        format!("internal error: kite failed during {phase}: {message}"),
    )
    .with_label("while handling this trio")
    .with_hint("this is a bug in kite, not in the program; please report it with the program")
}

/// The text a panic carried.
pub fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        text.to_string()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "a panic without a message".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_internal_error_naming_the_phase() {
        let result: Result<(), Box<Diagnostic>> =
            catch_internal("layout", FileId(3), || panic!("the hook fired"));
        let diagnostic = result.unwrap_err();
        assert_eq!(diagnostic.code, Code::InternalError);
        assert_eq!(diagnostic.primary.file, FileId(3));
        assert_eq!(
            diagnostic.message,
            "internal error: kite failed during layout: the hook fired"
        );
        assert_eq!(catch_internal("layout", FileId(0), || 7), Ok(7));
    }
}
