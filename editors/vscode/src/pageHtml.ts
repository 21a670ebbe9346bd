// The preview page as the webview shows it: the server's page (`kite/preview/page`) locked down with a Content-Security-Policy and a nonce on its inline tags.

import { randomBytes } from 'node:crypto';

/*
 * The contract with the page that `kite/preview/page` returns
 * (lsp/src/preview/page/):
 *
 * - Its script and style are inlined as `<script>` and `<style>` elements;
 *   it loads nothing from the network or the disk, and uses no inline event
 *   handler attributes (`onclick="…"`) or `javascript:` URLs, which the
 *   policy forbids.
 * - The text `<script` and `<style` (any case) occurs only as the start of
 *   such an element: the nonce is added by plain string replacement of
 *   `<script` → `<script nonce="…"` (and likewise `<style`), so the same text
 *   inside a script's string literal would be rewritten too. A script that
 *   needs the text should write it as `'<' + 'script'`.
 * - Styles are allowed inline (`style-src 'unsafe-inline'`) because the SVG
 *   drawing carries `style` attributes; that is also why `style-src` names no
 *   nonce: a nonce there would make browsers ignore 'unsafe-inline'.
 * - Images are data: URIs or webview resources only.
 * - In a webview it talks to the extension with `acquireVsCodeApi().postMessage`
 *   and `window` `message` events, never with `/events` or `/action`
 *   (`connect-src` is 'none').
 */

/** A fresh nonce: 18 random bytes in base64, 24 characters without padding. */
export function makeNonce(): string {
  return randomBytes(18).toString('base64');
}

/** The policy of the preview webview. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src 'unsafe-inline' ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src data: ${cspSource}`,
  ].join('; ');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The page `html` with a `<meta http-equiv="Content-Security-Policy">` as the
 * first element of its `<head>` (or of the document, without one) and
 * `nonce="…"` on every `<script` and `<style` tag.
 */
export function preparePageHtml(html: string, options: { cspSource: string; nonce: string }): string {
  const { cspSource, nonce } = options;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(
    contentSecurityPolicy(cspSource, nonce),
  )}">`;
  const tagged = html.replace(/<(script|style)(?=[\s>/])/gi, (_tag, name: string) => `<${name} nonce="${nonce}"`);
  for (const opening of [/<head(?:\s[^>]*)?>/i, /<html(?:\s[^>]*)?>/i]) {
    const match = opening.exec(tagged);
    if (match !== null) {
      const at = match.index + match[0].length;
      return `${tagged.slice(0, at)}${meta}${tagged.slice(at)}`;
    }
  }
  const doctype = /^\s*<!doctype[^>]*>/i.exec(tagged);
  if (doctype !== null) {
    const at = doctype[0].length;
    return `${tagged.slice(0, at)}${meta}${tagged.slice(at)}`;
  }
  return `${meta}${tagged}`;
}

/** A script-free page that says why the preview cannot be shown. */
export function errorPageHtml(message: string, cspSource: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head>
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(
    `default-src 'none'; style-src 'unsafe-inline' ${cspSource}`,
  )}">
<meta charset="utf-8">
<style>body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 1em 2em; }
pre { white-space: pre-wrap; color: var(--vscode-errorForeground); }</style>
</head><body>
<h2>The kite preview is not available</h2>
<pre>${escapeText(message)}</pre>
<p>Check the <b>kite</b> output channel, then run <b>kite: Restart Language Server</b> and <b>kite: Open Preview to the Side</b> again.</p>
</body></html>`;
}
