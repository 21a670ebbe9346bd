//! Pass 3: the type of every field and property, from its expression and
//! the types of what it reads, in dependency order; operators, list
//! elements and shapes used as values that cannot be right are reported.
//!
//! Types only ever come from what is certain: a library call that returns
//! a vector-like value, a `listof`, or anything inside a cycle is
//! `Unknown`, which every rule accepts, so no error is reported on a guess.

use crate::dependencies::{DependencyGraph, Node};
use crate::fields::{Assigned, Field, Translation};
use kite_diagnostics::{Code, Diagnostic, FileId, Span, deduplicate};
use kite_library::{FunctionKind, PropertyType, ValueType, function, shape};
use kite_syntax::ast::{BinaryOp, Expr, ExprKind, FunctionBody, UnaryOp};

/// The type of a Style value, as far as it is known before evaluation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    Float,
    Bool,
    Str,
    Color,
    /// `( … )` of numbers.
    Vector,
    /// `[ … ]` of numbers.
    List,
    Tuple,
    /// `( … )` of vectors.
    Matrix,
    /// `[ … ]` of vectors, lists or tuples.
    ListOfLists,
    PointList,
    PathData,
    PathDataList,
    ShapeList,
    ClipData,
    Shape,
    /// A constraint, objective or layering: not a value.
    Statement,
    Unknown,
}

impl Type {
    fn describe(self) -> &'static str {
        match self {
            Type::Float => "a number",
            Type::Bool => "a boolean",
            Type::Str => "a string",
            Type::Color => "a colour",
            Type::Vector => "a vector",
            Type::List => "a list",
            Type::Tuple => "a tuple",
            Type::Matrix => "a matrix",
            Type::ListOfLists => "a list of lists",
            Type::PointList => "a list of points",
            Type::PathData => "path data",
            Type::PathDataList => "a list of path data",
            Type::ShapeList => "a list of shapes",
            Type::ClipData => "clip data",
            Type::Shape => "a shape",
            Type::Statement => "a constraint, objective or layering",
            Type::Unknown => "a value",
        }
    }

    fn of_property(ty: PropertyType) -> Type {
        match ty {
            PropertyType::Float => Type::Float,
            PropertyType::String => Type::Str,
            PropertyType::Bool => Type::Bool,
            PropertyType::Color => Type::Color,
            PropertyType::Vector => Type::Vector,
            PropertyType::PointList => Type::PointList,
            PropertyType::PathData => Type::PathData,
            PropertyType::ShapeList => Type::ShapeList,
            PropertyType::ClipData => Type::ClipData,
        }
    }

    /// The type a library function certainly returns.
    fn of_result(ty: ValueType) -> Type {
        match ty {
            ValueType::Real | ValueType::Unit | ValueType::PosInt | ValueType::Nat => Type::Float,
            ValueType::Color => Type::Color,
            ValueType::String => Type::Str,
            ValueType::Boolean => Type::Bool,
            ValueType::PathCmd => Type::PathData,
            ValueType::ClipData => Type::ClipData,
            _ => Type::Unknown,
        }
    }
}

/// Infers the type of every node and reports ill-typed expressions.
pub fn check_types(translation: &Translation, graph: &DependencyGraph) -> Vec<Diagnostic> {
    let mut checker = TypeChecker {
        translation,
        graph,
        types: vec![Type::Unknown; graph.nodes.len()],
        lengths: vec![None; graph.nodes.len()],
        varies: vec![false; graph.nodes.len()],
        file: FileId(0),
        diagnostics: Vec::new(),
    };
    for component in &graph.order {
        if component.len() > 1 {
            continue;
        }
        let index = component[0];
        let (node, _) = graph.nodes.get_index(index).expect("a node");
        checker.types[index] = checker.node_type(*node);
        checker.lengths[index] = checker.node_expr(*node).and_then(literal_length);
        checker.varies[index] = checker.node_varies(*node);
    }
    let mut diagnostics = checker.diagnostics;
    deduplicate(&mut diagnostics, 0);
    diagnostics
}

struct TypeChecker<'t, 'p> {
    translation: &'t Translation<'p>,
    graph: &'t DependencyGraph,
    types: Vec<Type>,
    /// The number of elements of each node whose value is a collection
    /// literal.
    lengths: Vec<Option<usize>>,
    /// Whether each node's value depends on an optimised unknown (a `?` or
    /// a sampled default).
    varies: Vec<bool>,
    /// The Style file of the expression being typed.
    file: FileId,
    diagnostics: Vec<Diagnostic>,
}

