//! A harness for calling library functions in tests (a graph, shapes and
//! a random stream, with helpers to make arguments and read results), and
//! the tests that span every function: dispatch and re-evaluation.

use crate::{Context, FunctionError, FunctionWarning, SeedRandom, call};
use kite_graph::{
    Color, ExprGraph, Input, InputOrigin, PathCmd, PathCommand, PathPiece, Scalar, Shape, ShapeId,
    Stages, Value,
};
use kite_library::{FunctionKind, Property, ShapeKind, ShapeSet, ValueType};

pub struct Harness {
    pub graph: ExprGraph,
    pub shapes: Vec<Shape>,
    pub rng: SeedRandom,
    pub warnings: Vec<FunctionWarning>,
}

impl Harness {
    pub fn new() -> Harness {
        Harness {
            graph: ExprGraph::new(),
            shapes: Vec::new(),
            rng: SeedRandom::new("test"),
            warnings: Vec::new(),
        }
    }

    pub fn call(&mut self, name: &str, args: &[Value]) -> Result<Value, FunctionError> {
        let mut cx = Context::new(&mut self.graph, &self.shapes, &mut self.rng);
        let result = call(name, args, &mut cx);
        self.warnings.extend(cx.warnings);
        result
    }

    pub fn scalar(&mut self, x: f64) -> Scalar {
        self.graph.constant(x)
    }

    pub fn float(&mut self, x: f64) -> Value {
        Value::Float(self.scalar(x))
    }

    /// An optimisation input with initial value `x`.
    pub fn input_scalar(&mut self, x: f64) -> Scalar {
        self.graph.input(Input {
            initial: x,
            stages: Stages::All,
            origin: InputOrigin::Unknown("test".into()),
        })
    }

    pub fn input(&mut self, x: f64) -> Value {
        Value::Float(self.input_scalar(x))
    }

    fn scalars(&mut self, xs: &[f64]) -> Vec<Scalar> {
        xs.iter().map(|&x| self.scalar(x)).collect()
    }

    pub fn vector(&mut self, xs: &[f64]) -> Value {
        Value::Vector(self.scalars(xs))
    }

    pub fn matrix(&mut self, rows: &[&[f64]]) -> Value {
        Value::Matrix(rows.iter().map(|row| self.scalars(row)).collect())
    }

    pub fn points(&mut self, points: &[(f64, f64)]) -> Value {
        Value::PointList(points.iter().map(|&(x, y)| self.scalars(&[x, y])).collect())
    }

    pub fn rgba(&mut self, channels: [f64; 4]) -> Value {
        Value::Color(Color::Rgba(channels.map(|x| self.scalar(x))))
    }

    /// Adds a shape with the given properties (numbers, points as vectors,
    /// point lists) and returns it as a value.
    pub fn shape(&mut self, kind: ShapeKind, properties: Vec<(Property, Value)>) -> Value {
        let id = ShapeId(self.shapes.len() as u32);
        self.shapes.push(Shape {
            kind,
            name: format!("shape{}", id.0),
            properties: properties.into_iter().collect(),
            attributes: Vec::new(),
            origin: kite_graph::Origin::detached(),
        });
        Value::Shape(id)
    }

    pub fn circle(&mut self, center: (f64, f64), r: f64) -> Value {
        let props = vec![
            (Property::Center, self.vector(&[center.0, center.1])),
            (Property::R, self.float(r)),
            (Property::StrokeWidth, self.float(0.0)),
        ];
        self.shape(ShapeKind::Circle, props)
    }

    pub fn ellipse(&mut self, center: (f64, f64), rx: f64, ry: f64) -> Value {
        let props = vec![
            (Property::Center, self.vector(&[center.0, center.1])),
            (Property::Rx, self.float(rx)),
            (Property::Ry, self.float(ry)),
            (Property::StrokeWidth, self.float(0.0)),
        ];
        self.shape(ShapeKind::Ellipse, props)
    }

    pub fn rectangle(&mut self, center: (f64, f64), width: f64, height: f64) -> Value {
        let props = vec![
            (Property::Center, self.vector(&[center.0, center.1])),
            (Property::Width, self.float(width)),
            (Property::Height, self.float(height)),
            (Property::Rotation, self.float(0.0)),
            (Property::StrokeWidth, self.float(0.0)),
        ];
        self.shape(ShapeKind::Rectangle, props)
    }

