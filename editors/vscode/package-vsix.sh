#!/usr/bin/env bash
# Packages this folder as a VS Code extension file (.vsix) without network access or
# npm tools: a .vsix is a zip of extension.vsixmanifest, [Content_Types].xml and the
# extension's files under extension/. Needs python3.
#
#   bash editors/vscode/package-vsix.sh [OUTPUT.vsix]
#   code --install-extension editors/vscode/minigo-0.1.0.vsix
#
# (With network access, `npx @vscode/vsce package` in this folder builds an equivalent
# file; it would also include this script unless listed in .vscodeignore.)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-}"
exec python3 - "$here" "$out" <<'PY'
import json, os, sys, zipfile
from xml.sax.saxutils import escape, quoteattr

here, out = sys.argv[1], sys.argv[2]
pkg = json.load(open(os.path.join(here, "package.json"), encoding="utf-8"))
if not out:
    out = os.path.join(here, f"{pkg['name']}-{pkg['version']}.vsix")

# The files VS Code needs at run time (everything the manifest refers to).
files = ["package.json", "language-configuration.json", "README.md",
         "syntaxes/minigo.tmLanguage.json"]
for f in files:
    if not os.path.isfile(os.path.join(here, f)):
        sys.exit(f"package-vsix: missing {f}")

a = lambda s: quoteattr(str(s))
manifest = f"""<?xml version="1.0" encoding="utf-8"?>
<PackageManifest Version="2.0.0" xmlns="http://schemas.microsoft.com/developer/vsx-schema/2011" xmlns:d="http://schemas.microsoft.com/developer/vsx-schema-design/2011">
  <Metadata>
    <Identity Language="en-US" Id={a(pkg['name'])} Version={a(pkg['version'])} Publisher={a(pkg['publisher'])} />
    <DisplayName>{escape(pkg.get('displayName', pkg['name']))}</DisplayName>
    <Description xml:space="preserve">{escape(pkg.get('description', ''))}</Description>
    <Tags>{escape(','.join(pkg.get('keywords', [])))}</Tags>
    <Categories>{escape(','.join(pkg.get('categories', [])))}</Categories>
    <GalleryFlags>Public</GalleryFlags>
    <Properties>
      <Property Id="Microsoft.VisualStudio.Code.Engine" Value={a(pkg['engines']['vscode'])} />
      <Property Id="Microsoft.VisualStudio.Code.ExtensionDependencies" Value="" />
      <Property Id="Microsoft.VisualStudio.Code.ExtensionPack" Value="" />
      <Property Id="Microsoft.VisualStudio.Code.ExtensionKind" Value="workspace" />
    </Properties>
  </Metadata>
  <Installation>
    <InstallationTarget Id="Microsoft.VisualStudio.Code" />
  </Installation>
  <Dependencies />
  <Assets>
    <Asset Type="Microsoft.VisualStudio.Code.Manifest" Path="extension/package.json" Addressable="true" />
    <Asset Type="Microsoft.VisualStudio.Services.Content.Details" Path="extension/README.md" Addressable="true" />
  </Assets>
</PackageManifest>
"""
content_types = """<?xml version="1.0" encoding="utf-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension=".json" ContentType="application/json" />
  <Default Extension=".md" ContentType="text/markdown" />
  <Default Extension=".vsixmanifest" ContentType="text/xml" />
</Types>
"""

def add(z, name, data):
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))  # reproducible
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    z.writestr(info, data)

tmp = out + ".tmp"
with zipfile.ZipFile(tmp, "w") as z:
    add(z, "extension.vsixmanifest", manifest)
    add(z, "[Content_Types].xml", content_types)
    for f in files:
        with open(os.path.join(here, f), "rb") as fh:
            add(z, "extension/" + f, fh.read())
os.replace(tmp, out)
print(out)
PY
