// Bundles src/extension.ts and its dependencies (vscode-languageclient) into dist/extension.js with esbuild, so the .vsix needs no node_modules.

import { build, context } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const extension = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const development = watch || process.argv.includes('--dev');

/** @type {import('esbuild').BuildOptions} */
const options = {
  entryPoints: [join(extension, 'src', 'extension.ts')],
  outfile: join(extension, 'dist', 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // VS Code 1.85 runs extensions on Node 18.
  target: 'node18',
  external: ['vscode'],
  minify: !development,
  sourcemap: development ? 'linked' : false,
  logLevel: 'info',
};

if (watch) {
  const watching = await context(options);
  await watching.watch();
} else {
  await build(options);
}
