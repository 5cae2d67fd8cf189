#!/usr/bin/env bash
# The static checks CI runs: the layer rule, clang-format and clang-tidy.
#   scripts/lint.sh BUILD_DIR   (a configured build with compile_commands.json)
# clang-tidy reads the library (src/ and, through it, include/) and the
# tools; tests, examples and benchmarks are left to the compilers' warnings.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:?usage: scripts/lint.sh BUILD_DIR}"
"$here/scripts/check_layers.sh" "$here"
"$here/scripts/check_format.sh" "$here"
tidy="$(command -v run-clang-tidy-14 || command -v run-clang-tidy || true)"
if [ -z "$tidy" ]; then
  echo "lint: run-clang-tidy is not installed (./dev deps installs clang-tidy)" >&2
  exit 2
fi
# The compile commands may be GCC's: its -W options unknown to Clang are not findings.
if ! "$tidy" -p "$build" -quiet -extra-arg=-Wno-unknown-warning-option "$here/src/" "$here/tools/" > "$build/clang-tidy.log" 2>&1; then
  grep -E "(warning|error):" "$build/clang-tidy.log" || tail -n 40 "$build/clang-tidy.log"
  echo "lint: clang-tidy found problems (the whole log: $build/clang-tidy.log)"
  exit 1
fi
echo "lint: clang-tidy found nothing in src/ and tools/"
