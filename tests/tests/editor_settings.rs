//! The VS Code extension's `kite.limits` setting offers exactly kite's
//! limits, with their defaults: the extension's manifest is JSON that
//! cannot import the Rust table, so this test holds the two together.

use kite_limits::Limit;
use std::path::Path;

#[test]
fn the_limits_setting_lists_every_limit_with_its_default() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../editors/vscode/package.json");
    let text = std::fs::read_to_string(&manifest).expect("the extension's package.json");
    let package: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let properties =
        package["contributes"]["configuration"]["properties"]["kite.limits"]["properties"]
            .as_object()
            .expect("kite.limits lists the limits");
    let mut offered: Vec<&str> = properties.keys().map(String::as_str).collect();
    let mut names: Vec<&str> = Limit::ALL.iter().map(|limit| limit.name()).collect();
    offered.sort_unstable();
    names.sort_unstable();
    assert_eq!(offered, names);
    for limit in Limit::ALL {
        let description = properties[limit.name()]["description"].as_str().unwrap();
        let default = format!("(default {})", limit.default_value());
        assert!(description.contains(&default), "{limit}: {description}");
    }
}
