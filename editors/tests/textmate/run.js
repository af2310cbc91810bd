#!/usr/bin/env node
// Tests of the minigo TextMate grammar, tokenised by the engine VS Code itself uses
// (vscode-textmate with the vscode-oniguruma regex library).
//
//   node editors/tests/textmate/run.js               run the tests (from anywhere)
//   node editors/tests/textmate/run.js --dump F.mg   print each token of F.mg with its scopes
//   node editors/tests/textmate/run.js --check-files F...   the corpus check on any files
//
// 1. Scope assertions. Every editors/tests/textmate/*.mg file is an annotated program:
//    a comment line of the form
//        //> TEXT => scope [scope ...]
//    asserts that every character of the first occurrence of TEXT in the nearest
//    preceding non-annotation line carries each listed scope (a scope S matches a
//    token scope equal to S or starting with "S."). TEXT#N selects the N-th occurrence;
//    a scope written !S asserts that S is absent. TEXT may contain spaces; it ends at
//    the last " => " of the line; "..." holding a backslash is read as a JSON string (write a backtick as
//    "\u0060" where a literal one would end a raw string).
// 2. Corpus check. Every .mg file under examples/, tests/ and editors/tests/ must
//    tokenise with no token in an unexpected scope, where unexpected means:
//      a. any scope invalid.* (malformed number, unknown escape, bad rune, ...);
//      b. non-blank text that got no scope besides the root source.minigo;
//      c. a Go keyword, outside strings and comments, without a keyword.* scope;
//      d. text starting with a digit, outside strings, comments and identifiers,
//         that is not part of a numeric literal scope;
//      e. a begin/end rule still open at the start of a top-level declaration
//         (a line starting with func, type, var, const or import) or at the end of
//         the file, i.e. a construct that leaked past where it must have ended.
//    Tokens on a line carrying a `// ERROR` comment (Go's convention for diagnostic
//    tests) are exempt from a-d. Files that contain lexical errors on purpose
//    elsewhere are listed, as globs relative to the repository root, in
//    corpus-exclude.txt beside this file.
// 3. The generated grammar JSON is up to date with its source minigo.tmLanguage.js.
// 4. language-configuration.json's indentation rules agree with gofmt on the sample
//    programs and examples/*.mg (see checkIndentationRules).
// 5. editors/screenshot.svg matches what render-svg.js draws from the current tokens.
// Prints one line per failure and ends with "N passed, M failed".
'use strict';

const fs = require('fs');
const path = require('path');

const editorsDir = path.resolve(__dirname, '..', '..');
const repoRoot = path.resolve(editorsDir, '..');
const grammarPath = path.join(editorsDir, 'vscode', 'syntaxes', 'minigo.tmLanguage.json');

let vsctm, oniguruma;
try {
  vsctm = require(path.join(editorsDir, 'node_modules', 'vscode-textmate'));
  oniguruma = require(path.join(editorsDir, 'node_modules', 'vscode-oniguruma'));
} catch (e) {
  console.log('SKIP: vscode-textmate/vscode-oniguruma are not installed: run `npm ci` in editors/ ' +
    '(scripts/install-deps.sh does it)');
  process.exit(77); // CTest SKIP_RETURN_CODE
}

let passed = 0;
let failed = 0;
function pass() { passed++; }
function fail(msg) { failed++; console.log('FAIL ' + msg); }

async function loadGrammar() {
  const wasm = fs.readFileSync(path.join(editorsDir, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const onigLib = Promise.resolve({
    createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
    createOnigString: (s) => new oniguruma.OnigString(s),
  });
  const registry = new vsctm.Registry({
    onigLib,
    loadGrammar: async (scopeName) => {
      if (scopeName !== 'source.minigo') return null;
      return vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath);
    },
  });
  return registry.loadGrammar('source.minigo');
}

// Tokenises a whole file: for each line, its tokens and the rule stack depth at its start.
function tokenize(grammar, text) {
  const lines = text.split(/\r?\n/);
  let stack = vsctm.INITIAL;
  const out = [];
  for (const line of lines) {
    const depthBefore = stack === vsctm.INITIAL ? 1 : stack.depth;
    const r = grammar.tokenizeLine(line, stack);
    out.push({ text: line, depthBefore, tokens: r.tokens.map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes })) });
    stack = r.ruleStack;
  }
  const depthAtEnd = stack === vsctm.INITIAL ? 1 : stack.depth;
  return { lines: out, depthAtEnd };
}

