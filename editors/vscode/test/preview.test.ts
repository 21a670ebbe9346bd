// The preview panel end to end against fakes: webview options, page html, following the active editor, relaying, cursor highlights, restart and close.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Preview } from '../src/preview';
import type { KiteNotifications, NotificationMethod } from '../src/protocol';
import * as vscode from './vscode-stub';
import { fakeServer, SETS, trioOfUri, update, VENN } from './fixtures';

const SETS_STYLE = 'file:///work/sets/sets.style';
const SETS_SUBSTANCE = 'file:///work/sets/sets.substance';
const VENN_STYLE = 'file:///work/venn/venn.style';
const PAGE = '<!DOCTYPE html><html><head><style>svg{}</style></head><body><script>page()</script></body></html>';

function editor(uri: string, languageId = 'penrose-style', viewColumn = vscode.ViewColumn.One) {
  return {
    document: { uri: vscode.Uri.parse(uri), languageId },
    selection: new vscode.Selection(0, 0, 0, 0),
    viewColumn,
  };
}

function fakePanel() {
  const received: ((message: unknown) => void)[] = [];
  const disposed: (() => void)[] = [];
  const panel = {
    title: '',
    viewColumn: vscode.ViewColumn.Two,
    webview: {
      html: '',
      cspSource: 'vscode-webview://csp',
      postMessage: vi.fn(async (_message: unknown) => true),
      onDidReceiveMessage: (listener: (message: unknown) => void) => {
        received.push(listener);
        return new vscode.Disposable(() => undefined);
      },
    },
    reveal: vi.fn(),
    onDidDispose: (listener: () => void) => {
      disposed.push(listener);
      return new vscode.Disposable(() => undefined);
    },
    dispose: vi.fn(() => disposed.forEach((listener) => listener())),
    fromPage: (message: unknown) => received.forEach((listener) => listener(message)),
  };
  return panel;
}

/** The listener a stubbed vscode event was last subscribed with. */
function listenerOf<T>(event: { mock: { calls: unknown[][] } }): (value: T) => void {
  return event.mock.calls.at(-1)?.[0] as (value: T) => void;
}

function setup(pageAnswer: () => { html: string } = () => ({ html: PAGE })) {
  const server = fakeServer({
    'kite/preview/page': pageAnswer,
    'kite/preview/open': ({ textDocument }) => ({ trio: trioOfUri(textDocument.uri) }),
    'kite/preview/shapesAt': ({ textDocument }) => ({ trio: trioOfUri(textDocument.uri), shapes: [1, 4] }),
    'kite/preview/reveal': () => ({
      location: { uri: SETS_STYLE, range: { start: { line: 3, character: 2 }, end: { line: 3, character: 9 } } },
    }),
    'kite/preview/pin': () => ({ applied: true }),
  });
  const notifications = new Map<NotificationMethod, (params: unknown) => void>();
  const starts: (() => void)[] = [];
  const kite = {
    request: server.request,
    converter: undefined,
    onNotification: (method: NotificationMethod, handler: (params: unknown) => void) => {
      notifications.set(method, handler);
      return new vscode.Disposable(() => undefined);
    },
    onDidStart: (listener: () => void) => {
      starts.push(listener);
      return new vscode.Disposable(() => undefined);
    },
  };
  const status = { show: vi.fn(), hide: vi.fn() };
  const output = { appendLine: vi.fn() };
  const panel = fakePanel();
  vscode.window.createWebviewPanel.mockReturnValue(panel);
  const preview = new Preview(kite as never, status, output as never);
  const notify = <M extends NotificationMethod>(method: M, params: KiteNotifications[M]) =>
    notifications.get(method)?.(params);
  const changeEditor = listenerOf<unknown>(vscode.window.onDidChangeActiveTextEditor);
  const moveCursor = listenerOf<unknown>(vscode.window.onDidChangeTextEditorSelection);
  const restarted = async () => {
    starts.forEach((listener) => listener());
    await settle();
  };
  return { preview, server, panel, status, notify, changeEditor, moveCursor, restarted };
}

