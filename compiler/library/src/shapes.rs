//! The shape types of Style, each with its properties, their types and
//! their defaults.

/// A shape type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShapeKind {
    Circle,
    Ellipse,
    Rectangle,
    Line,
    Polygon,
    Polyline,
    Path,
    Text,
    Equation,
    Image,
    Group,
}

impl ShapeKind {
    pub const ALL: [ShapeKind; 11] = [
        ShapeKind::Circle,
        ShapeKind::Ellipse,
        ShapeKind::Rectangle,
        ShapeKind::Line,
        ShapeKind::Polygon,
        ShapeKind::Polyline,
        ShapeKind::Path,
        ShapeKind::Text,
        ShapeKind::Equation,
        ShapeKind::Image,
        ShapeKind::Group,
    ];

    /// The name Style programs use for the shape type.
    pub const fn name(self) -> &'static str {
        self.spec().name
    }

    /// The shape type's properties and defaults.
    pub const fn spec(self) -> &'static ShapeSpec {
        &SHAPES[self as usize]
    }

    /// Rectangle-like shapes: an axis-aligned `width × height` box about
    /// `center`, possibly rotated.
    pub const fn is_rect_like(self) -> bool {
        matches!(
            self,
            ShapeKind::Rectangle | ShapeKind::Text | ShapeKind::Equation | ShapeKind::Image
        )
    }
}

/// The shape type called `name`, if any.
pub fn shape(name: &str) -> Option<ShapeKind> {
    ShapeKind::ALL.into_iter().find(|kind| kind.name() == name)
}

/// SVG presentation attributes that Style may set on any shape although no
/// shape type has them as properties. They pass through to the SVG element
/// unchanged (with the name in kebab case), as in Penrose.
pub const SVG_PASSTHROUGH_ATTRIBUTES: &[&str] = &[
    "class",
    "clipRule",
    "cursor",
    "display",
    "fill",
    "fillOpacity",
    "fillRule",
    "filter",
    "id",
    "letterSpacing",
    "markerEnd",
    "markerMid",
    "markerStart",
    "mask",
    "mixBlendMode",
    "opacity",
    "paintOrder",
    "pointerEvents",
    "shapeRendering",
    "stroke",
    "strokeDashoffset",
    "strokeLinejoin",
    "strokeMiterlimit",
    "strokeOpacity",
    "style",
    "textDecoration",
    "transform",
    "vectorEffect",
    "wordSpacing",
    "writingMode",
];

/// A shape type: its name and its properties, in the order in which their
/// defaults are created (which is the order in which sampled defaults draw
/// from the random stream).
#[derive(Debug)]
pub struct ShapeSpec {
    pub kind: ShapeKind,
    pub name: &'static str,
    pub properties: &'static [PropertySpec],
}

impl ShapeSpec {
    /// The property called `name`, including the two every shape has
    /// (`name` and `ensureOnCanvas`).
    pub fn property(&self, name: &str) -> Option<&'static PropertySpec> {
        self.properties
            .iter()
            .chain(COMMON_PROPERTIES)
            .find(|property| property.name == name)
    }

    /// The position of the property called `name` in [`Self::all_properties`].
    pub fn property_position(&self, name: &str) -> Option<usize> {
        self.all_properties()
            .position(|property| property.name == name)
    }

    /// Every property, the shape's own first, then the common ones.
    pub fn all_properties(&self) -> impl Iterator<Item = &'static PropertySpec> {
        self.properties.iter().chain(COMMON_PROPERTIES)
    }

    /// How many layout inputs the shape's defaults create.
    pub fn default_input_count(&self) -> u64 {
        self.all_properties()
            .map(|property| property.default.input_count())
            .sum()
    }
}

/// One shape property.
#[derive(Debug)]
pub struct PropertySpec {
    pub name: &'static str,
    pub ty: PropertyType,
    pub default: PropertyDefault,
}

/// The type of value a shape property holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PropertyType {
    Float,
    String,
    Bool,
    Color,
    /// A two-dimensional vector.
    Vector,
    /// A list of two-dimensional points.
    PointList,
    /// Path data (`d` of a Path).
    PathData,
    /// The members of a Group.
    ShapeList,
    /// A Group's clip setting.
    ClipData,
}

impl PropertyType {
    /// The type as named in messages.
    pub const fn describe(self) -> &'static str {
        match self {
            PropertyType::Float => "a number",
            PropertyType::String => "a string",
            PropertyType::Bool => "a boolean",
            PropertyType::Color => "a colour",
            PropertyType::Vector => "a vector",
            PropertyType::PointList => "a list of points",
            PropertyType::PathData => "path data",
            PropertyType::ShapeList => "a list of shapes",
            PropertyType::ClipData => "clip data",
        }
    }
}

