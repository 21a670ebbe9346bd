//! Signature help: the signature of the call the cursor is in, and which
//! of its parameters the cursor is writing.

use crate::completion::cursor::{Cursor, word};
use kite_check::{DomainEnv, DomainSignature};
use kite_db::{Database, SourceFile, Trio, domain_check};
use kite_diagnostics::Span;
use kite_library::{FunctionKind, FunctionSpec};
use kite_syntax::{Keyword, Language, Token};
use serde::Serialize;

/// The signature of a call, as shown while its arguments are written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SignatureHelp {
    /// The whole signature, e.g. `predicate IsSubset(Set a, Set b)`.
    pub label: String,
    pub parameters: Vec<ParameterInfo>,
    /// The parameter the cursor is in; `None` past the last parameter.
    pub active_parameter: Option<usize>,
    pub documentation: Option<String>,
}

/// One parameter of a signature.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ParameterInfo {
    /// The parameter as written in the signature label.
    pub label: String,
    /// Where `label` lies in the signature label, in bytes.
    pub label_span: Span,
    pub documentation: Option<String>,
}

/// The signature help at `offset` of `file`: inside the parentheses of a
/// Substance predicate, function or constructor, a Style `where` relation
/// or binding, or a Style library call (computations, `ensure` and
/// `encourage`).
pub fn signature_help(
    db: &Database,
    trio: Trio,
    file: SourceFile,
    offset: usize,
) -> Option<SignatureHelp> {
    let language = file.language(db);
    if language == Language::Domain {
        return None;
    }
    let cursor = Cursor::new(file.text(db), language, offset)?;
    let call = enclosing_call(cursor.preceding())?;
    let domain = &domain_check(db, trio.domain(db)).value;
    let preceding = cursor.preceding();
    let before_callee = call.callee.checked_sub(1).map(|index| &preceding[index].0);
    let name = word(&preceding[call.callee].0)?;
    let binds = match language {
        Language::Substance => preceding[..call.callee]
            .iter()
            .rev()
            .take_while(|(token, _)| *token != Token::Newline)
            .any(|(token, _)| *token == Token::Define),
        _ => before_callee == Some(&Token::Define),
    };
    let mut help = if language == Language::Substance || !call.in_block {
        domain_help(domain, name, binds)?
    } else {
        let kind = match before_callee {
            Some(Token::Keyword(Keyword::Ensure)) => FunctionKind::Constraint,
            Some(Token::Keyword(Keyword::Encourage)) => FunctionKind::Objective,
            _ => FunctionKind::Computation,
        };
        library_help(kind, name)?
    };
    help.active_parameter = (call.argument < help.parameters.len()).then_some(call.argument);
    Some(help)
}

/// A call around the cursor: the index of its callee among the preceding
/// tokens, the argument the cursor is in, and whether it is inside a Style
/// block (rather than a header).
struct Call {
    callee: usize,
    argument: usize,
    in_block: bool,
}

