//! The file-system side of kite. The compiler core does no IO; the shells
//! (command line, tests, language server) hand it what it needs through
//! the types here.

mod images;
mod manifests;

pub use images::TrioImages;
pub use manifests::trio_manifests;
