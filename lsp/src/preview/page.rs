//! The preview page as one HTML document: `page/index.html` with its
//! style and script put in place, the same for browsers (`kite preview`)
//! and editor webviews. Every asset is in the binary.

const INDEX: &str = include_str!("page/index.html");
const STYLE: &str = include_str!("page/preview.css");
const SCRIPT: &str = include_str!("page/preview.js");

/// The page, self-contained.
pub fn page_html() -> String {
    INDEX
        .replacen("/*KITE_STYLE*/", STYLE, 1)
        .replacen("/*KITE_SCRIPT*/", SCRIPT, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_has_its_style_and_script_inlined() {
        let html = page_html();
        assert!(!html.contains("/*KITE_STYLE*/") && !html.contains("/*KITE_SCRIPT*/"));
        assert_eq!(html.matches("<script").count(), 1);
        assert_eq!(html.matches("<style").count(), 1);
        assert!(
            !html.contains("http://") && !html.contains("https://"),
            "no remote assets"
        );
    }
}