impl TypeChecker<'_, '_> {
    fn node_type(&mut self, node: Node) -> Type {
        match (node, &self.translation.fields[node_field(node)]) {
            (Node::Field(_), Field::Value(assigned)) => self.assigned(assigned),
            (Node::Field(_), Field::Shape(_)) => Type::Shape,
            (Node::Field(_), Field::Label(_)) => Type::Str,
            (Node::Field(_), Field::Count(_)) => Type::Float,
            (Node::Property(_, property), Field::Shape(shape_field)) => {
                let (name, assigned) = shape_field
                    .properties
                    .get_index(property)
                    .expect("a property");
                let ty = self.assigned(assigned);
                // A property of the wrong type is reported once; readers
                // see an unknown type instead of a cascade of errors.
                if self.property(&shape_field.shape.name, name, assigned.expr, ty) {
                    ty
                } else {
                    Type::Unknown
                }
            }
            (Node::Property(..), _) => Type::Unknown,
        }
    }

    /// Whether a node's value depends on an optimised unknown. A whole
    /// shape counts as varying: its sampled defaults are unknowns.
    fn node_varies(&self, node: Node) -> bool {
        let run = match (node, &self.translation.fields[node_field(node)]) {
            (Node::Field(_), Field::Shape(_)) => return true,
            (_, Field::Value(assigned)) => assigned.run,
            (_, Field::Shape(shape)) => shape.run,
            (_, Field::Label(_) | Field::Count(_)) => return false,
        };
        self.node_expr(node)
            .is_some_and(|expr| self.expr_varies(expr, run))
    }

    /// Whether an expression depends on an optimised unknown.
    fn expr_varies(&self, expr: &Expr, run: usize) -> bool {
        match &expr.kind {
            ExprKind::Vary { .. } => true,
            ExprKind::Path(path) => {
                let base = match self.graph.resolved(run, path) {
                    // A default property of a shape: sampled ones vary.
                    Some((Node::Field(field), true)) => match &self.translation.fields[field] {
                        Field::Shape(shape_field) => {
                            let property = path.members.last().map_or("", |m| m.name.as_str());
                            shape(&shape_field.shape.name)
                                .and_then(|kind| kind.spec().property_named(property))
                                .is_some_and(|spec| spec.default.is_sampled())
                        }
                        _ => false,
                    },
                    Some((node, _)) => {
                        let index = self.graph.nodes.get_index_of(&node).expect("a node");
                        self.varies[index]
                    }
                    None => false,
                };
                base || path
                    .indices
                    .iter()
                    .any(|index| self.expr_varies(index, run))
            }
            ExprKind::Call { name, args } => {
                let constant = function(FunctionKind::Computation, &name.name)
                    .is_some_and(|spec| spec.result_is_constant());
                !constant && args.iter().any(|arg| self.expr_varies(arg, run))
            }
            ExprKind::List { elements } | ExprKind::Vector { elements } => elements
                .iter()
                .any(|element| self.expr_varies(element, run)),
            ExprKind::Tuple { first, second } => {
                self.expr_varies(first, run) || self.expr_varies(second, run)
            }
            ExprKind::Binary { lhs, rhs, .. } => {
                self.expr_varies(lhs, run) || self.expr_varies(rhs, run)
            }
            ExprKind::Unary { operand, .. } => self.expr_varies(operand, run),
            _ => false,
        }
    }

    /// The expression a value or property node holds.
    fn node_expr(&self, node: Node) -> Option<&Expr> {
        match (node, &self.translation.fields[node_field(node)]) {
            (Node::Field(_), Field::Value(assigned)) => Some(assigned.expr),
            (Node::Property(_, property), Field::Shape(shape)) => shape
                .properties
                .get_index(property)
                .map(|(_, assigned)| assigned.expr),
            _ => None,
        }
    }

    fn assigned(&mut self, assigned: &Assigned) -> Type {
        self.file = self.translation.runs[assigned.run].file;
        self.expr(assigned.expr, assigned.run)
    }

