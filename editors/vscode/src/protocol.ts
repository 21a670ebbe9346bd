// kite's LSP extensions and the preview page's messages, as lsp/PROTOCOL.md defines them: method names and TypeScript types, declared once.

/** A position in the encoding negotiated at `initialize` (UTF-16 for VS Code). */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** An LSP `Location`. */
export interface Location {
  uri: string;
  range: Range;
}

export interface TextDocumentIdentifier {
  uri: string;
}

/**
 * A trio's key, as `kite/preview/open` answers it. Opaque: the extension
 * only compares keys and sends them back, never reads a name or a path
 * out of one.
 */
export type TrioKey = string;

/** How the layout of an update ended; `errors` while the trio is stale. */
export type LayoutStatus = 'converged' | 'max-steps' | 'timeout' | 'nan' | 'errors';

export type RevealTarget = 'style' | 'substance';

export type RenderFormat = 'svg' | 'png' | 'pdf';

/** One of a stale trio's errors. */
export interface PreviewError {
  code: string;
  message: string;
  location: Location;
}

/** A constraint that does not hold, in a `PreviewUpdate`. */
export interface UnsatisfiedConstraint {
  function: string;
  residual: number | null;
  location: Location;
  objects: string[];
  shapes: number[];
}

/** One entry of the source map, indexed by the SVG's `data-kite-shape`. */
export interface ShapeSource {
  path: string;
  kind: string;
  statement: Location;
  objects: { name: string; location: Location }[];
}

/** What the server sends a preview when it opens and after each edit that changes the picture. */
export interface PreviewUpdate {
  trio: TrioKey;
  revision: number;
  svg: string | null;
  stale: boolean;
  errors: PreviewError[];
  status: LayoutStatus;
  variation: string;
  pinned: boolean;
  steps: number;
  warm: boolean;
  layoutMs: number;
  unsatisfied: UnsatisfiedConstraint[];
  shapes: ShapeSource[];
}

export interface HighlightParams {
  trio: TrioKey;
  shapes: number[];
}

/** Where a report term is stated, as `kite render --report` locates it (lines and columns from 1). */
export interface ReportLocation {
  file: string;
  range?: { start: number; end: number };
  start: { line: number; column: number };
  end: { line: number; column: number };
}

export interface ReportConstraint {
  name: string;
  location: ReportLocation;
  objects: string[];
  residual: number | null;
  satisfied: boolean;
}

export interface ReportObjective {
  name: string;
  location: ReportLocation;
  objects: string[];
  value: number | null;
}

/** The constraint report, as `kite render --report` writes it (the result of `kite/report`). */
export interface LayoutReport {
  status: Exclude<LayoutStatus, 'errors'>;
  steps: number;
  energy: number | null;
  variation: string;
  max_residual: number | null;
  constraints: ReportConstraint[];
  objectives: ReportObjective[];
  nan_term: { name: string; location: ReportLocation } | null;
  timings_ms?: Record<string, number>;
}

/**
 * The requests a client sends, by method: their params and results. The
 * method names are declared here only; code names them as string literals,
 * which the compiler checks against these keys.
 */
export interface KiteRequests {
  'kite/preview/open': { params: { textDocument: TextDocumentIdentifier }; result: { trio: TrioKey } };
  'kite/preview/close': { params: { trio: TrioKey }; result: null };
  'kite/preview/newVariation': { params: { trio: TrioKey }; result: { variation: string } };
  /** Writes (or removes) the variation in the trio's `.trio.json` by a `workspace/applyEdit`; `applied` is the editor's answer. */
  'kite/preview/pin': { params: { trio: TrioKey; pinned: boolean }; result: { applied: boolean } };
  'kite/preview/reveal': {
    params: { trio: TrioKey; shape: number; target: RevealTarget };
    result: { location: Location };
  };
  'kite/preview/shapesAt': {
    params: { textDocument: TextDocumentIdentifier; position: Position };
    result: { trio: TrioKey; shapes: number[] };
  };
  'kite/preview/startServer': { params: { trio: TrioKey }; result: { url: string } };
  'kite/preview/page': { params: Record<string, never>; result: { html: string } };
  'kite/render': {
    params: { textDocument: TextDocumentIdentifier; format: RenderFormat; variation?: string };
    result: { data: string; mimeType: string };
  };
  'kite/report': { params: { textDocument: TextDocumentIdentifier }; result: LayoutReport };
  'kite/explain': { params: { code: string }; result: { markdown: string } };
}

/** The notifications the server sends, by method: their params. */
export interface KiteNotifications {
  'kite/preview/update': PreviewUpdate;
  'kite/preview/highlight': HighlightParams;
}

export type RequestMethod = keyof KiteRequests;
export type NotificationMethod = keyof KiteNotifications;

/** Sends one kite request and resolves with its result. */
export type Requester = <M extends RequestMethod>(
  method: M,
  params: KiteRequests[M]['params'],
) => Promise<KiteRequests[M]['result']>;

/** Host → page messages (`webview.postMessage`). */
export type HostMessage =
  | { type: 'update'; update: PreviewUpdate }
  | { type: 'highlight'; shapes: number[] };

/** Page → host messages (`acquireVsCodeApi().postMessage`). */
export type PageMessage =
  | { type: 'reveal'; shape: number; target: RevealTarget }
  | { type: 'open'; location: Location }
  | { type: 'newVariation' }
  | { type: 'pin'; pinned: boolean };
