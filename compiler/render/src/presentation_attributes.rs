//! SVG attribute names written in kebab case, and the camel-case names a
//! Style program uses for them (`strokeLinejoin` for `stroke-linejoin`).

/// The kebab-case SVG attributes a passthrough property may name in camel
/// case. Other names pass through unchanged.
const KEBAB_CASE_ATTRIBUTES: &[&str] = &[
    "accent-height",
    "alignment-baseline",
    "arabic-form",
    "baseline-shift",
    "cap-height",
    "clip-path",
    "clip-rule",
    "color-interpolation",
    "color-interpolation-filters",
    "color-profile",
    "color-rendering",
    "dominant-baseline",
    "enable-background",
    "fill-opacity",
    "fill-rule",
    "flood-color",
    "flood-opacity",
    "font-family",
    "font-size",
    "font-size-adjust",
    "font-stretch",
    "font-style",
    "font-variant",
    "font-weight",
    "glyph-name",
    "glyph-orientation-horizontal",
    "glyph-orientation-vertical",
    "horiz-adv-x",
    "horiz-origin-x",
    "image-rendering",
    "letter-spacing",
    "lighting-color",
    "marker-end",
    "marker-mid",
    "marker-start",
    "overline-position",
    "overline-thickness",
    "panose-1",
    "paint-order",
    "pointer-events",
    "rendering-intent",
    "shape-rendering",
    "stop-color",
    "stop-opacity",
    "strikethrough-position",
    "strikethrough-thickness",
    "stroke-dasharray",
    "stroke-dashoffset",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-miterlimit",
    "stroke-opacity",
    "stroke-width",
    "text-anchor",
    "text-decoration",
    "text-rendering",
    "transform-origin",
    "underline-position",
    "underline-thickness",
    "unicode-bidi",
    "unicode-range",
    "units-per-em",
    "v-alphabetic",
    "v-hanging",
    "v-ideographic",
    "v-mathematical",
    "vector-effect",
    "vert-adv-y",
    "vert-origin-x",
    "vert-origin-y",
    "word-spacing",
    "writing-mode",
];

/// The kebab-case attribute a camel-case passthrough name stands for.
pub fn kebab_case(camel: &str) -> Option<&'static str> {
    KEBAB_CASE_ATTRIBUTES
        .iter()
        .copied()
        .find(|kebab| is_camel_case_of(camel, kebab))
}

/// Whether `camel` is `kebab` with each `-x` written `X` (`panose-1`
/// becomes `panose1`).
fn is_camel_case_of(camel: &str, kebab: &str) -> bool {
    let mut camel = camel.chars();
    let mut upper = false;
    for character in kebab.chars() {
        if character == '-' {
            upper = true;
            continue;
        }
        let expected = if upper {
            character.to_ascii_uppercase()
        } else {
            character
        };
        upper = false;
        if camel.next() != Some(expected) {
            return false;
        }
    }
    camel.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_case_names_map_to_kebab_case() {
        assert_eq!(kebab_case("strokeLinejoin"), Some("stroke-linejoin"));
        assert_eq!(kebab_case("panose1"), Some("panose-1"));
        assert_eq!(kebab_case("vAlphabetic"), Some("v-alphabetic"));
        assert_eq!(kebab_case("opacity"), None);
        assert_eq!(kebab_case("stroke-linejoin"), None);
    }
}
