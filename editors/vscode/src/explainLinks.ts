// Serves `kite-explain:CODE` documents, the targets of the links the server puts on diagnostic codes (`codeDescription.href`), from `kite/explain`.

import * as vscode from 'vscode';
import { errorText } from './errors';
import type { Requester } from './protocol';

/** The scheme of the server's code links (`kite-explain:E0201`). */
export const EXPLAIN_SCHEME = 'kite-explain';

/** The code a `kite-explain:` URI names. */
export function codeOfUri(uri: vscode.Uri): string {
  return uri.path.replace(/^\/+/, '').replace(/\.md$/, '');
}

/**
 * A click on a diagnostic's code in a hover or the Problems panel opens
 * `kite-explain:CODE` as a document; this provider fills it with the
 * explanation and the document is shown as Markdown.
 */
export class ExplainLinks implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly request: Requester) {
    this.disposables = [
      vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, this),
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document.uri.scheme === EXPLAIN_SCHEME && document.languageId !== 'markdown') {
          void vscode.languages.setTextDocumentLanguage(document, 'markdown');
        }
      }),
    ];
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const code = codeOfUri(uri);
    try {
      const { markdown } = await this.request('kite/explain', { code });
      return markdown;
    } catch (error) {
      return `# ${code}\n\nkite could not explain this code: ${errorText(error)}\n`;
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) {
      disposable.dispose();
    }
  }
}