    fn expr(&mut self, expr: &Expr, run: usize) -> Type {
        match &expr.kind {
            ExprKind::Number { .. } | ExprKind::Vary { .. } | ExprKind::NumberOf { .. } => {
                Type::Float
            }
            ExprKind::String { .. } | ExprKind::NameOf { .. } => Type::Str,
            ExprKind::Bool { .. } => Type::Bool,
            ExprKind::Color { .. } => Type::Color,
            ExprKind::Path(path) => {
                for index in &path.indices {
                    let ty = self.expr(index, run);
                    self.index(index, ty);
                }
                let (base, length) = match self.graph.resolved(run, path) {
                    Some((node, names_property)) => self.read(node, names_property, path),
                    None => (Type::Unknown, None),
                };
                if let (Some(length), Some(first)) = (length, path.indices.first()) {
                    self.bounds(first, length);
                }
                if path.indices.is_empty() {
                    base
                } else {
                    self.indexed(base, path.indices.len(), expr.span)
                }
            }
            ExprKind::Call { name, args } => {
                self.arguments(FunctionKind::Computation, &name.name, args, run);
                function(FunctionKind::Computation, &name.name)
                    .map_or(Type::Unknown, |spec| Type::of_result(spec.returns))
            }
            ExprKind::ListOf { .. } => Type::Unknown,
            ExprKind::List { elements } => self.collection(elements, run, expr.span, true),
            ExprKind::Vector { elements } => self.collection(elements, run, expr.span, false),
            ExprKind::Tuple { first, second } => {
                self.expr(first, run);
                self.expr(second, run);
                Type::Tuple
            }
            ExprKind::Binary { op, lhs, rhs } => {
                let left = self.expr(lhs, run);
                let right = self.expr(rhs, run);
                self.binary(*op, left, right, expr.span)
            }
            ExprKind::Unary { op, operand } => {
                let operand = self.expr(operand, run);
                self.unary(*op, operand, expr.span)
            }
            ExprKind::Shape { .. } => Type::Shape,
            ExprKind::Constraint { body, .. } => {
                self.function_body(FunctionKind::Constraint, body, run);
                Type::Statement
            }
            ExprKind::Objective { body, .. } => {
                self.function_body(FunctionKind::Objective, body, run);
                Type::Statement
            }
            ExprKind::Layering { .. } => Type::Statement,
        }
    }

    fn function_body(&mut self, kind: FunctionKind, body: &FunctionBody, run: usize) {
        match body {
            FunctionBody::Call { name, args, .. } => self.arguments(kind, &name.name, args, run),
            FunctionBody::Comparison { lhs, rhs, .. } => {
                for side in [lhs, rhs] {
                    let ty = self.expr(side, run);
                    if !accepts(ValueType::Real, ty) {
                        self.error(
                            Code::ArgumentTypeMismatch,
                            side.span,
                            format!("a comparison compares numbers, not {}", ty.describe()),
                            "expected a number",
                        );
                    }
                }
            }
        }
    }

    /// Types the arguments of a library call and reports those its
    /// parameters certainly do not accept (E0421).
    fn arguments(&mut self, kind: FunctionKind, name: &str, args: &[Expr], run: usize) {
        let spec = function(kind, name);
        for (index, arg) in args.iter().enumerate() {
            let ty = self.expr(arg, run);
            let Some(spec) = spec else { continue };
            let Some(param) = spec.params.get(index) else {
                continue;
            };
            if spec.needs_constant(index) && self.expr_varies(arg, run) {
                self.error(
                    Code::FunctionFailed,
                    arg.span,
                    format!(
                        "argument {} (`{}`) of `{name}` must be fixed before layout, but it depends on an unknown",
                        index + 1,
                        param.name
                    ),
                    "depends on `?` or a sampled default",
                );
            }
            if !accepts(param.ty, ty) {
                self.error(
                    Code::ArgumentTypeMismatch,
                    arg.span,
                    format!(
                        "argument {} (`{}`) of `{name}` cannot be {}",
                        index + 1,
                        param.name,
                        ty.describe()
                    ),
                    "wrong type for this parameter",
                );
            }
        }
    }

    /// Whether a shape property's value fits the property; reports one
    /// that certainly does not (E0311), unless it is a literal, which the
    /// checker reported already.
    fn property(&mut self, shape_name: &str, name: &str, expr: &Expr, ty: Type) -> bool {
        let Some(kind) = shape(shape_name) else {
            return true;
        };
        let fits = ty == Type::Unknown
            || match kind.spec().property_named(name) {
                Some(spec) => fits_property(spec.ty, ty),
                // Passthrough attributes hold strings or numbers.
                None => matches!(ty, Type::Str | Type::Float),
            };
        let literal = matches!(
            expr.kind,
            ExprKind::Number { .. }
                | ExprKind::String { .. }
                | ExprKind::Bool { .. }
                | ExprKind::Color { .. }
        );
        if !fits && !literal {
            self.error(
                Code::PropertyTypeMismatch,
                expr.span,
                format!("`{shape_name}.{name}` cannot be {}", ty.describe()),
                "wrong type for this property",
            );
        }
        fits
    }

