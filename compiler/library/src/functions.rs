//! The computation functions, constraints (`ensure`) and objectives
//! (`encourage`) that Style programs can call, with their parameters.

use crate::shapes::ShapeKind;
use crate::value_type::{DefaultValue, ShapeSet, ValueType};

/// Where a function may be called.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FunctionKind {
    /// In an expression; returns a value.
    Computation,
    /// After `ensure`; satisfied when its value is at most zero.
    Constraint,
    /// After `encourage`; its value is minimised.
    Objective,
}

impl FunctionKind {
    /// The word used for this kind in messages.
    pub const fn noun(self) -> &'static str {
        match self {
            FunctionKind::Computation => "function",
            FunctionKind::Constraint => "constraint",
            FunctionKind::Objective => "objective",
        }
    }
}

/// One library function.
#[derive(Debug)]
pub struct FunctionSpec {
    pub name: &'static str,
    pub kind: FunctionKind,
    pub params: &'static [ParamSpec],
    pub returns: ValueType,
    /// One sentence on what the function computes.
    pub doc: &'static str,
}

impl FunctionSpec {
    /// How many arguments a call needs: the parameters before the first
    /// one with a default.
    pub fn required_params(&self) -> usize {
        self.params
            .iter()
            .take_while(|param| param.default.is_none())
            .count()
    }

    /// The signature as written in documentation, e.g.
    /// `lessThan(x: Real, y: Real, padding: Real = 0)`.
    pub fn signature(&self) -> String {
        let params: Vec<String> = self.params.iter().map(ParamSpec::describe).collect();
        format!("{}({})", self.name, params.join(", "))
    }
}

/// One parameter of a library function.
#[derive(Debug)]
pub struct ParamSpec {
    pub name: &'static str,
    pub ty: ValueType,
    pub default: Option<DefaultValue>,
}

impl ParamSpec {
    fn describe(&self) -> String {
        let ty = match self.ty {
            ValueType::Shape(ShapeSet::Any) => "Shape".to_string(),
            ValueType::Shape(ShapeSet::Only(kinds)) => kinds
                .iter()
                .map(|kind| kind.name())
                .collect::<Vec<_>>()
                .join(" | "),
            other => format!("{other:?}"),
        };
        match self.default {
            None => format!("{}: {ty}", self.name),
            Some(DefaultValue::Number(value)) => format!("{}: {ty} = {value}", self.name),
            Some(DefaultValue::Boolean(value)) => format!("{}: {ty} = {value}", self.name),
            Some(DefaultValue::String(value)) => format!("{}: {ty} = \"{value}\"", self.name),
            Some(DefaultValue::Vector(values)) => {
                let values: Vec<String> = values.iter().map(f64::to_string).collect();
                format!("{}: {ty} = ({})", self.name, values.join(", "))
            }
        }
    }
}

/// Computation functions whose listed parameters must be plain numbers or
/// strings fixed before layout, not values that depend on `?` unknowns.
const CONSTANT_PARAMS: &[(&str, &[usize])] = &[
    ("random", &[0, 1]),
    ("randomIndex", &[0, 1]),
    ("identity", &[0]),
    ("repeat", &[0]),
    ("get", &[1]),
    ("oneBasedElement", &[1]),
    ("ticksOnLine", &[3]),
    ("repeatedArcs", &[5]),
    ("diffusionProcess", &[0]),
    ("Penrose", &[4, 5]),
];

/// Computation functions whose results are drawn from the random stream
/// alone: constants of the layout, never optimised. (`triangleRandom`,
/// `sampleColor` and `diffusionProcess` also draw, but their results follow
/// their arguments.)
const CONSTANT_RESULTS: &[&str] = &[
    "random",
    "randomIndex",
    "unitRandom",
    "diskRandom",
    "circleRandom",
    "sphereRandom",
    "normalRandom",
];

impl FunctionSpec {
    /// Whether the function's result is fixed before layout.
    pub fn result_is_constant(&self) -> bool {
        self.kind == FunctionKind::Computation && CONSTANT_RESULTS.contains(&self.name)
    }

    /// Whether the parameter at `index` must be fixed before layout.
    pub fn needs_constant(&self, index: usize) -> bool {
        self.kind == FunctionKind::Computation
            && CONSTANT_PARAMS
                .iter()
                .any(|(name, params)| *name == self.name && params.contains(&index))
    }
}

/// The library function called `name` in the given position, if any.
pub fn function(kind: FunctionKind, name: &str) -> Option<&'static FunctionSpec> {
    FUNCTIONS
        .iter()
        .find(|spec| spec.kind == kind && spec.name == name)
}

/// Every library function of the given kind, in table order.
pub fn functions(kind: FunctionKind) -> impl Iterator<Item = &'static FunctionSpec> {
    FUNCTIONS.iter().filter(move |spec| spec.kind == kind)
}

const fn param(name: &'static str, ty: ValueType, default: Option<DefaultValue>) -> ParamSpec {
    ParamSpec { name, ty, default }
}

