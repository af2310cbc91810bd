#!/usr/bin/env bash
# Runs the Emacs ERT tests of editors/emacs/minigo-mode.el in batch mode.
# Exit 77 (CTest skip) when emacs is not installed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
if ! command -v emacs >/dev/null 2>&1; then
  echo "SKIP: emacs not found (scripts/install-deps.sh installs emacs-nox)"
  exit 77
fi
exec emacs --batch -Q -L "$repo/editors/emacs" \
  -l "$repo/editors/emacs/minigo-mode.el" \
  -l "$here/minigo-mode-tests.el" \
  -f ert-run-tests-batch-and-exit
