//! What the preview's web server needs from the preview service: the
//! events it streams to pages and a handler for the actions pages post.

use std::future::Future;
use std::pin::Pin;

/// One server-sent event for the pages: its name (`update` or
/// `highlight`) and its JSON data (PROTOCOL.md).
#[derive(Clone, Debug)]
pub struct PageEvent {
    pub name: &'static str,
    pub data: serde_json::Value,
}

/// Answers a page's `POST /action` body (a page → host message of
/// PROTOCOL.md) with the JSON to send back, or an error message.
pub trait ActionHandler: Send + Sync + 'static {
    fn handle(
        &self,
        action: serde_json::Value,
    ) -> Pin<Box<dyn Future<Output = Result<serde_json::Value, String>> + Send + '_>>;

    /// The events a newly connected page must see first (the latest
    /// update of each previewed trio), so that it does not wait for an
    /// edit.
    fn current(&self) -> Vec<PageEvent>;
}
