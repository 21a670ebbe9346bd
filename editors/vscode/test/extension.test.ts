// activate/deactivate: the wiring registers every command, starts the server, restarts it when its settings change, and stops it.

import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as vscode from './vscode-stub';

const clients: { started: boolean; stopped: boolean; options: unknown }[] = [];

vi.mock('vscode-languageclient/node', () => ({
  LanguageClient: class {
    started = false;
    stopped = false;
    constructor(_id: string, _name: string, _server: unknown, readonly options: unknown) {
      clients.push(this);
    }
    onNotification() {
      return { dispose() {} };
    }
    onDidChangeState() {
      return { dispose() {} };
    }
    async start() {
      this.started = true;
    }
    isRunning() {
      return this.started && !this.stopped;
    }
    async stop() {
      this.stopped = true;
    }
    async dispose() {}
  },
  State: { Stopped: 1, Running: 2, Starting: 3 },
  CancellationToken: { None: {} },
  ResponseError: class extends Error {},
}));

const extension = await import('../src/extension');

beforeEach(() => {
  vi.clearAllMocks();
  clients.length = 0;
});

describe('activate', () => {
  it('registers the commands, starts kite lsp, restarts on setting changes, stops on deactivate', async () => {
    const context = { subscriptions: [] as { dispose(): unknown }[] };
    await extension.activate(context as never);

    const ids = vscode.commands.registerCommand.mock.calls.map(([id]) => id).sort();
    expect(ids).toEqual([
      'kite.explainDiagnostic',
      'kite.newVariation',
      'kite.openPreview',
      'kite.renderPdf',
      'kite.renderPng',
      'kite.renderSvg',
      'kite.restartServer',
      'kite.showConstraintReport',
    ]);
    expect(vscode.window.createOutputChannel).toHaveBeenCalledWith('kite');
    expect(vscode.window.createStatusBarItem).toHaveBeenCalled();
    expect(vscode.workspace.registerTextDocumentContentProvider.mock.calls.map(([scheme]) => scheme).sort()).toEqual([
      'kite-explain',
      'kite-view',
    ]);
    expect(clients).toHaveLength(1);
    expect(clients[0].started).toBe(true);
    expect(context.subscriptions.length).toBeGreaterThan(8);

    const onConfiguration = vscode.workspace.onDidChangeConfiguration.mock.calls.at(-1)?.[0] as (event: unknown) => void;
    onConfiguration({ affectsConfiguration: (section: string) => section === 'kite.trace.server' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(clients).toHaveLength(1);
    onConfiguration({ affectsConfiguration: (section: string) => section === 'kite.serverPath' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(clients).toHaveLength(2);
    expect(clients[0].stopped).toBe(true);
    expect(clients[1].started).toBe(true);

    await extension.deactivate();
    expect(clients[1].stopped).toBe(true);
  });
});
