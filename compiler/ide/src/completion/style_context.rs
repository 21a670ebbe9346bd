//! Where a cursor is in a Style program, read from the tokens before it:
//! in a header (and which clause), or in a block (statement start, value,
//! `ensure`/`encourage`, a shape's properties, a path's members).

use super::cursor::Cursor;
use kite_diagnostics::Span;
use kite_syntax::{Keyword, Token};

/// What the cursor is writing.
pub(super) enum StyleContext<'t> {
    /// The start of a block header or `layout` statement.
    ItemStart,
    Header {
        /// The variables the header has declared so far.
        variables: Vec<Variable<'t>>,
        position: HeaderPosition,
    },
    Block {
        /// The selector variables of the block's header, with their types.
        variables: Vec<Variable<'t>>,
        position: BlockPosition<'t>,
    },
}

/// A selector variable (or collection, or alias) a header binds.
pub(super) struct Variable<'t> {
    pub name: &'t str,
    /// `None` for a collector's collection and a relation's alias.
    pub ty: Option<&'t str>,
}

/// Where the cursor is in a selector or collector header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum HeaderPosition {
    /// A variable's type; `after_quantifier` right after `forall`/`collect`.
    Type { after_quantifier: bool },
    /// After a declaration: a clause keyword.
    ClauseKeyword { collector: bool },
    /// The start of a `where` relation.
    Relation,
    /// An argument of a `where` predicate or binding.
    RelationArgument,
    /// After `x :=` in `where`.
    Callee,
    /// After a complete relation.
    AfterRelation { collector: bool },
    /// Where a new name is written, or after something unreadable.
    Nothing,
}

/// Where the cursor is in a block.
pub(super) enum BlockPosition<'t> {
    StatementStart,
    /// After a type annotation (`scalar `): the path it names.
    AfterAnnotation,
    /// After `delete` or `override`.
    Path,
    /// An expression; `shapes` when a shape may be written (right of `=`).
    Value {
        shapes: bool,
    },
    /// After `ensure`.
    Constraint,
    /// After `encourage`.
    Objective,
    /// After `root.member.….`.
    Member {
        root: &'t str,
        members: Vec<&'t str>,
    },
    /// A property line of a shape, with the properties it already has.
    Property {
        shape: &'t str,
        written: Vec<&'t str>,
    },
    Nothing,
}

/// An open bracket before the cursor.
enum Open<'t> {
    /// A block's `{`, after the header tokens `header`.
    Block {
        header: std::ops::Range<usize>,
        at: usize,
    },
    /// A shape's `{`.
    Shape { name: &'t str, at: usize },
    /// Any other `(`, `[` or `{`.
    Group { token: Token<'t>, at: usize },
}

impl Open<'_> {
    fn at(&self) -> usize {
        match self {
            Open::Block { at, .. } | Open::Shape { at, .. } | Open::Group { at, .. } => *at,
        }
    }

    fn is_brace(&self) -> bool {
        !matches!(self, Open::Group { token, .. } if *token != Token::LBrace)
    }
}

pub(super) fn style_context<'t>(cursor: &Cursor<'t>) -> StyleContext<'t> {
    let tokens = &cursor.tokens;
    let preceding = cursor.preceding();
    let mut open: Vec<Open<'t>> = Vec::new();
    let mut header_start = 0;
    for (index, (token, _)) in preceding.iter().enumerate() {
        match token {
            Token::LBrace => {
                let in_block = open.iter().any(|open| matches!(open, Open::Block { .. }));
                let previous = index.checked_sub(1).map(|previous| &preceding[previous].0);
                open.push(match previous {
                    _ if !in_block => Open::Block {
                        header: header_start..index,
                        at: index,
                    },
                    Some(Token::Ident(name)) => Open::Shape { name, at: index },
                    _ => Open::Group {
                        token: *token,
                        at: index,
                    },
                });
            }
            Token::LParen | Token::LBracket => open.push(Open::Group {
                token: *token,
                at: index,
            }),
            Token::RParen | Token::RBracket => {
                if matches!(open.last(), Some(Open::Group { token, .. }) if *token != Token::LBrace)
                {
                    open.pop();
                }
            }
            Token::RBrace => {
                while let Some(closed) = open.pop() {
                    if closed.is_brace() {
                        if matches!(closed, Open::Block { .. }) {
                            header_start = index + 1;
                        }
                        break;
                    }
                }
            }
            Token::Newline => {
                while matches!(open.last(), Some(Open::Group { token, .. }) if *token != Token::LBrace)
                {
                    open.pop();
                }
            }
            _ => {}
        }
    }
    let (Some(Open::Block { header, .. }), Some(innermost)) = (open.first(), open.last()) else {
        let header: Vec<Token<'t>> = without_newlines(&preceding[header_start..]);
        if header.is_empty() {
            return StyleContext::ItemStart;
        }
        let reading = read_header(&header);
        return StyleContext::Header {
            variables: reading.variables,
            position: reading.position,
        };
    };
    let variables = read_header(&without_newlines(&preceding[header.clone()])).variables;
    let line_start = preceding
        .iter()
        .rposition(|(token, _)| *token == Token::Newline)
        .map_or(0, |newline| newline + 1);
    let statement = &preceding[line_start.max(innermost.at() + 1)..];
    let position = match member(statement) {
        Some(position) => position,
        None => match innermost {
            Open::Block { .. } => block_statement(statement),
            Open::Shape { name, at } => match statement {
                [] => BlockPosition::Property {
                    shape: name,
                    written: written_properties(tokens, *at),
                },
                [(Token::Ident(_), _), (Token::Colon, _), ..] => {
                    expression(&statement[1..], BlockPosition::Nothing)
                }
                _ => BlockPosition::Nothing,
            },
            Open::Group { .. } if statement.is_empty() => BlockPosition::Value { shapes: false },
            Open::Group { .. } => expression(statement, BlockPosition::Nothing),
        },
    };
    StyleContext::Block {
        variables,
        position,
    }
}

