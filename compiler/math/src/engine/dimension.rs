//! latex-rust's exact rational dimensions as floating-point em.

use latex_rust::Dim;

use crate::MathError;

/// `dim` in em.
pub(crate) fn em(dim: &Dim) -> Result<f64, MathError> {
    let (numerator, denominator) = dim
        .as_ratio()
        .ok_or_else(|| MathError::new("the layout produced an undefined dimension"))?;
    Ok(numerator as f64 / denominator as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_become_floats_and_nan_an_error() {
        assert_eq!(em(&Dim::ratio(3, 4)).unwrap(), 0.75);
        assert!(em(&Dim::ratio(1, 0)).is_err());
    }
}
