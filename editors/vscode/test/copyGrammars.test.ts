// The grammar copy step fails clearly when grammar/ lacks a grammar or one is wrong.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = resolve(__dirname, '..', 'scripts', 'copy-grammars.mjs');

function copyFrom(files: Record<string, string>) {
  const folder = mkdtempSync(join(tmpdir(), 'kite-grammars-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(folder, name), text);
    }
    return spawnSync(process.execPath, [script], {
      env: { ...process.env, KITE_GRAMMAR_DIR: folder },
      encoding: 'utf8',
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('copy-grammars', () => {
  it('fails, naming each missing grammar', () => {
    const result = copyFrom({
      'domain.tmLanguage.json': JSON.stringify({ scopeName: 'source.penrose-domain' }),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot copy the TextMate grammars');
    expect(result.stderr).toMatch(/missing .*substance\.tmLanguage\.json/);
    expect(result.stderr).toMatch(/missing .*style\.tmLanguage\.json/);
    expect(result.stderr).not.toMatch(/missing .*domain\.tmLanguage\.json/);
  });

  it('fails on a grammar with another scope or broken JSON', () => {
    const result = copyFrom({
      'domain.tmLanguage.json': JSON.stringify({ scopeName: 'source.domain' }),
      'substance.tmLanguage.json': '{',
      'style.tmLanguage.json': JSON.stringify({ scopeName: 'source.penrose-style' }),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('declares scopeName "source.domain", expected "source.penrose-domain"');
    expect(result.stderr).toMatch(/substance\.tmLanguage\.json is not valid JSON/);
  });
});
