// package.json against the code: every command is implemented, every file it names exists, the language configurations are sound.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandTable } from '../src/commands';
import { LANGUAGES } from '../src/kiteFiles';

const root = resolve(__dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

describe('package.json', () => {
  it('declares exactly the commands the extension registers, all in category kite', () => {
    const declared = contributes.commands.map((c: { command: string }) => c.command).sort();
    expect(declared).toEqual(Object.keys(commandTable({} as never)).sort());
    for (const command of contributes.commands) {
      expect(command.category).toBe('kite');
      expect(command.title).toBeTruthy();
    }
  });

  it('menus name declared commands only', () => {
    const declared = new Set(contributes.commands.map((c: { command: string }) => c.command));
    for (const items of Object.values(contributes.menus) as { command: string }[][]) {
      for (const item of items) {
        expect(declared.has(item.command)).toBe(true);
      }
    }
  });

  it('declares the three languages with their extensions, aliases and configurations', () => {
    const ids = contributes.languages.map((l: { id: string }) => l.id);
    expect(ids).toEqual([...LANGUAGES]);
    for (const language of contributes.languages) {
      const kind = language.id.replace('penrose-', '');
      expect(language.extensions).toEqual([`.${kind}`]);
      expect(language.aliases[0]).toBe(`Penrose ${kind[0].toUpperCase()}${kind.slice(1)}`);
      expect(existsSync(join(root, language.configuration))).toBe(true);
    }
  });

  it('declares a grammar per language under syntaxes/, with the scopes grammar/ uses', () => {
    expect(contributes.grammars).toEqual(
      ['domain', 'substance', 'style'].map((kind) => ({
        language: `penrose-${kind}`,
        scopeName: `source.penrose-${kind}`,
        path: `./syntaxes/${kind}.tmLanguage.json`,
      })),
    );
  });

  it('names snippet files that exist', () => {
    for (const snippets of contributes.snippets) {
      expect(existsSync(join(root, snippets.path))).toBe(true);
    }
  });

  it('has the settings with their defaults', () => {
    const settings = contributes.configuration.properties;
    expect(settings['kite.serverPath'].default).toBe('');
    expect(settings['kite.trace.server'].enum).toEqual(['off', 'messages', 'verbose']);
    expect(settings['kite.preview.debounceMs'].default).toBe(50);
  });

  it('targets VS Code 1.85 with matching API types, and bundles to dist/extension.js', () => {
    expect(manifest.engines.vscode).toBe('^1.85.0');
    expect(manifest.devDependencies['@types/vscode']).toBe('1.85.0');
    expect(manifest.main).toBe('./dist/extension.js');
    expect(manifest.dependencies['vscode-languageclient']).toMatch(/^\^9\./);
  });
});

describe('language configurations', () => {
  for (const kind of ['domain', 'substance', 'style']) {
    const config = JSON.parse(readFileSync(join(root, 'language-configuration', `${kind}.json`), 'utf8'));

    it(`${kind}: -- and /* */ comments, the three bracket pairs`, () => {
      expect(config.comments).toEqual({ lineComment: '--', blockComment: ['/*', '*/'] });
      expect(config.brackets).toEqual([
        ['{', '}'],
        ['[', ']'],
        ['(', ')'],
      ]);
    });

    it(`${kind}: the word pattern matches identifiers as the lexer does (Greek included)`, () => {
      const word = new RegExp(`^(?:${config.wordPattern})$`);
      for (const ok of ['x', 'A_1', '_tmp', 'θ', 'Δx', 'αβ_2', '3.5', '1e-3']) {
        expect(word.test(ok), ok).toBe(true);
      }
      for (const bad of ['x.y', 'a-b', '1x']) {
        expect(word.test(bad), bad).toBe(false);
      }
    });

    it(`${kind}: indents after an open brace, outdents at a closing one`, () => {
      const increase = new RegExp(config.indentationRules.increaseIndentPattern);
      const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
      expect(increase.test('forall Set x {')).toBe(true);
      expect(increase.test('  x.icon = Circle {')).toBe(true);
      expect(increase.test('  x.icon = Circle { r: 1 }')).toBe(false);
      expect(decrease.test('  }')).toBe(true);
      expect(decrease.test('  x.r = 1')).toBe(false);
    });
  }

  it('substance auto-closes $ for TeX labels, style backticks for Substance names', () => {
    const pairs = (kind: string) =>
      JSON.parse(readFileSync(join(root, 'language-configuration', `${kind}.json`), 'utf8')).autoClosingPairs.map(
        (p: { open: string }) => p.open,
      );
    expect(pairs('substance')).toContain('$');
    expect(pairs('style')).toContain('`');
    expect(pairs('domain')).not.toContain('$');
  });
});
