// The preview's message logic, free of vscode: which trio the preview follows, what it relays to the page, and which request each page message becomes.

import type {
  HighlightParams,
  HostMessage,
  Location,
  PageMessage,
  Position,
  PreviewUpdate,
  Range,
  Requester,
  TrioKey,
} from './protocol';

/** What a preview session needs from its host (the webview panel and the language client). */
export interface SessionPort {
  /** Sends a kite request to the language server. */
  request: Requester;
  /** Posts a message to the preview page. */
  post(message: HostMessage): void;
  /** Shows a document at a location in an editor (the page's `open` message). */
  openLocation(location: Location): Promise<void>;
  /** Told whenever the followed trio's latest update changes (`undefined`: none yet, or no trio). */
  onStatus?(update: PreviewUpdate | undefined): void;
  /** Told when the followed trio changes: the document that led to it (`undefined`: none is followed). */
  onTrio?(documentUri: string | undefined): void;
  /** Reports an error of a request the session made on its own (a close, an open after a restart). */
  onError?(error: unknown): void;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isPosition(value: unknown): value is Position {
  return isObject(value) && Number.isInteger(value.line) && Number.isInteger(value.character);
}

function isRange(value: unknown): value is Range {
  return isObject(value) && isPosition(value.start) && isPosition(value.end);
}

function isLocation(value: unknown): value is Location {
  return isObject(value) && typeof value.uri === 'string' && isRange(value.range);
}

/**
 * The page's message, checked: the page is another program, so anything that
 * is not one of the four messages of PROTOCOL.md is `undefined` and ignored.
 */
export function parsePageMessage(raw: unknown): PageMessage | undefined {
  if (!isObject(raw)) {
    return undefined;
  }
  switch (raw.type) {
    case 'reveal':
      if (
        Number.isInteger(raw.shape) &&
        (raw.shape as number) >= 0 &&
        (raw.target === 'style' || raw.target === 'substance')
      ) {
        return { type: 'reveal', shape: raw.shape as number, target: raw.target };
      }
      return undefined;
    case 'open':
      return isLocation(raw.location) ? { type: 'open', location: raw.location } : undefined;
    case 'newVariation':
      return { type: 'newVariation' };
    case 'pin':
      return typeof raw.pinned === 'boolean' ? { type: 'pin', pinned: raw.pinned } : undefined;
    default:
      return undefined;
  }
}

/**
 * One preview's state: the trio it follows and that trio's latest update.
 *
 * The followed trio changes only through `follow`, which asks the server to
 * open the document's trio and, when that is another trio, closes the old
 * one. Updates and highlights of other trios are not relayed; an update that
 * arrives while an open is in flight is held until the open answers, so the
 * first picture of a new trio is never lost to the race.
 */
export class PreviewSession {
  private followed: TrioKey | undefined;
  private followedUri: string | undefined;
  private latest: PreviewUpdate | undefined;
  private readonly trios = new Map<string, TrioKey>();
  private held = new Map<TrioKey, PreviewUpdate>();
  private opening = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly port: SessionPort) {}

  /** The trio the preview follows, if any. */
  get trio(): TrioKey | undefined {
    return this.followed;
  }

  /** A document of the followed trio (the one that was followed last). */
  get documentUri(): string | undefined {
    return this.followedUri;
  }

  /** The followed trio's latest update. */
  get update(): PreviewUpdate | undefined {
    return this.latest;
  }

  /** The trio a document was last seen to belong to, if the server said. */
  trioOf(uri: string): TrioKey | undefined {
    return this.trios.get(uri);
  }

