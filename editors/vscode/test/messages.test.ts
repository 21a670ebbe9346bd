// The preview session: which trio it follows, what reaches the page, and which request each page message becomes.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce, parsePageMessage, PreviewSession, type SessionPort } from '../src/messages';
import type { HostMessage, Location } from '../src/protocol';
import { fakeServer, SETS, trioOfUri, update, VENN } from './fixtures';

const SETS_STYLE = 'file:///work/sets/sets.style';
const SETS_SUBSTANCE = 'file:///work/sets/sets.substance';
const VENN_STYLE = 'file:///work/venn/venn.style';

function setup(answers: Parameters<typeof fakeServer>[0] = {}) {
  const server = fakeServer({
    'kite/preview/open': ({ textDocument }) => ({ trio: trioOfUri(textDocument.uri) }),
    'kite/preview/newVariation': () => ({ variation: 'brave-otter-3' }),
    'kite/preview/shapesAt': ({ textDocument }) => ({ trio: trioOfUri(textDocument.uri), shapes: [2, 5] }),
    'kite/preview/pin': () => ({ applied: true }),
    ...answers,
  });
  const posted: HostMessage[] = [];
  const statuses: unknown[] = [];
  const opened: Location[] = [];
  const port: SessionPort = {
    request: server.request,
    post: (message) => posted.push(message),
    openLocation: async (location) => {
      opened.push(location);
    },
    onStatus: (u) => statuses.push(u?.revision),
  };
  return { session: new PreviewSession(port), server, posted, statuses, opened };
}

describe('following a trio', () => {
  it('opens the trio of the document and relays its updates only', async () => {
    const { session, server, posted } = setup();
    await session.follow(SETS_STYLE);
    expect(server.calls).toEqual([{ method: 'kite/preview/open', params: { textDocument: { uri: SETS_STYLE } } }]);
    expect(session.trio).toBe(SETS);

    session.onUpdate(update(SETS, { revision: 1 }));
    session.onUpdate(update(VENN, { revision: 1 }));
    expect(posted).toEqual([{ type: 'update', update: update(SETS, { revision: 1 }) }]);
    expect(session.update?.trio).toBe(SETS);
  });

  it('does not ask again for a document known to be in the followed trio', async () => {
    const { session, server } = setup();
    await session.follow(SETS_STYLE);
    await session.follow(SETS_STYLE);
    expect(server.methods()).toEqual(['kite/preview/open']);
  });

  it('switches to the trio of another document: opens the new trio, then closes the old', async () => {
    const { session, server, posted } = setup();
    await session.follow(SETS_STYLE);
    await session.follow(VENN_STYLE);
    expect(server.calls).toEqual([
      { method: 'kite/preview/open', params: { textDocument: { uri: SETS_STYLE } } },
      { method: 'kite/preview/open', params: { textDocument: { uri: VENN_STYLE } } },
      { method: 'kite/preview/close', params: { trio: SETS } },
    ]);
    expect(session.trio).toBe(VENN);
    session.onUpdate(update(SETS, { revision: 9 }));
    expect(posted).toEqual([]);
    session.onUpdate(update(VENN));
    expect(posted).toEqual([{ type: 'update', update: update(VENN) }]);
  });

  it('another document of the same trio closes nothing', async () => {
    const { session, server } = setup();
    await session.follow(SETS_STYLE);
    await session.follow(SETS_SUBSTANCE);
    expect(server.methods()).toEqual(['kite/preview/open', 'kite/preview/open']);
    expect(session.trio).toBe(SETS);
  });

  it('keeps an update that arrives before the open answers, and shows it once following', async () => {
    let answer: (value: { trio: string }) => void = () => undefined;
    const { session, posted, statuses } = setup({
      'kite/preview/open': () => new Promise((resolve) => (answer = resolve)),
    });
    const following = session.follow(SETS_STYLE);
    await Promise.resolve();
    session.onUpdate(update(SETS, { revision: 1 }));
    session.onUpdate(update(SETS, { revision: 2 }));
    expect(posted).toEqual([]);
    answer({ trio: SETS });
    await following;
    expect(posted).toEqual([{ type: 'update', update: update(SETS, { revision: 2 }) }]);
    expect(statuses).toEqual([2]);
  });

  it('drops an update older than the one shown', async () => {
    const { session, posted } = setup();
    await session.follow(SETS_STYLE);
    session.onUpdate(update(SETS, { revision: 3 }));
    session.onUpdate(update(SETS, { revision: 2 }));
    expect(posted.map((m) => m.type === 'update' && m.update.revision)).toEqual([3]);
  });

  it('tells the status of the followed trio: none at first, then each update', async () => {
    const { session, statuses } = setup();
    await session.follow(SETS_STYLE);
    session.onUpdate(update(SETS, { revision: 4 }));
    session.onUpdate(update(VENN, { revision: 5 }));
    expect(statuses).toEqual([undefined, 4]);
  });

  it('closes the followed trio on dispose, once, and relays nothing after', async () => {
    const { session, server, posted } = setup();
    await session.follow(SETS_STYLE);
    await session.dispose();
    await session.dispose();
    expect(server.methods()).toEqual(['kite/preview/open', 'kite/preview/close']);
    session.onUpdate(update(SETS));
    session.onHighlight({ trio: SETS, shapes: [1] });
    expect(posted).toEqual([]);
  });

  it('opens the followed document again after a server restart', async () => {
    const { session, server } = setup();
    await session.follow(SETS_STYLE);
    await session.reopen();
    expect(server.methods()).toEqual(['kite/preview/open', 'kite/preview/open']);
    expect(session.trio).toBe(SETS);
  });

  it('a failed open leaves the followed trio as it was', async () => {
    const { session } = setup({
      'kite/preview/open': ({ textDocument }) => {
        if (textDocument.uri === VENN_STYLE) {
          throw new Error('no trio');
        }
        return { trio: SETS };
      },
    });
    await session.follow(SETS_STYLE);
    await expect(session.follow(VENN_STYLE)).rejects.toThrow('no trio');
    expect(session.trio).toBe(SETS);
    await session.follow(SETS_SUBSTANCE);
    expect(session.trio).toBe(SETS);
  });
});

