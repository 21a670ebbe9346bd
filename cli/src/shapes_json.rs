//! `--emit shapes`: the elaborated diagram as JSON, for debugging.

use kite_graph::{Color, Diagram, PathCmd, PathPiece, Scalar, Value};
use kite_library::FunctionKind;
use serde_json::{Value as Json, json};

/// The canvas, every shape (in draw order, bottom first) with every
/// property at `values`, and each constraint and objective.
pub fn shapes_json(diagram: &Diagram, values: &[f64]) -> Json {
    let number = |scalar: &Scalar| json!(values[scalar.index()]);
    let numbers = |scalars: &[Scalar]| Json::Array(scalars.iter().map(number).collect());
    let rows = |rows: &[Vec<Scalar>]| Json::Array(rows.iter().map(|row| numbers(row)).collect());
    let name = |id: &kite_graph::ShapeId| json!(diagram.shape(*id).name);
    let path = |commands: &[PathCmd]| json!(path_text(commands, values));
    let value = |value: &Value| match value {
        Value::Float(scalar) => number(scalar),
        Value::Bool(flag) => json!(flag),
        Value::Str(text) => json!(text),
        Value::Color(Color::Rgba(channels)) => json!({ "rgba": numbers(channels) }),
        Value::Color(Color::Hsva(channels)) => json!({ "hsva": numbers(channels) }),
        Value::Color(Color::None) => json!("none"),
        Value::Vector(scalars) | Value::List(scalars) => numbers(scalars),
        Value::Tuple(pair) => numbers(pair),
        Value::Matrix(matrix) | Value::ListOfLists(matrix) | Value::PointList(matrix) => {
            rows(matrix)
        }
        Value::PathData(commands) => path(commands),
        Value::PathDataList(paths) => Json::Array(paths.iter().map(|p| path(p)).collect()),
        Value::ShapeList(ids) => Json::Array(ids.iter().map(name).collect()),
        Value::ClipData(clip) => clip.as_ref().map_or(Json::Null, name),
        Value::Shape(id) => name(id),
    };
    let shapes: Vec<Json> = diagram
        .order
        .iter()
        .map(|id| {
            let shape = diagram.shape(*id);
            let own = shape
                .properties
                .iter()
                .map(|(property, v)| (property.name().to_string(), value(v)));
            let attributes = shape
                .attributes
                .iter()
                .map(|(name, v)| (name.clone(), value(v)));
            let properties: serde_json::Map<String, Json> = own.chain(attributes).collect();
            json!({ "kind": shape.kind.name(), "name": shape.name, "properties": properties })
        })
        .collect();
    let terms: Vec<Json> = diagram
        .terms
        .iter()
        .map(|term| {
            let kind = match term.kind {
                FunctionKind::Objective => "encourage",
                _ => "ensure",
            };
            json!({ "kind": kind, "function": term.function, "objects": term.origin.objects })
        })
        .collect();
    json!({
        "canvas": { "width": diagram.canvas.width, "height": diagram.canvas.height },
        "variation": diagram.variation,
        "inputs": diagram.graph.inputs().len(),
        "shapes": shapes,
        "terms": terms,
    })
}

/// Path data in world coordinates: `M 0 0 L 10 5`.
fn path_text(commands: &[PathCmd], values: &[f64]) -> String {
    let mut text = Vec::new();
    for command in commands {
        text.push(command.command.letter().to_string());
        for piece in &command.pieces {
            let scalars: &[Scalar] = match piece {
                PathPiece::Point(point) => point,
                PathPiece::Values(scalars) => scalars,
            };
            text.extend(scalars.iter().map(|s| values[s.index()].to_string()));
        }
    }
    text.join(" ")
}
