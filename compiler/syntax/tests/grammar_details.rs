//! Focused checks of precedence, associativity and the lexical quirks the
//! Penrose languages have, written as expected S-expressions.

use kite_diagnostics::{Code, FileId};
use kite_syntax::ast::{
    BinaryOp, Expr, ExprKind, NumExpr, NumOp, Stmt, StyleItem, SubstanceStmtKind, UnaryOp,
};
use kite_syntax::{Keyword, Language, Token, lex, parse_domain, parse_style, parse_substance};

const FILE: FileId = FileId(0);

/// The value of the single assignment in `forall T x {\n  x.v = <expr>\n}`.
fn style_value(expr: &str) -> String {
    let source = format!("forall T x {{\n  x.v = {expr}\n}}\n");
    let parsed = parse_style(&source, FILE);
    assert!(
        parsed.diagnostics.is_empty(),
        "{expr}: {:?}",
        parsed.diagnostics
    );
    let StyleItem::Block { block, .. } = &parsed.ast.items[0] else {
        panic!()
    };
    let Stmt::Assign { value, .. } = &block.statements[0] else {
        panic!()
    };
    sexpr(value)
}

fn sexpr(expr: &Expr) -> String {
    let all = |items: &[Expr]| items.iter().map(sexpr).collect::<Vec<_>>().join(" ");
    match &expr.kind {
        ExprKind::Number { value } => value.to_string(),
        ExprKind::String { value } => format!("{value:?}"),
        ExprKind::Bool { value } => value.to_string(),
        ExprKind::Color { hex } => format!("#{hex}"),
        ExprKind::Path(path) => {
            let mut text = path.root.name.name.clone();
            for member in &path.members {
                text += &format!(".{}", member.name);
            }
            for index in &path.indices {
                text += &format!("[{}]", sexpr(index));
            }
            text
        }
        ExprKind::Call { name, args } => format!("({} {})", name.name, all(args)),
        ExprKind::List { elements } => format!("[{}]", all(elements)),
        ExprKind::Vector { elements } => format!("(vec {})", all(elements)),
        ExprKind::Tuple { first, second } => format!("{{{} {}}}", sexpr(first), sexpr(second)),
        ExprKind::Binary { op, lhs, rhs } => {
            let op = match op {
                BinaryOp::Add => "+",
                BinaryOp::Subtract => "-",
                BinaryOp::Multiply => "*",
                BinaryOp::Divide => "/",
                BinaryOp::Power => "^",
                BinaryOp::ElementwiseMultiply => ".*",
                BinaryOp::ElementwiseDivide => "./",
                BinaryOp::Then => "then",
            };
            format!("({op} {} {})", sexpr(lhs), sexpr(rhs))
        }
        ExprKind::Unary { op, operand } => match op {
            UnaryOp::Negate => format!("(neg {})", sexpr(operand)),
            UnaryOp::Transpose => format!("(T {})", sexpr(operand)),
        },
        other => format!("{other:?}"),
    }
}

#[test]
fn style_operator_precedence_and_associativity() {
    assert_eq!(style_value("1 + 2 * 3"), "(+ 1 (* 2 3))");
    assert_eq!(style_value("1 - 2 - 3"), "(- (- 1 2) 3)");
    assert_eq!(style_value("2 ^ 3 ^ 2"), "(^ 2 (^ 3 2))");
    assert_eq!(style_value("-x ^ 2"), "(^ (neg x) 2)");
    assert_eq!(style_value("a .* b ./ c"), "(./ (.* a b) c)");
    assert_eq!(style_value("a then b + c"), "(+ (then a b) c)");
    assert_eq!(style_value("A' * B"), "(* (T A) B)");
    assert_eq!(style_value("A''"), "(T (T A))");
    assert_eq!(style_value("(1 + 2) * 3"), "(* (+ 1 2) 3)");
}

#[test]
fn style_collections_and_paths() {
    assert_eq!(style_value("(1,)"), "(vec 1)");
    assert_eq!(style_value("((1, 2), (3, 4))"), "(vec (vec 1 2) (vec 3 4))");
    assert_eq!(style_value("[]"), "[]");
    assert_eq!(style_value("[1, 2,]"), "[1 2]");
    assert_eq!(style_value("{1, \"a\"}"), "{1 \"a\"}");
    assert_eq!(style_value("x.shape.center[0]"), "x.shape.center[0]");
    assert_eq!(style_value("m[1][0]"), "m[1][0]");
    assert_eq!(
        style_value("rgba(0.1, .5, 1., 1e-3)"),
        "(rgba 0.1 0.5 1 0.001)"
    );
    assert_eq!(style_value("#ff000080"), "#ff000080");
    assert_eq!(style_value("\"a\\b\""), "\"a\\\\b\"");
}

