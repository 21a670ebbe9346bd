//! Warm starts: a layout's inputs kept by what they are (a shape
//! property's sampled default, a `?` by its path), so that the next
//! layout of an edited program starts from them when its unknowns and
//! its variation are still the same, and the picture does not jump.

use kite_graph::{Diagram, InputOrigin};

/// The inputs of one layout, with what each one is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WarmStart {
    variation: String,
    origins: Vec<InputOrigin>,
    inputs: Vec<f64>,
}

impl WarmStart {
    /// `inputs`, a layout of `diagram`.
    pub fn new(diagram: &Diagram, inputs: &[f64]) -> WarmStart {
        WarmStart {
            variation: diagram.variation.clone(),
            origins: origins(diagram),
            inputs: inputs.to_vec(),
        }
    }

    /// Where a layout of `diagram` should start: these inputs when the
    /// diagram's unknowns are the same ones, by path and in order, and it
    /// was sampled with the same variation, with measured sizes taken
    /// fresh from `initial` (a label's text may have changed); `None`
    /// otherwise (a new variation is meant to move the shapes).
    pub fn start_for(&self, diagram: &Diagram, initial: &[f64]) -> Option<Vec<f64>> {
        if diagram.variation != self.variation
            || origins(diagram) != self.origins
            || initial.len() != self.inputs.len()
        {
            return None;
        }
        Some(
            self.origins
                .iter()
                .zip(self.inputs.iter().zip(initial))
                .map(|(origin, (&previous, &fresh))| match origin {
                    InputOrigin::Measured(_) => fresh,
                    _ => previous,
                })
                .collect(),
        )
    }
}

fn origins(diagram: &Diagram) -> Vec<InputOrigin> {
    diagram
        .graph
        .inputs()
        .iter()
        .map(|input| input.origin.clone())
        .collect()
}
