//! The pre-pass that turns a Penrose `Equation` string into lines of TeX the
//! engine accepts: delimiters stripped, Penrose's `\textsc` macro expanded,
//! the `\vec` workaround applied, and the `\displaylines` line breaks split.

mod fences;
mod lines;
mod rewrite;
mod textsc;
pub(crate) mod tokens;
mod vec_arrow;

use crate::MathError;

/// The lines of the formula in `tex`, none for an empty formula.
pub(crate) fn prepare_lines(tex: &str) -> Result<Vec<String>, MathError> {
    let math = fences::strip_fences(tex);
    if math.is_empty() {
        return Ok(Vec::new());
    }
    let expanded = vec_arrow::rewrite_vec(&textsc::expand_textsc(math)?)?;
    Ok(lines::split_lines(&expanded)
        .into_iter()
        .map(str::to_owned)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepares_penrose_labels() {
        assert!(prepare_lines(" $ $ ").unwrap().is_empty());
        assert_eq!(
            prepare_lines(r"$\textsc{ab} \\ \vec{v}$").unwrap(),
            [r"\text{AB} ", r" \overset{\rightarrow}{v}"]
        );
    }
}
