//! Images: inlined SVG files with their ids made unique, and the
//! picture drawn for files that are missing or malformed.

use crate::builder::{DiagramBuilder, Prop};
use crate::{Files, render_with};
use kite_library::ShapeKind;
use kite_render::RenderOptions;

const ICON: &str = r##"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<!-- An icon with a gradient, a reused path and a style sheet. -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10" viewBox="0 0 10 10">
  <defs>
    <linearGradient id="shade"><stop offset="0" stop-color="#fff"/></linearGradient>
    <path id="mark" d="M 1 1 L 9 9"/>
  </defs>
  <style>.ring { stroke: url("#shade"); }</style>
  <circle class="ring" cx="5" cy="5" r="4" fill="url(#shade)"/>
  <use xlink:href="#mark"/>
  <use href="#mark" x="1"/>
</svg>
"##;

#[test]
fn inlined_image_gets_unique_ids() {
    let mut builder = DiagramBuilder::new();
    for (index, x) in [-40.0, 40.0].into_iter().enumerate() {
        builder.shape(
            ShapeKind::Image,
            &format!("`I{index}`.icon"),
            vec![
                ("center", Prop::Point(x, 0.0)),
                ("width", Prop::Num(30.0)),
                ("height", Prop::Num(20.0)),
                ("rotation", Prop::Num(15.0)),
                ("href", Prop::Str("icons/icon.svg")),
                ("preserveAspectRatio", Prop::Str("xMidYMid meet")),
            ],
        );
    }
    let files = Files::default().with("icons/icon.svg", ICON);
    insta::assert_snapshot!(render_with(
        &builder.build(200.0, 100.0),
        &files,
        &RenderOptions::default()
    ));
}

#[test]
fn missing_and_malformed_images_are_drawn_as_not_found() {
    let mut builder = DiagramBuilder::new();
    builder.shape(
        ShapeKind::Image,
        "`A`.missing",
        vec![("href", Prop::Str("nowhere.svg"))],
    );
    builder.shape(
        ShapeKind::Image,
        "`A`.broken",
        vec![
            ("center", Prop::Point(50.0, 0.0)),
            ("href", Prop::Str("broken.svg")),
        ],
    );
    let files = Files::default().with("broken.svg", "<svg><g></svg>");
    insta::assert_snapshot!(render_with(
        &builder.build(200.0, 100.0),
        &files,
        &RenderOptions::default()
    ));
}