describe('highlights', () => {
  it('relays kite/preview/highlight of the followed trio only', async () => {
    const { session, posted } = setup();
    await session.follow(SETS_STYLE);
    session.onHighlight({ trio: VENN, shapes: [1] });
    session.onHighlight({ trio: SETS, shapes: [0, 3] });
    expect(posted).toEqual([{ type: 'highlight', shapes: [0, 3] }]);
  });

  it('asks kite/preview/shapesAt for the cursor and highlights the answer', async () => {
    const { session, server, posted } = setup();
    await session.follow(SETS_STYLE);
    await session.cursorMoved(SETS_SUBSTANCE, { line: 4, character: 7 });
    expect(server.calls.at(-1)).toEqual({
      method: 'kite/preview/shapesAt',
      params: { textDocument: { uri: SETS_SUBSTANCE }, position: { line: 4, character: 7 } },
    });
    expect(posted).toEqual([{ type: 'highlight', shapes: [2, 5] }]);
  });

  it('ignores the cursor in another trio, and before any trio is followed', async () => {
    const { session, server, posted } = setup();
    await session.cursorMoved(SETS_STYLE, { line: 0, character: 0 });
    expect(server.calls).toEqual([]);
    await session.follow(SETS_STYLE);
    await session.cursorMoved(VENN_STYLE, { line: 0, character: 0 });
    expect(posted).toEqual([]);
  });
});