static FUNCTIONS: &[FunctionSpec] = &[
    FunctionSpec {
        name: "makePath",
        kind: FunctionKind::Computation,
        params: &[
            param("start", ValueType::Real2, None),
            param("end", ValueType::Real2, None),
            param("curveHeight", ValueType::Real, None),
            param("padding", ValueType::Real, None),
        ],
        returns: ValueType::PathCmd,
        doc: "quadratic Bézier from `start` to `end` bowed sideways by `curveHeight`, both ends pulled inward by `padding` (M,Q).",
    },
    FunctionSpec {
        name: "get",
        kind: FunctionKind::Computation,
        params: &[
            param("xs", ValueType::RealN, None),
            param("i", ValueType::Nat, None),
        ],
        returns: ValueType::Real,
        doc: "element `i` (0-based, must be a plain number) of a numeric vector.",
    },
    FunctionSpec {
        name: "rgba",
        kind: FunctionKind::Computation,
        params: &[
            param("r", ValueType::Unit, None),
            param("g", ValueType::Unit, None),
            param("b", ValueType::Unit, None),
            param("a", ValueType::Unit, None),
        ],
        returns: ValueType::Color,
        doc: "RGBA color, components in [0,1].",
    },
    FunctionSpec {
        name: "selectColor",
        kind: FunctionKind::Computation,
        params: &[
            param("color1", ValueType::Color, None),
            param("color2", ValueType::Color, None),
            param("level", ValueType::Real, None),
        ],
        returns: ValueType::Color,
        doc: "per-channel select: `color1` if `level/2` is an integer (even level), else `color2`; RGBA only (throws otherwise).",
    },
    FunctionSpec {
        name: "hsva",
        kind: FunctionKind::Computation,
        params: &[
            param("h", ValueType::Real, None),
            param("s", ValueType::Real, None),
            param("v", ValueType::Real, None),
            param("a", ValueType::Unit, None),
        ],
        returns: ValueType::Color,
        doc: "HSVA color: h in degrees [0,360), s,v in [0,100], a in [0,1]; converted to RGB only when rendering.",
    },
    FunctionSpec {
        name: "none",
        kind: FunctionKind::Computation,
        params: &[],
        returns: ValueType::Color,
        doc: "the 'no paint' color (SVG `none`).",
    },
    FunctionSpec {
        name: "oneBasedElement",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::RealNM, None),
            param("i", ValueType::PosInt, None),
        ],
        returns: ValueType::Real2,
        doc: "row `i-1` of a point list (1-based indexing).",
    },
    FunctionSpec {
        name: "acosh",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "hyperbolic arccosine.",
    },
    FunctionSpec {
        name: "acos",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "arccosine (radians).",
    },
    FunctionSpec {
        name: "asin",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "arcsine (radians).",
    },
    FunctionSpec {
        name: "asinh",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "hyperbolic arcsine.",
    },
    FunctionSpec {
        name: "mod",
        kind: FunctionKind::Computation,
        params: &[
            param("a", ValueType::Real, None),
            param("n", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "floored modulo `a - n*floor(a/n)` (result has sign of `n`).",
    },
    FunctionSpec {
        name: "atan",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "arctangent (radians).",
    },
    FunctionSpec {
        name: "atan2",
        kind: FunctionKind::Computation,
        params: &[
            param("x", ValueType::Real, None),
            param("y", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "angle of vector (x,y): evaluates Math.atan2(y, x) — note argument order (x first).",
    },
    FunctionSpec {
        name: "atanh",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "hyperbolic arctangent.",
    },
    FunctionSpec {
        name: "cbrt",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "cube root.",
    },
    FunctionSpec {
        name: "ceil",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "ceiling (zero gradient).",
    },
    FunctionSpec {
        name: "cos",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "cosine (radians).",
    },
    FunctionSpec {
        name: "cosh",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "hyperbolic cosine.",
    },
    FunctionSpec {
        name: "exp",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "e^x.",
    },
    FunctionSpec {
        name: "expm1",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "e^x - 1.",
    },
    FunctionSpec {
        name: "floor",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "floor (zero gradient).",
    },
    FunctionSpec {
        name: "log",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "natural log.",
    },
    FunctionSpec {
        name: "log2",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "base-2 log.",
    },
    FunctionSpec {
        name: "log10",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "base-10 log.",
    },
    FunctionSpec {
        name: "log1p",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "ln(1+x).",
    },
    FunctionSpec {
        name: "pow",
        kind: FunctionKind::Computation,
        params: &[
            param("x", ValueType::Real, None),
            param("y", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "x^y.",
    },
    FunctionSpec {
        name: "round",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "round to nearest integer.",
    },
    FunctionSpec {
        name: "sign",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "sign of x (-1,0,1).",
    },
    FunctionSpec {
        name: "sin",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "sine (radians).",
    },
    FunctionSpec {
        name: "sinh",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "hyperbolic sine.",
    },
    FunctionSpec {
        name: "tan",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "tangent (radians).",
    },
    FunctionSpec {
        name: "tanh",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "hyperbolic tangent.",
    },
    FunctionSpec {
        name: "trunc",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "truncate toward zero.",
    },
    FunctionSpec {
        name: "sum",
        kind: FunctionKind::Computation,
        params: &[param("xs", ValueType::RealN, None)],
        returns: ValueType::Real,
        doc: "sum of a vector's entries.",
    },
    FunctionSpec {
        name: "sumVectors",
        kind: FunctionKind::Computation,
        params: &[param("vecs", ValueType::RealNM, None)],
        returns: ValueType::RealN,
        doc: "componentwise sum of a list of vectors.",
    },
    FunctionSpec {
        name: "maxList",
        kind: FunctionKind::Computation,
        params: &[param("xs", ValueType::RealN, None)],
        returns: ValueType::Real,
        doc: "maximum entry of a vector.",
    },
    FunctionSpec {
        name: "minList",
        kind: FunctionKind::Computation,
        params: &[param("xs", ValueType::RealN, None)],
        returns: ValueType::Real,
        doc: "minimum entry of a vector.",
    },
    FunctionSpec {
        name: "count",
        kind: FunctionKind::Computation,
        params: &[param("xs", ValueType::RealN, None)],
        returns: ValueType::Real,
        doc: "number of entries of a vector (a constant).",
    },
    FunctionSpec {
        name: "dot",
        kind: FunctionKind::Computation,
        params: &[
            param("v", ValueType::RealN, None),
            param("w", ValueType::RealN, None),
        ],
        returns: ValueType::Real,
        doc: "dot product.",
    },
    FunctionSpec {
        name: "identity",
        kind: FunctionKind::Computation,
        params: &[param("n", ValueType::PosInt, None)],
        returns: ValueType::RealNM,
        doc: "n×n identity matrix (n must be a plain number).",
    },
    FunctionSpec {
        name: "diagonal",
        kind: FunctionKind::Computation,
        params: &[param("v", ValueType::RealN, None)],
        returns: ValueType::RealNM,
        doc: "diagonal matrix with entries `v`.",
    },
    FunctionSpec {
        name: "trace",
        kind: FunctionKind::Computation,
        params: &[param("A", ValueType::RealNM, None)],
        returns: ValueType::Real,
        doc: "sum of diagonal of a square matrix.",
    },
    FunctionSpec {
        name: "determinant",
        kind: FunctionKind::Computation,
        params: &[param("A", ValueType::RealNM, None)],
        returns: ValueType::Real,
        doc: "determinant of a 2×2, 3×3 or 4×4 matrix.",
    },
    FunctionSpec {
        name: "inverse",
        kind: FunctionKind::Computation,
        params: &[param("A", ValueType::RealNM, None)],
        returns: ValueType::RealNM,
        doc: "inverse of a 2×2, 3×3 or 4×4 matrix (NaN/Inf if singular).",
    },
    FunctionSpec {
        name: "outerProduct",
        kind: FunctionKind::Computation,
        params: &[
            param("v", ValueType::RealN, None),
            param("w", ValueType::RealN, None),
        ],
        returns: ValueType::RealNM,
        doc: "matrix A[i][j] = u[i]*v[j].",
    },
    FunctionSpec {
        name: "crossProductMatrix",
        kind: FunctionKind::Computation,
        params: &[param("v", ValueType::RealN, None)],
        returns: ValueType::RealNM,
        doc: "3×3 skew matrix [v]_x with [v]_x u = v × u.",
    },
    FunctionSpec {
        name: "matrix",
        kind: FunctionKind::Computation,
        params: &[
            param("a", ValueType::Real, None),
            param("b", ValueType::Real, None),
            param("c", ValueType::Real, None),
            param("d", ValueType::Real, None),
            param("e", ValueType::Real, None),
            param("f", ValueType::Real, None),
        ],
        returns: ValueType::RealNM,
        doc: "3×3 homogeneous 2D affine matrix [[a,c,e],[b,d,f],[0,0,1]] (SVG `matrix()` order).",
    },
    FunctionSpec {
        name: "matrix3d",
        kind: FunctionKind::Computation,
        params: &[
            param("a1", ValueType::Real, None),
            param("b1", ValueType::Real, None),
            param("c1", ValueType::Real, None),
            param("d1", ValueType::Real, None),
            param("a2", ValueType::Real, None),
            param("b2", ValueType::Real, None),
            param("c2", ValueType::Real, None),
            param("d2", ValueType::Real, None),
            param("a3", ValueType::Real, None),
            param("b3", ValueType::Real, None),
            param("c3", ValueType::Real, None),
            param("d3", ValueType::Real, None),
            param("a4", ValueType::Real, None),
            param("b4", ValueType::Real, None),
            param("c4", ValueType::Real, None),
            param("d4", ValueType::Real, None),
        ],
        returns: ValueType::RealNM,
        doc: "4×4 matrix from 16 entries (row-major as listed).",
    },
    FunctionSpec {
        name: "rotate",
        kind: FunctionKind::Computation,
        params: &[
            param("theta", ValueType::Real, None),
            param("x", ValueType::Real, Some(DefaultValue::Number(0.0))),
            param("y", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::RealNM,
        doc: "3×3 homogeneous CCW rotation by `theta` (radians) about (x,y): T(x,y)·R·T(-x,-y).",
    },
    FunctionSpec {
        name: "rotate2d",
        kind: FunctionKind::Computation,
        params: &[param("theta", ValueType::Real, None)],
        returns: ValueType::RealNM,
        doc: "2×2 CCW rotation matrix (radians).",
    },
    FunctionSpec {
        name: "rotate3d",
        kind: FunctionKind::Computation,
        params: &[
            param("theta", ValueType::Real, None),
            param("v", ValueType::RealN, None),
        ],
        returns: ValueType::RealNM,
        doc: "3×3 rotation by `theta` about unit axis `v` (Rodrigues).",
    },
    FunctionSpec {
        name: "rotate3dh",
        kind: FunctionKind::Computation,
        params: &[
            param("theta", ValueType::Real, None),
            param("v", ValueType::RealN, None),
        ],
        returns: ValueType::RealNM,
        doc: "4×4 homogeneous version of rotate3d.",
    },
    FunctionSpec {
        name: "scale",
        kind: FunctionKind::Computation,
        params: &[
            param("sx", ValueType::Real, None),
            param("sy", ValueType::Real, None),
        ],
        returns: ValueType::RealNM,
        doc: "3×3 homogeneous nonuniform scale diag(sx,sy,1).",
    },
    FunctionSpec {
        name: "scale2d",
        kind: FunctionKind::Computation,
        params: &[
            param("sx", ValueType::Real, None),
            param("sy", ValueType::Real, None),
        ],
        returns: ValueType::RealNM,
        doc: "2×2 diag(sx,sy).",
    },
    FunctionSpec {
        name: "scale3d",
        kind: FunctionKind::Computation,
        params: &[
            param("sx", ValueType::Real, None),
            param("sy", ValueType::Real, None),
            param("sz", ValueType::Real, None),
        ],
        returns: ValueType::RealNM,
        doc: "3×3 diag(sx,sy,sz).",
    },
    FunctionSpec {
        name: "scale3dh",
        kind: FunctionKind::Computation,
        params: &[
            param("sx", ValueType::Real, None),
            param("sy", ValueType::Real, None),
            param("sz", ValueType::Real, None),
        ],
        returns: ValueType::RealNM,
        doc: "4×4 homogeneous diag(sx,sy,sz,1).",
    },
    FunctionSpec {
        name: "skew",
        kind: FunctionKind::Computation,
        params: &[
            param("ax", ValueType::Real, None),
            param("ay", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::RealNM,
        doc: "3×3 homogeneous skew [[1,tan ax,0],[tan ay,1,0],[0,0,1]].",
    },
    FunctionSpec {
        name: "skew2d",
        kind: FunctionKind::Computation,
        params: &[
            param("ax", ValueType::Real, None),
            param("ay", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::RealNM,
        doc: "2×2 skew [[1,tan ax],[tan ay,1]].",
    },
    FunctionSpec {
        name: "shear",
        kind: FunctionKind::Computation,
        params: &[
            param("u", ValueType::RealN, None),
            param("v", ValueType::RealN, None),
        ],
        returns: ValueType::RealNM,
        doc: "homogeneous (n+1)×(n+1) shear x ↦ x + u⟨v,x⟩.",
    },
    FunctionSpec {
        name: "shear2d",
        kind: FunctionKind::Computation,
        params: &[
            param("u", ValueType::RealN, None),
            param("v", ValueType::RealN, None),
        ],
        returns: ValueType::RealNM,
        doc: "2×2 shear I + u vᵀ.",
    },
    FunctionSpec {
        name: "shear3d",
        kind: FunctionKind::Computation,
        params: &[
            param("u", ValueType::RealN, None),
            param("v", ValueType::RealN, None),
        ],
        returns: ValueType::RealNM,
        doc: "3×3 shear I + u vᵀ.",
    },
    FunctionSpec {
        name: "translate",
        kind: FunctionKind::Computation,
        params: &[
            param("x", ValueType::Real, None),
            param("y", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::RealNM,
        doc: "3×3 homogeneous translation by (x,y).",
    },
    FunctionSpec {
        name: "translate3dh",
        kind: FunctionKind::Computation,
        params: &[
            param("x", ValueType::Real, None),
            param("y", ValueType::Real, None),
            param("z", ValueType::Real, None),
        ],
        returns: ValueType::RealNM,
        doc: "4×4 homogeneous translation.",
    },
    FunctionSpec {
        name: "lookAt",
        kind: FunctionKind::Computation,
        params: &[
            param("eye", ValueType::RealN, None),
            param("center", ValueType::RealN, None),
            param("up", ValueType::RealN, None),
        ],
        returns: ValueType::RealNM,
        doc: "4×4 OpenGL-style view matrix from eye/center/up.",
    },
    FunctionSpec {
        name: "perspective",
        kind: FunctionKind::Computation,
        params: &[
            param("fovy", ValueType::Real, None),
            param("aspect", ValueType::Real, None),
            param("zNear", ValueType::Real, Some(DefaultValue::Number(0.1))),
            param("zFar", ValueType::Real, Some(DefaultValue::Number(100.0))),
        ],
        returns: ValueType::RealNM,
        doc: "4×4 OpenGL-style perspective projection (fovy, aspect, near, far).",
    },
    FunctionSpec {
        name: "ortho",
        kind: FunctionKind::Computation,
        params: &[
            param("Left", ValueType::Real, None),
            param("Right", ValueType::Real, None),
            param("Bottom", ValueType::Real, None),
            param("Top", ValueType::Real, None),
            param("zNear", ValueType::Real, Some(DefaultValue::Number(0.1))),
            param("zFar", ValueType::Real, Some(DefaultValue::Number(100.0))),
        ],
        returns: ValueType::RealNM,
        doc: "4×4 OpenGL-style orthographic projection.",
    },
    FunctionSpec {
        name: "project",
        kind: FunctionKind::Computation,
        params: &[
            param("p", ValueType::RealN, None),
            param("model", ValueType::RealNM, None),
            param("proj", ValueType::RealNM, None),
            param("view", ValueType::RealN, None),
        ],
        returns: ValueType::RealN,
        doc: "3D point → 2D window coords via model, projection and viewport [x,y,w,h] (OpenGL gluProject convention); returns (x,y).",
    },
    FunctionSpec {
        name: "projectDepth",
        kind: FunctionKind::Computation,
        params: &[
            param("p", ValueType::RealN, None),
            param("model", ValueType::RealNM, None),
            param("proj", ValueType::RealNM, None),
            param("view", ValueType::RealN, None),
        ],
        returns: ValueType::RealN,
        doc: "like `project` but also returns depth (3 components).",
    },
    FunctionSpec {
        name: "projectList",
        kind: FunctionKind::Computation,
        params: &[
            param("p", ValueType::RealNM, None),
            param("model", ValueType::RealNM, None),
            param("proj", ValueType::RealNM, None),
            param("view", ValueType::RealN, None),
        ],
        returns: ValueType::Real2N,
        doc: "`project` applied to every point of a list.",
    },
    FunctionSpec {
        name: "matrixMultiplyList",
        kind: FunctionKind::Computation,
        params: &[
            param("A", ValueType::RealNM, None),
            param("V", ValueType::RealNM, None),
        ],
        returns: ValueType::RealNM,
        doc: "multiply each vector of a list by matrix A.",
    },
    FunctionSpec {
        name: "fromHomogeneous",
        kind: FunctionKind::Computation,
        params: &[param("q", ValueType::RealN, None)],
        returns: ValueType::RealN,
        doc: "drop last coordinate after dividing by it.",
    },
    FunctionSpec {
        name: "fromHomogeneousList",
        kind: FunctionKind::Computation,
        params: &[param("Q", ValueType::RealNM, None)],
        returns: ValueType::RealNM,
        doc: "fromHomogeneous on each row.",
    },
    FunctionSpec {
        name: "toHomogeneous",
        kind: FunctionKind::Computation,
        params: &[param("p", ValueType::RealN, None)],
        returns: ValueType::RealN,
        doc: "append 1.",
    },
    FunctionSpec {
        name: "toHomogeneousList",
        kind: FunctionKind::Computation,
        params: &[param("P", ValueType::RealNM, None)],
        returns: ValueType::RealNM,
        doc: "toHomogeneous on each row.",
    },
    FunctionSpec {
        name: "toHomogeneousMatrix",
        kind: FunctionKind::Computation,
        params: &[param("A", ValueType::RealNM, None)],
        returns: ValueType::RealNM,
        doc: "embed n×n matrix into (n+1)×(n+1) with 1 in the corner.",
    },
    FunctionSpec {
        name: "length",
        kind: FunctionKind::Computation,
        params: &[param(
            "l",
            ValueType::Shape(ShapeSet::Only(&[ShapeKind::Line])),
            None,
        )],
        returns: ValueType::Real,
        doc: "length of a Line shape (‖end-start‖).",
    },
    FunctionSpec {
        name: "normalize",
        kind: FunctionKind::Computation,
        params: &[param("v", ValueType::RealN, None)],
        returns: ValueType::RealN,
        doc: "v/(‖v‖+1e-5).",
    },
    FunctionSpec {
        name: "pathFromPoints",
        kind: FunctionKind::Computation,
        params: &[
            param("pathType", ValueType::PathType, None),
            param("pts", ValueType::Real2N, None),
        ],
        returns: ValueType::PathCmd,
        doc: "polyline path: M p0, L p1 … (Z if \"closed\").",
    },
    FunctionSpec {
        name: "quadraticCurveFromPoints",
        kind: FunctionKind::Computation,
        params: &[
            param("pathType", ValueType::PathType, None),
            param("pts", ValueType::Real2N, None),
        ],
        returns: ValueType::PathCmd,
        doc: "M p0, Q p1 p2, then T for each further point (Z if closed).",
    },
    FunctionSpec {
        name: "interpolateQuadraticFromPoints",
        kind: FunctionKind::Computation,
        params: &[
            param("pathType", ValueType::PathType, None),
            param("p0", ValueType::Real2, None),
            param("p1", ValueType::Real2, None),
            param("p2", ValueType::Real2, None),
        ],
        returns: ValueType::PathCmd,
        doc: "quadratic Bézier passing through p0, p1, p2 (control point solved so curve hits p1).",
    },
    FunctionSpec {
        name: "cubicCurveFromPoints",
        kind: FunctionKind::Computation,
        params: &[
            param("pathType", ValueType::PathType, None),
            param("pts", ValueType::Real2N, None),
        ],
        returns: ValueType::PathCmd,
        doc: "M p0, C p1 p2 p3, then S (cp, pt) pairs (Z if closed).",
    },
    FunctionSpec {
        name: "connectPaths",
        kind: FunctionKind::Computation,
        params: &[
            param("pathType", ValueType::PathType, None),
            param("pathDataList", ValueType::PathDataList, None),
        ],
        returns: ValueType::PathCmd,
        doc: "concatenate path lists, turning each subsequent leading M into L (and closing back to start if \"closed\").",
    },
    FunctionSpec {
        name: "concatenatePaths",
        kind: FunctionKind::Computation,
        params: &[param("pathDataList", ValueType::PathDataList, None)],
        returns: ValueType::PathCmd,
        doc: "concatenate path command lists unchanged.",
    },
    FunctionSpec {
        name: "joinPaths",
        kind: FunctionKind::Computation,
        params: &[param("pathDataList", ValueType::PathDataList, None)],
        returns: ValueType::PathCmd,
        doc: "concatenate path lists dropping each subsequent leading M (ends must already coincide).",
    },
    FunctionSpec {
        name: "Penrose",
        kind: FunctionKind::Computation,
        params: &[
            param(
                "center",
                ValueType::RealN,
                Some(DefaultValue::Vector(&[0.0, 0.0])),
            ),
            param("radius", ValueType::Real, Some(DefaultValue::Number(50.0))),
            param(
                "holeSize",
                ValueType::Real,
                Some(DefaultValue::Number(0.35)),
            ),
            param("angle", ValueType::Real, Some(DefaultValue::Number(0.0))),
            param("nSides", ValueType::PosInt, Some(DefaultValue::Number(5.0))),
            param(
                "chirality",
                ValueType::String,
                Some(DefaultValue::String("ccw")),
            ),
        ],
        returns: ValueType::PathCmd,
        doc: "path of an 'impossible n-gon' (Penrose-triangle generalisation); n = floor(max(nSides,3)), chirality \"cw\"/\"ccw\".",
    },
    FunctionSpec {
        name: "firstPoint",
        kind: FunctionKind::Computation,
        params: &[param("points", ValueType::RealNM, None)],
        returns: ValueType::Real2,
        doc: "first row of a point list.",
    },
    FunctionSpec {
        name: "lastPoint",
        kind: FunctionKind::Computation,
        params: &[param("points", ValueType::RealNM, None)],
        returns: ValueType::Real2,
        doc: "last row of a point list.",
    },
    FunctionSpec {
        name: "averagePoint",
        kind: FunctionKind::Computation,
        params: &[param("points", ValueType::RealNM, None)],
        returns: ValueType::RealN,
        doc: "mean of the points.",
    },
    FunctionSpec {
        name: "interpolatingSpline",
        kind: FunctionKind::Computation,
        params: &[
            param("pathType", ValueType::PathType, None),
            param("points", ValueType::RealNM, None),
            param("tension", ValueType::Real, Some(DefaultValue::Number(0.25))),
        ],
        returns: ValueType::PathCmd,
        doc: "Catmull–Rom spline through points as cubic Béziers; tangents tension·(p[i+1]-p[i-1]); open ends use one-sided differences.",
    },
    FunctionSpec {
        name: "diffusionProcess",
        kind: FunctionKind::Computation,
        params: &[
            param("n", ValueType::PosInt, None),
            param("X0", ValueType::Real2, None),
            param("A", ValueType::RealNM, None),
            param("omega", ValueType::Real2, None),
        ],
        returns: ValueType::Real2N,
        doc: "random walk of n points X_{i}=X_{i-1}+A·W+ω, W ~ N(0,I) (consumes 4 RNG draws per step via Box–Muller; constant, not optimized).",
    },
    FunctionSpec {
        name: "unitMark",
        kind: FunctionKind::Computation,
        params: &[
            param(
                "s1",
                ValueType::Shape(ShapeSet::Only(&[ShapeKind::Line])),
                None,
            ),
            param(
                "s2",
                ValueType::Shape(ShapeSet::Only(&[ShapeKind::Line])),
                None,
            ),
            param("padding", ValueType::Real, None),
        ],
        returns: ValueType::Real2N,
        doc: "two points: the endpoints of line s1 shifted by `padding` along −dir(s2).",
    },
    FunctionSpec {
        name: "unitMark2",
        kind: FunctionKind::Computation,
        params: &[
            param("start_end", ValueType::Real2N, None),
            param("t", ValueType::String, None),
            param("size", ValueType::Real, None),
        ],
        returns: ValueType::Real2N,
        doc: "two points ±size along the normal at the start (t=\"start\") or end of a segment.",
    },
    FunctionSpec {
        name: "arc",
        kind: FunctionKind::Computation,
        params: &[
            param("pathType", ValueType::PathType, None),
            param("start", ValueType::Real2, None),
            param("end", ValueType::Real2, None),
            param("width_height", ValueType::Real2, None),
            param("rotation", ValueType::Real, None),
            param("largeArc", ValueType::Real, None),
            param("arcSweep", ValueType::Real, None),
        ],
        returns: ValueType::PathCmd,
        doc: "M start, A (rx,ry, rotation, largeArc, sweep) end (Z if closed).",
    },
    FunctionSpec {
        name: "circularArc",
        kind: FunctionKind::Computation,
        params: &[
            param("pathType", ValueType::PathType, None),
            param("center", ValueType::Real2, None),
            param("r", ValueType::Real, None),
            param("theta0", ValueType::Real, None),
            param("theta1", ValueType::Real, None),
        ],
        returns: ValueType::PathCmd,
        doc: "circular arc center+r(cos t, sin t), t∈[θ0,θ1] (radians) as one A command; largeArc = ‖θ1−θ0‖>π, sweep = θ0>θ1; closed adds L center, Z.",
    },
    FunctionSpec {
        name: "repeatedArcs",
        kind: FunctionKind::Computation,
        params: &[
            param("innerStart", ValueType::Real2, None),
            param("innerEnd", ValueType::Real2, None),
            param("outerStart", ValueType::Real2, None),
            param("outerEnd", ValueType::Real2, None),
            param("innerRadius", ValueType::Real2, None),
            param("repeat", ValueType::PosInt, None),
            param("spacing", ValueType::Real, None),
            param("arcSweep", ValueType::Real, None),
        ],
        returns: ValueType::PathCmd,
        doc: "`repeat` concentric arcs (M,A pairs) stepping outward by `spacing` — equal-angle marks.",
    },
    FunctionSpec {
        name: "wedge",
        kind: FunctionKind::Computation,
        params: &[
            param("center", ValueType::Real2, None),
            param("start", ValueType::Real2, None),
            param("end", ValueType::Real2, None),
            param("radius", ValueType::Real2, None),
            param("rotation", ValueType::Real, None),
            param("largeArc", ValueType::Real, None),
            param("arcSweep", ValueType::Real, None),
        ],
        returns: ValueType::PathCmd,
        doc: "M start, A … end, L center, Z (filled pie slice).",
    },
    FunctionSpec {
        name: "ptOnLine",
        kind: FunctionKind::Computation,
        params: &[
            param("p1", ValueType::RealN, None),
            param("p2", ValueType::RealN, None),
            param("r", ValueType::Real, None),
        ],
        returns: ValueType::RealN,
        doc: "point at distance r from p1 toward p2.",
    },
    FunctionSpec {
        name: "arcSweepFlag",
        kind: FunctionKind::Computation,
        params: &[
            param("x1_y1", ValueType::Real2, None),
            param("start", ValueType::Real2, None),
            param("end", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "0 if rotating start→end about (x1,y1) is CCW (cross>0), else 1.",
    },
    FunctionSpec {
        name: "angleBetween",
        kind: FunctionKind::Computation,
        params: &[
            param("u", ValueType::RealN, None),
            param("v", ValueType::RealN, None),
        ],
        returns: ValueType::Real,
        doc: "unsigned angle in [0,π] between u and v.",
    },
    FunctionSpec {
        name: "angleFrom",
        kind: FunctionKind::Computation,
        params: &[
            param("u", ValueType::RealN, None),
            param("v", ValueType::RealN, None),
        ],
        returns: ValueType::Real,
        doc: "signed angle from u to v: atan2(cross(u,v), dot(u,v)).",
    },
    FunctionSpec {
        name: "cross2D",
        kind: FunctionKind::Computation,
        params: &[
            param("u", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "u.x·v.y − u.y·v.x.",
    },
    FunctionSpec {
        name: "cross",
        kind: FunctionKind::Computation,
        params: &[
            param("u", ValueType::Real3, None),
            param("v", ValueType::Real3, None),
        ],
        returns: ValueType::Real3,
        doc: "3D cross product.",
    },
    FunctionSpec {
        name: "lineLineIntersection",
        kind: FunctionKind::Computation,
        params: &[
            param("a0", ValueType::Real2, None),
            param("a1", ValueType::Real2, None),
            param("b0", ValueType::Real2, None),
            param("b1", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "intersection of lines a0a1 and b0b1 via homogeneous cross products (Inf/NaN if parallel).",
    },
    FunctionSpec {
        name: "midpoint",
        kind: FunctionKind::Computation,
        params: &[
            param("start", ValueType::RealN, None),
            param("end", ValueType::RealN, None),
        ],
        returns: ValueType::RealN,
        doc: "(start+end)/2.",
    },
    FunctionSpec {
        name: "midpointOffset",
        kind: FunctionKind::Computation,
        params: &[
            param(
                "s1",
                ValueType::Shape(ShapeSet::Only(&[ShapeKind::Line])),
                None,
            ),
            param("padding", ValueType::Real, None),
        ],
        returns: ValueType::Real2,
        doc: "midpoint of a Line shape moved `padding` along its left normal rot90(dir); returns a 2-tuple.",
    },
    FunctionSpec {
        name: "chevron",
        kind: FunctionKind::Computation,
        params: &[
            param(
                "s1",
                ValueType::Shape(ShapeSet::Only(&[ShapeKind::Line])),
                None,
            ),
            param("padding", ValueType::Real, None),
        ],
        returns: ValueType::Real2N,
        doc: "3 points: midpoint of s1 and two points at `padding` along dir rotated 135° and 225°.",
    },
    FunctionSpec {
        name: "innerPointOffset",
        kind: FunctionKind::Computation,
        params: &[
            param("pt1", ValueType::Real2, None),
            param("pt2", ValueType::Real2, None),
            param("pt3", ValueType::Real2, None),
            param("padding", ValueType::Real, None),
        ],
        returns: ValueType::Real2,
        doc: "corner point for a right-angle marker at pt1 between rays pt1→pt2 and pt1→pt3.",
    },
    FunctionSpec {
        name: "ticksOnLine",
        kind: FunctionKind::Computation,
        params: &[
            param("pt1", ValueType::Real2, None),
            param("pt2", ValueType::Real2, None),
            param("spacing", ValueType::Real, None),
            param("numTicks", ValueType::PosInt, None),
            param("tickLength", ValueType::Real, None),
        ],
        returns: ValueType::PathCmd,
        doc: "path of `numTicks` tick segments (length 2·tickLength, perpendicular) centred on the segment midpoint, `spacing` apart.",
    },
    FunctionSpec {
        name: "orientedSquare",
        kind: FunctionKind::Computation,
        params: &[
            param(
                "s1",
                ValueType::Shape(ShapeSet::Only(&[ShapeKind::Line])),
                None,
            ),
            param(
                "s2",
                ValueType::Shape(ShapeSet::Only(&[ShapeKind::Line])),
                None,
            ),
            param("intersection", ValueType::Real2, None),
            param("len", ValueType::Real, None),
        ],
        returns: ValueType::PathCmd,
        doc: "closed 4-point path marking the right angle between two perpendicular Line shapes at `intersection`, side `len`.",
    },
    FunctionSpec {
        name: "triangle",
        kind: FunctionKind::Computation,
        params: &[
            param(
                "l1",
                ValueType::Shape(ShapeSet::Only(&[ShapeKind::Line])),
                None,
            ),
            param(
                "l2",
                ValueType::Shape(ShapeSet::Only(&[ShapeKind::Line])),
                None,
            ),
            param(
                "l3",
                ValueType::Shape(ShapeSet::Only(&[ShapeKind::Line])),
                None,
            ),
        ],
        returns: ValueType::PathCmd,
        doc: "closed path through the start points of three Line shapes.",
    },
    FunctionSpec {
        name: "average2",
        kind: FunctionKind::Computation,
        params: &[
            param("x", ValueType::Real, None),
            param("y", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "(x+y)/2.",
    },
    FunctionSpec {
        name: "average",
        kind: FunctionKind::Computation,
        params: &[param("xs", ValueType::RealN, None)],
        returns: ValueType::Real,
        doc: "mean of a vector.",
    },
    FunctionSpec {
        name: "unit",
        kind: FunctionKind::Computation,
        params: &[param("v", ValueType::RealN, None)],
        returns: ValueType::RealN,
        doc: "v/(‖v‖+1e-5) (same as normalize).",
    },
    FunctionSpec {
        name: "random",
        kind: FunctionKind::Computation,
        params: &[
            param("minVal", ValueType::Real, None),
            param("maxVal", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "uniform sample in [minVal,maxVal) (bounds must be constants); a fixed constant, never optimized.",
    },
    FunctionSpec {
        name: "unitRandom",
        kind: FunctionKind::Computation,
        params: &[],
        returns: ValueType::Real,
        doc: "uniform sample in [0,1) (constant).",
    },
    FunctionSpec {
        name: "diskRandom",
        kind: FunctionKind::Computation,
        params: &[],
        returns: ValueType::RealN,
        doc: "uniform point in unit disk (sqrt(u1)·(cos 2πu2, sin 2πu2)).",
    },
    FunctionSpec {
        name: "circleRandom",
        kind: FunctionKind::Computation,
        params: &[],
        returns: ValueType::RealN,
        doc: "uniform point on unit circle (angle ~ U[0,2π)).",
    },
    FunctionSpec {
        name: "sphereRandom",
        kind: FunctionKind::Computation,
        params: &[],
        returns: ValueType::RealN,
        doc: "uniform point on unit sphere (2 draws).",
    },
    FunctionSpec {
        name: "normalRandom",
        kind: FunctionKind::Computation,
        params: &[],
        returns: ValueType::Real,
        doc: "standard normal via Box–Muller (2 draws).",
    },
    FunctionSpec {
        name: "triangleRandom",
        kind: FunctionKind::Computation,
        params: &[
            param("a", ValueType::Real2, None),
            param("b", ValueType::Real2, None),
            param("c", ValueType::Real2, None),
        ],
        returns: ValueType::RealN,
        doc: "uniform point in triangle abc (2 draws).",
    },
    FunctionSpec {
        name: "sampleColor",
        kind: FunctionKind::Computation,
        params: &[
            param("alpha", ValueType::Unit, None),
            param("colorType", ValueType::ColorType, None),
        ],
        returns: ValueType::Color,
        doc: "random color: \"rgb\" → 3 draws in [0.1,0.9] + given alpha; \"hsv\" → hue ~ U[0,360), s=100, v=80.",
    },
    FunctionSpec {
        name: "randomIndex",
        kind: FunctionKind::Computation,
        params: &[
            param("minIndex", ValueType::Real, None),
            param("maxIndex", ValueType::Real, None),
        ],
        returns: ValueType::PosInt,
        doc: "floor of a uniform sample in [min,max) (plain integer; constant).",
    },
    FunctionSpec {
        name: "setOpacity",
        kind: FunctionKind::Computation,
        params: &[
            param("color", ValueType::Color, None),
            param("frac", ValueType::Unit, None),
        ],
        returns: ValueType::Color,
        doc: "multiply the color's alpha by `frac` (NONE stays NONE).",
    },
    FunctionSpec {
        name: "mul",
        kind: FunctionKind::Computation,
        params: &[
            param("m", ValueType::RealNM, None),
            param("v", ValueType::RealN, None),
        ],
        returns: ValueType::RealN,
        doc: "matrix × column vector.",
    },
    FunctionSpec {
        name: "barycenter",
        kind: FunctionKind::Computation,
        params: &[
            param("a", ValueType::Real2, None),
            param("b", ValueType::Real2, None),
            param("c", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "(a+b+c)/3.",
    },
    FunctionSpec {
        name: "circumcenter",
        kind: FunctionKind::Computation,
        params: &[
            param("p", ValueType::Real2, None),
            param("q", ValueType::Real2, None),
            param("r", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "circumcenter of triangle pqr.",
    },
    FunctionSpec {
        name: "circumradius",
        kind: FunctionKind::Computation,
        params: &[
            param("p", ValueType::Real2, None),
            param("q", ValueType::Real2, None),
            param("r", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "circumradius of triangle pqr.",
    },
    FunctionSpec {
        name: "incenter",
        kind: FunctionKind::Computation,
        params: &[
            param("p", ValueType::Real2, None),
            param("q", ValueType::Real2, None),
            param("r", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "incenter of triangle pqr.",
    },
    FunctionSpec {
        name: "inradius",
        kind: FunctionKind::Computation,
        params: &[
            param("p", ValueType::Real2, None),
            param("q", ValueType::Real2, None),
            param("r", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "inradius of triangle pqr.",
    },
    FunctionSpec {
        name: "sqr",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "x².",
    },
    FunctionSpec {
        name: "sqrt",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "√x (NaN for x<0; gradient guarded by max(1e-5, √x)).",
    },
    FunctionSpec {
        name: "max",
        kind: FunctionKind::Computation,
        params: &[
            param("x", ValueType::Real, None),
            param("y", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "max(x,y).",
    },
    FunctionSpec {
        name: "min",
        kind: FunctionKind::Computation,
        params: &[
            param("x", ValueType::Real, None),
            param("y", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "min(x,y).",
    },
    FunctionSpec {
        name: "abs",
        kind: FunctionKind::Computation,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "‖x‖.",
    },
    FunctionSpec {
        name: "toRadians",
        kind: FunctionKind::Computation,
        params: &[param("theta", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "degrees → radians.",
    },
    FunctionSpec {
        name: "toDegrees",
        kind: FunctionKind::Computation,
        params: &[param("theta", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "radians → degrees.",
    },
    FunctionSpec {
        name: "norm",
        kind: FunctionKind::Computation,
        params: &[param("v", ValueType::RealN, None)],
        returns: ValueType::Real,
        doc: "Euclidean norm.",
    },
    FunctionSpec {
        name: "normsq",
        kind: FunctionKind::Computation,
        params: &[param("v", ValueType::RealN, None)],
        returns: ValueType::Real,
        doc: "squared norm.",
    },
    FunctionSpec {
        name: "vdist",
        kind: FunctionKind::Computation,
        params: &[
            param("v", ValueType::RealN, None),
            param("w", ValueType::RealN, None),
        ],
        returns: ValueType::Real,
        doc: "Euclidean distance.",
    },
    FunctionSpec {
        name: "vmul",
        kind: FunctionKind::Computation,
        params: &[
            param("s", ValueType::Real, None),
            param("v", ValueType::RealN, None),
        ],
        returns: ValueType::RealN,
        doc: "scalar × vector.",
    },
    FunctionSpec {
        name: "vdistsq",
        kind: FunctionKind::Computation,
        params: &[
            param("v", ValueType::RealN, None),
            param("w", ValueType::RealN, None),
        ],
        returns: ValueType::Real,
        doc: "squared distance.",
    },
    FunctionSpec {
        name: "angleOf",
        kind: FunctionKind::Computation,
        params: &[param("v", ValueType::RealN, None)],
        returns: ValueType::Real,
        doc: "atan2(v.y, v.x) in radians.",
    },
    FunctionSpec {
        name: "MathE",
        kind: FunctionKind::Computation,
        params: &[],
        returns: ValueType::Real,
        doc: "constant e.",
    },
    FunctionSpec {
        name: "MathPI",
        kind: FunctionKind::Computation,
        params: &[],
        returns: ValueType::Real,
        doc: "constant π.",
    },
    FunctionSpec {
        name: "rot90",
        kind: FunctionKind::Computation,
        params: &[param("v", ValueType::Real2, None)],
        returns: ValueType::Real2,
        doc: "(x,y) ↦ (−y,x) (90° CCW).",
    },
    FunctionSpec {
        name: "rotateBy",
        kind: FunctionKind::Computation,
        params: &[
            param("v", ValueType::Real2, None),
            param("theta", ValueType::Real, None),
        ],
        returns: ValueType::Real2,
        doc: "(x,y) ↦ (x cosθ + y sinθ, −x sinθ + y cosθ): θ in radians and the rotation is clockwise, despite the documented 'degrees counterclockwise'.",
    },
    FunctionSpec {
        name: "signedDistance",
        kind: FunctionKind::Computation,
        params: &[
            param(
                "s",
                ValueType::Shape(ShapeSet::Only(&[
                    ShapeKind::Circle,
                    ShapeKind::Rectangle,
                    ShapeKind::Line,
                    ShapeKind::Polygon,
                    ShapeKind::Polyline,
                    ShapeKind::Text,
                    ShapeKind::Equation,
                    ShapeKind::Image,
                ])),
                None,
            ),
            param("p", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "signed distance from p to a shape: rect-likes via their AABB (rotation only enlarges the box), Circle, Polygon (exact, negative inside), Line/Polyline (unsigned), Group (min over members); Ellipse is rejected (throws).",
    },
    FunctionSpec {
        name: "signedDistanceRect",
        kind: FunctionKind::Computation,
        params: &[
            param("rect", ValueType::Real2N, None),
            param("pt", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "signed distance from pt to an axis-aligned rect given as 4 corner points.",
    },
    FunctionSpec {
        name: "signedDistanceCircle",
        kind: FunctionKind::Computation,
        params: &[
            param("c", ValueType::Real2, None),
            param("r", ValueType::Real, None),
            param("pt", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "‖pt−c‖ − r.",
    },
    FunctionSpec {
        name: "signedDistancePolygon",
        kind: FunctionKind::Computation,
        params: &[
            param("pts", ValueType::Real2N, None),
            param("pt", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "exact signed distance to a simple polygon (winding sign).",
    },
    FunctionSpec {
        name: "signedDistanceEllipse",
        kind: FunctionKind::Computation,
        params: &[
            param("c", ValueType::Real2, None),
            param("rx", ValueType::Real, None),
            param("ry", ValueType::Real, None),
            param("pt", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "signed distance to an axis-aligned ellipse (iterative closed form).",
    },
    FunctionSpec {
        name: "signedDistanceLine",
        kind: FunctionKind::Computation,
        params: &[
            param("start", ValueType::Real2, None),
            param("end", ValueType::Real2, None),
            param("pt", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "distance to a segment (never negative).",
    },
    FunctionSpec {
        name: "signedDistancePolyline",
        kind: FunctionKind::Computation,
        params: &[
            param("pts", ValueType::Real2N, None),
            param("pt", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "min distance to the polyline's segments.",
    },
    FunctionSpec {
        name: "signedDistanceGroup",
        kind: FunctionKind::Computation,
        params: &[
            param("shapes", ValueType::ShapeList, None),
            param("pt", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "min of member signed distances.",
    },
    FunctionSpec {
        name: "unitVector",
        kind: FunctionKind::Computation,
        params: &[param("theta", ValueType::Real, None)],
        returns: ValueType::Real2,
        doc: "(cos θ, sin θ), θ in radians.",
    },
    FunctionSpec {
        name: "rayIntersect",
        kind: FunctionKind::Computation,
        params: &[
            param(
                "S",
                ValueType::Shape(ShapeSet::Only(&[
                    ShapeKind::Circle,
                    ShapeKind::Ellipse,
                    ShapeKind::Rectangle,
                    ShapeKind::Line,
                    ShapeKind::Polygon,
                    ShapeKind::Polyline,
                    ShapeKind::Text,
                    ShapeKind::Equation,
                    ShapeKind::Image,
                    ShapeKind::Group,
                ])),
                None,
            ),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "first hit point of ray p+t·v (t≥0) with the shape; returns p if none.",
    },
    FunctionSpec {
        name: "rayIntersectDistance",
        kind: FunctionKind::Computation,
        params: &[
            param(
                "S",
                ValueType::Shape(ShapeSet::Only(&[
                    ShapeKind::Circle,
                    ShapeKind::Ellipse,
                    ShapeKind::Rectangle,
                    ShapeKind::Line,
                    ShapeKind::Polygon,
                    ShapeKind::Polyline,
                    ShapeKind::Text,
                    ShapeKind::Equation,
                    ShapeKind::Image,
                    ShapeKind::Group,
                ])),
                None,
            ),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "distance to first hit, Infinity if none.",
    },
    FunctionSpec {
        name: "rayIntersectCircle",
        kind: FunctionKind::Computation,
        params: &[
            param("c", ValueType::Real2, None),
            param("r", ValueType::Real, None),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "ray–circle first hit.",
    },
    FunctionSpec {
        name: "rayIntersectCircleDistance",
        kind: FunctionKind::Computation,
        params: &[
            param("c", ValueType::Real2, None),
            param("r", ValueType::Real, None),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "ray–circle hit distance.",
    },
    FunctionSpec {
        name: "rayIntersectEllipse",
        kind: FunctionKind::Computation,
        params: &[
            param("c", ValueType::Real2, None),
            param("rx", ValueType::Real, None),
            param("ry", ValueType::Real, None),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "ray–ellipse first hit.",
    },
    FunctionSpec {
        name: "rayIntersectEllipseDistance",
        kind: FunctionKind::Computation,
        params: &[
            param("c", ValueType::Real2, None),
            param("rx", ValueType::Real, None),
            param("ry", ValueType::Real, None),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "ray–ellipse hit distance.",
    },
    FunctionSpec {
        name: "rayIntersectLine",
        kind: FunctionKind::Computation,
        params: &[
            param("start", ValueType::Real2, None),
            param("end", ValueType::Real2, None),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "ray–segment hit.",
    },
    FunctionSpec {
        name: "rayIntersectLineDistance",
        kind: FunctionKind::Computation,
        params: &[
            param("start", ValueType::Real2, None),
            param("end", ValueType::Real2, None),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "ray–segment hit distance.",
    },
    FunctionSpec {
        name: "rayIntersectRect",
        kind: FunctionKind::Computation,
        params: &[
            param("rect", ValueType::Real2N, None),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "ray–rect (4 points) hit.",
    },
    FunctionSpec {
        name: "rayIntersectRectDistance",
        kind: FunctionKind::Computation,
        params: &[
            param("rect", ValueType::Real2N, None),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "ray–rect hit distance.",
    },
    FunctionSpec {
        name: "rayIntersectPoly",
        kind: FunctionKind::Computation,
        params: &[
            param("pts", ValueType::Real2N, None),
            param("closed", ValueType::Boolean, None),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "ray–polyline/polygon hit (`closed` adds last edge).",
    },
    FunctionSpec {
        name: "rayIntersectPolyDistance",
        kind: FunctionKind::Computation,
        params: &[
            param("pts", ValueType::Real2N, None),
            param("closed", ValueType::Boolean, None),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "ray–poly hit distance.",
    },
    FunctionSpec {
        name: "rayIntersectGroup",
        kind: FunctionKind::Computation,
        params: &[
            param("shapes", ValueType::ShapeList, None),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "nearest hit over group members.",
    },
    FunctionSpec {
        name: "rayIntersectGroupDistance",
        kind: FunctionKind::Computation,
        params: &[
            param("shapes", ValueType::ShapeList, None),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "nearest hit distance over group members.",
    },
    FunctionSpec {
        name: "rayIntersectNormal",
        kind: FunctionKind::Computation,
        params: &[
            param(
                "S",
                ValueType::Shape(ShapeSet::Only(&[
                    ShapeKind::Circle,
                    ShapeKind::Ellipse,
                    ShapeKind::Rectangle,
                    ShapeKind::Line,
                    ShapeKind::Polygon,
                    ShapeKind::Polyline,
                    ShapeKind::Text,
                    ShapeKind::Equation,
                    ShapeKind::Image,
                    ShapeKind::Group,
                ])),
                None,
            ),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "unit normal at the first hit; (0,0) if none.",
    },
    FunctionSpec {
        name: "rayIntersectNormalCircle",
        kind: FunctionKind::Computation,
        params: &[
            param("c", ValueType::Real2, None),
            param("r", ValueType::Real, None),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "normal at ray–circle hit.",
    },
    FunctionSpec {
        name: "rayIntersectNormalEllipse",
        kind: FunctionKind::Computation,
        params: &[
            param("c", ValueType::Real2, None),
            param("rx", ValueType::Real, None),
            param("ry", ValueType::Real, None),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "normal at ray–ellipse hit.",
    },
    FunctionSpec {
        name: "rayIntersectNormalLine",
        kind: FunctionKind::Computation,
        params: &[
            param("start", ValueType::Real2, None),
            param("end", ValueType::Real2, None),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "normal at ray–segment hit.",
    },
    FunctionSpec {
        name: "rayIntersectNormalRect",
        kind: FunctionKind::Computation,
        params: &[
            param("rect", ValueType::Real2N, None),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "normal at ray–rect hit.",
    },
    FunctionSpec {
        name: "rayIntersectNormalPoly",
        kind: FunctionKind::Computation,
        params: &[
            param("pts", ValueType::Real2N, None),
            param("closed", ValueType::Boolean, None),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "normal at ray–poly hit.",
    },
    FunctionSpec {
        name: "rayIntersectNormalGroup",
        kind: FunctionKind::Computation,
        params: &[
            param("shapes", ValueType::ShapeList, None),
            param("p", ValueType::Real2, None),
            param("v", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "normal at nearest member hit.",
    },
    FunctionSpec {
        name: "closestPoint",
        kind: FunctionKind::Computation,
        params: &[
            param(
                "s",
                ValueType::Shape(ShapeSet::Only(&[
                    ShapeKind::Circle,
                    ShapeKind::Ellipse,
                    ShapeKind::Rectangle,
                    ShapeKind::Line,
                    ShapeKind::Polygon,
                    ShapeKind::Polyline,
                    ShapeKind::Text,
                    ShapeKind::Equation,
                    ShapeKind::Image,
                    ShapeKind::Group,
                ])),
                None,
            ),
            param("p", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "closest point on the shape boundary/solid to p (arbitrary if not unique).",
    },
    FunctionSpec {
        name: "closestPointCircle",
        kind: FunctionKind::Computation,
        params: &[
            param("c", ValueType::Real2, None),
            param("r", ValueType::Real, None),
            param("pt", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "closest point on circle.",
    },
    FunctionSpec {
        name: "closestPointRect",
        kind: FunctionKind::Computation,
        params: &[
            param("rect", ValueType::Real2N, None),
            param("pt", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "closest point on rect (4 points).",
    },
    FunctionSpec {
        name: "closestPointLine",
        kind: FunctionKind::Computation,
        params: &[
            param("start", ValueType::Real2, None),
            param("end", ValueType::Real2, None),
            param("pt", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "closest point on segment.",
    },
    FunctionSpec {
        name: "closestPointEllipse",
        kind: FunctionKind::Computation,
        params: &[
            param("c", ValueType::Real2, None),
            param("rx", ValueType::Real, None),
            param("ry", ValueType::Real, None),
            param("pt", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "closest point on ellipse.",
    },
    FunctionSpec {
        name: "closestPointPoly",
        kind: FunctionKind::Computation,
        params: &[
            param("pts", ValueType::Real2N, None),
            param("closed", ValueType::Boolean, None),
            param("pt", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "closest point on polyline/polygon.",
    },
    FunctionSpec {
        name: "closestPointGroup",
        kind: FunctionKind::Computation,
        params: &[
            param("shapes", ValueType::ShapeList, None),
            param("pt", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "closest point over members.",
    },
    FunctionSpec {
        name: "closestSilhouettePoint",
        kind: FunctionKind::Computation,
        params: &[
            param(
                "s",
                ValueType::Shape(ShapeSet::Only(&[
                    ShapeKind::Circle,
                    ShapeKind::Ellipse,
                    ShapeKind::Rectangle,
                    ShapeKind::Line,
                    ShapeKind::Polygon,
                    ShapeKind::Polyline,
                    ShapeKind::Text,
                    ShapeKind::Equation,
                    ShapeKind::Image,
                    ShapeKind::Group,
                ])),
                None,
            ),
            param("p", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "closest point on the visibility silhouette of the shape as seen from p; p if none.",
    },
    FunctionSpec {
        name: "closestSilhouettePointCircle",
        kind: FunctionKind::Computation,
        params: &[
            param("c", ValueType::Real2, None),
            param("r", ValueType::Real, None),
            param("p", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "silhouette point for circle.",
    },
    FunctionSpec {
        name: "closestSilhouettePointEllipse",
        kind: FunctionKind::Computation,
        params: &[
            param("c", ValueType::Real2, None),
            param("rx", ValueType::Real, None),
            param("ry", ValueType::Real, None),
            param("p", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "silhouette point for ellipse.",
    },
    FunctionSpec {
        name: "closestSilhouettePointLine",
        kind: FunctionKind::Computation,
        params: &[
            param("start", ValueType::Real2, None),
            param("end", ValueType::Real2, None),
            param("p", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "silhouette point for segment.",
    },
    FunctionSpec {
        name: "closestSilhouettePointRect",
        kind: FunctionKind::Computation,
        params: &[
            param("rect", ValueType::Real2N, None),
            param("p", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "silhouette point for rect.",
    },
    FunctionSpec {
        name: "closestSilhouettePointPolyline",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::Real2N, None),
            param("p", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "silhouette point for polyline.",
    },
    FunctionSpec {
        name: "closestSilhouettePointPolygon",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::Real2N, None),
            param("p", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "silhouette point for polygon.",
    },
    FunctionSpec {
        name: "closestSilhouettePointGroup",
        kind: FunctionKind::Computation,
        params: &[
            param("shapes", ValueType::ShapeList, None),
            param("p", ValueType::Real2, None),
        ],
        returns: ValueType::Real2,
        doc: "silhouette point over members.",
    },
    FunctionSpec {
        name: "closestSilhouetteDistance",
        kind: FunctionKind::Computation,
        params: &[
            param(
                "s",
                ValueType::Shape(ShapeSet::Only(&[
                    ShapeKind::Circle,
                    ShapeKind::Ellipse,
                    ShapeKind::Rectangle,
                    ShapeKind::Line,
                    ShapeKind::Polygon,
                    ShapeKind::Polyline,
                    ShapeKind::Text,
                    ShapeKind::Equation,
                    ShapeKind::Image,
                    ShapeKind::Group,
                ])),
                None,
            ),
            param("p", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "distance to closestSilhouettePoint (Infinity if none).",
    },
    FunctionSpec {
        name: "rectLineDist",
        kind: FunctionKind::Computation,
        params: &[
            param("bottomLeft", ValueType::Real2, None),
            param("topRight", ValueType::Real2, None),
            param("start", ValueType::Real2, None),
            param("end", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "signed distance from origin to Minkowski sum of an AABB and a negated segment (used for label/edge clearance).",
    },
    FunctionSpec {
        name: "shapeDistance",
        kind: FunctionKind::Computation,
        params: &[
            param("s1", ValueType::Shape(ShapeSet::Any), None),
            param("s2", ValueType::Shape(ShapeSet::Any), None),
        ],
        returns: ValueType::Real,
        doc: "the same signed shape–shape distance used by `overlapping`/`disjoint` (§8.5).",
    },
    FunctionSpec {
        name: "shapeDistanceCircles",
        kind: FunctionKind::Computation,
        params: &[
            param("c1", ValueType::Real2, None),
            param("r1", ValueType::Real, None),
            param("c2", ValueType::Real2, None),
            param("r2", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "‖c1−c2‖ − (r1+r2).",
    },
    FunctionSpec {
        name: "shapeDistanceRects",
        kind: FunctionKind::Computation,
        params: &[
            param("rect1", ValueType::Real2N, None),
            param("rect2", ValueType::Real2N, None),
        ],
        returns: ValueType::Real,
        doc: "signed distance between two AABBs (Minkowski difference).",
    },
    FunctionSpec {
        name: "shapeDistanceRectLine",
        kind: FunctionKind::Computation,
        params: &[
            param("rect", ValueType::Real2N, None),
            param("start", ValueType::Real2, None),
            param("end", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "AABB vs segment signed distance.",
    },
    FunctionSpec {
        name: "shapeDistanceRectlikePolyline",
        kind: FunctionKind::Computation,
        params: &[
            param("rect", ValueType::Real2N, None),
            param("points", ValueType::RealNM, None),
        ],
        returns: ValueType::Real,
        doc: "min over polyline segments of AABB–segment distance.",
    },
    FunctionSpec {
        name: "shapeDistancePolys",
        kind: FunctionKind::Computation,
        params: &[
            param("pts1", ValueType::Real2N, None),
            param("pts2", ValueType::Real2N, None),
        ],
        returns: ValueType::Real,
        doc: "polygon–polygon signed distance via convex partitions + Minkowski SDF.",
    },
    FunctionSpec {
        name: "shapeDistanceRectCircle",
        kind: FunctionKind::Computation,
        params: &[
            param("rect", ValueType::Real2N, None),
            param("c", ValueType::Real2, None),
            param("r", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "AABB–circle signed distance.",
    },
    FunctionSpec {
        name: "shapeDistancePolyEllipse",
        kind: FunctionKind::Computation,
        params: &[
            param("pts", ValueType::Real2N, None),
            param("c", ValueType::Real2, None),
            param("rx", ValueType::Real, None),
            param("ry", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "polygon–ellipse (implicit) distance proxy.",
    },
    FunctionSpec {
        name: "shapeDistanceCircleLine",
        kind: FunctionKind::Computation,
        params: &[
            param("c", ValueType::Real2, None),
            param("r", ValueType::Real, None),
            param("start", ValueType::Real2, None),
            param("end", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "distance from circle center to segment minus r.",
    },
    FunctionSpec {
        name: "shapeDistanceLines",
        kind: FunctionKind::Computation,
        params: &[
            param("start1", ValueType::Real2, None),
            param("end1", ValueType::Real2, None),
            param("start2", ValueType::Real2, None),
            param("end2", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "segment–segment signed distance (Minkowski quad SDF at origin).",
    },
    FunctionSpec {
        name: "signedArea",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
        ],
        returns: ValueType::Real,
        doc: "signed area of a polygonal chain (closed or open).",
    },
    FunctionSpec {
        name: "turningNumber",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
        ],
        returns: ValueType::Real,
        doc: "total turning / 2π.",
    },
    FunctionSpec {
        name: "perimeter",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
        ],
        returns: ValueType::Real,
        doc: "chain length (closed adds last edge).",
    },
    FunctionSpec {
        name: "isoperimetricRatio",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
        ],
        returns: ValueType::Real,
        doc: "perimeter² / area.",
    },
    FunctionSpec {
        name: "elasticEnergy",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
        ],
        returns: ValueType::Real,
        doc: "discrete ∫κ² ds.",
    },
    FunctionSpec {
        name: "totalCurvature",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
            param("signed", ValueType::Boolean, None),
        ],
        returns: ValueType::Real,
        doc: "discrete ∫κ ds (signed or unsigned).",
    },
    FunctionSpec {
        name: "lengthK",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
            param("k", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "Σ ‖edge‖^k.",
    },
    FunctionSpec {
        name: "maxCurvature",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
        ],
        returns: ValueType::Real,
        doc: "max discrete curvature.",
    },
    FunctionSpec {
        name: "pElasticEnergy",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
            param("p", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "discrete ∫‖κ‖^p ds.",
    },
    FunctionSpec {
        name: "inflectionEnergy",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
            param("p", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "discrete ∫‖dκ/ds‖^p ds.",
    },
    FunctionSpec {
        name: "tangentVectors",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
        ],
        returns: ValueType::RealNM,
        doc: "unit tangents per vertex (central differences).",
    },
    FunctionSpec {
        name: "normalVectors",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
        ],
        returns: ValueType::RealNM,
        doc: "unit normals per vertex.",
    },
    FunctionSpec {
        name: "binormalVectors",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
        ],
        returns: ValueType::RealNM,
        doc: "binormals per vertex (3D chains).",
    },
    FunctionSpec {
        name: "evoluteCurve",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
        ],
        returns: ValueType::RealNM,
        doc: "points of the evolute (centers of curvature).",
    },
    FunctionSpec {
        name: "offsetCurve",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
            param("magnitude", ValueType::Real, None),
        ],
        returns: ValueType::RealNM,
        doc: "curve offset along normals by `magnitude`.",
    },
    FunctionSpec {
        name: "curvatures",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
        ],
        returns: ValueType::RealN,
        doc: "discrete curvature per vertex (returns a list).",
    },
    FunctionSpec {
        name: "centerOfMass",
        kind: FunctionKind::Computation,
        params: &[param("points", ValueType::Real2N, None)],
        returns: ValueType::Real2,
        doc: "area centroid of a 2D point cloud/polygon.",
    },
    FunctionSpec {
        name: "noClip",
        kind: FunctionKind::Computation,
        params: &[],
        returns: ValueType::ClipData,
        doc: "ClipData value meaning 'no clipping' (Group.clipPath default).",
    },
    FunctionSpec {
        name: "clip",
        kind: FunctionKind::Computation,
        params: &[param("shape", ValueType::Shape(ShapeSet::Any), None)],
        returns: ValueType::ClipData,
        doc: "ClipData clipping to a (non-Group) shape; error if given a Group.",
    },
    FunctionSpec {
        name: "bboxPts",
        kind: FunctionKind::Computation,
        params: &[param("s", ValueType::Shape(ShapeSet::Any), None)],
        returns: ValueType::Real2N,
        doc: "corners of the shape's AABB, actually ordered [topRight, topLeft, bottomLeft, bottomRight] (docs claim TL,TR,BR,BL).",
    },
    FunctionSpec {
        name: "tsneEnergy",
        kind: FunctionKind::Computation,
        params: &[
            param("points", ValueType::RealNM, None),
            param("projectedPoints", ValueType::RealNM, None),
        ],
        returns: ValueType::Real,
        doc: "t-SNE KL objective between high-dim points and their 2D projections.",
    },
    FunctionSpec {
        name: "rectPts",
        kind: FunctionKind::Computation,
        params: &[param(
            "s",
            ValueType::Shape(ShapeSet::Only(&[
                ShapeKind::Rectangle,
                ShapeKind::Text,
                ShapeKind::Equation,
                ShapeKind::Image,
            ])),
            None,
        )],
        returns: ValueType::Real2N,
        doc: "4 corners [TR, TL, BL, BR] of a rect-like shape including its rotation (degrees, clockwise).",
    },
    FunctionSpec {
        name: "TeXify",
        kind: FunctionKind::Computation,
        params: &[param("str", ValueType::String, None)],
        returns: ValueType::String,
        doc: "\"a_b_c\" ↦ \"{a}_{{b}_{{c}}}\" (nested subscripts) for Equation strings.",
    },
    FunctionSpec {
        name: "repeat",
        kind: FunctionKind::Computation,
        params: &[
            param("n", ValueType::Nat, None),
            param("k", ValueType::Real, None),
        ],
        returns: ValueType::RealN,
        doc: "vector of n copies of k (n must be a fixed integer).",
    },
    FunctionSpec {
        name: "equal",
        kind: FunctionKind::Constraint,
        params: &[
            param("x", ValueType::Real, None),
            param("y", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "`‖x − y‖`",
    },
    FunctionSpec {
        name: "lessThan",
        kind: FunctionKind::Constraint,
        params: &[
            param("x", ValueType::Real, None),
            param("y", ValueType::Real, None),
            param("padding", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::Real,
        doc: "`x − y + padding`",
    },
    FunctionSpec {
        name: "greaterThan",
        kind: FunctionKind::Constraint,
        params: &[
            param("x", ValueType::Real, None),
            param("y", ValueType::Real, None),
            param("padding", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::Real,
        doc: "`y − x + padding`",
    },
    FunctionSpec {
        name: "lessThanSq",
        kind: FunctionKind::Constraint,
        params: &[
            param("x", ValueType::Real, None),
            param("y", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "`x < y ? 0 : (x−y)²`",
    },
    FunctionSpec {
        name: "greaterThanSq",
        kind: FunctionKind::Constraint,
        params: &[
            param("x", ValueType::Real, None),
            param("y", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "`y < x ? 0 : (y−x)²`",
    },
    FunctionSpec {
        name: "inRange",
        kind: FunctionKind::Constraint,
        params: &[
            param("x", ValueType::Real, None),
            param("x0", ValueType::Real, None),
            param("x1", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "`(x<x1 ? 0 : x−x1) + (x0<x ? 0 : x0−x)`",
    },
    FunctionSpec {
        name: "contains1D",
        kind: FunctionKind::Constraint,
        params: &[
            param("interval1", ValueType::Real2, None),
            param("interval2", ValueType::Real2, None),
        ],
        returns: ValueType::Real,
        doc: "`max(0, l1−l2) + max(0, r2−r1)`",
    },
    FunctionSpec {
        name: "disjointScalar",
        kind: FunctionKind::Constraint,
        params: &[
            param("c", ValueType::Real, None),
            param("left", ValueType::Real, None),
            param("right", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "`c∈(left,right) ? min(‖c−left‖, ‖c−right‖) : 0`",
    },
    FunctionSpec {
        name: "perpendicular",
        kind: FunctionKind::Constraint,
        params: &[
            param("q", ValueType::RealN, None),
            param("p", ValueType::RealN, None),
            param("r", ValueType::RealN, None),
        ],
        returns: ValueType::Real,
        doc: "`‖(q−p)·(r−p)‖`",
    },
    FunctionSpec {
        name: "collinear",
        kind: FunctionKind::Constraint,
        params: &[
            param("c1", ValueType::RealN, None),
            param("c2", ValueType::RealN, None),
            param("c3", ValueType::RealN, None),
        ],
        returns: ValueType::Real,
        doc: "`‖cross2(c2−c1, c2−c3)‖`",
    },
    FunctionSpec {
        name: "collinearOrdered",
        kind: FunctionKind::Constraint,
        params: &[
            param("c1", ValueType::RealN, None),
            param("c2", ValueType::RealN, None),
            param("c3", ValueType::RealN, None),
        ],
        returns: ValueType::Real,
        doc: "`max(0, ‖c1−c2‖ + ‖c2−c3‖ − ‖c1−c3‖)`",
    },
    FunctionSpec {
        name: "onCanvas",
        kind: FunctionKind::Constraint,
        params: &[
            param("shape", ValueType::Shape(ShapeSet::Any), None),
            param("canvasWidth", ValueType::Real, None),
            param("canvasHeight", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "`contains1D([−W/2,W/2], bbox x-range) + contains1D([−H/2,H/2], bbox y-range)`; added automatically for every shape with `ensureOnCanvas = true` (all stages)",
    },
    FunctionSpec {
        name: "overlapping",
        kind: FunctionKind::Constraint,
        params: &[
            param("s1", ValueType::Shape(ShapeSet::Any), None),
            param("s2", ValueType::Shape(ShapeSet::Any), None),
            param("overlap", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::Real,
        doc: "`shapeDistance(s1,s2) + overlap` (§7.5)",
    },
    FunctionSpec {
        name: "disjoint",
        kind: FunctionKind::Constraint,
        params: &[
            param("s1", ValueType::Shape(ShapeSet::Any), None),
            param("s2", ValueType::Shape(ShapeSet::Any), None),
            param("padding", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::Real,
        doc: "`−(shapeDistance(s1,s2) − padding)` = `padding − d`",
    },
    FunctionSpec {
        name: "touching",
        kind: FunctionKind::Constraint,
        params: &[
            param("s1", ValueType::Shape(ShapeSet::Any), None),
            param("s2", ValueType::Shape(ShapeSet::Any), None),
            param("padding", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::Real,
        doc: "`‖shapeDistance(s1,s2) − padding‖`",
    },
    FunctionSpec {
        name: "contains",
        kind: FunctionKind::Constraint,
        params: &[
            param("s1", ValueType::Shape(ShapeSet::Any), None),
            param("s2", ValueType::Shape(ShapeSet::Any), None),
            param("padding", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::Real,
        doc: "dispatch table §7.6",
    },
    FunctionSpec {
        name: "overlappingEllipses",
        kind: FunctionKind::Constraint,
        params: &[
            param("c1", ValueType::Real2, None),
            param("rx1", ValueType::Real, None),
            param("ry1", ValueType::Real, None),
            param("c2", ValueType::Real2, None),
            param("rx2", ValueType::Real, None),
            param("ry2", ValueType::Real, None),
            param("overlap", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::Real,
        doc: "implicit-ellipse intersection test: builds implicit forms (first inflated by −overlap, with a π/3·f rotation jitter, f = 1/(1+‖c1−c2‖)), takes roots of their characteristic polynomial (companion-matrix eigenvalues, complex roots → ignored), and returns the min of the combined implicit function over candidate points and both centres",
    },
    FunctionSpec {
        name: "overlappingCircleEllipse",
        kind: FunctionKind::Constraint,
        params: &[
            param("c1", ValueType::Real2, None),
            param("r1", ValueType::Real, None),
            param("c2", ValueType::Real2, None),
            param("rx2", ValueType::Real, None),
            param("ry2", ValueType::Real, None),
            param("overlap", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::Real,
        doc: "same with the first ellipse a circle",
    },
    FunctionSpec {
        name: "containsCircles",
        kind: FunctionKind::Constraint,
        params: &[
            param("c1", ValueType::Real2, None),
            param("r1", ValueType::Real, None),
            param("c2", ValueType::Real2, None),
            param("r2", ValueType::Real, None),
            param("padding", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::Real,
        doc: "`‖c1−c2‖ − (r1 − r2 − padding)` (padding ignored if 0)",
    },
    FunctionSpec {
        name: "containsPolys",
        kind: FunctionKind::Constraint,
        params: &[
            param("pts1", ValueType::Real2N, None),
            param("pts2", ValueType::Real2N, None),
            param("padding", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::Real,
        doc: "`max_{p∈pts2} containsPolyPoint(pts1, p, padding)`",
    },
    FunctionSpec {
        name: "containsPolyCircle",
        kind: FunctionKind::Constraint,
        params: &[
            param("pts", ValueType::Real2N, None),
            param("c", ValueType::Real2, None),
            param("r", ValueType::Real, None),
            param("padding", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::Real,
        doc: "`containsPolyPoint(pts, c, padding + r)`",
    },
    FunctionSpec {
        name: "containsPolyPoint",
        kind: FunctionKind::Constraint,
        params: &[
            param("pts", ValueType::Real2N, None),
            param("pt", ValueType::Real2, None),
            param("padding", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::Real,
        doc: "`max over convex parts P of max over edges e of P of (half-plane SDF of e at pt + padding)`",
    },
    FunctionSpec {
        name: "containsCirclePoint",
        kind: FunctionKind::Constraint,
        params: &[
            param("c", ValueType::Real2, None),
            param("r", ValueType::Real, None),
            param("pt", ValueType::Real2, None),
            param("padding", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::Real,
        doc: "`‖pt − c‖ + padding − r`",
    },
    FunctionSpec {
        name: "containsCirclePoly",
        kind: FunctionKind::Constraint,
        params: &[
            param("c", ValueType::Real2, None),
            param("r", ValueType::Real, None),
            param("pts", ValueType::Real2N, None),
            param("padding", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::Real,
        doc: "`max_p containsCirclePoint`",
    },
    FunctionSpec {
        name: "containsCircleRect",
        kind: FunctionKind::Constraint,
        params: &[
            param("c", ValueType::Real2, None),
            param("r", ValueType::Real, None),
            param("rect", ValueType::Real2N, None),
            param("padding", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::Real,
        doc: "crude: treats rect as circle of radius `max(w,h)` at its centre; `containsCircles(c, r, rc, max(w,h), 0)`; padding ignored",
    },
    FunctionSpec {
        name: "containsRectCircle",
        kind: FunctionKind::Constraint,
        params: &[
            param("rect", ValueType::Real2N, None),
            param("c", ValueType::Real2, None),
            param("r", ValueType::Real, None),
            param("padding", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::Real,
        doc: "`max(‖cx−rx‖ − (w/2 − r − padding), ‖cy−ry‖ − (h/2 − r − padding))`",
    },
    FunctionSpec {
        name: "containsRects",
        kind: FunctionKind::Constraint,
        params: &[
            param("rect1", ValueType::Real2N, None),
            param("rect2", ValueType::Real2N, None),
            param("padding", ValueType::Real, Some(DefaultValue::Number(0.0))),
        ],
        returns: ValueType::Real,
        doc: "sum over 4 sides of squared violation: `[xl1 ≥ xl2−p]·(xl1−xl2+p)² + [xr2+p ≥ xr1]·(xr2+p−xr1)² + …` (same for y)",
    },
    FunctionSpec {
        name: "distributeHorizontally",
        kind: FunctionKind::Constraint,
        params: &[
            param("shapes", ValueType::ShapeList, None),
            param("padding", ValueType::Real, Some(DefaultValue::Number(0.0))),
            param(
                "leftToRight",
                ValueType::Boolean,
                Some(DefaultValue::Boolean(true)),
            ),
        ],
        returns: ValueType::Real,
        doc: "`Σ_i ‖maxX(bbox_i) + padding − minX(bbox_{i+1})‖` (list reversed first if `leftToRight` is false)",
    },
    FunctionSpec {
        name: "distributeVertically",
        kind: FunctionKind::Constraint,
        params: &[
            param("shapes", ValueType::ShapeList, None),
            param("padding", ValueType::Real, Some(DefaultValue::Number(0.0))),
            param(
                "topToBottom",
                ValueType::Boolean,
                Some(DefaultValue::Boolean(true)),
            ),
        ],
        returns: ValueType::Real,
        doc: "`Σ_i ‖maxY(bbox_i) + padding − minY(bbox_{i+1})‖`; the list is reversed **in place** when `topToBottom` is true **[quirk]**",
    },
    FunctionSpec {
        name: "disjointIntervals",
        kind: FunctionKind::Constraint,
        params: &[
            param(
                "s1",
                ValueType::Shape(ShapeSet::Only(&[ShapeKind::Line])),
                None,
            ),
            param(
                "s2",
                ValueType::Shape(ShapeSet::Only(&[ShapeKind::Line])),
                None,
            ),
        ],
        returns: ValueType::Real,
        doc: "1-D overlap of the x-extents `[s.start.x, s.end.x]`: `0` if disjoint else `min(‖l2−r1‖, ‖l1−r2‖)`",
    },
    FunctionSpec {
        name: "isLocallyConvex",
        kind: FunctionKind::Constraint,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
        ],
        returns: ValueType::Real,
        doc: "angles `aᵢ = angleFrom(p_{i+1}−p_i, p_{i+2}−p_{i+1})` over consecutive triples; `s = sign(Σaᵢ)`; `Σ [s·aᵢ ≤ 0]·aᵢ²`",
    },
    FunctionSpec {
        name: "isConvex",
        kind: FunctionKind::Constraint,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
        ],
        returns: ValueType::Real,
        doc: "`isLocallyConvex + (‖turningNumber‖ − 1)²`",
    },
    FunctionSpec {
        name: "isEquilateral",
        kind: FunctionKind::Constraint,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
        ],
        returns: ValueType::Real,
        doc: "variance-like `Σ (ℓᵢ − mean ℓ)²` over edge lengths (closed adds the last edge)",
    },
    FunctionSpec {
        name: "isEquiangular",
        kind: FunctionKind::Constraint,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
        ],
        returns: ValueType::Real,
        doc: "`Σ (aᵢ − mean a)²` over consecutive turning angles",
    },
    FunctionSpec {
        name: "minimal",
        kind: FunctionKind::Objective,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "`x`",
    },
    FunctionSpec {
        name: "maximal",
        kind: FunctionKind::Objective,
        params: &[param("x", ValueType::Real, None)],
        returns: ValueType::Real,
        doc: "`−x`",
    },
    FunctionSpec {
        name: "equal",
        kind: FunctionKind::Objective,
        params: &[
            param("x", ValueType::Real, None),
            param("y", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "`(x − y)²`",
    },
    FunctionSpec {
        name: "greaterThan",
        kind: FunctionKind::Objective,
        params: &[
            param("x", ValueType::Real, None),
            param("y", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "`max(0, y − x)²`",
    },
    FunctionSpec {
        name: "lessThan",
        kind: FunctionKind::Objective,
        params: &[
            param("x", ValueType::Real, None),
            param("y", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "`max(0, x − y)²`",
    },
    FunctionSpec {
        name: "nearVec",
        kind: FunctionKind::Objective,
        params: &[
            param("v1", ValueType::RealN, None),
            param("v2", ValueType::RealN, None),
            param("offset", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "`‖v1−v2‖² − offset²` (can go negative)",
    },
    FunctionSpec {
        name: "repelPt",
        kind: FunctionKind::Objective,
        params: &[
            param("weight", ValueType::Real, None),
            param("a", ValueType::RealN, None),
            param("b", ValueType::RealN, None),
        ],
        returns: ValueType::Real,
        doc: "`weight / (‖a−b‖² + EPS)`",
    },
    FunctionSpec {
        name: "repelScalar",
        kind: FunctionKind::Objective,
        params: &[
            param("c", ValueType::Real, None),
            param("d", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "`1 / ((c−d)² + EPS)`",
    },
    FunctionSpec {
        name: "inDirection",
        kind: FunctionKind::Objective,
        params: &[
            param("p", ValueType::Real2, None),
            param("pRef", ValueType::Real2, None),
            param("direction", ValueType::Real2, None),
            param("offset", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "`(⟨p − pRef, dir/‖dir‖⟩ − offset)²`",
    },
    FunctionSpec {
        name: "above",
        kind: FunctionKind::Objective,
        params: &[
            param("top", ValueType::Shape(ShapeSet::Any), None),
            param("bottom", ValueType::Shape(ShapeSet::Any), None),
            param("offset", ValueType::Real, Some(DefaultValue::Number(100.0))),
        ],
        returns: ValueType::Real,
        doc: "`inDirection(center(top), center(bottom), (0,1), offset)` → top.y − bottom.y ≈ offset",
    },
    FunctionSpec {
        name: "below",
        kind: FunctionKind::Objective,
        params: &[
            param("bottom", ValueType::Shape(ShapeSet::Any), None),
            param("top", ValueType::Shape(ShapeSet::Any), None),
            param("offset", ValueType::Real, Some(DefaultValue::Number(100.0))),
        ],
        returns: ValueType::Real,
        doc: "`inDirection(center(bottom), center(top), (0,1), offset)` → **bottom ends up `offset` ABOVE top** (implementation contradicts its own description) **[quirk]**",
    },
    FunctionSpec {
        name: "rightwards",
        kind: FunctionKind::Objective,
        params: &[
            param("right", ValueType::Shape(ShapeSet::Any), None),
            param("left", ValueType::Shape(ShapeSet::Any), None),
            param("offset", ValueType::Real, Some(DefaultValue::Number(100.0))),
        ],
        returns: ValueType::Real,
        doc: "`inDirection(center(right), center(left), (1,0), offset)`",
    },
    FunctionSpec {
        name: "leftwards",
        kind: FunctionKind::Objective,
        params: &[
            param("left", ValueType::Shape(ShapeSet::Any), None),
            param("right", ValueType::Shape(ShapeSet::Any), None),
            param("offset", ValueType::Real, Some(DefaultValue::Number(100.0))),
        ],
        returns: ValueType::Real,
        doc: "`inDirection(center(left), center(right), (1,0), offset)` → **left ends up to the right** **[quirk]**",
    },
    FunctionSpec {
        name: "sameCenter",
        kind: FunctionKind::Objective,
        params: &[
            param("s1", ValueType::Shape(ShapeSet::Any), None),
            param("s2", ValueType::Shape(ShapeSet::Any), None),
        ],
        returns: ValueType::Real,
        doc: "`‖c1 − c2‖²`",
    },
    FunctionSpec {
        name: "notTooClose",
        kind: FunctionKind::Objective,
        params: &[
            param("s1", ValueType::Shape(ShapeSet::Any), None),
            param("s2", ValueType::Shape(ShapeSet::Any), None),
            param("weight", ValueType::Real, Some(DefaultValue::Number(10.0))),
        ],
        returns: ValueType::Real,
        doc: "if s1 is a Line: `1e7 · weight · Σ_{k=0..15} weight/(‖c2 − q_k‖² + EPS)`, q_k = 16 evenly spaced samples `lerp(start, end, k/16)`; otherwise `1e7 / (‖c1 − c2‖² + EPS)` (weight unused)",
    },
    FunctionSpec {
        name: "near",
        kind: FunctionKind::Objective,
        params: &[
            param("s1", ValueType::Shape(ShapeSet::Any), None),
            param("s2", ValueType::Shape(ShapeSet::Any), None),
            param("offset", ValueType::Real, Some(DefaultValue::Number(10.0))),
        ],
        returns: ValueType::Real,
        doc: "`‖c1 − c2‖² − offset²`",
    },
    FunctionSpec {
        name: "nearPt",
        kind: FunctionKind::Objective,
        params: &[
            param("s1", ValueType::Shape(ShapeSet::Any), None),
            param("x", ValueType::Real, None),
            param("y", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "`‖c1 − (x,y)‖²`",
    },
    FunctionSpec {
        name: "nonDegenerateAngle",
        kind: FunctionKind::Objective,
        params: &[
            param("s0", ValueType::Shape(ShapeSet::Any), None),
            param("s1", ValueType::Shape(ShapeSet::Any), None),
            param("s2", ValueType::Shape(ShapeSet::Any), None),
            param(
                "strength",
                ValueType::Real,
                Some(DefaultValue::Number(20.0)),
            ),
            param("range", ValueType::Real, Some(DefaultValue::Number(10.0))),
        ],
        returns: ValueType::Real,
        doc: "`c = ‖cos∠(c0−c1, c2−c1)‖`; `c < range·π/180 ? 0 : strength·c` (compares a cosine with an angle in radians) **[quirk]**",
    },
    FunctionSpec {
        name: "centerLabelAbove",
        kind: FunctionKind::Objective,
        params: &[
            param(
                "s1",
                ValueType::Shape(ShapeSet::Only(&[ShapeKind::Line])),
                None,
            ),
            param(
                "s2",
                ValueType::Shape(ShapeSet::Only(&[
                    ShapeKind::Rectangle,
                    ShapeKind::Text,
                    ShapeKind::Equation,
                    ShapeKind::Image,
                ])),
                None,
            ),
            param("w", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "`w·((mx − bx)² + (my + 1.1·h − by)²)`, m = line midpoint, b/h = label bbox centre/height",
    },
    FunctionSpec {
        name: "centerLabel",
        kind: FunctionKind::Objective,
        params: &[
            param(
                "s1",
                ValueType::Shape(ShapeSet::Only(&[
                    ShapeKind::Rectangle,
                    ShapeKind::Line,
                    ShapeKind::Text,
                    ShapeKind::Equation,
                    ShapeKind::Image,
                ])),
                None,
            ),
            param(
                "s2",
                ValueType::Shape(ShapeSet::Only(&[
                    ShapeKind::Rectangle,
                    ShapeKind::Text,
                    ShapeKind::Equation,
                    ShapeKind::Image,
                ])),
                None,
            ),
            param("w", ValueType::Real, None),
            param("padding", ValueType::Real, Some(DefaultValue::Number(10.0))),
        ],
        returns: ValueType::Real,
        doc: "Line: `‖mid − b‖² − width(b)² + padding²` (w unused); rect-like: `‖c1 − c2‖²`",
    },
    FunctionSpec {
        name: "pointLineDist",
        kind: FunctionKind::Objective,
        params: &[
            param("point", ValueType::Real2, None),
            param(
                "s1",
                ValueType::Shape(ShapeSet::Only(&[ShapeKind::Line])),
                None,
            ),
            param("padding", ValueType::Real, None),
        ],
        returns: ValueType::Real,
        doc: "`(dist(point, segment) − padding)²`",
    },
    FunctionSpec {
        name: "isRegular",
        kind: FunctionKind::Objective,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
        ],
        returns: ValueType::Real,
        doc: "`isEquilateral + isEquiangular` (constraint versions)",
    },
    FunctionSpec {
        name: "isEquilateral",
        kind: FunctionKind::Objective,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
        ],
        returns: ValueType::Real,
        doc: "same as the constraint",
    },
    FunctionSpec {
        name: "isEquiangular",
        kind: FunctionKind::Objective,
        params: &[
            param("points", ValueType::RealNM, None),
            param("closed", ValueType::Boolean, None),
        ],
        returns: ValueType::Real,
        doc: "same as the constraint",
    },
];
