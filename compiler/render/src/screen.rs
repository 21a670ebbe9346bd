//! Diagram coordinates (origin at the canvas centre, y up) to SVG
//! coordinates (origin at the top left corner, y down).

use kite_graph::Canvas;

pub fn to_screen(canvas: Canvas, [x, y]: [f64; 2]) -> [f64; 2] {
    [canvas.width / 2.0 + x, canvas.height / 2.0 - y]
}