/// The innermost open `(` before the cursor that follows a name. Brackets
/// left open on an earlier line are closed by the line's end, as every
/// statement is one line.
fn enclosing_call(preceding: &[(Token<'_>, Span)]) -> Option<Call> {
    let mut open: Vec<(Token<'_>, usize)> = Vec::new();
    for (index, (token, _)) in preceding.iter().enumerate() {
        match token {
            Token::LParen | Token::LBracket | Token::LBrace => open.push((*token, index)),
            Token::RParen | Token::RBracket => {
                let opener = if *token == Token::RParen {
                    Token::LParen
                } else {
                    Token::LBracket
                };
                if let Some(position) = open.iter().rposition(|(token, _)| *token == opener) {
                    open.truncate(position);
                }
            }
            Token::RBrace => {
                if let Some(position) = open.iter().rposition(|(token, _)| *token == Token::LBrace)
                {
                    open.truncate(position);
                }
            }
            Token::Newline => {
                while open
                    .last()
                    .is_some_and(|(token, _)| *token != Token::LBrace)
                {
                    open.pop();
                }
            }
            _ => {}
        }
    }
    let (position, &(_, paren)) = open
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, (token, _))| *token != Token::LBrace)
        .find(|(_, (token, index))| {
            *token == Token::LParen
                && index
                    .checked_sub(1)
                    .is_some_and(|callee| matches!(preceding[callee].0, Token::Ident(_)))
        })?;
    let mut depth = 0usize;
    let mut argument = 0;
    for (token, _) in &preceding[paren + 1..] {
        match token {
            Token::LParen | Token::LBracket | Token::LBrace => depth += 1,
            Token::RParen | Token::RBracket | Token::RBrace => depth = depth.saturating_sub(1),
            Token::Comma if depth == 0 => argument += 1,
            _ => {}
        }
    }
    Some(Call {
        callee: paren - 1,
        argument,
        in_block: open[..position]
            .iter()
            .any(|(token, _)| *token == Token::LBrace),
    })
}

/// A predicate, or (when the call's result is bound with `:=`) a
/// constructor or function of the Domain; the other kind when the
/// expected one has no such name.
fn domain_help(domain: &DomainEnv, name: &str, binds: bool) -> Option<SignatureHelp> {
    let predicate = || {
        domain
            .predicates
            .get(name)
            .map(|s| (s, predicate_keyword(s)))
    };
    let callee = || {
        domain
            .constructors
            .get(name)
            .map(|s| (s, "constructor"))
            .or_else(|| domain.functions.get(name).map(|s| (s, "function")))
    };
    let (signature, keyword) = if binds {
        callee().or_else(predicate)?
    } else {
        predicate().or_else(callee)?
    };
    let label = domain_signature_label(keyword, signature);
    let parameters = label
        .params
        .iter()
        .map(|span| ParameterInfo {
            label: label.text[span.range()].to_string(),
            label_span: *span,
            documentation: None,
        })
        .collect();
    Some(SignatureHelp {
        label: label.text,
        parameters,
        active_parameter: None,
        documentation: None,
    })
}

fn predicate_keyword(signature: &DomainSignature) -> &'static str {
    if signature.symmetric {
        "symmetric predicate"
    } else {
        "predicate"
    }
}

/// A library function of the kind the call's position asks for, or of
/// another kind when it has none of that name.
fn library_help(kind: FunctionKind, name: &str) -> Option<SignatureHelp> {
    let others = [
        FunctionKind::Computation,
        FunctionKind::Constraint,
        FunctionKind::Objective,
    ];
    let spec = kite_library::function(kind, name).or_else(|| {
        others
            .iter()
            .find_map(|other| kite_library::function(*other, name))
    })?;
    let label = spec.signature();
    let parameters = library_parameter_spans(spec, &label)
        .into_iter()
        .map(|span| ParameterInfo {
            label: label[span.range()].to_string(),
            label_span: span,
            documentation: None,
        })
        .collect();
    Some(SignatureHelp {
        label,
        parameters,
        active_parameter: None,
        documentation: Some(spec.doc.to_string()),
    })
}

/// Where each parameter lies in [`FunctionSpec::signature`]: from its name
/// to the `, ` before the next parameter's name (or the closing `)`).
fn library_parameter_spans(spec: &FunctionSpec, label: &str) -> Vec<Span> {
    let mut spans = Vec::with_capacity(spec.params.len());
    let mut start = spec.name.len() + 1;
    for (index, param) in spec.params.iter().enumerate() {
        let end = match spec.params.get(index + 1) {
            Some(next) => {
                let separator = format!(", {}: ", next.name);
                match label[start..].find(&separator) {
                    Some(found) => start + found,
                    None => break,
                }
            }
            None => label.len() - 1,
        };
        if !label[start..].starts_with(param.name) {
            break;
        }
        spans.push(Span::new(start, end));
        start = end + 2;
    }
    spans
}

/// A Domain declaration's signature as text, with where each parameter
/// lies in it.
pub(crate) struct SignatureLabel {
    pub text: String,
    pub params: Vec<Span>,
}

/// `keyword name(T a, U b) -> V`.
pub(crate) fn domain_signature_label(keyword: &str, signature: &DomainSignature) -> SignatureLabel {
    let mut text = format!("{keyword} {}(", signature.name);
    let mut params = Vec::with_capacity(signature.params.len());
    for (index, param) in signature.params.iter().enumerate() {
        if index > 0 {
            text.push_str(", ");
        }
        let start = text.len();
        text.push_str(&param.ty.to_string());
        if let Some(name) = &param.name {
            text.push(' ');
            text.push_str(name);
        }
        params.push(Span::new(start, text.len()));
    }
    text.push(')');
    if let Some(output) = &signature.output {
        text.push_str(&format!(" -> {output}"));
    }
    SignatureLabel { text, params }
}
