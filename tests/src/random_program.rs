//! A grammar-aware generator of random trios, and a runner that compiles
//! many of them, for the random-program test and benchmark.
//!
//! Each program comes from one seed: a Domain of random types (some of
//! them subtypes), predicates, functions and constructors; a Substance of
//! objects of those types, predicate facts, binds and labels; and a Style
//! with a canvas, a namespace of constants and a few blocks whose selectors
//! follow the Domain (single objects, predicate and bind relations, pairs,
//! labels, backticked objects, collectors). Shapes, their properties and
//! the `ensure`/`encourage` calls come from `kite-library`'s shape and
//! function tables, with arguments generated for each parameter's type
//! from literals, `?`, arithmetic, computation calls and references to
//! fields and shape properties the program is sure to have. Programs are
//! small (a few blocks, under 30 objects) and mostly valid, so most reach
//! elaboration and layout.

use crate::mutation::check_diagnostic_spans;
use kite_db::{Database, Trio};
use kite_diagnostics::Severity;
use kite_library::{
    FunctionKind, FunctionSpec, Property, PropertyType, ShapeKind, ShapeSet, ValueType,
};
use kite_pipeline::{ImageUnavailable, Layout, Options, Resources, compile};
use kite_syntax::Language;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// A splitmix64 stream: small, fast and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn chance(&mut self, probability: f64) -> bool {
        self.unit() < probability
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// A number literal with one decimal in `[lo, hi)`.
    fn number(&mut self, lo: f64, hi: f64) -> String {
        format!("{:.1}", lo + self.unit() * (hi - lo))
    }
}

/// The href every generated Image uses; [`GeneratedImages`] serves it.
const IMAGE_HREF: &str = "dot.svg";

/// Images for generated programs: [`IMAGE_HREF`] is a small SVG, any
/// other name is missing.
pub struct GeneratedImages;

impl Resources for GeneratedImages {
    fn image(&self, href: &str) -> Result<String, ImageUnavailable> {
        (href == IMAGE_HREF)
            .then(|| {
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\
             <circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>"
                    .to_string()
            })
            .ok_or_else(|| ImageUnavailable::Missing(format!("no generated image {href}")))
    }
}

/// One generated trio.
#[derive(Clone, Debug)]
pub struct GeneratedTrio {
    pub seed: u64,
    pub domain: String,
    pub substance: String,
    pub style: String,
}

impl GeneratedTrio {
    /// The trio generated from `seed`: the same seed gives the same trio.
    pub fn generate(seed: u64) -> GeneratedTrio {
        let mut rng = Rng(seed);
        let domain = DomainModel::generate(&mut rng);
        let substance = SubstanceModel::generate(&mut rng, &domain);
        let style = StyleWriter::new(&mut rng, &domain, &substance).write();
        GeneratedTrio {
            seed,
            domain: domain.text,
            substance: substance.text,
            style,
        }
    }

    /// The variation the trio is laid out with.
    pub fn variation(&self) -> String {
        format!("random-{}", self.seed)
    }

    /// The trio in a new database, files named `random.domain` and so on.
    pub fn load(&self) -> (Database, Trio) {
        let mut db = Database::default();
        let domain = db.add_file("random.domain", Language::Domain, self.domain.clone());
        let substance = db.add_file(
            "random.substance",
            Language::Substance,
            self.substance.clone(),
        );
        let style = db.add_file("random.style", Language::Style, self.style.clone());
        let trio = db.add_trio(domain, substance, vec![style], self.variation());
        (db, trio)
    }

    /// The trio as a trio fixture (`-- file:` sections), ready to paste
    /// into `tests/fixtures`.
    pub fn fixture_text(&self) -> String {
        format!(
            "-- random program, seed {}, variation {}\n-- file: domain\n{}-- file: substance\n{}-- file: style\n{}",
            self.seed,
            self.variation(),
            self.domain,
            self.substance,
            self.style
        )
    }
}

// ---------------------------------------------------------------- Domain

const TYPE_NAMES: [&str; 4] = ["Node", "Region", "Point", "Arrow"];

struct Relation {
    name: String,
    params: Vec<usize>,
    /// A function's or constructor's output type.
    output: usize,
}

struct DomainModel {
    types: Vec<&'static str>,
    /// Direct supertypes of each type.
    supertypes: Vec<Vec<usize>>,
    predicates: Vec<Relation>,
    functions: Vec<Relation>,
    text: String,
}

impl DomainModel {
    fn generate(rng: &mut Rng) -> DomainModel {
        let mut text = String::new();
        let count = rng.range(1, 4);
        let types: Vec<&'static str> = TYPE_NAMES[..count].to_vec();
        let mut supertypes = vec![Vec::new(); count];
        for (index, name) in types.iter().enumerate() {
            if index > 0 && rng.chance(0.35) {
                let parent = rng.below(index);
                supertypes[index].push(parent);
                if rng.chance(0.5) {
                    writeln!(text, "type {name} <: {}", types[parent]).unwrap();
                } else {
                    writeln!(text, "type {name}\n{name} <: {}", types[parent]).unwrap();
                }
            } else {
                writeln!(text, "type {name}").unwrap();
            }
        }
        let mut predicates = Vec::new();
        for index in 0..rng.range(0, 3) {
            let arity = *rng.pick(&[1, 2, 2, 2, 3]);
            let first = rng.below(count);
            let symmetric = arity == 2 && rng.chance(0.2);
            let params: Vec<usize> = (0..arity)
                .map(|_| if symmetric { first } else { rng.below(count) })
                .collect();
            let name = format!("Rel{index}");
            let args: Vec<String> = params
                .iter()
                .enumerate()
                .map(|(at, &ty)| format!("{} p{at}", types[ty]))
                .collect();
            let word = if symmetric {
                "symmetric predicate"
            } else {
                "predicate"
            };
            writeln!(text, "{word} {name}({})", args.join(", ")).unwrap();
            predicates.push(Relation {
                name,
                params,
                output: 0,
            });
        }
        let mut functions = Vec::new();
        for index in 0..rng.range(0, 2) {
            let params: Vec<usize> = (0..rng.range(1, 2)).map(|_| rng.below(count)).collect();
            let output = rng.below(count);
            let args: Vec<String> = params
                .iter()
                .enumerate()
                .map(|(at, &ty)| format!("{} a{at}", types[ty]))
                .collect();
            let name = if rng.chance(0.5) {
                let name = format!("Make{index}");
                writeln!(
                    text,
                    "constructor {name}({}) -> {}",
                    args.join(", "),
                    types[output]
                )
                .unwrap();
                name
            } else {
                let name = format!("fn{index}");
                writeln!(
                    text,
                    "function {name}({}) -> {}",
                    args.join(", "),
                    types[output]
                )
                .unwrap();
                name
            };
            functions.push(Relation {
                name,
                params,
                output,
            });
        }
        DomainModel {
            types,
            supertypes,
            predicates,
            functions,
            text,
        }
    }

