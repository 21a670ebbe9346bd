//! Running analysis off the protocol tasks: on the blocking pool, with
//! salsa cancellation turned into the protocol's "content modified"
//! error and a panic into an internal error, logged, with the server
//! still serving.

use kite_db::panic_message;
use std::panic::{AssertUnwindSafe, catch_unwind};
use tower_lsp_server::jsonrpc::{Error, ErrorCode};

/// The protocol's code for a request whose answer a newer edit made
/// stale.
const CONTENT_MODIFIED: i64 = -32801;

/// Runs `work` on the blocking pool. A newer edit cancels it
/// (`ContentModified`); a panic inside it becomes an internal error and
/// is logged to standard error with `what` was being done.
pub async fn run_catching<T: Send + 'static>(
    what: &'static str,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Error> {
    let joined = tokio::task::spawn_blocking(move || {
        catch_unwind(AssertUnwindSafe(|| {
            salsa::Cancelled::catch(AssertUnwindSafe(work))
        }))
    })
    .await;
    match joined {
        Ok(Ok(Ok(value))) => Ok(value),
        Ok(Ok(Err(_cancelled))) => Err(Error {
            code: ErrorCode::ServerError(CONTENT_MODIFIED),
            message: "the document changed; the answer would be stale".into(),
            data: None,
        }),
        Ok(Err(panic)) => {
            let message = panic_message(panic.as_ref());
            eprintln!("kite lsp: internal error in {what}: {message}");
            Err(Error {
                code: ErrorCode::InternalError,
                message: format!("internal error in {what}: {message}").into(),
                data: None,
            })
        }
        Err(join_error) => Err(Error {
            code: ErrorCode::InternalError,
            message: format!("{what} did not finish: {join_error}").into(),
            data: None,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kite_db::{Database, parse};
    use kite_syntax::Language;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_panic_becomes_an_internal_error() {
        let answer: Result<(), Error> = run_catching("a test", || panic!("on purpose")).await;
        let error = answer.unwrap_err();
        assert_eq!(error.code, ErrorCode::InternalError);
        assert!(error.message.contains("on purpose"), "{}", error.message);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn an_edit_cancels_work_on_an_older_snapshot() {
        let mut db = Database::default();
        let file = db.add_file("a.domain", Language::Domain, "type A\n");
        let snapshot = db.clone();
        // Queries on the snapshot until the edit below cancels them.
        let work = run_catching("a test", move || {
            loop {
                parse(&snapshot, file);
            }
        });
        let edit = tokio::task::spawn_blocking(move || db.set_text(file, "type B\n"));
        let error = work.await.unwrap_err();
        assert_eq!(error.code, ErrorCode::ServerError(CONTENT_MODIFIED));
        edit.await.unwrap();
    }
}
