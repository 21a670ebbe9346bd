//! The live preview's web server: the page, its server-sent events and its
//! actions, on 127.0.0.1 only, for pages of this server alone.
//!
//! Routes (PROTOCOL.md, "The preview page"): `GET /` is the page,
//! `GET /events` streams [`PageEvent`]s, `POST /action` answers a page's
//! message through the [`ActionHandler`]. Every request passes a guard
//! first: its `Host` must name the loopback address and port the server
//! listens on (against DNS rebinding), and an `Origin`, when present, must
//! be this server (required on `POST`), so that other web pages can
//! neither read the user's pictures nor act on the editor.

use super::http_api::{ActionHandler, PageEvent};
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use futures_util::Stream;
use std::collections::VecDeque;
use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::broadcast::error::RecvError;
use tokio::sync::{broadcast, watch};

/// The largest `POST /action` body accepted.
const ACTION_BODY_LIMIT: usize = 64 * 1024;
/// How often an idle event stream sends a comment, so that proxies and
/// browsers keep it open.
const KEEP_ALIVE_INTERVAL: Duration = Duration::from_secs(15);
/// The page inlines its script and style, draws SVG and data images, and
/// talks only to this server.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'unsafe-inline'; \
     style-src 'unsafe-inline'; img-src data:; connect-src 'self'; base-uri 'none'; \
     form-action 'none'; frame-ancestors 'none'";

/// Serves the preview page on `listener` (already bound to 127.0.0.1)
/// until `shutdown` resolves. Refuses a listener that is not on a
/// loopback address. Event streams end at shutdown, so that it completes.
pub async fn serve(
    listener: TcpListener,
    page_html: String,
    events: broadcast::Sender<PageEvent>,
    actions: Arc<dyn ActionHandler>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let address = listener.local_addr()?;
    if !address.ip().is_loopback() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("the preview serves only on a loopback address, not {address}"),
        ));
    }
    let (stop, stopping) = watch::channel(false);
    let shared = Shared {
        page: Bytes::from(page_html),
        events,
        actions,
        stopping,
    };
    let app = router(shared, address.port());
    let signal = async move {
        shutdown.await;
        stop.send_replace(true);
    };
    axum::serve(listener, app)
        .with_graceful_shutdown(signal)
        .await
}

/// What the route handlers share.
#[derive(Clone)]
struct Shared {
    page: Bytes,
    events: broadcast::Sender<PageEvent>,
    actions: Arc<dyn ActionHandler>,
    /// Becomes `true` at shutdown; event streams then end.
    stopping: watch::Receiver<bool>,
}

/// The routes, behind the guard for a server on `port`.
fn router(shared: Shared, port: u16) -> Router {
    Router::new()
        .route("/", get(page))
        .route("/events", get(stream_events))
        .route(
            "/action",
            post(action).layer(DefaultBodyLimit::max(ACTION_BODY_LIMIT)),
        )
        .fallback(not_found)
        .method_not_allowed_fallback(not_found)
        .with_state(shared)
        .layer(middleware::from_fn_with_state(
            Arc::new(Loopback { port }),
            guard,
        ))
}

/// The names under which pages reach a server on `port`.
struct Loopback {
    port: u16,
}

impl Loopback {
    const HOSTS: [&'static str; 3] = ["127.0.0.1", "localhost", "[::1]"];

    /// Whether `host` (a `Host` header) names this server.
    fn is_host(&self, host: &str) -> bool {
        Self::HOSTS
            .iter()
            .any(|name| host.eq_ignore_ascii_case(&format!("{name}:{}", self.port)))
    }

    /// Whether `origin` (an `Origin` header) is a page of this server.
    fn is_origin(&self, origin: &str) -> bool {
        origin
            .strip_prefix("http://")
            .is_some_and(|host| self.is_host(host))
    }

    /// Why `request` is refused, if it is.
    fn refusal(&self, method: &Method, headers: &HeaderMap) -> Option<&'static str> {
        let Some(host) = single_header(headers, header::HOST) else {
            return Some("the Host header must name this server");
        };
        if !self.is_host(host) {
            return Some("the Host header must name this server");
        }
        if headers.contains_key(header::ORIGIN) {
            match single_header(headers, header::ORIGIN) {
                Some(origin) if self.is_origin(origin) => {}
                _ => return Some("requests from other origins are refused"),
            }
        } else if !matches!(*method, Method::GET | Method::HEAD) {
            return Some("this request needs the Origin header of the preview page");
        }
        if single_header(headers, "sec-fetch-site") == Some("cross-site") {
            return Some("cross-site requests are refused");
        }
        None
    }
}