    fn is_subtype(&self, sub: usize, sup: usize) -> bool {
        sub == sup
            || self.supertypes[sub]
                .iter()
                .any(|&parent| self.is_subtype(parent, sup))
    }
}

// ------------------------------------------------------------- Substance

struct SubstanceModel {
    /// Every object's name and type.
    objects: Vec<(String, usize)>,
    /// The predicates with at least one fact.
    stated: Vec<usize>,
    /// The functions with at least one bind.
    bound: Vec<usize>,
    /// Objects declared by an indexed statement: the letter before `_`,
    /// how many, and their type.
    families: Vec<(&'static str, usize, usize)>,
    text: String,
}

impl SubstanceModel {
    fn generate(rng: &mut Rng, domain: &DomainModel) -> SubstanceModel {
        let mut model = SubstanceModel {
            objects: Vec::new(),
            stated: Vec::new(),
            bound: Vec::new(),
            families: Vec::new(),
            text: String::new(),
        };
        for ty in 0..domain.types.len() {
            let count = rng.range(usize::from(ty == 0), 4);
            let type_name = domain.types[ty];
            if count >= 2 && rng.chance(0.15) {
                let letter = ["p", "q", "s", "t"][ty];
                writeln!(model.text, "{type_name} {letter}_i for i in [1, {count}]").unwrap();
                for index in 1..=count {
                    model.objects.push((format!("{letter}_{index}"), ty));
                }
                model.families.push((letter, count, ty));
                continue;
            }
            let first = model.objects.len();
            let names: Vec<String> = (0..count).map(|at| format!("o{}", first + at)).collect();
            if count > 1 && rng.chance(0.4) {
                writeln!(model.text, "{type_name} {}", names.join(", ")).unwrap();
            } else {
                for name in &names {
                    writeln!(model.text, "{type_name} {name}").unwrap();
                }
            }
            model
                .objects
                .extend(names.into_iter().map(|name| (name, ty)));
        }
        model.facts(rng, domain);
        model.binds(rng, domain);
        model.labels(rng);
        model
    }

    /// The objects whose type is `ty` or one of its subtypes.
    fn of_type(&self, domain: &DomainModel, ty: usize) -> Vec<usize> {
        (0..self.objects.len())
            .filter(|&object| domain.is_subtype(self.objects[object].1, ty))
            .collect()
    }

    fn facts(&mut self, rng: &mut Rng, domain: &DomainModel) {
        if domain.predicates.is_empty() {
            return;
        }
        for _ in 0..rng.range(0, 8) {
            let index = rng.below(domain.predicates.len());
            let predicate = &domain.predicates[index];
            let mut args = Vec::new();
            for &param in &predicate.params {
                let candidates = self.of_type(domain, param);
                if candidates.is_empty() {
                    break;
                }
                args.push(self.objects[*rng.pick(&candidates)].0.clone());
            }
            if args.len() == predicate.params.len() {
                writeln!(self.text, "{}({})", predicate.name, args.join(", ")).unwrap();
                if !self.stated.contains(&index) {
                    self.stated.push(index);
                }
            }
        }
        // An indexed fact over a family, with a condition.
        for &(letter, count, ty) in &self.families {
            let fitting = domain.predicates.iter().position(|predicate| {
                predicate.params.len() == 2
                    && predicate
                        .params
                        .iter()
                        .all(|&param| domain.is_subtype(ty, param))
            });
            if let Some(index) = fitting.filter(|_| rng.chance(0.6)) {
                let condition =
                    rng.pick(&["i < j", "i + 1 == j", "i != j && j mod 2 == 0", "true"]);
                writeln!(
                    self.text,
                    "{}({letter}_i, {letter}_j) for i in [1, {count}], j in [1, {count}] where {condition}",
                    domain.predicates[index].name
                )
                .unwrap();
                if !self.stated.contains(&index) {
                    self.stated.push(index);
                }
            }
        }
    }

    fn binds(&mut self, rng: &mut Rng, domain: &DomainModel) {
        for (index, function) in domain.functions.iter().enumerate() {
            for _ in 0..rng.range(0, 2) {
                let mut args = Vec::new();
                for &param in &function.params {
                    let candidates = self.of_type(domain, param);
                    if candidates.is_empty() {
                        break;
                    }
                    args.push(self.objects[*rng.pick(&candidates)].0.clone());
                }
                if args.len() != function.params.len() || self.objects.len() >= 28 {
                    continue;
                }
                let name = format!("c{}", self.objects.len());
                writeln!(
                    self.text,
                    "{} {name} := {}({})",
                    domain.types[function.output],
                    function.name,
                    args.join(", ")
                )
                .unwrap();
                self.objects.push((name, function.output));
                if !self.bound.contains(&index) {
                    self.bound.push(index);
                }
            }
        }
    }

    fn labels(&mut self, rng: &mut Rng) {
        if rng.chance(0.3) {
            self.text.push_str("AutoLabel All\n");
        }
        for (name, _) in &self.objects {
            match rng.below(8) {
                0 => writeln!(self.text, "Label {name} $\\alpha_{{{}}}$", name.len()).unwrap(),
                1 => writeln!(self.text, "Label {name} $x^2 + {name}$").unwrap(),
                2 => writeln!(self.text, "Label {name} \"the {name}\"").unwrap(),
                3 => writeln!(self.text, "NoLabel {name}").unwrap(),
                _ => {}
            }
        }
    }
}

// ----------------------------------------------------------------- Style

/// What a path or expression holds, as far as the generator knows.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Val {
    Float,
    Vec2,
    Points,
    Color,
    Str,
    Shape(ShapeKind),
    /// A vector of floats of unknown length (`listof f from xs`).
    List,
    /// A list of shapes (`listof s from xs`).
    ShapeList,
}

/// What an argument or property needs.
#[derive(Clone, Copy, Debug)]
enum Want {
    Float,
    Vec2,
    Vec3,
    VecN,
    Points,
    /// Four points, the corners of a rectangle.
    Rect,
    /// Two points.
    Segment,
    /// A 2×2 matrix.
    Square,
    /// Points for cubic Bézier segments: four, then pairs.
    Cubic,
    /// An RGBA colour, never `none` or HSVA.
    Rgba,
    Matrix,
    Color,
    Str,
    ColorType,
    PathType,
    Bool,
    ShapeList,
    PathCmd,
    PathDataList,
    ClipData,
    Shape(ShapeSet),
}

impl Want {
    fn of(ty: ValueType) -> Want {
        match ty {
            ValueType::Real | ValueType::Unit | ValueType::PosInt | ValueType::Nat => Want::Float,
            ValueType::Real2 => Want::Vec2,
            ValueType::Real3 => Want::Vec3,
            ValueType::RealN => Want::VecN,
            ValueType::Real2N => Want::Points,
            ValueType::RealNM => Want::Matrix,
            ValueType::Color => Want::Color,
            ValueType::String => Want::Str,
            ValueType::ColorType => Want::ColorType,
            ValueType::PathType => Want::PathType,
            ValueType::Boolean => Want::Bool,
            ValueType::ShapeList => Want::ShapeList,
            ValueType::PathDataList => Want::PathDataList,
            ValueType::PathCmd => Want::PathCmd,
            ValueType::ClipData => Want::ClipData,
            ValueType::Shape(set) => Want::Shape(set),
        }
    }

