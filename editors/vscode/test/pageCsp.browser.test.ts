// Opt-in (npm run test:browser): the real preview page, prepared as the webview gets it, runs in headless Chromium under its CSP.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparePageHtml } from '../src/pageHtml';
import { update } from './fixtures';

const PAGE = resolve(__dirname, '../../../lsp/src/preview/page');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const enabled = process.env.KITE_BROWSER_TEST === '1' && CHROMIUM !== undefined && existsSync(join(PAGE, 'index.html'));

describe.skipIf(!enabled)('the preview page in Chromium', () => {
  it('runs its nonce’d script and style, draws an update, and blocks a script without the nonce', () => {
    const read = (name: string) => readFileSync(join(PAGE, name), 'utf8');
    // The server inlines the style and script into these placeholders (lsp/src/preview/page/index.html).
    const page = read('index.html')
      .replace('/*KITE_STYLE*/', () => read('preview.css'))
      .replace('/*KITE_SCRIPT*/', () => read('preview.js'));
    const nonce = 'TESTNONCETESTNONCETESTNO';
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><circle data-kite-shape="0" cx="50" cy="50" r="40" style="fill: rgb(200, 0, 0)"/></svg>';
    const message = { type: 'update', update: update('file:///t.trio.json', { svg }) };
    // In a webview VS Code provides acquireVsCodeApi outside the page's policy; a nonce'd script stands in for it.
    const host = `<script nonce="${nonce}">
document.addEventListener('securitypolicyviolation', (e) => {
  const html = document.documentElement;
  html.setAttribute('data-violations', (html.getAttribute('data-violations') || '') + e.violatedDirective + ';');
});
window.acquireVsCodeApi = () => ({ postMessage: () => undefined });
window.addEventListener('load', () => setTimeout(() => window.postMessage(${JSON.stringify(message)}, '*'), 20));
</script>`;
    const html = preparePageHtml(page, { cspSource: 'https://example.invalid', nonce })
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, (meta) => meta + host)
      .replace('</body>', '<script>document.documentElement.setAttribute("data-unnonced", "ran")</script></body>');
    const folder = mkdtempSync(join(tmpdir(), 'kite-page-'));
    try {
      writeFileSync(join(folder, 'page.html'), html);
      const dom = execFileSync(
        CHROMIUM as string,
        ['--headless', '--no-sandbox', '--disable-gpu', '--virtual-time-budget=3000', '--dump-dom', `file://${folder}/page.html`],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 },
      );
      expect(dom).toContain('data-kite-shape="0"');
      expect(dom).not.toContain('data-unnonced="ran"');
      expect(dom).toMatch(/data-violations="script-src-elem;"/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
