//! A small client of the Chrome DevTools protocol for tests: starts a real
//! headless Chromium, opens one page and drives it (navigate, evaluate,
//! wait for a condition, click, screenshot).
//!
//! The browser is `$KITE_CHROMIUM` or `/usr/bin/chromium`; tests call
//! [`Chromium::available`] first and skip, saying why, when it is absent.
//! The protocol runs over the browser's websocket on 127.0.0.1 with one
//! flattened session for the page: replies are matched to commands by id
//! and events (messages without an id) are kept until asked for. Every wait
//! has a generous failsafe: it guards against a hang and asserts nothing
//! about how long things take.

use base64::Engine;
use serde_json::{Value, json};
use std::collections::VecDeque;
use std::fmt;
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use tungstenite::{Message, WebSocket};

/// How long the browser may take to start and print its DevTools address.
const LAUNCH_FAILSAFE: Duration = Duration::from_secs(30);
/// How long one command may wait for its reply, or a navigation for its load.
const COMMAND_FAILSAFE: Duration = Duration::from_secs(30);
/// How long [`Chromium::wait_for`] polls before it gives up.
const WAIT_FAILSAFE: Duration = Duration::from_secs(20);
/// The pause between two polls of [`Chromium::wait_for`].
const POLL_INTERVAL: Duration = Duration::from_millis(50);
/// The longest a single socket read blocks, so that failsafes are checked.
const READ_SLICE: Duration = Duration::from_millis(250);

/// Modifier bits of `Input.dispatchMouseEvent`.
pub const ALT: u32 = 1;
pub const CTRL: u32 = 2;
pub const META: u32 = 4;
pub const SHIFT: u32 = 8;

/// What went wrong talking to the browser, or in the page.
pub struct Error(String);

