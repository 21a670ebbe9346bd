//! The shape types of Style, each with its properties, their types and
//! their defaults.

use crate::property::Property;

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
    pub fn property_named(&self, name: &str) -> Option<&'static PropertySpec> {
        self.property(Property::named(name)?)
    }

    /// The shape type's spec of `property`, if the type has it.
    pub fn property(&self, property: Property) -> Option<&'static PropertySpec> {
        self.all_properties().find(|spec| spec.property == property)
    }

    /// Whether the shape type has `property`.
    pub fn has(&self, property: Property) -> bool {
        self.property(property).is_some()
    }

    /// The position of `property` in [`Self::all_properties`].
    pub fn property_position(&self, property: Property) -> Option<usize> {
        self.all_properties()
            .position(|spec| spec.property == property)
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
    pub property: Property,
    pub ty: PropertyType,
    pub default: PropertyDefault,
}

impl PropertySpec {
    /// The name Style programs use for the property.
    pub const fn name(&self) -> &'static str {
        self.property.name()
    }
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

const fn prop(property: Property, ty: PropertyType, default: PropertyDefault) -> PropertySpec {
    PropertySpec {
        property,
        ty,
        default,
    }
}

const fn float(property: Property, value: f64) -> PropertySpec {
    prop(
        property,
        PropertyType::Float,
        PropertyDefault::Number(value),
    )
}

const fn string(property: Property, value: &'static str) -> PropertySpec {
    prop(
        property,
        PropertyType::String,
        PropertyDefault::String(value),
    )
}

const fn color(property: Property, default: PropertyDefault) -> PropertySpec {
    prop(property, PropertyType::Color, default)
}

const fn point(property: Property) -> PropertySpec {
    prop(
        property,
        PropertyType::Vector,
        PropertyDefault::SampledPoint,
    )
}

const fn measured(property: Property) -> PropertySpec {
    prop(property, PropertyType::Float, PropertyDefault::Measured)
}

const COMMON_PROPERTIES: &[PropertySpec] = &[
    prop(
        Property::Name,
        PropertyType::String,
        PropertyDefault::ShapePath,
    ),
    prop(
        Property::EnsureOnCanvas,
        PropertyType::Bool,
        PropertyDefault::Bool(true),
    ),
];

/// The stroke properties that open most shapes, in default-creation order.
macro_rules! stroke {
    ($width:expr, $color:expr) => {
        [
            float(Property::StrokeWidth, $width),
            string(Property::StrokeStyle, "solid"),
            color(Property::StrokeColor, $color),
            string(Property::StrokeDasharray, ""),
        ]
    };
}

macro_rules! arrowheads {
    () => {
        [
            float(Property::StartArrowheadSize, 1.0),
            string(Property::StartArrowhead, "none"),
            prop(
                Property::FlipStartArrowhead,
                PropertyType::Bool,
                PropertyDefault::Bool(false),
            ),
            float(Property::EndArrowheadSize, 1.0),
            string(Property::EndArrowhead, "none"),
        ]
    };
}

const fn concat<const A: usize, const B: usize, const N: usize>(
    first: [PropertySpec; A],
    second: [PropertySpec; B],
) -> [PropertySpec; N] {
    assert!(A + B == N);
    let mut out = [const { float(Property::Name, 0.0) }; N];
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
        property: spec.property,
        ty: spec.ty,
        default: spec.default,
    }
}

const CIRCLE: [PropertySpec; 7] = concat(
    stroke!(0.0, PropertyDefault::NoPaint),
    [
        color(Property::FillColor, PropertyDefault::SampledColor),
        point(Property::Center),
        prop(
            Property::R,
            PropertyType::Float,
            PropertyDefault::SampledWidth,
        ),
    ],
);

const ELLIPSE: [PropertySpec; 8] = concat(
    stroke!(0.0, PropertyDefault::NoPaint),
    [
        color(Property::FillColor, PropertyDefault::SampledColor),
        point(Property::Center),
        prop(
            Property::Rx,
            PropertyType::Float,
            PropertyDefault::SampledWidth,
        ),
        prop(
            Property::Ry,
            PropertyType::Float,
            PropertyDefault::SampledHeight,
        ),
    ],
);

