//! A harness for testing gradients of constraints, objectives and
//! computation functions: shapes with every default property of their
//! kind and geometry made of optimisation inputs, the term or call built
//! over them, and tape gradients checked against central finite
//! differences of the graph.

use crate::{Context, FunctionError, FunctionWarning, SeedRandom, call, constraint, objective};
use indexmap::IndexMap;
use kite_graph::{
    Color, ExprGraph, Input, InputOrigin, Scalar, Shape, ShapeId, Stages, Tape, Value, Workspace,
};
use kite_library::{FunctionKind, Property, PropertyDefault, PropertySpec, ShapeKind};

/// The step of the finite differences.
const STEP: f64 = 1e-6;
/// The relative tolerance between the tape and finite differences.
const TOLERANCE: f64 = 1e-4;

pub struct TermHarness {
    pub graph: ExprGraph,
    pub shapes: Vec<Shape>,
    rng: SeedRandom,
    pub warnings: Vec<FunctionWarning>,
}

impl TermHarness {
    pub fn new() -> TermHarness {
        TermHarness {
            graph: ExprGraph::new(),
            shapes: Vec::new(),
            rng: SeedRandom::new("terms"),
            warnings: Vec::new(),
        }
    }

    /// An optimisation input starting at `x`.
    pub fn input(&mut self, x: f64) -> Scalar {
        self.graph.input(Input {
            initial: x,
            stages: Stages::All,
            origin: InputOrigin::Random,
        })
    }

    fn constant(&mut self, x: f64) -> Scalar {
        self.graph.constant(x)
    }

    /// A number that is an input.
    pub fn num(&mut self, x: f64) -> Value {
        Value::Float(self.input(x))
    }

    /// A number fixed before layout.
    pub fn fixed(&mut self, x: f64) -> Value {
        Value::Float(self.constant(x))
    }

    /// A 2D vector of inputs.
    pub fn point(&mut self, (x, y): (f64, f64)) -> Value {
        Value::Vector(vec![self.input(x), self.input(y)])
    }

    /// A vector of inputs.
    pub fn vector(&mut self, xs: &[f64]) -> Value {
        Value::Vector(xs.iter().map(|&x| self.input(x)).collect())
    }

    /// A matrix of inputs, by rows.
    pub fn matrix(&mut self, rows: &[&[f64]]) -> Value {
        Value::Matrix(
            rows.iter()
                .map(|row| row.iter().map(|&x| self.input(x)).collect())
                .collect(),
        )
    }

    /// A list of 2D points of inputs.
    pub fn points(&mut self, points: &[(f64, f64)]) -> Value {
        Value::PointList(
            points
                .iter()
                .map(|&(x, y)| vec![self.input(x), self.input(y)])
                .collect(),
        )
    }

    fn default_value(&mut self, spec: &PropertySpec, shape_name: &str) -> Value {
        match spec.default {
            PropertyDefault::Number(x) => self.fixed(x),
            PropertyDefault::String(text) => Value::Str(text.into()),
            PropertyDefault::Bool(flag) => Value::Bool(flag),
            PropertyDefault::Color(channels) => {
                Value::Color(Color::Rgba(channels.map(|x| self.constant(x))))
            }
            PropertyDefault::NoPaint => Value::Color(Color::None),
            PropertyDefault::Points(points) => Value::PointList(
                points
                    .iter()
                    .map(|&[x, y]| vec![self.constant(x), self.constant(y)])
                    .collect(),
            ),
            PropertyDefault::EmptyPath => Value::PathData(Vec::new()),
            PropertyDefault::NoShapes => Value::ShapeList(Vec::new()),
            PropertyDefault::NoClip => Value::ClipData(None),
            PropertyDefault::SampledPoint => {
                Value::Vector(vec![self.constant(0.0), self.constant(0.0)])
            }
            PropertyDefault::SampledWidth
            | PropertyDefault::SampledHeight
            | PropertyDefault::Measured => self.fixed(10.0),
            PropertyDefault::SampledColor => {
                Value::Color(Color::Rgba([0.5, 0.5, 0.5, 0.5].map(|x| self.constant(x))))
            }
            PropertyDefault::ShapePath => Value::Str(shape_name.into()),
        }
    }

