// Document names and export file names.

import { describe, expect, it } from 'vitest';
import { baseName, documentName, exportTarget, isKiteLanguage } from '../src/kiteFiles';

describe('names', () => {
  it('a document is named without its extension', () => {
    expect(documentName('file:///work/sets/sets.style')).toBe('sets');
    expect(documentName('file:///work/my%20venn/my%20venn.substance')).toBe('my venn');
    expect(documentName('untitled:Untitled-1')).toBe('Untitled-1');
    expect(documentName('file:///work/.style')).toBe('diagram');
  });

  it('export next to the document, named after it', () => {
    expect(exportTarget('file:///work/sets/style/a.style', 'svg')).toEqual({
      folder: 'file:///work/sets/style',
      fileName: 'a.svg',
    });
    expect(exportTarget('file:///work/x/diagram.substance', 'png')).toEqual({
      folder: 'file:///work/x',
      fileName: 'diagram.png',
    });
    expect(exportTarget('untitled:Untitled-1', 'svg')).toEqual({ folder: '', fileName: 'Untitled-1.svg' });
  });

  it('base names drop queries and fragments and decode', () => {
    expect(baseName('file:///a/b%C3%A9.style?x#y')).toBe('bé.style');
  });

  it('kite languages', () => {
    expect(isKiteLanguage('penrose-style')).toBe(true);
    expect(isKiteLanguage('json')).toBe(false);
  });
});
