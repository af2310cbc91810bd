#!/usr/bin/env node
// Draws editors/screenshot.svg: lines of tests/samples/worker_pool.mg as tokenised by
// vscode-textmate with the minigo grammar, each token coloured by the first matching
// entry of a scope-to-colour table modelled on VS Code's Dark+ theme. It shows the real
// tokenisation; it is not a capture of a VS Code window.
//   node editors/tests/textmate/render-svg.js     (run.js fails while the SVG is stale)
'use strict';

const fs = require('fs');
const path = require('path');

const SAMPLE = path.join('tests', 'samples', 'worker_pool.mg');
const FIRST = 42; // 1-based, inclusive
const LAST = 98;
const TAB = 4;
const FONT_SIZE = 13;
const CHAR_W = 7.83; // DejaVu Sans Mono advance at 13px
const LINE_H = 18;
const PAD = 12;
const GUTTER = 4; // characters for line numbers

// Scope prefix -> colour; the innermost scope of a token picks the first match.
const COLOURS = [
  ['comment', '#6A9955'],
  ['constant.character.escape', '#D7BA7D'],
  ['constant.other.placeholder', '#4FC1FF'],
  ['entity.name.import', '#CE9178'],
  ['string', '#CE9178'],
  ['constant.numeric', '#B5CEA8'],
  ['keyword.other.unit', '#B5CEA8'],
  ['constant.language', '#569CD6'],
  ['keyword.control', '#C586C0'],
  ['keyword.operator', '#D4D4D4'],
  ['keyword', '#569CD6'],
  ['storage.type', '#569CD6'],
  ['entity.name.type', '#4EC9B0'],
  ['entity.name.function', '#DCDCAA'],
  ['variable.other.label', '#C8C8C8'],
  ['variable', '#9CDCFE'],
];
const DEFAULT = '#D4D4D4';

function colourOf(scopes) {
  for (let i = scopes.length - 1; i > 0; i--) {
    for (const [prefix, colour] of COLOURS) {
      if (scopes[i] === prefix || scopes[i].startsWith(prefix + '.')) return colour;
    }
  }
  return DEFAULT;
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function renderSvg(grammar) {
  const { tokenize, editorsDir } = require('./run.js');
  const text = fs.readFileSync(path.join(editorsDir, SAMPLE), 'utf8');
  const { lines } = tokenize(grammar, text);
  const shown = lines.slice(FIRST - 1, LAST);
  const expand = (s) => s.replace(/\t/g, ' '.repeat(TAB));
  const width = Math.ceil(PAD * 2 + CHAR_W * (GUTTER + 4 + Math.max(...shown.map((l) => expand(l.text).length))));
  const height = PAD * 2 + LINE_H * shown.length;
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`);
  out.push(`<!-- ${esc(SAMPLE)} lines ${FIRST}-${LAST}, tokenised by vscode-textmate with the minigo grammar; drawn by render-svg.js -->`);
  out.push(`<rect width="100%" height="100%" fill="#1E1E1E"/>`);
  out.push(`<g font-family="'DejaVu Sans Mono', Menlo, Consolas, monospace" font-size="${FONT_SIZE}" xml:space="preserve">`);
  shown.forEach((line, i) => {
    const y = PAD + LINE_H * i + FONT_SIZE;
    const num = String(FIRST + i).padStart(GUTTER, ' ');
    const spans = [];
    for (const t of line.tokens) {
      const s = expand(line.text.slice(t.start, t.end));
      if (s === '') continue;
      spans.push(`<tspan fill="${colourOf(t.scopes)}">${esc(s)}</tspan>`);
    }
    out.push(`<text x="${PAD}" y="${y}"><tspan fill="#858585">${num}  </tspan>${spans.join('')}</text>`);
  });
  out.push('</g>', '</svg>', '');
  return out.join('\n');
}

module.exports = { renderSvg };

if (require.main === module) {
  const { loadGrammar, editorsDir } = require('./run.js');
  loadGrammar().then((grammar) => {
    const out = path.join(editorsDir, 'screenshot.svg');
    fs.writeFileSync(out, renderSvg(grammar));
    console.log(`wrote ${out}`);
  });
}
