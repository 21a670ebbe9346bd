//! Which trios a file belongs to.
//!
//! A file belongs to every trio whose `.trio.json` names it; manifests are
//! searched in the file's folder and its parents, up to the workspace root
//! that holds it. A file that no manifest names pairs with the files of
//! its folder: itself in its own role, and for each other role the
//! folder's one file of that role (a Domain or Substance file pairs with
//! every Style file of the folder, in name order). Where a role has no
//! file, or several, the file is not in a trio and gets only its own
//! syntax (and, for a Domain, Domain) diagnostics.

use crate::files::{canonical, language_of};
use kite_db::TrioManifest;
use kite_syntax::Language;
use std::path::{Path, PathBuf};

/// A trio found for a file, identified by where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundTrio {
    /// The manifest's path, or `folder:` and the folder for a trio made of
    /// a folder's files.
    pub key: String,
    pub manifest: TrioManifest,
}

/// The trios `file` belongs to. `roots` are the workspace folders.
pub fn trios_of(file: &Path, roots: &[PathBuf]) -> Vec<FoundTrio> {
    let file = canonical(file);
    let Some(folder) = file.parent() else {
        return Vec::new();
    };
    let mut found: Vec<FoundTrio> = search_folders(folder, roots)
        .iter()
        .flat_map(|folder| manifests_in(folder))
        .filter(|trio| names(&trio.manifest, &file))
        .collect();
    if found.is_empty() {
        found.extend(folder_trio(&file, folder));
    }
    found.sort_by(|a, b| a.key.cmp(&b.key));
    found
}

/// The file's folder and its parents up to the workspace root holding it
/// (just the folder when no root holds it).
fn search_folders(folder: &Path, roots: &[PathBuf]) -> Vec<PathBuf> {
    let roots: Vec<PathBuf> = roots.iter().map(|root| canonical(root)).collect();
    let Some(root) = roots
        .iter()
        .filter(|root| folder.starts_with(root))
        .max_by_key(|root| root.components().count())
    else {
        return vec![folder.to_path_buf()];
    };
    folder
        .ancestors()
        .take_while(|ancestor| ancestor.starts_with(root))
        .map(Path::to_path_buf)
        .collect()
}

/// The manifests in one folder (not below it) that parse.
fn manifests_in(folder: &Path) -> Vec<FoundTrio> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| kite_world::is_manifest(path))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|path| {
            let manifest = kite_world::read_manifest(&path).ok()?;
            Some(FoundTrio {
                key: path.display().to_string(),
                manifest,
            })
        })
        .collect()
}

/// Whether the manifest names `file` (a canonical path).
fn names(manifest: &TrioManifest, file: &Path) -> bool {
    std::iter::once(&manifest.domain)
        .chain([&manifest.substance])
        .chain(&manifest.styles)
        .any(|path| canonical(path) == file)
}

/// The trio `file` makes with the other files of its folder, if every
/// role has exactly one candidate (Styles: all of them, for a file that
/// is not a Style).
fn folder_trio(file: &Path, folder: &Path) -> Option<FoundTrio> {
    let own = language_of(file)?;
    let Ok(entries) = std::fs::read_dir(folder) else {
        return None;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| Some(canonical(&entry.ok()?.path())))
        .collect();
    files.sort();
    let of_role = |language: Language| -> Vec<PathBuf> {
        if language == own {
            return vec![file.to_path_buf()];
        }
        files
            .iter()
            .filter(|path| language_of(path) == Some(language))
            .cloned()
            .collect()
    };
    let only = |mut paths: Vec<PathBuf>| (paths.len() == 1).then(|| paths.remove(0));
    let domain = only(of_role(Language::Domain))?;
    let substance = only(of_role(Language::Substance))?;
    let styles = of_role(Language::Style);
    if styles.is_empty() {
        return None;
    }
    Some(FoundTrio {
        key: format!("folder:{}:{}", folder.display(), own_role_key(own, file)),
        manifest: TrioManifest {
            folder: folder.to_path_buf(),
            domain,
            substance,
            styles,
            variation: String::new(),
        },
    })
}

/// What tells apart the folder trios of one folder: the file in its own
/// role (two Styles of a folder make two trios).
fn own_role_key(language: Language, file: &Path) -> String {
    match language {
        Language::Style => file.display().to_string(),
        _ => "styles".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(name: &str, files: &[(&str, &str)]) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("kite-lsp-trios-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, text) in files {
            let path = dir.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        canonical(&dir)
    }

    const MANIFEST: &str = r#"{"domain": "../shared/a.domain", "substance": "a.substance", "style": ["../shared/a.style"]}"#;

    #[test]
    fn manifests_in_parent_folders_name_shared_files() {
        let dir = folder(
            "parents",
            &[
                ("shared/a.domain", ""),
                ("shared/a.style", ""),
                ("one/a.substance", ""),
                ("one/one.trio.json", MANIFEST),
                ("two/a.substance", ""),
                ("two/two.trio.json", MANIFEST),
                (
                    "x.trio.json",
                    r#"{"domain": "shared/a.domain", "substance": "one/a.substance", "style": "shared/a.style"}"#,
                ),
            ],
        );
        let roots = [dir.clone()];
        // The shared Domain is named by manifests in sibling folders, which
        // are not its parents: only the root's manifest finds it.
        let keys: Vec<String> = trios_of(&dir.join("shared/a.domain"), &roots)
            .into_iter()
            .map(|trio| trio.key)
            .collect();
        assert_eq!(keys, [dir.join("x.trio.json").display().to_string()]);
        let substance = trios_of(&dir.join("one/a.substance"), &roots);
        assert_eq!(substance.len(), 2, "{substance:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_folder_without_manifests_makes_a_trio_of_its_files() {
        let dir = folder(
            "pairs",
            &[
                ("d.domain", ""),
                ("s.substance", ""),
                ("a.style", ""),
                ("b.style", ""),
            ],
        );
        let trios = trios_of(&dir.join("s.substance"), std::slice::from_ref(&dir));
        assert_eq!(trios.len(), 1);
        assert_eq!(
            trios[0].manifest.styles,
            [dir.join("a.style"), dir.join("b.style")]
        );
        let style = trios_of(&dir.join("b.style"), std::slice::from_ref(&dir));
        assert_eq!(style[0].manifest.styles, [dir.join("b.style")]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn an_ambiguous_folder_makes_no_trio() {
        let dir = folder(
            "ambiguous",
            &[
                ("d.domain", ""),
                ("s.substance", ""),
                ("t.substance", ""),
                ("a.style", ""),
            ],
        );
        assert!(trios_of(&dir.join("a.style"), std::slice::from_ref(&dir)).is_empty());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
