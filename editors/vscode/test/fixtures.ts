// Shared test data: preview updates and a recording fake of the language server's requests.

import { vi } from 'vitest';
import type { KiteRequests, PreviewUpdate, RequestMethod, Requester } from '../src/protocol';

// Trio keys in the shapes `kite lsp` gives them today (a manifest's path; `folder:`, the folder and the role), which the extension treats as opaque.
export const SETS = '/work/sets/sets.trio.json';
export const VENN = 'folder:/work/venn:styles';

export function update(trio: string, changes: Partial<PreviewUpdate> = {}): PreviewUpdate {
  return {
    trio,
    revision: 1,
    svg: '<svg></svg>',
    stale: false,
    errors: [],
    status: 'converged',
    variation: 'cosmic-lemur-12',
    pinned: false,
    steps: 412,
    warm: true,
    layoutMs: 3.1,
    unsatisfied: [],
    shapes: [],
    ...changes,
  };
}

export function unsatisfied(count: number): PreviewUpdate['unsatisfied'] {
  return Array.from({ length: count }, (_, i) => ({
    function: 'disjoint',
    residual: 2.5 - i,
    location: { uri: 'file:///work/sets/sets.style', range: { start: { line: i, character: 0 }, end: { line: i, character: 5 } } },
    objects: ['A', 'B'],
    shapes: [0, 3],
  }));
}

type Answers = { [M in RequestMethod]?: (params: KiteRequests[M]['params']) => KiteRequests[M]['result'] | Promise<KiteRequests[M]['result']> };

/** A requester that records every call and answers from `answers` (`null` for a method without an answer). */
export function fakeServer(answers: Answers = {}) {
  const calls: { method: RequestMethod; params: unknown }[] = [];
  const request = vi.fn(async (method: RequestMethod, params: unknown) => {
    calls.push({ method, params });
    const answer = answers[method] as ((params: unknown) => unknown) | undefined;
    return answer === undefined ? null : await answer(params);
  }) as unknown as Requester & ReturnType<typeof vi.fn>;
  return { request, calls, methods: () => calls.map((call) => call.method) };
}

/** The trio of a document URI, as the fake server's `kite/preview/open` answers it. */
export function trioOfUri(uri: string): string {
  return uri.includes('/venn/') ? VENN : SETS;
}
