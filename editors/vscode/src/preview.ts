// The preview webview panel: shows the server's page beside the editor, follows the active trio, and relays between the server, the page and the editors.

import * as vscode from 'vscode';
import { errorText } from './errors';
import { documentName, isKiteLanguage } from './kiteFiles';
import { debounce, PreviewSession } from './messages';
import { errorPageHtml, makeNonce, preparePageHtml } from './pageHtml';
import type { HostMessage, Location, PreviewUpdate, TrioKey } from './protocol';
import type { KiteServer } from './server';

/** How long the cursor must rest before its shapes are highlighted. */
export const CURSOR_DEBOUNCE_MS = 100;

export interface PreviewStatus {
  show(update: PreviewUpdate | undefined): void;
  hide(): void;
}

export class Preview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private session: PreviewSession | undefined;
  private panelListeners: vscode.Disposable[] = [];
  private readonly listeners: vscode.Disposable[] = [];
  private lastColumn: vscode.ViewColumn | undefined;
  private readonly highlightCursor = debounce((uri: string, position: vscode.Position) => {
    this.session
      ?.cursorMoved(uri, { line: position.line, character: position.character })
      .catch((error: unknown) => this.log(`kite/preview/shapesAt failed: ${errorText(error)}`));
  }, CURSOR_DEBOUNCE_MS);

  constructor(
    private readonly server: KiteServer,
    private readonly status: PreviewStatus,
    private readonly output: vscode.OutputChannel,
  ) {
    this.rememberColumn(vscode.window.activeTextEditor);
    this.listeners.push(
      server.onNotification('kite/preview/update', (update) => this.session?.onUpdate(update)),
      server.onNotification('kite/preview/highlight', (params) => this.session?.onHighlight(params)),
      server.onDidStart(() => void this.serverStarted()),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.activeEditorChanged(editor)),
      vscode.window.onDidChangeTextEditorSelection((event) => this.selectionChanged(event)),
    );
  }

  /** The trio the preview follows, if it is open. */
  get trio(): TrioKey | undefined {
    return this.session?.trio;
  }

  /** The followed trio's latest update. */
  get update(): PreviewUpdate | undefined {
    return this.session?.update;
  }

  /** A document of the followed trio. */
  get documentUri(): string | undefined {
    return this.session?.documentUri;
  }

  /** The trio a document is known to belong to. */
  trioOf(uri: string): TrioKey | undefined {
    return this.session?.trioOf(uri);
  }

  /**
   * Where documents opened from the preview go: the column of the last kite
   * editor, never the preview's. `undefined` while the preview is closed.
   */
  documentColumn(): vscode.ViewColumn | undefined {
    if (this.panel === undefined) {
      return undefined;
    }
    const panelColumn = this.panel.viewColumn;
    if (this.lastColumn !== undefined && this.lastColumn !== panelColumn) {
      return this.lastColumn;
    }
    const editor = vscode.window.visibleTextEditors.find(
      (e) => e.viewColumn !== undefined && e.viewColumn !== panelColumn,
    );
    return editor?.viewColumn ?? (panelColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
  }

  /** Opens the panel beside the active editor (or reveals it) and follows the active kite document. */
  async open(): Promise<void> {
    if (this.panel !== undefined) {
      this.panel.reveal(undefined, true);
      await this.followActive();
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      'kite.preview',
      'kite preview',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [] },
    );
    this.panel = panel;
    const session = new PreviewSession({
      request: (method, params) => this.server.request(method, params),
      post: (message) => this.post(panel, message),
      openLocation: (location) => this.openLocation(location),
      onStatus: (update) => {
        if (this.session === session) {
          this.status.show(update);
        }
      },
      onTrio: (documentUri) => {
        if (this.session === session) {
          panel.title = documentUri === undefined ? 'kite preview' : `Preview ${documentName(documentUri)}`;
        }
      },
      onError: (error) => this.log(errorText(error)),
    });
    this.session = session;
    this.panelListeners = [
      panel.onDidDispose(() => this.panelClosed(panel, session)),
      panel.webview.onDidReceiveMessage((message: unknown) => {
        session.onPageMessage(message).catch((error: unknown) => this.fail('The preview action failed', error));
      }),
    ];
    await this.loadPage(panel);
    await this.followActive();
  }

  /** Asks for a new variation of the followed trio, opening the preview first if need be. */
  async newVariation(): Promise<string | undefined> {
    if (this.session?.trio === undefined) {
      await this.open();
    }
    return this.session?.newVariation();
  }

  private post(panel: vscode.WebviewPanel, message: HostMessage): void {
    void panel.webview.postMessage(message);
  }

  private async loadPage(panel: vscode.WebviewPanel): Promise<void> {
    const { cspSource } = panel.webview;
    try {
      const { html } = await this.server.request('kite/preview/page', {});
      if (this.panel === panel) {
        panel.webview.html = preparePageHtml(html, { cspSource, nonce: makeNonce() });
      }
    } catch (error) {
      this.log(`kite/preview/page failed: ${errorText(error)}`);
      if (this.panel === panel) {
        panel.webview.html = errorPageHtml(errorText(error), cspSource);
      }
    }
  }

  private async followActive(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const document =
      editor !== undefined && isKiteLanguage(editor.document.languageId)
        ? editor.document
        : vscode.window.visibleTextEditors.find((e) => isKiteLanguage(e.document.languageId))?.document;
    if (document !== undefined) {
      await this.follow(document.uri);
    }
  }

  private async follow(uri: vscode.Uri): Promise<void> {
    try {
      await this.session?.follow(uri.toString());
    } catch (error) {
      this.fail('kite could not open the preview of this trio', error);
    }
  }

  private activeEditorChanged(editor: vscode.TextEditor | undefined): void {
    this.rememberColumn(editor);
    if (this.panel !== undefined && editor !== undefined && isKiteLanguage(editor.document.languageId)) {
      void this.follow(editor.document.uri);
    }
  }

  private rememberColumn(editor: vscode.TextEditor | undefined): void {
    if (editor?.viewColumn !== undefined && isKiteLanguage(editor.document.languageId)) {
      this.lastColumn = editor.viewColumn;
    }
  }

  private selectionChanged(event: vscode.TextEditorSelectionChangeEvent): void {
    const { textEditor, selections } = event;
    if (this.session === undefined || !isKiteLanguage(textEditor.document.languageId) || selections.length === 0) {
      return;
    }
    this.highlightCursor(textEditor.document.uri.toString(), selections[0].active);
  }

  private async openLocation(location: Location): Promise<void> {
    const converter = this.server.converter;
    const target = converter
      ? converter.asLocation(location)
      : new vscode.Location(
          vscode.Uri.parse(location.uri),
          new vscode.Range(
            location.range.start.line,
            location.range.start.character,
            location.range.end.line,
            location.range.end.character,
          ),
        );
    await vscode.window.showTextDocument(target.uri, {
      selection: target.range,
      viewColumn: this.documentColumn() ?? vscode.ViewColumn.One,
      preserveFocus: false,
    });
  }

  private async serverStarted(): Promise<void> {
    const panel = this.panel;
    const session = this.session;
    if (panel === undefined || session === undefined) {
      return;
    }
    await this.loadPage(panel);
    if (session.documentUri !== undefined) {
      await session.reopen();
    } else {
      await this.followActive();
    }
  }

  private panelClosed(panel: vscode.WebviewPanel, session: PreviewSession): void {
    if (this.panel !== panel) {
      return;
    }
    this.panel = undefined;
    this.session = undefined;
    this.highlightCursor.cancel();
    for (const listener of this.panelListeners) {
      listener.dispose();
    }
    this.panelListeners = [];
    this.status.hide();
    void session.dispose();
  }

  private fail(what: string, error: unknown): void {
    const message = `${what}: ${errorText(error)}`;
    this.log(message);
    void vscode.window.showErrorMessage(message);
  }

  private log(message: string): void {
    this.output.appendLine(message);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const listener of this.listeners) {
      listener.dispose();
    }
    this.highlightCursor.cancel();
  }
}