impl Error {
    fn new(message: impl Into<String>) -> Error {
        Error(message.into())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Shown as the plain message, so that `unwrap` and `expect` read well.
impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

/// A headless Chromium with one page, killed (and its profile removed) on
/// drop.
pub struct Chromium {
    child: Child,
    profile: PathBuf,
    socket: WebSocket<TcpStream>,
    /// The page's flattened session.
    session: String,
    next_id: u64,
    /// Events not asked for yet, oldest first.
    events: VecDeque<Value>,
    page_enabled: bool,
}

impl Chromium {
    /// The browser binary: `$KITE_CHROMIUM` or `/usr/bin/chromium`.
    pub fn binary() -> PathBuf {
        std::env::var_os("KITE_CHROMIUM")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
    }

    /// Whether the browser binary exists; tests skip when it does not.
    pub fn available() -> bool {
        Chromium::binary().is_file()
    }

    /// Starts the browser on a fresh profile and opens a blank page.
    pub fn launch() -> Result<Chromium> {
        let binary = Chromium::binary();
        let profile = fresh_profile_dir()?;
        let mut child = Command::new(&binary)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|error| {
                let _ = std::fs::remove_dir_all(&profile);
                Error::new(format!("cannot start {}: {error}", binary.display()))
            })?;
        let stderr = child.stderr.take().expect("stderr is piped");
        let socket = match devtools_address(stderr).and_then(|address| open_socket(&address)) {
            Ok(socket) => socket,
            Err(error) => {
                stop(&mut child);
                let _ = std::fs::remove_dir_all(&profile);
                return Err(Error::new(format!(
                    "{} did not start: {error}",
                    binary.display()
                )));
            }
        };
        let mut browser = Chromium {
            child,
            profile,
            socket,
            session: String::new(),
            next_id: 0,
            events: VecDeque::new(),
            page_enabled: false,
        };
        // On failure, dropping the browser stops it and removes its profile.
        browser.attach_page()?;
        Ok(browser)
    }

    /// `Target.createTarget` and `Target.attachToTarget` (flattened), then
    /// the page's runtime and log events.
    fn attach_page(&mut self) -> Result<()> {
        let created =
            self.browser_command("Target.createTarget", json!({ "url": "about:blank" }))?;
        let target = created["targetId"]
            .as_str()
            .ok_or_else(|| Error::new(format!("Target.createTarget answered {created}")))?
            .to_string();
        let attached = self.browser_command(
            "Target.attachToTarget",
            json!({ "targetId": target, "flatten": true }),
        )?;
        self.session = attached["sessionId"]
            .as_str()
            .ok_or_else(|| Error::new(format!("Target.attachToTarget answered {attached}")))?
            .to_string();
        self.command("Runtime.enable", json!({}))?;
        self.command("Log.enable", json!({}))?;
        Ok(())
    }

    /// Loads `url` in the page and waits for its load event.
    pub fn navigate(&mut self, url: &str) -> Result<()> {
        if !self.page_enabled {
            self.command("Page.enable", json!({}))?;
            self.page_enabled = true;
        }
        self.take_events("Page.loadEventFired");
        let answer = self.command("Page.navigate", json!({ "url": url }))?;
        if let Some(error) = answer["errorText"].as_str().filter(|text| !text.is_empty()) {
            return Err(Error::new(format!("cannot load {url}: {error}")));
        }
        self.wait_event("Page.loadEventFired", COMMAND_FAILSAFE)
            .map_err(|error| Error::new(format!("loading {url}: {error}")))?;
        Ok(())
    }

    /// Evaluates `expression` in the page (awaiting a promise) and returns
    /// its value as JSON; `null` for `undefined`. A thrown exception is an
    /// error.
    pub fn evaluate(&mut self, expression: &str) -> Result<Value> {
        let answer = self.command(
            "Runtime.evaluate",
            json!({
                "expression": expression,
                "returnByValue": true,
                "awaitPromise": true,
            }),
        )?;
        if let Some(details) = answer.get("exceptionDetails") {
            let description = details["exception"]["description"]
                .as_str()
                .or_else(|| details["text"].as_str())
                .unwrap_or("an exception");
            return Err(Error::new(format!(
                "evaluating `{expression}` threw: {description}"
            )));
        }
        Ok(answer["result"]
            .get("value")
            .cloned()
            .unwrap_or(Value::Null))
    }

    /// Polls `condition` (a JavaScript expression) until it is truthy. An
    /// exception counts as "not yet". Gives up after a failsafe, reporting
    /// the last answer and the page's `body` data attributes.
    pub fn wait_for(&mut self, condition: &str) -> Result<()> {
        let expression = format!("Boolean({condition})");
        let deadline = Instant::now() + WAIT_FAILSAFE;
        loop {
            let last = match self.evaluate(&expression) {
                Ok(Value::Bool(true)) => return Ok(()),
                Ok(value) => value.to_string(),
                Err(error) => error.to_string(),
            };
            if Instant::now() >= deadline {
                let dataset = self
                    .evaluate(
                        "JSON.stringify(Object.assign({}, document.body && document.body.dataset))",
                    )
                    .map(|value| value.as_str().unwrap_or_default().to_string())
                    .unwrap_or_else(|error| error.to_string());
                return Err(Error::new(format!(
                    "still not true after {}s: `{condition}` (last: {last}; body data: {dataset})",
                    WAIT_FAILSAFE.as_secs()
                )));
            }
            std::thread::sleep(POLL_INTERVAL);
        }
    }

    /// Sets the page's viewport to `width` × `height` CSS pixels.
    pub fn set_viewport(&mut self, width: u32, height: u32) -> Result<()> {
        self.command(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": false }),
        )?;
        Ok(())
    }

    /// Moves the mouse to (`x`, `y`) in CSS pixels of the viewport.
    pub fn hover(&mut self, x: f64, y: f64) -> Result<()> {
        self.command(
            "Input.dispatchMouseEvent",
            json!({ "type": "mouseMoved", "x": x, "y": y }),
        )?;
        Ok(())
    }

    /// Clicks the left button at (`x`, `y`) in CSS pixels of the viewport,
    /// holding `modifiers` ([`ALT`], [`CTRL`], [`META`], [`SHIFT`]).
    pub fn click(&mut self, x: f64, y: f64, modifiers: u32) -> Result<()> {
        self.command(
            "Input.dispatchMouseEvent",
            json!({ "type": "mouseMoved", "x": x, "y": y, "modifiers": modifiers }),
        )?;
        for kind in ["mousePressed", "mouseReleased"] {
            self.command(
                "Input.dispatchMouseEvent",
                json!({
                    "type": kind,
                    "x": x,
                    "y": y,
                    "modifiers": modifiers,
                    "button": "left",
                    "buttons": if kind == "mousePressed" { 1 } else { 0 },
                    "clickCount": 1,
                }),
            )?;
        }
        Ok(())
    }

    /// Writes a PNG screenshot of the viewport to `path`, making its folder.
    pub fn screenshot(&mut self, path: &Path) -> Result<()> {
        let answer = self.command("Page.captureScreenshot", json!({ "format": "png" }))?;
        let data = answer["data"]
            .as_str()
            .ok_or_else(|| Error::new("Page.captureScreenshot answered no data"))?;
        let png = base64::engine::general_purpose::STANDARD
            .decode(data)
            .map_err(|error| Error::new(format!("the screenshot is not base64: {error}")))?;
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|error| {
                Error::new(format!("cannot create {}: {error}", folder.display()))
            })?;
        }
        std::fs::write(path, png)
            .map_err(|error| Error::new(format!("cannot write {}: {error}", path.display())))
    }

    /// The page's uncaught exceptions and console or log errors so far, as
    /// text (the events are consumed).
    pub fn page_errors(&mut self) -> Vec<String> {
        self.read_pending();
        let mut errors = Vec::new();
        self.events.retain(|event| {
            let params = &event["params"];
            let text = match event["method"].as_str() {
                Some("Runtime.exceptionThrown") => {
                    let details = &params["exceptionDetails"];
                    Some(
                        details["exception"]["description"]
                            .as_str()
                            .or_else(|| details["text"].as_str())
                            .unwrap_or("exception")
                            .to_string(),
                    )
                }
                Some("Runtime.consoleAPICalled") if params["type"] == "error" => Some(
                    params["args"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|arg| {
                            arg["value"]
                                .as_str()
                                .map(str::to_string)
                                .unwrap_or_else(|| arg["description"].to_string())
                        })
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
                // A missing favicon is not the page's error.
                Some("Log.entryAdded")
                    if params["entry"]["level"] == "error"
                        && !params["entry"]["url"]
                            .as_str()
                            .is_some_and(|url| url.ends_with("/favicon.ico")) =>
                {
                    Some(format!(
                        "{} ({})",
                        params["entry"]["text"].as_str().unwrap_or_default(),
                        params["entry"]["url"].as_str().unwrap_or_default()
                    ))
                }
                _ => None,
            };
            match text {
                Some(text) => {
                    errors.push(text);
                    false
                }
                None => true,
            }
        });
        errors
    }

    /// Removes and returns the buffered events named `method`.
    pub fn take_events(&mut self, method: &str) -> Vec<Value> {
        let mut taken = Vec::new();
        self.events.retain(|event| {
            if event["method"] == method {
                taken.push(event.clone());
                false
            } else {
                true
            }
        });
        taken
    }

    /// Waits for the next event named `method` of the page's session.
    pub fn wait_event(&mut self, method: &str, failsafe: Duration) -> Result<Value> {
        let deadline = Instant::now() + failsafe;
        loop {
            let session = self.session.as_str();
            if let Some(index) = self
                .events
                .iter()
                .position(|event| event["method"] == method && event["sessionId"] == session)
            {
                return Ok(self.events.remove(index).expect("the index is in range"));
            }
            if Instant::now() >= deadline {
                return Err(Error::new(format!(
                    "no {method} event after {}s",
                    failsafe.as_secs()
                )));
            }
            if let Some(message) = self.read_message()? {
                self.events.push_back(message);
            }
        }
    }

    /// Sends a command to the page's session and waits for its result.
    pub fn command(&mut self, method: &str, params: Value) -> Result<Value> {
        let session = self.session.clone();
        self.send_command(method, params, Some(&session))
    }

    /// Sends a command to the browser itself and waits for its result.
    pub fn browser_command(&mut self, method: &str, params: Value) -> Result<Value> {
        self.send_command(method, params, None)
    }

    fn send_command(
        &mut self,
        method: &str,
        params: Value,
        session: Option<&str>,
    ) -> Result<Value> {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({ "id": id, "method": method, "params": params });
        if let Some(session) = session.filter(|session| !session.is_empty()) {
            message["sessionId"] = json!(session);
        }
        self.socket
            .send(Message::text(message.to_string()))
            .map_err(|error| Error::new(format!("cannot send {method}: {error}")))?;
        let deadline = Instant::now() + COMMAND_FAILSAFE;
        loop {
            if Instant::now() >= deadline {
                return Err(Error::new(format!(
                    "no reply to {method} after {}s",
                    COMMAND_FAILSAFE.as_secs()
                )));
            }
            let Some(reply) = self.read_message()? else {
                continue;
            };
            if reply["id"] == id {
                if let Some(error) = reply.get("error") {
                    return Err(Error::new(format!("{method} failed: {error}")));
                }
                return Ok(reply["result"].clone());
            }
            if reply.get("id").is_none() {
                self.events.push_back(reply);
            }
        }
    }

    /// Buffers every event the browser sent so far, by one round trip:
    /// the events sent before its reply are read on the way.
    fn read_pending(&mut self) {
        let _ = self.browser_command("Browser.getVersion", json!({}));
    }

    /// One JSON message from the socket, or `None` when nothing arrived
    /// within a read slice.
    fn read_message(&mut self) -> Result<Option<Value>> {
        match self.socket.read() {
            Ok(Message::Text(text)) => serde_json::from_str(text.as_str())
                .map(Some)
                .map_err(|error| Error::new(format!("the browser sent bad JSON: {error}"))),
            Ok(Message::Close(_)) => Err(Error::new("the browser closed the connection")),
            Ok(_) => Ok(None),
            Err(tungstenite::Error::Io(error))
                if matches!(
                    error.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                Ok(None)
            }
            Err(error) => Err(Error::new(format!("cannot read from the browser: {error}"))),
        }
    }
}