fn without_newlines<'t>(tokens: &[(Token<'t>, Span)]) -> Vec<Token<'t>> {
    tokens
        .iter()
        .map(|(token, _)| *token)
        .filter(|token| *token != Token::Newline)
        .collect()
}

/// After `root.a.` at the end of the statement: the path's parts.
fn member<'t>(statement: &[(Token<'t>, Span)]) -> Option<BlockPosition<'t>> {
    let (Token::Dot, _) = statement.last()? else {
        return None;
    };
    let mut parts = Vec::new();
    let mut rest = &statement[..statement.len() - 1];
    while let [before @ .., (Token::Ident(name), _)] = rest {
        parts.push(*name);
        match before {
            [earlier @ .., (Token::Dot, _)] => rest = earlier,
            _ => break,
        }
    }
    let root = parts.pop()?;
    parts.reverse();
    Some(BlockPosition::Member {
        root,
        members: parts,
    })
}

/// A statement of a block, by its tokens so far.
fn block_statement(statement: &[(Token<'_>, Span)]) -> BlockPosition<'static> {
    match statement {
        [] => BlockPosition::StatementStart,
        [.., (Token::Keyword(Keyword::Ensure), _)] => BlockPosition::Constraint,
        [.., (Token::Keyword(Keyword::Encourage), _)] => BlockPosition::Objective,
        [(Token::Keyword(Keyword::Delete | Keyword::Override), _)] => BlockPosition::Path,
        [(Token::Ident(_), _)]
        | [
            (Token::Ident(_), _),
            (Token::LBracket, _),
            (Token::RBracket, _),
        ] => BlockPosition::AfterAnnotation,
        [.., (Token::Assign, _)] => BlockPosition::Value { shapes: true },
        _ => expression(statement, BlockPosition::Nothing),
    }
}

/// In an expression: a value after an operator or separator, `otherwise`
/// after an operand.
fn expression<'t>(
    statement: &[(Token<'_>, Span)],
    otherwise: BlockPosition<'t>,
) -> BlockPosition<'t> {
    let Some((last, _)) = statement.last() else {
        return otherwise;
    };
    let operand_expected = matches!(
        last,
        Token::Comma
            | Token::LParen
            | Token::LBracket
            | Token::LBrace
            | Token::Plus
            | Token::Minus
            | Token::Star
            | Token::Slash
            | Token::Caret
            | Token::DotStar
            | Token::DotSlash
            | Token::Colon
            | Token::Less
            | Token::Greater
            | Token::EqualEqual
            | Token::Keyword(Keyword::From | Keyword::Numberof | Keyword::Nameof | Keyword::Layer)
            | Token::Ident("then" | "above" | "below")
    );
    if operand_expected {
        BlockPosition::Value { shapes: false }
    } else {
        otherwise
    }
}

/// The property names a shape's lines start with, before and after the
/// cursor: from the shape's `{` at `open` to its `}`.
fn written_properties<'t>(tokens: &[(Token<'t>, Span)], open: usize) -> Vec<&'t str> {
    let mut written = Vec::new();
    let mut depth = 0usize;
    for (index, (token, _)) in tokens.iter().enumerate().skip(open) {
        match token {
            Token::LBrace | Token::LParen | Token::LBracket => depth += 1,
            Token::RBrace | Token::RParen | Token::RBracket => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            Token::Ident(name) if depth == 1 => {
                let starts_line = matches!(tokens[index - 1].0, Token::Newline | Token::LBrace);
                let colon = tokens.get(index + 1).map(|(token, _)| token);
                if starts_line && colon == Some(&Token::Colon) {
                    written.push(*name);
                }
            }
            _ => {}
        }
    }
    written
}