    /// The type of reading `node`, or a default property of its shape.
    /// The type of reading `node` (or a default property of its shape),
    /// and its number of elements when that is known.
    fn read(
        &self,
        node: Node,
        names_property: bool,
        path: &kite_syntax::ast::Path,
    ) -> (Type, Option<usize>) {
        let index = self.graph.nodes.get_index_of(&node).expect("a node");
        match (node, names_property) {
            (Node::Field(field), true) => {
                // A property the Style does not set: the library's type.
                let Field::Shape(shape_field) = &self.translation.fields[field] else {
                    return (Type::Unknown, None);
                };
                let property = path.members.last().map(|m| m.name.as_str()).unwrap_or("");
                let ty = shape(&shape_field.shape.name)
                    .and_then(|kind| kind.spec().property_named(property))
                    .map_or(Type::Unknown, |spec| Type::of_property(spec.ty));
                // Vector properties are points in the plane.
                let length = (ty == Type::Vector).then_some(2);
                (ty, length)
            }
            _ => (self.types[index], self.lengths[index]),
        }
    }

    /// A literal index into a collection of known length must be inside it
    /// (E0407).
    fn bounds(&mut self, index: &Expr, length: usize) {
        if let ExprKind::Number { value } = index.kind
            && value >= 0.0
            && value.fract() == 0.0
            && value as usize >= length
        {
            self.error(
                Code::IndexOutOfBounds,
                index.span,
                format!("index {value} is past the end of {length} elements"),
                &format!("indices run from 0 to {}", length.saturating_sub(1)),
            );
        }
    }

    /// An index must be a whole, non-negative number (E0405).
    fn index(&mut self, index: &Expr, ty: Type) {
        let bad = match index.kind {
            ExprKind::Number { value } => value < 0.0 || value.fract() != 0.0,
            _ => !matches!(ty, Type::Float | Type::Unknown),
        };
        if bad {
            self.error(
                Code::BadIndex,
                index.span,
                "an index must be a whole number, 0 or more".to_string(),
                "not a valid index",
            );
        }
    }

    fn indexed(&mut self, base: Type, depth: usize, span: Span) -> Type {
        match (base, depth) {
            (Type::Unknown, _) => Type::Unknown,
            (Type::Vector | Type::List | Type::Tuple, 1) => Type::Float,
            (Type::Matrix | Type::ListOfLists | Type::PointList, 1) => Type::Vector,
            (Type::Matrix | Type::ListOfLists | Type::PointList, 2) => Type::Float,
            (Type::PathDataList, 1) => Type::PathData,
            _ => {
                self.error(
                    Code::Unindexable,
                    span,
                    format!("{} cannot be indexed {depth} deep", base.describe()),
                    "not indexable like this",
                );
                Type::Unknown
            }
        }
    }

    /// `[ … ]` (a list) or `( … )` (a vector): the first element decides.
    fn collection(&mut self, elements: &[Expr], run: usize, span: Span, list: bool) -> Type {
        let types: Vec<Type> = elements
            .iter()
            .map(|element| self.expr(element, run))
            .collect();
        if types.contains(&Type::Unknown) {
            return Type::Unknown;
        }
        let all = |accepts: &dyn Fn(Type) -> bool| types.iter().all(|ty| accepts(*ty));
        let vectorish = |ty: Type| matches!(ty, Type::Vector | Type::List | Type::Tuple);
        match types.first() {
            None | Some(Type::Float) if all(&|ty| ty == Type::Float) => {
                if list {
                    Type::List
                } else {
                    Type::Vector
                }
            }
            Some(first) if vectorish(*first) && all(&vectorish) => {
                if list {
                    Type::ListOfLists
                } else {
                    Type::Matrix
                }
            }
            Some(Type::Shape) if all(&|ty| ty == Type::Shape) => Type::ShapeList,
            Some(Type::PathData) if all(&|ty| ty == Type::PathData) => Type::PathDataList,
            _ => {
                self.error(
                    Code::BadElement,
                    span,
                    "the elements of this collection have types that do not go together"
                        .to_string(),
                    "mixed element types",
                );
                Type::Unknown
            }
        }
    }

