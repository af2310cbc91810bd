#!/usr/bin/env bash
# Runs the whole test suite: builds the toolchain, runs every CTest test (unit, run,
# diagnostic, differential, editor tests), then the runtime's tests again under
# ThreadSanitizer and AddressSanitizer builds.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j2
for san in thread address; do
  dir=build-$san
  if [ ! -f $dir/build.ninja ]; then
    cmake -S . -B $dir -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
      -DMINIGO_RUNTIME_ONLY=ON -DMINIGO_SANITIZE=$san
  fi
  cmake --build $dir
  ctest --test-dir $dir --output-on-failure -j2
done
