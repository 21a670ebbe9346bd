//! Building path data command by command, with points and plain values
//! where Penrose's `PathBuilder` puts them.

use crate::expr::{Num, V2};
use kite_graph::{PathCmd, PathCommand, PathPiece};

#[derive(Debug, Default)]
pub struct PathBuilder {
    commands: Vec<PathCmd>,
}

fn point(p: V2<'_>) -> PathPiece {
    PathPiece::Point([p.x.scalar(), p.y.scalar()])
}

impl PathBuilder {
    pub fn new() -> PathBuilder {
        PathBuilder::default()
    }

    fn push(&mut self, command: PathCommand, pieces: Vec<PathPiece>) -> &mut PathBuilder {
        self.commands.push(PathCmd { command, pieces });
        self
    }

    pub fn move_to(&mut self, to: V2<'_>) -> &mut PathBuilder {
        self.push(PathCommand::MoveTo, vec![point(to)])
    }

    pub fn line_to(&mut self, to: V2<'_>) -> &mut PathBuilder {
        self.push(PathCommand::LineTo, vec![point(to)])
    }

    pub fn quadratic_to(&mut self, control: V2<'_>, to: V2<'_>) -> &mut PathBuilder {
        self.push(PathCommand::QuadraticTo, vec![point(control), point(to)])
    }

    pub fn cubic_to(&mut self, control1: V2<'_>, control2: V2<'_>, to: V2<'_>) -> &mut PathBuilder {
        self.push(
            PathCommand::CubicTo,
            vec![point(control1), point(control2), point(to)],
        )
    }

    /// `T`: a quadratic curve whose control point mirrors the previous one.
    pub fn smooth_quadratic_to(&mut self, to: V2<'_>) -> &mut PathBuilder {
        self.push(PathCommand::SmoothQuadraticTo, vec![point(to)])
    }

    /// `S`: a cubic curve whose first control point mirrors the previous
    /// one.
    pub fn smooth_cubic_to(&mut self, control2: V2<'_>, to: V2<'_>) -> &mut PathBuilder {
        self.push(PathCommand::SmoothCubicTo, vec![point(control2), point(to)])
    }

    /// `A`: an elliptical arc with radii `radii`, the ellipse rotated by
    /// `rotation` degrees, and the large-arc and sweep flags.
    pub fn arc_to<'b>(
        &mut self,
        radii: V2<'b>,
        to: V2<'b>,
        rotation: Num<'b>,
        large_arc: Num<'b>,
        sweep: Num<'b>,
    ) -> &mut PathBuilder {
        let values = [radii.x, radii.y, rotation, large_arc, sweep]
            .iter()
            .map(|n| n.scalar())
            .collect();
        self.push(PathCommand::Arc, vec![PathPiece::Values(values), point(to)])
    }

    pub fn close(&mut self) -> &mut PathBuilder {
        self.push(PathCommand::Close, Vec::new())
    }

    pub fn finish(&mut self) -> Vec<PathCmd> {
        std::mem::take(&mut self.commands)
    }
}
