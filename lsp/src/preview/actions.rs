//! What a browser page's actions do: a click reveals a shape's source
//! (in the editor when there is one), links open locations, and the
//! variation buttons resample or pin.

use super::Previews;
use super::http_api::{ActionHandler, PageEvent};
use serde::Deserialize;
use serde_json::{Value, json};
use std::future::Future;
use std::pin::Pin;
use tower_lsp_server::Client;
use tower_lsp_server::ls_types::{Location, ShowDocumentParams};

/// A page → host message (PROTOCOL.md).
#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
enum Action {
    Reveal { shape: usize, target: Target },
    Open { location: Location },
    NewVariation,
    Pin { pinned: bool },
}

#[derive(Deserialize, Clone, Copy, PartialEq)]
#[serde(rename_all = "lowercase")]
enum Target {
    Style,
    Substance,
}

/// Answers the pages of one previewed trio.
pub struct PageActions {
    pub previews: Previews,
    pub trio: String,
    /// The editor that shows revealed locations, when the page was
    /// started by a language server.
    pub client: Option<Client>,
}

impl PageActions {
    async fn act(&self, action: Action) -> Result<Value, String> {
        match action {
            Action::Reveal { shape, target } => {
                let substance = target == Target::Substance;
                let location = self
                    .previews
                    .source_of(&self.trio, shape, substance)
                    .ok_or("the preview has no such shape")?;
                self.show(&location).await;
                Ok(json!({ "location": location }))
            }
            Action::Open { location } => {
                self.show(&location).await;
                Ok(json!({ "location": location }))
            }
            Action::NewVariation => {
                let variation = self.previews.new_variation(&self.trio);
                Ok(json!({ "variation": variation }))
            }
            Action::Pin { pinned } => self.previews.pin(&self.trio, pinned).await,
        }
    }

    /// Shows `location` in the editor, if there is one.
    async fn show(&self, location: &Location) {
        if let Some(client) = &self.client {
            show_location(client, location).await;
        }
    }
}

impl ActionHandler for PageActions {
    fn handle(
        &self,
        action: Value,
    ) -> Pin<Box<dyn Future<Output = Result<Value, String>> + Send + '_>> {
        Box::pin(async move {
            let action: Action = serde_json::from_value(action)
                .map_err(|error| format!("not a preview action: {error}"))?;
            self.act(action).await
        })
    }

    fn current(&self) -> Vec<PageEvent> {
        self.previews.current_events()
    }
}

/// Asks the editor to show `location` (`window/showDocument`); an editor
/// that cannot is not an error.
pub async fn show_location(client: &Client, location: &Location) {
    let _ = client
        .show_document(ShowDocumentParams {
            uri: location.uri.clone(),
            external: Some(false),
            take_focus: Some(true),
            selection: Some(location.range),
        })
        .await;
}
