#!/usr/bin/env node
// Generates the three TextMate grammars (domain, substance, style
// .tmLanguage.json) from the tables in this file and from kite's own
// sources, so that the grammars cannot drift from the lexer:
//
//   - compiler/syntax/src/token.rs: the lexer's regexes (identifiers,
//     numbers, colours, strings, comments), every fixed token and the
//     reserved words of each language;
//   - compiler/syntax/src/lexical.rs: which tokens are operators and which
//     punctuation (the editor classification the language server uses);
//   - compiler/syntax/src/parser/*.rs: Style's contextual words (`word!`);
//   - compiler/library/src: the shape types and library function names.
//
// `node build.mjs` writes the grammars; `node build.mjs --check` (run by
// `npm test`) fails if they are out of date or if the sources changed in a
// way the tables below do not cover yet.

import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const read = (relative) => readFileSync(path.join(repo, relative), 'utf8');

const failures = [];
function expect(condition, message) {
  if (!condition) failures.push(message);
  return condition;
}

// ---------------------------------------------------------------------------
// What the Rust sources say.

const tokenRs = read('compiler/syntax/src/token.rs');
const lexicalRs = read('compiler/syntax/src/lexical.rs');
const parserDir = 'compiler/syntax/src/parser';
const parserRs = readdirSync(path.join(repo, parserDir))
  .filter((name) => name.endsWith('.rs'))
  .map((name) => read(path.join(parserDir, name)))
  .join('\n');
const shapesRs = read('compiler/library/src/shapes.rs');
const functionsRs = read('compiler/library/src/functions.rs');

