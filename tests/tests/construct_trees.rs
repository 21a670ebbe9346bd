//! Snapshots of the syntax trees of hand-written programs that together use
//! every construct of the three languages (`tests/fixtures/syntax/constructs`).

use kite_tests::{ParsedFile, fixtures_dir, program_files};

#[test]
fn construct_fixtures_parse_clean_into_the_snapshotted_trees() {
    let dir = fixtures_dir().join("syntax").join("constructs");
    let files = program_files(&dir);
    assert!(
        files.len() >= 9,
        "expected construct fixtures for every language"
    );
    for (path, _) in &files {
        let name = path.strip_prefix(&dir).unwrap().display().to_string();
        let file = ParsedFile::read(path, &name);
        assert!(
            file.diagnostics().is_empty(),
            "{name} should parse clean:\n{}",
            file.rendered()
        );
        let snapshot_name = format!("tree__{}", name.replace('/', "__"));
        insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true, description => name.clone() }, {
            insta::assert_yaml_snapshot!(snapshot_name, file.parsed.ast);
        });
    }
}
