// The kite language server (`kite lsp`): its command and client options from the settings, and starting, stopping and restarting the client.

import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type Protocol2CodeConverter,
  CancellationToken,
  ResponseError,
  type ServerOptions,
  type ShowDocumentParams,
  type ShowDocumentResult,
  State,
} from 'vscode-languageclient/node';
import { errorText } from './errors';
import { LANGUAGES } from './kiteFiles';
import type { KiteNotifications, KiteRequests, NotificationMethod, RequestMethod } from './protocol';

/** The settings the server is started with. */
export interface ServerSettings {
  /** `kite.serverPath`: empty for `kite` from PATH. */
  serverPath: string;
  /** `kite.preview.debounceMs`. */
  debounceMs: number;
  /** `kite.limits`: the limits the user changed, by name (the server checks the names). */
  limits: Record<string, number>;
}

/** Settings whose change needs a new server process. */
export const RESTART_SETTINGS = ['kite.serverPath', 'kite.preview.debounceMs', 'kite.limits'] as const;

export function readSettings(): ServerSettings {
  const config = vscode.workspace.getConfiguration('kite');
  const debounceMs = config.get<number>('preview.debounceMs', 50);
  return {
    serverPath: (config.get<string>('serverPath', '') ?? '').trim(),
    debounceMs: typeof debounceMs === 'number' && Number.isFinite(debounceMs) && debounceMs >= 0 ? debounceMs : 50,
    limits: wholeNumbers(config.get<unknown>('limits', {})),
  };
}

/** The entries of `value` that are whole, non-negative numbers. */
function wholeNumbers(value: unknown): Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {};
  }
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, number] => Number.isSafeInteger(entry[1]) && (entry[1] as number) >= 0,
    ),
  );
}

/**
 * The executable to run: `serverPath` when set (`~` expanded, a relative
 * path resolved against the first workspace folder), else `kite` from PATH.
 */
export function serverCommand(serverPath: string, workspaceFolder?: string, home?: string): string {
  if (serverPath === '') {
    return 'kite';
  }
  let command = serverPath;
  if (home !== undefined && (command === '~' || command.startsWith('~/'))) {
    command = path.join(home, command.slice(1));
  }
  const hasFolder = command.includes('/') || command.includes('\\');
  if (hasFolder && !path.isAbsolute(command) && workspaceFolder !== undefined) {
    command = path.resolve(workspaceFolder, command);
  }
  return command;
}

export function serverOptions(command: string): ServerOptions {
  return { command, args: ['lsp'] };
}

/** The documents the client syncs: the three languages, on disk and untitled. */
export function documentSelector(): { scheme: string; language: string }[] {
  return LANGUAGES.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
}

/** `initializationOptions` as the server reads them. */
export function initializationOptions(settings: ServerSettings): {
  preview: { debounceMs: number };
  limits: Record<string, number>;
} {
  return { preview: { debounceMs: settings.debounceMs }, limits: settings.limits };
}

export interface ClientHooks {
  /** The editor column where documents the server asks to show belong (not the preview's). */
  documentColumn(): vscode.ViewColumn | undefined;
}

/**
 * The client's options. They name no `synchronize.fileEvents`: the server
 * registers its own watchers of manifests and the three kinds of file
 * (dynamic registration at `initialized`), which the client honours.
 */
export function clientOptions(
  settings: ServerSettings,
  output: vscode.OutputChannel,
  hooks: ClientHooks,
): LanguageClientOptions {
  return {
    documentSelector: documentSelector(),
    initializationOptions: initializationOptions(settings),
    outputChannel: output,
    middleware: {
      window: {
        // `window/showDocument` (a preview click's `kite/preview/reveal`):
        // the default handler opens the document in the active group, which
        // after a click is the preview's, covering it; open it in the
        // editors' column instead.
        showDocument: async (params, next) => {
          const column = hooks.documentColumn();
          if (params.external === true || column === undefined) {
            return defaultShowDocument(params, next);
          }
          try {
            const uri = vscode.Uri.parse(params.uri);
            await vscode.window.showTextDocument(uri, {
              viewColumn: column,
              preserveFocus: params.takeFocus !== true,
              selection:
                params.selection === undefined
                  ? undefined
                  : new vscode.Range(
                      params.selection.start.line,
                      params.selection.start.character,
                      params.selection.end.line,
                      params.selection.end.character,
                    ),
            });
            return { success: true };
          } catch {
            return { success: false };
          }
        },
      },
    },
  };
}

async function defaultShowDocument(
  params: ShowDocumentParams,
  next: (params: ShowDocumentParams, token: CancellationToken) => unknown,
): Promise<ShowDocumentResult> {
  const result = (await next(params, CancellationToken.None)) as ShowDocumentResult | ResponseError<void>;
  return result instanceof ResponseError ? { success: false } : result;
}

