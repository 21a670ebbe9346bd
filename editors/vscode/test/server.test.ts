// The language server's start options and the client wrapper: command, selector, initializationOptions, notifications across restarts, and showDocument's column.

import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as vscode from './vscode-stub';

const clients: FakeClient[] = [];
let failStart = false;

class FakeClient {
  readonly handlers = new Map<string, (params: unknown) => void>();
  readonly stateListeners: ((event: { oldState: number; newState: number }) => void)[] = [];
  readonly sendRequest = vi.fn(async (method: string, params: unknown) => ({ echoed: { method, params } }));
  running = false;
  stopped = false;
  readonly protocol2CodeConverter = { asLocation: vi.fn() };

  constructor(
    readonly id: string,
    readonly name: string,
    readonly serverOptions: unknown,
    readonly clientOptions: Record<string, any>,
  ) {
    clients.push(this);
  }

  onNotification(method: string, handler: (params: unknown) => void) {
    this.handlers.set(method, handler);
    return { dispose: () => this.handlers.delete(method) };
  }

  onDidChangeState(listener: (event: { oldState: number; newState: number }) => void) {
    this.stateListeners.push(listener);
    return { dispose: () => undefined };
  }

  async start() {
    if (failStart) {
      throw new Error('spawn kite ENOENT');
    }
    this.running = true;
    for (const listener of this.stateListeners) listener({ oldState: 3, newState: 2 });
  }

  isRunning() {
    return this.running;
  }

  async stop() {
    this.running = false;
    this.stopped = true;
  }

  async dispose() {
    this.running = false;
  }

  notify(method: string, params: unknown) {
    this.handlers.get(method)?.(params);
  }
}

vi.mock('vscode-languageclient/node', () => ({
  LanguageClient: FakeClient,
  State: { Stopped: 1, Running: 2, Starting: 3 },
  CancellationToken: { None: { isCancellationRequested: false } },
  ResponseError: class ResponseError extends Error {},
}));

const server = await import('../src/server');

function settings(values: Record<string, unknown>) {
  vscode.workspace.getConfiguration.mockImplementation(() => ({
    get: (key: string, fallback?: unknown) => (key in values ? values[key] : fallback),
  }));
}

function output() {
  return { appendLine: vi.fn(), show: vi.fn(), dispose: vi.fn() } as unknown as import('vscode').OutputChannel;
}

beforeEach(() => {
  vi.clearAllMocks();
  clients.length = 0;
  failStart = false;
  settings({});
  vscode.workspace.workspaceFolders = [{ uri: vscode.Uri.file('/work/project') }];
});

describe('server options', () => {
  it('runs `kite lsp` from PATH unless kite.serverPath says otherwise', () => {
    expect(server.serverCommand('')).toBe('kite');
    expect(server.serverCommand('/opt/kite/bin/kite', '/work')).toBe('/opt/kite/bin/kite');
    expect(server.serverCommand('kite-nightly', '/work')).toBe('kite-nightly');
    expect(server.serverCommand('./target/debug/kite', '/work/project')).toBe('/work/project/target/debug/kite');
    expect(server.serverCommand('~/bin/kite', '/work', '/home/me')).toBe('/home/me/bin/kite');
    expect(server.serverOptions('kite')).toEqual({ command: 'kite', args: ['lsp'] });
  });

  it('selects the three languages, on disk and untitled', () => {
    expect(server.documentSelector()).toEqual([
      { scheme: 'file', language: 'penrose-domain' },
      { scheme: 'untitled', language: 'penrose-domain' },
      { scheme: 'file', language: 'penrose-substance' },
      { scheme: 'untitled', language: 'penrose-substance' },
      { scheme: 'file', language: 'penrose-style' },
      { scheme: 'untitled', language: 'penrose-style' },
    ]);
  });

  it('passes the preview debounce and the limits in initializationOptions', () => {
    expect(server.initializationOptions({ serverPath: '', debounceMs: 120, limits: { shapes: 5 } })).toEqual({
      preview: { debounceMs: 120 },
      limits: { shapes: 5 },
    });
    settings({ 'preview.debounceMs': 75, serverPath: '  /x/kite ' });
    expect(server.readSettings()).toEqual({ serverPath: '/x/kite', debounceMs: 75, limits: {} });
    settings({ 'preview.debounceMs': -3 });
    expect(server.readSettings().debounceMs).toBe(50);
  });

  it('keeps only whole, non-negative limits', () => {
    settings({ limits: { shapes: 500000, terms: -1, inputs: 2.5, 'block-matches': 'many' } });
    expect(server.readSettings().limits).toEqual({ shapes: 500000 });
    settings({ limits: [1, 2] });
    expect(server.readSettings().limits).toEqual({});
  });
});

