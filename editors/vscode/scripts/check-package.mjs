// Builds the .vsix with `vsce package --no-dependencies` and checks what is inside: the manifest's languages, grammars and commands, and the files they name.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';

const extension = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const LANGUAGES = {
  'penrose-domain': { extension: '.domain', scopeName: 'source.penrose-domain', grammar: 'domain' },
  'penrose-substance': { extension: '.substance', scopeName: 'source.penrose-substance', grammar: 'substance' },
  'penrose-style': { extension: '.style', scopeName: 'source.penrose-style', grammar: 'style' },
};

export const COMMANDS = [
  'kite.openPreview',
  'kite.renderSvg',
  'kite.renderPng',
  'kite.renderPdf',
  'kite.newVariation',
  'kite.showConstraintReport',
  'kite.explainDiagnostic',
  'kite.restartServer',
];

/** Every entry of a zip file, read into memory: name → contents. */
function readZip(path) {
  return new Promise((resolvePromise, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) {
        reject(error);
        return;
      }
      const entries = new Map();
      zip.on('error', reject);
      zip.on('end', () => resolvePromise(entries));
      zip.on('entry', (entry) => {
        if (entry.fileName.endsWith('/')) {
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) {
            reject(streamError);
            return;
          }
          const chunks = [];
          stream.on('data', (chunk) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

const results = [];
function check(name, condition, detail = '') {
  results.push({ name, ok: Boolean(condition), detail });
}

/** `./syntaxes/x.json` → `extension/syntaxes/x.json`, the name inside the .vsix. */
function inVsix(path) {
  return `extension/${path.replace(/^\.\//, '')}`;
}

const out = mkdtempSync(join(tmpdir(), 'kite-vsix-'));
const vsix = join(out, 'kite.vsix');
try {
  const vsce = join(extension, 'node_modules', '@vscode', 'vsce', 'vsce');
  try {
    execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix], {
      cwd: extension,
      stdio: 'inherit',
    });
  } catch {
    console.error('check-package: `vsce package --no-dependencies` failed (see above)');
    console.log('package: 0 passed, 1 failed');
    process.exit(1);
  }
  const entries = await readZip(vsix);
  const json = (name) => JSON.parse(entries.get(name).toString('utf8'));

  check('extension/package.json is in the .vsix', entries.has('extension/package.json'));
  const manifest = json('extension/package.json');
  const contributes = manifest.contributes ?? {};

  check('extension/dist/extension.js is in the .vsix', entries.has('extension/dist/extension.js'));
  check('main is ./dist/extension.js', manifest.main === './dist/extension.js', manifest.main);
  check(
    'the bundle loads vscode-languageclient from itself (no node_modules in the .vsix)',
    ![...entries.keys()].some((name) => name.includes('node_modules/')),
  );
  check(
    'no sources or tests in the .vsix',
    ![...entries.keys()].some((name) => /^extension\/(src|test|scripts)\//.test(name)),
  );
  check('engines.vscode is ^1.85.0', manifest.engines?.vscode === '^1.85.0', manifest.engines?.vscode);

  for (const [id, expected] of Object.entries(LANGUAGES)) {
    const language = (contributes.languages ?? []).find((l) => l.id === id);
    check(`language ${id} is declared`, language !== undefined);
    if (language === undefined) continue;
    check(`language ${id} claims ${expected.extension}`, language.extensions?.includes(expected.extension));
    const configuration = language.configuration && inVsix(language.configuration);
    check(`language ${id}'s configuration is in the .vsix`, configuration && entries.has(configuration), configuration);
    if (configuration && entries.has(configuration)) {
      const config = json(configuration);
      check(
        `language ${id} comments are -- and /* */`,
        config.comments?.lineComment === '--' &&
          config.comments?.blockComment?.[0] === '/*' &&
          config.comments?.blockComment?.[1] === '*/',
      );
    }

    const grammar = (contributes.grammars ?? []).find((g) => g.language === id);
    check(`grammar of ${id} is declared`, grammar !== undefined);
    if (grammar === undefined) continue;
    check(`grammar of ${id} has scope ${expected.scopeName}`, grammar.scopeName === expected.scopeName, grammar.scopeName);
    const path = inVsix(grammar.path);
    check(`grammar of ${id} is in the .vsix`, entries.has(path), path);
    if (entries.has(path)) {
      check(`${path} declares scope ${expected.scopeName}`, json(path).scopeName === expected.scopeName);
    }

    const snippets = (contributes.snippets ?? []).find((s) => s.language === id);
    check(`snippets of ${id} are in the .vsix`, snippets && entries.has(inVsix(snippets.path)), snippets?.path);
  }

  const commands = new Map((contributes.commands ?? []).map((c) => [c.command, c]));
  for (const command of COMMANDS) {
    check(`command ${command} is declared`, commands.has(command));
    check(`command ${command} is in category kite`, commands.get(command)?.category === 'kite');
  }
  const settings = contributes.configuration?.properties ?? {};
  for (const setting of ['kite.serverPath', 'kite.trace.server', 'kite.preview.debounceMs']) {
    check(`setting ${setting} is declared`, setting in settings);
  }
  check('LICENSE is in the .vsix', entries.has('extension/LICENSE.txt') || entries.has('extension/LICENSE'));
  check('README.md is in the .vsix', [...entries.keys()].some((name) => name.toLowerCase() === 'extension/readme.md'));
} finally {
  rmSync(out, { recursive: true, force: true });
}

const failed = results.filter((result) => !result.ok);
for (const result of results) {
  console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name}${!result.ok && result.detail ? ` (${result.detail})` : ''}`);
}
console.log(`package: ${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length === 0 ? 0 : 1);