    pub fn line(&mut self, start: (f64, f64), end: (f64, f64)) -> Value {
        let props = vec![
            (Property::Start, self.vector(&[start.0, start.1])),
            (Property::End, self.vector(&[end.0, end.1])),
            (Property::StrokeWidth, self.float(0.0)),
        ];
        self.shape(ShapeKind::Line, props)
    }

    pub fn poly(&mut self, kind: ShapeKind, points: &[(f64, f64)]) -> Value {
        let props = vec![
            (Property::Points, self.points(points)),
            (Property::Scale, self.float(1.0)),
        ];
        self.shape(kind, props)
    }

    pub fn group(&mut self, members: &[Value]) -> Value {
        let ids = members
            .iter()
            .map(|member| match member {
                Value::Shape(id) => *id,
                other => panic!("not a shape: {other:?}"),
            })
            .collect();
        let props = vec![
            (Property::Shapes, Value::ShapeList(ids)),
            (Property::ClipPath, Value::ClipData(None)),
        ];
        self.shape(ShapeKind::Group, props)
    }

    pub fn value_of(&self, scalar: Scalar) -> f64 {
        self.graph.value(scalar)
    }
}

pub fn float_value(h: &Harness, value: &Value) -> f64 {
    match value {
        Value::Float(scalar) => h.value_of(*scalar),
        other => panic!("not a number: {other:?}"),
    }
}

pub fn numbers(h: &Harness, value: &Value) -> Vec<f64> {
    let scalars = value
        .as_numbers()
        .unwrap_or_else(|| panic!("not a vector: {value:?}"));
    scalars.iter().map(|&s| h.value_of(s)).collect()
}

pub fn rows(h: &Harness, value: &Value) -> Vec<Vec<f64>> {
    let rows = value
        .as_rows()
        .unwrap_or_else(|| panic!("not a matrix: {value:?}"));
    rows.iter()
        .map(|row| row.iter().map(|&s| h.value_of(s)).collect())
        .collect()
}

pub fn assert_close(actual: &[f64], expected: &[f64]) {
    assert_eq!(actual.len(), expected.len(), "{actual:?} vs {expected:?}");
    for (a, e) in actual.iter().zip(expected) {
        assert!(
            (a - e).abs() < 1e-6 || (a.is_infinite() && a == e),
            "{actual:?} vs {expected:?}"
        );
    }
}

pub fn assert_rows_close(actual: &[Vec<f64>], expected: &[&[f64]]) {
    assert_eq!(actual.len(), expected.len(), "{actual:?} vs {expected:?}");
    for (a, e) in actual.iter().zip(expected) {
        assert_close(a, e);
    }
}

impl Harness {
    /// A shape of `kind` with every property geometry reads.
    pub fn sample_shape(&mut self, kind: ShapeKind) -> Value {
        match kind {
            ShapeKind::Circle => self.circle((0.0, 0.0), 1.0),
            ShapeKind::Ellipse => self.ellipse((0.0, 0.0), 2.0, 1.0),
            ShapeKind::Line => self.line((0.0, 0.0), (1.0, 1.0)),
            ShapeKind::Polygon | ShapeKind::Polyline => {
                self.poly(kind, &[(0.0, 0.0), (1.0, 0.0), (0.0, 1.0)])
            }
            ShapeKind::Path => {
                let d = Value::PathData(vec![
                    PathCmd {
                        command: PathCommand::MoveTo,
                        pieces: vec![PathPiece::Point([self.scalar(0.0), self.scalar(0.0)])],
                    },
                    PathCmd {
                        command: PathCommand::LineTo,
                        pieces: vec![PathPiece::Point([self.scalar(1.0), self.scalar(1.0)])],
                    },
                ]);
                self.shape(ShapeKind::Path, vec![(Property::D, d)])
            }
            ShapeKind::Group => {
                let member = self.circle((0.0, 0.0), 1.0);
                self.group(&[member])
            }
            ShapeKind::Rectangle | ShapeKind::Text | ShapeKind::Equation | ShapeKind::Image => {
                let props = vec![
                    (Property::Center, self.vector(&[0.0, 0.0])),
                    (Property::Width, self.float(2.0)),
                    (Property::Height, self.float(1.0)),
                    (Property::Rotation, self.float(0.0)),
                    (Property::StrokeWidth, self.float(0.0)),
                ];
                self.shape(kind, props)
            }
        }
    }