/// The value of header `name` if it occurs exactly once, as text.
fn single_header(headers: &HeaderMap, name: impl header::AsHeaderName) -> Option<&str> {
    let mut values = headers.get_all(name).iter();
    match (values.next(), values.next()) {
        (Some(value), None) => value.to_str().ok(),
        _ => None,
    }
}

/// Refuses requests not meant for this server (403); marks every answer
/// `nosniff`.
async fn guard(State(loopback): State<Arc<Loopback>>, request: Request, next: Next) -> Response {
    if let Some(reason) = loopback.refusal(request.method(), request.headers()) {
        return error(StatusCode::FORBIDDEN, reason);
    }
    let mut response = next.run(request).await;
    response.headers_mut().insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

/// `GET /`: the page.
async fn page(State(shared): State<Shared>) -> impl IntoResponse {
    (
        [
            (header::CACHE_CONTROL, "no-store"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::REFERRER_POLICY, "no-referrer"),
            (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        ],
        Html(shared.page),
    )
}

/// `GET /events`: the current events, then every broadcast one.
async fn stream_events(
    State(shared): State<Shared>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let feed = EventFeed::new(&shared);
    let stream = futures_util::stream::unfold(feed, |mut feed| async move {
        let event = feed.next().await?;
        Some((Ok(sse_event(&event)), feed))
    });
    Sse::new(stream).keep_alive(KeepAlive::new().interval(KEEP_ALIVE_INTERVAL))
}

/// `event: <name>` and `data: <json on one line>`.
fn sse_event(event: &PageEvent) -> Event {
    Event::default()
        .event(event.name)
        .data(event.data.to_string())
}

/// The events one page receives, in order.
struct EventFeed {
    /// Events to send before the next broadcast one.
    pending: VecDeque<PageEvent>,
    receiver: broadcast::Receiver<PageEvent>,
    actions: Arc<dyn ActionHandler>,
    stopping: watch::Receiver<bool>,
}

impl EventFeed {
    /// Subscribes before reading the current events, so that none is lost.
    fn new(shared: &Shared) -> Self {
        let receiver = shared.events.subscribe();
        Self {
            pending: shared.actions.current().into(),
            receiver,
            actions: shared.actions.clone(),
            stopping: shared.stopping.clone(),
        }
    }

    /// The next event, or `None` at shutdown.
    async fn next(&mut self) -> Option<PageEvent> {
        loop {
            if let Some(event) = self.pending.pop_front() {
                return Some(event);
            }
            let received = tokio::select! {
                () = stopped(&mut self.stopping) => return None,
                received = self.receiver.recv() => received,
            };
            match received {
                Ok(event) => return Some(event),
                Err(RecvError::Lagged(_)) => self.catch_up(),
                Err(RecvError::Closed) => return None,
            }
        }
    }

    /// After falling behind: skips to the newest events, starting again
    /// from the current ones.
    fn catch_up(&mut self) {
        self.receiver = self.receiver.resubscribe();
        self.pending = self.actions.current().into();
    }
}

/// Resolves at shutdown (or when the server is gone).
async fn stopped(stopping: &mut watch::Receiver<bool>) {
    let _ = stopping.wait_for(|stopping| *stopping).await;
}

/// `POST /action`: a page's JSON message, answered by the handler.
async fn action(State(shared): State<Shared>, request: Request) -> Response {
    if !is_json(request.headers()) {
        return error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "the body must be application/json",
        );
    }
    if declared_length(request.headers()).is_some_and(|length| length > ACTION_BODY_LIMIT) {
        return too_large();
    }
    let body = match Bytes::from_request(request, &shared).await {
        Ok(body) => body,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return too_large();
        }
        Err(rejection) => return error(rejection.status(), &rejection.body_text()),
    };
    let message = match serde_json::from_slice(&body) {
        Ok(message) => message,
        Err(problem) => return error(StatusCode::BAD_REQUEST, &format!("invalid JSON: {problem}")),
    };
    match shared.actions.handle(message).await {
        Ok(answer) => Json(answer).into_response(),
        Err(message) => error(StatusCode::BAD_REQUEST, &message),
    }
}