    /// A shape of `kind` with every default property of its kind, then
    /// `properties`.
    pub fn shape(&mut self, kind: ShapeKind, properties: Vec<(Property, Value)>) -> Value {
        let id = ShapeId(self.shapes.len() as u32);
        let name = format!("{}{}", kind.name(), id.0);
        let mut all = IndexMap::new();
        for spec in kind.spec().all_properties() {
            let value = self.default_value(spec, &name);
            all.insert(spec.property, value);
        }
        for (property, value) in properties {
            assert!(all.contains_key(&property), "{kind:?} has no `{property}`");
            all.insert(property, value);
        }
        self.shapes.push(Shape {
            kind,
            name,
            properties: all,
            attributes: Vec::new(),
            origin: kite_graph::Origin::detached(),
        });
        Value::Shape(id)
    }

    pub fn circle(&mut self, center: (f64, f64), r: f64) -> Value {
        let properties = vec![
            (Property::Center, self.point(center)),
            (Property::R, self.num(r)),
        ];
        self.shape(ShapeKind::Circle, properties)
    }

    pub fn ellipse(&mut self, center: (f64, f64), rx: f64, ry: f64) -> Value {
        let properties = vec![
            (Property::Center, self.point(center)),
            (Property::Rx, self.num(rx)),
            (Property::Ry, self.num(ry)),
        ];
        self.shape(ShapeKind::Ellipse, properties)
    }

    /// A Rectangle, Text, Equation or Image.
    pub fn rect_like(
        &mut self,
        kind: ShapeKind,
        center: (f64, f64),
        width: f64,
        height: f64,
    ) -> Value {
        let properties = vec![
            (Property::Center, self.point(center)),
            (Property::Width, self.num(width)),
            (Property::Height, self.num(height)),
        ];
        self.shape(kind, properties)
    }

    pub fn line(&mut self, start: (f64, f64), end: (f64, f64)) -> Value {
        let properties = vec![
            (Property::Start, self.point(start)),
            (Property::End, self.point(end)),
        ];
        self.shape(ShapeKind::Line, properties)
    }

    /// A Polygon or Polyline.
    pub fn poly(&mut self, kind: ShapeKind, points: &[(f64, f64)]) -> Value {
        let properties = vec![(Property::Points, self.points(points))];
        self.shape(kind, properties)
    }

    pub fn group(&mut self, members: &[Value], clip: Option<&Value>) -> Value {
        let clip = clip.map(shape_id);
        let properties = vec![
            (Property::Shapes, shape_list(members)),
            (Property::ClipPath, Value::ClipData(clip)),
        ];
        self.shape(ShapeKind::Group, properties)
    }

    /// The computation function `name` on `args`.
    pub fn call(&mut self, name: &str, args: &[Value]) -> Result<Value, FunctionError> {
        let mut cx = Context::new(&mut self.graph, &self.shapes, &mut self.rng);
        let result = call(name, args, &mut cx);
        self.warnings.extend(cx.warnings);
        result
    }

    pub fn constraint(&mut self, name: &str, args: &[Value]) -> Result<Scalar, FunctionError> {
        let mut cx = Context::new(&mut self.graph, &self.shapes, &mut self.rng);
        let result = constraint(name, args, &mut cx);
        self.warnings.extend(cx.warnings);
        result
    }

    pub fn objective(&mut self, name: &str, args: &[Value]) -> Result<Scalar, FunctionError> {
        let mut cx = Context::new(&mut self.graph, &self.shapes, &mut self.rng);
        let result = objective(name, args, &mut cx);
        self.warnings.extend(cx.warnings);
        result
    }

    /// The term `name` of `kind` on `args`.
    pub fn term(
        &mut self,
        kind: FunctionKind,
        name: &str,
        args: &[Value],
    ) -> Result<Scalar, FunctionError> {
        match kind {
            FunctionKind::Constraint => self.constraint(name, args),
            FunctionKind::Objective => self.objective(name, args),
            FunctionKind::Computation => panic!("`{name}` is not a term"),
        }
    }

    pub fn value(&self, scalar: Scalar) -> f64 {
        self.graph.value(scalar)
    }

    /// Checks the tape gradient of `output` at the inputs' initial values
    /// against central finite differences, skipping inputs with a kink
    /// (the one-sided slopes disagree) within one step. Returns the
    /// gradient.
    pub fn check_gradient(&self, label: &str, output: Scalar) -> Vec<f64> {
        self.check_gradients(label, &[output]).remove(0)
    }