    /// What the parameter `name` of type `ty` needs: some parameters
    /// need a number of points their type does not say.
    fn of_param(function: &str, name: &str, ty: ValueType) -> Want {
        match (function, name, ty) {
            (_, "rect" | "rect1" | "rect2", _) => Want::Rect,
            (_, "start_end", _) => Want::Segment,
            ("cubicCurveFromPoints", "pts", _) => Want::Cubic,
            ("selectColor", _, ValueType::Color) => Want::Rgba,
            (_, "A" | "m", ValueType::RealNM) => Want::Square,
            (_, "points" | "pts" | "p", ValueType::RealNM) => Want::Points,
            _ => Want::of(ty),
        }
    }

    fn of_property(ty: PropertyType) -> Want {
        match ty {
            PropertyType::Float => Want::Float,
            PropertyType::String => Want::Str,
            PropertyType::Bool => Want::Bool,
            PropertyType::Color => Want::Color,
            PropertyType::Vector => Want::Vec2,
            PropertyType::PointList => Want::Points,
            PropertyType::PathData => Want::PathCmd,
            PropertyType::ShapeList => Want::ShapeList,
            PropertyType::ClipData => Want::ClipData,
        }
    }

    /// Whether a computation function returning `returns` (called
    /// `name`) gives what is wanted.
    fn returned_by(self, returns: ValueType, name: &str) -> bool {
        match self {
            Want::Float => matches!(
                returns,
                ValueType::Real | ValueType::Unit | ValueType::PosInt | ValueType::Nat
            ),
            // Functions of any length that keep a two-vector's length.
            Want::Vec2 => {
                returns == ValueType::Real2
                    || (returns == ValueType::RealN
                        && ["normalize", "unit", "midpoint", "vmul", "ptOnLine"].contains(&name))
            }
            Want::Vec3 => returns == ValueType::Real3,
            Want::VecN => Want::Vec2.returned_by(returns, name),
            Want::Points => returns == ValueType::Real2N,
            Want::Matrix => matches!(returns, ValueType::Real2N | ValueType::RealNM),
            Want::Color => returns == ValueType::Color,
            Want::Str => returns == ValueType::String,
            Want::PathCmd => returns == ValueType::PathCmd,
            Want::ClipData => returns == ValueType::ClipData,
            _ => false,
        }
    }
}

fn property_val(ty: PropertyType) -> Option<Val> {
    match ty {
        PropertyType::Float => Some(Val::Float),
        PropertyType::Vector => Some(Val::Vec2),
        PropertyType::PointList => Some(Val::Points),
        PropertyType::Color => Some(Val::Color),
        PropertyType::String => Some(Val::Str),
        _ => None,
    }
}

fn in_set(set: ShapeSet, kind: ShapeKind) -> bool {
    match set {
        ShapeSet::Any => true,
        ShapeSet::Only(kinds) => kinds.contains(&kind),
    }
}

/// The paths a block can read, with what they hold.
#[derive(Clone, Default)]
struct Scope {
    refs: Vec<(String, Val)>,
    /// The collection of a collector block.
    collection: Option<String>,
    /// Layout stage names, for stage annotations.
    stages: Vec<&'static str>,
}

impl Scope {
    /// Adds `path`; a shape brings its readable properties along.
    fn add(&mut self, path: String, val: Val) {
        if let Val::Shape(kind) = val {
            for property in kind.spec().properties {
                if let Some(val) = property_val(property.ty) {
                    self.refs.push((format!("{path}.{}", property.name()), val));
                }
            }
        }
        self.refs.push((path, val));
    }

    fn of(&self, wanted: impl Fn(Val) -> bool) -> Vec<&str> {
        self.refs
            .iter()
            .filter(|(_, val)| wanted(*val))
            .map(|(path, _)| path.as_str())
            .collect()
    }

    fn shapes(&self, set: ShapeSet) -> Vec<&str> {
        self.of(|val| matches!(val, Val::Shape(kind) if in_set(set, kind)))
    }
}

/// Computation functions the generator leaves out: they need three- or
/// four-dimensional points, homogeneous coordinates or matching point
/// counts, which it does not track.
const LEFT_OUT: &[&str] = &[
    "project",
    "projectDepth",
    "projectList",
    "lookAt",
    "perspective",
    "ortho",
    "matrix3d",
    "rotate3d",
    "rotate3dh",
    "scale3d",
    "scale3dh",
    "shear3d",
    "translate3dh",
    "toHomogeneous",
    "toHomogeneousList",
    "toHomogeneousMatrix",
    "fromHomogeneous",
    "fromHomogeneousList",
    "crossProductMatrix",
    "sphereRandom",
    "tsneEnergy",
];

/// Computation functions finite over any arguments the generator makes
/// (no `acos` of 300, no ray that misses): most calls use one of these,
/// so that most layouts start from numbers, not NaN.
const TAME: &[&str] = &[
    "max",
    "min",
    "abs",
    "sqr",
    "norm",
    "normsq",
    "vdist",
    "vdistsq",
    "dot",
    "average2",
    "sin",
    "cos",
    "atan",
    "atan2",
    "tanh",
    "cross2D",
    "angleOf",
    "toRadians",
    "floor",
    "round",
    "sign",
    "cbrt",
    "MathPI",
    "random",
    "unitRandom",
    "normalRandom",
    "get",
    "sum",
    "midpoint",
    "rot90",
    "rotateBy",
    "vmul",
    "ptOnLine",
    "barycenter",
    "centerOfMass",
    "firstPoint",
    "lastPoint",
    "closestPoint",
    "bboxPts",
    "rgba",
    "setOpacity",
    "sampleColor",
    "makePath",
    "pathFromPoints",
    "quadraticCurveFromPoints",
    "interpolatingSpline",
    "circularArc",
    "clip",
    "noClip",
];

/// Numbers at the edges: zero, tiny, huge.
const EDGE_NUMBERS: &[&str] = &[
    "0", "0.0", "-0.0", "1e-9", "1e9", "1e300", "-1e300", "0.000001",
];

/// Calls nest no deeper than this.
const MAX_DEPTH: usize = 3;

