// Copies the TextMate grammars from the repository's grammar/ folder into syntaxes/, since vsce packages only files inside the extension folder.

import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const extension = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// KITE_GRAMMAR_DIR overrides the source folder (for checks against other grammars).
const source = resolve(process.env.KITE_GRAMMAR_DIR || join(extension, '..', '..', 'grammar'));
const target = join(extension, 'syntaxes');

/** The grammars package.json contributes, by file name, with the scope each must declare. */
const GRAMMARS = {
  'domain.tmLanguage.json': 'source.penrose-domain',
  'substance.tmLanguage.json': 'source.penrose-substance',
  'style.tmLanguage.json': 'source.penrose-style',
};

const problems = [];
for (const [file, scopeName] of Object.entries(GRAMMARS)) {
  const from = join(source, file);
  if (!existsSync(from)) {
    problems.push(`missing ${from}`);
    continue;
  }
  let grammar;
  try {
    grammar = JSON.parse(readFileSync(from, 'utf8'));
  } catch (error) {
    problems.push(`${from} is not valid JSON: ${error.message}`);
    continue;
  }
  if (grammar.scopeName !== scopeName) {
    problems.push(`${from} declares scopeName ${JSON.stringify(grammar.scopeName)}, expected "${scopeName}"`);
  }
}

if (problems.length > 0) {
  console.error(
    [
      'copy-grammars: cannot copy the TextMate grammars into syntaxes/:',
      ...problems.map((problem) => `  - ${problem}`),
      `The grammars are authored in ${source}/ (set KITE_GRAMMAR_DIR to copy from another folder).`,
    ].join('\n'),
  );
  process.exit(1);
}

mkdirSync(target, { recursive: true });
for (const file of Object.keys(GRAMMARS)) {
  copyFileSync(join(source, file), join(target, file));
}
console.log(`copy-grammars: copied ${Object.keys(GRAMMARS).length} grammars from ${source} to ${target}`);
