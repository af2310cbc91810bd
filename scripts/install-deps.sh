#!/usr/bin/env bash
# Installs the Debian packages and npm modules minigo builds and tests with. Idempotent:
# packages already installed are skipped, and apt is not touched when nothing is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(
  g++ clang cmake ninja-build pkg-config
  antlr4 default-jre-headless libantlr4-runtime-dev
  llvm-14-dev libclang-rt-14-dev
  googletest libgtest-dev libgmock-dev libbenchmark-dev
  libboost-context-dev libgc-dev
  golang-go
  nodejs npm vim emacs-nox
)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
# npm may come from outside Debian (a newer Node.js); accept any working npm.
if command -v npm >/dev/null 2>&1; then
  missing=("${missing[@]/npm/}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if ((${#missing[@]})); then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
  echo "installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
if [ -f editors/package.json ] && [ ! -d editors/node_modules ]; then
  (cd editors && npm ci --no-audit --no-fund --silent || npm install --no-audit --no-fund --silent)
fi