/// Property-specific strings, so that most programs use meaningful ones.
fn property_strings(property: Property) -> Option<&'static [&'static str]> {
    Some(match property {
        Property::StrokeStyle => &["solid", "dashed"],
        Property::StrokeDasharray => &["", "4 2", "1,3"],
        Property::StrokeLinecap => &["butt", "round", "square"],
        Property::StartArrowhead | Property::EndArrowhead => &[
            "none",
            "arrow",
            "straight",
            "concave",
            "perp",
            "line",
            "doubleLine",
            "loop",
        ],
        Property::FontFamily => &["sans-serif", "serif", "monospace", "Palatino", "Helvetica"],
        Property::FontSize => &["12px", "16px", "9pt", "20px"],
        Property::FontWeight => &["", "bold", "normal"],
        Property::FontStyle => &["", "italic"],
        Property::TextAnchor => &["middle", "start", "end"],
        Property::AlignmentBaseline | Property::DominantBaseline => {
            &["alphabetic", "middle", "central"]
        }
        Property::Visibility => &["", "visible", "hidden"],
        Property::Href => &[IMAGE_HREF, IMAGE_HREF, IMAGE_HREF, "missing.svg"],
        Property::PreserveAspectRatio => &["", "none", "xMidYMid meet"],
        Property::String => &[
            "hello",
            "x^2",
            "\\frac{a}{b}",
            "\\alpha + \\beta",
            "",
            "θ → ∞",
            "\\frac{1}{",
            "x^{2",
            "\\notacommand{x}",
            "a\\\\b",
            "$x$",
        ],
        _ => return None,
    })
}

/// A selector variable: its Style name and Domain type.
struct Var {
    name: String,
    ty: usize,
}

struct StyleWriter<'a> {
    rng: &'a mut Rng,
    domain: &'a DomainModel,
    substance: &'a SubstanceModel,
    out: String,
    /// Fields every object of each type is sure to have (set by earlier
    /// blocks matching every object of the type), with what they hold.
    fields: Vec<Vec<(String, Val)>>,
    globals: Scope,
}

