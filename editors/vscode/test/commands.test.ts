// The commands: export writes the decoded bytes where the user chose, explain finds the diagnostic under the cursor, the report is shown as Markdown.

import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  commandTable,
  diagnosticAt,
  diagnosticCode,
  explainDiagnostic,
  registerCommands,
  renderDiagram,
  showConstraintReport,
  type CommandDeps,
} from '../src/commands';
import type { LayoutReport } from '../src/protocol';
import * as vscode from './vscode-stub';
import { fakeServer, SETS, update } from './fixtures';

const STYLE = 'file:///work/sets/sets.style';

function editor(uri: string, languageId: string, line = 0, character = 0) {
  return {
    document: { uri: vscode.Uri.parse(uri), languageId },
    selection: new vscode.Selection(line, character, line, character),
    viewColumn: vscode.ViewColumn.One,
  };
}

function diagnostic(
  range: [number, number, number, number],
  code: vscode.Diagnostic['code'],
  source = 'kite',
): vscode.Diagnostic {
  const d = new vscode.Diagnostic(new vscode.Range(...range), `message of ${JSON.stringify(code)}`);
  d.code = code;
  d.source = source;
  return d;
}

const REPORT: LayoutReport = {
  status: 'converged',
  steps: 26,
  energy: 1,
  variation: 'KiteVenn1',
  max_residual: 3,
  constraints: [
    {
      name: 'disjoint',
      location: { file: '/work/sets/sets.style', start: { line: 5, column: 3 }, end: { line: 5, column: 9 } },
      objects: ['A', 'B'],
      residual: 3,
      satisfied: false,
    },
  ],
  objectives: [],
  nan_term: null,
};

function deps(answers: Parameters<typeof fakeServer>[0] = {}, preview: Partial<CommandDeps['preview']> = {}) {
  const server = fakeServer({
    'kite/render': ({ format }) => ({
      data: Buffer.from(`<${format} bytes>`).toString('base64'),
      mimeType: 'image/svg+xml',
    }),
    'kite/explain': ({ code }) => ({ markdown: `# ${code}\n\nExplained.` }),
    'kite/report': () => REPORT,
    ...answers,
  });
  const shown: { name: string; markdown: string }[] = [];
  const value: CommandDeps = {
    request: server.request,
    restartServer: vi.fn(async () => undefined),
    preview: {
      open: vi.fn(async () => undefined),
      newVariation: vi.fn(async () => 'brave-otter-3'),
      trio: undefined,
      documentUri: undefined,
      update: undefined,
      trioOf: () => undefined,
      ...preview,
    },
    markdown: {
      show: vi.fn(async (name: string, markdown: string) => {
        shown.push({ name, markdown });
      }),
    },
    output: { appendLine: vi.fn() },
  };
  return { deps: value, server, shown };
}

beforeEach(() => {
  vi.clearAllMocks();
  vscode.window.activeTextEditor = undefined;
  vscode.workspace.workspaceFolders = undefined;
  vscode.languages.getDiagnostics.mockImplementation(() => []);
});

