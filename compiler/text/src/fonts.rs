//! The one font database and usvg options every measurement and rendering
//! shares.

use std::sync::{Arc, LazyLock};

use resvg::usvg::fontdb::{Database, Source};
use resvg::usvg::{self, FontResolver};

use crate::faces::{LIBERATION_MONO, LIBERATION_SANS, LIBERATION_SERIF, bundled_font_files};
use crate::fallback::dejavu_fallback;

/// The bundled fonts, ready for usvg. System fonts are never loaded, so
/// text measures and renders identically on every machine.
#[derive(Debug)]
pub struct Fonts {
    options: usvg::Options<'static>,
}

/// The crate's only static. The fonts are compiled in and never change, and
/// parsing them into a database costs milliseconds, so it is done once per
/// process and shared read-only by every thread.
static BUNDLED: LazyLock<Fonts> = LazyLock::new(Fonts::load);

impl Fonts {
    /// The bundled fonts, loaded on first use.
    pub fn bundled() -> &'static Fonts {
        &BUNDLED
    }

    /// usvg options whose font database holds exactly the bundled faces; use
    /// them to rasterise SVG with the fonts text was measured with.
    pub fn usvg_options(&self) -> &usvg::Options<'static> {
        &self.options
    }

    fn load() -> Fonts {
        let mut fontdb = Database::new();
        for file in bundled_font_files() {
            fontdb.load_font_source(Source::Binary(Arc::new(file)));
        }
        fontdb.set_sans_serif_family(LIBERATION_SANS);
        fontdb.set_serif_family(LIBERATION_SERIF);
        fontdb.set_monospace_family(LIBERATION_MONO);
        fontdb.set_cursive_family(LIBERATION_SANS);
        fontdb.set_fantasy_family(LIBERATION_SANS);
        let options = usvg::Options {
            // Browsers draw unstyled SVG text in Times; Liberation Serif has its metrics.
            font_family: LIBERATION_SERIF.to_owned(),
            font_resolver: FontResolver {
                select_font: FontResolver::default_font_selector(),
                select_fallback: dejavu_fallback(),
            },
            fontdb: Arc::new(fontdb),
            // Never read a file an `<image href>` names (usvg would read it
            // relative to the working folder): kite inlines the Images it
            // draws itself, and data URLs stay readable.
            image_href_resolver: usvg::ImageHrefResolver {
                resolve_data: usvg::ImageHrefResolver::default_data_resolver(),
                resolve_string: Box::new(|_, _| None),
            },
            ..usvg::Options::default()
        };
        Fonts { options }
    }
}