impl<'a> StyleWriter<'a> {
    fn new(
        rng: &'a mut Rng,
        domain: &'a DomainModel,
        substance: &'a SubstanceModel,
    ) -> StyleWriter<'a> {
        StyleWriter {
            rng,
            domain,
            substance,
            out: String::new(),
            fields: vec![Vec::new(); domain.types.len()],
            globals: Scope::default(),
        }
    }

    fn write(mut self) -> String {
        let (width, height) = (self.rng.range(2, 9) * 100, self.rng.range(2, 8) * 100);
        writeln!(
            self.out,
            "canvas {{\n  width = {width}\n  height = {height}\n}}\n"
        )
        .unwrap();
        self.globals.add("canvas.width".into(), Val::Float);
        self.globals.add("canvas.height".into(), Val::Float);
        if self.rng.chance(0.2) {
            self.out.push_str("layout = [first, second]\n\n");
            self.globals.stages = vec!["first", "second"];
        }
        if self.rng.chance(0.5) {
            self.out.push_str("Global {\n");
            let scope = self.globals.clone();
            for (index, want, val) in [
                (0, Want::Float, Val::Float),
                (1, Want::Color, Val::Color),
                (2, Want::Vec2, Val::Vec2),
            ] {
                if self.rng.chance(0.7) {
                    let expr = self.expr(want, &scope, MAX_DEPTH);
                    writeln!(self.out, "  g{index} = {expr}").unwrap();
                    self.globals.add(format!("Global.g{index}"), val);
                }
            }
            self.out.push_str("}\n\n");
        }
        for block in 0..self.rng.range(2, 6) {
            self.block(block);
        }
        self.out
    }

    /// The fields every object of type `ty` has.
    fn fields_of(&self, ty: usize) -> Vec<(String, Val)> {
        (0..self.domain.types.len())
            .filter(|&sup| self.domain.is_subtype(ty, sup))
            .flat_map(|sup| self.fields[sup].iter().cloned())
            .collect()
    }

    fn var_scope(&self, scope: &mut Scope, var: &Var) {
        scope.add(format!("{}.label", var.name), Val::Str);
        for (field, val) in self.fields_of(var.ty) {
            scope.add(format!("{}.{field}", var.name), val);
        }
    }

    fn block(&mut self, block: usize) {
        let types = self.domain.types.clone();
        let mut scope = self.globals.clone();
        let mut vars = Vec::new();
        // Fields set on `vars[0]` persist for later blocks when the block
        // matches every object of its type.
        let mut persistent = false;
        let header = match self.rng.below(10) {
            0..=3 => {
                let ty = self.rng.below(types.len());
                vars.push(Var {
                    name: "x".into(),
                    ty,
                });
                persistent = true;
                format!("forall {} x", types[ty])
            }
            4 | 5 if !self.substance.stated.is_empty() => {
                let predicate = &self.domain.predicates[*self.rng.pick(&self.substance.stated)];
                let names = ["x", "y", "z"];
                for (at, &ty) in predicate.params.iter().enumerate() {
                    vars.push(Var {
                        name: names[at].into(),
                        ty,
                    });
                }
                let decls: Vec<String> = vars
                    .iter()
                    .map(|var| format!("{} {}", types[var.ty], var.name))
                    .collect();
                let args: Vec<&str> = vars.iter().map(|var| var.name.as_str()).collect();
                format!(
                    "forall {}\nwhere {}({})",
                    decls.join("; "),
                    predicate.name,
                    args.join(", ")
                )
            }
            6 if !self.substance.bound.is_empty() => {
                let function = &self.domain.functions[*self.rng.pick(&self.substance.bound)];
                vars.push(Var {
                    name: "z".into(),
                    ty: function.output,
                });
                let names = ["x", "y"];
                let mut with = Vec::new();
                for (at, &ty) in function.params.iter().enumerate() {
                    with.push(format!("{} {}", types[ty], names[at]));
                    vars.push(Var {
                        name: names[at].into(),
                        ty,
                    });
                }
                format!(
                    "forall {} z\nwhere z := {}({})\nwith {}",
                    types[function.output],
                    function.name,
                    names[..function.params.len()].join(", "),
                    with.join("; ")
                )
            }
            7 => {
                let (first, second) = (self.rng.below(types.len()), self.rng.below(types.len()));
                let pairs = self.substance.of_type(self.domain, first).len()
                    * self.substance.of_type(self.domain, second).len();
                if pairs > 30 {
                    return;
                }
                vars.push(Var {
                    name: "x".into(),
                    ty: first,
                });
                vars.push(Var {
                    name: "y".into(),
                    ty: second,
                });
                let repeatable = if self.rng.chance(0.2) {
                    "repeatable "
                } else {
                    ""
                };
                format!("forall {repeatable}{} x; {} y", types[first], types[second])
            }
            8 => {
                let (name, ty) =
                    self.substance.objects[self.rng.below(self.substance.objects.len())].clone();
                if self.rng.chance(0.5) {
                    vars.push(Var {
                        name: format!("`{name}`"),
                        ty,
                    });
                    format!("forall {} `{name}`", types[ty])
                } else {
                    vars.push(Var {
                        name: "x".into(),
                        ty,
                    });
                    let kind = self.rng.pick(&["", "math ", "text "]);
                    format!("forall {} x\nwhere x has {kind}label", types[ty])
                }
            }
            _ => return self.collector(block),
        };
        for var in &vars {
            self.var_scope(&mut scope, var);
            if !var.name.starts_with('`') {
                scope.add(format!("nameof {}", var.name), Val::Str);
            }
        }
        scope.add("match_id".into(), Val::Float);
        scope.add("match_total".into(), Val::Float);
        writeln!(self.out, "{header} {{").unwrap();
        let owner = persistent.then(|| vars[0].name.clone());
        let created = self.body(block, &mut scope, owner.as_deref(), &vars);
        self.out.push_str("}\n\n");
        if persistent {
            self.fields[vars[0].ty].extend(created);
        }
    }

    fn collector(&mut self, block: usize) {
        let types = self.domain.types.clone();
        let ty = self.rng.below(types.len());
        let mut scope = self.globals.clone();
        let mut header = format!("collect {} x into xs", types[ty]);
        // A `foreach` over the other argument of a predicate with facts.
        let linked = self.substance.stated.iter().copied().find(|&index| {
            let params = &self.domain.predicates[index].params;
            params.len() == 2 && self.domain.is_subtype(ty, params[0])
        });
        if let Some(index) = linked.filter(|_| self.rng.chance(0.5)) {
            let predicate = &self.domain.predicates[index];
            write!(
                header,
                "\nwhere {}(x, g)\nforeach {} g",
                predicate.name, types[predicate.params[1]]
            )
            .unwrap();
            self.var_scope(
                &mut scope,
                &Var {
                    name: "g".into(),
                    ty: predicate.params[1],
                },
            );
        }
        scope.collection = Some("xs".into());
        for (field, val) in self.fields_of(ty) {
            match val {
                Val::Float => scope.add(format!("listof {field} from xs"), Val::List),
                Val::Shape(_) => scope.add(format!("listof {field} from xs"), Val::ShapeList),
                _ => {}
            }
        }
        writeln!(self.out, "{header} {{").unwrap();
        self.body(block, &mut scope, None, &[]);
        self.out.push_str("}\n\n");
    }

    /// Writes a block's statements; returns the fields it set on `owner`.
    fn body(
        &mut self,
        block: usize,
        scope: &mut Scope,
        owner: Option<&str>,
        vars: &[Var],
    ) -> Vec<(String, Val)> {
        let mut created = Vec::new();
        let prefix = owner.map(|owner| format!("{owner}.")).unwrap_or_default();
        for index in 0..self.rng.range(0, 2) {
            let field = format!("v{block}_{index}");
            let expr = self.expr(Want::Float, scope, 0);
            writeln!(self.out, "  {prefix}{field} = {expr}").unwrap();
            scope.add(format!("{prefix}{field}"), Val::Float);
            created.push((field, Val::Float));
        }
        let mut shapes = Vec::new();
        for index in 0..self.rng.range(1, 3) {
            let mut kind = *self.rng.pick(&ShapeKind::ALL);
            if kind == ShapeKind::Group && scope.shapes(ShapeSet::Any).is_empty() {
                kind = ShapeKind::Circle;
            }
            let field = format!("sh{block}_{index}");
            let shape = self.shape(kind, scope);
            writeln!(self.out, "  {prefix}{field} = {shape}").unwrap();
            scope.add(format!("{prefix}{field}"), Val::Shape(kind));
            shapes.push(format!("{prefix}{field}"));
            created.push((field, Val::Shape(kind)));
        }
        if shapes.len() >= 2 && self.rng.chance(0.4) {
            let word = self.rng.pick(&["above", "below"]);
            let layer = if self.rng.chance(0.5) { "layer " } else { "" };
            writeln!(self.out, "  {layer}{} {word} {}", shapes[0], shapes[1]).unwrap();
        }
        for _ in 0..self.rng.range(0, 3) {
            let statement = self.library_statement(scope);
            writeln!(self.out, "  {statement}").unwrap();
        }
        if owner.is_none() && self.rng.chance(0.3) {
            self.override_or_delete(vars);
        }
        created
    }

    /// An `override` or `delete` of a property of a shape an earlier block
    /// gave to one of the block's objects.
    fn override_or_delete(&mut self, vars: &[Var]) {
        let mut targets = Vec::new();
        for var in vars {
            for (field, val) in self.fields_of(var.ty) {
                if let Val::Shape(kind) = val {
                    targets.push((format!("{}.{field}", var.name), kind));
                }
            }
        }
        if targets.is_empty() {
            return;
        }
        let (path, kind) = self.rng.pick(&targets).clone();
        let property = self.rng.pick(kind.spec().properties);
        if self.rng.chance(0.5) {
            writeln!(self.out, "  delete {path}.{}", property.name()).unwrap();
        } else if matches!(property.ty, PropertyType::Float | PropertyType::Color) {
            // Literals and globals only: a reference could close a cycle.
            let globals = self.globals.clone();
            let expr = self.expr(Want::of_property(property.ty), &globals, MAX_DEPTH);
            writeln!(self.out, "  override {path}.{} = {expr}", property.name()).unwrap();
        }
    }

    fn shape(&mut self, kind: ShapeKind, scope: &Scope) -> String {
        let mut lines = Vec::new();
        for property in kind.spec().properties {
            let always = matches!(
                (kind, property.property),
                (ShapeKind::Group, Property::Shapes)
                    | (ShapeKind::Image, Property::Href)
                    | (ShapeKind::Path, Property::D)
            );
            let measured = property.default == kite_library::PropertyDefault::Measured;
            let chance = if measured { 0.05 } else { 0.4 };
            if !always && !self.rng.chance(chance) {
                continue;
            }
            let value = match property_strings(property.property) {
                Some(strings) if self.rng.chance(0.8) => {
                    if property.property == Property::String && self.rng.chance(0.5) {
                        let labels = scope.of(|val| val == Val::Str);
                        if labels.is_empty() {
                            format!("\"{}\"", self.rng.pick(strings))
                        } else {
                            self.rng.pick(&labels).to_string()
                        }
                    } else {
                        format!("\"{}\"", self.rng.pick(strings))
                    }
                }
                _ => self.expr(Want::of_property(property.ty), scope, 0),
            };
            lines.push(format!("    {}: {value}", property.name()));
        }
        if self.rng.chance(0.1) {
            lines.push("    ensureOnCanvas: false".to_string());
        }
        if self.rng.chance(0.1) {
            let attribute = self.rng.pick(&["opacity", "class", "strokeOpacity"]);
            let value = if *attribute == "class" {
                "\"random\"".to_string()
            } else {
                self.rng.number(0.0, 1.0)
            };
            lines.push(format!("    {attribute}: {value}"));
        }
        if lines.is_empty() {
            format!("{} {{\n  }}", kind.name())
        } else {
            format!("{} {{\n{}\n  }}", kind.name(), lines.join("\n"))
        }
    }

    /// An `ensure` or `encourage`: a library call with fitting arguments,
    /// or an inline comparison.
    fn library_statement(&mut self, scope: &Scope) -> String {
        let (word, kind) = if self.rng.chance(0.6) {
            ("ensure", FunctionKind::Constraint)
        } else {
            ("encourage", FunctionKind::Objective)
        };
        let stage = if !scope.stages.is_empty() && self.rng.chance(0.4) {
            match self.rng.below(3) {
                0 => " in first".to_string(),
                1 => " in [first, second]".to_string(),
                _ => " except second".to_string(),
            }
        } else {
            String::new()
        };
        let body = if self.rng.chance(0.2) {
            let operator = self.rng.pick(&["<", ">", "=="]);
            format!(
                "{} {operator} {}",
                self.expr(Want::Float, scope, 1),
                self.expr(Want::Float, scope, 1)
            )
        } else {
            let candidates: Vec<&'static FunctionSpec> = kite_library::functions(kind)
                .filter(|spec| self.callable(spec, scope, 1))
                .collect();
            let spec = *self.rng.pick(&candidates);
            self.call(spec, scope, 1)
        };
        format!("{word} {body}{stage}")
    }

    /// Whether every required argument of `spec` can be generated here.
    fn callable(&self, spec: &FunctionSpec, scope: &Scope, depth: usize) -> bool {
        spec.params[..spec.required_params()].iter().all(|param| {
            match Want::of_param(spec.name, param.name, param.ty) {
                Want::Shape(set) => !scope.shapes(set).is_empty(),
                Want::ShapeList => !scope.shapes(ShapeSet::Any).is_empty(),
                Want::PathCmd | Want::PathDataList | Want::ClipData => depth < MAX_DEPTH,
                _ => true,
            }
        })
    }

    fn call(&mut self, spec: &FunctionSpec, scope: &Scope, depth: usize) -> String {
        let mut count = spec.required_params();
        while count < spec.params.len() && self.rng.chance(0.4) {
            count += 1;
        }
        let args: Vec<String> = (0..count)
            .map(|index| {
                let param = &spec.params[index];
                if spec.needs_constant(index) {
                    match param.ty {
                        ValueType::Nat => self.rng.below(2).to_string(),
                        ValueType::PosInt => self.rng.range(1, 2).to_string(),
                        ValueType::Real => self.rng.range(1, 5).to_string(),
                        other => self.expr(Want::of(other), scope, depth + 1),
                    }
                } else if matches!(param.ty, ValueType::Nat | ValueType::PosInt)
                    && self.rng.chance(0.8)
                {
                    self.rng.range(1, 4).to_string()
                } else if param.ty == ValueType::Real2 && self.rng.chance(0.1) {
                    // Library functions take tuples where they take vectors
                    // (operators do not).
                    format!(
                        "{{{}, {}}}",
                        self.float(scope, depth + 1),
                        self.float(scope, depth + 1)
                    )
                } else {
                    self.expr(
                        Want::of_param(spec.name, param.name, param.ty),
                        scope,
                        depth + 1,
                    )
                }
            })
            .collect();
        format!("{}({})", spec.name, args.join(", "))
    }

    /// A computation call giving `want`, when one can be made here.
    fn computation(&mut self, want: Want, scope: &Scope, depth: usize) -> Option<String> {
        let candidates: Vec<&'static FunctionSpec> =
            kite_library::functions(FunctionKind::Computation)
                .filter(|spec| want.returned_by(spec.returns, spec.name))
                .filter(|spec| !LEFT_OUT.contains(&spec.name))
                .filter(|spec| self.callable(spec, scope, depth))
                .filter(|spec| {
                    depth < MAX_DEPTH
                        || spec.params.iter().all(|param| {
                            !matches!(
                                param.ty,
                                ValueType::PathCmd | ValueType::PathDataList | ValueType::ClipData
                            )
                        })
                })
                .collect();
        let tame: Vec<&'static FunctionSpec> = candidates
            .iter()
            .copied()
            .filter(|spec| TAME.contains(&spec.name))
            .collect();
        let spec = if !tame.is_empty() && self.rng.chance(0.85) {
            *self.rng.pick(&tame)
        } else if candidates.is_empty() {
            return None;
        } else {
            *self.rng.pick(&candidates)
        };
        Some(self.call(spec, scope, depth))
    }

    /// A reference to a path holding `val`, if there is one.
    fn reference(&mut self, scope: &Scope, val: Val) -> Option<String> {
        let paths = scope.of(|held| held == val);
        (!paths.is_empty()).then(|| self.rng.pick(&paths).to_string())
    }

    fn expr(&mut self, want: Want, scope: &Scope, depth: usize) -> String {
        let nested = depth < MAX_DEPTH;
        let call = nested && self.rng.chance(0.15);
        if call && let Some(expr) = self.computation(want, scope, depth) {
            return expr;
        }
        match want {
            Want::Float => self.float(scope, depth),
            Want::Vec2 => self.vec2(scope, depth),
            Want::Vec3 => format!(
                "({}, {}, {})",
                self.float(scope, depth + 1),
                self.float(scope, depth + 1),
                self.float(scope, depth + 1)
            ),
            // Two numbers, like every vector the generator makes.
            Want::VecN => self.vec2(scope, depth),
            Want::Points => self.points(scope, depth),
            Want::Rect => {
                let shapes = scope.shapes(ShapeSet::Any);
                if !shapes.is_empty() && self.rng.chance(0.5) {
                    format!("bboxPts({})", self.rng.pick(&shapes))
                } else {
                    let (left, bottom) =
                        (self.rng.number(-200.0, 0.0), self.rng.number(-200.0, 0.0));
                    let (right, top) = (self.rng.number(0.0, 200.0), self.rng.number(0.0, 200.0));
                    format!(
                        "[({left}, {bottom}), ({right}, {bottom}), ({right}, {top}), ({left}, {top})]"
                    )
                }
            }
            Want::Segment => {
                let (start, end) = (self.vec2(scope, depth + 1), self.vec2(scope, depth + 1));
                format!("[{start}, {end}]")
            }
            Want::Square => self.square(),
            Want::Cubic => {
                let count = *self.rng.pick(&[4, 6, 8]);
                let points: Vec<String> = (0..count).map(|_| self.literal_point()).collect();
                format!("[{}]", points.join(", "))
            }
            Want::Matrix => {
                if self.rng.chance(0.3) {
                    self.square()
                } else {
                    self.points(scope, depth)
                }
            }
            Want::Color => self.color(scope, depth),
            Want::Rgba => format!("#{:06x}", self.rng.next_u64() & 0xff_ffff),
            Want::Str => match self.reference(scope, Val::Str) {
                Some(path) if self.rng.chance(0.2) => format!("{path} + \"'\""),
                Some(path) if self.rng.chance(0.5) => path,
                _ => format!("\"{}\"", self.rng.pick(&["a", "label", "x_1", ""])),
            },
            Want::ColorType => format!("\"{}\"", self.rng.pick(&["rgb", "hsv"])),
            Want::PathType => format!("\"{}\"", self.rng.pick(&["open", "closed"])),
            Want::Bool => self.rng.pick(&["true", "false"]).to_string(),
            Want::ShapeList => match self.reference(scope, Val::ShapeList) {
                Some(list) if self.rng.chance(0.5) => list,
                _ => {
                    let shapes = scope.shapes(ShapeSet::Any);
                    let count = self.rng.range(1, 3.min(shapes.len()));
                    let chosen: Vec<&str> = (0..count).map(|_| *self.rng.pick(&shapes)).collect();
                    format!("[{}]", chosen.join(", "))
                }
            },
            Want::PathCmd => self
                .computation(Want::PathCmd, scope, depth)
                .unwrap_or_else(|| "makePath((0, 0), (10, 10), 5, 0)".to_string()),
            Want::PathDataList => {
                let first = self.expr(Want::PathCmd, scope, depth + 1);
                let second = self.expr(Want::PathCmd, scope, depth + 1);
                format!("[{first}, {second}]")
            }
            Want::ClipData => {
                let shapes = scope.shapes(ShapeSet::Any);
                if shapes.is_empty() || self.rng.chance(0.3) {
                    "noClip()".to_string()
                } else {
                    format!("clip({})", self.rng.pick(&shapes))
                }
            }
            Want::Shape(set) => self.rng.pick(&scope.shapes(set)).to_string(),
        }
    }

    fn square(&mut self) -> String {
        format!(
            "(({}, {}), ({}, {}))",
            self.rng.number(-2.0, 2.0),
            self.rng.number(-2.0, 2.0),
            self.rng.number(-2.0, 2.0),
            self.rng.number(-2.0, 2.0)
        )
    }

    fn float(&mut self, scope: &Scope, depth: usize) -> String {
        let nested = depth < MAX_DEPTH;
        match self.rng.below(12) {
            0 if self.rng.chance(0.1) => self.rng.pick(EDGE_NUMBERS).to_string(),
            0..=2 => self.rng.number(1.0, 120.0),
            3 => {
                let stage = if !scope.stages.is_empty() && self.rng.chance(0.3) {
                    " in first"
                } else {
                    ""
                };
                if self.rng.chance(0.3) {
                    format!("?[{}]{stage}", self.rng.number(-50.0, 50.0))
                } else {
                    format!("?{stage}")
                }
            }
            4..=6 => {
                if let Some(path) = self.reference(scope, Val::Float) {
                    return path;
                }
                match self.reference(scope, Val::Vec2) {
                    Some(path) => format!("{path}[{}]", self.rng.below(2)),
                    None => self.rng.number(1.0, 120.0),
                }
            }
            7 | 8 if nested => {
                let operator = self.rng.pick(&["+", "-", "*", "/"]);
                let left = self.float(scope, depth + 1);
                let right = if *operator == "/" {
                    self.rng.number(1.0, 10.0)
                } else {
                    self.float(scope, depth + 1)
                };
                format!("({left} {operator} {right})")
            }
            9 if nested => {
                let base = self.float(scope, depth + 1);
                format!("{base} ^ 2")
            }
            10 if scope.collection.is_some() => match self.reference(scope, Val::List) {
                Some(list) if self.rng.chance(0.5) => {
                    let reduce = self
                        .rng
                        .pick(&["sum", "maxList", "minList", "count", "norm"]);
                    format!("{reduce}({list})")
                }
                _ => format!("numberof {}", scope.collection.as_deref().unwrap_or("xs")),
            },
            _ => self
                .computation(Want::Float, scope, depth)
                .filter(|_| nested)
                .unwrap_or_else(|| self.rng.number(1.0, 60.0)),
        }
    }

    /// A point literal with coordinates in [-100, 100).
    fn literal_point(&mut self) -> String {
        format!(
            "({}, {})",
            self.rng.number(-100.0, 100.0),
            self.rng.number(-100.0, 100.0)
        )
    }

    fn vec2(&mut self, scope: &Scope, depth: usize) -> String {
        let nested = depth < MAX_DEPTH;
        match self.rng.below(8) {
            0..=2 => format!(
                "({}, {})",
                self.float(scope, depth + 1),
                self.float(scope, depth + 1)
            ),
            3 | 4 => self
                .reference(scope, Val::Vec2)
                .unwrap_or_else(|| "(?, ?)".to_string()),
            5 if nested => {
                let left = self.vec2(scope, depth + 1);
                let operator = self.rng.pick(&["+", "-"]);
                let right = self.vec2(scope, depth + 1);
                format!("({left} {operator} {right})")
            }
            6 if nested => {
                let factor = self.rng.number(0.1, 3.0);
                let vector = self.vec2(scope, depth + 1);
                match self.rng.below(3) {
                    0 => format!("{} * {vector}", self.square()),
                    1 => format!("{vector} then {}", self.square()),
                    _ => format!("{factor} * {vector}"),
                }
            }
            _ => "(?, ?)".to_string(),
        }
    }

    fn points(&mut self, scope: &Scope, depth: usize) -> String {
        if self.rng.chance(0.3)
            && let Some(path) = self.reference(scope, Val::Points)
        {
            return path;
        }
        let count = self.rng.range(3, 5);
        let points: Vec<String> = (0..count)
            .map(|_| {
                if self.rng.chance(0.3) {
                    self.vec2(scope, depth + 1)
                } else {
                    self.literal_point()
                }
            })
            .collect();
        format!("[{}]", points.join(", "))
    }

    fn color(&mut self, scope: &Scope, depth: usize) -> String {
        match self.rng.below(6) {
            0 | 1 => {
                let digits = *self.rng.pick(&[3, 6, 6, 8]);
                let hex: String = (0..digits)
                    .map(|_| char::from_digit(self.rng.below(16) as u32, 16).unwrap_or('0'))
                    .collect();
                format!("#{hex}")
            }
            2 => self
                .reference(scope, Val::Color)
                .unwrap_or_else(|| "#000000".to_string()),
            3 => format!(
                "rgba({}, {}, {}, {})",
                self.rng.number(0.0, 1.0),
                self.rng.number(0.0, 1.0),
                self.rng.number(0.0, 1.0),
                self.rng.number(0.0, 1.0)
            ),
            4 if self.rng.chance(0.2) => "none()".to_string(),
            _ => self
                .computation(Want::Color, scope, depth)
                .filter(|_| depth < MAX_DEPTH)
                .unwrap_or_else(|| "#336699".to_string()),
        }
    }
}

