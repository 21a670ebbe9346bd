//! The Substance language's tree: objects, facts, labels and indexed statements.

use super::common::{Ident, NumberLit, StringLit};
use kite_diagnostics::Span;
use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SubstanceProgram {
    pub statements: Vec<SubstanceStmt>,
}

/// One line of Substance, possibly templated by `for … in […]`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SubstanceStmt {
    pub kind: SubstanceStmtKind,
    pub index_set: Option<IndexSet>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind")]
pub enum SubstanceStmtKind {
    /// `T x` or `T x, y, z`.
    Decl { ty: Ident, names: Vec<Ident> },
    /// `T x := f(a, b)`.
    DeclBind {
        ty: Ident,
        name: Ident,
        expr: SubExpr,
    },
    /// `Let x := F(a, b)`: declares `x` with the type named `F`.
    Let { name: Ident, expr: SubExpr },
    /// `x := f(a, b)`.
    Bind { name: Ident, expr: SubExpr },
    /// `P(a, b)`.
    Predicate(Application),
    /// `Label x $tex$` or `Label x "text"`.
    Label { name: Ident, label: LabelText },
    /// `NoLabel a, b`.
    NoLabel { names: Vec<Ident> },
    /// `AutoLabel All` or `AutoLabel a, b`.
    AutoLabel { target: AutoLabelTarget },
}

/// A predicate, function or constructor applied to arguments.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Application {
    pub name: Ident,
    pub args: Vec<SubArg>,
    pub span: Span,
}

/// The right-hand side of `:=`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind")]
pub enum SubExpr {
    Call(Application),
    Arg(SubArg),
}

/// An argument: arguments are never nested applications.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind")]
pub enum SubArg {
    Ident(Ident),
    String(StringLit),
    Number(NumberLit),
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LabelText {
    pub text: String,
    pub style: LabelStyle,
    pub span: Span,
}

/// `$…$` labels are math (TeX); `"…"` labels are plain text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum LabelStyle {
    Math,
    Text,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind")]
pub enum AutoLabelTarget {
    All { span: Span },
    Names { names: Vec<Ident> },
}

/// `for i in [0, 3], j in [1, 2] where i < j`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IndexSet {
    pub ranges: Vec<IndexRange>,
    pub condition: Option<BoolExpr>,
    pub span: Span,
}

/// `i in [low, high]`; the endpoints must be integers (checked later).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IndexRange {
    pub variable: Ident,
    pub low: NumberLit,
    pub high: NumberLit,
    pub span: Span,
}

/// The condition of an index set.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind")]
pub enum BoolExpr {
    Binary {
        op: BoolOp,
        lhs: Box<BoolExpr>,
        rhs: Box<BoolExpr>,
        span: Span,
    },
    Not {
        operand: Box<BoolExpr>,
        span: Span,
    },
    Constant {
        value: bool,
        span: Span,
    },
    Compare {
        op: CompareOp,
        lhs: NumExpr,
        rhs: NumExpr,
        span: Span,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum CompareOp {
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    Equal,
    NotEqual,
}

/// Arithmetic over index variables. `^` has the precedence of `*` and
/// associates to the left, as in Penrose.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind")]
pub enum NumExpr {
    Binary {
        op: NumOp,
        lhs: Box<NumExpr>,
        rhs: Box<NumExpr>,
        span: Span,
    },
    Negate {
        operand: Box<NumExpr>,
        span: Span,
    },
    Number(NumberLit),
    Variable(Ident),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum NumOp {
    Add,
    Subtract,
    Multiply,
    Divide,
    Power,
    /// `%` or `mod`: the remainder, with the sign of the dividend.
    Modulo,
}
