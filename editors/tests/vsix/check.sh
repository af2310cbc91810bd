#!/usr/bin/env bash
# Test of editors/vscode/package-vsix.sh: the .vsix it builds is a zip holding the
# manifest (well-formed XML naming the extension's id, version and publisher from
# package.json), [Content_Types].xml and every file the extension's package.json refers to.
# Exit 77 (CTest skip) when python3 is absent.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v python3 >/dev/null 2>&1; then echo "SKIP: python3 not found"; exit 77; fi
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
bash vscode/package-vsix.sh "$tmp/minigo.vsix" >/dev/null
python3 - "$tmp/minigo.vsix" vscode/package.json <<'PY'
import json, sys, zipfile, xml.dom.minidom
vsix, pkgfile = sys.argv[1], sys.argv[2]
pkg = json.load(open(pkgfile))
z = zipfile.ZipFile(vsix)
names = set(z.namelist())
fails = []
def check(cond, msg):
    if not cond: fails.append(msg)
check(z.testzip() is None, "corrupt zip")
for n in ["extension.vsixmanifest", "[Content_Types].xml", "extension/package.json"]:
    check(n in names, f"missing {n}")
doc = xml.dom.minidom.parseString(z.read("extension.vsixmanifest"))
ident = doc.getElementsByTagName("Identity")[0]
for attr, key in [("Id", "name"), ("Version", "version"), ("Publisher", "publisher")]:
    check(ident.getAttribute(attr) == pkg[key], f"manifest {attr} != package.json {key}")
for asset in doc.getElementsByTagName("Asset"):
    check(asset.getAttribute("Path") in names, f"asset {asset.getAttribute('Path')} not packed")
packed = json.loads(z.read("extension/package.json"))
check(packed == pkg, "packed package.json differs")
refs = [l["configuration"] for l in pkg["contributes"]["languages"]] + \
       [g["path"] for g in pkg["contributes"]["grammars"]]
for r in refs:
    check("extension/" + r.lstrip("./") in names, f"{r} (referenced by package.json) not packed")
json.loads(z.read("extension/syntaxes/minigo.tmLanguage.json"))
check(".mg" in pkg["contributes"]["languages"][0]["extensions"], ".mg not contributed")
for f in fails: print("FAIL", f)
print(f"vsix: {0 if fails else 1} passed, {1 if fails else 0} failed")
sys.exit(1 if fails else 0)
PY
