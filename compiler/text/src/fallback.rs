//! Per-glyph fallback: characters the chosen Liberation face lacks (math
//! symbols, rarer scripts) are drawn with the closest DejaVu face.

use std::sync::Arc;

use resvg::usvg::FallbackSelectionFn;
use resvg::usvg::fontdb::{Database, FaceInfo, ID, Style};
use skrifa::{FontRef, MetadataProvider};

use crate::faces::{DEJAVU_SANS, DEJAVU_SERIF, LIBERATION_SERIF};

/// A usvg fallback selector that only ever picks DejaVu faces: DejaVu Serif
/// for serif text and DejaVu Sans otherwise, preferring the same slant and
/// the nearest weight. Ties go to the face loaded first, so the choice is
/// deterministic.
pub fn dejavu_fallback() -> FallbackSelectionFn<'static> {
    Box::new(|c: char, used: &[ID], fontdb: &mut Arc<Database>| {
        let base = used.first().and_then(|&id| fontdb.face(id));
        fontdb
            .faces()
            .enumerate()
            .filter(|(_, face)| is_dejavu(face) && !used.contains(&face.id))
            .filter(|(_, face)| has_char(fontdb, face.id, c))
            .min_by_key(|&(order, face)| (base.map(|base| distance(base, face)), order))
            .map(|(_, face)| face.id)
    })
}

fn has_char(fontdb: &Database, id: ID, c: char) -> bool {
    fontdb
        .with_face_data(id, |data, index| {
            let font = FontRef::from_index(data, index).ok()?;
            font.charmap().map(c)
        })
        .flatten()
        .is_some()
}

fn is_dejavu(face: &FaceInfo) -> bool {
    face.families
        .iter()
        .any(|(name, _)| name == DEJAVU_SANS || name == DEJAVU_SERIF)
}

/// How unlike `base` a fallback face looks: wrong serif-ness first, then
/// wrong slant, then weight difference.
fn distance(base: &FaceInfo, face: &FaceInfo) -> (bool, bool, u16) {
    (
        is_serif(base) != is_serif(face),
        is_upright(base) != is_upright(face),
        base.weight.0.abs_diff(face.weight.0),
    )
}

fn is_serif(face: &FaceInfo) -> bool {
    face.families
        .iter()
        .any(|(name, _)| name == LIBERATION_SERIF || name == DEJAVU_SERIF)
}

fn is_upright(face: &FaceInfo) -> bool {
    face.style == Style::Normal
}
