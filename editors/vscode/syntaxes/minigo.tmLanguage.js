#!/usr/bin/env node
// Source of the minigo TextMate grammar (syntaxes/minigo.tmLanguage.json).
//
// The grammar is written here, in JavaScript, so that regular expressions can be
// written once as String.raw literals (no JSON double escaping) and shared
// fragments (identifiers, digit runs) are composed instead of copied.
//
//   node minigo.tmLanguage.js           regenerate minigo.tmLanguage.json
//   node minigo.tmLanguage.js --check   exit 1 if the committed JSON is stale
//
// Token scopes follow the conventions of VS Code's built-in Go grammar (suffix
// `.go`: keyword.control.go, keyword.channel.go, keyword.function.go,
// keyword.operator.channel.go, storage.type.numeric.go, entity.name.function.go,
// entity.name.function.support.go, constant.other.placeholder.go, ...) so that
// every colour theme, including themes with Go-specific rules, colours .mg files
// as it colours Go. The root scope is source.minigo so the two grammars never
// collide.
'use strict';

const fs = require('fs');
const path = require('path');

// ---- shared fragments -------------------------------------------------------
const ID = String.raw`[^\W\d]\w*`; // Go identifier (Unicode letters, digits, _)
const D = String.raw`\d(?:_?\d)*`; // decimal digits with _ separators
const H = String.raw`[0-9a-fA-F](?:_?[0-9a-fA-F])*`;
const NUM_START = String.raw`(?<![\w.])`;
const NUM_END = String.raw`(?![\w.])`;
const TYPE_KEYWORDS = String.raw`(?:map|chan|func|struct|interface)\b`;
const NOT_KEYWORD = String.raw`(?!(?:break|case|chan|const|continue|default|defer|else|fallthrough|for|func|go|goto|if|import|interface|map|package|range|return|select|struct|switch|type|var)\b)`;
const PREDECLARED_TYPES = String.raw`\b(?:bool|byte|complex64|complex128|error|float32|float64|int|int8|int16|int32|int64|rune|string|uint|uint8|uint16|uint32|uint64|uintptr|any)\b`;
const STRING_ESCAPE = String.raw`\\(?:[abfnrtv\\"]|[0-7]{3}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})`;
const RUNE_ESCAPE = String.raw`\\(?:[abfnrtv\\']|[0-7]{3}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})`;

const name = (n) => ({ name: n });
const inc = (n) => ({ include: '#' + n });
// A type name, possibly package-qualified and preceded by pointer stars:
// captures (stars)(package)(.)(type).
const QUALIFIED_TYPE = String.raw`(\*+)?(?!${TYPE_KEYWORDS})(?:(${ID})(\.))?(${ID})`;
const qualifiedTypeCaptures = (first) => ({
  [first]: name('keyword.operator.address.go'),
  [first + 1]: name('entity.name.type.package.go'),
  [first + 2]: name('punctuation.other.period.go'),
  [first + 3]: { patterns: [inc('storage-types'), { match: '.+', name: 'entity.name.type.go' }] },
});
// Parameter names or struct field names: `a`, `a, b` (with the commas).
const NAME_LIST = String.raw`${NOT_KEYWORD}((?:${ID}\s*,\s*)*${ID})`;
// What can start a type after a parameter or field name.
const TYPE_AHEAD = String.raw`(?=\s+(?:[\w*\[(]|<-|\.\.\.))`;

