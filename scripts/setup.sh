#!/usr/bin/env bash
# Installs every Debian package minigo needs (skipping those already installed), builds the
# toolchain with CMake + Ninja into build/, and runs examples/hello.mg through `minigo run`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
./build/bin/minigo run examples/hello.mg
