#!/usr/bin/env node
// Tokenises every .domain, .substance and .style file of the conformance
// corpus and of the repository's examples/ with the three grammars, and
// fails on any token the grammars mark `invalid` (input the lexer would
// reject, or a gap in the grammars) or leave without a scope of its own.
//
// The corpus is $KITE_CORPUS, by default ../shared/corpus beside the
// repository (the shared/ folder every developer and CI has). Without it
// the corpus is skipped and only examples/ is checked.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const grammarDir = path.resolve(here, '..');
const repo = path.resolve(grammarDir, '..');

const LANGUAGES = ['domain', 'substance', 'style'];

const registry = new textmate.Registry({
  onigLib: (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    };
  })(),
  loadGrammar: async (scopeName) => {
    const language = LANGUAGES.find((name) => scopeName === `source.penrose-${name}`);
    if (!language) return null;
    const file = path.join(grammarDir, `${language}.tmLanguage.json`);
    return textmate.parseRawGrammar(readFileSync(file, 'utf8'), file);
  },
});

const grammars = {};
for (const language of LANGUAGES) {
  grammars[language] = await registry.loadGrammar(`source.penrose-${language}`);
}

/** Every Penrose source file under `dir`, sorted. */
function sources(dir) {
  const found = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(full);
      } else if (LANGUAGES.includes(path.extname(entry.name).slice(1))) {
        found.push(full);
      }
    }
  };
  walk(dir);
  return found.sort();
}

/** Problems in one file: tokens scoped `invalid`, or non-blank text left unscoped. */
function check(file) {
  const language = path.extname(file).slice(1);
  const grammar = grammars[language];
  const root = `source.penrose-${language}`;
  // The lexer's line breaks: \r\n, \r or \n.
  const lines = readFileSync(file, 'utf8').split(/\r\n|\r|\n/);
  const problems = [];
  let state = textmate.INITIAL;
  lines.forEach((line, index) => {
    const { tokens, ruleStack } = grammar.tokenizeLine(line, state);
    state = ruleStack;
    for (const token of tokens) {
      const text = line.slice(token.startIndex, token.endIndex);
      const where = `${file}:${index + 1}:${token.startIndex + 1}`;
      const invalid = token.scopes.find((scope) => scope.includes('invalid'));
      if (invalid) {
        problems.push(`${where}: ${invalid}: ${JSON.stringify(text)}`);
      } else if (token.scopes.length === 1 && token.scopes[0] === root && /[^ \t\f]/.test(text)) {
        problems.push(`${where}: no scope: ${JSON.stringify(text)}`);
      }
    }
  });
  return { problems, lines: lines.length };
}

const corpus = process.env.KITE_CORPUS
  ? path.resolve(process.env.KITE_CORPUS)
  : path.resolve(repo, '..', 'shared', 'corpus');
const roots = [];
if (existsSync(corpus) && statSync(corpus).isDirectory()) {
  roots.push(['corpus', corpus]);
} else {
  console.log(`skipping: no corpus at ${corpus} (set KITE_CORPUS to check one)`);
}
roots.push(['examples', path.join(repo, 'examples')]);

let passed = 0;
let failed = 0;
for (const [label, dir] of roots) {
  const files = sources(dir);
  const counts = Object.fromEntries(LANGUAGES.map((language) => [language, 0]));
  let lines = 0;
  let bad = 0;
  for (const file of files) {
    counts[path.extname(file).slice(1)] += 1;
    const result = check(file);
    lines += result.lines;
    if (result.problems.length > 0) {
      bad += 1;
      for (const problem of result.problems) console.error(problem);
    }
  }
  const byLanguage = LANGUAGES.map((language) => `${counts[language]} ${language}`).join(', ');
  console.log(`${label}: ${files.length} files (${byLanguage}; ${lines} lines) in ${dir}, ${bad} with problems`);
  if (files.length === 0) {
    console.error(`${label}: no .domain, .substance or .style files in ${dir}`);
    failed += 1;
  }
  passed += files.length - bad;
  failed += bad;
}
console.log(`corpus: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