const scopeMatches = (want, have) => have === want || have.startsWith(want + '.');
const hasScope = (scopes, want) => scopes.some((s) => scopeMatches(want, s));

// ---- 1. annotated files ------------------------------------------------------
function runAnnotated(grammar, file) {
  const rel = path.relative(repoRoot, file);
  const { lines } = tokenize(grammar, fs.readFileSync(file, 'utf8'));
  let target = null;
  lines.forEach((line, i) => {
    const m = /^\s*\/\/>\s?(.*)$/.exec(line.text);
    if (!m) { target = { line, number: i + 1 }; return; }
    const body = m[1];
    const sep = body.lastIndexOf(' => ');
    if (sep < 0 || !target) { fail(`${rel}:${i + 1}: malformed annotation: ${line.text.trim()}`); return; }
    let text = body.slice(0, sep).trim();
    const wants = body.slice(sep + 4).trim().split(/\s+/);
    let nth = 1;
    const hm = /^(.*)#(\d+)$/.exec(text);
    if (hm && hm[1] !== '') { text = hm[1]; nth = Number(hm[2]); }
    // "..." is a JSON string, for text an annotation cannot hold literally (a backtick
    // inside a raw string would end it).
    if (/^".*\\.*"$/.test(text)) text = JSON.parse(text);
    let col = -1;
    for (let k = 0; k < nth; k++) { col = target.line.text.indexOf(text, col + 1); if (col < 0) break; }
    if (col < 0) { fail(`${rel}:${i + 1}: "${text}"#${nth} not found on line ${target.number}`); return; }
    const problems = [];
    for (let c = col; c < col + text.length; c++) {
      const tok = target.line.tokens.find((t) => t.start <= c && c < t.end);
      const scopes = tok ? tok.scopes : [];
      for (const w of wants) {
        const neg = w.startsWith('!');
        const s = neg ? w.slice(1) : w;
        if (hasScope(scopes, s) === neg) {
          problems.push(`'${target.line.text[c]}' at column ${c + 1} ${neg ? 'has' : 'lacks'} ${s} (scopes: ${scopes.slice(1).join(' ')})`);
        }
      }
      if (problems.length) break;
    }
    if (problems.length) fail(`${rel}:${target.number}: "${text}": ${problems[0]}`);
    else pass();
  });
}

// ---- 2. corpus -----------------------------------------------------------------
const GO_KEYWORDS = new Set(('break case chan const continue default defer else fallthrough for func go goto if ' +
  'import interface map package range return select struct switch type var').split(' '));
const NUMERIC_SCOPES = ['constant.numeric', 'keyword.other.unit', 'punctuation.separator.constant.numeric',
  'keyword.operator.plus.exponent', 'keyword.operator.minus.exponent'];
const TEXTUAL_SCOPES = ['comment', 'string'];

function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') { re += '.*'; i++; if (glob[i + 1] === '/') i++; }
    else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

function walk(dir, acc) {
  if (!fs.existsSync(dir)) return acc;
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    if (ent.name === 'node_modules' || ent.name.startsWith('.')) continue;
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) walk(p, acc);
    else if (ent.name.endsWith('.mg')) acc.push(p);
  }
  return acc;
}