describe('page messages', () => {
  const location: Location = {
    uri: SETS_SUBSTANCE,
    range: { start: { line: 2, character: 4 }, end: { line: 2, character: 11 } },
  };

  it('reveal becomes kite/preview/reveal for the followed trio', async () => {
    const { session, server } = setup();
    await session.follow(SETS_STYLE);
    await session.onPageMessage({ type: 'reveal', shape: 3, target: 'style' });
    await session.onPageMessage({ type: 'reveal', shape: 0, target: 'substance' });
    expect(server.calls.slice(1)).toEqual([
      { method: 'kite/preview/reveal', params: { trio: SETS, shape: 3, target: 'style' } },
      { method: 'kite/preview/reveal', params: { trio: SETS, shape: 0, target: 'substance' } },
    ]);
  });

  it('open shows the location, without a request', async () => {
    const { session, server, opened } = setup();
    await session.follow(SETS_STYLE);
    await session.onPageMessage({ type: 'open', location });
    expect(opened).toEqual([location]);
    expect(server.methods()).toEqual(['kite/preview/open']);
  });

  it('newVariation and pin become their requests', async () => {
    const { session, server } = setup();
    await session.follow(SETS_STYLE);
    await session.onPageMessage({ type: 'newVariation' });
    await session.onPageMessage({ type: 'pin', pinned: true });
    await session.onPageMessage({ type: 'pin', pinned: false });
    expect(server.calls.slice(1)).toEqual([
      { method: 'kite/preview/newVariation', params: { trio: SETS } },
      { method: 'kite/preview/pin', params: { trio: SETS, pinned: true } },
      { method: 'kite/preview/pin', params: { trio: SETS, pinned: false } },
    ]);
  });

  it('an applied pin leaves the page alone: the update that follows the saved manifest shows it', async () => {
    const { session, posted } = setup();
    await session.follow(SETS_STYLE);
    session.onUpdate(update(SETS, { revision: 4 }));
    await session.onPageMessage({ type: 'pin', pinned: true });
    expect(posted).toEqual([{ type: 'update', update: update(SETS, { revision: 4 }) }]);
  });

  it('a pin the editor did not apply rejects, and the page gets the latest update back', async () => {
    const { session, posted } = setup({ 'kite/preview/pin': () => ({ applied: false }) });
    await session.follow(SETS_STYLE);
    session.onUpdate(update(SETS, { revision: 4 }));
    await expect(session.onPageMessage({ type: 'pin', pinned: true })).rejects.toThrow(/did not apply/);
    expect(posted).toEqual([
      { type: 'update', update: update(SETS, { revision: 4 }) },
      { type: 'update', update: update(SETS, { revision: 4 }) },
    ]);
  });

  it('a refused pin (a trio without a manifest) rejects with the server’s reason, and the page gets the latest update back', async () => {
    const { session, posted } = setup({
      'kite/preview/pin': () => {
        throw new Error('this trio has no .trio.json to keep its variation in; add one to pin it');
      },
    });
    await session.follow(VENN_STYLE);
    session.onUpdate(update(VENN, { revision: 2 }));
    await expect(session.onPageMessage({ type: 'pin', pinned: true })).rejects.toThrow(/no \.trio\.json/);
    expect(posted).toEqual([
      { type: 'update', update: update(VENN, { revision: 2 }) },
      { type: 'update', update: update(VENN, { revision: 2 }) },
    ]);
  });

  it('ignores malformed messages and trio messages without a trio', async () => {
    const { session, server, opened } = setup();
    await session.onPageMessage({ type: 'reveal', shape: 1, target: 'style' });
    await session.onPageMessage({ type: 'newVariation' });
    await session.follow(SETS_STYLE);
    for (const bad of [
      null,
      'reveal',
      { type: 'reveal', shape: -1, target: 'style' },
      { type: 'reveal', shape: 1.5, target: 'style' },
      { type: 'reveal', shape: 1, target: 'domain' },
      { type: 'open', location: { uri: 5 } },
      { type: 'pin' },
      { type: 'explode' },
    ]) {
      await session.onPageMessage(bad);
    }
    expect(server.methods()).toEqual(['kite/preview/open']);
    expect(opened).toEqual([]);
  });

  it('parsePageMessage keeps only the fields of the protocol', () => {
    expect(parsePageMessage({ type: 'pin', pinned: true, extra: 1 })).toEqual({ type: 'pin', pinned: true });
    expect(parsePageMessage({ type: 'open', location })).toEqual({ type: 'open', location });
  });

  it('newVariation resolves with the variation name', async () => {
    const { session } = setup();
    expect(await session.newVariation()).toBeUndefined();
    await session.follow(SETS_STYLE);
    expect(await session.newVariation()).toBe('brave-otter-3');
  });
});

describe('debounce', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls once, with the last arguments, after the quiet time', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 100);
    debounced(1);
    vi.advanceTimersByTime(60);
    debounced(2);
    vi.advanceTimersByTime(60);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(40);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith(2);
  });

  it('cancel drops the pending call', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 100);
    debounced();
    debounced.cancel();
    vi.advanceTimersByTime(200);
    expect(fn).not.toHaveBeenCalled();
  });
});
