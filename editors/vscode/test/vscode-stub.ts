// A small stand-in for the `vscode` module, enough for the unit tests: real value classes (Uri, Position, Range…) and vi.fn() for the API calls.

import { vi } from 'vitest';

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query: string,
    readonly fragment: string,
  ) {}

  static parse(value: string): Uri {
    const match = /^([a-zA-Z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(value);
    if (match === null) {
      throw new Error(`not a URI: ${value}`);
    }
    return new Uri(match[1], match[2] ?? '', decodeURIComponent(match[3]), match[4] ?? '', match[5] ?? '');
  }

  static file(path: string): Uri {
    return new Uri('file', '', path, '', '');
  }

  static from(parts: { scheme: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
    return new Uri(parts.scheme, parts.authority ?? '', parts.path ?? '', parts.query ?? '', parts.fragment ?? '');
  }

  static joinPath(base: Uri, ...segments: string[]): Uri {
    const path = [base.path.replace(/\/+$/, ''), ...segments].join('/');
    return new Uri(base.scheme, base.authority, path, base.query, base.fragment);
  }

  get fsPath(): string {
    return this.path;
  }

  with(change: { scheme?: string; path?: string }): Uri {
    return new Uri(change.scheme ?? this.scheme, this.authority, change.path ?? this.path, this.query, this.fragment);
  }

  toString(): string {
    const authority = this.authority !== '' || this.scheme === 'file' ? `//${this.authority}` : '';
    const path = encodeURI(this.path).replace(/#/g, '%23').replace(/\?/g, '%3F');
    return `${this.scheme}:${authority}${path}${this.query ? `?${this.query}` : ''}${
      this.fragment ? `#${this.fragment}` : ''
    }`;
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}

  isBefore(other: Position): boolean {
    return this.line < other.line || (this.line === other.line && this.character < other.character);
  }

  isAfter(other: Position): boolean {
    return other.isBefore(this);
  }
}

export class Range {
  readonly start: Position;
  readonly end: Position;

  constructor(startLine: number | Position, startCharacter: number | Position, endLine?: number, endCharacter?: number) {
    if (startLine instanceof Position && startCharacter instanceof Position) {
      this.start = startLine;
      this.end = startCharacter;
    } else {
      this.start = new Position(startLine as number, startCharacter as number);
      this.end = new Position(endLine ?? 0, endCharacter ?? 0);
    }
  }

  contains(position: Position | Range): boolean {
    if (position instanceof Range) {
      return this.contains(position.start) && this.contains(position.end);
    }
    return !position.isBefore(this.start) && !position.isAfter(this.end);
  }
}

export class Selection extends Range {
  get active(): Position {
    return this.end;
  }
}

export class Location {
  constructor(
    readonly uri: Uri,
    readonly range: Range,
  ) {}
}

export enum DiagnosticSeverity {
  Error = 0,
  Warning = 1,
  Information = 2,
  Hint = 3,
}

export class Diagnostic {
  source?: string;
  code?: string | number | { value: string | number; target: Uri };

  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity: DiagnosticSeverity = DiagnosticSeverity.Error,
  ) {}
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}

export enum ViewColumn {
  Active = -1,
  Beside = -2,
  One = 1,
  Two = 2,
  Three = 3,
}

export class Disposable {
  constructor(private readonly callback: () => void) {}

  static from(...disposables: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => disposables.forEach((d) => d.dispose()));
  }

  dispose(): void {
    this.callback();
  }
}

export class EventEmitter<T> {
  private listeners = new Set<(value: T) => void>();

  readonly event = (listener: (value: T) => void): Disposable => {
    this.listeners.add(listener);
    return new Disposable(() => this.listeners.delete(listener));
  };

  fire(value: T): void {
    for (const listener of [...this.listeners]) {
      listener(value);
    }
  }

  dispose(): void {
    this.listeners.clear();
  }
}

function event() {
  return vi.fn(() => new Disposable(() => undefined));
}

export function makeStatusBarItem() {
  return {
    text: '',
    tooltip: undefined as unknown,
    command: undefined as unknown,
    name: undefined as unknown,
    backgroundColor: undefined as unknown,
    visible: false,
    show: vi.fn(function (this: { visible: boolean }) {
      this.visible = true;
    }),
    hide: vi.fn(function (this: { visible: boolean }) {
      this.visible = false;
    }),
    dispose: vi.fn(),
  };
}

export const window = {
  activeTextEditor: undefined as unknown,
  visibleTextEditors: [] as unknown[],
  createStatusBarItem: vi.fn(() => makeStatusBarItem()),
  createOutputChannel: vi.fn((_name: string) => ({ appendLine: vi.fn(), show: vi.fn(), dispose: vi.fn() })),
  createWebviewPanel: vi.fn(),
  showSaveDialog: vi.fn(),
  showInformationMessage: vi.fn(async () => undefined),
  showErrorMessage: vi.fn(async () => undefined),
  showQuickPick: vi.fn(async () => undefined),
  showInputBox: vi.fn(async () => undefined),
  showTextDocument: vi.fn(async () => undefined),
  setStatusBarMessage: vi.fn(() => new Disposable(() => undefined)),
  onDidChangeActiveTextEditor: event(),
  onDidChangeTextEditorSelection: event(),
};

export const workspace = {
  workspaceFolders: undefined as { uri: Uri }[] | undefined,
  fs: { writeFile: vi.fn(async () => undefined) },
  getConfiguration: vi.fn(() => ({ get: (_key: string, fallback?: unknown) => fallback })),
  registerTextDocumentContentProvider: vi.fn((_scheme: string, _provider: unknown) => new Disposable(() => undefined)),
  openTextDocument: vi.fn(),
  onDidOpenTextDocument: event(),
  onDidChangeConfiguration: vi.fn((_listener: (event: unknown) => void) => new Disposable(() => undefined)),
};

export const languages = {
  getDiagnostics: vi.fn((_uri?: Uri): Diagnostic[] => []),
  setTextDocumentLanguage: vi.fn(),
};

export const commands = {
  executeCommand: vi.fn(async () => undefined),
  registerCommand: vi.fn((_id: string, _run: (...args: unknown[]) => unknown) => new Disposable(() => undefined)),
};
