//! The tracked queries, from text to diagnostics.
//!
//! Caching: each query is memoised per revision on its arguments. When an
//! input changes, a query re-runs only if something it read changed, and if
//! its new result equals the old one, the queries that read it are not
//! re-run ("backdating"). Diagnostics are returned as values, never
//! accumulated, so that this holds for them too.

use crate::inputs::{Settings, SourceFile, Trio, limits};
use kite_check::{Checked, DomainEnv, SubstanceEnv};
use kite_diagnostics::Diagnostic;
use kite_elaborate::{Elaboration, StyleInput};
use kite_limits::{Limit, thousands};
use kite_matching::{BlockMatches, TooManyMatches};
use kite_syntax::ast::{DomainProgram, StyleItem, StyleProgram, SubstanceProgram};
use kite_syntax::{Parsed, SyntaxTree};

/// The syntax tree and syntax errors of a file; a file larger than the
/// `file-bytes` or `line-bytes` limits is not parsed (E0006, E0007).
///
/// Re-runs when the file's text (or language) or the limits change.
#[salsa::tracked(returns(ref))]
pub fn parse(db: &dyn salsa::Database, file: SourceFile) -> Parsed<SyntaxTree> {
    kite_syntax::parse_within(
        file.text(db),
        file.language(db),
        file.file_id(db),
        &limits(db),
    )
}

/// The vocabulary a Domain file declares, and the Domain's own errors.
///
/// Reads only [`parse`] of `domain`: editing a Substance or Style file never
/// re-runs it. A Domain edit that leaves the environment and diagnostics
/// unchanged (a comment, say) does not re-run the checks that depend on it.
#[salsa::tracked(returns(ref))]
pub fn domain_check(db: &dyn salsa::Database, domain: SourceFile) -> Checked<DomainEnv> {
    let parsed = parse(db, domain);
    let empty = DomainProgram::default();
    let program = parsed.ast.as_domain().unwrap_or(&empty);
    let complete = !parsed.diagnostics.iter().any(Diagnostic::is_error);
    kite_check::check_domain(program, domain.file_id(db), complete)
}

/// The objects, facts and labels of a Substance file checked against a
/// Domain, and the Substance errors.
///
/// Re-runs when the Substance text changes or when [`domain_check`] of the
/// Domain produces a different result.
#[salsa::tracked(returns(ref))]
pub fn substance_check(
    db: &dyn salsa::Database,
    substance: SourceFile,
    domain: SourceFile,
) -> Checked<SubstanceEnv> {
    let empty = SubstanceProgram::default();
    let program = parse(db, substance).ast.as_substance().unwrap_or(&empty);
    kite_check::check_substance(
        program,
        substance.file_id(db),
        &domain_check(db, domain).value,
        &limits(db),
    )
}

/// The static errors of a Style file against a Domain.
///
/// Re-runs when the Style text changes or when [`domain_check`] of the
/// Domain produces a different result; Substance edits never re-run it.
#[salsa::tracked(returns(ref))]
pub fn style_check(
    db: &dyn salsa::Database,
    style: SourceFile,
    domain: SourceFile,
) -> Vec<Diagnostic> {
    let empty = StyleProgram::default();
    let program = parse(db, style).ast.as_style().unwrap_or(&empty);
    kite_check::check_style(program, style.file_id(db), &domain_check(db, domain).value)
}

/// The Style file's backtick references (`` `A` ``) to objects the
/// Substance file does not declare.
///
/// Re-runs when the Style tree or [`substance_check`] changes; it is kept
/// apart from [`style_check`] so that Substance edits do not re-run that.
#[salsa::tracked(returns(ref))]
pub fn style_references(
    db: &dyn salsa::Database,
    style: SourceFile,
    substance: SourceFile,
    domain: SourceFile,
) -> Vec<Diagnostic> {
    let empty = StyleProgram::default();
    let program = parse(db, style).ast.as_style().unwrap_or(&empty);
    let substance = &substance_check(db, substance, domain).value;
    kite_check::check_substance_references(program, style.file_id(db), substance)
}

