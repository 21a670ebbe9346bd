//! Folding ranges: brackets that span lines (Style blocks, shapes, lists,
//! vectors), runs of whole-line `--` comments, and `/* */` comments that
//! span lines. Read from the tokens, so a file with errors still folds.

use kite_db::{Database, SourceFile};
use kite_diagnostics::Span;
use kite_syntax::{Token, lex};
use serde::Serialize;

/// A range an editor can fold, from its first to its last byte.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FoldingRange {
    pub span: Span,
    pub kind: FoldingKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum FoldingKind {
    Region,
    Comment,
}

/// The folding ranges of `file`, in order of their starts.
pub fn folding_ranges(db: &Database, file: SourceFile) -> Vec<FoldingRange> {
    let text = file.text(db);
    let tokens = lex(text, file.language(db), file.file_id(db)).tokens;
    let mut ranges = bracket_ranges(text, &tokens);
    ranges.extend(comment_ranges(text, &tokens));
    ranges.sort_by_key(|range| (range.span.start, std::cmp::Reverse(range.span.end)));
    ranges
}

fn spans_lines(text: &str, span: Span) -> bool {
    text[span.range()].contains('\n')
}

/// Every matched `{…}`, `(…)` and `[…]` that spans lines.
fn bracket_ranges(text: &str, tokens: &[(Token<'_>, Span)]) -> Vec<FoldingRange> {
    let mut open: Vec<(Token<'_>, Span)> = Vec::new();
    let mut ranges = Vec::new();
    for (token, span) in tokens {
        let opener = match token {
            Token::LBrace | Token::LParen | Token::LBracket => {
                open.push((*token, *span));
                continue;
            }
            Token::RBrace => Token::LBrace,
            Token::RParen => Token::LParen,
            Token::RBracket => Token::LBracket,
            _ => continue,
        };
        // An unmatched closer closes nothing; an opener left unclosed
        // inside the pair is dropped with it.
        let Some(position) = open.iter().rposition(|(token, _)| *token == opener) else {
            continue;
        };
        let start = open[position].1.start;
        open.truncate(position);
        let folded = Span::new(start, span.end);
        if spans_lines(text, folded) {
            ranges.push(FoldingRange {
                span: folded,
                kind: FoldingKind::Region,
            });
        }
    }
    ranges
}

/// Block comments over several lines, and runs of two or more lines that
/// hold only a `--` comment.
fn comment_ranges(text: &str, tokens: &[(Token<'_>, Span)]) -> Vec<FoldingRange> {
    let mut ranges = Vec::new();
    let mut run: Option<Span> = None;
    let close_run = |run: &mut Option<Span>, ranges: &mut Vec<FoldingRange>| {
        if let Some(span) = run.take().filter(|span| spans_lines(text, *span)) {
            ranges.push(FoldingRange {
                span,
                kind: FoldingKind::Comment,
            });
        }
    };
    let mut gap_start = 0;
    let end = (Token::Newline, Span::empty_at(text.len()));
    for (token, span) in tokens.iter().chain([&end]) {
        for comment in comments_in(text, gap_start, span.start) {
            let is_line_comment = text[comment.range()].starts_with("--");
            if !is_line_comment {
                close_run(&mut run, &mut ranges);
                if spans_lines(text, comment) {
                    ranges.push(FoldingRange {
                        span: comment,
                        kind: FoldingKind::Comment,
                    });
                }
                continue;
            }
            if !starts_line(text, comment.start) {
                close_run(&mut run, &mut ranges);
                continue;
            }
            run = match run {
                Some(previous) if follows_on_next_line(text, previous, comment) => {
                    Some(previous.to(comment))
                }
                _ => {
                    close_run(&mut run, &mut ranges);
                    Some(comment)
                }
            };
        }
        gap_start = span.end;
        if *token != Token::Newline {
            close_run(&mut run, &mut ranges);
        }
    }
    close_run(&mut run, &mut ranges);
    ranges
}

/// The comments in the text between two tokens: block comments, then at
/// most one line comment running to the end of the gap.
fn comments_in(text: &str, start: usize, end: usize) -> Vec<Span> {
    let mut comments = Vec::new();
    let mut at = start;
    while at < end {
        let rest = &text[at..end];
        let trimmed = rest.trim_start();
        at = end - trimmed.len();
        if trimmed.starts_with("--") {
            comments.push(Span::new(
                at,
                end - (trimmed.len() - trimmed.trim_end().len()),
            ));
            break;
        }
        if !trimmed.starts_with("/*") {
            break;
        }
        let Some(close) = trimmed[2..].find("*/") else {
            break;
        };
        let comment_end = at + 2 + close + 2;
        comments.push(Span::new(at, comment_end));
        at = comment_end;
    }
    comments
}

/// Whether only spaces come before `offset` on its line.
fn starts_line(text: &str, offset: usize) -> bool {
    let line_start = text[..offset].rfind('\n').map_or(0, |newline| newline + 1);
    text[line_start..offset].trim().is_empty()
}

/// Whether `next` is on the line after `previous` with only spaces between.
fn follows_on_next_line(text: &str, previous: Span, next: Span) -> bool {
    let between = &text[previous.end..next.start];
    between.trim().is_empty() && between.matches('\n').count() == 1
}