impl Drop for Chromium {
    fn drop(&mut self) {
        // Ask politely first, so that the browser takes its helpers down.
        self.next_id += 1;
        let _ = self.socket.send(Message::text(
            json!({ "id": self.next_id, "method": "Browser.close" }).to_string(),
        ));
        let _ = self.socket.flush();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        stop(&mut self.child);
        // Helpers may still be writing to the profile for a moment.
        for _ in 0..20 {
            if std::fs::remove_dir_all(&self.profile).is_ok() || !self.profile.exists() {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

/// Kills `child` if it still runs, and reaps it.
fn stop(child: &mut Child) {
    if matches!(child.try_wait(), Ok(None)) {
        let _ = child.kill();
    }
    let _ = child.wait();
}

/// A new, empty folder for the browser's profile.
fn fresh_profile_dir() -> Result<PathBuf> {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "kite-chromium-{}-{}",
        std::process::id(),
        COUNT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)
        .map_err(|error| Error::new(format!("cannot create {}: {error}", dir.display())))?;
    Ok(dir)
}

/// Reads the browser's standard error until `DevTools listening on ws://…`
/// and returns that address; the rest is drained in the background so that
/// the browser never blocks on a full pipe.
fn devtools_address(stderr: std::process::ChildStderr) -> Result<String> {
    let (found, address) = mpsc::channel();
    std::thread::spawn(move || {
        let mut seen = Vec::new();
        let mut found = Some(found);
        for line in BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            if let Some(sender) = &found {
                if let Some(at) = line.find("DevTools listening on ") {
                    let address = line[at + "DevTools listening on ".len()..]
                        .trim()
                        .to_string();
                    let _ = sender.send(Ok(address));
                    found = None;
                } else if seen.len() < 40 {
                    seen.push(line);
                }
            }
        }
        if let Some(sender) = found {
            let _ = sender.send(Err(format!(
                "it exited without a DevTools address; its standard error began:\n{}",
                seen.join("\n")
            )));
        }
    });
    match address.recv_timeout(LAUNCH_FAILSAFE) {
        Ok(Ok(address)) => Ok(address),
        Ok(Err(error)) => Err(Error::new(error)),
        Err(_) => Err(Error::new(format!(
            "no `DevTools listening on` line after {}s",
            LAUNCH_FAILSAFE.as_secs()
        ))),
    }
}

/// Opens the websocket at `address` (`ws://127.0.0.1:PORT/…`).
fn open_socket(address: &str) -> Result<WebSocket<TcpStream>> {
    let rest = address
        .strip_prefix("ws://")
        .ok_or_else(|| Error::new(format!("not a ws:// address: {address}")))?;
    let host = rest.split('/').next().unwrap_or_default();
    let stream = TcpStream::connect(host)
        .map_err(|error| Error::new(format!("cannot connect to {address}: {error}")))?;
    let (socket, _) = tungstenite::client(address, stream).map_err(|error| {
        Error::new(format!(
            "websocket handshake with {address} failed: {error}"
        ))
    })?;
    socket
        .get_ref()
        .set_read_timeout(Some(READ_SLICE))
        .map_err(|error| Error::new(format!("cannot set a read timeout: {error}")))?;
    Ok(socket)
}