/// The value a property takes when the Style program does not set it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PropertyDefault {
    Number(f64),
    String(&'static str),
    Bool(bool),
    /// An RGBA colour with channels in `[0, 1]`.
    Color([f64; 4]),
    /// The colour `none`: nothing is painted.
    NoPaint,
    Points(&'static [[f64; 2]]),
    /// Path data with no commands.
    EmptyPath,
    /// A Group with no members.
    NoShapes,
    /// No clipping.
    NoClip,
    /// A point sampled uniformly on the canvas: `x ∈ [−w/2, w/2)`,
    /// `y ∈ [−h/2, h/2)`. Optimised.
    SampledPoint,
    /// A length sampled in `[3, canvas width / 6)`. Optimised.
    SampledWidth,
    /// A length sampled in `[3, canvas height / 6)`. Optimised.
    SampledHeight,
    /// An RGBA colour with each of r, g, b sampled in `[0.1, 0.9)` and
    /// alpha 0.5.
    SampledColor,
    /// Measured from the shape's text (Text and Equation sizes).
    Measured,
    /// The shape's own path in the Style program.
    ShapePath,
}

impl PropertyDefault {
    /// How many inputs of the layout the default creates: the sampled
    /// coordinates and channels, and measured sizes.
    pub const fn input_count(self) -> u64 {
        match self {
            PropertyDefault::SampledPoint => 2,
            PropertyDefault::SampledColor => 3,
            PropertyDefault::SampledWidth
            | PropertyDefault::SampledHeight
            | PropertyDefault::Measured => 1,
            _ => 0,
        }
    }

    /// Whether the default is sampled, and so an optimised unknown.
    pub const fn is_sampled(self) -> bool {
        matches!(
            self,
            PropertyDefault::SampledPoint
                | PropertyDefault::SampledWidth
                | PropertyDefault::SampledHeight
                | PropertyDefault::SampledColor
        )
    }
}

const BLACK: PropertyDefault = PropertyDefault::Color([0.0, 0.0, 0.0, 1.0]);
const DEFAULT_POINTS: PropertyDefault =
    PropertyDefault::Points(&[[0.0, 0.0], [0.0, 10.0], [10.0, 0.0]]);

const fn prop(name: &'static str, ty: PropertyType, default: PropertyDefault) -> PropertySpec {
    PropertySpec { name, ty, default }
}

const fn float(name: &'static str, value: f64) -> PropertySpec {
    prop(name, PropertyType::Float, PropertyDefault::Number(value))
}

const fn string(name: &'static str, value: &'static str) -> PropertySpec {
    prop(name, PropertyType::String, PropertyDefault::String(value))
}

const fn color(name: &'static str, default: PropertyDefault) -> PropertySpec {
    prop(name, PropertyType::Color, default)
}

const fn point(name: &'static str) -> PropertySpec {
    prop(name, PropertyType::Vector, PropertyDefault::SampledPoint)
}

const fn measured(name: &'static str) -> PropertySpec {
    prop(name, PropertyType::Float, PropertyDefault::Measured)
}

const COMMON_PROPERTIES: &[PropertySpec] = &[
    prop("name", PropertyType::String, PropertyDefault::ShapePath),
    prop(
        "ensureOnCanvas",
        PropertyType::Bool,
        PropertyDefault::Bool(true),
    ),
];

/// The stroke properties that open most shapes, in default-creation order.
macro_rules! stroke {
    ($width:expr, $color:expr) => {
        [
            float("strokeWidth", $width),
            string("strokeStyle", "solid"),
            color("strokeColor", $color),
            string("strokeDasharray", ""),
        ]
    };
}

macro_rules! arrowheads {
    () => {
        [
            float("startArrowheadSize", 1.0),
            string("startArrowhead", "none"),
            prop(
                "flipStartArrowhead",
                PropertyType::Bool,
                PropertyDefault::Bool(false),
            ),
            float("endArrowheadSize", 1.0),
            string("endArrowhead", "none"),
        ]
    };
}

const fn concat<const A: usize, const B: usize, const N: usize>(
    first: [PropertySpec; A],
    second: [PropertySpec; B],
) -> [PropertySpec; N] {
    assert!(A + B == N);
    let mut out = [const { float("", 0.0) }; N];
    let mut index = 0;
    while index < A {
        out[index] = copy(&first[index]);
        index += 1;
    }
    while index < N {
        out[index] = copy(&second[index - A]);
        index += 1;
    }
    out
}

const fn copy(spec: &PropertySpec) -> PropertySpec {
    PropertySpec {
        name: spec.name,
        ty: spec.ty,
        default: spec.default,
    }
}

const CIRCLE: [PropertySpec; 7] = concat(
    stroke!(0.0, PropertyDefault::NoPaint),
    [
        color("fillColor", PropertyDefault::SampledColor),
        point("center"),
        prop("r", PropertyType::Float, PropertyDefault::SampledWidth),
    ],
);

const ELLIPSE: [PropertySpec; 8] = concat(
    stroke!(0.0, PropertyDefault::NoPaint),
    [
        color("fillColor", PropertyDefault::SampledColor),
        point("center"),
        prop("rx", PropertyType::Float, PropertyDefault::SampledWidth),
        prop("ry", PropertyType::Float, PropertyDefault::SampledHeight),
    ],
);

const RECTANGLE: [PropertySpec; 10] = concat(
    stroke!(0.0, PropertyDefault::NoPaint),
    [
        color("fillColor", PropertyDefault::SampledColor),
        point("center"),
        prop("width", PropertyType::Float, PropertyDefault::SampledWidth),
        prop(
            "height",
            PropertyType::Float,
            PropertyDefault::SampledHeight,
        ),
        float("cornerRadius", 0.0),
        float("rotation", 0.0),
    ],
);

const POLYGON: [PropertySpec; 7] = concat(
    stroke!(0.0, PropertyDefault::NoPaint),
    [
        color("fillColor", PropertyDefault::SampledColor),
        float("scale", 1.0),
        prop("points", PropertyType::PointList, DEFAULT_POINTS),
    ],
);

const POLYLINE: [PropertySpec; 8] = concat(
    stroke!(1.0, BLACK),
    [
        string("strokeLinecap", "butt"),
        color("fillColor", PropertyDefault::NoPaint),
        float("scale", 1.0),
        prop("points", PropertyType::PointList, DEFAULT_POINTS),
    ],
);

const LINE: [PropertySpec; 13] = concat(
    concat::<4, 5, 9>(stroke!(1.0, BLACK), arrowheads!()),
    [
        point("start"),
        point("end"),
        string("strokeLinecap", ""),
        color("fillColor", PropertyDefault::NoPaint),
    ],
);

const PATH: [PropertySpec; 12] = concat(
    concat::<4, 2, 6>(
        stroke!(1.0, BLACK),
        [
            string("strokeLinecap", "butt"),
            color("fillColor", PropertyDefault::NoPaint),
        ],
    ),
    concat::<5, 1, 6>(
        arrowheads!(),
        [prop(
            "d",
            PropertyType::PathData,
            PropertyDefault::EmptyPath,
        )],
    ),
);

const TEXT: [PropertySpec; 24] = concat(
    concat::<4, 8, 12>(
        stroke!(0.0, PropertyDefault::NoPaint),
        [
            color("fillColor", BLACK),
            point("center"),
            measured("width"),
            measured("height"),
            measured("ascent"),
            measured("descent"),
            float("rotation", 0.0),
            string("string", "defaultText"),
        ],
    ),
    [
        string("visibility", ""),
        string("fontFamily", "sans-serif"),
        string("fontSize", "12px"),
        string("fontSizeAdjust", ""),
        string("fontStretch", ""),
        string("fontStyle", ""),
        string("fontVariant", ""),
        string("fontWeight", ""),
        string("lineHeight", ""),
        string("textAnchor", "middle"),
        string("alignmentBaseline", "alphabetic"),
        string("dominantBaseline", "alphabetic"),
    ],
);

const EQUATION: [PropertySpec; 9] = [
    color("fillColor", BLACK),
    point("center"),
    measured("width"),
    measured("height"),
    measured("descent"),
    measured("ascent"),
    float("rotation", 0.0),
    string("string", "defaultLabelText"),
    string("fontSize", "16px"),
];

const IMAGE: [PropertySpec; 6] = [
    point("center"),
    prop("width", PropertyType::Float, PropertyDefault::SampledWidth),
    prop(
        "height",
        PropertyType::Float,
        PropertyDefault::SampledHeight,
    ),
    float("rotation", 0.0),
    string("href", "defaultImage"),
    string("preserveAspectRatio", ""),
];

const GROUP: [PropertySpec; 2] = [
    prop("shapes", PropertyType::ShapeList, PropertyDefault::NoShapes),
    prop("clipPath", PropertyType::ClipData, PropertyDefault::NoClip),
];

/// Indexed by `ShapeKind as usize`.
static SHAPES: [ShapeSpec; 11] = [
    spec(ShapeKind::Circle, "Circle", &CIRCLE),
    spec(ShapeKind::Ellipse, "Ellipse", &ELLIPSE),
    spec(ShapeKind::Rectangle, "Rectangle", &RECTANGLE),
    spec(ShapeKind::Line, "Line", &LINE),
    spec(ShapeKind::Polygon, "Polygon", &POLYGON),
    spec(ShapeKind::Polyline, "Polyline", &POLYLINE),
    spec(ShapeKind::Path, "Path", &PATH),
    spec(ShapeKind::Text, "Text", &TEXT),
    spec(ShapeKind::Equation, "Equation", &EQUATION),
    spec(ShapeKind::Image, "Image", &IMAGE),
    spec(ShapeKind::Group, "Group", &GROUP),
];

const fn spec(
    kind: ShapeKind,
    name: &'static str,
    properties: &'static [PropertySpec],
) -> ShapeSpec {
    ShapeSpec {
        kind,
        name,
        properties,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_indexed_by_kind() {
        for kind in ShapeKind::ALL {
            assert_eq!(kind.spec().kind, kind);
            assert_eq!(shape(kind.name()), Some(kind));
        }
    }

    #[test]
    fn property_names_are_unique_per_shape() {
        for kind in ShapeKind::ALL {
            let mut names: Vec<_> = kind.spec().all_properties().map(|p| p.name).collect();
            let count = names.len();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), count, "{kind:?} repeats a property");
        }
    }
}