    fn binary(&mut self, op: BinaryOp, left: Type, right: Type, span: Span) -> Type {
        use BinaryOp::*;
        use Type::{Float, Matrix, Str, Unknown, Vector};
        if left == Unknown || right == Unknown {
            return Unknown;
        }
        if let Some(value) = [left, right]
            .into_iter()
            .find(|ty| matches!(ty, Type::Shape | Type::Statement))
        {
            self.error(
                Code::NotAValue,
                span,
                format!("{} cannot be used in arithmetic", value.describe()),
                "not a value",
            );
            return Unknown;
        }
        // `a then b` is `b * a`.
        let (op, left, right) = match op {
            Then => (Multiply, right, left),
            other => (other, left, right),
        };
        let result = match (left, op, right) {
            (Float, Add | Subtract | Multiply | Divide | Power, Float) => Some(Float),
            (Float, Multiply, Vector) | (Vector, Multiply | Divide, Float) => Some(Vector),
            (Vector, Add | Subtract | ElementwiseMultiply | ElementwiseDivide, Vector) => {
                Some(Vector)
            }
            (Vector, Multiply, Matrix) | (Matrix, Multiply, Vector) => Some(Vector),
            (Float, Multiply, Matrix) | (Matrix, Multiply | Divide, Float) => Some(Matrix),
            (
                Matrix,
                Add | Subtract | Multiply | ElementwiseMultiply | ElementwiseDivide,
                Matrix,
            ) => Some(Matrix),
            (Str, Add, Str) => Some(Str),
            _ => None,
        };
        result.unwrap_or_else(|| {
            self.error(
                Code::BinaryOperandTypes,
                span,
                format!(
                    "this operator cannot combine {} with {}",
                    left.describe(),
                    right.describe()
                ),
                "operand types do not fit the operator",
            );
            Unknown
        })
    }

    fn unary(&mut self, op: UnaryOp, operand: Type, span: Span) -> Type {
        let result = match (op, operand) {
            (_, Type::Unknown) => Some(Type::Unknown),
            (UnaryOp::Negate, Type::Float | Type::Vector) => Some(operand),
            (UnaryOp::Transpose, Type::Matrix) => Some(Type::Matrix),
            _ => None,
        };
        result.unwrap_or_else(|| {
            self.error(
                Code::UnaryOperandType,
                span,
                format!("this operator does not apply to {}", operand.describe()),
                "operand type does not fit the operator",
            );
            Type::Unknown
        })
    }

    fn error(&mut self, code: Code, span: Span, message: String, label: &str) {
        self.diagnostics
            .push(Diagnostic::error(code, self.file, span, message).with_label(label));
    }
}

/// Whether a library parameter of type `param` accepts a value of type
/// `ty` (§7.1); `Unknown` is accepted everywhere.
fn accepts(param: ValueType, ty: Type) -> bool {
    let vector = matches!(ty, Type::Vector | Type::List | Type::Tuple);
    let matrix = matches!(ty, Type::Matrix | Type::ListOfLists | Type::PointList);
    ty == Type::Unknown
        || match param {
            ValueType::Real | ValueType::Unit | ValueType::PosInt | ValueType::Nat => {
                ty == Type::Float
            }
            ValueType::Real2 | ValueType::Real3 | ValueType::RealN => vector,
            ValueType::Real2N | ValueType::RealNM => matrix,
            ValueType::Color => ty == Type::Color,
            ValueType::String | ValueType::ColorType | ValueType::PathType => ty == Type::Str,
            ValueType::Boolean => ty == Type::Bool,
            ValueType::ShapeList => ty == Type::ShapeList,
            ValueType::PathDataList => ty == Type::PathDataList,
            ValueType::PathCmd => ty == Type::PathData,
            ValueType::ClipData => ty == Type::ClipData,
            ValueType::Shape(_) => ty == Type::Shape,
        }
}

/// Whether a shape property of type `property` takes a value of type `ty`,
/// with Penrose's implicit casts between vector-like and between
/// matrix-like values.
fn fits_property(property: PropertyType, ty: Type) -> bool {
    match property {
        PropertyType::Float => ty == Type::Float,
        PropertyType::String => ty == Type::Str,
        PropertyType::Bool => ty == Type::Bool,
        PropertyType::Color => ty == Type::Color,
        PropertyType::Vector => matches!(ty, Type::Vector | Type::List | Type::Tuple),
        PropertyType::PointList => {
            matches!(ty, Type::Matrix | Type::ListOfLists | Type::PointList)
        }
        PropertyType::PathData => ty == Type::PathData,
        PropertyType::ShapeList => ty == Type::ShapeList,
        PropertyType::ClipData => ty == Type::ClipData,
    }
}

fn node_field(node: Node) -> usize {
    match node {
        Node::Field(field) | Node::Property(field, _) => field,
    }
}

/// The number of elements of a collection literal.
fn literal_length(expr: &Expr) -> Option<usize> {
    match &expr.kind {
        ExprKind::List { elements } | ExprKind::Vector { elements } => Some(elements.len()),
        ExprKind::Tuple { .. } => Some(2),
        _ => None,
    }
}
