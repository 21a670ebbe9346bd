// The preview page's Content-Security-Policy and nonces.

import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, errorPageHtml, makeNonce, preparePageHtml } from '../src/pageHtml';

const CSP_SOURCE = 'https://*.vscode-cdn.net';
const NONCE = 'abc123XYZ+/abc123XYZ+/ab';

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<style>svg [data-kite-shape] { cursor: pointer; }</style>
</head>
<body>
<div id="drawing"></div>
<script>const vscode = acquireVsCodeApi(); window.addEventListener('message', () => {});</script>
<SCRIPT type="module">/* two */</SCRIPT>
</body>
</html>`;

describe('the page html', () => {
  const html = preparePageHtml(PAGE, { cspSource: CSP_SOURCE, nonce: NONCE });

  it('starts the head with the policy', () => {
    const meta = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline' ${CSP_SOURCE}; script-src 'nonce-${NONCE}'; img-src data: ${CSP_SOURCE}">`;
    expect(html).toContain(`<head>${meta}\n<meta charset="utf-8">`);
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('puts the nonce on every script and style tag, whatever the case', () => {
    expect(html).toContain(`<style nonce="${NONCE}">svg`);
    expect(html).toContain(`<script nonce="${NONCE}">const vscode`);
    expect(html).toContain(`<SCRIPT nonce="${NONCE}" type="module">`);
    expect(html).toContain('</script>');
    expect(html).toContain('</SCRIPT>');
    expect(html).not.toMatch(/<\/\w+ nonce/);
  });

  it('changes nothing else', () => {
    const undo = html
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
      .replaceAll(` nonce="${NONCE}"`, '');
    expect(undo).toBe(PAGE);
  });

  it('leaves look-alike tags alone', () => {
    const other = preparePageHtml('<head></head><scripts></scripts><styles/>', { cspSource: 'x', nonce: 'n' });
    expect(other).toContain('<scripts></scripts><styles/>');
  });

  it('puts the policy first in a page without a head', () => {
    expect(preparePageHtml('<html><body><script>1</script></body></html>', { cspSource: 'x', nonce: 'n' })).toMatch(
      /^<html><meta http-equiv="Content-Security-Policy"[^>]*><body><script nonce="n">1<\/script>/,
    );
    expect(preparePageHtml('<!doctype html><script>1</script>', { cspSource: 'x', nonce: 'n' })).toMatch(
      /^<!doctype html><meta http-equiv="Content-Security-Policy"/,
    );
    expect(preparePageHtml('<div></div>', { cspSource: 'x', nonce: 'n' })).toMatch(
      /^<meta http-equiv="Content-Security-Policy"[^>]*><div><\/div>$/,
    );
  });

  it('handles a head with attributes', () => {
    expect(preparePageHtml('<head data-x="1"><title>t</title></head>', { cspSource: 'x', nonce: 'n' })).toMatch(
      /^<head data-x="1"><meta http-equiv/,
    );
  });

  it('allows inline styles without a nonce, scripts only with it', () => {
    const policy = contentSecurityPolicy('vscode-resource:', 'N');
    expect(policy.split('; ')).toEqual([
      "default-src 'none'",
      "style-src 'unsafe-inline' vscode-resource:",
      "script-src 'nonce-N'",
      'img-src data: vscode-resource:',
    ]);
  });
});

describe('nonces', () => {
  it('are 24 base64 characters and differ', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => makeNonce()));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    }
  });
});

describe('the error page', () => {
  it('escapes the message and runs no script', () => {
    const page = errorPageHtml('<script>alert(1)</script> & more', 'x');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(page).not.toContain('<script');
    expect(page).toContain("default-src 'none'");
  });
});
