//! The Style language's tree: headers, blocks, statements and expressions.

use super::common::{Ident, NumberLit, StringLit};
use kite_diagnostics::Span;
use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct StyleProgram {
    pub items: Vec<StyleItem>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind")]
pub enum StyleItem {
    /// A header and the block it runs.
    Block {
        header: Header,
        block: Block,
        span: Span,
    },
    /// `layout = [stage1, stage2]`.
    Layout { stages: Vec<Ident>, span: Span },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind")]
pub enum Header {
    Selector(Box<Selector>),
    Collector(Box<Collector>),
    /// A namespace such as `canvas` or `global`.
    Namespace(Ident),
}

impl Header {
    /// The header's text, from its keyword (or namespace name) to its end.
    pub fn span(&self) -> Span {
        match self {
            Header::Selector(selector) => selector.span,
            Header::Collector(collector) => collector.span,
            Header::Namespace(name) => name.span,
        }
    }
}

/// `forall [repeatable] T x; U y [where …] [with …]`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Selector {
    pub repeatable: bool,
    pub head: Vec<DeclPattern>,
    /// Empty when there is no `with` clause.
    pub with: Vec<DeclPattern>,
    /// Empty when there is no `where` clause.
    pub where_: Vec<Relation>,
    pub span: Span,
}

/// `collect [repeatable] T x into xs [where …] [with …] [foreach …]`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Collector {
    pub repeatable: bool,
    pub head: DeclPattern,
    pub into: Binding,
    pub where_: Vec<Relation>,
    pub with: Vec<DeclPattern>,
    pub foreach: Vec<DeclPattern>,
    pub span: Span,
}

/// One declared selector variable: `Set x` (a list `Set x, y` gives one each).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DeclPattern {
    pub ty: Ident,
    pub binding: Binding,
    pub span: Span,
}

/// A Style variable `x`, or a Substance object named literally with backticks.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Binding {
    pub kind: BindingKind,
    pub name: Ident,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum BindingKind {
    /// `x`: a variable of the selector.
    Style,
    /// `` `x` ``: the Substance object named `x`.
    Substance,
}

/// One relation of a `where` clause.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind")]
pub enum Relation {
    /// `x := f(y)`.
    Bind {
        binding: Binding,
        expr: SelectorExpr,
        span: Span,
    },
    /// `P(x, y)` or `P(x, y) as r`.
    Predicate {
        name: Ident,
        args: Vec<SelectorArg>,
        alias: Option<Ident>,
        span: Span,
    },
    /// `x has label`, `x has math label`, `x has text label`.
    Field {
        binding: Binding,
        field: Ident,
        descriptor: Option<FieldDescriptor>,
        span: Span,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum FieldDescriptor {
    Math,
    Text,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind")]
pub enum SelectorExpr {
    Call {
        name: Ident,
        args: Vec<SelectorArg>,
        span: Span,
    },
    Arg(SelectorArg),
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind")]
pub enum SelectorArg {
    Binding(Binding),
    Number(NumberLit),
    String(StringLit),
}

/// `{ … }`: statements, one per line.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Block {
    pub statements: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind")]
pub enum Stmt {
    /// `delete x.field`.
    Delete { path: Path, span: Span },
    /// `override x.field = value`.
    Override { path: Path, value: Expr, span: Span },
    /// `[type] x.field = value`; the annotation is parsed and ignored, as in Penrose.
    Assign {
        annotation: Option<TypeAnnotation>,
        path: Path,
        value: Expr,
        span: Span,
    },
    /// A constraint, objective, layering or shape that is not stored under a name.
    Anonymous { value: Expr, span: Span },
}

impl Stmt {
    /// The whole statement.
    pub fn span(&self) -> Span {
        match self {
            Stmt::Delete { span, .. }
            | Stmt::Override { span, .. }
            | Stmt::Assign { span, .. }
            | Stmt::Anonymous { span, .. } => *span,
        }
    }
}

/// `scalar` or `scalar[]` before an assignment.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TypeAnnotation {
    pub name: Ident,
    pub list: bool,
    pub span: Span,
}

/// `x.field.property[i][j]`: a root, members, then indices.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Path {
    pub root: Binding,
    pub members: Vec<Ident>,
    pub indices: Vec<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Expr {
    #[serde(flatten)]
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind")]
pub enum ExprKind {
    Number {
        value: f64,
    },
    /// A string, verbatim: there are no escapes.
    String {
        value: String,
    },
    Bool {
        value: bool,
    },
    /// `#RRGGBB` and friends; `hex` excludes the `#`.
    Color {
        hex: String,
    },
    /// `?`, `?[init]`, with optional stages.
    Vary {
        init: Option<NumberLit>,
        stages: Option<StageSpec>,
    },
    Path(Path),
    Call {
        name: Ident,
        args: Vec<Expr>,
    },
    /// `listof field from collection`.
    ListOf {
        field: Ident,
        collection: Path,
    },
    /// `numberof collection`.
    NumberOf {
        collection: Path,
    },
    /// `nameof x`.
    NameOf {
        path: Path,
    },
    /// `[a, b]`.
    List {
        elements: Vec<Expr>,
    },
    /// `(a, b)`; nested vectors are matrices, by rows.
    Vector {
        elements: Vec<Expr>,
    },
    /// `{a, b}`.
    Tuple {
        first: Box<Expr>,
        second: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    Unary {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `Circle { r: 5 … }`.
    Shape {
        shape: Ident,
        properties: Vec<Property>,
    },
    /// `[layer] a above b, c` or `… below …`.
    Layering {
        left: Path,
        op: LayerOp,
        right: Vec<Expr>,
    },
    /// `ensure body [in|except stages]`.
    Constraint {
        body: FunctionBody,
        stages: Option<StageSpec>,
    },
    /// `encourage body [in|except stages]`.
    Objective {
        body: FunctionBody,
        stages: Option<StageSpec>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum BinaryOp {
    Add,
    Subtract,
    Multiply,
    Divide,
    Power,
    /// `.*`
    ElementwiseMultiply,
    /// `./`
    ElementwiseDivide,
    /// `a then b`, which means `b * a`.
    Then,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum UnaryOp {
    Negate,
    /// Postfix `'`.
    Transpose,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum LayerOp {
    Above,
    Below,
}

/// `name: value`, one per line inside a shape.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Property {
    pub name: Ident,
    pub value: Expr,
    pub span: Span,
}

/// What an `ensure` or `encourage` applies.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind")]
pub enum FunctionBody {
    /// `f(args)`: a library constraint or objective.
    Call {
        name: Ident,
        args: Vec<Expr>,
        span: Span,
    },
    /// `a < b`, `a > b`, `a == b`: sugar for lessThan, greaterThan, equal.
    Comparison {
        op: ComparisonOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
        span: Span,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum ComparisonOp {
    Less,
    Greater,
    Equal,
}

/// `in [a, b]` (only those stages) or `except a` (all but those).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StageSpec {
    pub mode: StageMode,
    pub stages: Vec<Ident>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum StageMode {
    In,
    Except,
}
