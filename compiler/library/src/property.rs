//! The names of shape properties as values: every property of every shape
//! type is one [`Property`], declared here once with the name Style uses.

macro_rules! properties {
    ($($variant:ident = $name:literal,)*) => {
        /// A shape property, whatever the shape type. Which types have it,
        /// and its type and default there, is in the shape table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Property {
            $($variant,)*
        }

        impl Property {
            /// Every property, in declaration order.
            pub const ALL: &'static [Property] = &[$(Property::$variant,)*];

            /// The name Style programs use for the property.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Property::$variant => $name,)*
                }
            }
        }
    };
}

properties! {
    Name = "name",
    EnsureOnCanvas = "ensureOnCanvas",
    StrokeWidth = "strokeWidth",
    StrokeStyle = "strokeStyle",
    StrokeColor = "strokeColor",
    StrokeDasharray = "strokeDasharray",
    StrokeLinecap = "strokeLinecap",
    FillColor = "fillColor",
    Center = "center",
    R = "r",
    Rx = "rx",
    Ry = "ry",
    Width = "width",
    Height = "height",
    CornerRadius = "cornerRadius",
    Rotation = "rotation",
    Scale = "scale",
    Points = "points",
    Start = "start",
    End = "end",
    StartArrowheadSize = "startArrowheadSize",
    StartArrowhead = "startArrowhead",
    FlipStartArrowhead = "flipStartArrowhead",
    EndArrowheadSize = "endArrowheadSize",
    EndArrowhead = "endArrowhead",
    D = "d",
    Ascent = "ascent",
    Descent = "descent",
    String = "string",
    Visibility = "visibility",
    FontFamily = "fontFamily",
    FontSize = "fontSize",
    FontSizeAdjust = "fontSizeAdjust",
    FontStretch = "fontStretch",
    FontStyle = "fontStyle",
    FontVariant = "fontVariant",
    FontWeight = "fontWeight",
    LineHeight = "lineHeight",
    TextAnchor = "textAnchor",
    AlignmentBaseline = "alignmentBaseline",
    DominantBaseline = "dominantBaseline",
    Href = "href",
    PreserveAspectRatio = "preserveAspectRatio",
    Shapes = "shapes",
    ClipPath = "clipPath",
}

impl Property {
    /// The property Style calls `name`, if any shape type has one.
    pub fn named(name: &str) -> Option<Property> {
        Property::ALL
            .iter()
            .copied()
            .find(|property| property.name() == name)
    }
}

impl std::fmt::Display for Property {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_found_again() {
        for property in Property::ALL {
            assert_eq!(Property::named(property.name()), Some(*property));
        }
    }
}