async function settle() {
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
  }
}

beforeEach(() => {
  vi.clearAllMocks();
  vscode.window.activeTextEditor = editor(SETS_STYLE);
  vscode.window.visibleTextEditors = [vscode.window.activeTextEditor];
});

afterEach(() => {
  vi.useRealTimers();
});

describe('opening the preview', () => {
  it('opens a webview beside, keeping focus and its context, with the server’s page under a CSP', async () => {
    const { preview, server, panel } = setup();
    await preview.open();
    const [viewType, , showOptions, options] = vscode.window.createWebviewPanel.mock.calls[0] as unknown[];
    expect(viewType).toBe('kite.preview');
    expect(showOptions).toEqual({ viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
    expect(options).toMatchObject({ enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [] });
    expect(server.methods()).toEqual(['kite/preview/page', 'kite/preview/open']);
    expect(panel.webview.html).toMatch(/<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
    const nonce = /'nonce-([^']+)'/.exec(panel.webview.html)?.[1];
    expect(nonce).toBeTruthy();
    expect(panel.webview.html).toContain(`<script nonce="${nonce}">page()</script>`);
    expect(panel.webview.html).toContain(`<style nonce="${nonce}">`);
    expect(preview.trio).toBe(SETS);
    expect(panel.title).toBe('Preview sets');
  });

  it('a second open reveals the same panel', async () => {
    const { preview, panel } = setup();
    await preview.open();
    await preview.open();
    expect(vscode.window.createWebviewPanel).toHaveBeenCalledTimes(1);
    expect(panel.reveal).toHaveBeenCalled();
  });

  it('shows why when the server has no page', async () => {
    const { preview, panel } = setup(() => {
      throw new Error('method not found');
    });
    await preview.open();
    expect(panel.webview.html).toContain('The kite preview is not available');
    expect(panel.webview.html).toContain('method not found');
  });

  it('follows a visible kite editor when the active one is not a kite file', async () => {
    vscode.window.activeTextEditor = editor('file:///work/readme.md', 'markdown');
    vscode.window.visibleTextEditors = [vscode.window.activeTextEditor, editor(VENN_STYLE)];
    const { preview } = setup();
    await preview.open();
    expect(preview.trio).toBe(VENN);
  });
});

describe('relaying', () => {
  it('posts updates and highlights of the followed trio to the page, and shows the status', async () => {
    const { preview, panel, notify, status } = setup();
    await preview.open();
    notify('kite/preview/update', update(SETS, { revision: 2 }));
    notify('kite/preview/update', update(VENN, { revision: 3 }));
    notify('kite/preview/highlight', { trio: SETS, shapes: [7] });
    notify('kite/preview/highlight', { trio: VENN, shapes: [8] });
    expect(panel.webview.postMessage.mock.calls.map(([m]) => m)).toEqual([
      { type: 'update', update: update(SETS, { revision: 2 }) },
      { type: 'highlight', shapes: [7] },
    ]);
    expect(status.show).toHaveBeenLastCalledWith(update(SETS, { revision: 2 }));
    expect(preview.update?.revision).toBe(2);
  });

  it('switches trio when a kite editor of another trio becomes active', async () => {
    const { preview, server, changeEditor } = setup();
    await preview.open();
    changeEditor(editor(VENN_STYLE));
    await settle();
    expect(server.calls.slice(2)).toEqual([
      { method: 'kite/preview/open', params: { textDocument: { uri: VENN_STYLE } } },
      { method: 'kite/preview/close', params: { trio: SETS } },
    ]);
    expect(preview.trio).toBe(VENN);
    changeEditor(editor('file:///work/notes.md', 'markdown'));
    await settle();
    expect(server.calls).toHaveLength(4);
  });

  it('turns page messages into requests, and `open` into an editor beside the preview', async () => {
    const { preview, server, panel } = setup();
    await preview.open();
    panel.fromPage({ type: 'reveal', shape: 2, target: 'substance' });
    panel.fromPage({ type: 'pin', pinned: true });
    panel.fromPage({ type: 'newVariation' });
    panel.fromPage({
      type: 'open',
      location: { uri: SETS_SUBSTANCE, range: { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } } },
    });
    await settle();
    expect(server.calls.slice(2)).toEqual([
      { method: 'kite/preview/reveal', params: { trio: SETS, shape: 2, target: 'substance' } },
      { method: 'kite/preview/pin', params: { trio: SETS, pinned: true } },
      { method: 'kite/preview/newVariation', params: { trio: SETS } },
    ]);
    const [uri, options] = vscode.window.showTextDocument.mock.calls[0] as unknown as [vscode.Uri, any];
    expect(uri.toString()).toBe(SETS_SUBSTANCE);
    expect(options.selection).toEqual(new vscode.Range(1, 2, 1, 5));
    expect(options.viewColumn).toBe(vscode.ViewColumn.One);
  });

  it('highlights the shapes under the cursor after it rests 100 ms', async () => {
    vi.useFakeTimers();
    const { preview, server, panel, moveCursor } = setup();
    await preview.open();
    const textEditor = editor(SETS_SUBSTANCE, 'penrose-substance');
    moveCursor({ textEditor, selections: [new vscode.Selection(2, 1, 2, 1)] });
    await vi.advanceTimersByTimeAsync(50);
    moveCursor({ textEditor, selections: [new vscode.Selection(3, 4, 3, 4)] });
    await vi.advanceTimersByTimeAsync(99);
    expect(server.methods()).not.toContain('kite/preview/shapesAt');
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(server.calls.filter((c) => c.method === 'kite/preview/shapesAt')).toEqual([
      {
        method: 'kite/preview/shapesAt',
        params: { textDocument: { uri: SETS_SUBSTANCE }, position: { line: 3, character: 4 } },
      },
    ]);
    expect(panel.webview.postMessage).toHaveBeenLastCalledWith({ type: 'highlight', shapes: [1, 4] });
  });

  it('ignores the cursor in other languages and while the preview is closed', async () => {
    vi.useFakeTimers();
    const { preview, server, moveCursor } = setup();
    moveCursor({ textEditor: editor(SETS_STYLE), selections: [new vscode.Selection(0, 0, 0, 0)] });
    await vi.advanceTimersByTimeAsync(200);
    await preview.open();
    moveCursor({ textEditor: editor('file:///x.md', 'markdown'), selections: [new vscode.Selection(0, 0, 0, 0)] });
    await vi.advanceTimersByTimeAsync(200);
    expect(server.methods()).not.toContain('kite/preview/shapesAt');
  });
});

describe('restart and close', () => {
  it('reloads the page and opens the trio again when the server restarts', async () => {
    const { preview, server, restarted } = setup();
    await preview.open();
    await restarted();
    expect(server.methods()).toEqual([
      'kite/preview/page',
      'kite/preview/open',
      'kite/preview/page',
      'kite/preview/open',
    ]);
    expect(preview.trio).toBe(SETS);
  });

  it('closes the trio and hides the status when the panel closes', async () => {
    const { preview, server, panel, status, notify } = setup();
    await preview.open();
    panel.dispose();
    await settle();
    expect(server.calls.at(-1)).toEqual({ method: 'kite/preview/close', params: { trio: SETS } });
    expect(status.hide).toHaveBeenCalled();
    expect(preview.trio).toBeUndefined();
    status.show.mockClear();
    notify('kite/preview/update', update(SETS));
    expect(status.show).not.toHaveBeenCalled();
    expect(panel.webview.postMessage).not.toHaveBeenCalled();
  });

  it('documents open in the editors’ column, and only while the preview is open', async () => {
    const { preview } = setup();
    expect(preview.documentColumn()).toBeUndefined();
    await preview.open();
    expect(preview.documentColumn()).toBe(vscode.ViewColumn.One);
  });
});
