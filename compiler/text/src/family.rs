//! Resolving a CSS `font-family` list to one bundled family.

use crate::faces::{DEJAVU_SANS, DEJAVU_SERIF, LIBERATION_MONO, LIBERATION_SANS, LIBERATION_SERIF};

/// Resolves a CSS family list (`"Palatino Linotype", Georgia, serif`) to the
/// bundled family that renders it, the way a browser picks the first
/// available family: names this crate does not know are skipped, and a list
/// without any known name resolves to Liberation Sans.
pub fn resolve_family(css_family_list: &str) -> &'static str {
    css_family_list
        .split(',')
        .find_map(|family| bundled_family(&normalise(family)))
        .unwrap_or(LIBERATION_SANS)
}

/// Lower-cases a family name, strips its quotes and collapses white space.
fn normalise(family: &str) -> String {
    let unquoted = family.trim().trim_matches(|c| c == '"' || c == '\'');
    unquoted
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn bundled_family(name: &str) -> Option<&'static str> {
    Some(match name {
        "liberation sans" | "arimo" | "helvetica" | "helvetica neue" | "arial" | "verdana"
        | "tahoma" | "sans-serif" | "system-ui" | "ui-sans-serif" | "cursive" | "fantasy" => {
            LIBERATION_SANS
        }
        "liberation serif" | "tinos" | "times" | "times new roman" | "palatino"
        | "palatino linotype" | "georgia" | "book antiqua" | "garamond" | "serif" | "ui-serif" => {
            LIBERATION_SERIF
        }
        "liberation mono" | "cousine" | "courier" | "courier new" | "menlo" | "monaco"
        | "consolas" | "monospace" | "ui-monospace" => LIBERATION_MONO,
        "dejavu sans" => DEJAVU_SANS,
        "dejavu serif" => DEJAVU_SERIF,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_and_named_families_resolve_to_liberation() {
        assert_eq!(resolve_family("sans-serif"), LIBERATION_SANS);
        assert_eq!(resolve_family("Helvetica"), LIBERATION_SANS);
        assert_eq!(resolve_family("\"Helvetica Neue\", Arial"), LIBERATION_SANS);
        assert_eq!(resolve_family("Times"), LIBERATION_SERIF);
        assert_eq!(resolve_family("'Times New Roman'"), LIBERATION_SERIF);
        assert_eq!(resolve_family("Palatino"), LIBERATION_SERIF);
        assert_eq!(resolve_family("courier   new"), LIBERATION_MONO);
        assert_eq!(resolve_family("monospace"), LIBERATION_MONO);
    }

    #[test]
    fn unknown_families_are_skipped_then_default_to_sans() {
        assert_eq!(
            resolve_family("Foo Grotesk, Georgia, sans-serif"),
            LIBERATION_SERIF
        );
        assert_eq!(resolve_family("Foo Grotesk"), LIBERATION_SANS);
        assert_eq!(resolve_family(""), LIBERATION_SANS);
    }
}
