//! The arrowhead styles of Lines and Paths (§10.3) and the `<marker>`
//! that draws one.

use crate::color::Paint;
use crate::number::{js_number, round2};
use crate::xml::Element;

/// How an arrowhead's outline is painted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ink {
    /// Filled with the stroke colour.
    Filled,
    /// Stroked with the stroke colour, with round caps unless the glyph
    /// is a single straight bar.
    Stroked { round_caps: bool },
}

/// One arrowhead style: its glyph in its own view box, and the point of
/// the glyph that sits on the end of the line.
#[derive(Debug)]
pub struct Arrowhead {
    name: &'static str,
    pub width: f64,
    height: f64,
    view_box: &'static str,
    pub ref_x: f64,
    ref_y: f64,
    glyph: &'static str,
    ink: Ink,
}

const LOOP_VIEW_BOX: &str = "0 0 6 28";
const UPPER_LOOP: &str = "M1 10 a 4 4 0 0 1 0 9";
const LOWER_LOOP: &str = "M1 1 a 4 4 0 0 1 0 9";

const fn looped(name: &'static str, glyph: &'static str) -> Arrowhead {
    Arrowhead {
        name,
        width: 6.0,
        height: 28.0,
        view_box: LOOP_VIEW_BOX,
        ref_x: 1.0,
        ref_y: 10.0,
        glyph,
        ink: Ink::Stroked { round_caps: true },
    }
}

static ARROWHEADS: [Arrowhead; 8] = [
    Arrowhead {
        name: "concave",
        width: 8.0,
        height: 8.0,
        view_box: "0 0 8 8",
        ref_x: 2.5,
        ref_y: 4.0,
        glyph: "M0,0 A30,30,0,0,0,8,4 A30,30,0,0,0,0,8 L2.5,4 z",
        ink: Ink::Filled,
    },
    Arrowhead {
        name: "straight",
        width: 9.95,
        height: 8.12,
        view_box: "0 0 9.95 8.12",
        ref_x: 2.36,
        ref_y: 4.06,
        glyph: "M9.95 4.06 0 8.12 2.36 4.06 0 0 9.95 4.06z",
        ink: Ink::Filled,
    },
    Arrowhead {
        name: "perp",
        width: 1.0,
        height: 10.15,
        view_box: "0 0 1 10.2",
        ref_x: 0.5,
        ref_y: 5.08,
        glyph: "M0.5 10.2 0.5 0",
        ink: Ink::Stroked { round_caps: false },
    },
    Arrowhead {
        name: "line",
        width: 7.5,
        height: 14.0,
        view_box: "0 0 7.5 14",
        ref_x: 5.0,
        ref_y: 7.0,
        // Two barbs meeting at the tip.
        glyph: "M 7 7 a -6 6.75 0 0 1 -6 -6 M 7 7 a -6 6.75 0 0 0 -6 6",
        ink: Ink::Stroked { round_caps: true },
    },
    Arrowhead {
        name: "doubleLine",
        width: 12.5,
        height: 14.0,
        view_box: "0 0 12.5 14",
        ref_x: 5.0,
        ref_y: 7.0,
        // Two pairs of barbs 5 units apart, joined by a shaft.
        glyph: "M 7 7 a -6 6.75 0 0 1 -6 -6 M 7 7 a -6 6.75 0 0 0 -6 6 \
                M 12 7 a -6 6.75 0 0 1 -6 -6 M 7 7 L 12 7 M 12 7 a -6 6.75 0 0 0 -6 6",
        ink: Ink::Stroked { round_caps: true },
    },
    looped("loopup", UPPER_LOOP),
    looped("loopdown", LOWER_LOOP),
    looped("loop", "M1 10 a 4 4 0 0 1 0 9 M1 1 a 4 4 0 0 1 0 9"),
];

/// The arrowhead style called `name`; any other name (`"none"` by
/// default) means no arrowhead.
pub fn arrowhead(name: &str) -> Option<&'static Arrowhead> {
    ARROWHEADS.iter().find(|arrowhead| arrowhead.name == name)
}

/// A `<marker>` drawing `arrowhead` at `size` times its natural size, in
/// units of the stroke width, in the line's stroke paint. The marker
/// turns with the line, reversed at the start unless `flip` is set.
pub fn marker(id: &str, paint: &Paint, arrowhead: &Arrowhead, size: f64, flip: bool) -> Element {
    let mut marker = Element::new("marker")
        .with("id", id)
        .with("markerUnits", "strokeWidth")
        .with("markerWidth", js_number(round2(arrowhead.width * size)))
        .with("markerHeight", js_number(round2(arrowhead.height * size)))
        .with("viewBox", arrowhead.view_box)
        .with("refX", js_number(arrowhead.ref_x))
        .with("refY", js_number(arrowhead.ref_y))
        .with("orient", if flip { "auto" } else { "auto-start-reverse" });
    let mut glyph = Element::new("path").with("d", arrowhead.glyph);
    match arrowhead.ink {
        Ink::Filled => {
            glyph.set("fill", paint.svg());
            glyph.set("fill-opacity", js_number(paint.opacity()));
        }
        Ink::Stroked { round_caps } => {
            glyph.set("fill", "none");
            marker.set("stroke", paint.svg());
            marker.set("stroke-opacity", js_number(paint.opacity()));
            if round_caps {
                glyph.set("stroke-linecap", "round");
            }
        }
    }
    marker.push(glyph);
    marker
}
