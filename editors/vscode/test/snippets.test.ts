// The snippets: well-formed, and (when a kite binary is at hand) expanding to programs that `kite check` accepts.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandSnippet } from './snippetExpand';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const root = resolve(__dirname, '..');

function snippets(language: string): Record<string, Snippet> {
  return JSON.parse(readFileSync(join(root, 'snippets', `${language}.json`), 'utf8'));
}

function expanded(language: string): Record<string, string> {
  return Object.fromEntries(Object.entries(snippets(language)).map(([name, s]) => [name, expandSnippet(s.body)]));
}

/** A kite binary to check the expansions with: $KITE_BIN, or the workspace's build. */
function kiteBinary(): string | undefined {
  const candidates = [
    process.env.KITE_BIN,
    join(root, '../../target/debug/kite'),
    join(root, '../../target/release/kite'),
  ];
  return candidates.find((path): path is string => path !== undefined && path !== '' && existsSync(path));
}

describe('snippets', () => {
  for (const language of ['domain', 'substance', 'style']) {
    it(`${language}: every snippet has a prefix, a description and a body that expands`, () => {
      const all = snippets(language);
      expect(Object.keys(all).length).toBeGreaterThan(3);
      for (const [name, snippet] of Object.entries(all)) {
        expect(snippet.prefix, name).toBeTruthy();
        expect(snippet.description, name).toBeTruthy();
        expect(() => expandSnippet(snippet.body), name).not.toThrow();
      }
    });
  }

  it('style has the blocks the brief names', () => {
    const prefixes = Object.values(snippets('style')).flatMap((s) => [s.prefix].flat());
    for (const prefix of ['forall', 'canvas', 'ensure', 'encourage', 'layout', 'where', 'group', 'arrow', 'line', 'collect']) {
      expect(prefixes).toContain(prefix);
    }
  });

  it('expands defaults, first choices, nested placeholders and escapes', () => {
    expect(expandSnippet('f(${1:a}, ${2|x,y|}${3:, ${4:10}}) $1 \\$t\\$$0')).toBe('f(a, x, 10) a $t$');
    expect(expandSnippet(['{', '\t${1:x}', '}'])).toBe('{\n  x\n}');
  });

  const kite = kiteBinary();
  it.skipIf(kite === undefined)('expanded into one trio, `kite check` accepts them all', () => {
    const domain = expanded('domain');
    const substance = expanded('substance');
    const style = expanded('style');
    const top = [
      'canvas block',
      'namespace block',
      'layout stages',
      'forall block with a circle and a label',
      'forall … where block',
      'arrow between two objects',
      'collect … into',
    ];
    const statements = Object.keys(style).filter((name) => !top.includes(name));
    const indent = (text: string) => text.replace(/^(?=.)/gm, '  ');
    const files = {
      'snippets.domain': [
        'type Set',
        'type Pair',
        ...Object.entries(domain)
          .filter(([name]) => name !== 'type')
          .map(([, text]) => text),
      ].join('\n'),
      'snippets.substance': [
        'Set A, B, C',
        'Subset(A, B)',
        'Disjoint(A, C)',
        'Set D := Union(A, C)',
        ...Object.entries(substance)
          .map(([, text]) => text),
      ].join('\n'),
      'snippets.style': [
        ...top.map((name) => style[name]),
        'forall Set x; Set a; Set b',
        'where Subset(a, b) as r {',
        ...statements.map((name) => indent(style[name])),
        '}',
      ].join('\n'),
    };
    const folder = mkdtempSync(join(tmpdir(), 'kite-snippets-'));
    try {
      for (const [name, text] of Object.entries(files)) {
        writeFileSync(join(folder, name), `${text}\n`);
      }
      writeFileSync(
        join(folder, 'snippets.trio.json'),
        JSON.stringify({ domain: './snippets.domain', substance: './snippets.substance', style: ['./snippets.style'] }),
      );
      // JSON diagnostics: errors fail the test; warnings (a field assigned by
      // two snippets of this made-up trio) do not.
      let output: string;
      try {
        output = execFileSync(kite as string, ['check', '--format', 'json', join(folder, 'snippets.trio.json')], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      } catch (error) {
        output = (error as { stdout?: string }).stdout ?? '';
      }
      const diagnostics = JSON.parse(output) as { severity: string; code: string; message: string }[];
      const errors = diagnostics.filter((d) => d.severity === 'error');
      expect(errors, `${JSON.stringify(errors, null, 2)}\n--- style ---\n${files['snippets.style']}`).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