const repository = {
  // ---- comments --------------------------------------------------------------
  comments: {
    patterns: [
      {
        name: 'comment.block.go',
        begin: String.raw`/\*`,
        beginCaptures: { 0: name('punctuation.definition.comment.go') },
        end: String.raw`\*/`,
        endCaptures: { 0: name('punctuation.definition.comment.go') },
      },
      {
        name: 'comment.line.double-slash.go',
        match: String.raw`(//).*`,
        captures: { 1: name('punctuation.definition.comment.go') },
      },
    ],
  },

  // ---- string and rune literals ---------------------------------------------
  strings: { patterns: [inc('raw-string'), inc('interpreted-string'), inc('rune')] },
  'interpreted-string': {
    name: 'string.quoted.double.go',
    begin: '"',
    beginCaptures: { 0: name('punctuation.definition.string.begin.go') },
    // A Go string cannot span lines: stop at the end of the line so that an
    // unfinished string while typing does not colour the rest of the file.
    end: String.raw`(")|$`,
    endCaptures: { 1: name('punctuation.definition.string.end.go') },
    patterns: [
      { match: STRING_ESCAPE, name: 'constant.character.escape.go' },
      { match: String.raw`\\.?`, name: 'invalid.illegal.unknown-escape.go' },
      inc('format-verbs'),
    ],
  },
  'raw-string': {
    name: 'string.quoted.raw.go',
    begin: '`',
    beginCaptures: { 0: name('punctuation.definition.string.begin.go') },
    end: '`',
    endCaptures: { 0: name('punctuation.definition.string.end.go') },
    patterns: [inc('format-verbs')],
  },
  rune: {
    name: 'string.quoted.rune.go',
    begin: "'",
    beginCaptures: { 0: name('punctuation.definition.string.begin.go') },
    end: String.raw`(')|$`,
    endCaptures: { 1: name('punctuation.definition.string.end.go') },
    patterns: [
      {
        match: String.raw`\G(${RUNE_ESCAPE})(?=')`,
        name: 'constant.other.rune.go',
        captures: { 1: name('constant.character.escape.go') },
      },
      { match: String.raw`\G[^'\\](?=')`, name: 'constant.other.rune.go' },
      { match: String.raw`[^']+`, name: 'invalid.illegal.unknown-rune.go' },
    ],
  },
  // fmt verbs: %[argindex] flags width .precision verb, and %%.
  'format-verbs': {
    match: String.raw`%(?:\[\d+\])?[-+# 0]*(?:\*|\[\d+\]\*|\d+)?(?:\.(?:\*|\[\d+\]\*|\d+)?)?(?:\[\d+\])?[vTtbcdoOqxXUeEfFgGspw%]`,
    name: 'constant.other.placeholder.go',
  },

  // ---- numeric literals ----------------------------------------------------
  numbers: {
    patterns: [
      {
        comment: 'hexadecimal floating point: 0x1.8p1, 0x1p-2, 0x.8p0',
        match: String.raw`${NUM_START}(0[xX])(_?${H})?(\.)?(${H})?([pP])([+-])?(${D})(i)?${NUM_END}`,
        captures: {
          1: name('keyword.other.unit.hexadecimal.go'),
          2: { name: 'constant.numeric.hexadecimal.go', patterns: [inc('digit-separator')] },
          3: name('constant.numeric.hexadecimal.point.go'),
          4: { name: 'constant.numeric.hexadecimal.go', patterns: [inc('digit-separator')] },
          5: name('keyword.other.unit.exponent.hexadecimal.go'),
          6: { patterns: [inc('exponent-sign-hexadecimal')] },
          7: { name: 'constant.numeric.exponent.hexadecimal.go', patterns: [inc('digit-separator')] },
          8: name('keyword.other.unit.imaginary.go'),
        },
      },
      {
        comment: 'hexadecimal integer: 0xFF, 0x_dead_beef',
        match: String.raw`${NUM_START}(0[xX])(_?${H})(i)?${NUM_END}`,
        captures: {
          1: name('keyword.other.unit.hexadecimal.go'),
          2: { name: 'constant.numeric.hexadecimal.go', patterns: [inc('digit-separator')] },
          3: name('keyword.other.unit.imaginary.go'),
        },
      },
      {
        comment: 'binary integer: 0b1010_1010',
        match: String.raw`${NUM_START}(0[bB])(_?[01](?:_?[01])*)(i)?${NUM_END}`,
        captures: {
          1: name('keyword.other.unit.binary.go'),
          2: { name: 'constant.numeric.binary.go', patterns: [inc('digit-separator')] },
          3: name('keyword.other.unit.imaginary.go'),
        },
      },
      {
        comment: 'octal integer: 0o755, 0O17',
        match: String.raw`${NUM_START}(0[oO])(_?[0-7](?:_?[0-7])*)(i)?${NUM_END}`,
        captures: {
          1: name('keyword.other.unit.octal.go'),
          2: { name: 'constant.numeric.octal.go', patterns: [inc('digit-separator')] },
          3: name('keyword.other.unit.imaginary.go'),
        },
      },
      {
        comment: 'decimal floating point with a point: 1.5, 1., 6.022_140e23, 2.5i',
        match: String.raw`${NUM_START}(${D})(\.)(${D})?(?:([eE])([+-])?(${D}))?(i)?${NUM_END}`,
        captures: {
          1: { name: 'constant.numeric.decimal.go', patterns: [inc('digit-separator')] },
          2: name('constant.numeric.decimal.point.go'),
          3: { name: 'constant.numeric.decimal.go', patterns: [inc('digit-separator')] },
          4: name('keyword.other.unit.exponent.decimal.go'),
          5: { patterns: [inc('exponent-sign-decimal')] },
          6: { name: 'constant.numeric.exponent.decimal.go', patterns: [inc('digit-separator')] },
          7: name('keyword.other.unit.imaginary.go'),
        },
      },
      {
        comment: 'decimal floating point with an exponent only: 1e9, 1E-6',
        match: String.raw`${NUM_START}(${D})([eE])([+-])?(${D})(i)?${NUM_END}`,
        captures: {
          1: { name: 'constant.numeric.decimal.go', patterns: [inc('digit-separator')] },
          2: name('keyword.other.unit.exponent.decimal.go'),
          3: { patterns: [inc('exponent-sign-decimal')] },
          4: { name: 'constant.numeric.exponent.decimal.go', patterns: [inc('digit-separator')] },
          5: name('keyword.other.unit.imaginary.go'),
        },
      },
      {
        comment: 'decimal floating point starting with a point: .5, .25e2',
        match: String.raw`${NUM_START}(\.)(${D})(?:([eE])([+-])?(${D}))?(i)?${NUM_END}`,
        captures: {
          1: name('constant.numeric.decimal.point.go'),
          2: { name: 'constant.numeric.decimal.go', patterns: [inc('digit-separator')] },
          3: name('keyword.other.unit.exponent.decimal.go'),
          4: { patterns: [inc('exponent-sign-decimal')] },
          5: { name: 'constant.numeric.exponent.decimal.go', patterns: [inc('digit-separator')] },
          6: name('keyword.other.unit.imaginary.go'),
        },
      },
      {
        comment: 'legacy octal integer: 0644',
        match: String.raw`${NUM_START}(0)(_?[0-7](?:_?[0-7])*)${NUM_END}`,
        captures: {
          1: name('keyword.other.unit.octal.go'),
          2: { name: 'constant.numeric.octal.go', patterns: [inc('digit-separator')] },
        },
      },
      {
        comment: 'decimal integer and decimal imaginary: 0, 42, 1_000_000, 3i, 0123i',
        match: String.raw`${NUM_START}(?:(0|[1-9](?:_?\d)*)|(${D})(?=i))(i)?${NUM_END}`,
        captures: {
          1: { name: 'constant.numeric.decimal.go', patterns: [inc('digit-separator')] },
          2: { name: 'constant.numeric.decimal.go', patterns: [inc('digit-separator')] },
          3: name('keyword.other.unit.imaginary.go'),
        },
      },
      {
        comment: 'anything else that starts like a number is malformed: 089, 0x, 1__0',
        match: String.raw`${NUM_START}\.?\d(?:[\w.]|(?<=[eEpP])[+-])*`,
        name: 'invalid.illegal.constant.numeric.go',
      },
    ],
  },
  'digit-separator': { match: '_', name: 'punctuation.separator.constant.numeric.go' },
  'exponent-sign-decimal': {
    patterns: [
      { match: String.raw`\+`, name: 'keyword.operator.plus.exponent.decimal.go' },
      { match: '-', name: 'keyword.operator.minus.exponent.decimal.go' },
    ],
  },
  'exponent-sign-hexadecimal': {
    patterns: [
      { match: String.raw`\+`, name: 'keyword.operator.plus.exponent.hexadecimal.go' },
      { match: '-', name: 'keyword.operator.minus.exponent.hexadecimal.go' },
    ],
  },

  // ---- declarations ----------------------------------------------------------
  'package-clause': {
    match: String.raw`\b(package)\s+(${ID})`,
    captures: { 1: name('keyword.package.go'), 2: name('entity.name.type.package.go') },
  },
  'import-spec': {
    comment: 'an import path, optionally after a package alias, `.` or `_`',
    match: String.raw`(?:(${ID}|\.)\s+)?((")([^"]*)("))`,
    captures: {
      1: name('variable.other.import.go'),
      2: name('string.quoted.double.go'),
      3: name('punctuation.definition.string.begin.go'),
      4: name('entity.name.import.go'),
      5: name('punctuation.definition.string.end.go'),
    },
  },
  imports: {
    patterns: [
      {
        begin: String.raw`\b(import)\s*(\()`,
        beginCaptures: {
          1: name('keyword.control.import.go'),
          2: name('punctuation.definition.imports.begin.bracket.round.go'),
        },
        end: String.raw`\)`,
        endCaptures: { 0: name('punctuation.definition.imports.end.bracket.round.go') },
        patterns: [inc('comments'), inc('import-spec'), { match: ';', name: 'punctuation.terminator.go' }],
      },
      {
        comment: 'import "path" and import alias "path"',
        begin: String.raw`\b(import)\b`,
        beginCaptures: { 1: name('keyword.control.import.go') },
        end: String.raw`(?=;)|$`,
        patterns: [inc('comments'), inc('import-spec')],
      },
    ],
  },
  'type-declarations': {
    patterns: [
      {
        comment: 'type ( A int; B struct{...} )',
        begin: String.raw`\b(type)\s*(\()`,
        beginCaptures: { 1: name('keyword.type.go'), 2: name('punctuation.definition.begin.bracket.round.go') },
        end: String.raw`\)`,
        endCaptures: { 0: name('punctuation.definition.end.bracket.round.go') },
        patterns: [
          inc('comments'),
          {
            begin: String.raw`^\s*(${ID})\b`,
            beginCaptures: { 1: name('entity.name.type.go') },
            end: String.raw`(?=[;)])|$`,
            patterns: [inc('types')],
          },
        ],
      },
      {
        comment: 'type Name T, type Name struct {...}, type Name = T',
        begin: String.raw`\b(type)\s+(${ID})\b`,
        beginCaptures: { 1: name('keyword.type.go'), 2: name('entity.name.type.go') },
        end: String.raw`(?=[;)}])|$`,
        patterns: [inc('types')],
      },
    ],
  },
  'var-const-declarations': {
    patterns: [
      {
        comment: 'var ( ... ) and const ( ... )',
        begin: String.raw`\b(?:(var)|(const))\s*(\()`,
        beginCaptures: {
          1: name('keyword.var.go'),
          2: name('keyword.const.go'),
          3: name('punctuation.definition.begin.bracket.round.go'),
        },
        end: String.raw`\)`,
        endCaptures: { 0: name('punctuation.definition.end.bracket.round.go') },
        patterns: [
          inc('comments'),
          {
            comment: 'one spec per line: names, an optional type, then = values',
            begin: String.raw`^\s*${NAME_LIST}(?=\s*(?:=(?!=)|$|//|/\*)|\s+(?:[\w*\[(]|<-))`,
            beginCaptures: { 1: { patterns: [inc('comma'), { match: ID, name: 'variable.other.assignment.go' }] } },
            end: String.raw`(?==(?!=))|(?=[;)])|$`,
            patterns: [inc('types')],
          },
          inc('parenthesized'),
          inc('expression'),
        ],
      },
      {
        comment: 'var a, b T = ... and const c = ...',
        begin: String.raw`\b(?:(var)|(const))\s+${NAME_LIST}`,
        beginCaptures: {
          1: name('keyword.var.go'),
          2: name('keyword.const.go'),
          3: { patterns: [inc('comma'), { match: ID, name: 'variable.other.assignment.go' }] },
        },
        end: String.raw`(?==(?!=))|(?=[;)}])|$`,
        patterns: [inc('types')],
      },
    ],
  },

  // ---- function signatures (declarations, literals and function types) -------
  signature: {
    comment: 'func [ (receiver) ] [ Name ] (parameters) [ results ]; ends before the body',
    begin: String.raw`\b(func)\b`,
    beginCaptures: { 1: name('keyword.function.go') },
    end: String.raw`(?=[{,;:)\]}=])|$`,
    patterns: [
      inc('comments'),
      {
        match: String.raw`(?:(?<=\bfunc)|(?<=\)))\s*${NOT_KEYWORD}(${ID})(?=\s*\()`,
        captures: { 1: name('entity.name.function.go') },
      },
      inc('parameters'),
      inc('types'),
    ],
  },
  parameters: {
    begin: String.raw`\(`,
    beginCaptures: { 0: name('punctuation.definition.begin.bracket.round.go') },
    end: String.raw`\)`,
    endCaptures: { 0: name('punctuation.definition.end.bracket.round.go') },
    patterns: [
      inc('comments'),
      {
        comment: 'parameter names: `a, b int`, `xs ...string`, `ch <-chan T` (not bare types: `(int, error)`)',
        match: String.raw`(?:(?<=\()|(?<=,)|^)\s*${NAME_LIST}${TYPE_AHEAD}`,
        captures: { 1: { patterns: [inc('comma'), { match: ID, name: 'variable.parameter.go' }] } },
      },
      inc('types'),
    ],
  },

  // ---- types -----------------------------------------------------------------
  types: {
    comment: 'what may appear where the syntax expects a type',
    patterns: [
      inc('comments'),
      inc('strings'),
      inc('signature'),
      inc('struct-type'),
      inc('interface-type'),
      inc('map-type'),
      { match: String.raw`\bchan\b`, name: 'keyword.channel.go' },
      inc('storage-types'),
      { match: '<-', name: 'keyword.operator.channel.go' },
      { match: String.raw`\.\.\.`, name: 'keyword.operator.ellipsis.go' },
      { match: String.raw`\*`, name: 'keyword.operator.address.go' },
      { match: '=', name: 'keyword.operator.assignment.go' },
      { match: String.raw`\[`, name: 'punctuation.definition.begin.bracket.square.go' },
      { match: String.raw`\]`, name: 'punctuation.definition.end.bracket.square.go' },
      { match: String.raw`\(`, name: 'punctuation.definition.begin.bracket.round.go' },
      { match: String.raw`\)`, name: 'punctuation.definition.end.bracket.round.go' },
      inc('numbers'),
      {
        match: String.raw`\b(${ID})(\.)(${ID})\b`,
        captures: {
          1: name('entity.name.type.package.go'),
          2: name('punctuation.other.period.go'),
          3: name('entity.name.type.go'),
        },
      },
      { match: String.raw`\b${ID}\b`, name: 'entity.name.type.go' },
      inc('comma'),
      { match: ';', name: 'punctuation.terminator.go' },
      {
        comment: 'array lengths are constant expressions: [2 * N]T, [unsafe.Sizeof(T{})]T',
        begin: String.raw`\{`,
        beginCaptures: { 0: name('punctuation.definition.begin.bracket.curly.go') },
        end: String.raw`\}`,
        endCaptures: { 0: name('punctuation.definition.end.bracket.curly.go') },
        patterns: [inc('expression')],
      },
      inc('operators'),
      { match: String.raw`\.`, name: 'punctuation.other.period.go' },
      { match: ':', name: 'punctuation.other.colon.go' },
    ],
  },
  'storage-types': {
    patterns: [
      { match: String.raw`\bbool\b`, name: 'storage.type.boolean.go' },
      { match: String.raw`\bbyte\b`, name: 'storage.type.byte.go' },
      { match: String.raw`\berror\b`, name: 'storage.type.error.go' },
      { match: String.raw`\b(?:complex(?:64|128)|float(?:32|64)|u?int(?:8|16|32|64)?)\b`, name: 'storage.type.numeric.go' },
      { match: String.raw`\brune\b`, name: 'storage.type.rune.go' },
      { match: String.raw`\bstring\b`, name: 'storage.type.string.go' },
      { match: String.raw`\buintptr\b`, name: 'storage.type.uintptr.go' },
      { match: String.raw`\bany\b`, name: 'entity.name.type.any.go' },
    ],
  },
  'struct-type': {
    begin: String.raw`\b(struct)\s*(\{)`,
    beginCaptures: { 1: name('keyword.struct.go'), 2: name('punctuation.definition.begin.bracket.curly.go') },
    end: String.raw`\}`,
    endCaptures: { 0: name('punctuation.definition.end.bracket.curly.go') },
    patterns: [
      inc('comments'),
      {
        comment: 'field names (embedded fields have none and are scoped as types)',
        match: String.raw`(?:^|(?<=\{)|(?<=;))\s*${NAME_LIST}${TYPE_AHEAD}`,
        captures: { 1: { patterns: [inc('comma'), { match: ID, name: 'variable.other.property.go' }] } },
      },
      inc('types'),
    ],
  },
  'interface-type': {
    begin: String.raw`\b(interface)\s*(\{)`,
    beginCaptures: { 1: name('keyword.interface.go'), 2: name('punctuation.definition.begin.bracket.curly.go') },
    end: String.raw`\}`,
    endCaptures: { 0: name('punctuation.definition.end.bracket.curly.go') },
    patterns: [
      inc('comments'),
      {
        comment: 'method names',
        match: String.raw`(?:^|(?<=\{)|(?<=;))\s*(${ID})(?=\()`,
        captures: { 1: name('entity.name.function.go') },
      },
      inc('parameters'),
      { match: String.raw`\|`, name: 'keyword.operator.arithmetic.bitwise.go' },
      { match: '~', name: 'keyword.operator.arithmetic.bitwise.go' },
      inc('types'),
    ],
  },
  'map-type': {
    begin: String.raw`\b(map)(\[)`,
    beginCaptures: { 1: name('keyword.map.go'), 2: name('punctuation.definition.begin.bracket.square.go') },
    end: String.raw`\]`,
    endCaptures: { 0: name('punctuation.definition.end.bracket.square.go') },
    patterns: [inc('types')],
  },

  // ---- types in expression position -------------------------------------------
  'expression-types': {
    patterns: [
      {
        comment: 'element type after ] : []T, [4]*T, map[K]V',
        match: String.raw`(?<=\])(?!${TYPE_KEYWORDS})${QUALIFIED_TYPE}\b`,
        captures: qualifiedTypeCaptures(1),
      },
      {
        comment: 'channel types: chan T, chan<- T',
        match: String.raw`\b(chan)\b(?:\s*(<-))?\s*(?!${TYPE_KEYWORDS})${QUALIFIED_TYPE}\b`,
        captures: {
          1: name('keyword.channel.go'),
          2: name('keyword.operator.channel.go'),
          ...qualifiedTypeCaptures(3),
        },
      },
      {
        comment: 'the type argument of new(T) and make(T, ...)',
        match: String.raw`(?<=\bnew\(|\bmake\()(?!${TYPE_KEYWORDS})${QUALIFIED_TYPE}\b(?!\s*[.(\[])`,
        captures: qualifiedTypeCaptures(1),
      },
      {
        comment: 'composite literal type: T{...}, pkg.T{...}',
        match: String.raw`\b${NOT_KEYWORD}(?:(${ID})(\.))?(${ID})(?=\{)`,
        captures: {
          1: name('entity.name.type.package.go'),
          2: name('punctuation.other.period.go'),
          3: { patterns: [inc('storage-types'), { match: '.+', name: 'entity.name.type.go' }] },
        },
      },
      {
        comment: 'type switch guard .(type)',
        match: String.raw`(\.)(\()\s*(type)\s*(\))`,
        captures: {
          1: name('punctuation.other.period.go'),
          2: name('punctuation.definition.begin.bracket.round.go'),
          3: name('keyword.type.go'),
          4: name('punctuation.definition.end.bracket.round.go'),
        },
      },
      {
        comment: 'type assertion x.(T)',
        begin: String.raw`(\.)(\()`,
        beginCaptures: {
          1: name('punctuation.other.period.go'),
          2: name('punctuation.definition.begin.bracket.round.go'),
        },
        end: String.raw`\)`,
        endCaptures: { 0: name('punctuation.definition.end.bracket.round.go') },
        patterns: [inc('types')],
      },
    ],
  },

  // ---- statements and expressions ------------------------------------------
  labels: {
    patterns: [
      {
        comment: 'a label on its own line',
        match: String.raw`^\s*(?!default\b)(${ID})\s*(:)(?!=)\s*(?=$|//|/\*)`,
        captures: { 1: name('variable.other.label.go'), 2: name('punctuation.other.colon.go') },
      },
      {
        match: String.raw`\b(break|continue|goto)\s+(${ID})\b`,
        captures: { 1: name('keyword.control.go'), 2: name('variable.other.label.go') },
      },
    ],
  },
  'case-clause': {
    comment: 'case expr, expr: / case v := <-ch: (keeps `x:` after commas from looking like keys)',
    begin: String.raw`\b(case)\b`,
    beginCaptures: { 1: name('keyword.control.go') },
    end: String.raw`(:)(?!=)`,
    endCaptures: { 1: name('punctuation.other.colon.go') },
    patterns: [inc('expression')],
  },
  'composite-keys': {
    comment: 'field keys in composite literals: Point{X: 1, Y: 2}',
    match: String.raw`(?:(?<=\{)|(?<=,)|^)\s*(?!(?:case|default)\b)(${ID})\s*(:)(?!=)`,
    captures: { 1: name('variable.other.property.go'), 2: name('punctuation.other.colon.go') },
  },
  'short-var-declaration': {
    match: String.raw`\b${NAME_LIST}(?=\s*:=)`,
    captures: { 1: { patterns: [inc('comma'), { match: ID, name: 'variable.other.assignment.go' }] } },
  },
  keywords: {
    patterns: [
      {
        match: String.raw`\b(?:break|case|continue|default|defer|else|fallthrough|for|go|goto|if|range|return|select|switch)\b`,
        name: 'keyword.control.go',
      },
      { match: String.raw`\bchan\b`, name: 'keyword.channel.go' },
      { match: String.raw`\bconst\b`, name: 'keyword.const.go' },
      { match: String.raw`\bvar\b`, name: 'keyword.var.go' },
      { match: String.raw`\bfunc\b`, name: 'keyword.function.go' },
      { match: String.raw`\binterface\b`, name: 'keyword.interface.go' },
      { match: String.raw`\bmap\b`, name: 'keyword.map.go' },
      { match: String.raw`\bstruct\b`, name: 'keyword.struct.go' },
      { match: String.raw`\bimport\b`, name: 'keyword.control.import.go' },
      { match: String.raw`\bpackage\b`, name: 'keyword.package.go' },
      { match: String.raw`\btype\b`, name: 'keyword.type.go' },
    ],
  },
  'language-constants': {
    match: String.raw`\b(?:true|false|nil|iota)\b`,
    name: 'constant.language.go',
  },
  'builtin-functions': {
    match: String.raw`\b(?:append|cap|clear|close|complex|copy|delete|imag|len|make|max|min|new|panic|print|println|real|recover)\b(?=\s*\()`,
    name: 'entity.name.function.support.builtin.go',
  },
  'function-calls': {
    match: String.raw`\b${NOT_KEYWORD}(${ID})(?=\()`,
    captures: { 1: name('entity.name.function.support.go') },
  },
  'field-selectors': {
    comment: 'x.field (a selector that is not called)',
    match: String.raw`(?<=\.)(${ID})\b(?!\()`,
    captures: { 1: name('variable.other.property.field.go') },
  },
  operators: {
    comment: 'longest operators first: the first alternative that matches at a position wins',
    patterns: [
      { match: '<-', name: 'keyword.operator.channel.go' },
      { match: ':=', name: 'keyword.operator.assignment.go' },
      { match: String.raw`\.\.\.`, name: 'keyword.operator.ellipsis.go' },
      { match: String.raw`\+\+`, name: 'keyword.operator.increment.go' },
      { match: '--', name: 'keyword.operator.decrement.go' },
      { match: String.raw`<<=|>>=|&\^=`, name: 'keyword.operator.assignment.go' },
      { match: String.raw`==|!=|<=|>=`, name: 'keyword.operator.comparison.go' },
      { match: String.raw`[-+*/%&|^]=|=`, name: 'keyword.operator.assignment.go' },
      { match: String.raw`&&|\|\||!`, name: 'keyword.operator.logical.go' },
      { match: String.raw`<<|>>|&\^`, name: 'keyword.operator.arithmetic.bitwise.go' },
      { match: '[<>]', name: 'keyword.operator.comparison.go' },
      {
        comment: 'unary & and * (address-of, dereference): not after an operand',
        match: String.raw`(?<![\w)\]}'"\x60])[&*]+(?=[\w(\[&*]|<-)`,
        name: 'keyword.operator.address.go',
      },
      { match: String.raw`[&|^~]`, name: 'keyword.operator.arithmetic.bitwise.go' },
      { match: String.raw`[-+*/%]`, name: 'keyword.operator.arithmetic.go' },
    ],
  },
  comma: { match: ',', name: 'punctuation.other.comma.go' },
  punctuation: {
    patterns: [
      inc('comma'),
      { match: ';', name: 'punctuation.terminator.go' },
      { match: ':', name: 'punctuation.other.colon.go' },
      { match: String.raw`\.`, name: 'punctuation.other.period.go' },
      { match: String.raw`\{`, name: 'punctuation.definition.begin.bracket.curly.go' },
      { match: String.raw`\}`, name: 'punctuation.definition.end.bracket.curly.go' },
      { match: String.raw`\(`, name: 'punctuation.definition.begin.bracket.round.go' },
      { match: String.raw`\)`, name: 'punctuation.definition.end.bracket.round.go' },
      { match: String.raw`\[`, name: 'punctuation.definition.begin.bracket.square.go' },
      { match: String.raw`\]`, name: 'punctuation.definition.end.bracket.square.go' },
    ],
  },
  parenthesized: {
    comment: 'balanced ( ... ) inside declaration groups, so a call does not end the group',
    begin: String.raw`\(`,
    beginCaptures: { 0: name('punctuation.definition.begin.bracket.round.go') },
    end: String.raw`\)`,
    endCaptures: { 0: name('punctuation.definition.end.bracket.round.go') },
    patterns: [inc('parenthesized'), inc('expression')],
  },
  identifiers: { match: String.raw`\b${ID}\b`, name: 'variable.other.go' },

  expression: {
    patterns: [
      inc('comments'),
      inc('strings'),
      inc('numbers'),
      inc('signature'),
      inc('struct-type'),
      inc('interface-type'),
      inc('map-type'),
      inc('expression-types'),
      inc('short-var-declaration'),
      inc('keywords'),
      inc('language-constants'),
      inc('builtin-functions'),
      inc('storage-types'),
      inc('function-calls'),
      inc('field-selectors'),
      inc('operators'),
      inc('punctuation'),
      inc('identifiers'),
    ],
  },
  statements: {
    patterns: [
      inc('comments'),
      inc('strings'),
      inc('package-clause'),
      inc('imports'),
      inc('type-declarations'),
      inc('var-const-declarations'),
      inc('labels'),
      inc('case-clause'),
      inc('composite-keys'),
      inc('expression'),
    ],
  },
};

const grammar = {
  comment:
    'minigo (a Go subset; .mg files). GENERATED from minigo.tmLanguage.js: edit that file and run `node minigo.tmLanguage.js`.',
  name: 'minigo',
  scopeName: 'source.minigo',
  fileTypes: ['mg'],
  patterns: [inc('statements')],
  repository,
};

const out = path.join(__dirname, 'minigo.tmLanguage.json');
const text = JSON.stringify(grammar, null, 2) + '\n';
if (require.main === module) {
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
    if (current !== text) {
      console.error(`${out} is stale: run node ${path.relative(process.cwd(), __filename)}`);
      process.exit(1);
    }
    console.log('minigo.tmLanguage.json is up to date');
  } else {
    fs.writeFileSync(out, text);
    console.log(`wrote ${out}`);
  }
}
module.exports = grammar;
