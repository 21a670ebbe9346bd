// The extension's commands: export (render), new variation, constraint report, explain diagnostic, restart; each a function of its dependencies.

import * as vscode from 'vscode';
import { baseName, documentName, exportTarget, isKiteLanguage } from './kiteFiles';
import type { PreviewUpdate, RenderFormat, Requester, TrioKey } from './protocol';
import { formatReport } from './report';
import { errorText } from './errors';

/** What the commands use of the server, the preview and the Markdown view. */
export interface CommandDeps {
  request: Requester;
  restartServer(): Promise<void>;
  preview: {
    open(): Promise<void>;
    newVariation(): Promise<string | undefined>;
    readonly trio: TrioKey | undefined;
    readonly documentUri: string | undefined;
    readonly update: PreviewUpdate | undefined;
    trioOf(uri: string): TrioKey | undefined;
  };
  markdown: { show(name: string, markdown: string): Promise<unknown> };
  output: { appendLine(line: string): void };
}

const FORMAT_FILTERS: Record<RenderFormat, string> = {
  svg: 'SVG image',
  png: 'PNG image',
  pdf: 'PDF document',
};

const NO_DOCUMENT = 'kite: open a Domain, Substance or Style file first.';

/** The active editor, when it shows a kite document. */
export function activeKiteEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor !== undefined && isKiteLanguage(editor.document.languageId) ? editor : undefined;
}

/** The document a trio command is about: the active kite document, else the one the preview follows. */
export function targetDocument(deps: CommandDeps): vscode.Uri | undefined {
  const editor = activeKiteEditor();
  if (editor !== undefined) {
    return editor.document.uri;
  }
  const followed = deps.preview.documentUri;
  return followed === undefined ? undefined : vscode.Uri.parse(followed);
}

/**
 * `kite.renderSvg`/`Png`/`Pdf`: asks `kite/render` for the drawing of the
 * active document's trio (in the variation the preview shows, when it shows
 * that trio), offers a save dialog named after the document, and writes the
 * decoded bytes there. Resolves with the written URI, or `undefined` when
 * cancelled.
 */
export async function renderDiagram(format: RenderFormat, deps: CommandDeps): Promise<vscode.Uri | undefined> {
  const document = targetDocument(deps);
  if (document === undefined) {
    void vscode.window.showErrorMessage(NO_DOCUMENT);
    return undefined;
  }
  const uri = document.toString();
  const trio = deps.preview.trioOf(uri);
  const variation =
    trio !== undefined && trio === deps.preview.trio ? deps.preview.update?.variation : undefined;
  const { data, mimeType } = await deps.request('kite/render', {
    textDocument: { uri },
    format,
    ...(variation !== undefined ? { variation } : {}),
  });
  deps.output.appendLine(`kite/render ${format}: ${mimeType}, ${data.length} base64 characters`);
  const { folder, fileName } = exportTarget(uri, format);
  const workspace = vscode.workspace.workspaceFolders?.[0]?.uri;
  const defaultUri =
    folder !== '' ? vscode.Uri.joinPath(vscode.Uri.parse(folder), fileName)
    : workspace !== undefined ? vscode.Uri.joinPath(workspace, fileName)
    : undefined;
  const target = await vscode.window.showSaveDialog({
    defaultUri,
    filters: { [FORMAT_FILTERS[format]]: [format] },
    saveLabel: `Export ${format.toUpperCase()}`,
    title: `Export the diagram as ${format.toUpperCase()}`,
  });
  if (target === undefined) {
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(data, 'base64'));
  void vscode.window
    .showInformationMessage(`kite: wrote ${baseName(target.toString())}`, 'Open')
    .then((choice) => {
      if (choice === 'Open') {
        void vscode.commands.executeCommand('vscode.open', target);
      }
    });
  return target;
}

/** A diagnostic's code as text: codes come as a string, a number, or `{ value, target }` (with a code description). */
export function diagnosticCode(code: vscode.Diagnostic['code']): string | undefined {
  if (code === undefined || code === null) {
    return undefined;
  }
  if (typeof code === 'string' || typeof code === 'number') {
    return String(code);
  }
  return String(code.value);
}

function rangeSize(range: vscode.Range): [number, number] {
  return [range.end.line - range.start.line, range.end.character - range.start.character];
}

