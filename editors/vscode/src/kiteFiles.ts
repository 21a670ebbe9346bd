// What counts as a kite file, and the names derived from a document's URI (for titles and export file names); pure, no vscode.

/** The three language ids, in the order Domain, Substance, Style. */
export const LANGUAGES = ['penrose-domain', 'penrose-substance', 'penrose-style'] as const;

export type KiteLanguage = (typeof LANGUAGES)[number];

export function isKiteLanguage(languageId: string): languageId is KiteLanguage {
  return (LANGUAGES as readonly string[]).includes(languageId);
}

/** The last path segment of a URI or path, percent-decoded, without a query or fragment. */
export function baseName(uriOrPath: string): string {
  const path = uriOrPath.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1).replace(/^[a-z][a-z0-9+.-]*:/i, '');
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The folder part of a URI (everything up to its last `/`), without a query or fragment; `''` for a URI without folders (`untitled:…`). */
export function folderOf(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/**
 * A document's name without its extension (`…/sets.style` → `sets`), for
 * titles and export file names. Trios are named after a document of theirs:
 * their key is opaque (lsp/PROTOCOL.md).
 */
export function documentName(uri: string): string {
  return baseName(uri).replace(/\.[^.]*$/, '') || 'diagram';
}

/** Where an export is offered to be saved by default: next to the document, named after it (`…/sets.style` → `sets.svg`). */
export function exportTarget(documentUri: string, extension: string): { folder: string; fileName: string } {
  return { folder: folderOf(documentUri), fileName: `${documentName(documentUri)}.${extension}` };
}
