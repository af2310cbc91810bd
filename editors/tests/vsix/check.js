#!/usr/bin/env node
// Test of editors/vscode/package-vsix.js: the .vsix it builds is a zip that `unzip -t`
// (when installed) and our own reader accept, holding a well-formed manifest whose
// identity matches package.json, [Content_Types].xml, the packed package.json unchanged,
// and every file package.json and the manifest refer to; two builds are identical.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const vsix = require(path.join(__dirname, '..', '..', 'vscode', 'package-vsix.js'));

const fails = [];
const check = (cond, msg) => { if (!cond) fails.push(msg); };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minigo-vsix-'));
try {
  const file = vsix.build(path.join(dir, 'minigo.vsix'));
  const entries = new Map(vsix.unzip(fs.readFileSync(file)).map((e) => [e.name, e.data]));
  try {
    execFileSync('unzip', ['-tq', file], { stdio: 'pipe' });
  } catch (e) {
    if (e.code !== 'ENOENT') fails.push(`unzip -t rejects the archive: ${e.stdout || e.message}`);
  }
  for (const n of ['extension.vsixmanifest', '[Content_Types].xml', 'extension/package.json']) {
    check(entries.has(n), `missing ${n}`);
  }
  const manifest = String(entries.get('extension.vsixmanifest') || '');
  const identity = /<Identity\b([^>]*)\/>/.exec(manifest);
  check(identity, 'manifest has no Identity');
  const attr = (name) => (identity && new RegExp(`${name}="([^"]*)"`).exec(identity[1]) || [])[1];
  check(attr('Id') === vsix.pkg.name, 'manifest Id differs from package.json name');
  check(attr('Version') === vsix.pkg.version, 'manifest Version differs from package.json version');
  check(attr('Publisher') === vsix.pkg.publisher, 'manifest Publisher differs from package.json publisher');
  // Well-formed enough: every opened element is closed in order.
  const stack = [];
  for (const m of manifest.replace(/<\?[^>]*\?>/g, '').matchAll(/<(\/?)([\w:.]+)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (!m[1]) stack.push(m[2]);
    else check(stack.pop() === m[2], `manifest: </${m[2]}> does not close the open element`);
  }
  check(stack.length === 0, 'manifest: unclosed elements');
  for (const m of manifest.matchAll(/<Asset\b[^>]*Path="([^"]*)"/g)) check(entries.has(m[1]), `asset ${m[1]} not packed`);
  const packed = JSON.parse(String(entries.get('extension/package.json')));
  check(JSON.stringify(packed) === JSON.stringify(vsix.pkg), 'packed package.json differs from vscode/package.json');
  const refs = [...vsix.pkg.contributes.languages.map((l) => l.configuration),
    ...vsix.pkg.contributes.grammars.map((g) => g.path)];
  for (const r of refs) check(entries.has('extension/' + r.replace(/^\.\//, '')), `${r} (referenced by package.json) not packed`);
  JSON.parse(String(entries.get('extension/syntaxes/minigo.tmLanguage.json')));
  check(vsix.pkg.contributes.languages[0].extensions.includes('.mg'), '.mg is not contributed');
  const again = vsix.build(path.join(dir, 'again.vsix'));
  check(fs.readFileSync(file).equals(fs.readFileSync(again)), 'two builds differ');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
for (const f of fails) console.log('FAIL ' + f);
console.log(`vsix: ${fails.length ? 0 : 1} passed, ${fails.length ? 1 : 0} failed`);
process.exit(fails.length ? 1 : 0);