const NOTIFICATIONS: NotificationMethod[] = ['kite/preview/update', 'kite/preview/highlight'];

type Handler<M extends NotificationMethod> = (params: KiteNotifications[M]) => void;

/**
 * The running server. Notification handlers registered here outlive
 * restarts; `onDidStart` fires after each successful start, so that whoever
 * holds server-side state (the preview) can set it up again.
 */
export class KiteServer implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private clientListener: vscode.Disposable | undefined;
  private readonly handlers = new Map<NotificationMethod, Set<Handler<NotificationMethod>>>();
  private readonly started = new vscode.EventEmitter<void>();
  private transition: Promise<void> = Promise.resolve();

  /** Fires whenever a server process is up and initialized: after a start, a restart, or the client's own restart after a crash. */
  readonly onDidStart = this.started.event;

  constructor(
    private readonly output: vscode.OutputChannel,
    private readonly hooks: ClientHooks,
  ) {}

  /** Whether a client is running and can take requests. */
  get running(): boolean {
    return this.client?.isRunning() ?? false;
  }

  /** Converts LSP values of the running client to vscode ones. */
  get converter(): Protocol2CodeConverter | undefined {
    return this.client?.protocol2CodeConverter;
  }

  start(): Promise<void> {
    return this.serialize(() => this.startNow());
  }

  stop(): Promise<void> {
    return this.serialize(() => this.stopNow());
  }

  restart(): Promise<void> {
    return this.serialize(async () => {
      await this.stopNow();
      await this.startNow();
    });
  }

  private serialize(task: () => Promise<void>): Promise<void> {
    const run = this.transition.then(task, task);
    this.transition = run.catch(() => undefined);
    return run;
  }

  private async startNow(): Promise<void> {
    if (this.client !== undefined) {
      return;
    }
    const settings = readSettings();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const command = serverCommand(settings.serverPath, folder, process.env.HOME ?? process.env.USERPROFILE);
    const client = new LanguageClient('kite', 'kite', serverOptions(command), clientOptions(settings, this.output, this.hooks));
    // Running again after a crash restart by the client counts as a start too:
    // the new process knows nothing of the preview.
    this.clientListener = client.onDidChangeState((event) => {
      if (event.newState === State.Running && this.client === client) {
        this.started.fire();
      }
    });
    for (const method of NOTIFICATIONS) {
      client.onNotification(method, (params: KiteNotifications[typeof method]) => this.dispatch(method, params));
    }
    this.client = client;
    this.output.appendLine(`Starting \`${command} lsp\` (preview debounce ${settings.debounceMs} ms)`);
    try {
      await client.start();
    } catch (error) {
      this.client = undefined;
      this.clientListener?.dispose();
      await client.dispose().catch(() => undefined);
      const message = `kite: could not start the language server \`${command} lsp\`: ${errorText(error)}`;
      this.output.appendLine(message);
      void vscode.window.showErrorMessage(message, 'Open Settings', 'Show Output').then((choice) => {
        if (choice === 'Open Settings') {
          void vscode.commands.executeCommand('workbench.action.openSettings', 'kite.serverPath');
        } else if (choice === 'Show Output') {
          this.output.show(true);
        }
      });
      return;
    }
  }

  private async stopNow(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.clientListener?.dispose();
    this.clientListener = undefined;
    if (client === undefined) {
      return;
    }
    try {
      if (client.isRunning()) {
        await client.stop();
      }
    } catch (error) {
      this.output.appendLine(`Stopping the language server failed: ${errorText(error)}`);
    }
    await client.dispose().catch(() => undefined);
  }

  /** Sends a kite request; rejects when the server is not running. */
  async request<M extends RequestMethod>(
    method: M,
    params: KiteRequests[M]['params'],
  ): Promise<KiteRequests[M]['result']> {
    const client = this.client;
    if (client === undefined || !client.isRunning()) {
      throw new Error('The kite language server is not running (see the "kite" output channel).');
    }
    return client.sendRequest<KiteRequests[M]['result']>(method, params);
  }

  /** Registers a handler of a kite notification, kept across restarts. */
  onNotification<M extends NotificationMethod>(method: M, handler: Handler<M>): vscode.Disposable {
    let set = this.handlers.get(method);
    if (set === undefined) {
      set = new Set();
      this.handlers.set(method, set);
    }
    const handlers = set;
    handlers.add(handler as Handler<NotificationMethod>);
    return new vscode.Disposable(() => handlers.delete(handler as Handler<NotificationMethod>));
  }

  private dispatch<M extends NotificationMethod>(method: M, params: KiteNotifications[M]): void {
    for (const handler of this.handlers.get(method) ?? []) {
      try {
        (handler as Handler<M>)(params);
      } catch (error) {
        this.output.appendLine(`Handling ${method} failed: ${errorText(error)}`);
      }
    }
  }

  dispose(): void {
    void this.stop();
    this.started.dispose();
  }
}