/** The lexer's regexes (skips and token rules), in source order. */
const lexerRegexes = [
  ...tokenRs.matchAll(/#\[(?:regex\(|logos\(skip\(?\s*)r(#*)"([\s\S]*?)"\1/g),
].map((m) => m[2]);

/** Fixed tokens: text -> Token variant. */
const fixedTokens = new Map(
  [...tokenRs.matchAll(/#\[token\("([^"]*)"\)\]\s*(\w+)/g)].map((m) => [m[1], m[2]]),
);

/** Variants of `enum Token`. */
const tokenEnum = tokenRs.match(/pub enum Token<'src> \{([\s\S]*?)\n\}/)?.[1] ?? '';
const tokenVariants = [...tokenEnum.matchAll(/^\s{4}(\w+)(?:\(|,)/gm)].map((m) => m[1]);

/** Keyword variant -> text, from the `keywords!` table. */
const keywordTable = tokenRs.match(/keywords! \{([\s\S]*?)\n\}/)?.[1] ?? '';
const keywordText = new Map(
  [...keywordTable.matchAll(/(\w+) = "(\w+)"/g)].map((m) => [m[1], m[2]]),
);

/** Language -> reserved words, from `Keyword::is_reserved_in`. */
const reservedIn = {};
for (const m of tokenRs.matchAll(/Language::(\w+) => matches!\(\s*self,([^)]*)\)/g)) {
  reservedIn[m[1].toLowerCase()] = m[2]
    .split('|')
    .map((variant) => variant.trim())
    .filter(Boolean)
    .map((variant) => keywordText.get(variant) ?? `<unknown variant ${variant}>`);
}

/** Token variant -> `Operator` or `Punctuation`, from lexical.rs. */
const kindOfBody = lexicalRs.match(/fn kind_of\([\s\S]*?\n\}/)?.[0] ?? '';
const lexicalKind = new Map();
for (const m of kindOfBody.matchAll(/((?:\s*\|?\s*Token::\w+)+)\s*=>\s*LexicalKind::(\w+)/g)) {
  for (const variant of m[1].matchAll(/Token::(\w+)/g)) lexicalKind.set(variant[1], m[2]);
}

/** Style's contextual words: identifiers the parser matches by text. */
const contextualWords = [...new Set([...parserRs.matchAll(/word!\("(\w+)"\)/g)].map((m) => m[1]))].sort();

const shapeNames = [...shapesRs.matchAll(/spec\(ShapeKind::\w+,\s*"(\w+)"/g)].map((m) => m[1]);
const functionNames = [
  ...new Set(
    [...functionsRs.matchAll(/FunctionSpec \{\s*name: "(\w+)",\s*kind: FunctionKind::\w+/g)].map(
      (m) => m[1],
    ),
  ),
].sort();

// ---------------------------------------------------------------------------
// The lexer rules the grammars mirror. If token.rs changes one of them, the
// check below names it; mirror the change here and in the grammar rules.

const LEXER = {
  whitespace: String.raw`[ \t\f]+`,
  lineComment: String.raw`--[^\n\r]*`,
  blockComment: String.raw`/\*([^*]|\*+[^*/])*\*+/`,
  unterminatedComment: String.raw`/\*([^*]|\*+[^*/])*\**`,
  unterminatedString: String.raw`"[^"\n\r]*`,
  newline: String.raw`\r\n|\r|\n`,
  hex: String.raw`#[0-9A-Fa-f]+`,
  string: String.raw`"[^"\n\r]*"`,
  number: String.raw`[+-]?([0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?|\.[0-9]+([eE][+-]?[0-9]+)?)`,
  ident: String.raw`[A-Za-z_\u{0374}-\u{03FF}][A-Za-z_0-9\u{0374}-\u{03FF}]*`,
};

{
  const expected = Object.values(LEXER);
  const added = lexerRegexes.filter((regex) => !expected.includes(regex));
  const removed = expected.filter((regex) => !lexerRegexes.includes(regex));
  for (const regex of added) failures.push(`token.rs has a lexer rule build.mjs does not mirror: ${regex}`);
  for (const regex of removed) failures.push(`build.mjs mirrors a lexer rule token.rs no longer has: ${regex}`);
  expect(
    /Ok\(Token::Dollar\) if language == Language::Substance/.test(tokenRs) &&
      tokenRs.includes(`rest.find(['$', '\\n', '\\r'])`),
    'token.rs no longer lexes Substance TeX labels as `$` … `$` on one line; update the tex rules',
  );
}

/** A logos regex as an Oniguruma regex without capture groups. */
function oniguruma(regex) {
  return regex.replace(/\\u\{([0-9A-Fa-f]+)\}/g, '\\x{$1}').replace(/(?<!\\)\((?!\?)/g, '(?:');
}

// Building blocks. `$` matches before the line break vscode-textmate appends;
// WS is the lexer's blank (never `\s`, which would also match that break).
const IDENT = oniguruma(LEXER.ident);
const [, ID_START, ID_CHAR] = IDENT.match(/^(\[[^\]]+\])(\[[^\]]+\])\*$/) ?? [];
expect(ID_START && ID_CHAR, `cannot split the identifier rule ${IDENT}`);
const WS = LEXER.whitespace.replace(/\+$/, '');
const NUMBER = oniguruma(LEXER.number);
const word = (text) => `(?<!${ID_CHAR})${text}(?!${ID_CHAR})`;
const anyOf = (words) => `(?:${words.join('|')})`;
/** An identifier that is none of `words`. */
const identExcept = (words) => `(?!${anyOf(words)}(?!${ID_CHAR}))${IDENT}`;
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

// ---------------------------------------------------------------------------
// Scope tables (without the language suffix, which is added per grammar).

/** Every fixed token: its scope. Multi-character tokens come first. */
const TOKEN_SCOPES = {
  '<->': 'keyword.operator.double-arrow',
  '<:': 'keyword.operator.subtype',
  '<=': 'keyword.operator.comparison',
  '>=': 'keyword.operator.comparison',
  '==': 'keyword.operator.comparison',
  '!=': 'keyword.operator.comparison',
  '->': 'keyword.operator.arrow',
  ':=': 'keyword.operator.assignment.define',
  '.*': 'keyword.operator.arithmetic.elementwise',
  './': 'keyword.operator.arithmetic.elementwise',
  '&&': 'keyword.operator.logical',
  '||': 'keyword.operator.logical',
  '<': 'keyword.operator.comparison',
  '>': 'keyword.operator.comparison',
  '!': 'keyword.operator.logical',
  '=': 'keyword.operator.assignment',
  '+': 'keyword.operator.arithmetic',
  '-': 'keyword.operator.arithmetic',
  '*': 'keyword.operator.arithmetic',
  '/': 'keyword.operator.arithmetic',
  '%': 'keyword.operator.arithmetic',
  '^': 'keyword.operator.arithmetic',
  '~': 'keyword.operator.tilde',
  "'": 'keyword.operator.transpose',
  '?': 'keyword.operator.question',
  '(': 'punctuation.section.parens.begin',
  ')': 'punctuation.section.parens.end',
  '[': 'punctuation.section.brackets.begin',
  ']': 'punctuation.section.brackets.end',
  '{': 'punctuation.section.braces.begin',
  '}': 'punctuation.section.braces.end',
  ',': 'punctuation.separator.comma',
  ';': 'punctuation.separator.semicolon',
  ':': 'punctuation.separator.colon',
  '.': 'punctuation.accessor',
  '`': 'punctuation.definition.backtick',
  $: 'punctuation.other.dollar',
};

/** Per-language overrides of TOKEN_SCOPES. */
const TOKEN_SCOPE_OVERRIDES = {
  domain: {},
  substance: {},
  style: {
    '?': 'keyword.operator.unknown',
    ':': 'punctuation.separator.key-value',
  },
};

{
  for (const [text, variant] of fixedTokens) {
    const scope = TOKEN_SCOPES[text];
    if (!expect(scope, `token.rs has a token build.mjs does not scope: ${text} (${variant})`)) continue;
    const kind = lexicalKind.get(variant);
    const expectedPrefix = { Operator: 'keyword.operator.', Punctuation: 'punctuation.' }[kind];
    expect(
      expectedPrefix && scope.startsWith(expectedPrefix),
      `lexical.rs classifies ${text} (${variant}) as ${kind}, but build.mjs scopes it ${scope}`,
    );
  }
  for (const text of Object.keys(TOKEN_SCOPES)) {
    expect(fixedTokens.has(text), `build.mjs scopes a token token.rs no longer has: ${text}`);
  }
  const regexVariants = ['Newline', 'Hex', 'Str', 'Number', 'Ident'];
  const special = ['Tex', 'Keyword', 'Error'];
  for (const variant of tokenVariants) {
    expect(
      [...fixedTokens.values(), ...regexVariants, ...special].includes(variant),
      `token.rs has a token kind build.mjs does not know: ${variant}`,
    );
  }
}

/** Reserved words: their scopes, per language. */
const KEYWORD_SCOPES = {
  domain: {
    type: 'storage.type.type',
    value: 'storage.type.value',
    constructor: 'storage.type.constructor',
    function: 'storage.type.function',
    predicate: 'storage.type.predicate',
    symmetric: 'storage.modifier.symmetric',
  },
  substance: {
    All: 'keyword.other.all',
    Label: 'keyword.other.label',
    NoLabel: 'keyword.other.nolabel',
    AutoLabel: 'keyword.other.autolabel',
    Let: 'storage.type.let',
    for: 'keyword.control.for',
    in: 'keyword.control.in',
    where: 'keyword.control.where',
    mod: 'keyword.operator.arithmetic.mod',
    true: 'constant.language.boolean.true',
    false: 'constant.language.boolean.false',
  },
  style: {
    forall: 'keyword.control.forall',
    collect: 'keyword.control.collect',
    foreach: 'keyword.control.foreach',
    where: 'keyword.control.where',
    with: 'keyword.control.with',
    groupby: 'keyword.control.groupby',
    repeatable: 'storage.modifier.repeatable',
    as: 'keyword.other.as',
    delete: 'keyword.other.delete',
    override: 'keyword.other.override',
    layer: 'keyword.other.layer',
    ensure: 'keyword.other.ensure',
    encourage: 'keyword.other.encourage',
    in: 'keyword.other.in',
    except: 'keyword.other.except',
    listof: 'keyword.other.listof',
    from: 'keyword.other.from',
    numberof: 'keyword.other.numberof',
    nameof: 'keyword.other.nameof',
    true: 'constant.language.boolean.true',
    false: 'constant.language.boolean.false',
  },
};

/** Style's contextual words: the rule below that gives each its meaning. */
const CONTEXTUAL = {
  layout: 'layout item: `layout = stages` at the top level',
  into: 'collector header: `collect T x into xs`',
  has: 'header relation: `x has label`',
  math: 'header relation: `x has math label`',
  text: 'header relation: `x has text label`',
  above: 'layering: `a above b`',
  below: 'layering: `a below b`',
  then: 'binary operator: `a then b`',
};

for (const language of ['domain', 'substance', 'style']) {
  const reserved = reservedIn[language] ?? [];
  const scoped = Object.keys(KEYWORD_SCOPES[language]);
  expect(reserved.length > 0, `cannot read the reserved words of ${language} from token.rs`);
  for (const text of reserved) {
    expect(scoped.includes(text), `${text} is reserved in ${language} but build.mjs does not scope it`);
  }
  for (const text of scoped) {
    expect(reserved.includes(text), `build.mjs scopes ${text} as a ${language} keyword but it is not reserved`);
  }
}
{
  const handled = Object.keys(CONTEXTUAL).sort();
  expect(
    JSON.stringify(handled) === JSON.stringify(contextualWords),
    `Style's contextual words changed: parser has [${contextualWords}], build.mjs handles [${handled}]`,
  );
}
expect(shapeNames.length > 0, 'cannot read the shape names from compiler/library/src/shapes.rs');
expect(
  functionNames.length > 0 &&
    (functionsRs.match(/^\s+FunctionSpec \{/gm) ?? []).length ===
      [...functionsRs.matchAll(/FunctionSpec \{\s*name: "(\w+)",\s*kind:/g)].length,
  'cannot read every library function name from compiler/library/src/functions.rs',
);

if (failures.length > 0) {
  console.error('build.mjs: the grammars no longer match kite\'s sources:');
  for (const failure of failures) console.error(`  - ${failure}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------
// The grammars.

function grammar(language, { patterns, repository }) {
  const suffix = `penrose-${language}`;
  const scoped = (scope) => scope.split(' ').map((part) => `${part}.${suffix}`).join(' ');
  const tokenScope = (text) => TOKEN_SCOPE_OVERRIDES[language][text] ?? TOKEN_SCOPES[text];
  const keywords = KEYWORD_SCOPES[language];
  const reserved = Object.keys(keywords);
  const notKeyword = identExcept(reserved);
  const title = language[0].toUpperCase() + language.slice(1);

  // Rules every grammar shares: the lexer's tokens, in the order that makes
  // TextMate's first-match agree with logos' longest match.
  const common = {
    comments: {
      patterns: [
        {
          name: 'comment.line.double-dash',
          match: `(--)[^\\n\\r]*`,
          captures: { 1: { name: 'punctuation.definition.comment' } },
        },
        {
          name: 'comment.block',
          begin: '/\\*',
          end: '\\*/',
          beginCaptures: { 0: { name: 'punctuation.definition.comment.begin' } },
          endCaptures: { 0: { name: 'punctuation.definition.comment.end' } },
        },
      ],
    },
    strings: {
      patterns: [
        {
          name: 'string.quoted.double',
          match: '(")[^"\\n\\r]*(")',
          captures: {
            1: { name: 'punctuation.definition.string.begin' },
            2: { name: 'punctuation.definition.string.end' },
          },
        },
        { name: 'invalid.illegal.unterminated-string', match: '"[^"\\n\\r]*' },
      ],
    },
    numbers: {
      patterns: [{ name: 'constant.numeric.decimal', match: NUMBER }],
    },
    colors: {
      patterns: [
        {
          name: 'constant.other.color.rgb-value.hex',
          match: `(#)${oniguruma(LEXER.hex).slice(1)}`,
          captures: { 1: { name: 'punctuation.definition.constant' } },
        },
      ],
    },
    keywords: {
      patterns: reserved.map((text) => ({ name: keywords[text], match: word(text) })),
    },
    operators: {
      patterns: Object.keys(TOKEN_SCOPES)
        .filter((text) => tokenScope(text).startsWith('keyword.'))
        .filter((text) => !(language === 'substance' && text === '$'))
        .map((text) => ({ name: tokenScope(text), match: escape(text) })),
    },
    punctuation: {
      patterns: Object.keys(TOKEN_SCOPES)
        .filter((text) => tokenScope(text).startsWith('punctuation.'))
        .filter((text) => !(language === 'substance' && text === '$'))
        .map((text) => ({ name: tokenScope(text), match: escape(text) })),
    },
    identifiers: {
      patterns: [{ name: 'variable.other', match: IDENT }],
    },
    invalid: {
      comment: 'Anything the lexer rejects: a character that starts no token.',
      patterns: [{ name: 'invalid.illegal.character', match: '[^ \\t\\f\\r\\n]' }],
    },
  };
  const tokens = {
    patterns: [
      'comments',
      'strings',
      ...(language === 'substance' ? ['tex'] : []),
      'numbers',
      'colors',
      'keywords',
      'operators',
      'punctuation',
      'identifiers',
      'invalid',
    ].map((name) => ({ include: `#${name}` })),
  };

  const raw = {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    comment: `Generated by grammar/build.mjs from kite's lexer, parser and library; do not edit by hand.`,
    name: `Penrose ${title}`,
    scopeName: `source.${suffix}`,
    fileTypes: [language],
    patterns,
    repository: { ...repository({ notKeyword, reserved }), tokens, ...common },
  };

  // Add the language suffix to every scope name.
  const walk = (node) => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      out[key] = key === 'name' || key === 'contentName' ? scoped(value) : walk(value);
    }
    return out;
  };
  const { $schema, comment, name, scopeName, fileTypes } = raw;
  return {
    $schema,
    comment,
    name,
    scopeName,
    fileTypes,
    patterns: walk(raw.patterns),
    repository: walk(raw.repository),
  };
}

const include = (...names) => names.map((name) => ({ include: `#${name}` }));

const domain = grammar('domain', {
  patterns: include('comments', 'declarations', 'tokens'),
  repository: ({ notKeyword }) => ({
    declarations: {
      patterns: include(
        'type-declaration',
        'predicate-declaration',
        'function-declaration',
        'constructor-declaration',
        'parameters',
        'output',
        'subtype',
      ),
    },
    'type-declaration': {
      comment: '`type T <: A, B`',
      name: 'meta.declaration.type',
      begin: `${word('(type)')}(?:${WS}*(${notKeyword}))?`,
      beginCaptures: { 1: { name: 'storage.type.type' }, 2: { name: 'entity.name.type' } },
      end: '(?=$)',
      patterns: [
        ...include('comments'),
        {
          comment: 'The supertypes, after `<:`.',
          begin: '<:',
          end: '(?=$)',
          beginCaptures: { 0: { name: 'keyword.operator.subtype' } },
          patterns: [
            ...include('comments'),
            { name: 'entity.other.inherited-class', match: notKeyword },
            ...include('tokens'),
          ],
        },
        { name: 'entity.name.type', match: notKeyword },
        ...include('tokens'),
      ],
    },
    'predicate-declaration': {
      comment: '`symmetric predicate P(…)`',
      match: `(?<!${ID_CHAR})(?:(symmetric)${WS}+)?(predicate)(?!${ID_CHAR})(?:${WS}*(${notKeyword}))?`,
      captures: {
        1: { name: 'storage.modifier.symmetric' },
        2: { name: 'storage.type.predicate' },
        3: { name: 'entity.name.function.predicate' },
      },
    },
    'function-declaration': {
      comment: '`function f(…) -> T`',
      match: `${word('(function)')}(?:${WS}*(${notKeyword}))?`,
      captures: { 1: { name: 'storage.type.function' }, 2: { name: 'entity.name.function' } },
    },
    'constructor-declaration': {
      comment: '`constructor K(…) -> T`',
      match: `${word('(constructor)')}(?:${WS}*(${notKeyword}))?`,
      captures: {
        1: { name: 'storage.type.constructor' },
        2: { name: 'entity.name.function.constructor' },
      },
    },
    parameters: {
      comment: '`(Type name, Type)`: parameter lists stay on one line.',
      name: 'meta.parameters',
      begin: '\\(',
      end: '(\\))|(?=$)',
      beginCaptures: { 0: { name: 'punctuation.section.parens.begin' } },
      endCaptures: { 1: { name: 'punctuation.section.parens.end' } },
      patterns: [
        ...include('comments'),
        {
          match: `(${notKeyword})(?:${WS}+(${notKeyword}))?`,
          captures: { 1: { name: 'entity.name.type' }, 2: { name: 'variable.parameter' } },
        },
        ...include('tokens'),
      ],
    },
    output: {
      comment: '`-> Type name?`',
      match: `(->)(?:${WS}*(${notKeyword})(?:${WS}+(${notKeyword}))?)?`,
      captures: {
        1: { name: 'keyword.operator.arrow' },
        2: { name: 'entity.name.type' },
        3: { name: 'variable.parameter' },
      },
    },
    subtype: {
      comment: '`A <: B`',
      patterns: [
        { name: 'entity.name.type', match: `${notKeyword}(?=${WS}*<:)` },
        {
          match: `(<:)(?:${WS}*(${notKeyword}))?`,
          captures: {
            1: { name: 'keyword.operator.subtype' },
            2: { name: 'entity.other.inherited-class' },
          },
        },
      ],
    },
  }),
});

const substance = grammar('substance', {
  patterns: include('comments', 'statements', 'tokens'),
  repository: ({ notKeyword, reserved }) => ({
    statements: {
      patterns: include('index-variable', 'declaration-type', 'call'),
    },
    'index-variable': {
      comment: 'The `i` of `for i in [0, 3]`.',
      name: 'variable.parameter.index',
      match: `${notKeyword}(?=${WS}+in(?!${ID_CHAR}))`,
    },
    'declaration-type': {
      comment: 'The type of `T x, y` and `T x := f(…)`.',
      name: 'entity.name.type',
      match: `${notKeyword}(?=${WS}+${identExcept(reserved)})`,
    },
    call: {
      comment: 'A predicate, function or constructor applied to arguments.',
      name: 'entity.name.function',
      match: `${notKeyword}(?=${WS}*\\()`,
    },
    tex: {
      comment: 'A `$…$` TeX label; it must close on its line.',
      patterns: [
        {
          name: 'string.other.math.tex',
          match: '(\\$)([^$\\n\\r]*)(\\$)',
          captures: {
            1: { name: 'punctuation.definition.string.begin' },
            2: { patterns: include('tex-content') },
            3: { name: 'punctuation.definition.string.end' },
          },
        },
        { name: 'invalid.illegal.unterminated-math', match: '\\$[^$\\n\\r]*' },
      ],
    },
    'tex-content': {
      patterns: [{ name: 'constant.character.math.tex', match: '\\\\(?:[A-Za-z]+|[^A-Za-z$\\n\\r])' }],
    },
  }),
});

const style = grammar('style', {
  patterns: include('comments', 'layout', 'header', 'block', 'tokens'),
  repository: ({ notKeyword, reserved }) => {
    const binding = `(?:${IDENT}|\`${WS}*${IDENT}${WS}*\`)`;
    const path = `${binding}(?:${WS}*\\.${WS}*${IDENT})*(?:${WS}*\\[[^\\]\\n\\r]*\\])*`;
    const expressionStart = `(?:${ID_START}|[\`(\\[{?#"0-9.+-])`;
    const shapes = anyOf([...shapeNames].sort());
    return {
      layout: {
        comment: CONTEXTUAL.layout,
        match: `${word('(layout)')}${WS}*(=)(?!=)`,
        captures: {
          1: { name: 'keyword.other.layout' },
          2: { name: 'keyword.operator.assignment' },
        },
      },
      header: {
        comment: 'Selector and collector headers and namespaces, outside blocks.',
        patterns: include(
          'keywords',
          'into',
          'has',
          'namespace',
          'declaration-type',
          'substance-variable',
          'call',
        ),
      },
      into: {
        comment: CONTEXTUAL.into,
        name: 'keyword.control.into',
        match: `${word('into')}(?=${WS}+(?:${ID_START}|\`))`,
      },
      has: {
        comment: `${CONTEXTUAL.has}; ${CONTEXTUAL.math}; ${CONTEXTUAL.text}`,
        match: `${word('(has)')}(?=${WS}+${ID_START})(?:${WS}+(?:(math)|(text))(?=${WS}+${ID_START}))?`,
        captures: {
          1: { name: 'keyword.other.has' },
          2: { name: 'keyword.other.math' },
          3: { name: 'keyword.other.text' },
        },
      },
      namespace: {
        comment: 'A namespace header: a lone name before a block, as in `canvas {`.',
        match: `(?:^|(?<=\\}))${WS}*(${notKeyword})(?=${WS}*(?:\\{|$|--|/\\*))`,
        captures: { 1: { name: 'entity.name.namespace' } },
      },
      'declaration-type': {
        comment: 'The type of `T x, y` in a header.',
        name: 'entity.name.type',
        match: `${notKeyword}(?=${WS}+${identExcept([...reserved, 'has', 'into'])}|${WS}*\`)`,
      },
      'substance-variable': {
        comment: '`` `x` ``: a Substance object named literally.',
        match: `(\`)${WS}*(${notKeyword})${WS}*(\`)`,
        captures: {
          1: { name: 'punctuation.definition.variable.begin' },
          2: { name: 'variable.other.substance' },
          3: { name: 'punctuation.definition.variable.end' },
        },
      },
      call: {
        comment: 'A predicate, function or constructor applied in a header.',
        name: 'entity.name.function',
        match: `${notKeyword}(?=${WS}*\\()`,
      },
      block: {
        comment: 'A block, a shape body or a tuple: `{ … }`.',
        name: 'meta.block',
        begin: '\\{',
        end: '\\}',
        beginCaptures: { 0: { name: 'punctuation.section.block.begin' } },
        endCaptures: { 0: { name: 'punctuation.section.block.end' } },
        patterns: include('block-contents'),
      },
      'block-contents': {
        patterns: include(
          'comments',
          'keywords',
          'type-annotation',
          'layering',
          'then',
          'shape',
          'property',
          'library-function',
          'function',
          'member',
          'substance-variable',
          'block',
          'tokens',
        ),
      },
      'type-annotation': {
        comment: 'The ignored type of `vec2 x.p = …` or `shape[] x.l = …`.',
        match: `(${notKeyword})(?:${WS}*(\\[)${WS}*(\\]))?(?=${WS}+${path}${WS}*=(?!=))`,
        captures: {
          1: { name: 'storage.type' },
          2: { name: 'punctuation.section.brackets.begin' },
          3: { name: 'punctuation.section.brackets.end' },
        },
      },
      layering: {
        comment: `${CONTEXTUAL.above}; ${CONTEXTUAL.below}`,
        match: `(?<=${ID_CHAR.slice(0, -1)}\`\\]])(${WS}+)(?:(above)|(below))(?=${WS}+${expressionStart})`,
        captures: { 2: { name: 'keyword.other.above' }, 3: { name: 'keyword.other.below' } },
      },
      then: {
        comment: CONTEXTUAL.then,
        match: `(?<=${ID_CHAR.slice(0, -1)}\`\\])'"}])(${WS}+)(then)(?=${WS}+${expressionStart})`,
        captures: { 2: { name: 'keyword.operator.then' } },
      },
      shape: {
        comment: 'A shape type before its `{`: library shapes, or any name.',
        patterns: [
          { name: 'support.class.shape', match: `${word(shapes)}(?=${WS}*(?:\\{|$))` },
          { name: 'entity.name.type.shape', match: `${notKeyword}(?=${WS}*\\{)` },
        ],
      },
      property: {
        comment: 'A shape property: `name: value`.',
        match: `(${notKeyword})${WS}*(:)(?!=)`,
        captures: {
          1: { name: 'variable.other.property' },
          2: { name: 'punctuation.separator.key-value' },
        },
      },
      'library-function': {
        comment: 'Functions, constraints and objectives of compiler/library.',
        name: 'support.function',
        match: `${word(anyOf(functionNames))}(?=${WS}*\\()`,
      },
      function: {
        comment: 'Any other call.',
        name: 'entity.name.function',
        match: `${notKeyword}(?=${WS}*\\()`,
      },
      member: {
        comment: '`.field` in a path.',
        match: `(\\.)${WS}*(${notKeyword})`,
        captures: {
          1: { name: 'punctuation.accessor' },
          2: { name: 'variable.other.member' },
        },
      },
    };
  },
});

// ---------------------------------------------------------------------------

const outputs = { domain, substance, style };
const check = process.argv.includes('--check');
let stale = [];
for (const [language, grammarJson] of Object.entries(outputs)) {
  const file = path.join(here, `${language}.tmLanguage.json`);
  const text = `${JSON.stringify(grammarJson, null, 2)}\n`;
  if (check) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current !== text) stale.push(path.basename(file));
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${path.relative(repo, file)}`);
  }
}
if (check) {
  if (stale.length > 0) {
    console.error(`out of date: ${stale.join(', ')}; run \`npm run build\` in grammar/`);
    process.exit(1);
  }
  console.log(
    `grammars up to date: ${Object.values(reservedIn).flat().length} reserved words, ` +
      `${contextualWords.length} contextual words, ${fixedTokens.size} fixed tokens, ` +
      `${shapeNames.length} shapes, ${functionNames.length} library functions`,
  );
}