// ---------------------------------------------------------------- Runner

/// How compiling one generated trio ended.
#[derive(Clone, Debug)]
pub enum Outcome {
    /// A drawing, laid out with this status (`errors` when the
    /// diagnostics have an error all the same, as a NaN layout's E0500).
    Drawn { status: &'static str, errors: bool },
    /// No drawing, and an error diagnostic says why: the first error's code.
    Rejected(String),
    /// No drawing and no error: a bug.
    Silent,
    /// A diagnostic's span outside its file, or an SVG that is not
    /// well-formed XML: a bug.
    Invalid(String),
    /// The compiler panicked: a bug.
    Panicked(String),
}

/// Compiles `program` through `kite_pipeline::compile`, laying it out with
/// at most `max_steps` steps, and says how it ended; a panic is caught,
/// and the diagnostics' spans and the SVG are checked.
pub fn run(program: &GeneratedTrio, max_steps: usize) -> Outcome {
    let layout = Layout::Optimize(Options {
        max_steps,
        time_budget: None,
    });
    let result = catch_unwind(AssertUnwindSafe(|| {
        let (db, trio) = program.load();
        let compiled = compile(&db, trio, &layout, &GeneratedImages);
        if let Err(error) = check_diagnostic_spans(&compiled.diagnostics, &db.sources()) {
            return Outcome::Invalid(error.to_string());
        }
        if let Some(Err(error)) = compiled
            .drawing
            .as_ref()
            .map(|drawing| roxmltree::Document::parse(&drawing.svg))
        {
            return Outcome::Invalid(format!("malformed SVG: {error}"));
        }
        let first_error = compiled
            .diagnostics
            .iter()
            .find(|diagnostic| diagnostic.severity == Severity::Error)
            .map(|diagnostic| diagnostic.code.to_string());
        match (&compiled.drawing, first_error) {
            (Some(drawing), errors) => Outcome::Drawn {
                status: drawing.report.status.as_str(),
                errors: errors.is_some(),
            },
            (None, Some(code)) => Outcome::Rejected(code),
            (None, None) => Outcome::Silent,
        }
    }));
    result.unwrap_or_else(|payload| {
        let message = payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|text| text.to_string()))
            .unwrap_or_else(|| "a panic without a message".to_string());
        Outcome::Panicked(message)
    })
}

