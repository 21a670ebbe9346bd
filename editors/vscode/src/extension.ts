// The extension's entry point: wires the language server, the preview, the status bar and the commands together, and nothing else.

import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { ExplainLinks } from './explainLinks';
import { MarkdownView } from './markdownView';
import { Preview } from './preview';
import { KiteServer, RESTART_SETTINGS } from './server';
import { StatusBar } from './statusBar';

let server: KiteServer | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('kite');
  let preview: Preview | undefined;
  const kite = new KiteServer(output, { documentColumn: () => preview?.documentColumn() });
  server = kite;
  const statusBar = new StatusBar();
  preview = new Preview(kite, statusBar, output);
  const markdown = new MarkdownView();
  const request = kite.request.bind(kite);
  const current = preview;
  context.subscriptions.push(
    output,
    kite,
    statusBar,
    preview,
    markdown,
    new ExplainLinks(request),
    ...registerCommands({
      request,
      restartServer: () => kite.restart(),
      preview: current,
      markdown,
      output,
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (RESTART_SETTINGS.some((setting) => event.affectsConfiguration(setting))) {
        output.appendLine('kite settings changed; restarting the language server');
        void kite.restart();
      }
    }),
  );
  await kite.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
