//! Path data as the `d` attribute: each command's letter and numbers,
//! points mapped to the screen and other values printed as they are.

use crate::context::Context;
use crate::number::js_number;
use crate::shape_view::ShapeView;
use kite_graph::{PathCmd, PathCommand, PathPiece};

/// Commands joined by spaces, each written `<letter> <numbers…>` (so a
/// bare `Z` is followed by a space, as in Penrose). A command other than
/// `Z` without numbers is written as nothing.
pub fn path_string(commands: &[PathCmd], view: &ShapeView, context: &Context) -> String {
    let written: Vec<String> = commands
        .iter()
        .map(|command| {
            if command.pieces.is_empty() && command.command != PathCommand::Close {
                return String::new();
            }
            let numbers: Vec<String> = command
                .pieces
                .iter()
                .flat_map(|piece| match piece {
                    PathPiece::Point([x, y]) => {
                        context.screen([view.number(*x), view.number(*y)]).to_vec()
                    }
                    PathPiece::Values(values) => {
                        values.iter().map(|value| view.number(*value)).collect()
                    }
                })
                .map(js_number)
                .collect();
            format!("{} {}", command.command.letter(), numbers.join(" "))
        })
        .collect();
    written.join(" ")
}