/// The tally of a run over many generated trios.
#[derive(Default)]
pub struct Summary {
    pub count: usize,
    /// Drawings by layout status.
    pub drawn: BTreeMap<&'static str, usize>,
    /// Drawings whose diagnostics have an error (a NaN layout).
    pub drawn_with_errors: usize,
    /// Trios without a drawing, by their first error's code.
    pub rejected: BTreeMap<String, usize>,
    /// Panics and drawings missing without an error: seed and what.
    pub failures: Vec<(u64, String)>,
    /// The slowest trio: its time and seed.
    pub slowest: (Duration, u64),
    pub elapsed: Duration,
}

impl Summary {
    pub fn drawings(&self) -> usize {
        self.drawn.values().sum()
    }

    /// The share of trios that reached a drawing.
    pub fn drawing_share(&self) -> f64 {
        self.drawings() as f64 / self.count.max(1) as f64
    }

    fn add(&mut self, seed: u64, outcome: Outcome, time: Duration) {
        self.count += 1;
        self.slowest = self.slowest.max((time, seed));
        match outcome {
            Outcome::Drawn { status, errors } => {
                *self.drawn.entry(status).or_default() += 1;
                self.drawn_with_errors += usize::from(errors);
            }
            Outcome::Rejected(code) => *self.rejected.entry(code).or_default() += 1,
            Outcome::Silent => self
                .failures
                .push((seed, "no drawing and no error diagnostic".to_string())),
            Outcome::Invalid(message) => self.failures.push((seed, message)),
            Outcome::Panicked(message) => self.failures.push((seed, format!("panic: {message}"))),
        }
    }

