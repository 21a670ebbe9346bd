//! Editor features over the kite database, as plain serializable data.
//!
//! Every function here takes the database, the trio a file is analysed in,
//! the file, and (where it applies) a byte offset into the file's text, and
//! returns values with byte [`Span`](kite_diagnostics::Span)s. Nothing here
//! knows the Language Server Protocol: the server converts these values to
//! protocol types and positions at its edge, as the command line converts
//! diagnostics to text. Nothing here does IO.

mod code_actions;
mod code_lens;
mod completion;
mod folding;
mod hover;
mod navigation;
mod rename;
mod resolve;
mod selection;
mod semantic_tokens;
mod signature_help;
mod symbols;

pub use code_actions::*;
pub use code_lens::*;
pub use completion::*;
pub use folding::*;
pub use hover::*;
pub use navigation::*;
pub use rename::*;
pub use resolve::*;
pub use selection::*;
pub use semantic_tokens::*;
pub use signature_help::*;
pub use symbols::*;