/** The kite diagnostic whose range contains `position`; the innermost when several do. */
export function diagnosticAt(
  diagnostics: readonly vscode.Diagnostic[],
  position: vscode.Position,
): vscode.Diagnostic | undefined {
  let best: vscode.Diagnostic | undefined;
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'kite' || diagnosticCode(diagnostic.code) === undefined) {
      continue;
    }
    if (!diagnostic.range.contains(position)) {
      continue;
    }
    if (best === undefined) {
      best = diagnostic;
      continue;
    }
    const [lines, characters] = rangeSize(diagnostic.range);
    const [bestLines, bestCharacters] = rangeSize(best.range);
    if (lines < bestLines || (lines === bestLines && characters < bestCharacters)) {
      best = diagnostic;
    }
  }
  return best;
}

/** The code to explain when the cursor is on no diagnostic: one of the file's, picked, or one typed. */
async function askForCode(uri: vscode.Uri | undefined): Promise<string | undefined> {
  const diagnostics =
    uri === undefined
      ? []
      : vscode.languages
          .getDiagnostics(uri)
          .filter((d) => d.source === 'kite' && diagnosticCode(d.code) !== undefined);
  if (diagnostics.length > 0) {
    const picked = await vscode.window.showQuickPick(
      diagnostics.map((d) => ({
        label: diagnosticCode(d.code) ?? '',
        description: d.message,
        detail: `line ${d.range.start.line + 1}`,
      })),
      { title: 'kite: no diagnostic under the cursor; explain which?' },
    );
    return picked?.label;
  }
  const typed = await vscode.window.showInputBox({
    title: 'kite: explain a diagnostic code',
    prompt: 'A code (E0201) or its name (unknown-object)',
  });
  return typed?.trim() || undefined;
}

/**
 * `kite.explainDiagnostic`: explains `code` when given (a command argument),
 * else the kite diagnostic under the cursor, asking `kite/explain` and showing
 * the Markdown. Resolves with the code explained.
 */
export async function explainDiagnostic(deps: CommandDeps, code?: unknown): Promise<string | undefined> {
  let wanted = typeof code === 'string' && code.trim() !== '' ? code.trim() : undefined;
  const editor = vscode.window.activeTextEditor;
  if (wanted === undefined && editor !== undefined) {
    const diagnostic = diagnosticAt(vscode.languages.getDiagnostics(editor.document.uri), editor.selection.active);
    wanted = diagnostic === undefined ? undefined : diagnosticCode(diagnostic.code);
  }
  if (wanted === undefined) {
    wanted = await askForCode(editor?.document.uri);
  }
  if (wanted === undefined) {
    return undefined;
  }
  const { markdown } = await deps.request('kite/explain', { code: wanted });
  await deps.markdown.show(`explain/${wanted}.md`, markdown);
  return wanted;
}

/** `kite.showConstraintReport`: the report of the active document's trio (`kite/report`) as Markdown. */
export async function showConstraintReport(deps: CommandDeps): Promise<string | undefined> {
  const document = targetDocument(deps);
  if (document === undefined) {
    void vscode.window.showErrorMessage(NO_DOCUMENT);
    return undefined;
  }
  const report = await deps.request('kite/report', { textDocument: { uri: document.toString() } });
  const title = documentName(document.toString());
  const markdown = formatReport(report, title);
  await deps.markdown.show(`report/${title}.md`, markdown);
  return markdown;
}

/** `kite.newVariation`: a new layout variation of the previewed trio (opening the preview if need be). */
export async function newVariation(deps: CommandDeps): Promise<string | undefined> {
  const variation = await deps.preview.newVariation();
  if (variation === undefined) {
    void vscode.window.showErrorMessage(NO_DOCUMENT);
  } else {
    vscode.window.setStatusBarMessage(`kite: variation ${variation}`, 4000);
  }
  return variation;
}

/** The commands, by id, as `contributes.commands` lists them. */
export function commandTable(deps: CommandDeps): Record<string, (...args: unknown[]) => Promise<unknown>> {
  return {
    'kite.openPreview': () => deps.preview.open(),
    'kite.renderSvg': () => renderDiagram('svg', deps),
    'kite.renderPng': () => renderDiagram('png', deps),
    'kite.renderPdf': () => renderDiagram('pdf', deps),
    'kite.newVariation': () => newVariation(deps),
    'kite.showConstraintReport': () => showConstraintReport(deps),
    'kite.explainDiagnostic': (code?: unknown) => explainDiagnostic(deps, code),
    'kite.restartServer': () => deps.restartServer(),
  };
}

/** Registers every command; a failure is shown and logged, not thrown at VS Code. */
export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  return Object.entries(commandTable(deps)).map(([id, run]) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await run(...args);
      } catch (error) {
        const message = `${id} failed: ${errorText(error)}`;
        deps.output.appendLine(message);
        void vscode.window.showErrorMessage(`kite: ${errorText(error)}`);
        return undefined;
      }
    }),
  );
}