describe('KiteServer', () => {
  it('starts a client named kite (so kite.trace.server applies) with the options from the settings', async () => {
    settings({ serverPath: '/opt/kite', 'preview.debounceMs': 30 });
    const channel = output();
    const kite = new server.KiteServer(channel, { documentColumn: () => undefined });
    await kite.start();
    expect(clients).toHaveLength(1);
    const [client] = clients;
    expect(client.id).toBe('kite');
    expect(client.serverOptions).toEqual({ command: '/opt/kite', args: ['lsp'] });
    expect(client.clientOptions.initializationOptions).toEqual({ preview: { debounceMs: 30 }, limits: {} });
    expect(client.clientOptions.outputChannel).toBe(channel);
    expect(client.clientOptions.documentSelector).toEqual(server.documentSelector());
    // The server registers its own file watchers; the client adds none.
    expect(client.clientOptions.synchronize).toBeUndefined();
    expect(client.clientOptions.middleware.workspace).toBeUndefined();
    expect(kite.running).toBe(true);
  });

  it('rejects requests while not running, and sends them once running', async () => {
    const kite = new server.KiteServer(output(), { documentColumn: () => undefined });
    await expect(kite.request('kite/explain', { code: 'E0201' })).rejects.toThrow(/not running/);
    await kite.start();
    await expect(kite.request('kite/explain', { code: 'E0201' })).resolves.toEqual({
      echoed: { method: 'kite/explain', params: { code: 'E0201' } },
    });
  });

  it('keeps notification handlers across restarts, and fires onDidStart each time', async () => {
    const kite = new server.KiteServer(output(), { documentColumn: () => undefined });
    const updates: unknown[] = [];
    const starts = vi.fn();
    kite.onDidStart(starts);
    const registration = kite.onNotification('kite/preview/update', (u) => updates.push(u));
    await kite.start();
    clients[0].notify('kite/preview/update', { revision: 1 });
    await kite.restart();
    expect(clients).toHaveLength(2);
    expect(clients[0].stopped).toBe(true);
    clients[1].notify('kite/preview/update', { revision: 2 });
    registration.dispose();
    clients[1].notify('kite/preview/update', { revision: 3 });
    expect(updates).toEqual([{ revision: 1 }, { revision: 2 }]);
    expect(starts).toHaveBeenCalledTimes(2);
  });

  it('reports a server that cannot start, with a way to the setting', async () => {
    failStart = true;
    const kite = new server.KiteServer(output(), { documentColumn: () => undefined });
    await kite.start();
    expect(kite.running).toBe(false);
    expect(vscode.window.showErrorMessage).toHaveBeenCalledWith(
      expect.stringContaining('spawn kite ENOENT'),
      'Open Settings',
      'Show Output',
    );
    failStart = false;
    await kite.start();
    expect(kite.running).toBe(true);
  });
});

describe('window/showDocument', () => {
  function middleware(column: number | undefined) {
    const options = server.clientOptions(
      { serverPath: '', debounceMs: 50, limits: {} },
      output(),
      { documentColumn: () => column as never },
    );
    return options.middleware!.window!.showDocument!;
  }

  const params = {
    uri: 'file:///work/sets/sets.style',
    takeFocus: true,
    selection: { start: { line: 3, character: 2 }, end: { line: 3, character: 9 } },
  };

  it('opens the document in the editors’ column, not the preview’s', async () => {
    const next = vi.fn();
    const result = await middleware(vscode.ViewColumn.One)(params, next);
    expect(result).toEqual({ success: true });
    expect(next).not.toHaveBeenCalled();
    const [uri, options] = vscode.window.showTextDocument.mock.calls[0] as unknown as [vscode.Uri, any];
    expect(uri.toString()).toBe('file:///work/sets/sets.style');
    expect(options.viewColumn).toBe(vscode.ViewColumn.One);
    expect(options.preserveFocus).toBe(false);
    expect(options.selection).toEqual(new vscode.Range(3, 2, 3, 9));
  });

  it('leaves external URIs, and the case without a preview, to the default', async () => {
    const next = vi.fn(async () => ({ success: true }));
    await middleware(vscode.ViewColumn.One)({ ...params, external: true }, next);
    await middleware(undefined)(params, next);
    expect(next).toHaveBeenCalledTimes(2);
    expect(vscode.window.showTextDocument).not.toHaveBeenCalled();
  });
});
