//! The live preview page in a real headless Chromium, driven over the
//! DevTools protocol against `kite preview` (`serve_trio`) following a
//! trio on disk: the page draws the diagram, follows saves, reveals a
//! clicked shape's Style statement (its Substance object with a modifier
//! key), and shows the error banner over the last good diagram while the
//! trio is broken. Screenshots land in `target/tmp/preview_browser/`.
//!
//! Skips, saying why, when Chromium is absent (`$KITE_CHROMIUM` or
//! `/usr/bin/chromium`). Every wait is a failure guard on a condition of
//! the page, never a timing assertion.

use kite_tests::chromium::{CTRL, Chromium};
use kite_tests::lsp_client::workspace;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;
use tokio::sync::oneshot;

const DOMAIN: &str = "type Set\npredicate Subset(Set a, Set b)\n";
const SUBSTANCE: &str = "Set A, B\nSubset(A, B)\n";
const STYLE: &str = "canvas {\n  width = 400\n  height = 300\n}\n\
forall Set x {\n  x.icon = Circle {\n    r: 20\n  }\n}\n\
forall Set a; Set b where Subset(a, b) {\n  ensure disjoint(a.icon, b.icon)\n}\n";
const MANIFEST: &str = "{\n  \"domain\": \"sets.domain\",\n  \"substance\": \"sets.substance\",\n  \"style\": \"sets.style\"\n}\n";

/// How long the server may take to lay out its first picture and say where
/// it listens (a failure guard).
const SERVER_FAILSAFE: Duration = Duration::from_secs(60);

/// The number of drawn shape elements in the diagram.
const SHAPE_COUNT: &str = "document.querySelectorAll('#kite-diagram [data-kite-shape]').length";

/// `kite preview` of one trio, served from a runtime on its own thread,
/// stopped on drop.
struct PreviewServer {
    url: String,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<std::io::Result<()>>>,
}

impl PreviewServer {
    fn start(manifest: &Path) -> PreviewServer {
        let manifest = manifest.to_path_buf();
        let (ready, address) = mpsc::channel();
        let (stop, stopped) = oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()?;
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
                let shutdown = async move {
                    let _ = stopped.await;
                };
                kite_lsp::preview::standalone::serve_trio(
                    &manifest,
                    listener,
                    kite_db::Limits::default(),
                    |url| {
                        let _ = ready.send(url.to_string());
                    },
                    shutdown,
                )
                .await
            })
        });
        let url = match address.recv_timeout(SERVER_FAILSAFE) {
            Ok(url) => url,
            Err(_) if thread.is_finished() => {
                panic!("the preview server stopped: {:?}", thread.join())
            }
            Err(_) => panic!(
                "the preview server gave no address after {}s",
                SERVER_FAILSAFE.as_secs()
            ),
        };
        PreviewServer {
            url,
            stop: Some(stop),
            thread: Some(thread),
        }
    }
}

impl Drop for PreviewServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let result = thread.join();
            if !std::thread::panicking() {
                match result {
                    Ok(Ok(())) => {}
                    Ok(Err(error)) => panic!("the preview server failed: {error}"),
                    Err(_) => panic!("the preview server panicked"),
                }
            }
        }
    }
}

/// Where this test's screenshots go.
fn screenshot_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("preview_browser")
        .join(name)
}

/// The body's revision, as a number.
fn revision(browser: &mut Chromium) -> u64 {
    let value = browser
        .evaluate("Number(document.body.dataset.revision)")
        .unwrap();
    value
        .as_f64()
        .unwrap_or_else(|| panic!("no revision: {value}")) as u64
}

/// Clicks the centre of shape `n` with `modifiers` and returns the location
/// the server answered (the page's `data-last-reveal`).
fn click_shape(browser: &mut Chromium, n: usize, modifiers: u32) -> Value {
    browser
        .evaluate("delete document.body.dataset.lastReveal")
        .unwrap();
    let centre = browser
        .evaluate(&format!(
            "(() => {{
                const node = document.querySelector('#kite-diagram [data-kite-shape=\"{n}\"]');
                node.scrollIntoView({{ block: 'center', inline: 'center' }});
                const box = node.getBoundingClientRect();
                return [box.left + box.width / 2, box.top + box.height / 2];
            }})()"
        ))
        .unwrap();
    let (x, y) = (centre[0].as_f64().unwrap(), centre[1].as_f64().unwrap());
    browser.click(x, y, modifiers).unwrap();
    browser
        .wait_for("document.body.dataset.lastReveal")
        .unwrap_or_else(|error| {
            panic!("no reveal after clicking shape {n} at ({x}, {y}): {error}")
        });
    let reveal = browser
        .evaluate("document.body.dataset.lastReveal")
        .unwrap();
    serde_json::from_str(reveal.as_str().unwrap()).unwrap()
}

/// The 0-based line of `text` that contains `needle`.
fn line_of(text: &str, needle: &str) -> u64 {
    text.lines()
        .position(|line| line.contains(needle))
        .unwrap_or_else(|| panic!("no line contains {needle:?}")) as u64
}