/// Whether the request says its body is JSON.
fn is_json(headers: &HeaderMap) -> bool {
    single_header(headers, header::CONTENT_TYPE).is_some_and(|value| {
        let media_type = value.split(';').next().unwrap_or_default().trim();
        media_type.eq_ignore_ascii_case("application/json")
    })
}

/// The `Content-Length` of the request, if it has a valid one.
fn declared_length(headers: &HeaderMap) -> Option<usize> {
    single_header(headers, header::CONTENT_LENGTH)?.parse().ok()
}

fn too_large() -> Response {
    error(
        StatusCode::PAYLOAD_TOO_LARGE,
        "the body is larger than 64 KiB",
    )
}

/// Anything but the three routes.
async fn not_found() -> Response {
    error(StatusCode::NOT_FOUND, "not found")
}

/// `status` with the JSON body `{"error": message}`.
fn error(status: StatusCode, message: &str) -> Response {
    (status, Json(serde_json::json!({ "error": message }))).into_response()
}

#[cfg(test)]
mod tests {
    //! Raw HTTP/1.1 over a socket, so that no client library is needed.

    use super::*;
    use serde_json::json;
    use std::pin::Pin;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpStream;
    use tokio::sync::oneshot;
    use tokio::task::JoinHandle;
    use tokio::time::timeout;

    /// Only a guard against a hung test, never a timing assertion.
    const PATIENCE: Duration = Duration::from_secs(10);
    const PAGE: &str = "<!doctype html><title>kite preview</title>";

    /// Answers `reveal` with a location; refuses anything else.
    struct FakeActions;

    impl ActionHandler for FakeActions {
        fn handle(
            &self,
            action: serde_json::Value,
        ) -> Pin<Box<dyn Future<Output = Result<serde_json::Value, String>> + Send + '_>> {
            Box::pin(async move {
                match action["type"].as_str() {
                    Some("reveal") => Ok(json!({ "location": { "uri": "file:///a.style" } })),
                    _ => Err("unknown action".to_owned()),
                }
            })
        }

