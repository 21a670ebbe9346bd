//! `kite gallery`: every trio under a folder drawn as PNG, with an
//! `index.html` contact sheet to look the whole set over at a glance.

use crate::render_command::write_output;
use crate::workspace::{CompilerArgs, UsageError};
use clap::Args;
use kite_layout::SATISFIED;
use kite_pipeline::{Layout, Options, compile};
use kite_world::{TrioImages, read_manifest, trio_manifests};
use rayon::prelude::*;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args)]
pub struct GalleryArgs {
    /// The folder to look for `.trio.json` manifests in (recursively).
    folder: PathBuf,
    /// The folder to write the PNGs and `index.html` to.
    #[arg(short, long)]
    output: PathBuf,
    /// PNG pixels per canvas unit.
    #[arg(long, default_value_t = 0.5)]
    scale: f32,
    #[command(flatten)]
    compiler: CompilerArgs,
}

/// One trio's entry on the contact sheet.
struct Entry {
    name: String,
    image: Option<String>,
    caption: String,
}

pub fn run(args: GalleryArgs) -> Result<ExitCode, UsageError> {
    let manifests = trio_manifests(&args.folder)
        .map_err(|error| UsageError(format!("cannot read {}: {error}", args.folder.display())))?;
    if manifests.is_empty() {
        return Err(UsageError(format!(
            "no .trio.json under {}",
            args.folder.display()
        )));
    }
    std::fs::create_dir_all(&args.output)
        .map_err(|error| UsageError(format!("cannot create {}: {error}", args.output.display())))?;
    let entries: Vec<Entry> = manifests
        .par_iter()
        .map(|path| entry(path, &args))
        .collect::<Result<_, _>>()?;
    let drawn = entries.iter().filter(|entry| entry.image.is_some()).count();
    write_output(
        &args.output.join("index.html"),
        contact_sheet(&entries).as_bytes(),
    )?;
    eprintln!(
        "gallery: {drawn} of {} trios drawn to {}",
        entries.len(),
        args.output.join("index.html").display()
    );
    Ok(if drawn == entries.len() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Renders one trio to `<output>/<name>.png`.
fn entry(path: &Path, args: &GalleryArgs) -> Result<Entry, UsageError> {
    let name = path
        .strip_prefix(&args.folder)
        .unwrap_or(path)
        .display()
        .to_string()
        .trim_end_matches(".trio.json")
        .to_string();
    let manifest = read_manifest(path)?;
    let (db, trio) = args.compiler.load(&manifest)?;
    let layout = Layout::Optimize(Options::default());
    let compiled = compile(&db, trio, &layout, &TrioImages::new(&manifest));
    let Some(drawing) = &compiled.drawing else {
        let errors = compiled.diagnostics.iter().filter(|d| d.is_error()).count();
        return Ok(Entry {
            name,
            image: None,
            caption: format!("{errors} errors"),
        });
    };
    let file = format!("{}.png", name.replace(['/', '\\'], "__"));
    let png = drawing
        .png(args.scale)
        .map_err(|error| UsageError(format!("{name}: cannot draw the PNG: {error}")))?;
    write_output(&args.output.join(&file), &png)?;
    let report = &drawing.report;
    let held = report.max_residual <= SATISFIED;
    Ok(Entry {
        name,
        image: Some(file),
        caption: format!(
            "{}, {} steps{}",
            report.status.as_str(),
            report.steps,
            if held { "" } else { ", constraints not held" }
        ),
    })
}

/// The contact sheet: one figure per trio, in order.
fn contact_sheet(entries: &[Entry]) -> String {
    let mut html = String::from(concat!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>kite gallery</title>\n",
        "<style>body{font-family:sans-serif;margin:1em}main{display:grid;",
        "grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:1em}",
        "figure{margin:0;border:1px solid #ddd;padding:.5em}img{width:100%;height:auto}",
        "figcaption{font-size:12px;overflow-wrap:anywhere}.failed{color:#b00}</style>\n",
        "</head><body><main>\n"
    ));
    for entry in entries {
        let name = escape(&entry.name);
        let caption = escape(&entry.caption);
        match &entry.image {
            Some(image) => {
                let _ = writeln!(
                    html,
                    "<figure><img src=\"{}\" alt=\"{name}\"><figcaption><b>{name}</b><br>{caption}</figcaption></figure>",
                    escape(image)
                );
            }
            None => {
                let _ = writeln!(
                    html,
                    "<figure class=\"failed\"><figcaption><b>{name}</b><br>{caption}</figcaption></figure>"
                );
            }
        }
    }
    html.push_str("</main></body></html>\n");
    html
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
