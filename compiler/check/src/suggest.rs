//! "Did you mean" suggestions: the closest name in scope by edit distance.

use kite_diagnostics::{Diagnostic, Span};

/// The candidate closest to `name`, if it is close enough to be a likely
/// typo: equal ignoring case, or (for names of three or more characters)
/// within a third of the name's length in Damerau–Levenshtein edits, at
/// least one.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let length = name.chars().count();
    let limit = if length < 3 { 0 } else { (length / 3).max(1) };
    candidates
        .into_iter()
        .filter(|candidate| *candidate != name)
        .map(|candidate| {
            let distance = if candidate.eq_ignore_ascii_case(name) {
                0
            } else {
                strsim::damerau_levenshtein(name, candidate)
            };
            (distance, candidate)
        })
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// Adds a "did you mean" fix replacing `span` (in the diagnostic's primary
/// file) by the closest candidate, when there is one.
pub fn with_suggestion<'a>(
    diagnostic: Diagnostic,
    span: Span,
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Diagnostic {
    match closest(name, candidates) {
        Some(candidate) => {
            diagnostic.with_fix(format!("did you mean `{candidate}`?"), span, candidate)
        }
        None => diagnostic,
    }
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn finds_close_names_only() {
        let names = ["Point", "Set", "Subset", "Intersection"];
        assert_eq!(closest("Piont", names), Some("Point"));
        assert_eq!(closest("set", names), Some("Set"));
        assert_eq!(closest("Intersectoin", names), Some("Intersection"));
        assert_eq!(closest("Vector", names), None);
        assert_eq!(closest("C", ["A", "c"]), Some("c"));
        assert_eq!(closest("B", ["A"]), None);
    }
}