#[test]
fn style_signed_numbers_lex_as_one_literal() {
    assert_eq!(style_value("2 - 1"), "(- 2 1)");
    assert_eq!(style_value("x-y"), "(- x y)");
    assert_eq!(style_value("-1"), "-1");
    let parsed = parse_style("forall T x {\n  x.v = 2-1\n}\n", FILE);
    assert_eq!(parsed.diagnostics.len(), 1);
    let diagnostic = &parsed.diagnostics[0];
    assert_eq!(diagnostic.code, Code::UnexpectedToken);
    assert_eq!(diagnostic.fixes[0].edits[0].replacement, " - 1");
}

#[test]
fn substance_index_arithmetic_puts_power_with_multiplication() {
    let parsed = parse_substance("P(x_i) for i in [0, 3] where i * 2 ^ 2 > -i ^ 2\n", FILE);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let condition = parsed.ast.statements[0]
        .index_set
        .as_ref()
        .unwrap()
        .condition
        .as_ref()
        .unwrap();
    let kite_syntax::ast::BoolExpr::Compare { lhs, rhs, .. } = condition else {
        panic!()
    };
    fn show(expr: &NumExpr) -> String {
        match expr {
            NumExpr::Binary { op, lhs, rhs, .. } => {
                let op = match op {
                    NumOp::Add => "+",
                    NumOp::Subtract => "-",
                    NumOp::Multiply => "*",
                    NumOp::Divide => "/",
                    NumOp::Power => "^",
                    NumOp::Modulo => "%",
                };
                format!("({op} {} {})", show(lhs), show(rhs))
            }
            NumExpr::Negate { operand, .. } => format!("(neg {})", show(operand)),
            NumExpr::Number(number) => number.value.to_string(),
            NumExpr::Variable(name) => name.name.clone(),
        }
    }
    assert_eq!(show(lhs), "(^ (* i 2) 2)");
    assert_eq!(show(rhs), "(^ (neg i) 2)");
}

#[test]
fn substance_tex_labels_are_verbatim_and_single_line() {
    let parsed = parse_substance("Label A $\\vec{a} -- not a comment$\n", FILE);
    assert!(parsed.diagnostics.is_empty());
    let SubstanceStmtKind::Label { label, .. } = &parsed.ast.statements[0].kind else {
        panic!()
    };
    assert_eq!(label.text, "\\vec{a} -- not a comment");
    let parsed = parse_substance("Label A $a\nLabel B $b$\n", FILE);
    assert_eq!(parsed.diagnostics.len(), 1);
    assert_eq!(parsed.diagnostics[0].code, Code::UnterminatedTex);
    assert_eq!(parsed.ast.statements.len(), 1, "the second label survives");
}

#[test]
fn keywords_depend_on_the_language() {
    let kinds = |source, language| -> Vec<Token<'_>> {
        lex(source, language, FILE)
            .tokens
            .into_iter()
            .map(|(token, _)| token)
            .collect()
    };
    assert_eq!(
        kinds("forall", Language::Style),
        [Token::Keyword(Keyword::Forall)]
    );
    assert_eq!(kinds("forall", Language::Domain), [Token::Ident("forall")]);
    assert_eq!(
        kinds("type", Language::Domain),
        [Token::Keyword(Keyword::Type)]
    );
    assert_eq!(kinds("type", Language::Style), [Token::Ident("type")]);
    assert_eq!(kinds("into", Language::Style), [Token::Ident("into")]);
    assert_eq!(kinds("θ", Language::Style), [Token::Ident("θ")]);
}

#[test]
fn lexer_quirks() {
    let kinds = |source| -> Vec<Token<'_>> {
        lex(source, Language::Style, FILE)
            .tokens
            .into_iter()
            .map(|(token, _)| token)
            .collect()
    };
    assert_eq!(
        kinds("27./255."),
        [Token::Number("27."), Token::Slash, Token::Number("255.")]
    );
    assert_eq!(
        kinds("a.*b"),
        [Token::Ident("a"), Token::DotStar, Token::Ident("b")]
    );
    assert_eq!(
        kinds("x /* a\n b */ y -- c"),
        [Token::Ident("x"), Token::Ident("y")]
    );
    assert_eq!(
        kinds("a\r\nb\rc"),
        [
            Token::Ident("a"),
            Token::Newline,
            Token::Ident("b"),
            Token::Newline,
            Token::Ident("c")
        ]
    );
    // No escapes: a backslash is kept and the next quote ends the string.
    assert_eq!(kinds("\"a\\\"b"), [Token::Str("a\\"), Token::Ident("b")]);
}

#[test]
fn domain_constructors_need_named_parameters() {
    let parsed = parse_domain("type R\nconstructor Pair(R a, R) -> R\n", FILE);
    let codes: Vec<Code> = parsed.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::UnnamedConstructorParameter]);
    assert_eq!(parsed.ast.statements.len(), 2);
}

#[test]
fn empty_and_blank_inputs_parse_to_empty_programs() {
    for source in ["", "\n\n", "-- only a comment", "/* block */\n"] {
        assert!(parse_domain(source, FILE).diagnostics.is_empty());
        assert!(parse_substance(source, FILE).diagnostics.is_empty());
        assert!(parse_style(source, FILE).diagnostics.is_empty());
    }
}
