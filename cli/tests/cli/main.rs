//! The `kite` binary end to end, one module per command.

mod check_command;
mod common;
mod explain_command;
mod fmt_command;
mod gallery_command;
mod neovim;
mod parse_command;
mod render_command;