const RECTANGLE: [PropertySpec; 10] = concat(
    stroke!(0.0, PropertyDefault::NoPaint),
    [
        color(Property::FillColor, PropertyDefault::SampledColor),
        point(Property::Center),
        prop(
            Property::Width,
            PropertyType::Float,
            PropertyDefault::SampledWidth,
        ),
        prop(
            Property::Height,
            PropertyType::Float,
            PropertyDefault::SampledHeight,
        ),
        float(Property::CornerRadius, 0.0),
        float(Property::Rotation, 0.0),
    ],
);

const POLYGON: [PropertySpec; 7] = concat(
    stroke!(0.0, PropertyDefault::NoPaint),
    [
        color(Property::FillColor, PropertyDefault::SampledColor),
        float(Property::Scale, 1.0),
        prop(Property::Points, PropertyType::PointList, DEFAULT_POINTS),
    ],
);

const POLYLINE: [PropertySpec; 8] = concat(
    stroke!(1.0, BLACK),
    [
        string(Property::StrokeLinecap, "butt"),
        color(Property::FillColor, PropertyDefault::NoPaint),
        float(Property::Scale, 1.0),
        prop(Property::Points, PropertyType::PointList, DEFAULT_POINTS),
    ],
);

const LINE: [PropertySpec; 13] = concat(
    concat::<4, 5, 9>(stroke!(1.0, BLACK), arrowheads!()),
    [
        point(Property::Start),
        point(Property::End),
        string(Property::StrokeLinecap, ""),
        color(Property::FillColor, PropertyDefault::NoPaint),
    ],
);

const PATH: [PropertySpec; 12] = concat(
    concat::<4, 2, 6>(
        stroke!(1.0, BLACK),
        [
            string(Property::StrokeLinecap, "butt"),
            color(Property::FillColor, PropertyDefault::NoPaint),
        ],
    ),
    concat::<5, 1, 6>(
        arrowheads!(),
        [prop(
            Property::D,
            PropertyType::PathData,
            PropertyDefault::EmptyPath,
        )],
    ),
);

const TEXT: [PropertySpec; 24] = concat(
    concat::<4, 8, 12>(
        stroke!(0.0, PropertyDefault::NoPaint),
        [
            color(Property::FillColor, BLACK),
            point(Property::Center),
            measured(Property::Width),
            measured(Property::Height),
            measured(Property::Ascent),
            measured(Property::Descent),
            float(Property::Rotation, 0.0),
            string(Property::String, "defaultText"),
        ],
    ),
    [
        string(Property::Visibility, ""),
        string(Property::FontFamily, "sans-serif"),
        string(Property::FontSize, "12px"),
        string(Property::FontSizeAdjust, ""),
        string(Property::FontStretch, ""),
        string(Property::FontStyle, ""),
        string(Property::FontVariant, ""),
        string(Property::FontWeight, ""),
        string(Property::LineHeight, ""),
        string(Property::TextAnchor, "middle"),
        string(Property::AlignmentBaseline, "alphabetic"),
        string(Property::DominantBaseline, "alphabetic"),
    ],
);

const EQUATION: [PropertySpec; 9] = [
    color(Property::FillColor, BLACK),
    point(Property::Center),
    measured(Property::Width),
    measured(Property::Height),
    measured(Property::Descent),
    measured(Property::Ascent),
    float(Property::Rotation, 0.0),
    string(Property::String, "defaultLabelText"),
    string(Property::FontSize, "16px"),
];

const IMAGE: [PropertySpec; 6] = [
    point(Property::Center),
    prop(
        Property::Width,
        PropertyType::Float,
        PropertyDefault::SampledWidth,
    ),
    prop(
        Property::Height,
        PropertyType::Float,
        PropertyDefault::SampledHeight,
    ),
    float(Property::Rotation, 0.0),
    string(Property::Href, "defaultImage"),
    string(Property::PreserveAspectRatio, ""),
];

const GROUP: [PropertySpec; 2] = [
    prop(
        Property::Shapes,
        PropertyType::ShapeList,
        PropertyDefault::NoShapes,
    ),
    prop(
        Property::ClipPath,
        PropertyType::ClipData,
        PropertyDefault::NoClip,
    ),
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
            let mut names: Vec<_> = kind.spec().all_properties().map(|p| p.property).collect();
            let count = names.len();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), count, "{kind:?} repeats a property");
        }
    }
}
