#!/usr/bin/env bash
# Runs the Vim tests headless (vim -Es -u NONE -N): syntax group assertions from
# syntax.mg and the re-indentation of the sample programs and examples/*.mg.
#   bash editors/tests/vim/run.sh [syntax|indent|all]
# Exit 77 (CTest skip) when vim is not installed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
suite="${1:-all}"
if ! command -v vim >/dev/null 2>&1; then
  echo "SKIP: vim not found (scripts/install-deps.sh installs it)"
  exit 77
fi
log="$(mktemp)"; trap 'rm -f "$log"' EXIT
status=0
MINIGO_REPO="$repo" MINIGO_SUITE="$suite" MINIGO_LOG="$log" \
  vim -Es -u NONE -N -i NONE -n --cmd "set rtp^=$repo/editors/vim" -S "$here/tests.vim" </dev/null || status=$?
cat "$log"
if [ "$status" -ne 0 ] || ! tail -n 1 "$log" | grep -q ' 0 failed$'; then
  exit 1
fi