/// What a header's tokens say: where the last one leaves the cursor, and
/// the variables declared so far.
struct HeaderReading<'t> {
    position: HeaderPosition,
    variables: Vec<Variable<'t>>,
}

/// The clause a header reader is in.
#[derive(Clone, Copy)]
enum Clause<'t> {
    Start,
    /// In `T x, y; U z`: expecting a type, a name of type `ty`, or a
    /// separator after one.
    DeclType,
    DeclName(&'t str),
    AfterDecl(&'t str),
    WhereStart,
    WhereName,
    WhereArgs(usize),
    WhereDefine,
    WhereCallee,
    WhereHas,
    WhereAlias,
    AfterRelation,
    Into,
    AfterInto,
    /// A namespace or `layout`, or tokens the reader cannot follow.
    Other,
}

fn read_header<'t>(tokens: &[Token<'t>]) -> HeaderReading<'t> {
    let mut clause = Clause::Start;
    let mut collector = false;
    let mut variables = Vec::new();
    for token in tokens {
        clause = match (clause, token) {
            (_, Token::Backtick) => clause,
            (Clause::Start, Token::Keyword(Keyword::Forall)) => Clause::DeclType,
            (Clause::Start, Token::Keyword(Keyword::Collect)) => {
                collector = true;
                Clause::DeclType
            }
            (Clause::DeclType, Token::Keyword(Keyword::Repeatable) | Token::Semicolon) => {
                Clause::DeclType
            }
            (Clause::DeclType, Token::Ident(ty)) => Clause::DeclName(ty),
            (Clause::DeclName(ty), Token::Ident(name)) => {
                variables.push(Variable { name, ty: Some(ty) });
                Clause::AfterDecl(ty)
            }
            (Clause::AfterDecl(ty), Token::Comma) => Clause::DeclName(ty),
            (Clause::AfterDecl(_), Token::Semicolon) => Clause::DeclType,
            (Clause::AfterDecl(_), Token::Ident("into")) => Clause::Into,
            (
                Clause::AfterDecl(_) | Clause::AfterRelation | Clause::AfterInto,
                Token::Keyword(Keyword::Where),
            ) => Clause::WhereStart,
            (
                Clause::AfterDecl(_) | Clause::AfterRelation | Clause::AfterInto,
                Token::Keyword(Keyword::With | Keyword::Foreach),
            ) => Clause::DeclType,
            (Clause::Into, Token::Ident(name)) => {
                variables.push(Variable { name, ty: None });
                Clause::AfterInto
            }
            (Clause::WhereStart, Token::Ident(_)) => Clause::WhereName,
            (Clause::WhereName | Clause::WhereCallee, Token::LParen) => Clause::WhereArgs(1),
            (Clause::WhereName, Token::Define) => Clause::WhereDefine,
            (Clause::WhereName, Token::Ident("has")) => Clause::WhereHas,
            (Clause::WhereHas, Token::Ident("math" | "text")) => Clause::WhereHas,
            (Clause::WhereHas, Token::Ident(_)) => Clause::AfterRelation,
            (Clause::WhereDefine, Token::Ident(_)) => Clause::WhereCallee,
            (Clause::WhereDefine, Token::Number(_) | Token::Str(_)) => Clause::AfterRelation,
            (Clause::WhereArgs(depth), Token::LParen) => Clause::WhereArgs(depth + 1),
            (Clause::WhereArgs(1), Token::RParen) => Clause::AfterRelation,
            (Clause::WhereArgs(depth), Token::RParen) => Clause::WhereArgs(depth - 1),
            (Clause::WhereArgs(depth), _) => Clause::WhereArgs(depth),
            (Clause::AfterRelation, Token::Semicolon) => Clause::WhereStart,
            (Clause::AfterRelation, Token::Keyword(Keyword::As)) => Clause::WhereAlias,
            (Clause::WhereAlias, Token::Ident(name)) => {
                variables.push(Variable { name, ty: None });
                Clause::AfterRelation
            }
            _ => Clause::Other,
        };
    }
    let after_quantifier = matches!(
        tokens.last(),
        Some(Token::Keyword(Keyword::Forall | Keyword::Collect))
    );
    let position = match clause {
        Clause::DeclType => HeaderPosition::Type { after_quantifier },
        Clause::AfterDecl(_) => HeaderPosition::ClauseKeyword { collector },
        Clause::WhereStart => HeaderPosition::Relation,
        Clause::WhereArgs(_) => HeaderPosition::RelationArgument,
        Clause::WhereDefine => HeaderPosition::Callee,
        Clause::AfterRelation | Clause::AfterInto => HeaderPosition::AfterRelation { collector },
        Clause::Start
        | Clause::DeclName(_)
        | Clause::WhereName
        | Clause::WhereCallee
        | Clause::WhereHas
        | Clause::WhereAlias
        | Clause::Into
        | Clause::Other => HeaderPosition::Nothing,
    };
    HeaderReading {
        position,
        variables,
    }
}