        fn current(&self) -> Vec<PageEvent> {
            vec![PageEvent {
                name: "update",
                data: json!({ "trio": "current-trio" }),
            }]
        }
    }

    /// A server on 127.0.0.1 for one test.
    struct Running {
        port: u16,
        events: broadcast::Sender<PageEvent>,
        stop: oneshot::Sender<()>,
        task: JoinHandle<io::Result<()>>,
    }

    async fn start() -> Running {
        start_with_capacity(16).await
    }

    async fn start_with_capacity(capacity: usize) -> Running {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let (events, _) = broadcast::channel(capacity);
        let (stop, stopped) = oneshot::channel::<()>();
        let shutdown = async move {
            let _ = stopped.await;
        };
        let task = tokio::spawn(serve(
            listener,
            PAGE.to_owned(),
            events.clone(),
            Arc::new(FakeActions),
            shutdown,
        ));
        Running {
            port,
            events,
            stop,
            task,
        }
    }

    impl Running {
        fn host(&self) -> String {
            format!("127.0.0.1:{}", self.port)
        }

        fn origin(&self) -> String {
            format!("http://127.0.0.1:{}", self.port)
        }

        async fn connect(&self) -> TcpStream {
            TcpStream::connect(("127.0.0.1", self.port)).await.unwrap()
        }

        /// Sends `request` on a new connection and reads the whole answer.
        async fn exchange(&self, request: &[u8]) -> Answer {
            let mut stream = self.connect().await;
            stream.write_all(request).await.unwrap();
            let mut bytes = Vec::new();
            timeout(PATIENCE, stream.read_to_end(&mut bytes))
                .await
                .expect("the server answers")
                .unwrap();
            Answer::parse(&bytes)
        }

        /// A POST of `body` to `/action` with the page's origin.
        async fn post_action(&self, content_type: &str, body: &str) -> Answer {
            let headers = [
                ("Host", self.host()),
                ("Origin", self.origin()),
                ("Content-Type", content_type.to_owned()),
            ];
            self.exchange(&request("POST", "/action", &headers, body))
                .await
        }

        async fn shut_down(self) {
            self.stop.send(()).unwrap();
            let served = timeout(PATIENCE, self.task).await.expect("serve ends");
            served.unwrap().unwrap();
        }
    }

    /// An HTTP/1.1 request that closes its connection after the answer.
    fn request(method: &str, path: &str, headers: &[(&str, String)], body: &str) -> Vec<u8> {
        let mut text = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\n");
        for (name, value) in headers {
            text.push_str(&format!("{name}: {value}\r\n"));
        }
        if method == "POST" {
            text.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
        text.push_str("\r\n");
        text.push_str(body);
        text.into_bytes()
    }

    /// A response's status, headers (names lowercased) and body.
    struct Answer {
        status: u16,
        headers: Vec<(String, String)>,
        body: String,
    }

    impl Answer {
        fn parse(bytes: &[u8]) -> Self {
            let text = String::from_utf8_lossy(bytes);
            let (head, body) = text.split_once("\r\n\r\n").expect("a complete head");
            let mut lines = head.split("\r\n");
            let status = lines.next().unwrap().split(' ').nth(1).unwrap();
            let headers = lines
                .map(|line| {
                    let (name, value) = line.split_once(':').unwrap();
                    (name.to_ascii_lowercase(), value.trim().to_owned())
                })
                .collect();
            Answer {
                status: status.parse().unwrap(),
                headers,
                body: body.to_owned(),
            }
        }

        fn header(&self, name: &str) -> Option<&str> {
            self.headers
                .iter()
                .find(|(found, _)| found == name)
                .map(|(_, value)| value.as_str())
        }

        fn json(&self) -> serde_json::Value {
            serde_json::from_str(&self.body).expect("a JSON body")
        }
    }

    /// Reads from `stream` into `seen` until `wanted` occurs `count` times.
    async fn read_until(stream: &mut TcpStream, seen: &mut String, wanted: &str, count: usize) {
        let reading = async {
            let mut buffer = [0; 4096];
            while seen.matches(wanted).count() < count {
                let read = stream.read(&mut buffer).await.unwrap();
                assert!(read > 0, "the stream ended before {wanted:?}; got {seen:?}");
                seen.push_str(&String::from_utf8_lossy(&buffer[..read]));
            }
        };
        timeout(PATIENCE, reading)
            .await
            .unwrap_or_else(|_| panic!("no {wanted:?} in {seen:?}"));
    }

    fn update(trio: &str) -> PageEvent {
        PageEvent {
            name: "update",
            data: json!({ "trio": trio }),
        }
    }

    const CURRENT_EVENT: &str = "event: update\ndata: {\"trio\":\"current-trio\"}\n\n";

    #[tokio::test]
    async fn the_page_comes_with_its_security_headers() {
        let server = start().await;
        let answer = server
            .exchange(&request("GET", "/", &[("Host", server.host())], ""))
            .await;
        assert_eq!(answer.status, 200);
        assert_eq!(answer.body, PAGE);
        assert_eq!(
            answer.header("content-type"),
            Some("text/html; charset=utf-8")
        );
        assert_eq!(
            answer.header("content-security-policy"),
            Some(CONTENT_SECURITY_POLICY)
        );
        assert!(CONTENT_SECURITY_POLICY.contains("frame-ancestors 'none'"));
        assert_eq!(answer.header("cache-control"), Some("no-store"));
        assert_eq!(answer.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(answer.header("referrer-policy"), Some("no-referrer"));
        server.shut_down().await;
    }

    #[tokio::test]
    async fn every_loopback_name_with_the_port_is_a_valid_host() {
        let server = start().await;
        for name in ["127.0.0.1", "localhost", "[::1]"] {
            let host = format!("{name}:{}", server.port);
            let headers = [("Host", host.clone()), ("Origin", format!("http://{host}"))];
            let answer = server.exchange(&request("GET", "/", &headers, "")).await;
            assert_eq!(answer.status, 200, "{host}");
        }
        server.shut_down().await;
    }

    #[tokio::test]
    async fn foreign_hosts_are_refused() {
        let server = start().await;
        let port = server.port;
        let hosts = [
            format!("evil.example:{port}"),
            "127.0.0.1".to_owned(),
            format!("127.0.0.1:{}", port.wrapping_add(1)),
            format!("localhost.evil.example:{port}"),
        ];
        for host in hosts {
            let answer = server
                .exchange(&request("GET", "/", &[("Host", host.clone())], ""))
                .await;
            assert_eq!(answer.status, 403, "{host}");
        }
        let no_host = b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n";
        assert_eq!(server.exchange(no_host).await.status, 403);
        server.shut_down().await;
    }

    #[tokio::test]
    async fn foreign_origins_are_refused() {
        let server = start().await;
        let port = server.port;
        let origins = [
            format!("http://evil.example:{port}"),
            "null".to_owned(),
            format!("https://127.0.0.1:{port}"),
            format!("http://127.0.0.1:{}", port.wrapping_add(1)),
        ];
        for origin in origins {
            let headers = [("Host", server.host()), ("Origin", origin.clone())];
            for path in ["/", "/events"] {
                let answer = server.exchange(&request("GET", path, &headers, "")).await;
                assert_eq!(answer.status, 403, "{origin} {path}");
            }
            let headers = [
                ("Host", server.host()),
                ("Origin", origin.clone()),
                ("Content-Type", "application/json".to_owned()),
            ];
            let body = r#"{"type":"reveal","shape":0,"target":"style"}"#;
            let answer = server
                .exchange(&request("POST", "/action", &headers, body))
                .await;
            assert_eq!(answer.status, 403, "{origin} POST");
        }
        server.shut_down().await;
    }

    #[tokio::test]
    async fn cross_site_fetches_are_refused() {
        let server = start().await;
        let headers = [
            ("Host", server.host()),
            ("Sec-Fetch-Site", "cross-site".to_owned()),
        ];
        let answer = server.exchange(&request("GET", "/", &headers, "")).await;
        assert_eq!(answer.status, 403);
        let headers = [
            ("Host", server.host()),
            ("Sec-Fetch-Site", "same-origin".to_owned()),
        ];
        let answer = server.exchange(&request("GET", "/", &headers, "")).await;
        assert_eq!(answer.status, 200);
        server.shut_down().await;
    }

    #[tokio::test]
    async fn an_action_needs_the_origin_of_the_page() {
        let server = start().await;
        let headers = [
            ("Host", server.host()),
            ("Content-Type", "application/json".to_owned()),
        ];
        let body = r#"{"type":"reveal","shape":0,"target":"style"}"#;
        let answer = server
            .exchange(&request("POST", "/action", &headers, body))
            .await;
        assert_eq!(answer.status, 403);
        server.shut_down().await;
    }

    #[tokio::test]
    async fn an_action_is_answered_by_the_handler() {
        let server = start().await;
        let body = r#"{"type":"reveal","shape":0,"target":"style"}"#;
        let answer = server.post_action("application/json", body).await;
        assert_eq!(answer.status, 200);
        assert_eq!(answer.header("content-type"), Some("application/json"));
        assert_eq!(
            answer.json(),
            json!({ "location": { "uri": "file:///a.style" } })
        );
        let answer = server
            .post_action("application/json; charset=utf-8", body)
            .await;
        assert_eq!(answer.status, 200);
        server.shut_down().await;
    }

    #[tokio::test]
    async fn a_refused_action_is_a_json_error() {
        let server = start().await;
        let answer = server
            .post_action("application/json", r#"{"type":"fly"}"#)
            .await;
        assert_eq!(answer.status, 400);
        assert_eq!(answer.json(), json!({ "error": "unknown action" }));
        let answer = server.post_action("application/json", "{not json").await;
        assert_eq!(answer.status, 400);
        assert!(answer.json()["error"].is_string());
        server.shut_down().await;
    }

    #[tokio::test]
    async fn an_action_must_be_json() {
        let server = start().await;
        let body = r#"{"type":"reveal","shape":0,"target":"style"}"#;
        for content_type in ["text/plain", "application/x-www-form-urlencoded"] {
            let answer = server.post_action(content_type, body).await;
            assert_eq!(answer.status, 415, "{content_type}");
        }
        let headers = [("Host", server.host()), ("Origin", server.origin())];
        let answer = server
            .exchange(&request("POST", "/action", &headers, body))
            .await;
        assert_eq!(answer.status, 415, "no content type");
        server.shut_down().await;
    }

    #[tokio::test]
    async fn an_oversize_action_is_refused() {
        let server = start().await;
        let body = format!(
            r#"{{"type":"reveal","padding":"{}"}}"#,
            "x".repeat(ACTION_BODY_LIMIT)
        );
        let answer = server.post_action("application/json", &body).await;
        assert_eq!(answer.status, 413);
        server.shut_down().await;
    }

    #[tokio::test]
    async fn an_oversize_chunked_action_is_refused() {
        let server = start().await;
        let chunk = "x".repeat(ACTION_BODY_LIMIT + 1);
        let text = format!(
            "POST /action HTTP/1.1\r\nConnection: close\r\nHost: {}\r\nOrigin: {}\r\n\
             Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n\
             {:x}\r\n{chunk}\r\n0\r\n\r\n",
            server.host(),
            server.origin(),
            chunk.len()
        );
        let answer = server.exchange(text.as_bytes()).await;
        assert_eq!(answer.status, 413);
        server.shut_down().await;
    }

    #[tokio::test]
    async fn unknown_paths_and_methods_are_not_found() {
        let server = start().await;
        let headers = [("Host", server.host())];
        for (method, path) in [("GET", "/secret"), ("GET", "/action"), ("DELETE", "/")] {
            let headers = [("Host", server.host()), ("Origin", server.origin())];
            let answer = server.exchange(&request(method, path, &headers, "")).await;
            assert_eq!(answer.status, 404, "{method} {path}");
        }
        let answer = server
            .exchange(&request("GET", "/page.html", &headers, ""))
            .await;
        assert_eq!(answer.status, 404);
        server.shut_down().await;
    }

    #[tokio::test]
    async fn events_stream_the_current_ones_then_each_broadcast() {
        let server = start().await;
        let mut stream = server.connect().await;
        let headers = [("Host", server.host())];
        stream
            .write_all(&request("GET", "/events", &headers, ""))
            .await
            .unwrap();
        let mut seen = String::new();
        read_until(&mut stream, &mut seen, CURRENT_EVENT, 1).await;
        let head = Answer::parse(seen.as_bytes());
        assert_eq!(head.status, 200);
        assert_eq!(head.header("content-type"), Some("text/event-stream"));

        server.events.send(update("broadcast-trio")).unwrap();
        let broadcast = "event: update\ndata: {\"trio\":\"broadcast-trio\"}\n\n";
        read_until(&mut stream, &mut seen, broadcast, 1).await;
        assert!(seen.find(CURRENT_EVENT) < seen.find(broadcast));
        server.shut_down().await;
    }

    /// The test runs on one thread, so the burst is sent before the stream
    /// reads any of it.
    #[tokio::test(flavor = "current_thread")]
    async fn a_lagging_page_starts_again_from_the_current_events() {
        let server = start_with_capacity(2).await;
        let mut stream = server.connect().await;
        let headers = [("Host", server.host())];
        stream
            .write_all(&request("GET", "/events", &headers, ""))
            .await
            .unwrap();
        let mut seen = String::new();
        read_until(&mut stream, &mut seen, CURRENT_EVENT, 1).await;

        for index in 0..5 {
            server
                .events
                .send(update(&format!("burst-{index}")))
                .unwrap();
        }
        read_until(&mut stream, &mut seen, CURRENT_EVENT, 2).await;
        server.events.send(update("after-the-burst")).unwrap();
        read_until(&mut stream, &mut seen, "after-the-burst", 1).await;
        assert!(!seen.contains("burst-"), "{seen}");
        server.shut_down().await;
    }

    #[tokio::test]
    async fn shutting_down_ends_the_event_streams() {
        let server = start().await;
        let mut stream = server.connect().await;
        let headers = [("Host", server.host())];
        stream
            .write_all(&request("GET", "/events", &headers, ""))
            .await
            .unwrap();
        let mut seen = String::new();
        read_until(&mut stream, &mut seen, CURRENT_EVENT, 1).await;
        server.shut_down().await;
        let mut rest = Vec::new();
        timeout(PATIENCE, stream.read_to_end(&mut rest))
            .await
            .expect("the stream ends")
            .unwrap();
    }

    #[tokio::test]
    async fn serve_refuses_an_address_other_than_loopback() {
        let listener = TcpListener::bind("0.0.0.0:0").await.unwrap();
        let (events, _) = broadcast::channel(4);
        let served = serve(
            listener,
            PAGE.to_owned(),
            events,
            Arc::new(FakeActions),
            std::future::pending(),
        )
        .await;
        let refusal = served.expect_err("0.0.0.0 is not loopback");
        assert_eq!(refusal.kind(), io::ErrorKind::InvalidInput);
    }
}
