//! Ids of the elements the renderer defines (markers, clip paths): made
//! valid XML names and unique within one document, so two shapes whose
//! names differ only in punctuation, or one shape drawn in two groups,
//! never share a marker.

use std::collections::HashSet;

#[derive(Debug, Default)]
pub struct Ids {
    taken: HashSet<String>,
}

impl Ids {
    /// An id for `wanted`: every character other than an ASCII letter,
    /// digit, `-`, `_` or `.` becomes `_`, a leading character that
    /// cannot start a name gets `_` before it, and an id already given
    /// out gets `-2`, `-3`, … after it.
    pub fn claim(&mut self, wanted: &str) -> String {
        let mut id: String = wanted
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        if !id.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
            id.insert(0, '_');
        }
        let mut unique = id.clone();
        let mut count = 1;
        while self.taken.contains(&unique) {
            count += 1;
            unique = format!("{id}-{count}");
        }
        self.taken.insert(unique.clone());
        unique
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_valid_names() {
        let mut ids = Ids::default();
        assert_eq!(
            ids.claim("-0-`A`.arrow-endArrowId"),
            "_-0-_A_.arrow-endArrowId"
        );
        assert_eq!(ids.claim("clip"), "clip");
        assert_eq!(ids.claim(""), "_");
    }

    #[test]
    fn ids_are_unique() {
        let mut ids = Ids::default();
        assert_eq!(ids.claim("a b"), "a_b");
        assert_eq!(ids.claim("a_b"), "a_b-2");
        assert_eq!(ids.claim("a&b"), "a_b-3");
    }
}