describe('render', () => {
  it('asks kite/render, offers a save dialog named after the document, and writes the decoded bytes there', async () => {
    vscode.window.activeTextEditor = editor(STYLE, 'penrose-style');
    const { deps: d, server } = deps({}, { trioOf: () => SETS });
    const chosen = vscode.Uri.parse('file:///elsewhere/picture.svg');
    vscode.window.showSaveDialog.mockResolvedValueOnce(chosen);

    const written = await renderDiagram('svg', d);

    expect(server.calls).toEqual([{ method: 'kite/render', params: { textDocument: { uri: STYLE }, format: 'svg' } }]);
    const dialog = vscode.window.showSaveDialog.mock.calls[0][0];
    expect(dialog.defaultUri.toString()).toBe('file:///work/sets/sets.svg');
    expect(dialog.filters).toEqual({ 'SVG image': ['svg'] });
    expect(written).toBe(chosen);
    expect(vscode.workspace.fs.writeFile).toHaveBeenCalledTimes(1);
    const [target, bytes] = vscode.workspace.fs.writeFile.mock.calls[0] as unknown as [vscode.Uri, Uint8Array];
    expect(target).toBe(chosen);
    expect(Buffer.from(bytes).toString()).toBe('<svg bytes>');
  });

  it('PNG and PDF: binary bytes survive the base64 round trip', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);
    vscode.window.activeTextEditor = editor(STYLE, 'penrose-style');
    const { deps: d } = deps({ 'kite/render': () => ({ data: png.toString('base64'), mimeType: 'image/png' }) });
    vscode.window.showSaveDialog.mockResolvedValue(vscode.Uri.parse('file:///tmp/x.png'));
    await renderDiagram('png', d);
    await renderDiagram('pdf', d);
    const [, bytes] = vscode.workspace.fs.writeFile.mock.calls[0] as unknown as [vscode.Uri, Uint8Array];
    expect(Buffer.from(bytes).equals(png)).toBe(true);
    const pdfDialog = vscode.window.showSaveDialog.mock.calls[1][0];
    expect(pdfDialog.defaultUri.toString()).toBe('file:///work/sets/sets.pdf');
    expect(pdfDialog.filters).toEqual({ 'PDF document': ['pdf'] });
    vscode.window.showSaveDialog.mockReset();
  });

  it('exports the variation the preview shows', async () => {
    vscode.window.activeTextEditor = editor(STYLE, 'penrose-style');
    const { deps: d, server } = deps(
      {},
      { trio: SETS, trioOf: () => SETS, update: update(SETS, { variation: 'brave-otter-3' }) },
    );
    vscode.window.showSaveDialog.mockResolvedValueOnce(undefined);
    await renderDiagram('svg', d);
    expect(server.calls[0].params).toEqual({ textDocument: { uri: STYLE }, format: 'svg', variation: 'brave-otter-3' });
  });

  it('writes nothing when the dialog is cancelled', async () => {
    vscode.window.activeTextEditor = editor(STYLE, 'penrose-style');
    const { deps: d } = deps();
    vscode.window.showSaveDialog.mockResolvedValueOnce(undefined);
    expect(await renderDiagram('svg', d)).toBeUndefined();
    expect(vscode.workspace.fs.writeFile).not.toHaveBeenCalled();
    const dialog = vscode.window.showSaveDialog.mock.calls[0][0];
    expect(dialog.defaultUri.toString()).toBe('file:///work/sets/sets.svg');
  });

  it('uses the previewed document when no kite editor is active, and says so when there is none', async () => {
    vscode.window.activeTextEditor = editor('file:///work/notes.md', 'markdown');
    const none = deps();
    expect(await renderDiagram('svg', none.deps)).toBeUndefined();
    expect(none.server.calls).toEqual([]);
    expect(vscode.window.showErrorMessage).toHaveBeenCalled();

    const followed = deps({}, { documentUri: STYLE });
    vscode.window.showSaveDialog.mockResolvedValueOnce(undefined);
    await renderDiagram('svg', followed.deps);
    expect(followed.server.calls[0].params).toMatchObject({ textDocument: { uri: STYLE } });
  });
});

