// Read-only Markdown documents that the extension generates (the constraint report, diagnostic explanations), shown in VS Code's Markdown preview.

import * as vscode from 'vscode';

/** The URI scheme of the generated documents. */
export const SCHEME = 'kite-view';

/**
 * Serves generated Markdown under `kite-view:/…` URIs. Being read-only
 * virtual documents, they open without an unsaved-changes prompt on close.
 */
export class MarkdownView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly registration: vscode.Disposable;

  readonly onDidChange = this.changed.event;

  constructor() {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(SCHEME, this);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.path) ?? '';
  }

  /** The URI under which `name` (a file name ending in `.md`) is served. */
  uriOf(name: string): vscode.Uri {
    return vscode.Uri.from({ scheme: SCHEME, path: `/${name}` });
  }

  /** Sets the document `name` to `markdown` and shows its rendered preview beside the editor. */
  async show(name: string, markdown: string): Promise<vscode.Uri> {
    const uri = this.uriOf(name);
    this.contents.set(uri.path, markdown);
    this.changed.fire(uri);
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    } catch {
      // Without the built-in Markdown extension: the source, beside.
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }
    return uri;
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