function checkCorpusFile(grammar, file) {
  const rel = path.relative(repoRoot, file);
  const { lines, depthAtEnd } = tokenize(grammar, fs.readFileSync(file, 'utf8'));
  const problems = [];
  lines.forEach((line, i) => {
    const where = `${rel}:${i + 1}`;
    const startsInText = line.tokens.length > 0 && TEXTUAL_SCOPES.some((s) => hasScope(line.tokens[0].scopes, s));
    if (/^(func|type|var|const|import)\b/.test(line.text) && line.depthBefore !== 1 && !startsInText) {
      problems.push(`${where}: a construct opened earlier is still open at this top-level declaration`);
    }
    // A line the test file itself marks as erroneous (Go's `// ERROR "..."` convention
    // in diagnostic tests) may hold malformed tokens.
    const expectsError = /\/\/\s*ERROR\b/.test(line.text);
    for (const t of line.tokens) {
      if (expectsError) break;
      const text = line.text.slice(t.start, t.end);
      const col = t.start + 1;
      const inner = t.scopes.slice(1);
      const bad = inner.find((s) => s.startsWith('invalid.'));
      if (bad) problems.push(`${where}:${col}: "${text}" is ${bad}`);
      if (inner.length === 0 && text.trim() !== '') problems.push(`${where}:${col}: "${text}" has no scope`);
      const textual = TEXTUAL_SCOPES.some((s) => hasScope(inner, s));
      if (!textual && GO_KEYWORDS.has(text.trim()) && !hasScope(inner, 'keyword')) {
        problems.push(`${where}:${col}: keyword "${text.trim()}" scoped ${inner.join(' ')}`);
      }
      if (!textual && /^\d/.test(text) && !NUMERIC_SCOPES.some((s) => hasScope(inner, s)) &&
          !/\w$/.test(line.text.slice(0, t.start))) {
        problems.push(`${where}:${col}: number "${text}" scoped ${inner.join(' ')}`);
      }
    }
  });
  if (depthAtEnd !== 1) problems.push(`${rel}: a construct is still open at the end of the file`);
  if (problems.length) {
    fail(`${rel}: ${problems.length} unexpected scope(s)`);
    for (const p of problems.slice(0, 20)) console.log('    ' + p);
  } else {
    pass();
  }
}

// ---- 4. language-configuration.json indentation rules on gofmt-formatted code -------
// For every sample line: when the next line is indented one level deeper, the line must
// match increaseIndentPattern (unless it continues an expression: it ends with an
// operator or a comma, which VS Code cannot express); a line the pattern matches must
// be followed by a deeper line or a closing one; a line that gofmt outdents (a closer,
// case, default, a label) must match decreaseIndentPattern.
function readJsonc(file) {
  const text = fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
  return JSON.parse(text);
}

function checkIndentationRules(file, rules) {
  const rel = path.relative(repoRoot, file);
  const inc = new RegExp(rules.increaseIndentPattern);
  const dec = new RegExp(rules.decreaseIndentPattern);
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const depth = (l) => /^\t*/.exec(l)[0].length;
  const problems = [];
  let inRaw = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const startsInRaw = inRaw;
    if (((line.replace(/"(\\.|[^"\\])*"|'(\\.|[^'\\])*'/g, '').match(/`/g) || []).length) % 2) inRaw = !inRaw;
    if (startsInRaw || inRaw || line.trim() === '' || /^\s*(\/\/|\/\*|\*)/.test(line)) continue;
    let j = i + 1;
    while (j < lines.length && lines[j].trim() === '') j++;
    if (j >= lines.length) break;
    const next = lines[j];
    const continues = /(&&|\|\||[-+*\/%&|^<>=,])\s*$/.test(line);
    let k = i - 1;
    while (k >= 0 && lines[k].trim() === '') k--;
    const continuation = k >= 0 && /(&&|\|\||[-+*\/%&|^<>=,])\s*$/.test(lines[k]);
    if (continuation || /^\s*\/\//.test(next)) continue; // VS Code cannot express these
    if (depth(next) === depth(line) + 1 && !continues && !inc.test(line)) {
      problems.push(`${rel}:${i + 1}: increaseIndentPattern misses: ${line.trim()}`);
    }
    if (inc.test(line) && depth(next) <= depth(line) && !dec.test(next)) {
      problems.push(`${rel}:${i + 1}: increaseIndentPattern wrongly matches: ${line.trim()}`);
    }
    if (/^\s*([}\])]|(case\b.*|default|\w+)\s*:\s*$)/.test(line) && !dec.test(line)) {
      problems.push(`${rel}:${i + 1}: decreaseIndentPattern misses: ${line.trim()}`);
    }
  }
  if (problems.length) {
    fail(`${rel}: language-configuration.json indentation rules disagree with gofmt`);
    for (const p of problems.slice(0, 20)) console.log('    ' + p);
  } else {
    pass();
  }
}

