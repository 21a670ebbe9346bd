// Expands VS Code snippet bodies with their default values, so the tests can check that snippets make valid kite programs.

/**
 * The text a snippet inserts when every placeholder keeps its default, every
 * choice its first option, and tabs are two spaces. Supports the syntax the
 * kite snippets use: `$n`, `${n}`, `${n:default}` (nested), `${n|a,b|}`, and
 * `\$` `\}` `\\` escapes.
 */
export function expandSnippet(body: string | string[]): string {
  const text = Array.isArray(body) ? body.join('\n') : body;
  const values = new Map<string, string>();
  let at = 0;

  function parse(until: string | undefined): string {
    let out = '';
    while (at < text.length) {
      const c = text[at];
      if (until !== undefined && c === until) {
        return out;
      }
      if (c === '\\' && at + 1 < text.length && '$}\\,|'.includes(text[at + 1])) {
        out += text[at + 1];
        at += 2;
        continue;
      }
      if (c === '$') {
        const simple = /^\$(\d+)/.exec(text.slice(at));
        if (simple !== null) {
          at += simple[0].length;
          out += values.get(simple[1]) ?? '';
          continue;
        }
        const open = /^\$\{(\d+)/.exec(text.slice(at));
        if (open === null) {
          throw new Error(`unsupported snippet syntax at ${at}: ${text.slice(at, at + 20)}`);
        }
        at += open[0].length;
        const index = open[1];
        let value: string;
        if (text[at] === '}') {
          at += 1;
          value = values.get(index) ?? '';
        } else if (text[at] === ':') {
          at += 1;
          value = parse('}');
          at += 1;
        } else if (text[at] === '|') {
          const end = text.indexOf('|}', at + 1);
          if (end < 0) {
            throw new Error('unterminated choice');
          }
          value = text.slice(at + 1, end).split(',')[0];
          at = end + 2;
        } else {
          throw new Error(`unsupported placeholder at ${at}`);
        }
        if (!values.has(index)) {
          values.set(index, value);
        }
        out += values.get(index) ?? value;
        continue;
      }
      out += c;
      at += 1;
    }
    if (until !== undefined) {
      throw new Error(`unterminated placeholder in ${text}`);
    }
    return out;
  }

  return parse(undefined).replace(/\t/g, '  ');
}