    /// An argument of the type a parameter declares.
    pub fn plausible(&mut self, ty: ValueType) -> Value {
        match ty {
            ValueType::Real => self.float(1.0),
            ValueType::Unit => self.float(0.5),
            ValueType::PosInt => self.float(2.0),
            ValueType::Nat => self.float(1.0),
            ValueType::Real2 | ValueType::RealN => self.vector(&[1.0, 2.0]),
            ValueType::Real3 => self.vector(&[1.0, 2.0, 3.0]),
            ValueType::Real2N => self.points(&[(1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (1.0, -1.0)]),
            ValueType::RealNM => {
                self.matrix(&[&[2.0, 0.0, 0.0], &[0.0, 1.0, 0.0], &[0.0, 0.0, 1.0]])
            }
            ValueType::Color => self.rgba([0.0, 0.0, 0.0, 1.0]),
            ValueType::String => Value::Str("start".into()),
            ValueType::ColorType => Value::Str("rgb".into()),
            ValueType::PathType => Value::Str("open".into()),
            ValueType::Boolean => Value::Bool(true),
            ValueType::ShapeList => {
                let member = self.circle((0.0, 0.0), 1.0);
                let Value::Shape(id) = member else {
                    unreachable!()
                };
                Value::ShapeList(vec![id])
            }
            ValueType::PathDataList => {
                let Value::Shape(id) = self.sample_shape(ShapeKind::Path) else {
                    unreachable!()
                };
                let d = self.shapes[id.index()].properties[&Property::D].clone();
                let Value::PathData(commands) = d else {
                    unreachable!()
                };
                Value::PathDataList(vec![commands.clone(), commands])
            }
            ValueType::PathCmd => {
                let Value::Shape(id) = self.sample_shape(ShapeKind::Path) else {
                    unreachable!()
                };
                self.shapes[id.index()].properties[&Property::D].clone()
            }
            ValueType::ClipData => Value::ClipData(None),
            ValueType::Shape(ShapeSet::Any) => self.sample_shape(ShapeKind::Circle),
            ValueType::Shape(ShapeSet::Only(kinds)) => self.sample_shape(kinds[0]),
        }
    }
}

/// The computation functions used by Penrose's example Styles (spec §7.2
/// rows with usage counts).
const CORPUS_FUNCTIONS: &[&str] = &[
    "makePath",
    "get",
    "rgba",
    "selectColor",
    "hsva",
    "none",
    "oneBasedElement",
    "mod",
    "atan",
    "atan2",
    "cos",
    "exp",
    "floor",
    "log",
    "sign",
    "sin",
    "tan",
    "sum",
    "sumVectors",
    "maxList",
    "minList",
    "count",
    "dot",
    "identity",
    "diagonal",
    "inverse",
    "outerProduct",
    "crossProductMatrix",
    "matrix3d",
    "rotate",
    "rotate2d",
    "rotate3d",
    "rotate3dh",
    "scale",
    "scale2d",
    "scale3d",
    "scale3dh",
    "skew2d",
    "shear2d",
    "shear3d",
    "translate",
    "translate3dh",
    "lookAt",
    "perspective",
    "project",
    "projectList",
    "matrixMultiplyList",
    "fromHomogeneousList",
    "toHomogeneousList",
    "length",
    "normalize",
    "pathFromPoints",
    "quadraticCurveFromPoints",
    "interpolateQuadraticFromPoints",
    "cubicCurveFromPoints",
    "joinPaths",
    "Penrose",
    "lastPoint",
    "averagePoint",
    "interpolatingSpline",
    "diffusionProcess",
    "arc",
    "circularArc",
    "repeatedArcs",
    "wedge",
    "ptOnLine",
    "arcSweepFlag",
    "angleBetween",
    "angleFrom",
    "cross2D",
    "lineLineIntersection",
    "midpoint",
    "chevron",
    "innerPointOffset",
    "ticksOnLine",
    "triangle",
    "average2",
    "average",
    "unit",
    "random",
    "unitRandom",
    "diskRandom",
    "circleRandom",
    "sphereRandom",
    "triangleRandom",
    "sampleColor",
    "randomIndex",
    "setOpacity",
    "mul",
    "barycenter",
    "circumcenter",
    "circumradius",
    "incenter",
    "inradius",
    "sqr",
    "sqrt",
    "max",
    "min",
    "abs",
    "toRadians",
    "toDegrees",
    "norm",
    "normsq",
    "vdist",
    "vmul",
    "vdistsq",
    "angleOf",
    "MathPI",
    "rot90",
    "rotateBy",
    "signedDistance",
    "signedDistanceRect",
    "unitVector",
    "rayIntersect",
    "rayIntersectDistance",
    "rayIntersectNormal",
    "closestPoint",
    "closestSilhouettePoint",
    "closestSilhouetteDistance",
    "rectLineDist",
    "shapeDistance",
    "shapeDistanceRects",
    "shapeDistanceRectLine",
    "shapeDistanceCircleLine",
    "shapeDistanceLines",
    "signedArea",
    "perimeter",
    "elasticEnergy",
    "tangentVectors",
    "normalVectors",
    "evoluteCurve",
    "offsetCurve",
    "curvatures",
    "centerOfMass",
    "clip",
    "bboxPts",
    "tsneEnergy",
    "rectPts",
    "repeat",
];

/// Arguments for the functions whose parameters need more than their
/// types say (3D vectors, 4 × 4 matrices, 2D point lists, …).
fn special_arguments(h: &mut Harness, name: &str) -> Option<Vec<Value>> {
    let v3 = |h: &mut Harness| h.vector(&[0.0, 0.0, 1.0]);
    let identity4 = |h: &mut Harness| {
        h.matrix(&[
            &[1.0, 0.0, 0.0, 0.0],
            &[0.0, 1.0, 0.0, 0.0],
            &[0.0, 0.0, 1.0, 0.0],
            &[0.0, 0.0, 0.0, 1.0],
        ])
    };
    let planar = |h: &mut Harness| h.points(&[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]);
    Some(match name {
        "crossProductMatrix" => vec![v3(h)],
        "rotate3d" | "rotate3dh" => vec![h.float(1.0), v3(h)],
        "shear3d" => vec![v3(h), h.vector(&[1.0, 0.0, 0.0])],
        "lookAt" => vec![
            h.vector(&[0.0, 0.0, 5.0]),
            h.vector(&[0.0, 0.0, 0.0]),
            h.vector(&[0.0, 1.0, 0.0]),
        ],
        "project" | "projectDepth" => vec![
            v3(h),
            identity4(h),
            identity4(h),
            h.vector(&[0.0, 0.0, 10.0, 10.0]),
        ],
        "projectList" => vec![
            h.matrix(&[&[0.0, 0.0, 1.0]]),
            identity4(h),
            identity4(h),
            h.vector(&[0.0, 0.0, 10.0, 10.0]),
        ],
        "interpolatingSpline" => vec![Value::Str("open".into()), planar(h), h.float(0.25)],
        "diffusionProcess" => vec![
            h.float(3.0),
            h.vector(&[0.0, 0.0]),
            h.matrix(&[&[1.0, 0.0], &[0.0, 1.0]]),
            h.vector(&[1.0, 0.0]),
        ],
        "unitMark2" => vec![
            h.points(&[(0.0, 0.0), (1.0, 0.0)]),
            Value::Str("start".into()),
            h.float(1.0),
        ],
        "mul" => vec![h.matrix(&[&[1.0, 0.0], &[0.0, 1.0]]), h.vector(&[1.0, 2.0])],
        "shapeDistanceRectlikePolyline" => vec![
            h.points(&[(1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (1.0, -1.0)]),
            h.points(&[(3.0, 0.0), (4.0, 1.0)]),
        ],
        "signedArea" | "isoperimetricRatio" => vec![planar(h), Value::Bool(true)],
        _ => return None,
    })
}

fn call_plausibly(name: &str) -> Result<Value, FunctionError> {
    let spec = kite_library::function(FunctionKind::Computation, name)
        .unwrap_or_else(|| panic!("`{name}` is not in the library"));
    let mut h = Harness::new();
    let args = special_arguments(&mut h, name).unwrap_or_else(|| {
        spec.params
            .iter()
            .map(|param| h.plausible(param.ty))
            .collect()
    });
    h.call(name, &args)
}

/// Every library entry is implemented (tested by name in the crate
/// root), so the corpus's functions need only be entries.
#[test]
fn every_corpus_function_is_a_library_entry() {
    assert_eq!(CORPUS_FUNCTIONS.len(), 139);
    for name in CORPUS_FUNCTIONS {
        assert!(
            kite_library::function(FunctionKind::Computation, name).is_some(),
            "{name}"
        );
    }
}

#[test]
fn every_library_function_computes() {
    let failures: Vec<String> = kite_library::functions(FunctionKind::Computation)
        .filter_map(|spec| {
            call_plausibly(spec.name)
                .err()
                .map(|error| format!("{}: {}", spec.name, error.message))
        })
        .collect();
    assert_eq!(
        kite_library::functions(FunctionKind::Computation).count(),
        228
    );
    assert!(
        failures.is_empty(),
        "calls failed:\n{}",
        failures.join("\n")
    );
}

#[test]
fn unknown_names_and_wrong_arities_are_errors() {
    let mut h = Harness::new();
    let error = h.call("noSuchFunction", &[]).unwrap_err();
    assert_eq!(error.message, "there is no function `noSuchFunction`");
    let error = h.call("sin", &[]).unwrap_err();
    assert_eq!(error.message, "`sin` takes 1 arguments, not 0");
}

/// The numbers of path data, in order.
fn path_scalars(commands: &[PathCmd]) -> Vec<Scalar> {
    commands
        .iter()
        .flat_map(|command| &command.pieces)
        .flat_map(|piece| match piece {
            PathPiece::Point(p) => p.to_vec(),
            PathPiece::Values(v) => v.clone(),
        })
        .collect()
}

/// Every number of a result, in order: none for booleans, strings,
/// shapes, clip data and no paint.
pub fn result_scalars(value: &Value) -> Vec<Scalar> {
    match value {
        Value::Float(s) => vec![*s],
        Value::Vector(v) | Value::List(v) => v.clone(),
        Value::Tuple(pair) => pair.to_vec(),
        Value::Matrix(rows) | Value::ListOfLists(rows) | Value::PointList(rows) => rows.concat(),
        Value::Color(Color::Rgba(c) | Color::Hsva(c)) => c.to_vec(),
        Value::PathData(commands) => path_scalars(commands),
        Value::PathDataList(paths) => paths.iter().flat_map(|path| path_scalars(path)).collect(),
        Value::Color(Color::None)
        | Value::Bool(_)
        | Value::Str(_)
        | Value::ShapeList(_)
        | Value::ClipData(_)
        | Value::Shape(_) => Vec::new(),
    }
}

type Build = fn(&mut Harness, &[Scalar]) -> Vec<Value>;

/// Calls `name` on arguments built from optimisation inputs at `initial`,
/// re-evaluates the result at `moved`, and compares it with a call on
/// constants at `moved`.
fn reevaluates(name: &str, initial: &[f64], moved: &[f64], build: Build) {
    let mut symbolic = Harness::new();
    let inputs: Vec<Scalar> = initial.iter().map(|&x| symbolic.input_scalar(x)).collect();
    let args = build(&mut symbolic, &inputs);
    let result = symbolic.call(name, &args).unwrap();
    let values = symbolic.graph.evaluate(moved);
    let replayed: Vec<f64> = result_scalars(&result)
        .iter()
        .map(|s| values[s.index()])
        .collect();
    let mut fresh = Harness::new();
    let constants: Vec<Scalar> = moved.iter().map(|&x| fresh.scalar(x)).collect();
    let args = build(&mut fresh, &constants);
    let expected = fresh.call(name, &args).unwrap();
    let expected: Vec<f64> = result_scalars(&expected)
        .iter()
        .map(|&s| fresh.value_of(s))
        .collect();
    assert_eq!(replayed.len(), expected.len(), "{name}");
    for (r, e) in replayed.iter().zip(&expected) {
        assert!(
            (r - e).abs() < 1e-9 || (r.is_nan() && e.is_nan()) || r == e,
            "{name}: {replayed:?} vs {expected:?}"
        );
    }
}

fn circle_at(h: &mut Harness, center: [Scalar; 2], r: f64) -> Value {
    let props = vec![
        (Property::Center, Value::Vector(center.to_vec())),
        (Property::R, h.float(r)),
        (Property::StrokeWidth, h.float(0.0)),
    ];
    h.shape(ShapeKind::Circle, props)
}

#[test]
fn results_follow_their_inputs() {
    reevaluates("normalize", &[3.0, 4.0], &[-1.0, 2.0], |_, x| {
        vec![Value::Vector(x.to_vec())]
    });
    reevaluates(
        "shapeDistance",
        &[0.0, 0.0, 5.0, 0.0],
        &[1.0, 1.0, 2.0, 0.0],
        |h, x| {
            vec![
                circle_at(h, [x[0], x[1]], 1.0),
                circle_at(h, [x[2], x[3]], 0.5),
            ]
        },
    );
    reevaluates(
        "closestPoint",
        &[0.0, 0.0, 3.0, 0.5],
        &[1.0, 0.0, 1.5, 3.0],
        |h, x| {
            let props = vec![
                (Property::Center, Value::Vector(vec![x[0], x[1]])),
                (Property::Width, h.float(2.0)),
                (Property::Height, h.float(2.0)),
                (Property::Rotation, h.float(0.0)),
                (Property::StrokeWidth, h.float(0.0)),
            ];
            vec![
                h.shape(ShapeKind::Rectangle, props),
                Value::Vector(vec![x[2], x[3]]),
            ]
        },
    );
    reevaluates("bboxPts", &[30.0], &[75.0], |h, x| {
        let props = vec![
            (Property::Center, h.vector(&[1.0, 2.0])),
            (Property::Width, h.float(4.0)),
            (Property::Height, h.float(2.0)),
            (Property::Rotation, Value::Float(x[0])),
            (Property::StrokeWidth, h.float(1.0)),
        ];
        vec![h.shape(ShapeKind::Rectangle, props)]
    });
    reevaluates("signedDistancePolygon", &[2.0, 0.5], &[0.2, 0.1], |h, x| {
        let square = h.points(&[(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)]);
        vec![square, Value::Vector(x.to_vec())]
    });
    reevaluates(
        "rayIntersectEllipse",
        &[-5.0, 0.5],
        &[-4.0, -0.3],
        |h, x| {
            vec![
                h.vector(&[0.0, 0.0]),
                h.float(2.0),
                h.float(1.0),
                Value::Vector(x.to_vec()),
                h.vector(&[1.0, 0.0]),
            ]
        },
    );
    reevaluates("interpolatingSpline", &[1.0, 2.0], &[3.0, -1.0], |h, x| {
        let points = Value::PointList(vec![
            vec![h.scalar(0.0), h.scalar(0.0)],
            vec![x[0], x[1]],
            vec![h.scalar(4.0), h.scalar(0.0)],
        ]);
        vec![Value::Str("closed".into()), points, h.float(0.25)]
    });
    reevaluates(
        "inverse",
        &[2.0, 1.0, 1.0, 3.0],
        &[1.0, 2.0, 0.5, 4.0],
        |_, x| vec![Value::Matrix(vec![vec![x[0], x[1]], vec![x[2], x[3]]])],
    );
    reevaluates("shapeDistance", &[5.0, 0.0], &[0.5, 0.2], |h, x| {
        let l_shape = h.poly(
            ShapeKind::Polygon,
            &[
                (0.0, 0.0),
                (3.0, 0.0),
                (3.0, 1.0),
                (1.0, 1.0),
                (1.0, 3.0),
                (0.0, 3.0),
            ],
        );
        let square = Value::PointList(
            [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]
                .iter()
                .map(|&(dx, dy)| {
                    let (dx, dy) = (h.scalar(dx), h.scalar(dy));
                    let x0 = h.graph.binary(kite_graph::BinaryOp::Add, x[0], dx);
                    let y0 = h.graph.binary(kite_graph::BinaryOp::Add, x[1], dy);
                    vec![x0, y0]
                })
                .collect(),
        );
        let scale = h.float(1.0);
        let moving = h.shape(
            ShapeKind::Polygon,
            vec![(Property::Points, square), (Property::Scale, scale)],
        );
        vec![l_shape, moving]
    });
    reevaluates("ticksOnLine", &[10.0, 3.0], &[6.0, -2.0], |h, x| {
        vec![
            h.vector(&[0.0, 0.0]),
            Value::Vector(x.to_vec()),
            h.float(2.0),
            h.float(3.0),
            h.float(1.0),
        ]
    });
}