async function main() {
  // 3. generated grammar up to date
  const src = require(path.join(editorsDir, 'vscode', 'syntaxes', 'minigo.tmLanguage.js'));
  const fresh = JSON.stringify(src, null, 2) + '\n';
  if (fs.readFileSync(grammarPath, 'utf8') === fresh) pass();
  else fail('vscode/syntaxes/minigo.tmLanguage.json is stale: run node editors/vscode/syntaxes/minigo.tmLanguage.js');

  const grammar = await loadGrammar();
  if (process.argv[2] === '--check-files') {
    // Runs the corpus check on the given files (any Go or minigo source).
    for (const f of process.argv.slice(3)) checkCorpusFile(grammar, path.resolve(f));
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  }
  if (process.argv[2] === '--dump') {
    // Debugging aid: print every token of a file with its scopes.
    const { lines } = tokenize(grammar, fs.readFileSync(process.argv[3], 'utf8'));
    lines.forEach((line, i) => {
      for (const t of line.tokens) {
        const text = line.text.slice(t.start, t.end);
        if (text.trim()) console.log(`${i + 1}:${t.start + 1}\t${JSON.stringify(text)}\t${t.scopes.slice(1).join(' ')}`);
      }
    });
    return;
  }

  const annotated = fs.readdirSync(__dirname).filter((f) => f.endsWith('.mg')).sort();
  let before = passed + failed;
  for (const f of annotated) runAnnotated(grammar, path.join(__dirname, f));
  const nAssertions = passed + failed - before;

  const excludeFile = path.join(__dirname, 'corpus-exclude.txt');
  const excludes = fs.existsSync(excludeFile)
    ? fs.readFileSync(excludeFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map(globToRegExp)
    : [];
  const corpus = ['examples', 'tests', path.join('editors', 'tests')]
    .flatMap((d) => walk(path.join(repoRoot, d), []))
    .filter((f) => !excludes.some((re) => re.test(path.relative(repoRoot, f).split(path.sep).join('/'))))
    .sort();
  before = passed + failed;
  for (const f of corpus) checkCorpusFile(grammar, f);
  const nCorpus = passed + failed - before;

  // 5. editors/screenshot.svg is what render-svg.js draws from today's tokens.
  const render = require(path.join(__dirname, 'render-svg.js'));
  const svgPath = path.join(editorsDir, 'screenshot.svg');
  if (fs.existsSync(svgPath) && fs.readFileSync(svgPath, 'utf8') === render.renderSvg(grammar)) pass();
  else fail('editors/screenshot.svg is stale: run node editors/tests/textmate/render-svg.js');

  const langConf = readJsonc(path.join(editorsDir, 'vscode', 'language-configuration.json'));
  const samples = corpus.filter((f) => f.includes(`${path.sep}samples${path.sep}`) ||
    f.startsWith(path.join(repoRoot, 'examples') + path.sep));
  for (const f of samples) checkIndentationRules(f, langConf.indentationRules);

  console.log(`textmate: ${nAssertions} scope assertions in ${annotated.length} annotated files, ` +
    `${nCorpus} corpus files checked`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

module.exports = { loadGrammar, tokenize, editorsDir, repoRoot };

if (require.main === module) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