describe('explain', () => {
  it('reads string, number and { value, target } codes', () => {
    expect(diagnosticCode('E0201')).toBe('E0201');
    expect(diagnosticCode(201)).toBe('201');
    expect(diagnosticCode({ value: 'E0201', target: vscode.Uri.parse('kite-explain:E0201') } as never)).toBe('E0201');
    expect(diagnosticCode(undefined)).toBeUndefined();
  });

  it('picks the kite diagnostic under the cursor, the innermost of several', () => {
    const outer = diagnostic([2, 0, 6, 1], 'E0300');
    const inner = diagnostic([3, 2, 3, 9], { value: 'E0201', target: vscode.Uri.parse('kite-explain:E0201') });
    const other = diagnostic([3, 0, 3, 20], 'ts2304', 'typescript');
    const elsewhere = diagnostic([9, 0, 9, 3], 'E0101');
    const all = [outer, other, inner, elsewhere];
    expect(diagnosticAt(all as never, new vscode.Position(3, 4) as never)).toBe(inner);
    expect(diagnosticAt(all as never, new vscode.Position(3, 9) as never)).toBe(inner);
    expect(diagnosticAt(all as never, new vscode.Position(4, 0) as never)).toBe(outer);
    expect(diagnosticAt(all as never, new vscode.Position(8, 0) as never)).toBeUndefined();
    expect(diagnosticAt([other] as never, new vscode.Position(3, 4) as never)).toBeUndefined();
  });

  it('asks kite/explain for the code under the cursor and shows the Markdown', async () => {
    vscode.window.activeTextEditor = editor(STYLE, 'penrose-style', 3, 4);
    vscode.languages.getDiagnostics.mockImplementation(() => [
      diagnostic([3, 0, 3, 1], 'E0999'),
      diagnostic([3, 2, 3, 9], { value: 'E0201', target: vscode.Uri.parse('kite-explain:E0201') }),
    ]);
    const { deps: d, server, shown } = deps();
    expect(await explainDiagnostic(d)).toBe('E0201');
    expect(String(vscode.languages.getDiagnostics.mock.calls[0]?.[0])).toBe(STYLE);
    expect(server.calls).toEqual([{ method: 'kite/explain', params: { code: 'E0201' } }]);
    expect(shown).toEqual([{ name: 'explain/E0201.md', markdown: '# E0201\n\nExplained.' }]);
  });

  it('handles a plain string code', async () => {
    vscode.window.activeTextEditor = editor(STYLE, 'penrose-style', 1, 1);
    vscode.languages.getDiagnostics.mockImplementation(() => [diagnostic([1, 0, 1, 5], 'E0102')]);
    const { deps: d, server } = deps();
    await explainDiagnostic(d);
    expect(server.calls).toEqual([{ method: 'kite/explain', params: { code: 'E0102' } }]);
  });

  it('explains a code given as the command argument', async () => {
    const { deps: d, server } = deps();
    await explainDiagnostic(d, 'W0400');
    expect(server.calls).toEqual([{ method: 'kite/explain', params: { code: 'W0400' } }]);
  });

  it('off any diagnostic: offers the file’s diagnostics, else asks for a code', async () => {
    vscode.window.activeTextEditor = editor(STYLE, 'penrose-style', 7, 0);
    vscode.languages.getDiagnostics.mockImplementation(() => [diagnostic([1, 0, 1, 5], 'E0102')]);
    vscode.window.showQuickPick.mockImplementationOnce((async (items: { label: string }[]) => items[0]) as never);
    const picked = deps();
    await explainDiagnostic(picked.deps);
    expect(picked.server.calls).toEqual([{ method: 'kite/explain', params: { code: 'E0102' } }]);

    vscode.languages.getDiagnostics.mockImplementation(() => []);
    vscode.window.showInputBox.mockResolvedValueOnce(' unknown-object ' as never);
    const typed = deps();
    await explainDiagnostic(typed.deps);
    expect(typed.server.calls).toEqual([{ method: 'kite/explain', params: { code: 'unknown-object' } }]);

    const cancelled = deps();
    expect(await explainDiagnostic(cancelled.deps)).toBeUndefined();
    expect(cancelled.server.calls).toEqual([]);
  });
});

describe('constraint report', () => {
  it('asks kite/report for the active document and shows it as Markdown named after the document', async () => {
    vscode.window.activeTextEditor = editor(STYLE, 'penrose-style');
    const { deps: d, server, shown } = deps({}, { trioOf: () => SETS });
    await showConstraintReport(d);
    expect(server.calls).toEqual([{ method: 'kite/report', params: { textDocument: { uri: STYLE } } }]);
    expect(shown[0].name).toBe('report/sets.md');
    expect(shown[0].markdown).toContain('# Constraint report: sets');
    expect(shown[0].markdown).toContain('## Unsatisfied constraints (1)');
    expect(shown[0].markdown).toContain('| `disjoint` | `A`, `B` | 3 |');
  });
});

describe('the command table', () => {
  it('maps each command to its work', async () => {
    vscode.window.activeTextEditor = editor(STYLE, 'penrose-style');
    const { deps: d, server } = deps();
    const table = commandTable(d);
    await table['kite.openPreview']();
    expect(d.preview.open).toHaveBeenCalled();
    expect(await table['kite.newVariation']()).toBe('brave-otter-3');
    await table['kite.restartServer']();
    expect(d.restartServer).toHaveBeenCalled();
    await table['kite.explainDiagnostic']('E0201');
    expect(server.calls.at(-1)).toEqual({ method: 'kite/explain', params: { code: 'E0201' } });
  });

  it('registers every command; a failure is shown, not thrown', async () => {
    const { deps: d } = deps({
      'kite/report': () => {
        throw new Error('server gone');
      },
    });
    registerCommands(d);
    const registered = new Map(
      vscode.commands.registerCommand.mock.calls.map(([id, run]) => [id, run] as [string, (...a: unknown[]) => unknown]),
    );
    expect([...registered.keys()].sort()).toEqual(Object.keys(commandTable(d)).sort());
    vscode.window.activeTextEditor = editor(STYLE, 'penrose-style');
    await expect(registered.get('kite.showConstraintReport')?.()).resolves.toBeUndefined();
    expect(vscode.window.showErrorMessage).toHaveBeenCalledWith('kite: server gone');
  });
});
