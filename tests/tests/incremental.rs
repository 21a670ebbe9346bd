//! Incremental checking: an edit re-runs only the queries that read what
//! changed, as salsa's execution log shows.

use kite_db::{Database, QueryLog, Trio, trio_diagnostics};
use kite_syntax::Language;

const DOMAIN: &str = "type Set\npredicate Subset(Set a, Set b)\n";
const SUBSTANCE: &str = "Set A, B\nSubset(A, B)\n";
const STYLE: &str =
    "canvas {\n  width = 800\n  height = 700\n}\nforall Set s {\n  s.icon = Circle {}\n}\n";

struct Session {
    db: Database,
    log: QueryLog,
    trio: Trio,
}

fn session() -> Session {
    let (mut db, log) = Database::with_query_log();
    let domain = db.add_file("t.domain", Language::Domain, DOMAIN);
    let substance = db.add_file("t.substance", Language::Substance, SUBSTANCE);
    let style = db.add_file("t.style", Language::Style, STYLE);
    let trio = db.add_trio(domain, substance, vec![style], "");
    assert!(trio_diagnostics(&db, trio).is_empty());
    Session { db, log, trio }
}

/// The names of the queries that executed, e.g. `domain_check`.
fn executed(log: &QueryLog) -> Vec<String> {
    log.take()
        .into_iter()
        .map(|key| key.split('(').next().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn first_check_runs_every_query() {
    let session = session();
    let ran = executed(&session.log);
    for query in [
        "parse",
        "domain_check",
        "substance_check",
        "style_check",
        "trio_diagnostics",
    ] {
        assert!(
            ran.iter().any(|name| name == query),
            "{query} did not run: {ran:?}"
        );
    }
}

#[test]
fn editing_a_substance_line_does_not_recheck_the_domain_or_style() {
    let mut session = session();
    session.log.take();
    let substance = session.trio.substance(&session.db);
    session.db.set_text(substance, "Set A, B\nSubset(A, C)\n");
    let diagnostics = trio_diagnostics(&session.db, session.trio);
    assert_eq!(diagnostics.len(), 1, "the edit introduced one error");
    let ran = executed(&session.log);
    assert!(ran.contains(&"substance_check".to_string()), "{ran:?}");
    assert!(!ran.contains(&"domain_check".to_string()), "{ran:?}");
    assert!(!ran.contains(&"style_check".to_string()), "{ran:?}");
    assert_eq!(
        ran.iter().filter(|name| *name == "parse").count(),
        1,
        "{ran:?}"
    );
}

#[test]
fn a_comment_added_to_the_domain_stops_at_parsing() {
    let mut session = session();
    session.log.take();
    let domain = session.trio.domain(&session.db);
    // A trailing comment changes the text but not the tree, so the parse
    // result comes out equal and nothing downstream re-runs.
    session
        .db
        .set_text(domain, format!("{DOMAIN}-- a comment\n"));
    assert!(trio_diagnostics(&session.db, session.trio).is_empty());
    let ran = executed(&session.log);
    assert_eq!(ran, ["parse"]);
}

#[test]
fn a_domain_edit_rechecks_substance_and_style() {
    let mut session = session();
    session.log.take();
    let domain = session.trio.domain(&session.db);
    session
        .db
        .set_text(domain, "type Set\npredicate IsSubset(Set a, Set b)\n");
    let diagnostics = trio_diagnostics(&session.db, session.trio);
    assert_eq!(diagnostics.len(), 1, "`Subset` is no longer declared");
    let ran = executed(&session.log);
    for query in ["domain_check", "substance_check", "style_check"] {
        assert!(
            ran.iter().any(|name| name == query),
            "{query} did not run: {ran:?}"
        );
    }
}

#[test]
fn unchanged_inputs_reuse_every_result() {
    let session = session();
    session.log.take();
    trio_diagnostics(&session.db, session.trio);
    assert!(executed(&session.log).is_empty());
}