    /// Prints the counts, the share that drew, the throughput and the
    /// commonest errors.
    pub fn print(&self) {
        println!(
            "random programs: {} compiled in {:.1} s ({:.0} per second), {} reached a drawing ({:.1}%), {} failures",
            self.count,
            self.elapsed.as_secs_f64(),
            self.count as f64 / self.elapsed.as_secs_f64().max(1e-9),
            self.drawings(),
            100.0 * self.drawing_share(),
            self.failures.len()
        );
        println!(
            "  drawings by status: {:?} ({} with an error diagnostic)",
            self.drawn, self.drawn_with_errors
        );
        let mut rejected: Vec<_> = self.rejected.iter().collect();
        rejected.sort_by(|a, b| b.1.cmp(a.1));
        let rejected: Vec<String> = rejected
            .iter()
            .take(12)
            .map(|(code, count)| format!("{code} {count}"))
            .collect();
        println!("  rejected, by first error: {}", rejected.join(", "));
        println!(
            "  slowest: seed {} in {:.0} ms",
            self.slowest.1,
            self.slowest.0.as_secs_f64() * 1e3
        );
    }
}

/// A program taking longer than this is reported (once) while it runs, so
/// that a hang names its program; the run is not stopped.
const REPORT_AFTER: Duration = Duration::from_secs(60);

/// How many programs to run: `KITE_RANDOM_PROGRAMS`, else `default`.
pub fn count_from_env(default: usize) -> usize {
    std::env::var("KITE_RANDOM_PROGRAMS")
        .ok()
        .and_then(|count| count.parse().ok())
        .unwrap_or(default)
}

/// Generates and compiles `count` trios from the seeds `base`, `base + 1`,
/// … on every core, each laid out with at most `max_steps` steps.
pub fn run_many(base: u64, count: usize, max_steps: usize) -> Summary {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = AtomicUsize::new(0);
    let done = AtomicBool::new(false);
    let running: Vec<Mutex<Option<(u64, Instant)>>> =
        (0..threads).map(|_| Mutex::new(None)).collect();
    let summary = Mutex::new(Summary::default());
    let start = Instant::now();
    std::thread::scope(|threads_scope| {
        let workers: Vec<_> = running
            .iter()
            .map(|slot| {
                let (next, summary) = (&next, &summary);
                threads_scope.spawn(move || {
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        if index >= count {
                            break;
                        }
                        let seed = base.wrapping_add(index as u64);
                        let started = Instant::now();
                        *slot.lock().unwrap() = Some((seed, started));
                        let program = GeneratedTrio::generate(seed);
                        let outcome = run(&program, max_steps);
                        *slot.lock().unwrap() = None;
                        summary
                            .lock()
                            .unwrap()
                            .add(seed, outcome, started.elapsed());
                    }
                })
            })
            .collect();
        threads_scope.spawn(|| {
            let mut reported = Vec::new();
            while !done.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(200));
                for slot in &running {
                    if let Some((seed, started)) = *slot.lock().unwrap()
                        && started.elapsed() > REPORT_AFTER
                        && !reported.contains(&seed)
                    {
                        reported.push(seed);
                        eprintln!(
                            "random program {seed} has run for over {} s:\n{}",
                            REPORT_AFTER.as_secs(),
                            GeneratedTrio::generate(seed).fixture_text()
                        );
                    }
                }
            }
        });
        for worker in workers {
            if let Err(panic) = worker.join() {
                done.store(true, Ordering::Relaxed);
                std::panic::resume_unwind(panic);
            }
        }
        done.store(true, Ordering::Relaxed);
    });
    let mut summary = summary.into_inner().unwrap();
    summary.elapsed = start.elapsed();
    summary
}