/// How each block of the Style file applies to the Substance: its
/// substitutions (selectors) or groups (collectors), block by block in
/// program order (layout statements are not blocks). A block whose
/// matches, estimated before matching, exceed the `block-matches` limit
/// is refused (E0313) and applies nowhere.
///
/// Re-runs when the Style tree, [`substance_check`] or the limits change.
#[salsa::tracked(returns(ref))]
pub fn style_matches(
    db: &dyn salsa::Database,
    style: SourceFile,
    substance: SourceFile,
    domain: SourceFile,
) -> StyleMatches {
    let empty = StyleProgram::default();
    let program = parse(db, style).ast.as_style().unwrap_or(&empty);
    let domain_env = &domain_check(db, domain).value;
    let substance_env = &substance_check(db, substance, domain).value;
    let limits = limits(db);
    let mut matches = StyleMatches::default();
    for item in &program.items {
        let StyleItem::Block { header, .. } = item else {
            continue;
        };
        let max_matches = limits.get(Limit::BlockMatches);
        match kite_matching::match_block(header, domain_env, substance_env, max_matches) {
            Ok(block) => matches.blocks.push(block),
            Err(TooManyMatches { estimate }) => {
                matches.diagnostics.push(Limit::BlockMatches.exceeded(
                    &limits,
                    style.file_id(db),
                    header.span(),
                    format!(
                        "this block would match up to {} times, estimated from the \
                         candidates of its variables and relations",
                        thousands(estimate)
                    ),
                    "refused before matching",
                ));
                matches.blocks.push(BlockMatches::Refused { estimate });
            }
        }
    }
    matches
}

/// The matches of a Style file's blocks, and the blocks refused by the
/// `block-matches` limit.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StyleMatches {
    /// One entry per block, in program order.
    pub blocks: Vec<BlockMatches>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Runs the trio's Styles (as one program, in order) over their matches:
/// overrides, deletes of nothing, writes and reads of fields that cannot
/// be, a missing or malformed canvas, cyclic assignments, ill-typed
/// expressions, groups and layering. When the whole trio is free of
/// errors, evaluates it with the trio's variation into a diagram, and
/// adds the problems only evaluation finds.
///
/// Re-runs when [`style_matches`] of any Style, a check of any file, or
/// the variation changes.
#[salsa::tracked(returns(ref))]
pub fn trio_elaboration(db: &dyn salsa::Database, trio: Trio) -> Elaboration {
    if Settings::get(db).panic_in_elaboration(db) {
        panic!("the debug hook made elaboration fail");
    }
    let (domain, substance) = (trio.domain(db), trio.substance(db));
    let empty = StyleProgram::default();
    let styles: Vec<StyleInput> = trio
        .styles(db)
        .iter()
        .map(|style| StyleInput {
            file: style.file_id(db),
            program: parse(db, *style).ast.as_style().unwrap_or(&empty),
            matches: &style_matches(db, *style, substance, domain).blocks,
        })
        .collect();
    let substance_env = &substance_check(db, substance, domain).value;
    let checks_passed = !trio_checks_fail(db, trio);
    kite_elaborate::elaborate(
        &styles,
        substance_env,
        trio.variation(db),
        checks_passed,
        &limits(db),
    )
}

/// Whether parsing or checking any file of the trio found an error.
fn trio_checks_fail(db: &dyn salsa::Database, trio: Trio) -> bool {
    let (domain, substance) = (trio.domain(db), trio.substance(db));
    let mut diagnostics: Vec<&[Diagnostic]> = vec![
        &parse(db, domain).diagnostics,
        &domain_check(db, domain).diagnostics,
        &parse(db, substance).diagnostics,
        &substance_check(db, substance, domain).diagnostics,
    ];
    for style in trio.styles(db) {
        diagnostics.push(&parse(db, *style).diagnostics);
        diagnostics.push(style_check(db, *style, domain));
        diagnostics.push(style_references(db, *style, substance, domain));
        diagnostics.push(&style_matches(db, *style, substance, domain).diagnostics);
    }
    diagnostics
        .iter()
        .flat_map(|list| list.iter())
        .any(Diagnostic::is_error)
}

/// Every diagnostic of a trio: for each file in the order Domain,
/// Substance, Styles, its syntax errors and then its check results.
///
/// A concatenation of the queries above; it re-runs whenever one of them
/// changes, which is cheap.
#[salsa::tracked(returns(ref))]
pub fn trio_diagnostics(db: &dyn salsa::Database, trio: Trio) -> Vec<Diagnostic> {
    let domain = trio.domain(db);
    let substance = trio.substance(db);
    let mut diagnostics = Vec::new();
    diagnostics.extend_from_slice(&parse(db, domain).diagnostics);
    diagnostics.extend_from_slice(&domain_check(db, domain).diagnostics);
    diagnostics.extend_from_slice(&parse(db, substance).diagnostics);
    diagnostics.extend_from_slice(&substance_check(db, substance, domain).diagnostics);
    for style in trio.styles(db) {
        diagnostics.extend_from_slice(&parse(db, *style).diagnostics);
        diagnostics.extend_from_slice(style_check(db, *style, domain));
        diagnostics.extend_from_slice(style_references(db, *style, substance, domain));
        diagnostics.extend_from_slice(&style_matches(db, *style, substance, domain).diagnostics);
    }
    diagnostics.extend_from_slice(&trio_elaboration(db, trio).diagnostics);
    diagnostics
}