  /**
   * Follows the trio of the document `uri`: sends `kite/preview/open` unless
   * the document is already known to belong to the followed trio, and when the
   * answer names another trio, follows it and sends `kite/preview/close` for
   * the old one. Calls run one after another, in the order they were made.
   */
  follow(uri: string): Promise<void> {
    return this.enqueue(() => this.followNow(uri));
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async followNow(uri: string): Promise<void> {
    if (this.closed) {
      return;
    }
    if (this.followed !== undefined && this.trios.get(uri) === this.followed) {
      return;
    }
    this.opening += 1;
    let trio: TrioKey;
    try {
      ({ trio } = await this.port.request('kite/preview/open', { textDocument: { uri } }));
    } finally {
      this.opening -= 1;
    }
    const held = this.held.get(trio);
    if (this.opening === 0) {
      this.held = new Map();
    }
    this.trios.set(uri, trio);
    if (this.closed) {
      await this.closeTrio(trio);
      return;
    }
    this.followedUri = uri;
    if (trio === this.followed) {
      if (held !== undefined) {
        this.accept(held);
      }
      return;
    }
    const old = this.followed;
    this.followed = trio;
    this.latest = undefined;
    this.port.onTrio?.(uri);
    if (held !== undefined) {
      this.accept(held);
    } else {
      this.port.onStatus?.(undefined);
    }
    if (old !== undefined) {
      await this.closeTrio(old);
    }
  }

  private async closeTrio(trio: TrioKey): Promise<void> {
    try {
      await this.port.request('kite/preview/close', { trio });
    } catch (error) {
      this.port.onError?.(error);
    }
  }

  /**
   * Forgets what the server knew (it restarted) and opens the followed
   * document again, which brings a first update of the new server.
   */
  reopen(): Promise<void> {
    const uri = this.followedUri;
    this.followed = undefined;
    this.latest = undefined;
    this.trios.clear();
    this.held = new Map();
    this.port.onStatus?.(undefined);
    if (uri === undefined || this.closed) {
      return Promise.resolve();
    }
    return this.follow(uri).catch((error: unknown) => this.port.onError?.(error));
  }

  /** Stops following: sends `kite/preview/close` for the followed trio. Later calls do nothing. */
  dispose(): Promise<void> {
    return this.enqueue(async () => {
      if (this.closed) {
        return;
      }
      this.closed = true;
      const trio = this.followed;
      this.followed = undefined;
      this.latest = undefined;
      this.port.onTrio?.(undefined);
      this.port.onStatus?.(undefined);
      if (trio !== undefined) {
        await this.closeTrio(trio);
      }
    });
  }

  /** A `kite/preview/update` notification: relayed to the page only for the followed trio. */
  onUpdate(update: PreviewUpdate): void {
    if (this.closed) {
      return;
    }
    if (update.trio === this.followed) {
      this.accept(update);
    } else if (this.opening > 0) {
      const earlier = this.held.get(update.trio);
      if (earlier === undefined || earlier.revision <= update.revision) {
        this.held.set(update.trio, update);
      }
    }
  }

  private accept(update: PreviewUpdate): void {
    if (this.latest !== undefined && update.revision < this.latest.revision) {
      return;
    }
    this.latest = update;
    this.port.post({ type: 'update', update });
    this.port.onStatus?.(update);
  }

  /** A `kite/preview/highlight` notification: relayed to the page only for the followed trio. */
  onHighlight(params: HighlightParams): void {
    if (!this.closed && params.trio === this.followed) {
      this.port.post({ type: 'highlight', shapes: params.shapes });
    }
  }

  /**
   * The cursor moved in a kite document: asks `kite/preview/shapesAt` and
   * highlights the shapes it names when they belong to the followed trio.
   */
  async cursorMoved(uri: string, position: Position): Promise<void> {
    if (this.closed || this.followed === undefined) {
      return;
    }
    const result = await this.port.request('kite/preview/shapesAt', {
      textDocument: { uri },
      position,
    });
    this.trios.set(uri, result.trio);
    if (!this.closed && result.trio === this.followed) {
      this.port.post({ type: 'highlight', shapes: result.shapes });
    }
  }

  /** Asks for a new variation of the followed trio; resolves with its name, or `undefined` without a trio. */
  async newVariation(): Promise<string | undefined> {
    const trio = this.followed;
    if (trio === undefined) {
      return undefined;
    }
    const { variation } = await this.port.request('kite/preview/newVariation', { trio });
    return variation;
  }

  /**
   * A message from the page: `reveal`, `newVariation` and `pin` become the
   * requests of the same names for the followed trio; `open` shows the
   * location. Malformed messages, and trio messages without a trio, are
   * ignored. A pin the editor did not apply rejects.
   */
  async onPageMessage(raw: unknown): Promise<void> {
    const message = parsePageMessage(raw);
    if (message === undefined || this.closed) {
      return;
    }
    if (message.type === 'open') {
      await this.port.openLocation(message.location);
      return;
    }
    const trio = this.followed;
    if (trio === undefined) {
      return;
    }
    switch (message.type) {
      case 'reveal':
        await this.port.request('kite/preview/reveal', {
          trio,
          shape: message.shape,
          target: message.target,
        });
        return;
      case 'newVariation':
        await this.port.request('kite/preview/newVariation', { trio });
        return;
      case 'pin':
        await this.pin(trio, message.pinned);
        return;
    }
  }

  /**
   * `kite/preview/pin`: the server asks the editor to write the variation
   * into the trio's `.trio.json`. The page turned its pin button before
   * asking; when the manifest does not change (the request fails, or the
   * editor does not apply the edit), the page is sent the latest update
   * again, which shows the pin as it is.
   */
  private async pin(trio: TrioKey, pinned: boolean): Promise<void> {
    let applied = false;
    try {
      ({ applied } = await this.port.request('kite/preview/pin', { trio, pinned }));
    } finally {
      if (!applied && trio === this.followed && this.latest !== undefined) {
        this.port.post({ type: 'update', update: this.latest });
      }
    }
    if (!applied) {
      throw new Error("the editor did not apply the edit to the trio's .trio.json");
    }
  }
}

/**
 * `fn` delayed until `ms` have passed without another call; the last call's
 * arguments win. `cancel` drops a pending call.
 */
export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  ms: number,
): ((...args: A) => void) & { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (...args: A): void => {
    if (timer !== undefined) {
      clearTimeout(timer);
    }
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, ms);
  };
  debounced.cancel = (): void => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
  return debounced;
}
