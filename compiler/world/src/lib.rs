//! The file-system side of kite. The compiler core does no IO; the shells
//! (command line, tests, language server) hand it what it needs through
//! the functions and types here.

mod images;
mod manifests;

pub use images::TrioImages;
pub use manifests::{
    WorldError, is_manifest, load_trio, load_trio_within, read_manifest, read_source,
    trio_manifests,
};