#[test]
fn the_preview_page_follows_the_trio_in_a_browser() {
    if !Chromium::available() {
        eprintln!(
            "skipping: no Chromium at {} (set KITE_CHROMIUM to a Chromium binary)",
            Chromium::binary().display()
        );
        return;
    }
    let root = workspace(
        "preview-browser",
        &[
            ("sets.domain", DOMAIN),
            ("sets.substance", SUBSTANCE),
            ("sets.style", STYLE),
            ("sets.trio.json", MANIFEST),
        ],
    );
    let style = root.join("sets.style");
    let server = PreviewServer::start(&root.join("sets.trio.json"));
    let mut browser = Chromium::launch().unwrap();
    // Tall enough for the whole 400×300 canvas, which the page scales to
    // the window's width.
    browser.set_viewport(800, 700).unwrap();

    // a. The page loads and draws the diagram.
    browser.navigate(&server.url).unwrap();
    browser
        .wait_for(&format!(
            "{SHAPE_COUNT} == 2 && document.body.dataset.stale == 'false'"
        ))
        .unwrap();
    assert_eq!(
        browser
            .evaluate("document.body.dataset.connection")
            .unwrap(),
        "connected"
    );
    browser.screenshot(&screenshot_path("loaded.png")).unwrap();

    // b. Saving the Style redraws the diagram.
    let before = revision(&mut browser);
    std::fs::write(&style, STYLE.replace("r: 20", "r: 35")).unwrap();
    browser
        .wait_for(&format!(
            "Number(document.body.dataset.revision) > {before} \
             && document.body.dataset.stale == 'false' \
             && document.querySelector('#kite-diagram svg').outerHTML.includes('r=\"35\"')"
        ))
        .unwrap();
    assert_eq!(browser.evaluate(SHAPE_COUNT).unwrap(), 2);
    browser.screenshot(&screenshot_path("edited.png")).unwrap();

    // c. A click reveals the shape's Style statement; with Ctrl, its
    // Substance object.
    let location = click_shape(&mut browser, 1, 0);
    let uri = location["uri"].as_str().unwrap();
    assert!(uri.ends_with(".style"), "a Style location: {location}");
    assert_eq!(
        location["range"]["start"]["line"],
        line_of(STYLE, "x.icon = Circle"),
        "the `x.icon = Circle` statement: {location}"
    );
    let location = click_shape(&mut browser, 1, CTRL);
    let uri = location["uri"].as_str().unwrap();
    assert!(
        uri.ends_with(".substance"),
        "a Substance location: {location}"
    );
    assert_eq!(
        location["range"]["start"]["line"], 0,
        "object B: {location}"
    );
    assert_eq!(
        location["range"]["start"]["character"],
        SUBSTANCE.find('B').unwrap(),
        "object B: {location}"
    );

    // Away from the diagram, so that no tooltip covers the screenshots.
    browser.hover(1.0, 1.0).unwrap();

    // d. A broken trio shows the banner over the last good diagram.
    std::fs::write(
        &style,
        STYLE.replace("r: 20", "r: 35").replace("Circle", "Circl"),
    )
    .unwrap();
    browser
        .wait_for("document.body.dataset.stale == 'true'")
        .unwrap();
    let banner = browser
        .evaluate(
            "(() => {
                const banner = document.getElementById('kite-banner');
                const box = banner.getBoundingClientRect();
                return {
                    hidden: banner.hidden,
                    display: getComputedStyle(banner).display,
                    height: box.height,
                    dimmed: document.body.classList.contains('kite-is-stale'),
                    errors: Array.from(document.querySelectorAll('#kite-errors li button')).map(
                        (button) => ({
                            code: (button.querySelector('.kite-code') || {}).textContent,
                            text: button.textContent,
                        })),
                };
            })()",
        )
        .unwrap();
    assert_eq!(banner["hidden"], false, "the banner shows: {banner}");
    assert_ne!(banner["display"], "none", "the banner shows: {banner}");
    assert!(
        banner["height"].as_f64().unwrap() > 0.0,
        "the banner shows: {banner}"
    );
    assert_eq!(
        banner["dimmed"], true,
        "the stale diagram is dimmed: {banner}"
    );
    let errors = banner["errors"].as_array().unwrap();
    assert!(!errors.is_empty(), "the banner lists the errors: {banner}");
    for error in errors {
        let code = error["code"].as_str().unwrap_or_default();
        assert!(
            code.starts_with('E')
                && code[1..].chars().all(|c| c.is_ascii_digit())
                && code.len() > 1,
            "an error code: {error}"
        );
        assert!(
            error["text"].as_str().unwrap().contains(code),
            "the error's text names its code: {error}"
        );
    }
    assert_eq!(
        browser.evaluate(SHAPE_COUNT).unwrap(),
        2,
        "the last good diagram stays"
    );
    assert!(
        browser
            .evaluate("document.querySelector('#kite-diagram svg').outerHTML.includes('r=\"35\"')")
            .unwrap()
            == true,
        "the last good diagram is the edited one"
    );
    browser.screenshot(&screenshot_path("broken.png")).unwrap();

    // e. An editor's atomic save (a new file renamed over the old one)
    // mends it.
    let before = revision(&mut browser);
    let saved = root.join(".sets.style.saving");
    std::fs::write(&saved, STYLE).unwrap();
    std::fs::rename(&saved, &style).unwrap();
    browser
        .wait_for(&format!(
            "Number(document.body.dataset.revision) > {before} \
             && document.body.dataset.stale == 'false' \
             && document.getElementById('kite-banner').hidden \
             && document.querySelector('#kite-diagram svg').outerHTML.includes('r=\"20\"')"
        ))
        .unwrap();
    browser.screenshot(&screenshot_path("mended.png")).unwrap();

    let errors = browser.page_errors();
    assert!(errors.is_empty(), "the page reported errors: {errors:#?}");
    drop(browser);
    drop(server);
}