    /// [`TermHarness::check_gradient`] for each of `outputs`, sharing the
    /// evaluations of the graph. Returns one gradient per output.
    pub fn check_gradients(&self, label: &str, outputs: &[Scalar]) -> Vec<Vec<f64>> {
        let at: Vec<f64> = self
            .graph
            .inputs()
            .iter()
            .map(|input| input.initial)
            .collect();
        let tape = Tape::new(&self.graph, outputs);
        let mut workspace = Workspace::default();
        let mut values = vec![0.0; outputs.len()];
        tape.forward(&at, &mut workspace, &mut values);
        let labels: Vec<String> = (0..outputs.len())
            .map(|k| match outputs.len() {
                1 => label.to_string(),
                _ => format!("{label}, output {k}"),
            })
            .collect();
        for ((label, &output), value) in labels.iter().zip(outputs).zip(&values) {
            assert_eq!(
                value.to_bits(),
                self.value(output).to_bits(),
                "{label}: forward"
            );
        }
        let gradients: Vec<Vec<f64>> = (0..outputs.len())
            .map(|k| {
                let mut weights = vec![0.0; outputs.len()];
                weights[k] = 1.0;
                let mut gradient = vec![0.0; at.len()];
                tape.gradient(&weights, &mut workspace, &mut gradient);
                gradient
            })
            .collect();
        let evaluate = |i: usize, delta: f64| {
            let mut moved = at.clone();
            moved[i] += delta;
            let all = self.graph.evaluate(&moved);
            outputs.iter().map(|s| all[s.index()]).collect::<Vec<f64>>()
        };
        let mut checked = vec![0; outputs.len()];
        for i in 0..at.len() {
            let (plus, minus) = (evaluate(i, STEP), evaluate(i, -STEP));
            let outputs = labels.iter().zip(&values).zip(&gradients);
            for (k, ((label, &value), gradient)) in outputs.enumerate() {
                let forward = (plus[k] - value) / STEP;
                let backward = (value - minus[k]) / STEP;
                let central = (plus[k] - minus[k]) / (2.0 * STEP);
                let tolerance = TOLERANCE * (1.0 + central.abs()) + 1e-7 * value.abs();
                if (forward - backward).abs() > tolerance {
                    continue;
                }
                let analytic = gradient[i];
                assert!(
                    (analytic - central).abs() <= tolerance,
                    "{label}: d/dx{i}: tape {analytic}, finite differences {central}"
                );
                checked[k] += 1;
            }
        }
        for (label, &count) in labels.iter().zip(&checked) {
            assert!(
                count > 0 || at.is_empty(),
                "{label}: every input is at a kink"
            );
        }
        gradients
    }
}

pub fn shape_id(shape: &Value) -> ShapeId {
    match shape {
        Value::Shape(id) => *id,
        other => panic!("not a shape: {other:?}"),
    }
}

pub fn shape_list(shapes: &[Value]) -> Value {
    Value::ShapeList(shapes.iter().map(shape_id).collect())
}

/// `actual` within `1e-5` (relative above 1) of `expected`.
pub fn assert_near(label: &str, actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() <= 1e-5 * (1.0 + expected.abs()),
        "{label}: {actual}, expected {expected}"
    );
}

/// One term on known arguments: its expected value, and a point where its
/// gradient is not zero.
pub struct Case {
    pub name: &'static str,
    pub build: fn(&mut TermHarness) -> Vec<Value>,
    pub expected: f64,
}

impl Case {
    pub fn new(
        name: &'static str,
        build: fn(&mut TermHarness) -> Vec<Value>,
        expected: f64,
    ) -> Case {
        Case {
            name,
            build,
            expected,
        }
    }
}

/// Runs every case: the term's value, and its gradient against finite
/// differences; and checks that every term of `kind` has a case.
pub fn check_cases(kind: FunctionKind, cases: &[Case]) {
    for spec in kite_library::functions(kind) {
        assert!(
            cases.iter().any(|case| case.name == spec.name),
            "no case for the {} `{}`",
            kind.noun(),
            spec.name
        );
    }
    for (index, case) in cases.iter().enumerate() {
        let label = format!("{} (case {index})", case.name);
        let mut h = TermHarness::new();
        let args = (case.build)(&mut h);
        let output = h
            .term(kind, case.name, &args)
            .unwrap_or_else(|error| panic!("{label}: {error}"));
        assert_near(&label, h.value(output), case.expected);
        let gradient = h.check_gradient(&label, output);
        assert!(
            gradient.iter().any(|&d| d != 0.0),
            "{label}: the gradient is zero"
        );
    }
}
